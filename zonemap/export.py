"""Write zone tables as GIS files: GeoJSON, GeoPackage, FlatGeobuf and CSV.

Reads only the tables from :mod:`zonemap.tables`; never touches HTML. GeoJSON comes from the
shared writer in :mod:`zonemap.geojson`; the other formats go through GDAL (fiona, or
pyogrio) with an explicit schema, so dates are real Date fields and a timeline's bounds real
date-times, which QGIS's Temporal Controller compares day for day. The export metadata
(:func:`~zonemap.metadata.export_metadata`, which a table carries in ``attrs``) goes into
GeoJSON as a ``metadata`` member and into GeoPackage as the layer's GDAL metadata.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import ExportError, UsageError
from .files import output_target, write_bytes
from .geojson import TIMELINE_DATETIMES, midnight, rfc7946_geometry, to_geojson
from .tables import COLUMNS, DATE_COLUMNS, is_timeline_row, plain, table_records

if TYPE_CHECKING:
    import geopandas as gpd

    from .coverage import Coverage

__all__ = [
    "FORMATS",
    "TEXT_FORMATS",
    "Engine",
    "Record",
    "coverage_bytes",
    "format_for",
    "gdal_bytes",
    "layer_bytes",
    "table_bytes",
    "write_table",
]

FORMATS: dict[str, str | None] = {
    "geojson": None,
    "gpkg": "GPKG",
    "fgb": "FlatGeobuf",
    "csv": "CSV",
}
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
_LAYER_OPTIONS: dict[str, dict[str, str]] = {
    "CSV": {"GEOMETRY": "AS_WKT"},
    "GPKG": {"SPATIAL_INDEX": "NO", "DATETIME_PRECISION": "MILLISECOND"},
}
# GeoPackage stamps files with the time of writing; a fixed stamp keeps exports reproducible.
_FIXED_TIMESTAMP = "2000-01-01T00:00:00Z"
# How each driver stores a date: FlatGeobuf has only date-times, CSV only text.
_DATE_TYPE = {"GPKG": "date", "FlatGeobuf": "datetime", "CSV": "str"}
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
# The drivers that keep a layer's metadata: GeoPackage in gpkg_metadata. FlatGeobuf and CSV
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
    if is_timeline and driver != "CSV":
        types.update({field: "datetime" for field in TIMELINE_DATETIMES})
    return types


def _flat(row: dict[str, Any], field: str, kind: str) -> Any:
    value = plain(row[field])
    if value is None:
        return None
    if field in TIMELINE_DATETIMES and is_timeline_row(row):
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
    try:
        with (
            fiona.Env(OGR_CURRENT_DATE=_FIXED_TIMESTAMP),
            fiona.open(
                path, "w", driver=driver, schema=schema, crs="EPSG:4326", layer=layer, **options
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


def gdal_bytes(
    records: Iterable[Record],
    name: str,
    driver: str,
    *,
    engine: Engine = "fiona",
    metadata: Metadata | None = None,
) -> bytes:
    """The file GDAL writes for these zone rows (one layer, ``zones``), as bytes.

    ``name`` is the file's name (GDAL reads the format's details from it), ``driver`` a
    value of :data:`FORMATS`, ``engine`` the binding to GDAL that writes it (the same fields
    and values either way). Rows of a timeline carry their interval's bounds
    (:data:`~zonemap.geojson.TIMELINE_DATETIMES`) as date-times at midnight. ``metadata``
    becomes the layer's metadata where the format keeps it (GeoPackage).
    """
    records = list(records)
    is_timeline = bool(records) and all(is_timeline_row(row) for row, _geometry in records)
    types = _field_types(driver, is_timeline)
    rows = [({k: _flat(row, k, types[k]) for k in COLUMNS}, geometry) for row, geometry in records]
    return layer_bytes(rows, types, name, driver, layer="zones", engine=engine, metadata=metadata)


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
    """The file GDAL writes for one layer of (multi)polygon features, as bytes.

    ``types`` gives each field's type in fiona's terms (``str``, ``int``, ``float``,
    ``date``, ``datetime``), in order; the rows' values are already of those types.
    ``metadata`` becomes the layer's metadata where the format keeps it (GeoPackage).
    """
    rows = [(properties, _multi(geometry)) for properties, geometry in records]
    writer = _write_pyogrio if engine == "pyogrio" else _write_fiona
    with tempfile.TemporaryDirectory() as scratch:
        scratch_file = Path(scratch) / name
        options = _LAYER_OPTIONS.get(driver, {})
        writer(scratch_file, driver, layer, types, rows, options, _gdal_metadata(driver, metadata))
        return scratch_file.read_bytes()


def coverage_bytes(table: Coverage, name: str) -> bytes:
    """A coverage table as a GeoPackage (one layer, ``coverage``): each row's covered part."""
    from .coverage import COVERAGE_TYPES

    records = [
        (dict(row), rfc7946_geometry(shape))
        for row, shape in zip(table.rows, table.shapes, strict=True)
    ]
    return layer_bytes(
        records, COVERAGE_TYPES, name, "GPKG", layer="coverage", metadata=table.metadata
    )


#: The formats whose files are text, which ``-o -`` can send to standard output.
TEXT_FORMATS = ("geojson", "csv")
_EXTENSIONS = {
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".fgb": "fgb",
    ".csv": "csv",
}


def format_for(path: Path | str, fmt: str | None) -> str:
    """The format to write ``path`` in: ``fmt`` if given, else the one its extension names.

    ``-`` (standard output) and an extension zonemap does not know take GeoJSON.

    Raises
    ------
    UsageError
        ``fmt`` is unknown, or the extension names another format than ``fmt``.
    """
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    named = _EXTENSIONS.get(Path(path).suffix.lower()) if str(path) != "-" else None
    if fmt is not None and named is not None and named != fmt:
        raise UsageError(
            f"the extension says {named} but --format says {fmt}; drop one or make them agree",
            file=path,
        )
    return fmt or named or "geojson"


def table_bytes(
    table: gpd.GeoDataFrame, fmt: str, name: str = "zones", *, engine: Engine = "fiona"
) -> bytes:
    """The table as the bytes of a file in format ``fmt`` (a key of :data:`FORMATS`).

    ``name`` is the file's name without its folder, which GDAL reads format details from;
    ``engine`` the binding to GDAL that writes the formats other than GeoJSON. The table's
    ``attrs["metadata"]`` (set by :func:`~zonemap.tables.zone_table`) goes into GeoJSON and
    GeoPackage files.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    driver = FORMATS[fmt]
    if driver is None:
        return to_geojson(table).encode("utf-8")
    rows = table_records(table)
    records = zip(rows, map(rfc7946_geometry, table.geometry), strict=True)
    suffix = {"gpkg": ".gpkg", "fgb": ".fgb", "csv": ".csv"}[fmt]
    name = name if name.endswith(suffix) else name + suffix
    metadata = table.attrs.get("metadata")
    return gdal_bytes(records, name, driver, engine=engine, metadata=metadata)


def write_table(
    table: gpd.GeoDataFrame, path: Path | str, fmt: str, *, engine: Engine = "fiona"
) -> bool:
    """Write the table to ``path`` in format ``fmt`` (a key of :data:`FORMATS`).

    ``path`` must be a regular file or a new path (see :func:`~zonemap.files.output_target`);
    ``engine`` is the binding to GDAL that writes the formats other than GeoJSON. Returns
    whether the file changed.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    target = output_target(path)
    if not target.parent.is_dir():
        raise ExportError("output folder does not exist", file=path.parent)
    try:
        data = table_bytes(table, fmt, target.name, engine=engine)
    except ExportError as exc:
        raise ExportError(exc.message, file=path) from None
    return write_bytes(path, data)
