"""Zone tables for a day, a round or the whole timeline, in the one export schema.

Each zone has two extents: the ``agreed`` one (what the instruments drew) and the ``held`` one
(the part the opposition still held that day), one row each. Rows are plain dicts
(:func:`zone_records`), cheap to compute for every round; :func:`zones_on` wraps them in a
GeoDataFrame with each row's geometry and its dates as ``datetime64``, and
:func:`table_records` turns such a table back into rows. Maps, exports, the diff and the
command line all read these rows, never the catalogue files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from .days import DayLike, as_day
from .errors import UsageError
from .validity import IN_FORCE, Status, periods, status_on

if TYPE_CHECKING:
    import geopandas as gpd
    import shapely

    from .atlas import Atlas
    from .control import History, State
    from .records import Post

__all__ = [
    "COLUMNS",
    "DATE_COLUMNS",
    "EXTENTS",
    "STATUS_COLUMNS",
    "describe_status",
    "held_fields",
    "is_timeline_row",
    "plain",
    "posts_on",
    "row_geometry",
    "status_fields",
    "table_records",
    "timeline",
    "zone_records",
    "zone_row",
    "zone_table",
    "zones_at",
    "zones_on",
]

# The export schema, in order. In rows, dates are ISO strings or None (datetime64 in a table);
# lists stay lists here and are joined only by the flat formats.
COLUMNS: tuple[str, ...] = (
    "zone_id",
    "name",
    "name_ar",
    "kind",
    "extent",
    "round_id",
    "as_of",
    "status",
    "valid_from",
    "valid_to",
    "valid_until",
    "period_end",
    "extensions",
    "ended_on",
    "event",
    "superseded_by",
    "governorates",
    "precision",
    "area_km2",
    "agreed_km2",
    "held_km2",
    "held_pct",
    "held_since",
    "last_change",
    "sources",
)
#: The columns that hold a day.
DATE_COLUMNS: tuple[str, ...] = (
    "as_of",
    "valid_from",
    "valid_to",
    "valid_until",
    "period_end",
    "ended_on",
    "held_since",
)
Extent = Literal["agreed", "held"]
EXTENTS: tuple[Extent, ...] = ("agreed", "held")
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
    "agreed_km2",
    "held_km2",
    "held_pct",
    "held_since",
    "last_change",
)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def status_fields(status: Status) -> dict[str, Any]:
    """The columns of a zone row that tell its status: ``as_of`` to ``superseded_by``."""
    last_day = status.ended_on - dt.timedelta(days=1) if status.ended_on else None
    return {
        "as_of": status.day.isoformat(),
        "status": status.state,
        "valid_from": status.established.isoformat(),
        "valid_to": _iso(last_day),
        "valid_until": _iso(status.ended_on),
        "period_end": _iso(status.period_end),
        "extensions": status.extensions,
        "ended_on": _iso(status.ended_on),
        "event": status.event,
        "superseded_by": status.superseded_by,
    }


def held_fields(history: History, state: State) -> dict[str, Any]:
    """The columns of a zone row that tell what was held in a state: ``held_km2`` on."""
    last = state.changes[-1] if state.changes else None
    return {
        "held_km2": state.held_km2,
        "held_pct": history.share(state),
        "held_since": _iso(state.since),
        "last_change": f"{last.date.isoformat()}: {last.event}" if last else None,
    }


def zone_row(
    atlas: Atlas,
    zone_id: str,
    status: Status,
    round_id: str | None,
    extent: Extent = "agreed",
    state: State | None = None,
) -> dict[str, Any]:
    """Return one zone's row of the export schema for a status (``as_of`` = its day).

    ``state`` is the held state the row describes (by default the one on the status's day).
    """
    zone = atlas.catalogue.zone(zone_id)
    shape = atlas.shapes[zone_id]
    history = atlas.histories[zone_id]
    state = state or history.on(status.day)
    return {
        "zone_id": zone.id,
        "name": zone.name,
        "name_ar": zone.name_ar,
        "kind": zone.kind,
        "extent": extent,
        "round_id": round_id,
        **status_fields(status),
        "governorates": list(shape.pcodes),
        "precision": zone.precision,
        "area_km2": shape.area_km2 if extent == "agreed" else state.held_km2,
        "agreed_km2": shape.area_km2,
        **held_fields(history, state),
        "sources": [s.cite() for s in zone.sources],
    }


def zone_records(
    atlas: Atlas,
    day: DayLike | None = None,
    *,
    round_id: str | None = None,
    extent: Extent | None = None,
) -> list[dict[str, Any]]:
    """Return every zone established by ``day`` (or by a round's last day) as plain rows.

    Each zone has its ``agreed`` row and, while it is in force and still held anywhere, its
    ``held`` row; ``extent`` keeps only one of the two. The rows are those of
    :func:`zones_on` without the geometry, for code that reads many tables.
    """
    if round_id is not None:
        day = atlas.as_of(round_id)
    if day is None:
        raise UsageError("give a day or a round id")
    day = as_day(day)
    rows = []
    for zone in atlas.catalogue.zones:
        status = status_on(zone.validity, day)
        if status.state == "not-yet-established":
            continue
        state = atlas.held_on(zone.id, day)
        if extent in (None, "agreed"):
            rows.append(zone_row(atlas, zone.id, status, round_id, "agreed", state))
        if extent in (None, "held") and status.state in IN_FORCE and not state.held.is_empty:
            rows.append(zone_row(atlas, zone.id, status, round_id, "held", state))
    return rows


def row_geometry(atlas: Atlas, row: Mapping[str, Any]) -> shapely.Geometry:
    """The geometry a row describes: the zone's agreed extent, or its held extent then."""
    if row["extent"] == "agreed":
        return atlas.shapes[str(row["zone_id"])].geometry
    since = dt.date.fromisoformat(row["held_since"]) if row["held_since"] else None
    return atlas.histories[str(row["zone_id"])].since(since).held


def zone_table(atlas: Atlas, rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    """Return zone rows as a table in the export schema, each with its zone's geometry.

    The date columns (:data:`DATE_COLUMNS`) are ``datetime64``, missing days ``NaT``;
    ``attrs["metadata"]`` holds the licence, versions and sources every export of the table
    carries (:func:`~zonemap.metadata.export_metadata`).
    """
    # only where a data frame is asked for
    import pandas as pd

    import geopandas as gpd

    from .metadata import export_metadata

    geometries = [row_geometry(atlas, row) for row in rows]
    table = gpd.GeoDataFrame(rows, columns=list(COLUMNS), geometry=geometries, crs=4326)
    for column in DATE_COLUMNS:
        table[column] = pd.to_datetime(table[column], format="ISO8601").astype("datetime64[ns]")
    table.attrs["metadata"] = export_metadata(atlas)
    return table


def table_records(table: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Return a zone table's rows in the export schema, as :func:`zone_records` gives them.

    The dates are ISO strings again and every value a plain JSON value; no geometry.
    """
    frame = table[list(COLUMNS)].copy()
    for column in DATE_COLUMNS:
        frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def zones_on(
    atlas: Atlas,
    day: DayLike | None = None,
    *,
    round_id: str | None = None,
    extent: Extent | None = None,
) -> gpd.GeoDataFrame:
    """Return every zone established by ``day`` (or by a round's last day), with its status.

    Zones that have ended stay in the table (agreed extent only) with status ``ended`` or
    ``superseded``, so a map can show what no longer applies; zones not yet established are
    left out.

    Parameters
    ----------
    atlas
        The loaded atlas (:func:`zonemap.load_atlas`).
    day
        The day: ``"2018-06-01"``, a ``datetime.date``, a ``datetime.datetime`` or a pandas
        ``Timestamp`` (see :func:`zonemap.days.as_day`).
    round_id
        Instead of ``day``, a round: the table is as of the round's last day.
    extent
        Keep only the ``agreed`` or only the ``held`` rows.

    Returns
    -------
    geopandas.GeoDataFrame
        The columns of :data:`COLUMNS` and the geometry in EPSG:4326; the date columns
        (:data:`DATE_COLUMNS`) are ``datetime64``, ``NaT`` where a zone has no such day.

    Examples
    --------
    >>> from zonemap import load_atlas
    >>> table = zones_on(load_atlas(), "2018-06-01", extent="agreed")
    >>> table[["zone_id", "status"]].head(2).to_dict("records")
    [{'zone_id': 'idlib', 'status': 'extended'}, {'zone_id': 'northern-homs', 'status': 'ended'}]
    >>> str(table["valid_from"].dtype)
    'datetime64[ns]'
    """
    return zone_table(atlas, zone_records(atlas, day, round_id=round_id, extent=extent))


def zones_at(atlas: Atlas, lon: float, lat: float, day: DayLike) -> gpd.GeoDataFrame:
    """The zones in force on ``day`` whose agreed extent contains the point (lon, lat).

    ``day`` is read as in :func:`zones_on`; the table is in the same schema.
    """
    import shapely

    point = shapely.Point(lon, lat)
    rows = [
        row
        for row in zone_records(atlas, day, extent="agreed")
        if row["status"] in IN_FORCE and atlas.shapes[row["zone_id"]].geometry.covers(point)
    ]
    return zone_table(atlas, rows)


def _interval(first: dt.date, last: dt.date | None) -> dict[str, str | None]:
    until = last + dt.timedelta(days=1) if last is not None else None
    return {"valid_from": _iso(first), "valid_to": _iso(last), "valid_until": _iso(until)}


def is_timeline_row(row: Mapping[str, Any]) -> bool:
    """Whether a row is an interval of :func:`timeline` (no ``as_of``), not a zone on a day."""
    return row["as_of"] is None


def timeline(atlas: Atlas) -> gpd.GeoDataFrame:
    """Return the zones over time: one row per interval in which nothing changed.

    A zone's ``agreed`` rows follow its terms (initial period, each extension); its ``held``
    rows start a new interval whenever the held extent changes as well, so QGIS's Temporal
    Controller animates the shrinking. ``valid_to`` is the last day of the interval
    (inclusive), ``valid_until`` the first day after it (exclusive, what QGIS compares with);
    both are ``NaT`` for an interval still running at the end of the catalogue, and ``as_of``
    is ``NaT`` throughout. The schema is that of :func:`zones_on`.

    Examples
    --------
    >>> from zonemap import load_atlas
    >>> table = timeline(load_atlas())
    >>> ghouta = table[(table["zone_id"] == "eastern-ghouta") & (table["extent"] == "agreed")]
    >>> ghouta["valid_from"].dt.strftime("%Y-%m-%d").tolist()[:2]
    ['2017-05-04', '2017-11-04']
    """
    rows = []
    for zone in atlas.catalogue.zones:
        history = atlas.histories[zone.id]
        for period in periods(zone.validity, atlas.catalogue.horizon):
            if period.state in ("ended", "superseded"):
                continue
            status = status_on(zone.validity, period.first)
            row = zone_row(atlas, zone.id, status, None, "agreed", history.on(period.first))
            row.update(as_of=None, **_interval(period.first, period.last))
            rows.append(row)
            starts = [period.first] + [
                s.since
                for s in history.states
                if s.since
                and period.first < s.since
                and (period.last is None or s.since <= period.last)
            ]
            for index, first in enumerate(starts):
                state = history.on(first)
                if state.held.is_empty:
                    continue
                last = (
                    starts[index + 1] - dt.timedelta(days=1)
                    if index + 1 < len(starts)
                    else period.last
                )
                row = zone_row(atlas, zone.id, status, None, "held", state)
                row.update(as_of=None, **_interval(first, last))
                rows.append(row)
    return zone_table(atlas, rows)


def plain(value: Any) -> Any:
    """Turn pandas' missing values and numpy scalars into plain JSON values."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


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


def posts_on(atlas: Atlas, day: DayLike) -> list[Post]:
    """The observation posts and control points manned on ``day`` (encircled ones included).

    ``day`` is read as in :func:`zones_on`.
    """
    day = as_day(day)
    return [p for p in atlas.catalogue.posts if p.state_on(day) in ("standing", "encircled")]
