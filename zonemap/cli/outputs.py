"""The commands that write files: export, figure and build.

The map, figure and statement packages are imported only by the commands that use them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..export import FORMATS, TEXT_FORMATS, format_for, table_bytes, write_table
from ..files import write_bytes
from ..tables import timeline as timeline_table
from ..tables import zones_on
from .display import ProgressBar
from .options import atlas_of, detail, global_options, inputs, note, settings
from .params import DATE, ROUND, STDOUT

__all__ = ["build", "export", "figure"]


@click.command()
@click.option("--round", "round_id", type=ROUND, help="A round id: the zones as of its last day.")
@click.option("--date", "day", type=DATE, help="A day, YYYY-MM-DD.")
@click.option("--timeline", is_flag=True, help="One feature per zone per period in force.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default=None,
    help="Default: the one the output's extension names, else geojson.",
)
@click.option("--bom", is_flag=True, help="Start a csv with a UTF-8 BOM, for spreadsheets.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help=f"A regular file or a new path; '-' for standard output ({', '.join(TEXT_FORMATS)}).",
)
@global_options(on_group=False)
@click.pass_context
def export(
    ctx: click.Context,
    round_id: str | None,
    day: dt.datetime | None,
    timeline: bool,
    fmt: str | None,
    bom: bool,
    output: Path,
) -> None:
    """Export zones (for a round, a day, or the whole timeline) as GIS data."""
    chosen = [x for x in (round_id, day, timeline or None) if x is not None]
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of --round, --date or --timeline")
    fmt = format_for(output, fmt)
    to_stdout = str(output) == STDOUT
    if to_stdout and fmt not in TEXT_FORMATS:
        raise click.UsageError(f"{fmt} is a binary format: give -o a file, not '-'")
    atlas = atlas_of(ctx)
    if timeline:
        table = timeline_table(atlas)
    elif round_id:
        table = zones_on(atlas, round_id=round_id)
    else:
        table = zones_on(atlas, day.date())  # type: ignore[union-attr]
    if to_stdout:
        click.get_binary_stream("stdout").write(table_bytes(table, fmt, bom=bom))
        return
    write_table(table, output, fmt, bom=bom)
    note(f"wrote {len(table)} features to {output}")


@click.command()
@click.argument("round_id", metavar="ROUND", type=ROUND)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The file to write: .svg, .png or .pdf.",
)
@global_options(on_group=False)
@click.pass_context
def figure(ctx: click.Context, round_id: str, output: Path) -> None:
    """Draw a round's map as a still figure for articles and reports (SVG, PNG or PDF).

    The figure has a title, the day shown, a legend, a scale bar, a north arrow, a source
    line and a boundary disclaimer, in the web map's colours. Needs the `figure` extra.
    """
    from ..web.figure import round_figure

    data = round_figure(atlas_of(ctx), round_id, output.suffix.lstrip(".").lower())
    write_bytes(output, data)
    note(f"wrote {output} ({len(data) // 1024} kB)")


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
