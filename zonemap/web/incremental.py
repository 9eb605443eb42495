"""Re-render only the pages an edit of a round's own text has changed.

Most catalogue edits (dates, statements, zones, posts, documents) change what many outputs
show, and the build renders everything again. A round's summary, participants and observers
are shown on that round's page alone (:data:`ROUND_PAGE_TEXT`), so an edit of them needs that
page only. A build records the digest of its inputs without that text (their *structure*)
and of each round's text, and keeps its shared context (atlas, display geometry, shared
scripts: most of a build's work) in the user's cache under the structure's digest. A later
build of the same structure reads the context back and gives it the new catalogue, renders
the pages whose text changed, and takes every other output from the folder, once its bytes
are those the record lists.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atlas_cache import kept, runtime
from ..catalogue import Catalogue
from .freshness import previous_record, unchanged_output

if TYPE_CHECKING:
    from .context import BuildContext  # the page code: imported only by a build that renders

__all__ = ["ROUND_PAGE_TEXT", "Structure", "reusable_outputs", "shared_context", "structure_of"]

#: The fields of a round that only the round's own page shows.
ROUND_PAGE_TEXT = frozenset({"summary", "participants", "observers"})


@dataclass(frozen=True)
class Structure:
    """A build's inputs but the rounds' page text (``key``), and that text (``pages``).

    ``pages`` maps each round id to the digest of its :data:`ROUND_PAGE_TEXT`.
    """

    key: str
    pages: dict[str, str]

    def facts(self) -> dict[str, Any]:
        """What the build's record keeps of it, for the next build to compare."""
        return {"structure": self.key, "pages": dict(sorted(self.pages.items()))}


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def structure_of(catalogue: Catalogue, others: str) -> Structure:
    """The structure of a build of ``catalogue``; ``others`` digests every other input."""
    records = [
        *(r.model_dump(mode="json", exclude=set(ROUND_PAGE_TEXT)) for r in catalogue.rounds),
        *(z.model_dump(mode="json") for z in catalogue.zones),
        *(p.model_dump(mode="json") for p in catalogue.posts),
    ]
    pages = {
        r.id: _digest(r.model_dump(mode="json", include=set(ROUND_PAGE_TEXT)))
        for r in catalogue.rounds
    }
    return Structure(_digest([others, *runtime(), records]), pages)


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
    context = kept("context", structure.key[:32], make, report=report)
    return context if context.atlas.catalogue == catalogue else context.with_catalogue(catalogue)


def reusable_outputs(out: Path, structure: Structure) -> dict[str, bytes]:
    """The outputs of the last build of ``out`` that a build of ``structure`` would repeat.

    None unless that build had the same structure; then every output whose bytes are still
    those its record lists, but the pages (``<round id>.html``) of rounds whose page text
    changed.
    """
    found = previous_record(out)
    if found is None or found.get("structure") != structure.key:
        return {}
    before = found.get("pages")
    before = before if isinstance(before, dict) else {}
    changed = {f"{r}.html" for r, digest in structure.pages.items() if before.get(r) != digest}
    reusable = {}
    for name in found["outputs"]:
        if name not in changed and (data := unchanged_output(out, found, name)) is not None:
            reusable[name] = data
    return reusable
