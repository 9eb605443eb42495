"""Read the YAML catalogue files into one checked :class:`Catalogue`.

Each file is parsed into the record types of :mod:`zonemap.records`; then references between
files (zones of statements, rounds that establish zones, successors, posts' zones) are
checked. Place names stay names here and are resolved later by the gazetteer. Every problem
becomes a :class:`~zonemap.errors.CatalogueError` naming the file and the entry.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import CatalogueError
from .limits import CATALOGUE_FILE_LIMIT, YAML_DEPTH_LIMIT, read_bounded
from .metadata import CatalogueMetadata
from .paths import catalogue_dir
from .records import ALL_ZONES, Post, Round, Zone

__all__ = ["FILES", "Catalogue", "describe", "load_catalogue", "read_yaml"]


@dataclass(frozen=True)
class Catalogue:
    """The whole checked catalogue, rounds in date order, and its statement about itself."""

    rounds: tuple[Round, ...]
    zones: tuple[Zone, ...]
    posts: tuple[Post, ...]
    folder: Path
    metadata: CatalogueMetadata

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
    not as a failure of the whole file. A key given twice in one mapping is refused: PyYAML
    would silently keep the last value.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[object] = set()
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # "<<:" merges a mapping in, whose keys may be overridden
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, Hashable) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} appears twice in one mapping", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_OPENING = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSING = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _check_depth(text: str, path: Path) -> None:
    """Refuse nesting deeper than :data:`~zonemap.limits.YAML_DEPTH_LIMIT`.

    Composing a document recurses once per level, and libyaml's composer crashes the process
    some thousands of levels down; the parser's events come one by one, so they are counted
    first, at a third of the cost of loading.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_TextDatesLoader):
        if isinstance(event, _OPENING):
            depth += 1
            if depth > YAML_DEPTH_LIMIT:
                line = event.start_mark.line + 1
                raise CatalogueError(
                    f"line {line}: nested more than {YAML_DEPTH_LIMIT} levels deep", file=path
                )
        elif isinstance(event, _CLOSING):
            depth -= 1


def read_yaml(path: Path) -> object:
    """Read a YAML file with dates kept as text, or raise a one-line :class:`CatalogueError`.

    The file must be a regular file of at most :data:`~zonemap.limits.CATALOGUE_FILE_LIMIT`
    bytes, nested at most :data:`~zonemap.limits.YAML_DEPTH_LIMIT` levels, with no key twice
    in a mapping and no control characters.
    """
    data = read_bounded(path, CATALOGUE_FILE_LIMIT, CatalogueError)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogueError(f"not UTF-8 text (byte {exc.start})", file=path) from None
    try:
        _check_depth(text, path)
        return yaml.load(text, Loader=_TextDatesLoader)
    except yaml.reader.ReaderError as exc:
        # Raised for a control character; it knows the offset only, not the line.
        line = text.count("\n", 0, exc.position) + 1
        raise CatalogueError(
            f"line {line}: control character #x{exc.character:04x} is not allowed", file=path
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise CatalogueError(f"{line}{problem}", file=path) from None


def _read_yaml(path: Path, key: str) -> list[object]:
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise CatalogueError(f"expected a top-level '{key}:' list", file=path)
    return data[key]


def describe(error: ValidationError) -> str:
    """The first problem of a validation error, as one line: where, then what."""
    first = error.errors()[0]
    loc = ".".join(str(part) for part in first["loc"])
    message = re.sub(r"^Value error, ", "", first["msg"])
    return f"{loc}: {message}" if loc else message


def _printable(item_id: object) -> bool:
    """Whether an id, valid or not, can name its entry in a message (short, one line)."""
    return isinstance(item_id, str) and len(item_id) <= 64 and item_id.isprintable()


def _parse(model: type[_M], items: list[object], path: Path, label: str) -> list[_M]:
    records: list[_M] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        item_id = item.get("id") if isinstance(item, dict) else None
        entry = f"{label} {item_id}" if _printable(item_id) else f"{label} #{index + 1}"
        if not isinstance(item, dict):
            raise CatalogueError("expected a mapping of fields", file=path, entry=entry)
        try:
            record = model.model_validate(item)
        except ValidationError as exc:
            raise CatalogueError(describe(exc), file=path, entry=entry) from None
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
    established = {z.id: z.validity.established for z in zones}
    for item in rounds:
        for statement in item.statements:
            day = established.get(statement.zone)
            if statement.action != "established" and day is not None and item.end < day:
                fail(
                    "rounds.yaml",
                    f"round {item.id}",
                    f"speaks of zone {statement.zone} before it was established ({day})",
                )
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
            if successor == zone.id:
                fail("zones.yaml", f"zone {zone.id}", "superseded_by names the zone itself")
            if successor not in zone_ids:
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


#: The files of a catalogue folder, each with its top-level key.
FILES: dict[str, str] = {
    "metadata.yaml": "metadata",
    "rounds.yaml": "rounds",
    "zones.yaml": "zones",
    "posts.yaml": "posts",
}


def _read_metadata(path: Path) -> CatalogueMetadata:
    if not path.exists() and not path.is_symlink():
        raise CatalogueError(
            "file not found; a catalogue states its title, version, last update, licence "
            "and citation there (see the catalogue README)",
            file=path,
        )
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("metadata"), dict):
        raise CatalogueError("expected a top-level 'metadata:' mapping", file=path)
    if len(data) > 1:
        other = next(key for key in data if key != "metadata")
        raise CatalogueError(f"unexpected top-level key {str(other)!r}", file=path)
    try:
        return CatalogueMetadata.model_validate(data["metadata"])
    except ValidationError as exc:
        raise CatalogueError(describe(exc), file=path, entry="metadata") from None


def load_catalogue(folder: Path | str | None = None) -> Catalogue:
    """Read and check the catalogue files (:data:`FILES`) from ``folder``.

    ``metadata.yaml`` states the catalogue's title, version, last-updated day, licence and
    citation; ``rounds.yaml``, ``zones.yaml`` and ``posts.yaml`` hold its entries.

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
    stray = sorted(
        p.name for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.name not in FILES
    )
    if stray:
        # A file the catalogue does not read is a mistake (a misnamed file, a left-over copy):
        # it would change the build's fingerprint but none of its maps.
        raise CatalogueError(
            f"{stray[0]} is not a catalogue file (the catalogue is {', '.join(FILES)})",
            file=folder,
        )
    metadata = _read_metadata(folder / "metadata.yaml")
    rounds = _parse(
        Round, _read_yaml(folder / "rounds.yaml", "rounds"), folder / "rounds.yaml", "round"
    )
    zones = _parse(Zone, _read_yaml(folder / "zones.yaml", "zones"), folder / "zones.yaml", "zone")
    posts = _parse(Post, _read_yaml(folder / "posts.yaml", "posts"), folder / "posts.yaml", "post")
    _check_references(rounds, zones, posts, folder)
    return Catalogue(_sorted_rounds(rounds), tuple(zones), tuple(posts), folder, metadata)
