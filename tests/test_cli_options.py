"""The options every command takes: where they go, the environment, how much is said; completion."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REFERENCE, needs_reference, run_cli

MISSING = "/nonexistent/catalogue"


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


@pytest.mark.parametrize(
    "args",
    [
        ["--catalogue", MISSING, "status", "--date", "2017-12-01"],
        ["status", "--date", "2017-12-01", "--catalogue", MISSING],
    ],
    ids=["before", "after"],
)
def test_the_catalogue_option_is_read_before_and_after_the_command(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(*args) == 1
    assert f"{MISSING}: catalogue folder not found" in _one_error_line(capsys)


def test_a_catalogue_given_after_the_command_wins_over_one_given_before(
    catalogue_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("--catalogue", MISSING, "rounds", "--catalogue", str(catalogue_copy)) == 0
    assert run_cli("--catalogue", str(catalogue_copy), "rounds", "--catalogue", MISSING) == 1
    assert MISSING in _one_error_line(capsys)


def test_the_environment_names_the_catalogue_with_the_options_own_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("--catalogue", MISSING, "rounds") == 1
    from_option = _one_error_line(capsys)
    monkeypatch.setenv("ZONEMAP_CATALOGUE", MISSING)
    assert run_cli("rounds") == 1
    assert _one_error_line(capsys) == from_option


def test_an_option_on_the_command_line_wins_over_the_environment(
    catalogue_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZONEMAP_CATALOGUE", MISSING)
    assert run_cli("--catalogue", str(catalogue_copy), "rounds") == 0
    assert run_cli("rounds", "--catalogue", str(catalogue_copy)) == 0


def test_the_environment_names_the_boundaries_with_the_options_own_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "admin1.geojson")
    assert run_cli("status", "--date", "2017-12-01", "--boundaries", missing) == 1
    from_option = _one_error_line(capsys)
    monkeypatch.setenv("ZONEMAP_BOUNDARIES", missing)
    assert run_cli("status", "--date", "2017-12-01") == 1
    assert _one_error_line(capsys) == from_option and "admin1.geojson" in from_option


def test_help_names_the_environment_variables(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("--help") == 0
    out = capsys.readouterr().out
    assert "ZONEMAP_CATALOGUE" in out and "ZONEMAP_BOUNDARIES" in out
    assert "--quiet" in out and "--verbose" in out


@pytest.mark.parametrize(
    "args",
    [["-q", "rounds", "-v"], ["--quiet", "--verbose", "rounds"], ["rounds", "-v", "-q"]],
)
def test_quiet_and_verbose_together_are_one_usage_line(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(*args) == 2
    assert "give --quiet or --verbose, not both" in _one_error_line(capsys)


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_leaves_out_the_note_of_what_was_written(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", "--round", "astana-6", "-o", str(tmp_path / "zones.geojson")]
    assert run_cli(*args) == 0
    assert capsys.readouterr().err.startswith("wrote ")
    assert run_cli(*(["-q", *args] if where == "before" else [*args, "-q"])) == 0
    assert capsys.readouterr().err == ""


@needs_reference
def test_quiet_still_prints_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    admin = REFERENCE / "codab_2016_adm3.geojson"
    args = ["coverage", "--admin", str(admin), "--round", "astana-6", "--level", "1"]
    assert run_cli(*args, "-o", str(tmp_path / "a.csv"), "--quiet") == 0
    err = capsys.readouterr().err
    assert err.startswith("warning: ") and "wrote" not in err


def test_verbose_says_which_inputs_and_whether_what_a_query_reads_was_kept(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli("-v", "status", "--date", "2017-12-01") == 0
    assert run_cli("status", "--date", "2017-12-01", "--verbose") == 0
    err = capsys.readouterr().err.splitlines()
    assert err[:2] == ["catalogue: the shipped one", "boundaries: the shipped governorates"]
    assert err[-1].startswith("index: read back from ")  # the first run kept it, if none had


def test_a_quiet_build_shows_no_progress_and_a_verbose_one_lists_its_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "maps"
    assert run_cli("build", "--out", str(out), "--round", "astana-6", "-q") == 0
    assert capsys.readouterr().err == ""
    assert run_cli("-v", "build", "--out", str(out), "--round", "astana-6", "--force") == 0
    err = capsys.readouterr().err
    assert f"unchanged {out / 'astana-6.html'}" in err
    assert err.rstrip().endswith("0 changed")


def _complete(*words: str, shell: str = "bash") -> list[str]:
    """What the shell would offer after ``words`` (the last one partial), by click's protocol."""
    env = {
        **os.environ,
        "_ZONEMAP_COMPLETE": f"{shell}_complete",
        "COMP_WORDS": " ".join(("zonemap", *words)),
        "COMP_CWORD": str(len(words)),
    }
    run = subprocess.run(
        [sys.executable, "-m", "zonemap"], env=env, capture_output=True, text=True, check=True
    )
    return [line.split(",", 1)[1] for line in run.stdout.splitlines()]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_completion_script_is_produced_for_each_shell(shell: str) -> None:
    env = {**os.environ, "_ZONEMAP_COMPLETE": f"{shell}_source"}
    run = subprocess.run(
        [sys.executable, "-m", "zonemap"], env=env, capture_output=True, text=True, check=True
    )
    assert "_ZONEMAP_COMPLETE" in run.stdout and run.stderr == ""


def test_a_partial_command_name_completes_to_the_command() -> None:
    assert _complete("st") == ["status"]


@pytest.mark.parametrize(
    "words",
    [("export", "--round", "astana-1"), ("figure", "astana-1"), ("diff", "astana-1")],
    ids=["--round", "ROUND", "BEFORE"],
)
def test_round_ids_complete_from_the_catalogue(words: tuple[str, ...]) -> None:
    offered = _complete(*words)
    assert "astana-1" in offered and "astana-10" in offered
    assert all(o.startswith("astana-1") for o in offered)


def test_completing_loads_no_data_frame_or_map_library() -> None:
    code = (
        "import sys, zonemap.cli\n"
        "try: zonemap.cli.main()\n"
        "except SystemExit: pass\n"
        "print(sorted({'pandas', 'geopandas', 'folium', 'pyogrio', 'pyproj'} & set(sys.modules)))"
    )
    env = {
        **os.environ,
        "_ZONEMAP_COMPLETE": "bash_complete",
        "COMP_WORDS": "zonemap export --round astana-",
        "COMP_CWORD": "3",
    }
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert run.stdout.splitlines()[-1] == "[]"
