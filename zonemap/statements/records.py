"""What the statement reader finds, as small typed records: facts, zones, evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "CONFIDENT",
    "Evidence",
    "Extraction",
    "Fact",
    "IgnoredPlace",
    "UncertainZone",
    "ZoneMention",
]

CONFIDENT = 0.7  # below this a fact is reported as uncertain and left out of the draft


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the phrase, its character offsets and a confidence (0–1)."""

    phrase: str
    start: int
    end: int
    confidence: float
    paragraph: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the evidence as plain JSON values."""
        return {
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
            "paragraph": self.paragraph,
        }


@dataclass(frozen=True)
class Fact:
    """One fact about the meeting or the zones' validity."""

    name: str
    value: Any
    evidence: Evidence
    inferred: str | None = None  # how the value goes beyond the phrase, for the reader to check

    @property
    def is_confident(self) -> bool:
        """True when the fact is sure enough to go into the draft."""
        return self.evidence.confidence >= CONFIDENT


@dataclass(frozen=True)
class ZoneMention:
    """A zone the text speaks of, with the governorates it names for it."""

    zone_id: str
    governorates: tuple[str, ...]
    action: str
    evidence: Evidence


@dataclass(frozen=True)
class UncertainZone:
    """A governorate named in a zone sentence that could belong to more than one zone."""

    candidates: tuple[str, ...]
    governorates: tuple[str, ...]
    action: str
    evidence: Evidence


@dataclass(frozen=True)
class IgnoredPlace:
    """A place the text names that was not taken as a zone, and why."""

    name: str
    reason: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything read from one text."""

    facts: tuple[Fact, ...]
    zones: tuple[ZoneMention, ...]
    uncertain: tuple[Fact | UncertainZone, ...]
    ignored: tuple[IgnoredPlace, ...]

    @property
    def reports_meeting(self) -> bool:
        """Whether the text reports a meeting: its kind, its round number, or a day and a city."""
        return any(self.fact(name) for name in ("kind", "round_number")) or bool(
            self.fact("start") and self.fact("city")
        )

    def fact(self, name: str) -> Fact | None:
        """Return the confident fact called ``name``, if any."""
        return next((f for f in self.facts if f.name == name), None)

    def facts_named(self, name: str) -> list[Fact]:
        """Return every confident fact called ``name``."""
        return [f for f in self.facts if f.name == name]
