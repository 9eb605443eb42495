"""The ``build`` command: every round's map and the files beside them.

It imports neither the export formats nor the map code up front: a rebuild that only sets a
round's edited text in its page needs neither.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from .display import ProgressBar
from .options import detail, global_options, inputs, note, settings
from .params import ROUND

__all__ = ["build"]


@click.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default="maps",
    show_default=True,
    help="Folder for the maps.",
)
@click.option(
    "--round",
    "round_ids",
    type=ROUND,
    multiple=True,
    help="Build only this round (repeatable); the index and timeline are skipped.",
)
@click.option(
    "--inline", is_flag=True, help="Put Leaflet inside every HTML file, so each file stands alone."
)
@click.option("--force", is_flag=True, help="Rebuild even if nothing has changed.")
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=600,
    show_default=True,
    help="Seconds to wait for another build of the folder to end (0: fail at once).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that render the rounds. Default: one per core where that gains.",
)
@global_options(on_group=False)
@click.pass_context
def build(
    ctx: click.Context,
    out: str,
    round_ids: tuple[str, ...],
    inline: bool,
    force: bool,
    wait: float,
    jobs: int | None,
) -> None:
    """Build the map of every round, the timeline map, the index and per-round GeoJSON.

    A rebuild whose inputs have not changed since the last build of OUT does nothing. The
    files are replaced as one set; one build at a time writes a folder.
    """
    from ..web import build_maps

    catalogue, boundaries = inputs(ctx)
    progress = ProgressBar("rendering rounds", shown=not settings(ctx).quiet)
    with _without_pandas():
        try:
            result = build_maps(
                None,
                out,
                list(round_ids) or None,
                catalogue=catalogue,
                boundaries=boundaries,
                inline=inline,
                force=force,
                progress=progress,
                wait=wait,
                jobs=jobs,
                report=detail,
            )
        finally:
            progress.close()
    if result.finished:
        note(f"finished an interrupted build: moved {result.finished} files")
    if result.up_to_date:
        note(f"{out} is up to date")
        return
    changed = set(result.changed)
    for path in result.outputs:
        detail(f"{'wrote' if path in changed else 'unchanged'} {path}")
    note(f"{len(result.outputs)} files in {out}, {len(result.changed)} changed")


@contextmanager
def _without_pandas() -> Iterator[None]:
    """Run the build in a process that cannot import pandas.

    folium imports pandas, if it is there, only to accept data frames, and zonemap never
    gives it one; nothing else a build runs needs pandas. That import is a fifth of a
    build's time. A process that has imported pandas already keeps it.
    """
    if "pandas" in sys.modules:
        yield
        return
    sys.modules["pandas"] = None  # type: ignore[assignment]  # import pandas: ImportError
    try:
        yield
    finally:
        del sys.modules["pandas"]
