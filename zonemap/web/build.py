"""Build the maps: decide what is stale, render every page, and commit the files at once.

Everything is rendered in memory first; only when all of it succeeded are the files whose
bytes changed moved into the output folder, each atomically. A build records a fingerprint of
its inputs, so the next build with the same inputs does nothing at all.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..atlas import Atlas, load_atlas
from ..files import atomic_dir
from ..paths import catalogue_dir
from .assets import ASSET_DIR, shared_assets
from .context import BuildContext, page_css
from .display import Display, display_geometry, piece_key
from .freshness import fingerprint, is_fresh, record
from .geometry_asset import geometry_script
from .pages import index_page, post_popup_key, round_page, timeline_page
from .popups import lost_popup, post_popup, tip

__all__ = ["BuildResult", "Progress", "build_maps"]

_ROUNDS_PER_WORKER = 8  # below this a worker process costs more than it saves


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


def _render_round(context: BuildContext, index: int) -> tuple[str, bytes, bytes]:
    """One round's map and GeoJSON, given the round's place in the catalogue."""
    rounds = context.atlas.catalogue.rounds
    round_ = rounds[index]
    previous = rounds[index - 1] if index > 0 else None
    following = rounds[index + 1] if index + 1 < len(rounds) else None
    html = round_page(context, round_, previous, following)
    return round_.id, html.encode("utf-8"), context.geojson(round_.id).encode("utf-8")


_FORKED_CONTEXT: list[BuildContext] = []  # the context a forked worker inherits


def _render_forked(index: int) -> tuple[str, bytes, bytes]:
    return _render_round(_FORKED_CONTEXT[0], index)


def _render_rounds(context: BuildContext, indices: list[int]) -> Iterator[tuple[str, bytes, bytes]]:
    """Render rounds in catalogue order, on every core when there are enough of them.

    Workers are forked, so they share the loaded atlas without pickling it; each page is
    rendered independently, so the output does not depend on the number of workers.
    """
    workers = min(os.cpu_count() or 1, len(indices) // _ROUNDS_PER_WORKER)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (_render_round(context, i) for i in indices)
        return
    _FORKED_CONTEXT[:] = [context]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_render_forked, indices, chunksize=4)
    finally:
        _FORKED_CONTEXT.clear()


def _staged_files(
    atlas: Atlas,
    round_ids: list[str] | None,
    inline: bool,
    progress: Progress | None,
) -> dict[str, bytes]:
    """Render every output of the build into memory, by path relative to the output folder."""
    chosen = [atlas.catalogue.round(r) for r in round_ids] if round_ids else None
    all_rounds = atlas.catalogue.rounds
    targets = chosen or list(all_rounds)
    tips = {g.pcode: tip(g.name_en, g.name_ar) for g in atlas.boundaries}
    display = display_geometry(atlas, [r.end for r in all_rounds])
    posts = {
        post_popup_key(post, state): post_popup(post, state)
        for post in atlas.catalogue.posts
        for state in ("standing", "encircled")
        if state == "standing" or post.encircled is not None
    }
    lost = _lost_popups(atlas, display)
    geometry_js = geometry_script(display, tips, lost, posts, preview=not inline)
    context = BuildContext(atlas, display, inline, geometry_js)
    staged: dict[str, bytes] = {}
    position = {r.id: index for index, r in enumerate(all_rounds)}
    if progress:
        progress.start(len(targets))
    for round_id, html, geojson in _render_rounds(context, [position[r.id] for r in targets]):
        staged[f"{round_id}.html"] = html
        staged[f"geojson/{round_id}.geojson"] = geojson
        if progress:
            progress.step(round_id)
    if chosen is None:
        staged["timeline.html"] = timeline_page(context).encode("utf-8")
        staged["index.html"] = index_page(context).encode("utf-8")
    if not inline:
        for asset in shared_assets(geometry_js, page_css()):
            staged[f"{ASSET_DIR}/{asset.name}"] = asset.data
    return staged


def _lost_popups(atlas: Atlas, display: Display) -> dict[str, str]:
    """The popup of every lost piece the maps draw, by shape key."""
    popups = {}
    for zone in atlas.catalogue.zones:
        for state in atlas.histories[zone.id].states:
            for piece in state.pieces:
                key = piece_key(zone.id, piece)
                if key in display.shapes and key not in popups:
                    popups[key] = lost_popup(zone, piece)
    return popups


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
    if atlas is None:
        atlas = load_atlas(catalogue, boundaries)
    staged = _staged_files(atlas, round_ids, inline, progress)
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
