"""Zone tables for a day, a round or the whole timeline, in the one export schema.

Rows are plain dicts (:func:`zone_records`), cheap to compute for every round;
:func:`zones_on` wraps them in a GeoDataFrame with each zone's geometry. Maps, exports, the
diff and the command line all read these rows, never the catalogue files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import shapely

from .atlas import Atlas
from .records import Post
from .validity import IN_FORCE, Status, periods, status_on

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "COLUMNS",
    "STATUS_COLUMNS",
    "describe_status",
    "plain",
    "posts_on",
    "timeline",
    "to_records",
    "zone_records",
    "zone_row",
    "zone_table",
    "zones_at",
    "zones_on",
]

# The export schema, in order. Dates are ISO strings or None; lists stay lists here and are
# joined only by the flat formats.
COLUMNS: tuple[str, ...] = (
    "zone_id",
    "name",
    "name_ar",
    "kind",
    "round_id",
    "as_of",
    "status",
    "valid_from",
    "valid_to",
    "period_end",
    "extensions",
    "ended_on",
    "event",
    "superseded_by",
    "governorates",
    "precision",
    "area_km2",
    "sources",
)
#: The columns a zone's status on a day is told with (``zonemap status`` and ``where``).
STATUS_COLUMNS: tuple[str, ...] = (
    "zone_id",
    "name",
    "status",
    "valid_from",
    "valid_to",
    "period_end",
    "extensions",
    "ended_on",
    "event",
    "governorates",
    "area_km2",
)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def zone_row(atlas: Atlas, zone_id: str, status: Status, round_id: str | None) -> dict[str, Any]:
    """Return one zone's row of the export schema for a status (``as_of`` = its day)."""
    zone = atlas.catalogue.zone(zone_id)
    shape = atlas.shapes[zone_id]
    last_day = status.ended_on - dt.timedelta(days=1) if status.ended_on else None
    return {
        "zone_id": zone.id,
        "name": zone.name,
        "name_ar": zone.name_ar,
        "kind": zone.kind,
        "round_id": round_id,
        "as_of": status.day.isoformat(),
        "status": status.state,
        "valid_from": status.established.isoformat(),
        "valid_to": _iso(last_day),
        "period_end": _iso(status.period_end),
        "extensions": status.extensions,
        "ended_on": _iso(status.ended_on),
        "event": status.event,
        "superseded_by": status.superseded_by,
        "governorates": list(shape.pcodes),
        "precision": zone.precision,
        "area_km2": shape.area_km2,
        "sources": [s.cite() for s in zone.sources],
    }


def zone_records(
    atlas: Atlas, day: dt.date | None = None, *, round_id: str | None = None
) -> list[dict[str, Any]]:
    """Return every zone established by ``day`` (or by a round's last day) as plain rows.

    The rows are those of :func:`zones_on` without the geometry, for code that reads many
    tables and has no use for a data frame.
    """
    if round_id is not None:
        day = atlas.as_of(round_id)
    if day is None:
        raise ValueError("give a day or a round id")
    statuses = ((zone, status_on(zone.validity, day)) for zone in atlas.catalogue.zones)
    return [
        zone_row(atlas, zone.id, status, round_id)
        for zone, status in statuses
        if status.state != "not-yet-established"
    ]


def zone_table(atlas: Atlas, rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    """Return zone rows as a table in the export schema, each with its zone's geometry."""
    import geopandas as gpd  # only where a data frame is asked for

    geometries = [atlas.shapes[str(row["zone_id"])].geometry for row in rows]
    return gpd.GeoDataFrame(rows, columns=list(COLUMNS), geometry=geometries, crs=4326)


def zones_on(
    atlas: Atlas, day: dt.date | None = None, *, round_id: str | None = None
) -> gpd.GeoDataFrame:
    """Return every zone established by ``day`` (or by a round's last day), with its status.

    Zones that have ended stay in the table with status ``ended`` or ``superseded``, so a map
    can show what no longer applies; zones not yet established are left out.
    """
    return zone_table(atlas, zone_records(atlas, day, round_id=round_id))


def zones_at(atlas: Atlas, lon: float, lat: float, day: dt.date) -> gpd.GeoDataFrame:
    """The zones in force on ``day`` that contain the point (lon, lat)."""
    point = shapely.Point(lon, lat)
    rows = [
        row
        for row in zone_records(atlas, day)
        if row["status"] in IN_FORCE and atlas.shapes[row["zone_id"]].geometry.covers(point)
    ]
    return zone_table(atlas, rows)


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


def plain(value: Any) -> Any:
    """Turn pandas' missing values and numpy scalars into plain JSON values."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def to_records(
    table: gpd.GeoDataFrame, columns: tuple[str, ...] | list[str]
) -> list[dict[str, Any]]:
    """Return the chosen columns of a zone table as plain dicts (no geometry)."""
    columns = list(columns)
    return [{k: plain(row[k]) for k in columns} for row in table[columns].to_dict("records")]


def describe_status(row: Mapping[str, Any]) -> str:
    """Say in a few words how long a zone row's status lasts, or since when it ended.

    Examples
    --------
    >>> describe_status({"status": "extended", "period_end": "2018-05-03", "extensions": 1})
    'until 2018-05-03 (extension 1)'
    """
    if row["status"] in ("initial-period", "extended"):
        detail = f"until {row['period_end']}"
        if row["extensions"]:
            detail += f" (extension {row['extensions']})"
        return detail
    if row.get("ended_on"):
        return f"since {row['ended_on']}: {row['event']}"
    return ""


def posts_on(atlas: Atlas, day: dt.date) -> list[Post]:
    """The observation posts and control points standing on ``day``."""
    return [
        p
        for p in atlas.catalogue.posts
        if p.established <= day and (p.withdrawn is None or day < p.withdrawn)
    ]
