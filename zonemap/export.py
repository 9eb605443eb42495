"""Write zone tables as GIS data: RFC 7946 GeoJSON, GeoPackage, FlatGeobuf and CSV.

Reads only the tables from :mod:`zonemap.rounds`; never touches HTML. GeoJSON is written by
hand for a stable key order and 6 decimals; the other formats go through GDAL (fiona) with an
explicit schema, so dates are real Date fields that QGIS's Temporal Controller can animate.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely
from shapely.geometry import mapping

from .errors import ExportError
from .files import write_bytes, write_text
from .rounds import COLUMNS, Atlas, plain, zone_row, zone_table
from .validity import periods, status_on

__all__ = [
    "FORMATS",
    "feature_collection",
    "rfc7946_geometry",
    "timeline",
    "to_geojson",
    "write_table",
]

FORMATS: dict[str, str | None] = {
    "geojson": None,
    "gpkg": "GPKG",
    "fgb": "FlatGeobuf",
    "csv": "CSV",
}
_DATE_FIELDS = ("as_of", "valid_from", "valid_to", "period_end", "ended_on")
_SCHEMA_TYPES = {
    **{name: "str" for name in COLUMNS},
    **{name: "date" for name in _DATE_FIELDS},
    "extensions": "int",
    "area_km2": "float",
}
# GeoPackage stamps files with the time of writing; a fixed stamp keeps exports reproducible.
_FIXED_TIMESTAMP = "2000-01-01T00:00:00Z"
PRECISION = 1e-6  # 6 decimals of a degree, about 0.1 m


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value


def rfc7946_geometry(geom: shapely.Geometry) -> dict[str, Any]:
    """Return a GeoJSON geometry snapped to 6 decimals, valid, exteriors counter-clockwise."""
    geom = shapely.orient_polygons(shapely.set_precision(geom, PRECISION))
    data = mapping(geom)
    return {"type": data["type"], "coordinates": _rounded(data["coordinates"])}


def feature_collection(
    rows: Iterable[Mapping[str, Any]], geometries: Iterable[dict[str, Any]]
) -> str:
    """Return zone rows and their GeoJSON geometries as an RFC 7946 FeatureCollection.

    Keys keep the order of :data:`~zonemap.rounds.COLUMNS`; the output ends with a newline
    and is byte-identical for identical input.
    """
    features = []
    for row, geometry in zip(rows, geometries, strict=True):
        features.append(
            {
                "type": "Feature",
                # Timeline rows repeat a zone, so their ids carry the period's first day.
                "id": row["zone_id"] if row["as_of"] else f"{row['zone_id']}@{row['valid_from']}",
                "properties": {k: plain(row[k]) for k in COLUMNS},
                "geometry": geometry,
            }
        )
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def to_geojson(table: gpd.GeoDataFrame) -> str:
    """Return a zone table as an RFC 7946 FeatureCollection (WGS84 lon/lat, no ``crs``)."""
    return feature_collection(
        table[list(COLUMNS)].to_dict("records"), (rfc7946_geometry(g) for g in table.geometry)
    )


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


def timeline(atlas: Atlas) -> gpd.GeoDataFrame:
    """Return one row per zone per period in force, with its first and last day.

    ``valid_to`` is the last day of the period (inclusive) and is null for a period still
    running at the end of the catalogue, so QGIS's Temporal Controller shows each zone while
    it applied and can style its initial period and extensions apart.
    """
    rows = []
    for zone in atlas.catalogue.zones:
        for period in periods(zone.validity, atlas.catalogue.horizon):
            if period.state in ("ended", "superseded"):
                continue
            row = zone_row(atlas, zone.id, status_on(zone.validity, period.first), None)
            row.update(
                as_of=None,
                valid_from=period.first.isoformat(),
                valid_to=period.last.isoformat() if period.last else None,
            )
            rows.append(row)
    return zone_table(atlas, rows)
