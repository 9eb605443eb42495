"""A statement's text cut up for reading: sentences, numbered paragraphs, name patterns."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from .records import Evidence

__all__ = ["WINDOW", "Sentence", "Text", "name_pattern"]

# How far before a word the reader looks for what qualifies it ("the next meeting ... in"):
# a sentence's own words, but never more, so that a text without full stops reads in linear time.
WINDOW = 600

_SENTENCE_END = re.compile(r"(?<=[.;!?])[\"'”»]?\s+(?=[\"'“«(]?[A-Z0-9])|\n+")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]\s")
_NUMBER_ONLY = re.compile(r"(?<!\s)\s*\d{1,2}\s*[.)]")


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

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the character at ``offset``."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0 or offset >= self.sentences[index].end:
            return None
        return self.sentences[index]

    def lead_to(self, sentence: Sentence, offset: int) -> str:
        """The sentence's text before ``offset``, at most :data:`WINDOW` characters of it."""
        return self.text[max(sentence.start, offset - WINDOW) : offset]

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


# What stands for a space or hyphen, and for an apostrophe, in a name. Written as alternatives
# rather than as one class ("[\s\-‐–]+"): Python's compiler takes far longer over a class that
# holds a character beyond Latin-1, and these come once for every space in some 240 names. The
# "(?i:...)" stops the parser from folding the alternatives back into a class.
_SPACE = r"(?:[\s\-]|\u2010|(?i:\u2013))+"
_APOSTROPHE = r"(?:['`]|\u2019|(?i:\u02bc))?"


def name_pattern(names: list[str]) -> re.Pattern[str]:
    """One pattern for many names, tolerant of case, hyphens, spaces and apostrophes."""

    def one(name: str) -> str:
        out = []
        for ch in name:
            if ch in " -\u2010\u2013":
                out.append(_SPACE)
            elif ch in "'\u2019`\u02bc":
                out.append(_APOSTROPHE)
            else:
                out.append(re.escape(ch))
        return "".join(out)

    alternation = "|".join(one(n) for n in names if len(n) > 2)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
