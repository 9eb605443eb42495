"""Write zone tables as GIS files: GeoJSON, GeoPackage, FlatGeobuf and CSV.

Reads only the tables from :mod:`zonemap.tables`; never touches HTML. GeoJSON comes from the
shared writer in :mod:`zonemap.geojson`; the other formats go through GDAL (fiona) with an
explicit schema, so dates are real Date fields that QGIS's Temporal Controller can animate.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ExportError, UsageError
from .files import output_target, write_bytes
from .geojson import rfc7946_geometry, to_geojson
from .tables import COLUMNS, plain

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "FORMATS",
    "TEXT_FORMATS",
    "Record",
    "format_for",
    "gdal_bytes",
    "table_bytes",
    "write_table",
]

FORMATS: dict[str, str | None] = {
    "geojson": None,
    "gpkg": "GPKG",
    "fgb": "FlatGeobuf",
    "csv": "CSV",
}
_DATE_FIELDS = ("as_of", "valid_from", "valid_to", "period_end", "ended_on", "held_since")
_SCHEMA_TYPES = {
    **{name: "str" for name in COLUMNS},
    **{name: "date" for name in _DATE_FIELDS},
    "extensions": "int",
    **{name: "float" for name in ("area_km2", "agreed_km2", "held_km2", "held_pct")},
}
# CSV carries geometry as WKT. A GeoPackage of a few hundred zones needs no spatial index:
# without one it is written faster and takes a third less room.
_LAYER_OPTIONS: dict[str, dict[str, str]] = {
    "CSV": {"GEOMETRY": "AS_WKT"},
    "GPKG": {"SPATIAL_INDEX": "NO"},
}
# GeoPackage stamps files with the time of writing; a fixed stamp keeps exports reproducible.
_FIXED_TIMESTAMP = "2000-01-01T00:00:00Z"


def _flat(value: Any, field: str, date_type: str) -> Any:
    value = plain(value)
    if value is None:
        return None
    if field in _DATE_FIELDS:
        if date_type == "str":
            return value
        day = dt.date.fromisoformat(value)
        return dt.datetime.combine(day, dt.time()) if date_type == "datetime" else day
    if isinstance(value, list):
        return "; ".join(value) if field == "sources" else ",".join(value)
    return value


# How each driver stores a date: FlatGeobuf has only date-times, CSV only text.
_DATE_TYPE = {"GPKG": "date", "FlatGeobuf": "datetime", "CSV": "str"}


Record = tuple[dict[str, Any], dict[str, Any]]  # a zone row and its RFC 7946 geometry


def _multi(geometry: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON polygon as a one-part multipolygon: every layer has one geometry type."""
    if geometry["type"] == "Polygon":
        return {"type": "MultiPolygon", "coordinates": [geometry["coordinates"]]}
    return geometry


def gdal_bytes(records: Iterable[Record], name: str, driver: str) -> bytes:
    """The file GDAL writes for these zone rows (one layer, ``zones``), as bytes.

    ``name`` is the file's name (GDAL reads the format's details from it), ``driver`` a
    value of :data:`FORMATS`.
    """
    import fiona  # only here: maps and GeoJSON need no GDAL, and it is slow to load

    types = {field: _SCHEMA_TYPES[field] for field in COLUMNS}
    types.update({field: _DATE_TYPE[driver] for field in _DATE_FIELDS})
    schema = {"geometry": "MultiPolygon", "properties": types}
    features = [
        {
            "geometry": _multi(geometry),
            "properties": {k: _flat(row[k], k, types[k]) for k in COLUMNS},
        }
        for row, geometry in records
    ]
    with tempfile.TemporaryDirectory() as scratch:
        scratch_file = Path(scratch) / name
        try:
            with (
                fiona.Env(OGR_CURRENT_DATE=_FIXED_TIMESTAMP),
                fiona.open(
                    scratch_file,
                    "w",
                    driver=driver,
                    schema=schema,
                    crs="EPSG:4326",
                    layer="zones",
                    **_LAYER_OPTIONS.get(driver, {}),
                ) as sink,
            ):
                sink.writerecords(features)
        except fiona.errors.FionaError as exc:
            raise ExportError(f"GDAL could not write {driver}: {exc}") from None
        return scratch_file.read_bytes()


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


def table_bytes(table: gpd.GeoDataFrame, fmt: str, name: str = "zones") -> bytes:
    """The table as the bytes of a file in format ``fmt`` (a key of :data:`FORMATS`).

    ``name`` is the file's name without its folder, which GDAL reads format details from.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    driver = FORMATS[fmt]
    if driver is None:
        return to_geojson(table).encode("utf-8")
    rows = table[list(COLUMNS)].to_dict("records")
    records = zip(rows, map(rfc7946_geometry, table.geometry), strict=True)
    suffix = {"gpkg": ".gpkg", "fgb": ".fgb", "csv": ".csv"}[fmt]
    return gdal_bytes(records, name if name.endswith(suffix) else name + suffix, driver)


def write_table(table: gpd.GeoDataFrame, path: Path | str, fmt: str) -> bool:
    """Write the table to ``path`` in format ``fmt`` (a key of :data:`FORMATS`).

    ``path`` must be a regular file or a new path (see :func:`~zonemap.files.output_target`).
    Returns whether the file changed.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    target = output_target(path)
    if not target.parent.is_dir():
        raise ExportError("output folder does not exist", file=path.parent)
    try:
        data = table_bytes(table, fmt, target.name)
    except ExportError as exc:
        raise ExportError(exc.message, file=path) from None
    return write_bytes(path, data)
