"""Render every output of a build into memory: round maps, timeline, index, GeoJSON, assets.

A whole build adds the data package and the manifest, made from the staged bytes last.

Nothing is written here: :mod:`.build` decides whether a build is needed at all and commits
the bytes, so a build with nothing to do never imports folium.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from ..atlas import Atlas
from ..datapackage import DATAPACKAGE, FIELDS_SCHEMA, MANIFEST, data_package, manifest, table_schema
from ..landmarks import load_landmarks
from ..records import Round
from .assets import ASSET_DIR, shared_assets
from .basemap import base_map_data, view_frame
from .context import GEOPACKAGE, BuildContext, page_css
from .display import Display, display_geometry, piece_key
from .geometry_asset import geometry_script, popups_script
from .pages import index_page, post_popup_key, round_page
from .popups import lost_popup, post_popup, tip
from .timeline import timeline_page

if TYPE_CHECKING:
    from .build import Progress

__all__ = ["build_context", "neighbours", "staged_files", "workers_for"]

# Each worker process must have this many rounds to render. Measured on two cores (the
# benchmark's serial against parallel builds, an otherwise idle machine), two processes took
# 0.97 of one process's time for the shipped 35 rounds (within the noise, with 10 % more
# CPU), 0.86 for 100 synthetic rounds and 0.83 for 1000. On a busy machine one process was
# as fast up to 500 rounds.
_ROUNDS_PER_WORKER = 50


def neighbours(context: BuildContext, index: int) -> tuple[Round, Round | None, Round | None]:
    """The round at ``index`` in the catalogue, and the rounds before and after it, if any."""
    rounds = context.atlas.catalogue.rounds
    previous = rounds[index - 1] if index > 0 else None
    following = rounds[index + 1] if index + 1 < len(rounds) else None
    return rounds[index], previous, following


def _render_round(context: BuildContext, index: int) -> tuple[str, bytes, bytes]:
    """One round's map and GeoJSON, given the round's place in the catalogue."""
    round_, previous, following = neighbours(context, index)
    html = round_page(context, round_, previous, following)
    return round_.id, html.encode("utf-8"), context.geojson(round_.id).encode("utf-8")


_FORKED_CONTEXT: list[BuildContext] = []  # the context a forked worker inherits


def _render_forked(index: int) -> tuple[str, bytes, bytes]:
    return _render_round(_FORKED_CONTEXT[0], index)


def workers_for(rounds: int, jobs: int | None = None) -> int:
    """How many processes render ``rounds`` pages: ``jobs`` if given, else as many as gain.

    One process per core, each with at least :data:`_ROUNDS_PER_WORKER` rounds to render;
    so a catalogue of fewer rounds than that renders on one process, without forking.
    """
    if jobs is not None:
        return max(1, min(jobs, rounds))
    return max(1, min(os.cpu_count() or 1, rounds // _ROUNDS_PER_WORKER))


def _render_rounds(
    context: BuildContext, indices: list[int], meanwhile: Callable[[], None], jobs: int | None
) -> Iterator[tuple[str, bytes, bytes]]:
    """Render rounds in catalogue order, on :func:`workers_for` processes.

    Workers are forked, so they share the loaded atlas without pickling it; each page is
    rendered independently, so the output does not depend on the number of workers. The
    main process runs ``meanwhile`` while the workers render.
    """
    workers = workers_for(len(indices), jobs)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        meanwhile()
        yield from (_render_round(context, i) for i in indices)
        return
    _FORKED_CONTEXT[:] = [context]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            rendered = pool.imap(_render_forked, indices, chunksize=4)
            meanwhile()
            yield from rendered
    finally:
        _FORKED_CONTEXT.clear()


def build_context(atlas: Atlas, inline: bool) -> BuildContext:
    """What every page of a build shares: display geometry, shared scripts, rows.

    The display geometry is drawn for every round's day, whichever rounds are built, so a
    page is the same bytes in a whole build, a build of some rounds and a notebook.
    """
    tips = {g.pcode: tip(g.name_en, g.name_ar) for g in atlas.boundaries}
    days = [r.end for r in atlas.catalogue.rounds]
    display = display_geometry(atlas, load_landmarks(atlas), days)
    posts = {
        post_popup_key(post, state): post_popup(post, state)
        for post in atlas.catalogue.posts
        for state in ("standing", "encircled")
        if state == "standing" or post.encircled is not None
    }
    lost = _lost_popups(atlas, display)
    geometry_js = geometry_script(display, tips, base_map_data())
    popups_js = popups_script(lost, posts)
    return BuildContext(atlas, display, inline, geometry_js, popups_js, view_frame())


def staged_files(
    context: BuildContext,
    round_ids: list[str] | None,
    progress: Progress | None,
    reuse: Mapping[str, bytes] | None = None,
    jobs: int | None = None,
) -> dict[str, bytes]:
    """Every output of the build, by path relative to the output folder, rendered in memory.

    An output in ``reuse`` (bytes an earlier build wrote for the same inputs) is taken as it
    is instead; a round is rendered unless both its map and its GeoJSON are there. ``jobs``
    is the number of processes that render the rounds (see :func:`workers_for`).
    """
    reuse = reuse or {}
    atlas = context.atlas
    chosen = [atlas.catalogue.round(r) for r in round_ids] if round_ids else None
    all_rounds = atlas.catalogue.rounds
    staged: dict[str, bytes] = {}
    targets = []
    for round_ in chosen or all_rounds:
        names = (f"{round_.id}.html", f"geojson/{round_.id}.geojson")
        if all(name in reuse for name in names):
            staged.update((name, reuse[name]) for name in names)
        else:
            targets.append(round_)
    position = {r.id: index for index, r in enumerate(all_rounds)}
    if progress:
        progress.start(len(targets))

    def whole(name: str, render: Callable[[], bytes]) -> None:
        if chosen is None:
            staged[name] = reuse[name] if name in reuse else render()

    indices = [position[r.id] for r in targets]
    gis = functools.partial(whole, GEOPACKAGE, context.geopackage)
    for round_id, html, geojson in _render_rounds(context, indices, gis, jobs):
        staged[f"{round_id}.html"] = html
        staged[f"geojson/{round_id}.geojson"] = geojson
        if progress:
            progress.step(round_id)
    whole("timeline.html", lambda: timeline_page(context).encode("utf-8"))
    whole("index.html", lambda: index_page(context).encode("utf-8"))
    if not context.inline:
        for asset in shared_assets(context.geometry_js, context.popups_js, page_css()):
            staged[f"{ASSET_DIR}/{asset.name}"] = asset.data
    if chosen is None:  # a build of some rounds, like the index, leaves these as they were
        staged[FIELDS_SCHEMA] = table_schema()
        staged[DATAPACKAGE] = data_package(atlas, staged)
        staged[MANIFEST] = manifest(staged)
    return dict(sorted(staged.items()))


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
