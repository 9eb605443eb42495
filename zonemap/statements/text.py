"""A statement's text cut up for reading: sentences, numbered paragraphs, dates, name patterns."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import vocabulary as vocab
from .records import Evidence

__all__ = ["DateMention", "Sentence", "Text", "date_mentions", "name_pattern"]

_SENTENCE_END = re.compile(r"(?<=[.;!?])[\"'”»]?\s+(?=[\"'“«(]?[A-Z0-9])|\n+")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]\s")
_NUMBER_ONLY = re.compile(r"\s*\d{1,2}\s*[.)]")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its offsets in the text, its text, and its numbered paragraph if any."""

    start: int
    end: int
    text: str
    paragraph: str | None


def _sentences(text: str) -> tuple[Sentence, ...]:
    """Split into sentences; numbered paragraphs ("5. Allocate ...") give their number."""
    chunks: list[tuple[int, int]] = []
    start = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        if chunks and _NUMBER_ONLY.fullmatch(text[chunks[-1][0] : chunks[-1][1]]):
            chunks[-1] = (chunks[-1][0], end)  # "5." was split from its paragraph's text
        elif text[start:end].strip():
            chunks.append((start, end))
        if match is None:
            break
        start = match.end()
    sentences: list[Sentence] = []
    paragraph: str | None = None
    for start, end in chunks:
        if start == 0 or text[start - 1] == "\n":
            numbered = _NUMBERED.match(text[start:end])
            paragraph = f"para {numbered.group(1)}" if numbered else None
        sentences.append(Sentence(start, end, text[start:end], paragraph))
    return tuple(sentences)


@dataclass(frozen=True)
class Text:
    """A statement's text and its sentences, which every reading step takes as input."""

    text: str
    sentences: tuple[Sentence, ...]

    @classmethod
    def of(cls, text: str) -> Text:
        """Cut ``text`` into sentences."""
        return cls(text, _sentences(text))

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the character at ``offset``."""
        return next((s for s in self.sentences if s.start <= offset < s.end), None)

    def evidence(self, start: int, end: int, confidence: float) -> Evidence:
        """The evidence of a fact read at ``start``–``end``."""
        sentence = self.sentence_at(start)
        return Evidence(
            phrase=" ".join(self.text[start:end].split()),
            start=start,
            end=end,
            confidence=round(confidence, 2),
            paragraph=sentence.paragraph if sentence else None,
        )


def name_pattern(names: list[str]) -> re.Pattern[str]:
    """One pattern for many names, tolerant of case, hyphens, spaces and apostrophes."""

    def one(name: str) -> str:
        out = []
        for ch in name:
            if ch in " -‐–":
                out.append(r"[\s\-‐–]+")
            elif ch in "'’`ʼ":
                out.append(r"['’`ʼ]?")
            else:
                out.append(re.escape(ch))
        return "".join(out)

    alternation = "|".join(one(n) for n in names if len(n) > 2)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def _date(day: int, month: str, year: int) -> dt.date | None:
    try:
        return dt.date(year, vocab.MONTHS[month.lower()], day)
    except ValueError:
        return None


@dataclass(frozen=True)
class DateMention:
    """A day or a range of days named in the text, with or without its year."""

    first: dt.date
    last: dt.date
    start: int
    end: int
    has_year: bool


def date_mentions(text: str) -> list[DateMention]:
    """Every date or date range in ``text``, in order (a missing year reads as 2000)."""
    found: dict[int, DateMention] = {}
    for pattern in (vocab.DAY_MONTH_YEAR, vocab.MONTH_DAY_YEAR):
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found.values()):
                continue
            year = int(m.group("y")) if m.group("y") else 2000  # placeholder year, see has_year
            first = _date(int(m.group("d1")), m.group("m"), year)
            last = _date(int(m.group("d2") or m.group("d1")), m.group("m"), year)
            if first is None or last is None or last < first:
                continue
            found[m.start()] = DateMention(first, last, m.start(), m.end(), bool(m.group("y")))
    return [found[k] for k in sorted(found)]
