"""The one GeoJSON writer: RFC 7946 features with a fixed key order and 6 decimals.

Shared by the exports and the per-round GeoJSON beside the maps, so the two are the same bytes
for the same zones.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry import mapping

from .tables import COLUMNS, is_timeline_row, plain, table_records

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "PRECISION",
    "TIMELINE_DATETIMES",
    "feature_collection",
    "feature_id",
    "midnight",
    "rfc7946_geometry",
    "to_geojson",
]

PRECISION = 1e-6  # 6 decimals of a degree, about 0.1 m
#: A timeline interval's bounds, written as date-times at midnight with no time zone. QGIS's
#: Temporal Controller compares them with the date-times of its frames; a date compares as
#: text there ("2017-05-04" < "2017-05-04T00:00:00"), which would put every start a day early.
TIMELINE_DATETIMES: tuple[str, ...] = ("valid_from", "valid_until")


def midnight(day: str | None) -> str | None:
    """An ISO day as the ISO date-time of its start, local time (None stays None).

    Examples
    --------
    >>> midnight("2017-05-04")
    '2017-05-04T00:00:00'
    """
    return None if day is None else f"{day}T00:00:00"


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


def feature_id(row: Mapping[str, Any]) -> str:
    """A row's feature id: zone and extent, and for timeline rows the interval's first day.

    Examples
    --------
    >>> feature_id({"zone_id": "idlib", "extent": "held", "as_of": "2019-09-01"})
    'idlib:held'
    """
    base = f"{row['zone_id']}:{row['extent']}"
    return f"{base}@{row['valid_from']}" if is_timeline_row(row) else base


def _properties(row: Mapping[str, Any]) -> dict[str, Any]:
    properties = {k: plain(row[k]) for k in COLUMNS}
    if is_timeline_row(row):
        properties.update({k: midnight(properties[k]) for k in TIMELINE_DATETIMES})
    return properties


def feature_collection(
    rows: Iterable[Mapping[str, Any]],
    geometries: Iterable[dict[str, Any]],
    metadata: Mapping[str, Any] | None = None,
) -> str:
    """Return zone rows and their GeoJSON geometries as an RFC 7946 FeatureCollection.

    Keys keep the order of :data:`~zonemap.tables.COLUMNS`; the output ends with a newline
    and is byte-identical for identical input. Timeline rows carry their
    :data:`TIMELINE_DATETIMES` as date-times. ``metadata`` (licence, catalogue version,
    boundary source, build date: :func:`~zonemap.metadata.export_metadata`) becomes the
    collection's ``metadata`` member, a foreign member in RFC 7946's terms (§6.1), which
    readers that do not know it ignore.
    """
    features = []
    for row, geometry in zip(rows, geometries, strict=True):
        features.append(
            {
                "type": "Feature",
                "id": feature_id(row),
                "properties": _properties(row),
                "geometry": geometry,
            }
        )
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    head = '{"type":"FeatureCollection",'
    if metadata is not None:
        head += f'"metadata":{json.dumps(metadata, ensure_ascii=False, separators=(",", ":"))},'
    return head + '"features":[\n' + ",\n".join(lines) + "\n]}\n"


def to_geojson(table: gpd.GeoDataFrame) -> str:
    """Return a zone table as an RFC 7946 FeatureCollection (WGS84 lon/lat, no ``crs``).

    The table's ``attrs["metadata"]`` (set by :func:`~zonemap.tables.zone_table`) becomes the
    collection's ``metadata`` member (see :func:`feature_collection`).
    """
    geometries = (rfc7946_geometry(g) for g in table.geometry)
    return feature_collection(table_records(table), geometries, table.attrs.get("metadata"))
