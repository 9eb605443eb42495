"""Read the meeting a text reports: its kind, round number, city, dates and who took part.

Each step takes the cut-up :class:`~zonemap.statements.text.Text` and returns facts; none
depends on another's result.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass

from . import vocabulary as vocab
from .records import Fact
from .text import DateMention, Text, date_mentions

__all__ = ["read_city", "read_dates", "read_kind", "read_parties", "read_round_number"]


@dataclass(frozen=True)
class _Tally:
    """The value most votes named, where it was first named, and its margin."""

    value: Hashable
    match: re.Match[str]
    top: int
    runner_up: int


def _tally(votes: Iterable[tuple[Hashable, int, re.Match[str]]]) -> _Tally | None:
    """Add up weighted votes for values; ties go to the value named first."""
    scores: Counter[Hashable] = Counter()
    first_hit: dict[Hashable, re.Match[str]] = {}
    for value, weight, match in votes:
        scores[value] += weight
        first_hit.setdefault(value, match)
    if not scores:
        return None
    (best, top), *rest = scores.most_common()
    return _Tally(best, first_hit[best], top, rest[0][1] if rest else 0)


def read_kind(text: Text) -> list[Fact]:
    """The kind of meeting: an Astana round, a summit, a ministers' meeting, a memorandum."""

    def votes() -> Iterator[tuple[Hashable, int, re.Match[str]]]:
        iran = re.search(r"\bIran", text.text)
        for kind, weight, pattern in vocab.KIND_PATTERNS:
            if kind == "trilateral-summit" and not iran:
                continue  # a summit of Russia and Turkey alone signs a bilateral instrument
            for m in pattern.finditer(text.text):
                yield kind, weight, m

    tally = _tally(votes())
    if tally is None:
        return []
    confidence = 0.9 if tally.top >= 2 * tally.runner_up else 0.6
    m = tally.match
    return [Fact("kind", tally.value, text.evidence(m.start(), m.end(), confidence))]


def read_round_number(text: Text) -> list[Fact]:
    """The round's number ("the sixth round", "Astana-12")."""

    def votes() -> Iterator[tuple[Hashable, int, re.Match[str]]]:
        for pattern in vocab.ROUND_NUMBER:
            for m in pattern.finditer(text.text):
                groups = m.groupdict()
                if groups.get("ord"):
                    word = groups["ord"].lower()
                    number = vocab.ORDINALS.get(word) or int(re.sub(r"\D", "", word))
                else:
                    number = int(groups.get("num") or groups.get("num2"))
                yield number, 1, m

    tally = _tally(votes())
    if tally is None:
        return []
    confidence = 0.9 if tally.top > tally.runner_up else 0.5
    m = tally.match
    return [Fact("round_number", tally.value, text.evidence(m.start(), m.end(), confidence))]


def read_city(text: Text) -> list[Fact]:
    """The city the meeting was held in."""

    def votes() -> Iterator[tuple[Hashable, int, re.Match[str]]]:
        for weight, pattern in vocab.CITY_PATTERNS:
            for m in pattern.finditer(text.text):
                city = next(c for c in vocab.CITIES if c.lower() == m.group("city").lower())
                yield city, weight, m

    tally = _tally(votes())
    if tally is None:
        return []
    confidence = 0.9 if tally.top > tally.runner_up else 0.5
    m = tally.match
    return [Fact("city", tally.value, text.evidence(m.start("city"), m.end("city"), confidence))]


def _meeting_date_score(text: Text, d: DateMention) -> int:
    """How strongly a date's surroundings say it is the meeting's date."""
    line_start = text.text.rfind("\n", 0, d.start) + 1
    line_end = text.text.find("\n", d.end)
    line = text.text[line_start : line_end if line_end >= 0 else len(text.text)]
    before = text.text[max(line_start, d.start - 60) : d.start]
    score = 0
    if line.strip() == text.text[d.start : d.end].strip():
        score += 3  # a date standing on its own line heads the statement
    if d.start - line_start < 40 and re.search(r"^\s*[A-Z]{3,}[^\n]{0,6}$", before):
        score += 3  # the dateline of a news report: "ASTANA, March 16."
    if vocab.MEETING_WORDS.search(before):
        score += 2
    if vocab.NOT_THE_MEETING.search(before):
        score -= 4
    return score


def read_dates(text: Text) -> list[Fact]:
    """The meeting's first and last day, the year inferred when the text leaves it out."""
    mentions = date_mentions(text.text)
    latest_full = max((d.last for d in mentions if d.has_year), default=None)
    scored = [(score, d) for d in mentions if (score := _meeting_date_score(text, d)) >= 2]
    if not scored:
        return []
    best = max(score for score, _ in scored)
    chosen = next(d for score, d in scored if score == best)
    first, last, confidence = chosen.first, chosen.last, 0.9
    if not chosen.has_year:
        first, last, confidence = _infer_year(text, chosen, latest_full)
    return [
        Fact("start", first, text.evidence(chosen.start, chosen.end, confidence)),
        Fact("end", last, text.evidence(chosen.start, chosen.end, confidence)),
    ]


def _infer_year(
    text: Text, mention: DateMention, latest: dt.date | None
) -> tuple[dt.date, dt.date, float]:
    """Give a date without its year the year that fits the text.

    That is the year of the latest dated event in the text, or the next one, checked against
    a weekday named nearby ("on Friday").
    """
    if latest is None:
        return mention.first, mention.last, 0.0
    years = [latest.year, latest.year + 1]
    if mention.first.replace(year=latest.year) < latest:
        years.reverse()
    # The weekday, if any, is in the dateline's sentence or the one after it.
    index = next(i for i, s in enumerate(text.sentences) if s.start <= mention.start < s.end)
    nearby = " ".join(s.text for s in text.sentences[index : index + 2])
    weekday = vocab.WEEKDAY.search(nearby)
    for year in years:
        first = mention.first.replace(year=year)
        if weekday and calendar.day_name[first.weekday()] == weekday.group(1):
            return first, mention.last.replace(year=year), 0.8
    return mention.first.replace(year=years[0]), mention.last.replace(year=years[0]), 0.6


def read_parties(text: Text) -> list[Fact]:
    """Who took part: the guarantors wherever named.

    Syrian parties and observers count only where the text says who attended: a UN resolution
    does not make the UN an observer.
    """
    facts = []
    for name, pattern in vocab.GUARANTORS:
        m = pattern.search(text.text)
        if m:
            facts.append(Fact("participant", name, text.evidence(m.start(), m.end(), 0.8)))
    for sentence in text.sentences:
        if not vocab.ATTENDANCE.search(sentence.text):
            continue
        for fact, patterns in (
            ("participant", vocab.SYRIAN_PARTIES),
            ("observer", vocab.OBSERVERS),
        ):
            for name, pattern in patterns:
                m = pattern.search(sentence.text)
                if m:
                    start = sentence.start + m.start()
                    evidence = text.evidence(start, start + len(m.group()), 0.75)
                    facts.append(Fact(fact, name, evidence))
    return facts
