"""The command line: each command's output, JSON modes, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import folder_bytes, run_cli


def test_rounds_lists_every_round_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("rounds", "--json") == 0
    rounds = json.loads(capsys.readouterr().out)["rounds"]
    assert rounds[0]["id"] == "astana-1" and len(rounds) >= 30
    assert {"id", "name", "kind", "start", "end", "city"} <= set(rounds[0])


def test_rounds_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("rounds") == 0
    assert "astana-6" in capsys.readouterr().out


def test_status_on_a_day(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("status", "--date", "2018-06-01", "--json") == 0
    status = {z["zone_id"]: z for z in json.loads(capsys.readouterr().out)["zones"]}
    assert status["eastern-ghouta"]["status"] == "ended"
    assert status["northern-homs"]["status"] == "ended"
    assert status["idlib"]["status"] == "extended"
    assert status["idlib"]["extensions"] == 2


def test_status_before_any_zone(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("status", "--date", "2017-02-01") == 0
    assert "no zone had been established" in capsys.readouterr().out


def test_where_finds_douma_in_eastern_ghouta(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("where", "33.5718", "36.4027", "--date", "2017-12-01", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert [z["zone_id"] for z in result["zones"]] == ["eastern-ghouta"]


def test_where_outside_every_zone(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("where", "34.5514", "38.2694", "--date", "2017-12-01") == 0  # Palmyra
    assert "lies in no zone" in capsys.readouterr().out


def test_check_passes_on_the_shipped_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("check") == 0
    assert "consistent" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["status", "--date", "2017-13-01"], "Invalid value for '--date'"),
        (["status", "--date", "yesterday"], "Invalid value for '--date'"),
        (["export", "--round", "astana-99", "-o", "x.geojson"], "unknown round 'astana-99'"),
        (["where", "95", "36"], "Invalid value for 'LAT'"),
        (["--catalogue", "/nonexistent/catalogue", "rounds"], "catalogue folder not found"),
    ],
)
def test_bad_arguments_give_one_clear_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(*args) != 0
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert err.startswith("error: ") and err.count("\n") == 1


# What a query waits for: the data-frame, map and GIS-file libraries are only for tables,
# pages and exports; the projection only for building an atlas that is not kept yet.
_HEAVY = ("pandas", "geopandas", "folium", "branca", "pyogrio", "fiona", "matplotlib")


@pytest.mark.parametrize(
    ("args", "unneeded"),
    [
        (["rounds"], (*_HEAVY, "pyproj")),
        (["status", "--date", "2018-06-01"], (*_HEAVY, "pyproj")),
        (["where", "35.9", "36.6"], (*_HEAVY, "pyproj")),
        (["diff", "astana-6", "astana-11"], (*_HEAVY, "pyproj")),
        (["check"], _HEAVY),
    ],
)
def test_a_query_with_the_atlas_kept_loads_no_library_it_does_not_use(
    args: list[str], unneeded: tuple[str, ...]
) -> None:
    code = (
        "import sys, zonemap.cli\n"
        "try: zonemap.cli.main()\n"
        "except SystemExit: pass\n"
        f"print(sorted(set({list(unneeded)!r}) & set(sys.modules)))"
    )
    for _ in range(2):  # the first run keeps the atlas, if no earlier test did
        run = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
        )
    assert run.stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize("options", [[], ["--round", "astana-6", "--inline"]])
def test_a_build_from_the_command_line_needs_no_pandas_and_writes_the_same_files(
    options: list[str], own_governorates: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZONEMAP_CACHE_DIR", "none")  # the atlas is made, not loaded
    args = ["--boundaries", str(own_governorates), "build", *options, "--out"]
    code = (
        "import sys, zonemap.cli\n"
        "try: zonemap.cli.main()\n"
        "except SystemExit as exit: assert not exit.code, exit.code\n"
        "print('pandas' in sys.modules)"
    )
    alone = subprocess.run(
        [sys.executable, "-c", code, *args, str(tmp_path / "alone")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert alone.stdout.splitlines()[-1] == "False"
    assert run_cli(*args, str(tmp_path / "here")) == 0  # this process has pandas
    assert folder_bytes(tmp_path / "alone") == folder_bytes(tmp_path / "here")


def test_the_installed_command_starts_without_loading_geopandas() -> None:
    code = (
        "import sys, zonemap.cli; zonemap.cli.cli.main(['--help'], standalone_mode=False);"
        "print('geopandas' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().endswith("False")


def test_the_benchmarks_synthetic_catalogue_passes_every_check(tmp_path: Path) -> None:
    script = Path(__file__).parents[1] / "scripts" / "synthetic_catalogue.py"
    out = tmp_path / "synthetic"
    subprocess.run(
        [sys.executable, str(script), "--rounds", "3", "--zones", "2", "-o", str(out)], check=True
    )
    assert run_cli("--catalogue", str(out), "check") == 0
