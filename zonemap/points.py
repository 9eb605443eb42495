"""Whether a point inside a zone was held on a day, zone by zone (``zonemap where``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .days import DayLike, as_day
from .validity import IN_FORCE, status_on

if TYPE_CHECKING:
    from .atlas import Atlas
    from .json_shapes import PointInZone

__all__ = ["ChangeLike", "PieceLike", "PointStatus", "judge_point", "point_status"]


@dataclass(frozen=True)
class PointStatus:
    """Whether a point inside a zone's agreed extent was held on a day, and since when."""

    zone_id: str
    name: str
    status: str
    held: bool
    since: dt.date | None  # the day it was last taken or given back, if it ever changed
    event: str | None
    places: tuple[str, ...] = ()  # the places the change that decided it names
    from_start: bool = False  # not held when the zone was established

    def to_json(self) -> PointInZone:
        """Return the point's status as plain JSON values."""
        since = self.since.isoformat() if self.since else None
        return {
            "zone_id": self.zone_id,
            "name": self.name,
            "status": self.status,
            "held": self.held,
            "since": since,
            "event": self.event,
            "places": list(self.places),
        }

    def describe(self) -> str:
        """One line: "inside the agreed Idlib zone; not held since 2019-08-21 (…)"."""
        where = f"inside the agreed {self.name}"
        named = ", ".join(self.places)
        if self.held:
            back = f" (back since {self.since}: {named or self.event})" if self.since else ""
            return f"{where}; held{back}"
        if self.since is None:
            return f"{where}; never held ({self.event})"
        if self.from_start:
            return f"{where}; not held since the zone began ({named or self.event})"
        what = f"{named} taken" if named else self.event
        return f"{where}; not held since {self.since} ({what})"


class ChangeLike(Protocol):
    """What a point's status reads of a control change (:class:`~zonemap.control.Change`)."""

    date: dt.date
    event: str
    places: tuple[str, ...]


class PieceLike(Protocol):
    """What a point's status reads of a lost piece (:class:`~zonemap.control.LostPiece`)."""

    @property
    def change(self) -> ChangeLike | None:
        """The change that took the piece (``None``: never inside the zone it lies in)."""


def judge_point(
    zone_id: str,
    name: str,
    status: str,
    established: dt.date,
    piece: PieceLike | None,
    returned: Sequence[ChangeLike],
) -> PointStatus:
    """The status of a point inside a zone in force, from what covers it.

    ``piece`` is the lost piece covering the point (``None``: the point was held) and
    ``returned`` the changes so far that gave back land covering it, in order.
    """
    if piece is None:
        last = returned[-1] if returned else None
        return PointStatus(
            zone_id,
            name,
            status,
            True,
            last.date if last else None,
            last.event if last else None,
            last.places if last else (),
        )
    change = piece.change
    if change is None:
        return PointStatus(zone_id, name, status, False, None, "outside the zone it lies in")
    return PointStatus(
        zone_id,
        name,
        status,
        False,
        change.date,
        change.event,
        change.places,
        from_start=change.date == established,
    )


def point_status(atlas: Atlas, lon: float, lat: float, day: DayLike) -> list[PointStatus]:
    """For each zone in force on ``day`` whose agreed extent holds the point: held or not."""
    import shapely

    day = as_day(day)
    point = shapely.Point(lon, lat)
    found = []
    for zone in atlas.catalogue.zones:
        status = status_on(zone.validity, day)
        if status.state not in IN_FORCE or not atlas.shapes[zone.id].geometry.covers(point):
            continue
        state = atlas.held_on(zone.id, day)
        piece = state.piece_at(point)
        back = [c for c in state.changes if c.change == "returned" and c.area.covers(point)]
        found.append(
            judge_point(zone.id, zone.name, status.state, zone.validity.established, piece, back)
        )
    return found
