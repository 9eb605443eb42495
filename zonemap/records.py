"""The catalogue's record types: rounds, zones, their parts and validity, posts, citations.

Pydantic models, frozen, that refuse unknown fields; each checks what it can on its own (dates
in order, an approximate part's justification). Cross-references between files are checked by
:mod:`zonemap.catalogue`. Knows no geometry, no YAML and no HTML.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from .forms import ALL_ZONES, DATE_RANGE, SLUG_LENGTH, SLUG_PATTERN

__all__ = [
    "ALL_ZONES",
    "DATE_RANGE",
    "SLUG_PATTERN",
    "Band",
    "ControlChange",
    "Day",
    "Document",
    "End",
    "Part",
    "Post",
    "PostEvent",
    "Round",
    "RoundKind",
    "Source",
    "Statement",
    "Validity",
    "Zone",
    "ZoneKind",
]


def _written_date(value: object) -> object:
    """Refuse anything but a date written YYYY-MM-DD: pydantic would read 0 as 1970-01-01."""
    if isinstance(value, dt.date) or (
        isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    ):
        return value
    what = "the number " if isinstance(value, int | float) and not isinstance(value, bool) else ""
    raise ValueError(f"Input should be a valid date written YYYY-MM-DD, not {what}{value!r}")


def _in_range(day: dt.date) -> dt.date:
    first, last = DATE_RANGE
    if not first <= day <= last:
        raise ValueError(f"{day} is outside the dates zonemap takes ({first} … {last})")
    return day


#: A day of the catalogue: written YYYY-MM-DD, within :data:`DATE_RANGE`.
Day = Annotated[dt.date, BeforeValidator(_written_date), AfterValidator(_in_range)]

Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=SLUG_LENGTH)]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
PCode = Annotated[str, Field(pattern=r"^SY(0[1-9]|1[0-4])$")]
RoundKind = Literal[
    "astana-round", "trilateral-summit", "ministerial-meeting", "bilateral-memorandum"
]
ZoneKind = Literal["de-escalation-zone", "demilitarised-zone", "security-corridor"]
Action = Literal["established", "restated", "extended", "delimited", "changed", "ended", "noted"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False, defer_build=True)


class Source(_Record):
    """A citation: which document, of what date, and where in it."""

    title: Text
    date: Day
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
    date: Day
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
    start: Day
    end: Day
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


LonLat = tuple[float, float]


def _check_outline(outline: list[LonLat] | None) -> None:
    for lon, lat in outline or ():
        if not (35.0 <= lon <= 43.0 and 32.0 <= lat <= 37.5):
            raise ValueError(f"outline point ({lon}, {lat}) lies outside Syria's extent")


class Band(_Record):
    """A band inside another zone's held extent along its line of contact on one day.

    The government-held side is Syria less the other zone's held extent and less
    ``not_facing``, an outline of land held by third parties, which the band does not face.
    """

    of: Slug
    front_on: Day  # the day whose line of contact the band follows
    depth_km: Annotated[float, Field(gt=0, le=50)]
    not_facing: list[LonLat] | None = Field(default=None, min_length=3)  # an outline

    @model_validator(mode="after")
    def _outline_in_syria(self) -> Band:
        _check_outline(self.not_facing)
        return self


class Part(_Record):
    """The piece of one zone inside one governorate.

    An approximate part's extent is one of: an ``outline`` (lon/lat), the buffered convex
    hull of gazetteer places (``hull_of``), a road or line through places buffered on each
    side (``line_of``), or a ``band`` along another zone's line of contact.
    """

    governorate: PCode
    precision: Literal["governorate", "approximate"]
    hull_of: list[Text] | None = Field(default=None, min_length=3)
    line_of: list[Text] | None = Field(default=None, min_length=2)
    buffer_km: Annotated[float, Field(ge=0, le=50)] = 0.0
    outline: list[LonLat] | None = Field(default=None, min_length=3)
    band: Band | None = None
    justification: Text | None = None
    sources: list[Source] = []

    @model_validator(mode="after")
    def _extent_matches_precision(self) -> Part:
        extents = [e for e in (self.hull_of, self.line_of, self.outline, self.band) if e]
        if self.precision == "governorate" and extents:
            raise ValueError("a whole-governorate part takes no hull_of, line_of, outline or band")
        if self.precision == "approximate":
            if len(extents) != 1:
                raise ValueError(
                    "an approximate part needs exactly one of hull_of, line_of, outline or band"
                )
            if not self.justification or not self.sources:
                raise ValueError("an approximate part needs a justification and sources")
        if self.line_of and not self.buffer_km:
            raise ValueError("line_of needs buffer_km, the distance each side of the line")
        _check_outline(self.outline)
        return self


class ControlChange(_Record):
    """Land of a zone that left the opposition-held area on a day, or came back to it.

    The area is an ``outline`` (lon/lat), a buffered hull of gazetteer places (``hull_of``),
    or the land nearest the named places among the zone's places (``cells_of``: the front is
    put midway between neighbouring places held by different sides).
    """

    id: Slug
    date: Day
    change: Literal["lost", "returned"]
    cells_of: list[Text] | None = Field(default=None, min_length=1)
    hull_of: list[Text] | None = Field(default=None, min_length=1)
    buffer_km: Annotated[float, Field(ge=0, le=50)] = 0.0
    outline: list[LonLat] | None = Field(default=None, min_length=3)
    event: Text
    date_note: Text | None = None
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_area(self) -> ControlChange:
        areas = [a for a in (self.cells_of, self.hull_of, self.outline) if a]
        if len(areas) != 1:
            raise ValueError("a control change needs exactly one of cells_of, hull_of or outline")
        if self.hull_of and len(self.hull_of) < 3 and not self.buffer_km:
            raise ValueError("a hull of fewer than three places needs buffer_km")
        _check_outline(self.outline)
        return self

    @property
    def places(self) -> list[str]:
        """The places the change names (none for an outline)."""
        return list(self.cells_of or self.hull_of or ())


class End(_Record):
    """How and when a zone stopped: de facto (an event) or de jure (an instrument)."""

    date: Day
    event: Text
    source: Source
    superseded_by: Slug | None = None


class Validity(_Record):
    """When a zone was established, its term and extensions, and when it ended."""

    established: Day
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
    """A de-escalation zone or a later instrument's zone, with its geometry definition.

    ``parts`` give the agreed extent; ``control`` the dated changes of the opposition-held
    area inside it. A zone drawn inside another (the Sochi band, the M4 corridor) names it in
    ``held_within``: its held extent is its agreed extent within the other's held extent.
    """

    id: Slug
    number: Annotated[int, Field(ge=1, le=4)] | None = None
    kind: ZoneKind
    name: Text
    name_ar: Text
    aliases: list[Text] = []
    description: Text
    parts: list[Part] = Field(min_length=1)
    held_within: Slug | None = None
    control: list[ControlChange] = []
    validity: Validity
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Zone:
        codes = [p.governorate for p in self.parts]
        if len(codes) != len(set(codes)):
            raise ValueError(f"governorates repeat among parts: {', '.join(codes)}")
        ids = [c.id for c in self.control]
        if len(ids) != len(set(ids)):
            raise ValueError("control change ids repeat")
        if self.control and self.held_within:
            raise ValueError("a zone held within another takes its control changes from it")
        for change in self.control:
            if change.date < self.validity.established:
                raise ValueError(
                    f"control change {change.id} on {change.date} is before the zone was "
                    f"established ({self.validity.established})"
                )
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


class PostEvent(_Record):
    """A dated turn in an observation post's life (encircled, withdrawn), with its source."""

    date: Day
    source: Source


class Post(_Record):
    """An observation post or control point: where it stood and what became of it."""

    id: Slug
    name: Text
    kind: Literal["observation-post", "control-point"]
    operator: Text
    zone: Slug
    lon: Annotated[float, Field(ge=35.0, le=43.0)]
    lat: Annotated[float, Field(ge=32.0, le=37.5)]
    position: Text
    approximate: bool
    established: Day
    encircled: PostEvent | None = None
    withdrawn: PostEvent | None = None
    source: Source

    @model_validator(mode="after")
    def _ordered(self) -> Post:
        for label, event in (("encircled", self.encircled), ("withdrawn", self.withdrawn)):
            if event is not None and event.date <= self.established:
                raise ValueError(f"{label} {event.date} is not after established")
        if self.encircled and self.withdrawn and self.withdrawn.date < self.encircled.date:
            raise ValueError("withdrawn before it was encircled")
        return self

    def state_on(self, day: dt.date) -> str:
        """``standing``, ``encircled`` or ``withdrawn`` on ``day``; ``planned`` before it."""
        if day < self.established:
            return "planned"
        if self.withdrawn is not None and day >= self.withdrawn.date:
            return "withdrawn"
        if self.encircled is not None and day >= self.encircled.date:
            return "encircled"
        return "standing"
