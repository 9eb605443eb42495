"""Read and check the YAML zone catalogue into typed rounds, zones and posts.

Knows no geometry and no HTML: place names stay names here and are resolved later by the
gazetteer. Every problem becomes a :class:`~zonemap.errors.CatalogueError` naming the file
and the entry.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import CatalogueError
from .paths import catalogue_dir

__all__ = [
    "Catalogue",
    "Document",
    "End",
    "Part",
    "Post",
    "Round",
    "Source",
    "Statement",
    "Validity",
    "Zone",
    "load_catalogue",
]

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]
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


@dataclass(frozen=True)
class Catalogue:
    """The whole checked catalogue, rounds in date order."""

    rounds: tuple[Round, ...]
    zones: tuple[Zone, ...]
    posts: tuple[Post, ...]
    folder: Path

    @cached_property
    def _rounds_by_id(self) -> dict[str, Round]:
        return {item.id: item for item in self.rounds}

    def round(self, round_id: str) -> Round:
        """Return the round with id ``round_id``."""
        if round_id in self._rounds_by_id:
            return self._rounds_by_id[round_id]
        raise CatalogueError(
            f"unknown round {round_id!r}; rounds run {self.rounds[0].id} … {self.rounds[-1].id}",
            file=self.folder / "rounds.yaml",
        )

    def zone(self, zone_id: str) -> Zone:
        """Return the zone with id ``zone_id``."""
        for item in self.zones:
            if item.id == zone_id:
                return item
        known = ", ".join(z.id for z in self.zones)
        raise CatalogueError(f"unknown zone {zone_id!r} (known: {known})")

    @property
    def horizon(self) -> dt.date:
        """The last day the catalogue speaks of (the end of its last round)."""
        return max(r.end for r in self.rounds)


_M = TypeVar("_M", bound=BaseModel)


class _TextDatesLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader (libyaml's when present: ten times faster) that leaves dates as text.

    Validation then parses them, so a bad date such as 2017-05-40 is reported with its entry,
    not as a failure of the whole file.
    """


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_yaml(path: Path, key: str) -> list[object]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogueError("file not found", file=path) from None
    except UnicodeDecodeError as exc:
        raise CatalogueError(f"not UTF-8 text (byte {exc.start})", file=path) from None
    try:
        data = yaml.load(text, Loader=_TextDatesLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise CatalogueError(f"{line}{problem}", file=path) from None
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise CatalogueError(f"expected a top-level '{key}:' list", file=path)
    return data[key]


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    loc = ".".join(str(part) for part in first["loc"])
    message = re.sub(r"^Value error, ", "", first["msg"])
    return f"{loc}: {message}" if loc else message


def _parse(model: type[_M], items: list[object], path: Path, label: str) -> list[_M]:
    records: list[_M] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        item_id = item.get("id") if isinstance(item, dict) else None
        entry = f"{label} {item_id}" if isinstance(item_id, str) else f"{label} #{index + 1}"
        if not isinstance(item, dict):
            raise CatalogueError("expected a mapping of fields", file=path, entry=entry)
        try:
            record = model.model_validate(item)
        except ValidationError as exc:
            raise CatalogueError(_describe(exc), file=path, entry=entry) from None
        if item_id in seen:
            raise CatalogueError("id appears twice", file=path, entry=entry)
        seen.add(str(item_id))
        records.append(record)
    if not records:
        raise CatalogueError(f"no {label} entries", file=path)
    return records


def _check_references(
    rounds: list[Round], zones: list[Zone], posts: list[Post], folder: Path
) -> None:
    zone_ids = {z.id for z in zones}
    round_ids = {r.id for r in rounds}

    def fail(file: str, entry: str, message: str) -> None:
        raise CatalogueError(message, file=folder / file, entry=entry)

    for item in rounds:
        for statement in item.statements:
            if statement.zone != ALL_ZONES and statement.zone not in zone_ids:
                fail(
                    "rounds.yaml",
                    f"round {item.id}",
                    f"statement on unknown zone "
                    f"{statement.zone!r} (known: {', '.join(sorted(zone_ids))}, all)",
                )
    _check_round_order(rounds, folder)
    for zone in zones:
        validity = zone.validity
        if validity.established_by not in round_ids:
            fail(
                "zones.yaml",
                f"zone {zone.id}",
                f"established_by names unknown round {validity.established_by!r}",
            )
        successor = validity.de_jure_end.superseded_by if validity.de_jure_end else None
        if successor is not None:
            if successor not in zone_ids or successor == zone.id:
                fail(
                    "zones.yaml",
                    f"zone {zone.id}",
                    f"superseded_by names unknown zone {successor!r}",
                )
            later = next(z for z in zones if z.id == successor)
            if later.validity.established > validity.de_jure_end.date:  # type: ignore[union-attr]
                fail(
                    "zones.yaml",
                    f"zone {zone.id}",
                    f"superseded on {validity.de_jure_end.date} by {successor!r}, "  # type: ignore[union-attr]
                    f"which is only established on {later.validity.established}",
                )
    for post in posts:
        if post.zone not in zone_ids:
            fail("posts.yaml", f"post {post.id}", f"unknown zone {post.zone!r}")


def _check_round_order(rounds: list[Round], folder: Path) -> None:
    """Numbered Astana rounds must follow one another in time without overlapping."""
    numbered = sorted(
        (r for r in rounds if re.fullmatch(r"astana-\d+", r.id)),
        key=lambda r: int(r.id.split("-")[1]),
    )
    for a, b in itertools.pairwise(numbered):
        if b.start <= a.end:
            raise CatalogueError(
                f"starts {b.start}, not after {a.id} ends {a.end} (rounds overlap)",
                file=folder / "rounds.yaml",
                entry=f"round {b.id}",
            )


def _sorted_rounds(rounds: Iterable[Round]) -> tuple[Round, ...]:
    return tuple(sorted(rounds, key=lambda r: (r.end, r.start, r.id)))


def load_catalogue(folder: Path | str | None = None) -> Catalogue:
    """Read and check ``rounds.yaml``, ``zones.yaml`` and ``posts.yaml`` from ``folder``.

    Parameters
    ----------
    folder
        A catalogue folder; the one shipped with zonemap when omitted.

    Raises
    ------
    CatalogueError
        On the first problem, naming the file and the entry.
    """
    folder = Path(folder) if folder is not None else catalogue_dir()
    if not folder.is_dir():
        raise CatalogueError("catalogue folder not found", file=folder)
    rounds = _parse(
        Round, _read_yaml(folder / "rounds.yaml", "rounds"), folder / "rounds.yaml", "round"
    )
    zones = _parse(Zone, _read_yaml(folder / "zones.yaml", "zones"), folder / "zones.yaml", "zone")
    posts = _parse(Post, _read_yaml(folder / "posts.yaml", "posts"), folder / "posts.yaml", "post")
    _check_references(rounds, zones, posts, folder)
    return Catalogue(_sorted_rounds(rounds), tuple(zones), tuple(posts), folder)
