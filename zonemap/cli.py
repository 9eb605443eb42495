"""The ``zonemap`` command: a thin layer over the public functions.

Parses arguments, shows progress, and turns :class:`~zonemap.errors.ZonemapError` into one
``error:`` line and its exit status (2 for a usage mistake, 1 for bad data). Formats, ids,
columns and wording come from the library. The map and statement packages are imported only
by the commands that use them.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import warnings
from pathlib import Path
from typing import Any

import click

from .atlas import Atlas, load_atlas, load_gazetteer
from .boundaries import load_governorates
from .catalogue import load_catalogue
from .checks import find_problems
from .cli_coverage import coverage as coverage_command
from .cli_display import ProgressBar, show_warning
from .cli_params import DATE, STDOUT, Coordinate, slug
from .diff import diff as diff_of
from .errors import ZonemapError
from .export import FORMATS, TEXT_FORMATS, format_for, table_bytes, write_table
from .files import write_bytes, write_text
from .points import point_status
from .tables import STATUS_COLUMNS, describe_status, plain, zone_records, zones_on
from .tables import timeline as timeline_table
from .validity import IN_FORCE

__all__ = ["main"]


def _atlas(ctx: click.Context) -> Atlas:
    return load_atlas(ctx.obj["catalogue"], ctx.obj["boundaries"])


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, commands=[coverage_command])
@click.option(
    "--catalogue",
    type=click.Path(path_type=Path),
    default=None,
    help="Catalogue folder (metadata.yaml, rounds.yaml, zones.yaml, posts.yaml). "
    "Default: the one shipped with zonemap.",
)
@click.option(
    "--boundaries",
    type=click.Path(path_type=Path),
    default=None,
    help="Admin-1 layer with P-codes (e.g. OCHA COD-AB, ADM1_PCODE). "
    "Default: the shipped Natural Earth governorates.",
)
@click.version_option(package_name="zonemap")
@click.pass_context
def cli(ctx: click.Context, catalogue: Path | None, boundaries: Path | None) -> None:
    """Map the Syrian de-escalation zones of the Astana process, round by round."""
    ctx.obj = {"catalogue": catalogue, "boundaries": boundaries}


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def rounds(ctx: click.Context, as_json: bool) -> None:
    """List the rounds of the Astana format in date order."""
    catalogue = load_catalogue(ctx.obj["catalogue"])
    records = [
        {
            "id": r.id,
            "name": r.name,
            "kind": r.kind,
            "start": r.start.isoformat(),
            "end": r.end.isoformat(),
            "city": r.city,
        }
        for r in catalogue.rounds
    ]
    if as_json:
        _echo_json(records)
        return
    for r in records:
        click.echo(f"{r['id']:<28} {r['start']} … {r['end']}  {r['city']:<16} {r['kind']}")


def _status_records(atlas: Atlas, day: dt.date) -> list[dict[str, Any]]:
    rows = zone_records(atlas, day, extent="agreed")  # no data frame: no pandas to import
    return [{k: plain(row[k]) for k in STATUS_COLUMNS} for row in rows]


def _print_status(records: list[dict[str, Any]]) -> None:
    for r in records:
        areas = f"agreed {r['agreed_km2']:>9,.0f} km²"
        if r["status"] in IN_FORCE:
            areas += f", held {r['held_km2']:>8,.0f} km² ({r['held_pct']:>5.1f} %)"
        click.echo(f"{r['zone_id']:<26} {r['status']:<16} {areas}  {describe_status(r)}")


@cli.command()
@click.option("--date", "day", type=DATE, required=True, help="Day, YYYY-MM-DD.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def status(ctx: click.Context, day: dt.datetime, as_json: bool) -> None:
    """Show every zone's status on a day (zones not yet established are left out)."""
    records = _status_records(_atlas(ctx), day.date())
    if as_json:
        _echo_json(records)
    elif not records:
        click.echo(f"no zone had been established by {day.date()}")
    else:
        _print_status(records)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--round-id",
    callback=lambda _ctx, _param, value: slug(value),
    help="Id for the drafted round (default: read from the text).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the draft here instead of printing it ('-': print it).",
)
@click.option("--json", "as_json", is_flag=True, help="Write JSON instead of YAML.")
@click.option(
    "--compare/--no-compare",
    default=None,
    help="List where the draft and the catalogue's entry for the round disagree (default: "
    "whenever the catalogue has the round).",
)
@click.pass_context
def extract(
    ctx: click.Context,
    file: Path,
    round_id: str | None,
    output: Path | None,
    as_json: bool,
    compare: bool | None,
) -> None:
    """Draft a catalogue round from the text of a joint statement or a report of one.

    The draft gives every value with its evidence (phrase, character offsets, confidence);
    it is never merged into the catalogue.
    """
    from .statements import draft, read_statement, to_json, to_yaml
    from .statements import extract as read_text

    text = read_statement(file)
    catalogue = load_catalogue(ctx.obj["catalogue"])
    gazetteer = load_gazetteer(catalogue, load_governorates(ctx.obj["boundaries"]))
    document = draft(
        read_text(text, catalogue, gazetteer),
        catalogue,
        gazetteer,
        text=text,
        source_name=file.name,
        round_id=round_id,
        compare=compare,
    )
    rendered = to_json(document) if as_json else to_yaml(document, file.name)
    if output is None or str(output) == STDOUT:
        click.echo(rendered, nl=False)
    else:
        write_text(output, rendered)
        click.echo(f"draft written to {output}", err=True)
    if "compared_with" in document:
        click.echo(f"{file.name}: {document['compared_with']['summary']}", err=True)


@cli.command()
@click.argument("before")
@click.argument("after")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a summary.")
@click.pass_context
def diff(ctx: click.Context, before: str, after: str, as_json: bool) -> None:
    """Show what changed from BEFORE to AFTER (round ids or dates, YYYY-MM-DD).

    Zones established, extended, ended or superseded; governorates added or dropped; the area
    in force; observation posts established or withdrawn.
    """
    result = diff_of(_atlas(ctx), before, after)
    if as_json:
        _echo_json(result.to_json())
        return
    click.echo("\n".join(result.summary_lines()))


@cli.command()
@click.argument("lat", type=Coordinate(-90, 90))
@click.argument("lon", type=Coordinate(-180, 180))
@click.option(
    "--date",
    "day",
    type=DATE,
    default=None,
    help="Day, YYYY-MM-DD. Default: the last day the catalogue covers.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def where(
    ctx: click.Context, lat: float, lon: float, day: dt.datetime | None, as_json: bool
) -> None:
    """Say which zones in force hold the point LAT LON in their agreed extent on a day.

    For each, whether the point was still held that day, or since when it was not.
    """
    atlas = _atlas(ctx)
    on = day.date() if day else atlas.catalogue.horizon
    found = point_status(atlas, lon, lat, on)
    if as_json:
        zones = [f.to_json() for f in found]
        _echo_json({"lat": lat, "lon": lon, "date": on.isoformat(), "zones": zones})
    elif not found:
        click.echo(f"({lat}, {lon}) lies in no zone in force on {on}")
    else:
        for f in found:
            click.echo(f"{f.zone_id:<26} {f.describe()}")


@cli.command()
@click.option("--round", "round_id", help="A round id: the zones as of its last day.")
@click.option("--date", "day", type=DATE, help="A day, YYYY-MM-DD.")
@click.option("--timeline", is_flag=True, help="One feature per zone per period in force.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default=None,
    help="Default: the one the output's extension names, else geojson.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="A regular file or a new path; '-' for standard output (geojson and csv only).",
)
@click.pass_context
def export(
    ctx: click.Context,
    round_id: str | None,
    day: dt.datetime | None,
    timeline: bool,
    fmt: str | None,
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
    atlas = _atlas(ctx)
    if timeline:
        table = timeline_table(atlas)
    elif round_id:
        table = zones_on(atlas, round_id=round_id)
    else:
        table = zones_on(atlas, day.date())  # type: ignore[union-attr]
    if to_stdout:
        click.get_binary_stream("stdout").write(table_bytes(table, fmt))
        return
    write_table(table, output, fmt)
    click.echo(f"wrote {len(table)} features to {output}", err=True)


@cli.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Validate the catalogue and the boundaries; exit 1 listing the problems."""
    problems = find_problems(ctx.obj["catalogue"], ctx.obj["boundaries"])
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    if problems:
        sys.exit(1)
    click.echo("catalogue and boundaries are consistent")


@cli.command()
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
@click.pass_context
def build(
    ctx: click.Context,
    out: str,
    round_ids: tuple[str, ...],
    inline: bool,
    force: bool,
    wait: float,
) -> None:
    """Build the map of every round, the timeline map, the index and per-round GeoJSON.

    A rebuild whose inputs have not changed since the last build of OUT does nothing. The
    files are replaced as one set; one build at a time writes a folder.
    """
    from .web import build_maps

    progress = ProgressBar("rendering rounds")
    try:
        result = build_maps(
            None,
            out,
            list(round_ids) or None,
            catalogue=ctx.obj["catalogue"],
            boundaries=ctx.obj["boundaries"],
            inline=inline,
            force=force,
            progress=progress,
            wait=wait,
        )
    finally:
        progress.close()
    if result.finished:
        click.echo(f"finished an interrupted build: moved {result.finished} files", err=True)
    if result.up_to_date:
        click.echo(f"{out} is up to date", err=True)
        return
    click.echo(f"{len(result.outputs)} files in {out}, {len(result.changed)} changed", err=True)


@cli.command()
@click.argument("round_id", metavar="ROUND")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The file to write: .svg, .png or .pdf.",
)
@click.pass_context
def figure(ctx: click.Context, round_id: str, output: Path) -> None:
    """Draw a round's map as a still figure for articles and reports (SVG, PNG or PDF).

    The figure has a title, the day shown, a legend, a scale bar, a north arrow, a source
    line and a boundary disclaimer, in the web map's colours. Needs the `figure` extra.
    """
    from .web.figure import round_figure

    data = round_figure(_atlas(ctx), round_id, output.suffix.lstrip(".").lower())
    write_bytes(output, data)
    click.echo(f"wrote {output} ({len(data) // 1024} kB)", err=True)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI, turning zonemap errors into one line and their exit status."""
    warnings.showwarning = show_warning
    try:
        code = cli.main(args=argv, prog_name="zonemap", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        hint = ""
        if isinstance(exc, click.UsageError) and exc.ctx is not None:
            hint = f" (try '{exc.ctx.command_path} --help')"
        click.echo(f"error: {' '.join(exc.format_message().split())}{hint}", err=True)
        sys.exit(exc.exit_code)
    except ZonemapError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"error: {where}{exc.strerror or exc}", err=True)
        sys.exit(1)
    if isinstance(code, int):
        sys.exit(code)
