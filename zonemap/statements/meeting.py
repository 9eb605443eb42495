"""Read the meeting a text reports: its kind, round number, city and who took part.

Each step takes the cut-up :class:`~zonemap.statements.text.Text` and returns facts; the city
also takes where in the text the meeting's date was read (see :mod:`.dates`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Iterator
from dataclasses import dataclass

from . import meeting_vocabulary as vocab
from .records import Fact
from .text import WINDOW, Text

__all__ = ["read_city", "read_kind", "read_parties", "read_round_number"]


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


_LEAD_SENTENCES = 3


def read_kind(text: Text) -> list[Fact]:
    """The kind of meeting: an Astana round, a summit, a ministers' meeting, a memorandum."""
    # The headline and the first sentences say what the text is about; later ones may tell
    # of other meetings, so a kind named there counts twice.
    lead_end = (
        text.sentences[min(_LEAD_SENTENCES, len(text.sentences)) - 1].end if text.sentences else 0
    )

    def votes() -> Iterator[tuple[Hashable, int, re.Match[str]]]:
        iran = re.search(r"\bIran\b", text.text)  # a party; "Iranian" officers are not
        for kind, weight, pattern in vocab.KIND_PATTERNS:
            if kind == "trilateral-summit" and not iran:
                continue  # a summit of Russia and Turkey alone signs a bilateral instrument
            if kind == "bilateral-memorandum" and weight == 3 and iran:
                continue  # the three guarantors signing is an Astana round's memorandum
            for m in pattern.finditer(text.text):
                if not vocab.OTHER_KIND.search(text.text[max(0, m.start() - 40) : m.start()]):
                    yield kind, weight * (2 if m.start() < lead_end else 1), m

    tally = _tally(votes())
    if tally is None:
        return []
    confidence = 0.9 if tally.top >= 2 * tally.runner_up else 0.6
    m = tally.match
    return [Fact("kind", tally.value, text.evidence(m.start(), m.end(), confidence))]


def read_round_number(text: Text) -> list[Fact]:
    """The round's number ("the sixth round", "Astana-12"), not the next one's or another body's."""

    def votes() -> Iterator[tuple[Hashable, int, re.Match[str]]]:
        for pattern in vocab.ROUND_NUMBER:
            for m in pattern.finditer(text.text):
                before = text.text[max(0, m.start() - 40) : m.start()]
                after = text.text[m.end() - len(m.group().split()[-1]) - 1 : m.end() + 30]
                if vocab.OTHER_ROUND.search(before) or vocab.OTHER_BODY.search(after):
                    continue
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


def _city_score(text: Text, m: re.Match[str], meeting_at: Collection[int], kind: str | None) -> int:
    """How strongly a city's surroundings say the reported meeting was held there."""
    sentence = text.sentence_at(m.start())
    if sentence is None:
        return 0
    before = text.text[max(sentence.start, m.start() - 80) : m.start()]
    lead = text.lead_to(sentence, m.start())
    after = text.text[m.end() : min(sentence.end, m.end() + WINDOW)]
    score = 0
    if vocab.HELD_IN.search(before) or vocab.HOSTED.match(after):
        score += 4
    in_date_sentence = any(sentence.start <= at < sentence.end for at in meeting_at)
    if in_date_sentence:
        score += 3  # the sentence that gives the meeting's date
    # A preview reports the next meeting: its sentence is the one the meeting's date is in.
    coming = vocab.UPCOMING.search(lead) or vocab.NEXT_MEETING.search(lead)
    if vocab.ELSEWHERE.search(lead) or (coming and not in_date_sentence):
        score -= 5
    if vocab.FORMAT_NAME.match(after):
        score -= 5  # "Astana format", "Astana talks": the format, wherever it met
    if kind != "bilateral-memorandum" and vocab.RECALLED_INSTRUMENT.search(before):
        score -= 5  # where an earlier instrument was signed
    line_start = text.text.rfind("\n", 0, m.start()) + 1
    if not text.text[line_start : m.start()].strip() and re.match(r"\s*[,:(–—-]", after):
        score -= 5  # a dateline: where the agency filed, not where the meeting was
    return score


# Astana was called Nur-Sultan from 20 March 2019 to 17 September 2022.
_NUR_SULTAN = (dt.date(2019, 3, 20), dt.date(2022, 9, 17))


def read_city(
    text: Text, meeting_at: Collection[int], day: dt.date | None, kind: str | None
) -> list[Fact]:
    """The city the meeting was held in ("videoconference" for one held remotely).

    ``meeting_at`` holds the offsets where the text names the meeting's day, whose sentence usually
    says where it was held too, and ``day`` the meeting's first day, which names Kazakhstan's
    capital, and ``kind`` the meeting's kind. A news agency's dateline, the format's name
    ("Astana talks") or where an earlier instrument was signed is not the city.
    """
    best: tuple[int, str, int, int] | None = None
    if day is not None:
        capital = "Nur-Sultan" if _NUR_SULTAN[0] <= day < _NUR_SULTAN[1] else "Astana"
        for m in vocab.KAZAKH_CAPITAL.finditer(text.text):
            score = _city_score(text, m, meeting_at, kind)
            if score >= 4 and (best is None or score > best[0]):
                best = (score, capital, m.start(), m.end())
    for m in vocab.CITY_NAMES.finditer(text.text):
        score = _city_score(text, m, meeting_at, kind)
        city = next(c for c in vocab.CITIES if c.lower() == m.group("city").lower())
        if score > 0 and (best is None or score > best[0]):
            best = (score, city, m.start("city"), m.end("city"))
    for m in vocab.REMOTE.finditer(text.text):
        sentence = text.sentence_at(m.start())
        if sentence and vocab.MEETING_HELD.search(sentence.text) and (best is None or best[0] < 4):
            best = (4, "videoconference", m.start(), m.end())
            break
    if best is None:
        return []
    score, city, start, end = best
    return [Fact("city", city, text.evidence(start, end, 0.9 if score >= 4 else 0.6))]


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
        attended = bool(vocab.ATTENDANCE.search(sentence.text))
        for fact, patterns, said in (
            (
                "participant",
                vocab.SYRIAN_PARTIES,
                attended or vocab.DELEGATIONS.search(sentence.text),
            ),
            ("observer", vocab.OBSERVERS, attended),
        ):
            if not said:
                continue
            for name, pattern in patterns:
                m = pattern.search(sentence.text)
                if m:
                    start = sentence.start + m.start()
                    evidence = text.evidence(start, start + len(m.group()), 0.75)
                    facts.append(Fact(fact, name, evidence))
    return facts
