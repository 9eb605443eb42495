"""The ``extract`` command: a draft catalogue round from the text of a statement.

A statement is read against what the reader knows of the catalogue and the names of the
gazetteer. Both are kept between runs for unchanged inputs, as the atlas is
(:mod:`zonemap.atlas_cache`), in plain values: a run parses no YAML, loads no boundary layer
(nor shapely and pyproj, which that needs) and makes no catalogue record (nor imports
pydantic, which those need).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..atlas_cache import kept_for_inputs
from ..files import write_text
from ..paths import catalogue_dir
from .options import detail, global_options, inputs, note
from .params import STDOUT, slug

if TYPE_CHECKING:
    from ..gazetteer import Gazetteer
    from ..statements.known import KnownCatalogue

__all__ = ["extract"]


def _names(catalogue: Path | None, boundaries: Path | None) -> tuple[KnownCatalogue, Gazetteer]:
    """What the reader knows of the checked catalogue, and the gazetteer, kept between runs.

    Loading that raised a warning keeps nothing, so the warning comes again on the next run.
    """
    folder = catalogue or catalogue_dir()
    warned: list[bool] = []

    def load() -> tuple[KnownCatalogue, Gazetteer]:
        from ..atlas import load_gazetteer
        from ..boundaries import load_governorates
        from ..catalogue import load_catalogue
        from ..statements.known import KnownCatalogue

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            checked = load_catalogue(folder)
            gazetteer = load_gazetteer(checked, load_governorates(boundaries))
        for warning in caught:  # told as they would have been, through the same filters
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
        warned.append(bool(caught))
        return KnownCatalogue.of(checked), gazetteer

    return kept_for_inputs(
        "statement-names",
        folder,
        boundaries,
        load,
        report=detail,
        keep_if=lambda _names: not any(warned),
    )


@click.command()
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
@click.option(
    "--json", "as_json", is_flag=True, help="Write JSON (with a schema_version), not YAML."
)
@click.option(
    "--compare/--no-compare",
    default=None,
    help="List where the draft and the catalogue's entry for the round disagree (default: "
    "whenever the catalogue has the round).",
)
@global_options(on_group=False)
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
    from ..statements import draft_statement, read_statement, to_json, to_yaml

    text = read_statement(file)
    catalogue, gazetteer = _names(*inputs(ctx))
    document = draft_statement(
        text, catalogue, gazetteer, source_name=file.name, round_id=round_id, compare=compare
    )
    rendered = to_json(document) if as_json else to_yaml(document, file.name)
    if output is None or str(output) == STDOUT:
        click.echo(rendered, nl=False)
    else:
        write_text(output, rendered)
        note(f"draft written to {output}")
    if "compared_with" in document:
        note(f"{file.name}: {document['compared_with']['summary']}")
