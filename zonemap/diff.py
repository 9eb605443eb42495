"""What changed between two days or rounds: zones, governorates, area and observation posts.

Reads zone rows and posts through a :class:`DiffSource`: the atlas (rows from
:mod:`zonemap.tables`) or the query index (:mod:`zonemap.query_index`), one logic for both.
Used by ``zonemap diff``, by the "changes since the previous round" panel of every round map,
and by Python code; what it finds is typed in :mod:`zonemap.diff_results`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from .diff_results import Change, ChangeKind, ControlMove, Diff, HeldArea, PostLike
from .errors import UsageError
from .forms import DATE_RANGE
from .tables import posts_on, zone_records
from .validity import IN_FORCE

if TYPE_CHECKING:
    from .atlas import Atlas
    from .records import Post

__all__ = [
    "AtlasSource",
    "Change",
    "ControlMove",
    "Diff",
    "DiffSource",
    "HeldArea",
    "PostLike",
    "day_of",
    "diff",
    "diff_days",
    "diff_of",
    "diff_tables",
    "resolve_day",
]

Rows = Sequence[Mapping[str, Any]]  # zone rows of the export schema, one per zone


def _in_force(row: Mapping[str, Any] | None) -> bool:
    return row is not None and row["status"] in IN_FORCE


def _footprint(row: Mapping[str, Any] | None) -> tuple[set[str], float]:
    """The governorates and area a zone row puts on the map while it is in force."""
    if row is None or row["status"] not in IN_FORCE:
        return set(), 0.0
    return set(row["governorates"]), float(row["area_km2"])


def _change(previous: Mapping[str, Any] | None, row: Mapping[str, Any]) -> Change | None:
    was, now = _in_force(previous), _in_force(row)
    if now and previous is None:
        kind: ChangeKind = "established"
        detail = f"established {row['valid_from']}"
    elif not now and (was or previous is None):
        kind = "superseded" if row["status"] == "superseded" else "ended"
        came = f"established {row['valid_from']}, " if previous is None else ""
        detail = f"{came}{kind} {row['ended_on']}"
    elif now and previous is not None and row["extensions"] > previous["extensions"]:
        kind = "extended"
        detail = f"extension {row['extensions']}, to {row['period_end']}"
    else:
        return None
    old_pcodes, old_area = _footprint(previous)
    new_pcodes, new_area = _footprint(row)
    return Change(
        row["zone_id"],
        row["name"],
        kind,
        detail,
        event=row["event"] if not now else None,
        governorates_added=tuple(sorted(new_pcodes - old_pcodes)),
        governorates_dropped=tuple(sorted(old_pcodes - new_pcodes)),
        area_change_km2=round(new_area - old_area, 1),
    )


def diff_tables(before: Rows | None, after: Rows) -> list[Change]:
    """Return the changes from the ``before`` rows to the ``after`` rows, zone by zone.

    The rows are those of :func:`~zonemap.tables.zone_records` (or, for a zone table,
    :func:`~zonemap.tables.table_records`).
    ``before`` may be ``None`` (the first round): every zone in ``after`` is then new. A zone
    that was established and ended between the two days is reported as ended.
    """
    old = {} if before is None else {r["zone_id"]: r for r in before if r["extent"] == "agreed"}
    changes = (_change(old.get(row["zone_id"]), row) for row in after if row["extent"] == "agreed")
    return [c for c in changes if c is not None]


class DiffSource(Protocol):
    """What a diff reads: the rounds' last days, zone rows, posts, areas and control changes.

    The atlas is one (:class:`AtlasSource`); the plain index the query commands answer from
    (:class:`zonemap.query_index.QueryIndex`) is another.
    """

    def round_ends(self) -> dict[str, dt.date]:
        """Each round's last day by id, in the catalogue's order."""

    def zone_rows(self, day: dt.date) -> Rows:
        """The zone rows of ``day`` (:func:`~zonemap.tables.zone_records`; agreed ones at least)."""

    def posts(self) -> Sequence[PostLike]:
        """Every post, in the catalogue's order."""

    def manned(self, day: dt.date) -> set[str]:
        """The ids of the posts manned on ``day`` (:func:`~zonemap.tables.posts_on`)."""

    def encircled_between(self, first: dt.date, last: dt.date) -> list[PostLike]:
        """The posts encircled after ``first`` up to ``last``."""

    def area_km2(self, zone_ids: Iterable[str]) -> float:
        """The area these zones cover, overlaps counted once."""

    def held_km2(self, zone_id: str, day: dt.date) -> float:
        """A zone's held area on ``day``."""

    def moves(self, first: dt.date, last: dt.date) -> list[ControlMove]:
        """Every control change after ``first`` up to ``last``, zone by zone, in date order."""


class AtlasSource:
    """The atlas as a :class:`DiffSource`."""

    def __init__(self, atlas: Atlas):
        self.atlas = atlas

    def round_ends(self) -> dict[str, dt.date]:
        """Each round's last day by id, in the catalogue's order."""
        return {r.id: r.end for r in self.atlas.catalogue.rounds}

    def zone_rows(self, day: dt.date) -> Rows:
        """The zone rows of ``day``."""
        return zone_records(self.atlas, day)

    def posts(self) -> Sequence[Post]:
        """Every post, in the catalogue's order."""
        return self.atlas.catalogue.posts

    def manned(self, day: dt.date) -> set[str]:
        """The ids of the posts manned on ``day``."""
        return {p.id for p in posts_on(self.atlas, day)}

    def encircled_between(self, first: dt.date, last: dt.date) -> list[Post]:
        """The posts encircled after ``first`` up to ``last``."""
        return [
            p
            for p in self.atlas.catalogue.posts
            if p.encircled is not None and first < p.encircled.date <= last
        ]

    def area_km2(self, zone_ids: Iterable[str]) -> float:
        """The area these zones cover, overlaps counted once."""
        return self.atlas.area_km2(zone_ids)

    def held_km2(self, zone_id: str, day: dt.date) -> float:
        """A zone's held area on ``day``."""
        return self.atlas.held_on(zone_id, day).held_km2

    def moves(self, first: dt.date, last: dt.date) -> list[ControlMove]:
        """Every control change after ``first`` up to ``last``, zone by zone, in date order."""
        moves = []
        for zone in self.atlas.catalogue.zones:
            if zone.held_within:
                continue  # its land changed hands with the zone it lies in
            history = self.atlas.histories[zone.id]
            for change in history.changes_between(first, last):
                moves.append(
                    ControlMove(
                        zone.id,
                        zone.name,
                        change.id,
                        change.date,
                        change.change,
                        history.effects_km2.get(change.id, 0.0),
                        change.places,
                        change.event,
                    )
                )
        return moves


def resolve_day(atlas: Atlas, ref: str) -> dt.date:
    """Return the day a reference means: an ISO date, or a round id (its last day)."""
    return day_of(AtlasSource(atlas).round_ends(), ref)


def day_of(round_ends: Mapping[str, dt.date], ref: str) -> dt.date:
    """Return the day a reference means: an ISO date, or a round id of ``round_ends``."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref):
        try:
            day = dt.date.fromisoformat(ref)
        except ValueError as exc:
            raise UsageError(f"{ref!r} is not a valid date ({exc})") from None
        first, last = DATE_RANGE
        if not first <= day <= last:
            raise UsageError(f"{day} is outside the dates zonemap takes ({first} … {last})")
        return day
    if ref not in round_ends:
        from rapidfuzz import process  # only to suggest a name for a typo

        ids = list(round_ends)
        close = [m for m, _score, _i in process.extract(ref, ids, limit=3, score_cutoff=70)]
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UsageError(f"{ref!r} is neither a date (YYYY-MM-DD) nor a round id{hint}")
    return round_ends[ref]


def diff(atlas: Atlas, before: str, after: str) -> Diff:
    """Return what changed from ``before`` to ``after`` (round ids or ISO dates)."""
    return diff_of(AtlasSource(atlas), before, after)


def diff_of(source: DiffSource, before: str, after: str) -> Diff:
    """Return what changed from ``before`` to ``after`` in any :class:`DiffSource`."""
    round_ends = source.round_ends()
    first, last = day_of(round_ends, before), day_of(round_ends, after)
    if last < first:
        raise UsageError(
            f"{after} ({last}) is earlier than {before} ({first}); give the earlier one first"
        )
    return diff_days(source, first, last, before=before, after=after)


def diff_days(
    source: DiffSource,
    first: dt.date,
    last: dt.date,
    *,
    before: str,
    after: str,
    rows: tuple[Rows, Rows] | None = None,
) -> Diff:
    """Return what changed in ``source`` from day ``first`` to day ``last``.

    The diff is labelled ``before``/``after``; an atlas is a source as :class:`AtlasSource`.
    ``rows`` may pass the zone records of both days when the caller has them already.
    """
    old, new = rows or (source.zone_rows(first), source.zone_rows(last))
    live_old = [row for row in old if row["status"] in IN_FORCE and row["extent"] == "agreed"]
    live_new = [row for row in new if row["status"] in IN_FORCE and row["extent"] == "agreed"]
    pcodes_old = {p for row in live_old for p in row["governorates"]}
    pcodes_new = {p for row in live_new for p in row["governorates"]}
    held_old = [row["zone_id"] for row in live_old]
    held_new = [row["zone_id"] for row in live_new]
    posts_old = source.manned(first)
    posts_new = source.manned(last)
    posts = source.posts()
    return Diff(
        before=before,
        after=after,
        before_day=first,
        after_day=last,
        changes=tuple(diff_tables(old, new)),
        in_force=tuple(row["zone_id"] for row in live_new),
        governorates_added=tuple(sorted(pcodes_new - pcodes_old)),
        governorates_dropped=tuple(sorted(pcodes_old - pcodes_new)),
        area_in_force_km2=(
            source.area_km2(row["zone_id"] for row in live_old),
            source.area_km2(row["zone_id"] for row in live_new),
        ),
        posts_established=tuple(p for p in posts if p.id in posts_new - posts_old),
        posts_withdrawn=tuple(p for p in posts if p.id in posts_old - posts_new),
        control=tuple(source.moves(first, last)),
        held=tuple(
            HeldArea(
                zone_id,
                source.held_km2(zone_id, first) if zone_id in held_old else 0.0,
                source.held_km2(zone_id, last) if zone_id in held_new else 0.0,
            )
            for zone_id in dict.fromkeys([*held_old, *held_new])
        ),
        posts_encircled=tuple(source.encircled_between(first, last)),
    )
