"""Re-render only the pages an edit of a round's own text has changed.

Most catalogue edits (dates, statements, zones, posts, documents, the metadata) change what
many outputs show, and the build renders everything again. A round's summary, participants
and observers are shown on that round's page alone, in one fragment (:mod:`.page_text`), so an
edit of them needs that fragment only. A build records the digest of its inputs without that
text (their *structure*), the digest of each round's text and where each page holds its
fragment. A later build of the same structure, whose outputs are all still those the record
lists, sets each edited round's new fragment in the place of the old one
(:func:`spliced_outputs`) and takes every other output as it is: no map, no atlas. When every
input but ``rounds.yaml`` is the same, byte for byte, as the last build's, that build reads
``rounds.yaml`` alone (:func:`text_edit`). Failing that (a page changed by hand, an output
missing) it renders what it must from the build's shared context (atlas, display geometry,
shared scripts: most of a build's work), kept in the user's cache under the structure's
digest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..catalogue import Catalogue, read_yaml
from ..errors import CatalogueError
from ..inputs import catalogue_files, digest_files
from ..records import Round
from .freshness import unchanged_output
from .page_text import ROUND_PAGE_TEXT, page_text, text_span

if TYPE_CHECKING:
    from .context import BuildContext  # the page code: imported only by a build that renders

__all__ = [
    "ROUND_PAGE_TEXT",
    "Spliced",
    "Structure",
    "reusable_outputs",
    "shared_context",
    "spliced_outputs",
    "structure_of",
    "text_edit",
]

_ROUNDS_FILE = "rounds.yaml"


@dataclass(frozen=True)
class Structure:
    """A build's inputs but the rounds' page text (``key``), and that text (``pages``).

    ``pages`` maps each round id to the digest of its :data:`ROUND_PAGE_TEXT`. ``rounds``
    digests the rounds without that text and ``beside_rounds`` every input but the rounds'
    file, byte for byte: when both are those of the last build, the catalogue differs from
    its in the rounds' text at most (see :func:`text_edit`).
    """

    key: str
    pages: dict[str, str]
    rounds: str
    beside_rounds: str

    def facts(self, rounds: Iterable[Round], outputs: Mapping[str, bytes]) -> dict[str, Any]:
        """What the build's record keeps, for the next build to compare and splice.

        With the digests, where each round page among ``outputs`` holds the text of its
        round (see :func:`.text_span`).
        """
        spans = {}
        for round_ in rounds:
            page = outputs.get(f"{round_.id}.html")
            if page is not None and (span := text_span(page, round_)) is not None:
                spans[round_.id] = list(span)
        return {
            "structure": self.key,
            "pages": dict(sorted(self.pages.items())),
            "texts": dict(sorted(spans.items())),
            "rounds": self.rounds,
            "beside_rounds": self.beside_rounds,
        }


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _without_text(rounds: Iterable[Round]) -> list[Any]:
    """The rounds but their page text, in id order (a round twice stays twice)."""
    records = (r.model_dump(mode="json", exclude=set(ROUND_PAGE_TEXT)) for r in rounds)
    return sorted(records, key=lambda record: record["id"])


def _page_digests(rounds: Iterable[Round]) -> dict[str, str]:
    return {r.id: _digest(r.model_dump(mode="json", include=set(ROUND_PAGE_TEXT))) for r in rounds}


def _beside_rounds(folder: Path, others: str) -> str:
    """A digest of ``others`` and of every file of the catalogue ``folder`` but its rounds."""
    digest = hashlib.sha256(others.encode())
    digest_files(digest, (p for p in catalogue_files(folder) if p != folder / _ROUNDS_FILE))
    return digest.hexdigest()


def structure_of(catalogue: Catalogue, others: str) -> Structure:
    """The structure of a build of ``catalogue``; ``others`` digests every other input."""
    rounds = _without_text(catalogue.rounds)
    records = [
        *rounds,
        *(z.model_dump(mode="json") for z in catalogue.zones),
        *(p.model_dump(mode="json") for p in catalogue.posts),
        catalogue.metadata.model_dump(mode="json"),  # every export and the pages cite it
    ]
    return Structure(
        _digest([others, records]),
        _page_digests(catalogue.rounds),
        _digest(rounds),
        _beside_rounds(catalogue.folder, others),
    )


def text_edit(
    folder: Path, others: str, found: Mapping[str, Any] | None
) -> tuple[Structure, list[Round]] | None:
    """The structure of a build of ``folder`` and its rounds, from ``rounds.yaml`` alone.

    Only when the last build (its record ``found``) had every other input the same, byte for
    byte, and the rounds are valid and the same but for their page text: the rest of the
    catalogue is then the one that build checked, and so are the references between them.
    Otherwise ``None``, and the whole catalogue is loaded (which names any problem).
    """
    if found is None or _beside_rounds(folder, others) != found.get("beside_rounds"):
        return None
    try:  # on any problem, loading the whole catalogue says what is wrong
        data = read_yaml(folder / _ROUNDS_FILE)
        if not isinstance(data, dict) or not isinstance(data.get("rounds"), list):
            return None
        rounds = [Round.model_validate(item) for item in data["rounds"]]
    except (CatalogueError, ValidationError):
        return None
    if _digest(_without_text(rounds)) != found.get("rounds") or not found.get("structure"):
        return None
    key = str(found["structure"])
    return Structure(key, _page_digests(rounds), found["rounds"], found["beside_rounds"]), rounds


def shared_context(
    structure: Structure,
    catalogue: Catalogue,
    make: Callable[[], BuildContext],
    *,
    report: Callable[[str], None] | None = None,
) -> BuildContext:
    """The context of a build of this structure, kept from an earlier build or ``make()``-d.

    A kept context carries the catalogue of the build that made it; it is given
    ``catalogue``, which differs from that one in the rounds' page text at most. ``report``
    is told which of the two happened.
    """
    from ..atlas_cache import kept, runtime  # only here: a spliced build reads no pickle

    key = _digest([structure.key, *runtime()])[:32]
    context = kept("context", key, make, report=report)
    context.kept_as = key
    return context if context.atlas.catalogue == catalogue else context.with_catalogue(catalogue)


def _edited_pages(found: Mapping[str, Any], structure: Structure) -> list[str]:
    """The rounds whose page text differs from that of the build ``found`` records."""
    before = found.get("pages")
    before = before if isinstance(before, dict) else {}
    return [r for r, digest in structure.pages.items() if before.get(r) != digest]


def reusable_outputs(
    out: Path, found: Mapping[str, Any] | None, structure: Structure
) -> dict[str, bytes]:
    """The outputs of the last build of ``out`` that a build of ``structure`` would repeat.

    None unless that build (its record ``found``) had the same structure; then every output
    whose bytes are still those its record lists, but the pages (``<round id>.html``) of
    rounds whose page text changed.
    """
    if found is None or found.get("structure") != structure.key:
        return {}
    edited = {f"{r}.html" for r in _edited_pages(found, structure)}
    reusable = {}
    for name in found["outputs"]:
        if name not in edited and (data := unchanged_output(out, found, name)) is not None:
            reusable[name] = data
    return reusable


@dataclass(frozen=True)
class Spliced:
    """Every output of a build, made from the last one's: ``rounds`` have their new text."""

    outputs: dict[str, bytes]
    rounds: tuple[str, ...]


def spliced_outputs(
    out: Path, found: Mapping[str, Any] | None, structure: Structure, rounds: Iterable[Round]
) -> Spliced | None:
    """The outputs of a build of ``rounds``, made by setting new page text in the last ones.

    Only when the last build of ``out`` (its record ``found``) had the same structure, every
    output it wrote is still there as it wrote it, and it recorded where each edited page holds
    its text; otherwise ``None``, and the pages are rendered. The manifest is made again, as
    it lists every page's hash.
    """
    if found is None or found.get("structure") != structure.key:
        return None
    outputs = {}
    for name in found["outputs"]:
        if (data := unchanged_output(out, found, name)) is None:
            return None  # missing or changed by hand: rendered again
        outputs[name] = data
    texts = found.get("texts")
    texts = texts if isinstance(texts, dict) else {}
    by_id = {round_.id: round_ for round_ in rounds}
    edited = _edited_pages(found, structure)
    for round_id in edited:
        name = f"{round_id}.html"
        page = outputs.get(name)
        span = texts.get(round_id)
        if page is None or not _is_span(span, len(page)):
            return None
        start, end = span
        outputs[name] = page[:start] + page_text(by_id[round_id]).encode("utf-8") + page[end:]
    # only here: the data package's module brings the tables, and shapely, with its fields
    from ..datapackage import MANIFEST, manifest

    if MANIFEST in outputs:
        outputs[MANIFEST] = manifest(outputs)
    return Spliced(outputs, tuple(edited))


def _is_span(span: Any, size: int) -> bool:
    """Whether a record's ``span`` is a [start, end) pair of offsets within ``size`` bytes."""
    return (
        isinstance(span, list)
        and len(span) == 2
        and all(type(offset) is int for offset in span)
        and 0 <= span[0] <= span[1] <= size
    )
