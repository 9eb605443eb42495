"""Pure date logic: when a zone starts, runs its term, is extended, ends or is replaced.

The Memorandum of 4 May 2017 (para 3 of the Astana-6 joint statement restates it) made the
zones a temporary measure of initially six months, extended automatically by consensus of the
guarantors. So a zone's life is a sequence of terms counted from its establishment, cut short
by a de facto end (an offensive) or a de jure end (a later instrument).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from dateutil.relativedelta import relativedelta

if TYPE_CHECKING:
    from .records import End, Validity

__all__ = ["IN_FORCE", "Ending", "Period", "Status", "StatusName", "Terms", "periods", "status_on"]

StatusName = Literal[
    "not-yet-established", "initial-period", "extended", "in-force", "ended", "superseded"
]
IN_FORCE: frozenset[str] = frozenset({"initial-period", "extended", "in-force"})


@dataclass(frozen=True)
class Ending:
    """A zone's end, as the date logic reads it (:class:`~zonemap.records.End`)."""

    date: dt.date
    event: str
    superseded_by: str | None = None


@dataclass(frozen=True)
class Terms:
    """A zone's validity as plain values: what the date logic reads of a :class:`Validity`.

    Kept where pydantic's records would cost more to load than the answer takes
    (:mod:`zonemap.query_index`); every function here takes either.
    """

    established: dt.date
    initial_months: int | None
    extension_months: int | None
    de_facto_end: Ending | None
    de_jure_end: Ending | None

    @classmethod
    def of(cls, validity: Validity) -> Terms:
        """The plain copy of a zone's validity."""

        def ending(end: End | None) -> Ending | None:
            return Ending(end.date, end.event, end.superseded_by) if end is not None else None

        return cls(
            validity.established,
            validity.initial_months,
            validity.extension_months,
            ending(validity.de_facto_end),
            ending(validity.de_jure_end),
        )


@dataclass(frozen=True)
class Status:
    """A zone's standing on one day."""

    state: StatusName
    day: dt.date
    established: dt.date
    extensions: int = 0
    period_end: dt.date | None = None
    ended_on: dt.date | None = None
    event: str | None = None
    superseded_by: str | None = None

    @property
    def is_in_force(self) -> bool:
        """True while the zone applies (in its first term, extended, or open-ended)."""
        return self.state in IN_FORCE


@dataclass(frozen=True)
class Period:
    """One stretch of a zone's life with the same status, ``last`` day included."""

    state: StatusName
    first: dt.date
    last: dt.date | None
    extensions: int


def _term_start(validity: Validity | Terms, n: int) -> dt.date:
    """First day of term ``n`` (0 = the initial period), counted from establishment.

    Each boundary is computed from the establishment date rather than from the previous
    boundary, so a zone set up on 31 August runs to 28 February and then to 31 August again
    instead of drifting to the 28th for good.
    """
    if n == 0:
        return validity.established
    months = (validity.initial_months or 0) + (n - 1) * (validity.extension_months or 0)
    return validity.established + relativedelta(months=months)


def _end(validity: Validity | Terms) -> tuple[dt.date, StatusName, str, str | None] | None:
    """The earliest end of the zone: (first day no longer valid, state, event, successor)."""
    ends = []
    if validity.de_facto_end is not None:
        ends.append((validity.de_facto_end.date, "ended", validity.de_facto_end.event, None))
    if validity.de_jure_end is not None:
        end = validity.de_jure_end
        state = "superseded" if end.superseded_by else "ended"
        ends.append((end.date, state, end.event, end.superseded_by))
    return min(ends, key=lambda e: e[0]) if ends else None  # type: ignore[return-value]


def status_on(validity: Validity | Terms, day: dt.date) -> Status:
    """Return the zone's status on ``day``.

    Examples
    --------
    >>> import datetime as dt
    >>> from zonemap.records import Validity
    >>> v = Validity(established=dt.date(2017, 5, 4), established_by="astana-4",
    ...              initial_months=6, extension_months=6)
    >>> status_on(v, dt.date(2017, 11, 3)).state
    'initial-period'
    >>> s = status_on(v, dt.date(2017, 11, 4))
    >>> s.state, s.extensions, s.period_end
    ('extended', 1, datetime.date(2018, 5, 3))
    """
    if day < validity.established:
        return Status("not-yet-established", day, validity.established)
    end = _end(validity)
    if end is not None and day >= end[0]:
        return Status(
            end[1],
            day,
            validity.established,
            extensions=_extensions_before(validity, end[0]),
            ended_on=end[0],
            event=end[2],
            superseded_by=end[3],
        )
    if validity.initial_months is None:
        return Status("in-force", day, validity.established)
    n = _extensions_before(validity, day + dt.timedelta(days=1))
    period_end = _term_start(validity, n + 1) - dt.timedelta(days=1)
    if validity.extension_months is None and day > period_end:
        return Status(
            "ended",
            day,
            validity.established,
            ended_on=period_end + dt.timedelta(days=1),
            event="its term ran out without extension",
        )
    state: StatusName = "initial-period" if n == 0 else "extended"
    return Status(state, day, validity.established, extensions=n, period_end=period_end)


def _extensions_before(validity: Validity | Terms, day: dt.date) -> int:
    """How many terms after the first had begun before ``day``."""
    if validity.initial_months is None or validity.extension_months is None:
        return 0
    # Estimate from the whole months elapsed, then settle on the exact count either way: a
    # zone extended for decades costs a step or two here, not one step per term.
    elapsed = relativedelta(day, validity.established)
    months = elapsed.years * 12 + elapsed.months - validity.initial_months
    n = max(0, months // validity.extension_months + 1)
    while n > 0 and _term_start(validity, n) >= day:
        n -= 1
    while _term_start(validity, n + 1) < day:
        n += 1
    return n


def periods(validity: Validity | Terms, horizon: dt.date) -> Iterator[Period]:
    """Yield the in-force periods of a zone, then its end, up to ``horizon``.

    Terms are cut at the zone's end; the last in-force period stays open (``last`` None) when
    the zone had not ended by ``horizon``.
    """
    end = _end(validity)
    stop = end[0] if end is not None else None
    if validity.initial_months is None:
        yield Period(
            "in-force", validity.established, stop - dt.timedelta(days=1) if stop else None, 0
        )
    else:
        n = 0
        while True:
            first = _term_start(validity, n)
            next_start = _term_start(validity, n + 1)
            last = next_start - dt.timedelta(days=1)
            if stop is not None and stop <= next_start:
                yield Period(
                    "initial-period" if n == 0 else "extended",
                    first,
                    stop - dt.timedelta(days=1),
                    n,
                )
                break
            if validity.extension_months is None:
                yield Period("initial-period", first, last, 0)
                stop = next_start
                end = (stop, "ended", "its term ran out without extension", None)
                break
            if stop is None and next_start > horizon:
                yield Period("initial-period" if n == 0 else "extended", first, None, n)
                return
            yield Period("initial-period" if n == 0 else "extended", first, last, n)
            n += 1
    if end is not None and stop is not None:
        yield Period(end[1], stop, None, 0)
