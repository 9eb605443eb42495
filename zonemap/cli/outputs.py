"""The commands that write tables and figures: export and figure.

The figure code is imported only by the command that draws one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..export import FORMATS, TEXT_FORMATS, format_for, table_bytes, write_table
from ..files import write_bytes
from ..tables import timeline as timeline_table
from ..tables import zones_on
from .options import atlas_of, global_options, note
from .params import DATE, ROUND, STDOUT

__all__ = ["export", "figure"]


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
