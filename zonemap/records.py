"""The catalogue's record types: rounds, zones, their parts and validity, posts, citations.

Pydantic models, frozen, that refuse unknown fields; each checks what it can on its own (dates
in order, an approximate part's justification). Cross-references between files are checked by
:mod:`zonemap.catalogue`. Knows no geometry, no YAML and no HTML.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "ALL_ZONES",
    "SLUG_PATTERN",
    "Document",
    "End",
    "Part",
    "Post",
    "Round",
    "RoundKind",
    "Source",
    "Statement",
    "Validity",
    "Zone",
    "ZoneKind",
]

#: The form of every id (rounds, zones, posts, documents): lower-case words joined by hyphens.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=64)]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
PCode = Annotated[str, Field(pattern=r"^SY(0[1-9]|1[0-4])$")]
RoundKind = Literal[
    "astana-round", "trilateral-summit", "ministerial-meeting", "bilateral-memorandum"
]
ZoneKind = Literal["de-escalation-zone", "demilitarised-zone", "security-corridor"]
Action = Literal["established", "restated", "extended", "delimited", "changed", "ended", "noted"]
ALL_ZONES = "all"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class Source(_Record):
    """A citation: which document, of what date, and where in it."""

    title: Text
    date: dt.date
    paragraph: Text
    publisher: Text | None = None
    url: Annotated[str, Field(pattern=r"^https?://\S+$")] | None = None

    def cite(self) -> str:
        """Return the citation as one line: title, date, paragraph."""
        by = f" ({self.publisher})" if self.publisher else ""
        return f"{self.title}{by}, {self.date.isoformat()}, {self.paragraph}"


class Document(_Record):
    """A document a round produced, referred to by its statements."""

    id: Slug
    title: Text
    date: dt.date
    publisher: Text | None = None
    url: Annotated[str, Field(pattern=r"^https?://\S+$")] | None = None


class Statement(_Record):
    """What a round said or decided about one zone (or all zones then in force)."""

    zone: Slug
    action: Action
    note: Text
    document: Slug
    paragraph: Text


class Round(_Record):
    """One meeting or instrument of the Astana format."""

    id: Slug
    name: Text
    kind: RoundKind
    start: dt.date
    end: dt.date
    city: Text
    participants: list[Text] = Field(min_length=1)
    observers: list[Text] = []
    summary: Text
    documents: list[Document] = Field(min_length=1)
    statements: list[Statement] = []

    @model_validator(mode="after")
    def _consistent(self) -> Round:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        ids = [d.id for d in self.documents]
        if len(ids) != len(set(ids)):
            raise ValueError("document ids repeat")
        for statement in self.statements:
            if statement.document not in ids:
                raise ValueError(
                    f"statement on {statement.zone!r} cites unknown document "
                    f"{statement.document!r} (known: {', '.join(ids)})"
                )
        return self

    def document(self, doc_id: str) -> Document:
        """Return the round's document with id ``doc_id``."""
        return next(d for d in self.documents if d.id == doc_id)

    def statements_about(self, zone_id: str) -> list[Statement]:
        """The statements the round made about one zone, including those about all zones."""
        return [s for s in self.statements if s.zone in (zone_id, ALL_ZONES)]


class Part(_Record):
    """The piece of one zone inside one governorate."""

    governorate: PCode
    precision: Literal["governorate", "approximate"]
    hull_of: list[Text] | None = Field(default=None, min_length=3)
    buffer_km: Annotated[float, Field(ge=0, le=50)] = 0.0
    outline: list[tuple[float, float]] | None = Field(default=None, min_length=3)
    justification: Text | None = None
    sources: list[Source] = []

    @model_validator(mode="after")
    def _extent_matches_precision(self) -> Part:
        extents = [e for e in (self.hull_of, self.outline) if e is not None]
        if self.precision == "governorate" and extents:
            raise ValueError("a whole-governorate part takes no hull_of or outline")
        if self.precision == "approximate":
            if len(extents) != 1:
                raise ValueError("an approximate part needs exactly one of hull_of or outline")
            if not self.justification or not self.sources:
                raise ValueError("an approximate part needs a justification and sources")
        for lon, lat in self.outline or ():
            if not (35.0 <= lon <= 43.0 and 32.0 <= lat <= 37.5):
                raise ValueError(f"outline point ({lon}, {lat}) lies outside Syria's extent")
        return self


class End(_Record):
    """How and when a zone stopped: de facto (an event) or de jure (an instrument)."""

    date: dt.date
    event: Text
    source: Source
    superseded_by: Slug | None = None


class Validity(_Record):
    """When a zone was established, its term and extensions, and when it ended."""

    established: dt.date
    established_by: Slug
    initial_months: Annotated[int, Field(ge=1, le=120)] | None = None
    extension_months: Annotated[int, Field(ge=1, le=120)] | None = None
    de_facto_end: End | None = None
    de_jure_end: End | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Validity:
        if self.extension_months is not None and self.initial_months is None:
            raise ValueError("extension_months needs initial_months")
        for label, end in (("de_facto_end", self.de_facto_end), ("de_jure_end", self.de_jure_end)):
            if end is not None and end.date <= self.established:
                raise ValueError(f"{label} {end.date} is not after established {self.established}")
        return self


class Zone(_Record):
    """A de-escalation zone or a later instrument's zone, with its geometry definition."""

    id: Slug
    number: Annotated[int, Field(ge=1, le=4)] | None = None
    kind: ZoneKind
    name: Text
    name_ar: Text
    aliases: list[Text] = []
    description: Text
    parts: list[Part] = Field(min_length=1)
    validity: Validity
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_part_per_governorate(self) -> Zone:
        codes = [p.governorate for p in self.parts]
        if len(codes) != len(set(codes)):
            raise ValueError(f"governorates repeat among parts: {', '.join(codes)}")
        return self

    @property
    def governorates(self) -> list[str]:
        """The P-codes of the governorates the zone lies in."""
        return [p.governorate for p in self.parts]

    @property
    def precision(self) -> str:
        """``governorate`` if every part is a whole governorate, else ``approximate``."""
        whole = all(p.precision == "governorate" for p in self.parts)
        return "governorate" if whole else "approximate"


class Post(_Record):
    """An observation post or control point, valid between two dates."""

    id: Slug
    name: Text
    kind: Literal["observation-post", "control-point"]
    operator: Text
    zone: Slug
    lon: Annotated[float, Field(ge=35.0, le=43.0)]
    lat: Annotated[float, Field(ge=32.0, le=37.5)]
    established: dt.date
    withdrawn: dt.date | None = None
    source: Source

    @model_validator(mode="after")
    def _ordered(self) -> Post:
        if self.withdrawn is not None and self.withdrawn <= self.established:
            raise ValueError(f"withdrawn {self.withdrawn} is not after established")
        return self
