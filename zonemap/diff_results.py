"""What a diff finds: zones changed, land moved, held areas, and the whole :class:`Diff`.

The values :mod:`zonemap.diff` computes, with the text and JSON ``zonemap diff`` prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from .json_outputs import SCHEMA_VERSION

if TYPE_CHECKING:
    from .json_shapes import DiffJson

__all__ = ["Change", "ChangeKind", "ControlMove", "Diff", "HeldArea", "PostLike"]


class PostLike(Protocol):
    """What a diff keeps of an observation post (:class:`~zonemap.records.Post`)."""

    @property
    def id(self) -> str:
        """The post's id."""

    @property
    def name(self) -> str:
        """The post's name."""


ChangeKind = Literal["established", "extended", "ended", "superseded"]


@dataclass(frozen=True)
class Change:
    """One zone's change between two tables, with what it added to or took from the map."""

    zone_id: str
    name: str
    kind: ChangeKind
    detail: str
    event: str | None = None
    governorates_added: tuple[str, ...] = ()
    governorates_dropped: tuple[str, ...] = ()
    area_change_km2: float = 0.0


@dataclass(frozen=True)
class ControlMove:
    """Land of a zone that was lost or came back between the two days."""

    zone_id: str
    zone_name: str
    change_id: str
    date: dt.date
    change: str  # "lost" or "returned"
    km2: float  # the land the change moved (not its whole area, if some was moved before)
    places: tuple[str, ...]
    event: str


@dataclass(frozen=True)
class HeldArea:
    """A zone's held area on each of the two days."""

    zone_id: str
    before_km2: float
    after_km2: float


@dataclass(frozen=True)
class Diff:
    """Everything that changed from one day (or round) to a later one."""

    before: str
    after: str
    before_day: dt.date
    after_day: dt.date
    changes: tuple[Change, ...]
    in_force: tuple[str, ...]
    governorates_added: tuple[str, ...]
    governorates_dropped: tuple[str, ...]
    area_in_force_km2: tuple[float, float]
    posts_established: tuple[PostLike, ...]
    posts_withdrawn: tuple[PostLike, ...]
    control: tuple[ControlMove, ...] = ()
    held: tuple[HeldArea, ...] = ()
    posts_encircled: tuple[PostLike, ...] = ()

    def lost_km2(self) -> float:
        """The land lost between the two days, all zones together (overlaps counted twice)."""
        return round(sum(m.km2 for m in self.control if m.change == "lost"), 1)

    def returned_km2(self) -> float:
        """The land that came back between the two days."""
        return round(sum(m.km2 for m in self.control if m.change == "returned"), 1)

    def summary_lines(self) -> list[str]:
        """The diff as lines of text, as ``zonemap diff`` prints it."""
        lines = [f"{self.before} ({self.before_day}) → {self.after} ({self.after_day})"]
        for change in self.changes:
            footprint = [f"+{p}" for p in change.governorates_added]
            footprint += [f"-{p}" for p in change.governorates_dropped]
            if change.area_change_km2:
                footprint.append(f"{change.area_change_km2:+,.1f} km²")
            extra = f" [{' '.join(footprint)}]" if footprint else ""
            lines.append(f"  {change.kind:<12} {change.zone_id:<26} {change.detail}{extra}")
        if not self.changes:
            lines.append("  no zone changed")
        lines.append(f"in force: {', '.join(self.in_force) or 'none'}")
        for label, pcodes in (
            ("governorates added", self.governorates_added),
            ("governorates dropped", self.governorates_dropped),
        ):
            if pcodes:
                lines.append(f"{label}: {', '.join(pcodes)}")
        old_area, new_area = self.area_in_force_km2
        lines.append(f"area in force: {old_area:,.1f} → {new_area:,.1f} km²")
        for label, posts in (
            ("posts established", self.posts_established),
            ("posts encircled", self.posts_encircled),
            ("posts withdrawn", self.posts_withdrawn),
        ):
            if posts:
                lines.append(f"{label}: {', '.join(p.id for p in posts)}")
        for held in self.held:
            lines.append(f"held {held.zone_id}: {held.before_km2:,.1f} → {held.after_km2:,.1f} km²")
        if self.control:
            lines.append(
                f"land lost: {self.lost_km2():,.1f} km², returned: {self.returned_km2():,.1f} km²"
            )
        for move in self.control:
            places = f" ({', '.join(move.places)})" if move.places else ""
            lines.append(
                f"  {move.date} {move.change:<8} {move.zone_id:<16} {move.km2:>8,.1f} km²"
                f"{places}: {move.event}"
            )
        return lines

    def to_json(self) -> DiffJson:
        """Return the diff as plain JSON values (``zonemap diff --json``)."""
        before_area, after_area = self.area_in_force_km2
        return {
            "schema_version": SCHEMA_VERSION,
            "before": {"ref": self.before, "as_of": self.before_day.isoformat()},
            "after": {"ref": self.after, "as_of": self.after_day.isoformat()},
            "changes": [
                {
                    "zone_id": c.zone_id,
                    "name": c.name,
                    "change": c.kind,
                    "detail": c.detail,
                    "event": c.event,
                    "governorates_added": list(c.governorates_added),
                    "governorates_dropped": list(c.governorates_dropped),
                    "area_change_km2": c.area_change_km2,
                }
                for c in self.changes
            ],
            "in_force": list(self.in_force),
            "governorates_added": list(self.governorates_added),
            "governorates_dropped": list(self.governorates_dropped),
            "area_in_force_km2": {
                "before": before_area,
                "after": after_area,
                "change": round(after_area - before_area, 1),
            },
            "posts_established": [p.id for p in self.posts_established],
            "posts_withdrawn": [p.id for p in self.posts_withdrawn],
            "posts_encircled": [p.id for p in self.posts_encircled],
            "held_km2": [
                {"zone_id": h.zone_id, "before": h.before_km2, "after": h.after_km2}
                for h in self.held
            ],
            "control": [
                {
                    "zone_id": m.zone_id,
                    "change_id": m.change_id,
                    "date": m.date.isoformat(),
                    "change": m.change,
                    "km2": m.km2,
                    "places": list(m.places),
                    "event": m.event,
                }
                for m in self.control
            ],
            "lost_km2": self.lost_km2(),
            "returned_km2": self.returned_km2(),
        }
