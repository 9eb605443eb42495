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

from .errors import ExportError
from .files import write_bytes, write_text
from .geojson import rfc7946_geometry, to_geojson
from .tables import COLUMNS, DATE_COLUMNS, plain, table_records

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["FORMATS", "Record", "gdal_bytes", "write_table"]

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
    if field in DATE_COLUMNS:
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
    types.update({field: _DATE_TYPE[driver] for field in DATE_COLUMNS})
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


def write_table(table: gpd.GeoDataFrame, path: Path | str, fmt: str) -> bool:
    """Write the table to ``path`` in format ``fmt`` (a key of :data:`FORMATS`).

    Returns whether the file changed.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not path.parent.is_dir():
        raise ExportError("output folder does not exist", file=path.parent)
    driver = FORMATS[fmt]
    if driver is None:
        return write_text(path, to_geojson(table))
    rows = table_records(table)
    records = zip(rows, map(rfc7946_geometry, table.geometry), strict=True)
    try:
        data = gdal_bytes(records, path.name, driver)
    except ExportError as exc:
        raise ExportError(exc.message, file=path) from None
    return write_bytes(path, data)
