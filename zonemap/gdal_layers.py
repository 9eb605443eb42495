"""GDAL layers of zone rows, through fiona or pyogrio: explicit schemas, fixed stamps.

Dates are real Date fields and a timeline's bounds real date-times where the format has them,
which QGIS's Temporal Controller compares day for day; the same fields and values whichever
binding writes them. The export metadata (:func:`~zonemap.metadata.export_metadata`) becomes
the layer's GDAL metadata where the format keeps it: GeoPackage, in ``gpkg_metadata``.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

from .errors import ExportError
from .geojson import TIMELINE_DATETIMES, midnight
from .shapefile import shapefile_rows
from .tables import COLUMNS, DATE_COLUMNS, is_timeline_row, plain

__all__ = [
    "Engine",
    "Metadata",
    "Record",
    "gdal_bytes",
    "gdal_files",
    "layer_bytes",
    "layer_files",
]

_SCHEMA_TYPES = {
    **{name: "str" for name in COLUMNS},
    **{name: "date" for name in DATE_COLUMNS},
    "extensions": "int",
    **{name: "float" for name in ("area_km2", "agreed_km2", "held_km2", "held_pct")},
}
# CSV carries geometry as WKT. A GeoPackage of a few hundred zones needs no spatial index:
# without one it is written faster and takes a third less room. QGIS (3.22) filters a
# GeoPackage's date-times in SQL, as text against a literal to the millisecond
# ("2017-05-04T00:00:00.000"): they are written to the millisecond, as GDAL before 3.10 does
# by default and later versions only when asked, or each term would start a day early.
# A Shapefile's text is UTF-8 (GDAL's default is Latin-1, where Arabic becomes "?"): the
# ENCODING option writes the ``.cpg`` saying so.
_LAYER_OPTIONS: dict[str, dict[str, str]] = {
    "CSV": {"GEOMETRY": "AS_WKT"},
    "GPKG": {"SPATIAL_INDEX": "NO", "DATETIME_PRECISION": "MILLISECOND"},
    "ESRI Shapefile": {"ENCODING": "UTF-8", "DBF_DATE_LAST_UPDATE": "2000-01-01"},
}
# GeoPackage stamps files with the time of writing, a DBF with its day (the option above); a
# fixed stamp keeps exports reproducible.
_FIXED_TIMESTAMP = "2000-01-01T00:00:00Z"
# How each driver stores a date: FlatGeobuf has only date-times, CSV only text, a Shapefile
# only dates (so a timeline's bounds stay dates there).
_DATE_TYPE = {"GPKG": "date", "FlatGeobuf": "datetime", "CSV": "str", "ESRI Shapefile": "date"}
_NUMPY_TYPES = {
    "str": "object",
    "int": "int64",
    "float": "float64",
    "date": "datetime64[D]",
    "datetime": "datetime64[s]",
}

Engine = Literal["fiona", "pyogrio"]
Record = tuple[dict[str, Any], dict[str, Any]]  # a zone row and its RFC 7946 geometry
Metadata = Mapping[str, Any]  # the block of zonemap.metadata.export_metadata
# The drivers that keep a layer's metadata: GeoPackage in gpkg_metadata. The other formats
# have no place for it.
_METADATA_DRIVERS = ("GPKG",)


def _gdal_metadata(driver: str, metadata: Metadata | None) -> dict[str, str] | None:
    """The metadata as GDAL's key/value strings (empty for null), for drivers that keep it."""
    if metadata is None or driver not in _METADATA_DRIVERS:
        return None
    return {key: "" if value is None else str(value) for key, value in metadata.items()}


def _field_types(driver: str, is_timeline: bool) -> dict[str, str]:
    """The schema's type of every field: timeline bounds are date-times where a type exists."""
    types = {field: _SCHEMA_TYPES[field] for field in COLUMNS}
    types.update({field: _DATE_TYPE[driver] for field in DATE_COLUMNS})
    if is_timeline and _DATE_TYPE[driver] != "str" and driver != "ESRI Shapefile":
        types.update({field: "datetime" for field in TIMELINE_DATETIMES})
    return types


def _flat(row: dict[str, Any], field: str, kind: str) -> Any:
    value = plain(row[field])
    if value is None:
        return None
    if field in TIMELINE_DATETIMES and is_timeline_row(row) and kind != "date":
        value = midnight(value)
    if field in DATE_COLUMNS:
        if kind == "date":
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value) if kind == "datetime" else value
    if isinstance(value, list):
        return "; ".join(value) if field == "sources" else ",".join(value)
    return value


def _multi(geometry: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON polygon as a one-part multipolygon: every layer has one geometry type."""
    if geometry["type"] == "Polygon":
        return {"type": "MultiPolygon", "coordinates": [geometry["coordinates"]]}
    return geometry


def _write_fiona(
    path: Path,
    driver: str,
    layer: str,
    types: dict[str, str],
    rows: list[Record],
    options: dict[str, str],
    metadata: dict[str, str] | None,
) -> None:
    import fiona  # only here: maps and GeoJSON need no GDAL, and it is slow to load

    schema = {"geometry": "MultiPolygon", "properties": types}
    features = [{"geometry": geometry, "properties": properties} for properties, geometry in rows]
    options = dict(options)
    # fiona sets the layer's ENCODING from its own argument, which it defaults for a Shapefile
    encoding = options.pop("ENCODING", "").lower() or None
    try:
        with (
            fiona.Env(OGR_CURRENT_DATE=_FIXED_TIMESTAMP),
            fiona.open(
                path,
                "w",
                driver=driver,
                schema=schema,
                crs="EPSG:4326",
                layer=layer,
                encoding=encoding,
                **options,
            ) as sink,
        ):
            if metadata:
                sink.update_tags(metadata)
            sink.writerecords(features)
    except fiona.errors.FionaError as exc:
        raise ExportError(f"GDAL could not write {driver}: {exc}") from None


def _write_pyogrio(
    path: Path,
    driver: str,
    layer: str,
    types: dict[str, str],
    rows: list[Record],
    options: dict[str, str],
    metadata: dict[str, str] | None,
) -> None:
    import numpy as np

    import pyogrio
    import pyogrio.raw
    from shapely.geometry import shape

    def column(field: str) -> Any:
        values = [properties[field] for properties, _geometry in rows]
        if types[field] in ("date", "datetime"):
            values = ["NaT" if v is None else v for v in values]
        elif types[field] == "float":
            values = [np.nan if v is None else v for v in values]
        return np.array(values, dtype=_NUMPY_TYPES[types[field]])

    wkb = np.array([shape(geometry).wkb for _properties, geometry in rows], dtype=object)
    # pyogrio's configuration is process-wide: set the fixed stamp for this write only.
    before = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": _FIXED_TIMESTAMP})
    try:
        pyogrio.raw.write(
            path,
            wkb,
            [column(field) for field in types],
            list(types),
            driver=driver,
            crs="EPSG:4326",
            layer=layer,
            geometry_type="MultiPolygon",
            layer_options=options,
            layer_metadata=metadata,
        )
    except pyogrio.errors.DataSourceError as exc:
        raise ExportError(f"GDAL could not write {driver}: {exc}") from None
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": before})


def gdal_files(
    records: Iterable[Record],
    name: str,
    driver: str,
    *,
    engine: Engine = "fiona",
    bom: bool = False,
    metadata: Metadata | None = None,
) -> dict[str, bytes]:
    """The files GDAL writes for these zone rows (one layer, ``zones``), by name.

    ``name`` is the main file's name (GDAL reads the format's details from it); it comes
    first, then the files GDAL writes beside it (a Shapefile's ``.shx``, ``.dbf``, ``.prj``
    and ``.cpg``). ``driver`` is a value of :data:`FORMATS`, ``engine`` the binding to GDAL
    that writes it (the same fields and values either way), ``bom`` whether a CSV starts with
    a UTF-8 byte-order mark, ``metadata`` the layer's metadata where the format keeps it
    (GeoPackage). Rows of a timeline carry their interval's bounds
    (:data:`~zonemap.geojson.TIMELINE_DATETIMES`) as date-times at midnight where the format
    has date-times. A Shapefile's fields take the names of
    :data:`~zonemap.shapefile.FIELD_NAMES`.
    """
    records = list(records)
    is_timeline = bool(records) and all(is_timeline_row(row) for row, _geometry in records)
    types = _field_types(driver, is_timeline)
    rows = [({k: _flat(row, k, types[k]) for k in COLUMNS}, geometry) for row, geometry in records]
    if driver == "ESRI Shapefile":
        rows, types = shapefile_rows(rows, types)
    options = {"WRITE_BOM": "YES"} if bom else {}
    return layer_files(
        rows, types, name, driver, layer="zones", engine=engine, options=options, metadata=metadata
    )


def gdal_bytes(
    records: Iterable[Record],
    name: str,
    driver: str,
    *,
    engine: Engine = "fiona",
    metadata: Metadata | None = None,
) -> bytes:
    """The one file GDAL writes for these zone rows, as bytes; see :func:`gdal_files`."""
    return gdal_files(records, name, driver, engine=engine, metadata=metadata)[name]


def layer_files(
    records: Iterable[Record],
    types: dict[str, str],
    name: str,
    driver: str,
    *,
    layer: str,
    engine: Engine = "fiona",
    options: dict[str, str] | None = None,
    metadata: Metadata | None = None,
) -> dict[str, bytes]:
    """The files GDAL writes for one layer of (multi)polygon features, ``name`` first.

    ``types`` gives each field's type in fiona's terms (``str``, ``int``, ``float``,
    ``date``, ``datetime``), in order; the rows' values are already of those types.
    ``options`` are layer creation options on top of zonemap's own for the driver;
    ``metadata`` becomes the layer's metadata where the format keeps it (GeoPackage).
    """
    rows = [(properties, _multi(geometry)) for properties, geometry in records]
    writer = _write_pyogrio if engine == "pyogrio" else _write_fiona
    with tempfile.TemporaryDirectory() as scratch:
        scratch_file = Path(scratch) / name
        options = {**_LAYER_OPTIONS.get(driver, {}), **(options or {})}
        writer(scratch_file, driver, layer, types, rows, options, _gdal_metadata(driver, metadata))
        beside = sorted(p for p in Path(scratch).iterdir() if p != scratch_file)
        return {p.name: p.read_bytes() for p in [scratch_file, *beside]}


def layer_bytes(
    records: Iterable[Record],
    types: dict[str, str],
    name: str,
    driver: str,
    *,
    layer: str,
    engine: Engine = "fiona",
    metadata: Metadata | None = None,
) -> bytes:
    """The one file GDAL writes for one layer of polygons, as bytes; see :func:`layer_files`."""
    return layer_files(records, types, name, driver, layer=layer, engine=engine, metadata=metadata)[
        name
    ]
