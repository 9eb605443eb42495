"""The commands that answer a question from the atlas: rounds, status, where, diff and check.

They need no data frame, map or GIS-file library, and import none (a test checks). With the
inputs unchanged since an earlier run they answer from the kept query index
(:mod:`zonemap.query_index`), so ``rounds``, ``status`` and ``diff`` import neither shapely nor
pydantic, and ``where`` imports shapely only for a point inside a zone's bounding box;
``check`` remembers inputs it found consistent.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

import click

from ..atlas_cache import kept_for_inputs
from ..diff import diff_of
from ..json_outputs import SCHEMA_VERSION
from ..paths import catalogue_dir
from ..tables import STATUS_COLUMNS, describe_status
from ..validity import IN_FORCE
from .options import detail, global_options, index_of, inputs
from .params import DATE, ROUND, Coordinate

if TYPE_CHECKING:
    from ..json_shapes import RoundsJson, StatusJson, WhereJson, ZoneStatus
    from ..query_index import QueryIndex

__all__ = ["check", "diff", "rounds", "status", "where"]

_JSON_HELP = "Print JSON (with a schema_version) instead of a table."


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.command()
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
@global_options(on_group=False)
@click.pass_context
def rounds(ctx: click.Context, as_json: bool) -> None:
    """List the rounds of the Astana format in date order."""
    index = index_of(ctx)  # kept between runs: no catalogue to parse again
    listed: RoundsJson = {
        "schema_version": SCHEMA_VERSION,
        "rounds": [
            {
                "id": r.id,
                "name": r.name,
                "kind": r.kind,
                "start": r.start.isoformat(),
                "end": r.end.isoformat(),
                "city": r.city,
            }
            for r in index.rounds
        ],
    }
    if as_json:
        _echo_json(listed)
        return
    for r in listed["rounds"]:
        click.echo(f"{r['id']:<28} {r['start']} … {r['end']}  {r['city']:<16} {r['kind']}")


def _status_records(index: QueryIndex, day: dt.date) -> list[ZoneStatus]:
    return [{k: row[k] for k in STATUS_COLUMNS} for row in index.zone_rows(day)]  # type: ignore[misc]


def _print_status(records: list[ZoneStatus]) -> None:
    for r in records:
        areas = f"agreed {r['agreed_km2']:>9,.0f} km²"
        if r["status"] in IN_FORCE:
            areas += f", held {r['held_km2']:>8,.0f} km² ({r['held_pct']:>5.1f} %)"
        click.echo(f"{r['zone_id']:<26} {r['status']:<16} {areas}  {describe_status(r)}")


@click.command()
@click.option("--date", "day", type=DATE, required=True, help="Day, YYYY-MM-DD.")
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
@global_options(on_group=False)
@click.pass_context
def status(ctx: click.Context, day: dt.datetime, as_json: bool) -> None:
    """Show every zone's status on a day (zones not yet established are left out)."""
    records = _status_records(index_of(ctx), day.date())
    if as_json:
        document: StatusJson = {
            "schema_version": SCHEMA_VERSION,
            "date": day.date().isoformat(),
            "zones": records,
        }
        _echo_json(document)
    elif not records:
        click.echo(f"no zone had been established by {day.date()}")
    else:
        _print_status(records)


@click.command()
@click.argument("before", type=ROUND)
@click.argument("after", type=ROUND)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a summary.")
@global_options(on_group=False)
@click.pass_context
def diff(ctx: click.Context, before: str, after: str, as_json: bool) -> None:
    """Show what changed from BEFORE to AFTER (round ids or dates, YYYY-MM-DD).

    Zones established, extended, ended or superseded; governorates added or dropped; the area
    in force; observation posts established or withdrawn.
    """
    result = diff_of(index_of(ctx), before, after)
    if as_json:
        _echo_json(result.to_json())
        return
    click.echo("\n".join(result.summary_lines()))


@click.command()
@click.argument("lat", type=Coordinate(-90, 90))
@click.argument("lon", type=Coordinate(-180, 180))
@click.option(
    "--date",
    "day",
    type=DATE,
    default=None,
    help="Day, YYYY-MM-DD. Default: the last day the catalogue covers.",
)
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
@global_options(on_group=False)
@click.pass_context
def where(
    ctx: click.Context, lat: float, lon: float, day: dt.datetime | None, as_json: bool
) -> None:
    """Say which zones in force hold the point LAT LON in their agreed extent on a day.

    For each, whether the point was still held that day, or since when it was not.
    """
    index = index_of(ctx)
    on = day.date() if day else index.horizon
    found = index.point_status(lon, lat, on)
    if as_json:
        document: WhereJson = {
            "schema_version": SCHEMA_VERSION,
            "lat": lat,
            "lon": lon,
            "date": on.isoformat(),
            "zones": [f.to_json() for f in found],
        }
        _echo_json(document)
    elif not found:
        click.echo(f"({lat}, {lon}) lies in no zone in force on {on}")
    else:
        for f in found:
            click.echo(f"{f.zone_id:<26} {f.describe()}")


@click.command()
@global_options(on_group=False)
@click.pass_context
def check(ctx: click.Context) -> None:
    """Validate the catalogue and the boundaries; exit 1 listing the problems."""
    catalogue, boundaries = inputs(ctx)
    folder = catalogue or catalogue_dir()

    def problems_found() -> list[str]:
        from ..checks import find_problems  # the atlas and the schemas: unless remembered

        return find_problems(folder, boundaries)

    problems = kept_for_inputs(
        "consistent",
        folder,
        boundaries,
        problems_found,
        report=detail,
        keep_if=lambda found: not found,  # a problem is found again, with its warnings
    )
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    if problems:
        sys.exit(1)
    click.echo("catalogue and boundaries are consistent")
