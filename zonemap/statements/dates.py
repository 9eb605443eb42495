"""Read the meeting's first and last day, with or without the year the text leaves out.

Every day and range of days in the text is found ("14-15 September 2017", "December 21-22",
"21 and 22 December", "Sept. 16, 2017", "19 July2022", "23.04.2020"), then scored by what
surrounds it: a date the meeting is said to be held on scores high, the next meeting's date,
an earlier event's or a page's "updated" stamp low. A missing year comes from the text's own
dated events, its dateline or page date, a weekday ("on Tuesday" before a page date), or the
meeting's place in the catalogue's known sequence; the last also completes a range the text
gives only one end of.

The days are found by the patterns in ``vocabulary`` rather than a general date parser: those
read "December 21-22" as 21 December 1922 and split "July 4-5" into two dates, and ranges are
what meeting reports give most.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..forms import DATE_RANGE
from . import meeting_vocabulary as vocab
from .known import KnownCatalogue, KnownRound
from .records import Fact
from .text import Text

__all__ = ["DateMention", "date_mentions", "known_round", "named_at", "read_dates"]

_HEADER_LINES = 4  # a page date or dateline stands in the first lines of a page ...
_HEADER_CHARS = 600  # ... and its first characters
# A date is the page's own on a short line ("Updated: ..."), or a few characters into a longer
# one ("No: 396, 22 December 2017, Press Release ...", "Sept. 16, 2017 (EIRNS)—The ...").
_STAMP_LENGTH = 60
_STAMP_LEAD = 12


@dataclass(frozen=True)
class DateMention:
    """A day or a range of days named in the text, with or without its year."""

    first: dt.date
    last: dt.date
    start: int
    end: int
    has_year: bool


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _date(day: int, month: str, year: int) -> dt.date | None:
    try:
        return dt.date(year, vocab.MONTHS[month.lower().rstrip(".")], day)
    except (ValueError, KeyError):
        return None


def _takes(first: dt.date, last: dt.date) -> bool:
    """Whether the catalogue takes these days: no meeting's day lies outside its range."""
    return DATE_RANGE[0] <= first and last <= DATE_RANGE[1]


def date_mentions(text: str) -> list[DateMention]:
    """Every date or date range in ``text``, in order (a missing year reads as 2000)."""
    found: dict[int, DateMention] = {}
    taken = bytearray(len(text))  # characters already read as part of a date
    for m in [*vocab.ISO_DATE.finditer(text), *vocab.NUMERIC_DATE.finditer(text)]:
        try:
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        taken[m.start() : m.end()] = b"\1" * (m.end() - m.start())
        if _takes(day, day):
            found[m.start()] = DateMention(day, day, m.start(), m.end(), True)
    for pattern in (vocab.DAY_MONTH_YEAR, vocab.MONTH_DAY_YEAR):
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            year = int(m.group("y")) if m.group("y") else 2000  # placeholder, see has_year
            first = _date(_day(m.group("d1")), m.group("m"), year)
            last = _date(_day(m.group("d2") or m.group("d1")), m.group("m"), year)
            if first is None or last is None or last < first or not _takes(first, last):
                continue
            found[m.start()] = DateMention(first, last, m.start(), m.end(), bool(m.group("y")))
            taken[m.start() : m.end()] = b"\1" * (m.end() - m.start())
    return [found[k] for k in sorted(found)]


def named_at(text: str, day: dt.date) -> list[int]:
    """Where ``text`` names ``day`` (with or without its year), as offsets."""
    return [
        m.start
        for m in date_mentions(text)
        if m.first.month == day.month
        and m.first.day <= day.day <= m.last.day
        and (not m.has_year or m.first.year == day.year)
    ]


def _years(text: Text, mentions: list[DateMention]) -> set[int]:
    """The years the text names, in full dates or as "February 2020"."""
    named = {m.first.year for m in mentions if m.has_year}
    return named | {int(m.group("y")) for m in vocab.MONTH_YEAR.finditer(text.text)}


def _header_end(text: str) -> int:
    """The offset where the page's first lines (headline, dateline, stamps) end."""
    offset = 0
    for _ in range(_HEADER_LINES):
        found = text.find("\n", offset, _HEADER_CHARS)
        if found < 0:
            return min(len(text), _HEADER_CHARS)
        offset = found + 1
        while offset < len(text) and text[offset] == "\n":
            offset += 1
    return min(offset, _HEADER_CHARS)


def _page_date(
    text: Text, mentions: list[DateMention], catalogue: KnownCatalogue, kind: str | None
) -> DateMention | None:
    """The page's own date: a date among its first lines that no meeting word leads to.

    A dateline's date ("ASTANA, March 16.") may leave out the year, which the text's other
    dates or the known sequence then give.
    """
    header = _header_end(text.text)
    years = _years(text, mentions)
    for mention in mentions:
        if mention.start >= header:
            break
        line_start = text.text.rfind("\n", 0, mention.start) + 1
        before = text.text[line_start : mention.start]
        dateline = vocab.DATELINE_CITY.fullmatch(before)
        line_end = text.text.find("\n", mention.end, mention.end + _STAMP_LENGTH + 1)
        line = text.text[
            line_start : line_end if line_end >= 0 else mention.end + _STAMP_LENGTH + 1
        ]
        stamp = len(line) <= _STAMP_LENGTH or (
            len(before) <= _STAMP_LEAD and not re.search(r"\b(?:on|of|from)\s*$", before, re.I)
        )
        if vocab.MEETING_HELD.search(before) or not (dateline or stamp):
            continue  # a sentence of the text, not a stamp or dateline
        if mention.has_year:
            return mention
        if dateline:
            year, _ = _year_for(mention, None, years, catalogue, kind)
            return _with_year(mention, year) if year else None
    return None


def _score(text: Text, mention: DateMention, kind: str | None) -> int:
    """How strongly a date's surroundings say it is a meeting's date."""
    sentence = text.sentence_at(mention.start)
    if sentence is None:
        return 0
    before = text.text[max(sentence.start, mention.start - 80) : mention.start]
    after = text.text[mention.end : min(sentence.end, mention.end + 40)]
    score = 0
    if vocab.MEETING_HELD.search(before) or vocab.MEETING_HELD.search(after):
        score += 3
    if re.search(r"\b(?:on|of|from|between)\s*$", before, re.I):
        score += 1
    if vocab.OTHER_EVENT.search(before):
        score -= 5
    if kind != "bilateral-memorandum" and vocab.RECALLED_INSTRUMENT.search(before):
        score -= 5
    if vocab.NOT_A_MEETING.search(before + after):
        score -= 3
    return score


def _candidates(
    text: Text,
    mentions: list[DateMention],
    page: DateMention | None,
    kind: str | None,
    by_number: KnownRound | None,
) -> tuple[list[DateMention], list[DateMention]]:
    """The dates that may be the meeting's, best first.

    First those of the reported meeting, then those of the next one (the meeting a preview
    reports).
    """
    reported: list[tuple[int, DateMention]] = []
    coming: list[tuple[int, DateMention]] = []
    for mention in mentions:
        if page is not None and mention.start == page.start:
            continue
        score = _score(text, mention, kind)
        if by_number is not None:
            year = by_number.start.year
            within = by_number.start <= _with_year(mention, year).first <= by_number.end
            score += 4 if within else -4
        if score < 2:  # no more than "on" before it: no word of a meeting, not the round's days
            continue
        sentence = text.sentence_at(mention.start)
        lead = text.lead_to(sentence, mention.start) if sentence else ""
        (coming if vocab.NEXT_MEETING.search(lead) else reported).append((score, mention))
    return (
        [m for _, m in sorted(reported, key=lambda item: (-item[0], item[1].start))],
        [m for _, m in sorted(coming, key=lambda item: (-item[0], item[1].start))],
    )


def known_round(
    catalogue: KnownCatalogue,
    *,
    kind: str | None,
    number: int | None,
    days: list[DateMention],
) -> KnownRound | None:
    """The catalogue round the text reports, if its facts point at exactly one."""
    rounds = [r for r in catalogue.rounds if kind is None or r.kind == kind]
    if kind == "astana-round" and number is not None:
        by_number = [r for r in rounds if r.id == f"astana-{number}"]
        if by_number:
            return by_number[0]
    for mention in days:
        if mention.has_year:
            hits = [r for r in rounds if r.start <= mention.first and mention.last <= r.end]
        else:
            hits = [
                r
                for r in rounds
                if (r.start.month, r.start.day) == (mention.first.month, mention.first.day)
                or (r.end.month, r.end.day) == (mention.last.month, mention.last.day)
            ]
        if len(hits) == 1:
            return hits[0]
    return None


def read_dates(
    text: Text, catalogue: KnownCatalogue, *, kind: str | None, number: int | None
) -> list[Fact]:
    """The meeting's first and last day, as facts (confidence lower where inferred)."""
    mentions = date_mentions(text.text)
    page = _page_date(text, mentions, catalogue, kind)
    by_number = known_round(catalogue, kind=kind, number=number, days=[]) if number else None
    reported, coming = _candidates(text, mentions, page, kind, by_number)
    years = _years(text, mentions) | ({page.first.year} if page else set())
    first = last = None
    confidence, why = 0.7, []
    chosen = reported[0] if reported else None
    if chosen is None:
        first, how = _day_from_page(text, page)
        last = first
        why += [how] if how else []
        if first is None and coming:
            chosen = coming[0]  # a preview: the next meeting is the one it reports
    if chosen is not None:
        year, how = (
            (chosen.first.year, None)
            if chosen.has_year
            else _year_for(chosen, page, years, catalogue, kind)
        )
        if year is not None:
            dated = _with_year(chosen, year)
            first, last = dated.first, dated.last
            confidence = 0.9 if chosen.has_year else 0.8
            why += [how] if how else []
    known = by_number or known_round(
        catalogue,
        kind=kind,
        number=None,
        days=[DateMention(first, last, 0, 0, True)] if first else [],
    )
    if (
        known is not None
        and first is not None
        and first == last
        and known.start <= first <= known.end
        and known.start != known.end
    ):
        why.append(
            f"the text gives one day ({first.isoformat()}) of {known.id}, which the catalogue "
            f"has from {known.start.isoformat()} to {known.end.isoformat()}"
        )
        first, last, confidence = known.start, known.end, min(confidence, 0.7)
    if first is None or last is None or not _takes(first, last):
        return []
    where = chosen or page
    start, end = (where.start, where.end) if where else (0, 0)
    evidence = text.evidence(start, end, confidence)
    inferred = "; ".join(why) or None
    return [Fact("start", first, evidence, inferred), Fact("end", last, evidence, inferred)]


def _with_year(mention: DateMention, year: int) -> DateMention:
    try:
        first, last = mention.first.replace(year=year), mention.last.replace(year=year)
    except ValueError:  # 29 February in a year without it
        return mention
    return DateMention(first, last, mention.start, mention.end, True)


def _day_from_page(text: Text, page: DateMention | None) -> tuple[dt.date | None, str | None]:
    """The meeting's day from the page's date.

    A weekday the meeting is said to be held on counts back from the page's date, or forward
    when the text speaks of it to come ("will gather in Tehran on Friday"); then "yesterday",
    "today"; then the date of a dateline or of a statement that dates itself on a line of its
    own, which is the day it tells of. A stamp such as "Updated: ..." is not.
    """
    if page is None:
        return None, None
    stamp = page.first.isoformat()
    weekday = _meeting_weekday(text)
    if weekday is not None:
        target = list(calendar.day_name).index(weekday.group(1))
        sentence = text.sentence_at(weekday.start())
        if sentence is not None and vocab.FUTURE.search(sentence.text):
            day = page.first + dt.timedelta(days=(target - page.first.weekday()) % 7)
            return day, f"the day is the {weekday.group(1)} on or after the page's date ({stamp})"
        day = page.first - dt.timedelta(days=(page.first.weekday() - target) % 7)
        return day, f"the day is the {weekday.group(1)} on or before the page's date ({stamp})"
    if vocab.YESTERDAY.search(text.text):
        return page.first - dt.timedelta(days=1), f"'yesterday' from the page's date ({stamp})"
    if vocab.TODAY.search(text.text):
        return page.first, f"'today' is the page's date ({stamp})"
    line_start = text.text.rfind("\n", 0, page.start) + 1
    before = text.text[line_start : page.start]
    if vocab.DATELINE_CITY.fullmatch(before) or not before.strip():
        # "SOCHI, 17 September 2018." or a statement's own date line: the day it tells of
        return page.first, f"the day is the one the page is dated ({stamp})"
    return None, None


def _meeting_weekday(text: Text) -> re.Match[str] | None:
    """The weekday the meeting is said to be on: in a sentence with a word of meeting if any."""
    weekdays = list(vocab.WEEKDAY.finditer(text.text))
    for m in weekdays:
        sentence = text.sentence_at(m.start())
        if sentence is not None and vocab.MEETING_HELD.search(sentence.text):
            return m
    return weekdays[0] if weekdays else None


def _year_for(
    mention: DateMention,
    page: DateMention | None,
    years: set[int],
    catalogue: KnownCatalogue,
    kind: str | None,
) -> tuple[int | None, str | None]:
    """The year of a date the text gives without one, and where it came from."""
    known = known_round(catalogue, kind=kind, number=None, days=[mention])
    if known is not None:
        return known.start.year, f"no year in the text: {known.id} of the catalogue fits the day"
    if page is not None:
        year = page.first.year
        # A page dated early in the year reports a meeting late in the year before.
        if mention.first.replace(year=year) > page.first + dt.timedelta(60):
            year -= 1
        return year, f"no year in the text: taken from the page's date ({page.first.isoformat()})"
    if years:
        return max(years), "no year in the text: taken from the latest year it names"
    return None, None
