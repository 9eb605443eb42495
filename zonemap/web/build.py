"""Build the maps: decide what is stale, render every page, and commit the files at once.

Everything is rendered in memory first; only when all of it succeeded are the files whose
bytes changed moved into the output folder, each atomically. A build records a fingerprint of
its inputs, so the next build with the same inputs does nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..atlas import Atlas, load_atlas
from ..files import atomic_dir
from ..paths import catalogue_dir
from .freshness import fingerprint, is_fresh, record

__all__ = ["BuildResult", "Progress", "build_maps"]


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote: every output path and those whose bytes changed.

    ``up_to_date`` is true when the build had nothing to do (and then wrote nothing).
    """

    outputs: tuple[Path, ...]
    changed: tuple[Path, ...]
    up_to_date: bool = False


class Progress(Protocol):
    """Told how many rounds a build renders, then of each round as it is done."""

    def start(self, total: int) -> None:
        """The build renders ``total`` rounds."""

    def step(self, round_id: str) -> None:
        """Round ``round_id`` is rendered."""


def build_maps(
    atlas: Atlas | None,
    out: Path | str,
    round_ids: list[str] | None = None,
    *,
    catalogue: Path | str | None = None,
    boundaries: Path | str | None = None,
    inline: bool = False,
    force: bool = False,
    progress: Progress | None = None,
) -> BuildResult:
    """Write every round map, ``timeline.html``, ``index.html`` and per-round GeoJSON.

    Parameters
    ----------
    atlas
        The loaded atlas, or ``None`` to load it from ``catalogue`` and ``boundaries`` (only
        when the outputs are stale, so an up-to-date build loads nothing).
    out
        The output folder.
    round_ids
        Build only these rounds (the index and timeline are then skipped).
    inline
        Put Leaflet and the shared geometry inside every HTML file.
    force
        Rebuild even when the recorded fingerprint says nothing changed.
    progress
        Told the number of rounds, then each round as it is rendered.
    """
    out = Path(out)
    folder = atlas.catalogue.folder if atlas is not None else catalogue
    source = atlas.boundaries.source if atlas is not None else boundaries
    stamp = fingerprint(
        Path(folder) if folder is not None else catalogue_dir(),
        Path(source) if source is not None else None,
        ["inline" if inline else "linked", *(round_ids or ())],
    )
    if not force and is_fresh(out, stamp):
        return BuildResult((), (), up_to_date=True)
    from .staging import staged_files  # only now: it imports folium and the page code

    if atlas is None:
        atlas = load_atlas(catalogue, boundaries)
    staged = staged_files(atlas, round_ids, inline, progress)
    result = _commit(out, staged)
    record(out, stamp, result.outputs)
    return result


def _commit(out: Path, staged: dict[str, bytes]) -> BuildResult:
    """Move the files whose bytes changed into ``out``; leave the others untouched."""
    changed = sorted(name for name, data in staged.items() if _read(out / name) != data)
    with atomic_dir(out) as staging:
        for name in changed:
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(staged[name])
    outputs = tuple(out / name for name in sorted(staged))
    return BuildResult(outputs, tuple(out / name for name in changed))


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
