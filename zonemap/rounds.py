"""Join catalogue, gazetteer, boundaries, validity and geometry into one table per day.

The :class:`Atlas` is built once: it holds the checked catalogue and every zone's shape.
:func:`zones_on` then gives, for any day or round, the table that every output reads; no
output goes back to the YAML or the boundary files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely

from .boundaries import load_governorates
from .catalog import ALL_ZONES, Catalogue, Post, Round, Statement, load_catalogue
from .gazetteer import Gazetteer, load_places
from .geometry import ZoneShape, build_zone_shapes
from .validity import IN_FORCE, Status, status_on

__all__ = [
    "COLUMNS",
    "Atlas",
    "load_atlas",
    "load_gazetteer",
    "plain",
    "posts_on",
    "statements_about",
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


@dataclass(frozen=True)
class Atlas:
    """Everything zonemap knows, loaded and checked once."""

    catalogue: Catalogue
    governorates: gpd.GeoDataFrame
    gazetteer: Gazetteer
    shapes: dict[str, ZoneShape]
    _areas: dict[frozenset[str], float] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def as_of(self, round_id: str) -> dt.date:
        """The day a round's map shows: its last day."""
        return self.catalogue.round(round_id).end

    def area_km2(self, zone_ids: Iterable[str]) -> float:
        """Area covered by these zones, overlaps counted once; each set is united only once."""
        key = frozenset(zone_ids)
        if key not in self._areas:
            union = shapely.union_all([self.shapes[zone_id].equal_area for zone_id in key])
            self._areas[key] = round(union.area / 1e6, 1)
        return self._areas[key]


def load_atlas(catalogue: Path | str | None = None, boundaries: Path | str | None = None) -> Atlas:
    """Load and check the catalogue and boundaries, and build every zone's shape.

    Parameters
    ----------
    catalogue
        A catalogue folder (``rounds.yaml``, ``zones.yaml``, ``posts.yaml``); the shipped one
        when omitted.
    boundaries
        An admin-1 layer with P-codes; the shipped Natural Earth governorates when omitted.
    """
    checked = load_catalogue(catalogue)
    governorates = load_governorates(boundaries)
    gazetteer = load_gazetteer(checked, governorates)
    shapes = build_zone_shapes(
        checked.zones, governorates, gazetteer, file=checked.folder / "zones.yaml"
    )
    return Atlas(checked, governorates, gazetteer, shapes)


def load_gazetteer(catalogue: Catalogue, governorates: gpd.GeoDataFrame) -> Gazetteer:
    """Return the name lookup over the shipped places, these governorates and these zones."""
    return Gazetteer(
        load_places(),
        zip(
            governorates["pcode"],
            governorates["name_en"],
            governorates["name_ar"],
            governorates["aliases"],
            strict=True,
        ),
        ((z.id, z.name, z.aliases) for z in catalogue.zones),
    )


def statements_about(round_: Round, zone_id: str) -> list[Statement]:
    """The statements a round made about one zone, including those about all zones."""
    return [s for s in round_.statements if s.zone in (zone_id, ALL_ZONES)]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def zone_row(atlas: Atlas, zone_id: str, status: Status, round_id: str | None) -> dict[str, object]:
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
) -> list[dict[str, object]]:
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


def zones_on(
    atlas: Atlas, day: dt.date | None = None, *, round_id: str | None = None
) -> gpd.GeoDataFrame:
    """Return every zone established by ``day`` (or by a round's last day), with its status.

    Zones that have ended stay in the table with status ``ended`` or ``superseded``, so a map
    can show what no longer applies; zones not yet established are left out.
    """
    return zone_table(atlas, zone_records(atlas, day, round_id=round_id))


def zone_table(atlas: Atlas, rows: list[dict[str, object]]) -> gpd.GeoDataFrame:
    """Return zone rows as a table in the export schema, each with its zone's geometry."""
    geometries = [atlas.shapes[str(row["zone_id"])].geometry for row in rows]
    return gpd.GeoDataFrame(rows, columns=list(COLUMNS), geometry=geometries, crs=4326)


def plain(value: Any) -> Any:
    """Turn pandas' missing values and numpy scalars into plain JSON values."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def to_records(table: gpd.GeoDataFrame, columns: list[str]) -> list[dict[str, Any]]:
    """Return the chosen columns of a zone table as plain dicts (no geometry)."""
    return [{k: plain(row[k]) for k in columns} for row in table[columns].to_dict("records")]


def posts_on(atlas: Atlas, day: dt.date) -> list[Post]:
    """The observation posts and control points standing on ``day``."""
    return [
        p
        for p in atlas.catalogue.posts
        if p.established <= day and (p.withdrawn is None or day < p.withdrawn)
    ]


def zones_at(atlas: Atlas, lon: float, lat: float, day: dt.date) -> gpd.GeoDataFrame:
    """The zones in force on ``day`` that contain the point (lon, lat)."""
    table = zones_on(atlas, day)
    point = shapely.Point(lon, lat)
    inside = table.geometry.covers(point) & table["status"].isin(IN_FORCE)
    return table[inside]
