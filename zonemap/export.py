"""Write zone tables as GIS files: GeoJSON, GeoPackage, FlatGeobuf and CSV.

Reads only the tables from :mod:`zonemap.tables`; never touches HTML. GeoJSON comes from the
shared writer in :mod:`zonemap.geojson`; the other formats go through GDAL (fiona) with an
explicit schema, so dates are real Date fields that QGIS's Temporal Controller can animate.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely

from .errors import ExportError
from .files import write_bytes, write_text
from .geojson import rfc7946_geometry, to_geojson
from .tables import COLUMNS, plain

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["FORMATS", "write_table"]

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


def _write_gdal(table: gpd.GeoDataFrame, path: Path, driver: str) -> None:
    import fiona  # only here: maps and GeoJSON need no GDAL, and it is slow to load

    types = {name: _SCHEMA_TYPES[name] for name in COLUMNS}
    types.update({name: _DATE_TYPE[driver] for name in _DATE_FIELDS})
    schema = {"geometry": "MultiPolygon", "properties": types}
    options = {"GEOMETRY": "AS_WKT"} if driver == "CSV" else {}
    records = []
    for row, geom in zip(table[list(COLUMNS)].to_dict("records"), table.geometry, strict=True):
        multi = geom if geom.geom_type == "MultiPolygon" else shapely.MultiPolygon([geom])
        records.append(
            {
                "geometry": rfc7946_geometry(multi),
                "properties": {k: _flat(row[k], k, types[k]) for k in COLUMNS},
            }
        )
    # GDAL writes into a scratch folder; the finished file is then moved in atomically.
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        scratch_file = Path(scratch) / path.name
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
                    **options,
                ) as sink,
            ):
                sink.writerecords(records)
        except fiona.errors.FionaError as exc:
            raise ExportError(f"GDAL could not write {driver}: {exc}", file=path) from None
        write_bytes(path, scratch_file.read_bytes())


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
    before = path.read_bytes() if path.exists() else None
    _write_gdal(table, path, driver)
    return before != path.read_bytes()
