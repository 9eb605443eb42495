"""The catalogue's JSON Schemas come from the record types, ship up to date, and back check."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from zonemap.catalogue import FILES
from zonemap.cli import main
from zonemap.paths import catalogue_dir
from zonemap.schemas import catalogue_schemas, schema_name, schema_problems, schema_text

SHIPPED = ROOT / "geodata" / "schema"


@pytest.mark.parametrize("name", sorted(catalogue_schemas()))
def test_the_shipped_schema_is_what_the_record_types_generate(name: str) -> None:
    shipped = (SHIPPED / name).read_text(encoding="utf-8")
    assert shipped == schema_text(catalogue_schemas()[name]), "run `make generated`"


def test_there_is_a_schema_for_every_catalogue_file_and_no_other() -> None:
    assert sorted(p.name for p in SHIPPED.glob("*.json")) == sorted(map(schema_name, FILES))


@pytest.mark.parametrize("file", FILES)
def test_every_catalogue_file_names_its_schema_for_editors(file: str) -> None:
    first = (catalogue_dir() / file).read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../schema/{schema_name(file)}"


def test_the_shipped_catalogue_meets_its_schemas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZONEMAP_CACHE_DIR", "none")
    assert schema_problems(catalogue_dir()) == []


def test_a_schema_refuses_a_field_the_models_do_not_know() -> None:
    rounds = json.loads((SHIPPED / "rounds.schema.json").read_text(encoding="utf-8"))
    assert rounds["$defs"]["Round"]["additionalProperties"] is False


def _set_initial_months(folder: Path, zone_ids: list[str], value: object) -> None:
    path = folder / "zones.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for zone in data["zones"]:
        if zone["id"] in zone_ids:
            zone["validity"]["initial_months"] = value
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_check_lists_every_schema_problem_on_its_own_line(
    catalogue_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The loader reads "6" as 6; the schema, as an editor would, wants a number or null.
    monkeypatch.setenv("ZONEMAP_CACHE_DIR", "none")
    _set_initial_months(catalogue_copy, ["idlib", "southern"], "6")
    with pytest.raises(SystemExit) as exit_info:
        main(["--catalogue", str(catalogue_copy), "check"])
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert exit_info.value.code == 1 and "Traceback" not in captured.err
    assert len(lines) == 2, lines
    for line, zone in zip(lines, ["idlib", "southern"], strict=True):
        assert re.fullmatch(
            rf"problem: \S+zones\.yaml: zone {zone}: schema: validity\.initial_months: "
            r"'6' is not valid under any of the given schemas",
            line,
        ), line


def test_a_catalogue_found_valid_is_not_checked_again(
    catalogue_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZONEMAP_CACHE_DIR", str(tmp_path / "cache"))
    assert schema_problems(catalogue_copy) == []
    assert len(list((tmp_path / "cache").glob("schema-valid-*"))) == 1
    _set_initial_months(catalogue_copy, ["idlib"], "6")
    assert len(schema_problems(catalogue_copy)) == 1  # changed files are checked afresh
