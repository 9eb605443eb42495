"""The ``zonemap coverage`` command: the zones of a day crossed with an OCHA admin layer.

Registered on the ``zonemap`` group by :mod:`zonemap.cli`, which turns its errors into one
line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..files import write_bytes, write_text
from .options import atlas_of, global_options, note
from .params import DATE, ROUND

__all__ = ["coverage"]


@click.command()
@click.option(
    "--admin",
    "admin_file",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="An OCHA COD-AB layer with P-codes: governorates, districts or subdistricts.",
)
@click.option(
    "--level",
    type=click.IntRange(1, 3),
    help="The finest level to list (default: the layer's own); the levels above follow.",
)
@click.option("--round", "round_id", type=ROUND, help="A round id: the zones as of its last day.")
@click.option("--date", "day", type=DATE, help="A day, YYYY-MM-DD.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "gpkg"]),
    default="csv",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the table here instead of printing it (needed for gpkg).",
)
@global_options(on_group=False)
@click.pass_context
def coverage(
    ctx: click.Context,
    admin_file: Path,
    level: int | None,
    round_id: str | None,
    day: dt.datetime | None,
    fmt: str,
    output: Path | None,
) -> None:
    """How much of each admin unit (by P-code) the zones in force cover, in km² and %.

    One row per zone, extent (agreed, held) and unit, then the same for the levels above;
    warns when a zone reaches outside the admin layer.
    """
    from ..coverage import coverage as coverage_of  # the GIS libraries: only for this command
    from ..coverage import load_admin
    from ..export import coverage_bytes

    if (round_id is None) == (day is None):
        raise click.UsageError("give exactly one of --round or --date")
    if fmt == "gpkg" and output is None:
        raise click.UsageError("--format gpkg needs -o FILE")
    atlas = atlas_of(ctx)
    on = atlas.as_of(round_id) if round_id else day.date()  # type: ignore[union-attr]
    table = coverage_of(atlas, load_admin(admin_file), on, level=level)
    for warning in table.warnings:
        click.echo(f"warning: {warning}", err=True)
    if output is None:
        click.echo(table.to_csv() if fmt == "csv" else table.to_json_text(), nl=False)
        return
    if fmt == "gpkg":
        write_bytes(output, coverage_bytes(table, output.name))
    else:
        write_text(output, table.to_csv() if fmt == "csv" else table.to_json_text())
    note(f"wrote {len(table.rows)} rows to {output}")
