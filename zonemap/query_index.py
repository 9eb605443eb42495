"""What the query commands answer from: the atlas reduced to plain values, kept beside it.

Unpickling the atlas needs shapely, numpy and pydantic, which take longer to import than the
answers take to compute. The index keeps, for the same inputs, only what ``rounds``,
``status``, ``diff`` and ``where`` read: the rounds, each zone's terms, areas and held states,
the posts, the area in force of every set of zones ever in force together, and each
geometry ``where`` tests as WKB with its bounding box, so a point outside every box is
answered without shapely, and only the candidates need it. It is made from the atlas with
the very functions the atlas answers with (:func:`~zonemap.tables.status_fields`,
:func:`~zonemap.tables.held_fields`, :func:`~zonemap.points.judge_point`), and kept as the
atlas is (:func:`~zonemap.atlas_cache.kept_for_inputs`): stale or unreadable, it is made again.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atlas_cache import kept_for_inputs
from .diff import ControlMove
from .forms import DATE_RANGE
from .paths import catalogue_dir
from .points import PointStatus, judge_point
from .tables import held_fields, posts_on, status_fields
from .validity import IN_FORCE, Status, Terms, periods, status_on

if TYPE_CHECKING:
    from .atlas import Atlas
    from .control import Change, LostPiece

__all__ = [
    "ChangeFacts",
    "HeldFacts",
    "LostFacts",
    "PostFacts",
    "QueryIndex",
    "RoundFacts",
    "ZoneFacts",
    "build_index",
    "load_index",
]

Bounds = tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
_NO_BOX: Bounds = (math.inf, math.inf, -math.inf, -math.inf)  # an empty geometry's: holds no point


@dataclass(frozen=True)
class RoundFacts:
    """A round as ``zonemap rounds`` lists it."""

    id: str
    name: str
    kind: str
    start: dt.date
    end: dt.date
    city: str


@dataclass(frozen=True)
class ChangeFacts:
    """A control change: when, what, the land it moved (km²) and its area as WKB."""

    id: str
    date: dt.date
    change: str
    event: str
    places: tuple[str, ...]
    km2: float
    area: bytes
    bounds: Bounds


@dataclass(frozen=True)
class LostFacts:
    """Agreed land not held in a state (WKB), with the change that took it."""

    change: ChangeFacts | None
    geometry: bytes
    bounds: Bounds


@dataclass(frozen=True)
class HeldFacts:
    """A held state: its first day, the row columns it gives, its lost and returned land."""

    since: dt.date | None
    fields: dict[str, Any]  # held_km2, held_pct, held_since, last_change
    lost: tuple[LostFacts, ...]
    returned: tuple[ChangeFacts, ...]  # changes so far that gave land back, in order


@dataclass(frozen=True)
class ZoneFacts:
    """A zone: its names, terms, governorates, areas, held states and geometry."""

    id: str
    name: str
    terms: Terms
    governorates: tuple[str, ...]
    agreed_km2: float
    agreed: bytes  # the agreed extent, WKB
    bounds: Bounds
    states: tuple[HeldFacts, ...]
    moves: tuple[ChangeFacts, ...]  # empty for a zone drawn inside another
    _days: list[dt.date] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_days", [s.since or dt.date.min for s in self.states])

    def held_on(self, day: dt.date) -> HeldFacts:
        """The held state on ``day`` (as :meth:`zonemap.control.History.on`)."""
        return self.states[bisect.bisect_right(self._days, day) - 1]

    def row(self, status: Status) -> dict[str, Any]:
        """The zone's agreed row for a status: the columns ``status`` and ``diff`` read."""
        return {
            "zone_id": self.id,
            "name": self.name,
            "extent": "agreed",
            **status_fields(status),
            "governorates": list(self.governorates),
            "area_km2": self.agreed_km2,
            "agreed_km2": self.agreed_km2,
            **self.held_on(status.day).fields,
        }


@dataclass(frozen=True)
class PostFacts:
    """An observation post as a diff lists it."""

    id: str
    name: str
    encircled_on: dt.date | None


@dataclass(frozen=True)
class QueryIndex:
    """Everything the query commands read, in plain values (a :class:`~zonemap.diff.DiffSource`)."""

    rounds: tuple[RoundFacts, ...]
    horizon: dt.date
    zones: tuple[ZoneFacts, ...]
    post_list: tuple[PostFacts, ...]
    manned_from: tuple[tuple[dt.date, frozenset[str]], ...]  # posts manned from each day on
    areas: dict[frozenset[str], float]  # the area of every set of zones in force together

    def zone_rows(self, day: dt.date) -> list[dict[str, Any]]:
        """Every zone established by ``day``: its agreed row (as :func:`zone_records`)."""
        statuses = ((zone, status_on(zone.terms, day)) for zone in self.zones)
        return [z.row(s) for z, s in statuses if s.state != "not-yet-established"]

    def round_ends(self) -> dict[str, dt.date]:
        """Each round's last day by id, in the catalogue's order."""
        return {r.id: r.end for r in self.rounds}

    def posts(self) -> tuple[PostFacts, ...]:
        """Every post, in the catalogue's order."""
        return self.post_list

    def manned(self, day: dt.date) -> set[str]:
        """The ids of the posts manned on ``day``."""
        days = [d for d, _ in self.manned_from]
        return set(self.manned_from[bisect.bisect_right(days, day) - 1][1])

    def encircled_between(self, first: dt.date, last: dt.date) -> list[PostFacts]:
        """The posts encircled after ``first`` up to ``last``."""
        return [
            p
            for p in self.post_list
            if p.encircled_on is not None and first < p.encircled_on <= last
        ]

    def area_km2(self, zone_ids: Iterable[str]) -> float:
        """The area these zones cover, overlaps counted once."""
        return self.areas[frozenset(zone_ids)]

    def held_km2(self, zone_id: str, day: dt.date) -> float:
        """A zone's held area on ``day``."""
        zone = next(z for z in self.zones if z.id == zone_id)
        return float(zone.held_on(day).fields["held_km2"])

    def moves(self, first: dt.date, last: dt.date) -> list[ControlMove]:
        """Every control change after ``first`` up to ``last``, zone by zone, in date order."""
        return [
            ControlMove(zone.id, zone.name, c.id, c.date, c.change, c.km2, c.places, c.event)
            for zone in self.zones
            for c in zone.moves
            if first < c.date <= last
        ]

    def point_status(self, lon: float, lat: float, day: dt.date) -> list[PointStatus]:
        """As :func:`zonemap.points.point_status`; shapely is imported only for a candidate."""
        found = []
        for zone in self.zones:
            status = status_on(zone.terms, day)
            if status.state not in IN_FORCE or not _covers(zone.agreed, zone.bounds, lon, lat):
                continue
            state = zone.held_on(day)
            piece = next((p for p in state.lost if _covers(p.geometry, p.bounds, lon, lat)), None)
            back = [c for c in state.returned if _covers(c.area, c.bounds, lon, lat)]
            found.append(
                judge_point(zone.id, zone.name, status.state, zone.terms.established, piece, back)
            )
        return found


def _covers(wkb: bytes, bounds: Bounds, lon: float, lat: float) -> bool:
    """Whether the geometry covers the point; most are ruled out by their box alone."""
    min_lon, min_lat, max_lon, max_lat = bounds
    if not (min_lon <= lon <= max_lon and min_lat <= lat <= max_lat):
        return False
    import shapely  # only for a point inside the box

    return bool(shapely.from_wkb(wkb).covers(shapely.Point(lon, lat)))


def build_index(atlas: Atlas) -> QueryIndex:
    """Reduce the atlas to the plain values the query commands read."""
    import shapely

    def wkb(geometry: shapely.Geometry) -> tuple[bytes, Bounds]:
        if geometry.is_empty:
            return shapely.to_wkb(geometry), _NO_BOX
        min_lon, min_lat, max_lon, max_lat = (float(b) for b in geometry.bounds)
        return shapely.to_wkb(geometry), (min_lon, min_lat, max_lon, max_lat)

    changes: dict[tuple[str, str], ChangeFacts] = {}

    def change_facts(zone_id: str, change: Change, effects: Mapping[str, float]) -> ChangeFacts:
        key = (zone_id, change.id)
        if key not in changes:
            area, bounds = wkb(change.area)
            changes[key] = ChangeFacts(
                change.id,
                change.date,
                change.change,
                change.event,
                tuple(change.places),
                effects.get(change.id, 0.0),
                area,
                bounds,
            )
        return changes[key]

    pieces: dict[tuple[str, str], LostFacts] = {}

    def lost_facts(zone_id: str, piece: LostPiece, effects: Mapping[str, float]) -> LostFacts:
        key = (zone_id, piece.key)  # a piece is shared by the states that follow its change
        if key not in pieces:
            geometry, bounds = wkb(piece.geometry)
            change = change_facts(zone_id, piece.change, effects) if piece.change else None
            pieces[key] = LostFacts(change, geometry, bounds)
        return pieces[key]

    zones = []
    for zone in atlas.catalogue.zones:
        history = atlas.histories[zone.id]
        effects = history.effects_km2
        states = tuple(
            HeldFacts(
                state.since,
                held_fields(history, state),
                tuple(lost_facts(zone.id, p, effects) for p in state.pieces),
                tuple(
                    change_facts(zone.id, c, effects)
                    for c in state.changes
                    if c.change == "returned"
                ),
            )
            for state in history.states
        )
        agreed, bounds = wkb(atlas.shapes[zone.id].geometry)
        moves = () if zone.held_within else history.changes
        zones.append(
            ZoneFacts(
                zone.id,
                zone.name,
                Terms.of(zone.validity),
                tuple(atlas.shapes[zone.id].pcodes),
                atlas.shapes[zone.id].area_km2,
                agreed,
                bounds,
                states,
                tuple(change_facts(zone.id, c, effects) for c in moves),
            )
        )
    catalogue = atlas.catalogue
    return QueryIndex(
        rounds=tuple(
            RoundFacts(r.id, r.name, r.kind, r.start, r.end, r.city) for r in catalogue.rounds
        ),
        horizon=catalogue.horizon,
        zones=tuple(zones),
        post_list=tuple(
            PostFacts(p.id, p.name, p.encircled.date if p.encircled else None)
            for p in catalogue.posts
        ),
        manned_from=_manned_from(atlas),
        areas=_areas_in_force(atlas),
    )


def _manned_from(atlas: Atlas) -> tuple[tuple[dt.date, frozenset[str]], ...]:
    """The posts manned from each day a post's state changes on, until the next such day."""
    days = {dt.date.min}
    for post in atlas.catalogue.posts:
        days.add(post.established)
        days.update(e.date for e in (post.encircled, post.withdrawn) if e is not None)
    return tuple((day, frozenset(p.id for p in posts_on(atlas, day))) for day in sorted(days))


def _areas_in_force(atlas: Atlas) -> dict[frozenset[str], float]:
    """The area of each set of zones in force together on some day.

    Which zones are in force changes only on the first day of a period or the day after its
    last, so those days (and the first day zonemap takes) see every such set.
    """
    zones = atlas.catalogue.zones
    days = {DATE_RANGE[0]}
    for zone in zones:
        for period in periods(zone.validity, atlas.catalogue.horizon):
            days.add(period.first)
            if period.last is not None:
                days.add(period.last + dt.timedelta(days=1))
    sets = {
        frozenset(z.id for z in zones if status_on(z.validity, day).state in IN_FORCE)
        for day in days
    }
    return {ids: atlas.area_km2(ids) for ids in sets}


def load_index(
    catalogue: Path | str | None = None,
    boundaries: Path | str | None = None,
    *,
    report: Callable[[str], None] | None = None,
) -> QueryIndex:
    """Return the query index of these inputs: read back, or made from the atlas and kept.

    The arguments are those of :func:`zonemap.load_atlas`; a bad input raises what loading
    the atlas raises, and keeps nothing.
    """
    folder = Path(catalogue) if catalogue is not None else catalogue_dir()
    layer_file = Path(boundaries) if boundaries is not None else None

    def build() -> QueryIndex:
        from .atlas import load_atlas

        return build_index(load_atlas(folder, layer_file, report=report))

    return kept_for_inputs("index", folder, layer_file, build, report=report)
