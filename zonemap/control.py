"""Who held what inside each zone: control changes resolved to areas, and held extents.

A zone's *held extent* on a day is its agreed extent less the land lost by that day, plus the
land that came back. It changes only on the days of control changes, so it is computed once
per distinct state, in date order, and looked up by day. Every piece of agreed land not held
on a day remembers the change that took it, for popups and for ``zonemap where``.

Areas named by places (``cells_of``) are the land nearest those places among all the
gazetteer places inside the zone: the line between two neighbouring places held by different
sides is put midway between them.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint

from .boundaries import polygonal
from .errors import CatalogueError
from .gazetteer import Gazetteer, normalise
from .geometry import ZoneShape, hull_extent, outline_extent
from .projection import area_km2, to_equal_area, to_lonlat
from .records import ControlChange, Source, Zone

__all__ = ["Change", "History", "LostPiece", "State", "build_history", "derive_history"]

_GRID = 1e-7  # degrees: unions and differences on a 1 cm grid leave no hairline slivers
_MIN_KM2 = 0.01  # below this an overlap is floating-point noise, not land
_SAME_PLACE_M = 150.0  # gazetteer points closer than this are one place for the cells
# Boundary layers draw the same border up to a kilometre or two apart, so a named place just
# outside the agreed extent clipped to another layer adds no land instead of failing.
_EDGE_M = 2000.0


@dataclass(frozen=True)
class Change:
    """A control change resolved to its land inside the zone's agreed extent (lon/lat)."""

    zone_id: str
    id: str
    date: dt.date
    change: str  # "lost" or "returned"
    event: str
    places: tuple[str, ...]
    area: shapely.Geometry
    area_km2: float
    sources: tuple[Source, ...]
    date_note: str | None = None


@dataclass(frozen=True)
class LostPiece:
    """Agreed land not held on a day, with the change that last took it."""

    key: str  # stable across the states that share this piece
    change: Change | None  # None: land of the agreed extent never inside the zone it lies in
    geometry: shapely.Geometry


@dataclass(frozen=True)
class State:
    """A zone's held extent from one day until the next change."""

    zone_id: str
    since: dt.date | None  # None: as agreed, before any change
    held: shapely.Geometry
    pieces: tuple[LostPiece, ...]
    changes: tuple[Change, ...]  # every change up to and including ``since``, in order
    # The held area in km², measured once when the atlas is built: a kept atlas answers
    # queries without the projection library.
    held_km2: float = field(init=False)

    def __post_init__(self) -> None:
        area = area_km2(self.held) if not self.held.is_empty else 0.0
        object.__setattr__(self, "held_km2", area)

    @property
    def key(self) -> str:
        """A stable id of this state: the zone id, and the day it began if after a change."""
        return self.zone_id if self.since is None else f"{self.zone_id}@{self.since.isoformat()}"

    def piece_at(self, point: shapely.Point) -> LostPiece | None:
        """The lost piece that covers ``point``, if any."""
        return next((p for p in self.pieces if p.geometry.covers(point)), None)


@dataclass(frozen=True)
class History:
    """A zone's agreed extent, its control changes, and every distinct held state."""

    zone_id: str
    agreed: shapely.Geometry
    agreed_km2: float
    changes: tuple[Change, ...]
    states: tuple[State, ...]
    effects_km2: dict[str, float] = field(default_factory=dict)  # land each change moved
    _days: list[dt.date] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        days = [s.since or dt.date.min for s in self.states]
        object.__setattr__(self, "_days", days)

    def on(self, day: dt.date) -> State:
        """The held state on ``day`` (changes count from their own day)."""
        return self.states[bisect.bisect_right(self._days, day) - 1]

    def since(self, day: dt.date | None) -> State:
        """The state that began on ``day`` (``None``: the state before any change)."""
        return next(s for s in self.states if s.since == day)

    def changes_between(self, first: dt.date, last: dt.date) -> list[Change]:
        """The changes after ``first`` up to and including ``last``."""
        return [c for c in self.changes if first < c.date <= last]

    def share(self, state: State) -> float:
        """The held share of the agreed extent in a state, in per cent (one decimal)."""
        return round(100 * state.held_km2 / self.agreed_km2, 1) if self.agreed_km2 else 0.0


class _Cells:
    """The land nearest each gazetteer place inside the agreed extent, by normalised name.

    A cell is cut to the agreed extent when a change first names its place: most places
    never change hands, and cutting is the costly step.
    """

    def __init__(
        self, agreed: shapely.Geometry, polygons: list[shapely.Geometry], index: dict[str, int]
    ):
        self._agreed = agreed
        self._polygons = polygons  # in equal-area metres
        self._index = index
        self._cut: dict[int, shapely.Geometry] = {}

    def get(self, key: str) -> shapely.Geometry | None:
        """The cell of the place called ``key``, or ``None`` if no place inside has the name."""
        i = self._index.get(key)
        if i is None:
            return None
        if i not in self._cut:
            cell = shapely.intersection(self._agreed, to_lonlat(self._polygons[i]), grid_size=_GRID)
            self._cut[i] = polygonal(cell)
        return self._cut[i]


def _cells(zone: Zone, agreed: shapely.Geometry, gazetteer: Gazetteer) -> _Cells:
    """The Voronoi cells of the gazetteer places inside the agreed extent."""
    points = shapely.points([(p.lon, p.lat) for p in gazetteer.places])
    shapely.prepare(agreed)
    mask = shapely.covers(agreed, points)
    inside = [p for p, keep in zip(gazetteer.places, mask, strict=True) if keep]
    projected = shapely.get_coordinates(to_equal_area(points[mask]))
    generators: list[tuple[float, float]] = []
    names: list[list[str]] = []
    for place, (x, y) in zip(inside, projected, strict=True):
        keys = [normalise(n) for n in (place.name, place.name_ar, *place.alt_names) if n]
        for index, (gx, gy) in enumerate(generators):
            if (gx - x) ** 2 + (gy - y) ** 2 < _SAME_PLACE_M**2:
                names[index] += keys
                break
        else:
            generators.append((float(x), float(y)))
            names.append(keys)
    agreed_m = to_equal_area(agreed)
    if len(generators) == 1:
        polygons = [agreed_m]
    else:
        diagram = shapely.voronoi_polygons(
            MultiPoint(generators), extend_to=agreed_m.envelope.buffer(10_000), ordered=True
        )
        polygons = list(shapely.get_parts(diagram))
    index: dict[str, int] = {}
    for i, keys in enumerate(names):
        for key in keys:
            index.setdefault(key, i)
    return _Cells(agreed, polygons, index)


def _resolve(
    zone: Zone,
    change: ControlChange,
    agreed: shapely.Geometry,
    gazetteer: Gazetteer,
    cells: Callable[[], _Cells],
    file: Path | str | None,
) -> Change:
    entry = f"zone {zone.id}: control change {change.id}"
    if change.cells_of:
        by_name = cells()
        pieces = []
        for name in change.cells_of:
            place = gazetteer.place(name, file=file, entry=entry)
            cell = by_name.get(normalise(place.name))
            if cell is not None:
                pieces.append(cell)
                continue
            point = to_equal_area(shapely.Point(place.lon, place.lat))
            if point.distance(to_equal_area(agreed)) > _EDGE_M:
                raise CatalogueError(
                    f"{name} lies outside the zone's agreed extent", file=file, entry=entry
                )
        area = shapely.union_all(pieces, grid_size=_GRID)
        edge_only = not pieces  # every place lies just outside, in another boundary layer
    else:
        extent = (
            outline_extent(change.outline, change.id, file=file, entry=entry)
            if change.outline
            else hull_extent(
                change.hull_of or [], change.buffer_km, gazetteer, file=file, entry=entry
            )
        )
        area = shapely.intersection(agreed, extent, grid_size=_GRID)
        edge_only = False
    area = polygonal(area)
    km2 = area_km2(area) if not area.is_empty else 0.0
    if km2 < _MIN_KM2 and not edge_only:
        raise CatalogueError(
            "its area lies outside the zone's agreed extent", file=file, entry=entry
        )
    return Change(
        zone_id=zone.id,
        id=change.id,
        date=change.date,
        change=change.change,
        event=change.event,
        places=tuple(change.places),
        area=area,
        area_km2=km2,
        sources=tuple(change.sources),
        date_note=change.date_note,
    )


def _states(
    zone_id: str,
    agreed: shapely.Geometry,
    changes: list[Change],
    file: Path | str | None,
    entry_of: Callable[[Change], str],
    effects: dict[str, float],
) -> list[State]:
    """Apply the changes day by day, keeping one state per day with a change.

    ``effects`` is filled with the land (km²) each change actually moved.
    """
    held = agreed
    pieces: list[LostPiece] = []
    states = [State(zone_id, None, held, (), ())]
    applied: list[Change] = []
    by_day: dict[dt.date, list[Change]] = {}
    for change in changes:
        by_day.setdefault(change.date, []).append(change)
    for day in sorted(by_day):
        today = by_day[day]
        for i, first in enumerate(today):
            for second in today[i + 1 :]:
                overlap = shapely.intersection(first.area, second.area, grid_size=_GRID)
                if not overlap.is_empty and area_km2(polygonal(overlap)) >= _MIN_KM2:
                    raise CatalogueError(
                        f"its area overlaps control change {first.id} of the same day ({day})",
                        file=file,
                        entry=entry_of(second),
                    )
        for change in today:
            if change.area.is_empty:
                effects[change.id] = 0.0  # no land of this zone in this boundary layer
            elif change.change == "lost":
                taken = polygonal(shapely.intersection(change.area, held, grid_size=_GRID))
                held = polygonal(shapely.difference(held, change.area, grid_size=_GRID))
                effects[change.id] = area_km2(taken) if not taken.is_empty else 0.0
                if not taken.is_empty:
                    pieces.append(LostPiece(change.id, change, taken))
            else:
                lost = polygonal(shapely.difference(agreed, held, grid_size=_GRID))
                back = polygonal(shapely.intersection(change.area, lost, grid_size=_GRID))
                if back.is_empty or area_km2(back) < _MIN_KM2:
                    raise CatalogueError(
                        "it returns land that was not lost", file=file, entry=entry_of(change)
                    )
                held = polygonal(shapely.union(held, back, grid_size=_GRID))
                effects[change.id] = area_km2(back)
                pieces = _cut(pieces, change)
            applied.append(change)
        states.append(State(zone_id, day, held, tuple(pieces), tuple(applied)))
    return states


def _cut(pieces: list[LostPiece], returned: Change) -> list[LostPiece]:
    """The lost pieces less land that came back; a piece cut changes its key."""
    kept = []
    for piece in pieces:
        if not shapely.intersects(piece.geometry, returned.area):
            kept.append(piece)
            continue
        rest = polygonal(shapely.difference(piece.geometry, returned.area, grid_size=_GRID))
        if not rest.is_empty and area_km2(rest) >= _MIN_KM2:
            kept.append(LostPiece(f"{piece.key}-{returned.id}", piece.change, rest))
    return kept


def build_history(
    zone: Zone, shape: ZoneShape, gazetteer: Gazetteer, *, file: Path | str | None = None
) -> History:
    """Resolve a zone's control changes and compute every held state, once.

    Raises
    ------
    CatalogueError
        A change's area lies outside the zone, returns land that was not lost, or overlaps
        another change of the same day.
    """
    agreed = shape.geometry
    memo: dict[str, _Cells] = {}

    def cells() -> _Cells:
        if "cells" not in memo:
            memo["cells"] = _cells(zone, agreed, gazetteer)
        return memo["cells"]

    ordered = sorted(zone.control, key=lambda c: c.date)  # stable: same-day order kept
    changes = [_resolve(zone, c, agreed, gazetteer, cells, file) for c in ordered]
    effects: dict[str, float] = {}
    states = _states(
        zone.id,
        agreed,
        changes,
        file,
        lambda c: f"zone {zone.id}: control change {c.id}",
        effects,
    )
    return History(zone.id, agreed, shape.area_km2, tuple(changes), tuple(states), effects)


def derive_history(zone: Zone, shape: ZoneShape, within: History) -> History:
    """The history of a zone drawn inside another: its agreed extent within the other's held.

    Land of the agreed extent outside the other zone's agreed extent was never held.
    """
    agreed = shape.geometry
    outside = polygonal(shapely.difference(agreed, within.agreed, grid_size=_GRID))
    never = (
        [LostPiece(f"{zone.id}-outside", None, outside)]
        if not outside.is_empty and area_km2(outside) >= _MIN_KM2
        else []
    )
    changes = tuple(c for c in within.changes if shapely.intersects(c.area, agreed))
    relevant = {c.id for c in changes}
    effects: dict[str, float] = {}
    states: list[State] = []
    parts: dict[str, LostPiece | None] = {}  # each of the other zone's pieces, cut once
    for state in within.states:
        today = [c for c in changes if c.date == state.since]
        if states and not today:
            continue  # nothing changed inside this zone: the state before still holds
        held = polygonal(shapely.intersection(agreed, state.held, grid_size=_GRID))
        before = states[-1].held if states else held
        for change in today:
            moved = (
                shapely.intersection(change.area, before)
                if change.change == "lost"
                else shapely.difference(shapely.intersection(change.area, held), before)
            )
            moved = polygonal(moved)
            effects[change.id] = area_km2(moved) if not moved.is_empty else 0.0
        pieces = list(never)
        for piece in state.pieces:
            if piece.key not in parts:
                parts[piece.key] = None
                if shapely.intersects(agreed, piece.geometry):
                    part = polygonal(shapely.intersection(agreed, piece.geometry, grid_size=_GRID))
                    if not part.is_empty and area_km2(part) >= _MIN_KM2:
                        parts[piece.key] = LostPiece(f"{zone.id}-{piece.key}", piece.change, part)
            if parts[piece.key] is not None:
                pieces.append(parts[piece.key])  # type: ignore[arg-type]
        applied = tuple(c for c in state.changes if c.id in relevant)
        states.append(State(zone.id, state.since, held, tuple(pieces), applied))
    return History(zone.id, agreed, shape.area_km2, changes, tuple(_distinct(states)), effects)


def _distinct(states: Iterable[State]) -> list[State]:
    """Drop a state whose held extent equals the one before it."""
    kept: list[State] = []
    for state in states:
        if kept and state.held.equals(kept[-1].held):
            continue
        kept.append(state)
    return kept
