"""Every JSON output of the command line: versioned, and fitting its published schema."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from conftest import ROOT, run_cli
from jsonschema import Draft202012Validator

from zonemap.cli import cli
from zonemap.json_outputs import SCHEMA_VERSION, schema_text
from zonemap.json_shapes import OUTPUTS

SCHEMAS = ROOT / "docs" / "schemas"
STATEMENT = ROOT / "tests" / "data" / "statements" / "round-12-nur-sultan.txt"


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_the_published_schema_is_the_one_the_code_describes(name: str) -> None:
    published = (SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8")
    assert published == schema_text(name), "run `make generated`"


def _json_commands() -> set[str]:
    """The commands with a --json flag or a json --format."""
    found = set()
    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert command is not None
        for param in command.params:
            choices = getattr(param.type, "choices", ())
            if "--json" in getattr(param, "opts", ()) or "json" in choices:
                found.add(name)
    return found


def test_every_command_printing_json_has_a_published_schema() -> None:
    assert _json_commands() == set(OUTPUTS)


def _printed(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert run_cli(*args) == 0
    return json.loads(capsys.readouterr().out)


CASES = {
    "rounds": [("rounds", "--json")],
    "status": [
        ("status", "--date", "2018-06-01", "--json"),
        ("status", "--date", "2017-02-01", "--json"),
    ],
    "where": [
        ("where", "35.44208", "36.65095", "--date", "2019-09-01", "--json"),
        ("where", "34.5514", "38.2694", "--json"),  # Palmyra: in no zone
    ],
    "diff": [
        ("diff", "astana-6", "astana-11", "--json"),
        ("diff", "astana-14", "2020-03-06", "--json"),
    ],
    "extract": [("extract", str(STATEMENT), "--json")],
}


@pytest.mark.parametrize(
    ("name", "args"),
    [
        pytest.param(name, args, id=f"{name}-{n}")
        for name, runs in CASES.items()
        for n, args in enumerate(runs)
    ],
)
def test_every_json_output_fits_its_published_schema_and_says_its_version(
    name: str, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    document = _printed(capsys, *args)
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert not errors
    assert isinstance(document, dict) and document["schema_version"] == SCHEMA_VERSION


def test_the_coverage_json_fits_its_published_schema(
    own_governorates: Path, tmp_path: Path
) -> None:
    out = tmp_path / "coverage.json"
    args = ["coverage", "--admin", str(own_governorates), "--round", "astana-6"]
    assert run_cli(*args, "--format", "json", "-o", str(out)) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((SCHEMAS / "coverage.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(
        document
    )
    assert document["schema_version"] == SCHEMA_VERSION and document["rows"]


def test_a_schema_refuses_an_output_of_the_wrong_shape() -> None:
    schema = json.loads((SCHEMAS / "rounds.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert not validator.is_valid([{"id": "astana-1"}])  # the list the command used to print
    good = {"schema_version": 1, "rounds": []}
    assert validator.is_valid(good)
    assert not validator.is_valid({**good, "schema_version": 2})
