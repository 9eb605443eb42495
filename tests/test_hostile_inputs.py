"""Hostile inputs: every bad catalogue, boundary layer or argument gives one clear line.

The line names the file and the entry, the exit status is not zero, there is no traceback,
and ``check``, ``status`` and ``build`` say the same thing, because they load the inputs the
same way. Inputs that are not regular files are refused without being read.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, run_cli

from zonemap.limits import CATALOGUE_FILE_LIMIT

Breakage = Callable[[Path], None]


def _replace(file: str, old: str, new: str, count: int = 1) -> Breakage:
    """Edit the text of a catalogue file: the first ``count`` occurrences of ``old``."""

    def apply(folder: Path) -> None:
        path = folder / file
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    return apply


def _edit(file: str, mutate: Callable[[dict[str, Any]], None]) -> Breakage:
    """Edit a catalogue file as data."""

    def apply(folder: Path) -> None:
        path = folder / file
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        mutate(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")

    return apply


def _entry(data: dict[str, Any], key: str, entry_id: str) -> dict[str, Any]:
    return next(item for item in data[key] if item["id"] == entry_id)


def _supersede_idlib_by_itself(data: dict[str, Any]) -> None:
    validity = _entry(data, "zones", "idlib")["validity"]
    validity["de_jure_end"] = {**validity["de_facto_end"], "superseded_by": "idlib"}


EARLY_STATEMENT = {
    "zone": "idlib",
    "action": "restated",
    "note": "Idlib spoken of in January 2017, before the memorandum of May.",
    "document": "joint-statement",
    "paragraph": "para 1",
}


def _write(file: str, content: bytes) -> Breakage:
    def apply(folder: Path) -> None:
        (folder / file).write_bytes(content)

    return apply


def _nested(depth: int) -> bytes:
    return b"rounds: " + b"[" * depth + b"]" * depth + b"\n"


def _symlink(file: str, target: str) -> Breakage:
    def apply(folder: Path) -> None:
        (folder / file).unlink()
        (folder / file).symlink_to(target)

    return apply


def _folder_instead(file: str) -> Breakage:
    def apply(folder: Path) -> None:
        (folder / file).unlink()
        (folder / file).mkdir()

    return apply


FIRST_START = "start: 2017-01-23"  # astana-1's first day
IDLIB_ESTABLISHED = "established: 2017-05-04"

HOSTILE_CATALOGUES: dict[str, tuple[Breakage, str]] = {
    # case 5: nesting
    "30,000 brackets deep": (
        _write("rounds.yaml", _nested(30_000)),
        r"rounds\.yaml: line 1: nested more than 64 levels deep",
    ),
    "10,000 brackets deep": (_write("rounds.yaml", _nested(10_000)), r"nested more than 64"),
    "65 levels deep": (_write("rounds.yaml", _nested(65)), r"nested more than 64"),
    "deep block nesting": (
        _write(
            "posts.yaml",
            b"posts:\n" + b"".join(b"  " * i + b"- \n" for i in range(1, 80)) + b"  " * 80 + b"x\n",
        ),
        r"posts\.yaml: line \d+: nested more than 64",
    ),
    # case 6: dates out of range
    "a round in year 1": (
        _replace("rounds.yaml", FIRST_START, "start: 0001-01-01"),
        r"round astana-1: start: 0001-01-01 is outside the dates zonemap takes "
        r"\(1990-01-01 … 2100-12-31\)",
    ),
    "a round ending in 9999": (
        _replace("rounds.yaml", "end: 2024-11-12", "end: 9999-12-31"),
        r"round astana-22: end: 9999-12-31 is outside the dates",
    ),
    "a date in 1989": (
        _replace("zones.yaml", IDLIB_ESTABLISHED, "established: 1989-12-31"),
        r"zone idlib: validity\.established: 1989-12-31 is outside",
    ),
    # case 9: numbers and duplicates
    "start: 0": (
        _replace("rounds.yaml", FIRST_START, "start: 0"),
        r"round astana-1: start: Input should be a valid date written YYYY-MM-DD, not the number 0",
    ),
    "an epoch number": (
        _replace("zones.yaml", IDLIB_ESTABLISHED, "established: 1493856000"),
        r"zone idlib: validity\.established: .*not the number 1493856000",
    ),
    "an epoch number in quotes": (
        _replace("zones.yaml", IDLIB_ESTABLISHED, "established: '1493856000'"),
        r"zone idlib: validity\.established: .*YYYY-MM-DD, not '1493856000'",
    ),
    "a float for a date": (
        _replace("rounds.yaml", FIRST_START, "start: 2017.0123"),
        r"round astana-1: start: .*not the number 2017\.0123",
    ),
    "yes for a date": (
        _replace("rounds.yaml", FIRST_START, "start: yes"),
        r"round astana-1: start: .*not True",
    ),
    "a date with a time": (
        _replace("rounds.yaml", FIRST_START, "start: 2017-01-23T10:00:00"),
        r"round astana-1: start: .*YYYY-MM-DD",
    ),
    "a duplicate key": (
        _replace("rounds.yaml", FIRST_START, f"{FIRST_START}\n    start: 2017-01-24"),
        r"rounds\.yaml: line \d+: key 'start' appears twice in one mapping",
    ),
    "a duplicate top-level key": (
        lambda folder: (folder / "posts.yaml").write_text(
            (folder / "posts.yaml").read_text(encoding="utf-8") + "posts: []\n", encoding="utf-8"
        ),
        r"posts\.yaml: line \d+: key 'posts' appears twice",
    ),
    # case 10: rules check and build shared
    "a statement before its zone existed": (
        _edit(
            "rounds.yaml",
            lambda d: _entry(d, "rounds", "astana-1")["statements"].append(EARLY_STATEMENT),
        ),
        r"round astana-1: speaks of zone idlib before it was established \(2017-05-04\)",
    ),
    "a stray yaml file": (
        lambda folder: (folder / "zones-old.yaml").write_text("zones: []\n", encoding="utf-8"),
        r"zones-old\.yaml is not a catalogue file \(the catalogue is metadata\.yaml, "
        r"rounds\.yaml, zones\.yaml, "
        r"posts\.yaml\)",
    ),
    "a stray yml file": (
        lambda folder: (folder / "notes.yml").write_text("a: 1\n", encoding="utf-8"),
        r"notes\.yml is not a catalogue file",
    ),
    # case 11: ids and control characters
    "a newline in an id": (
        _replace("zones.yaml", "- id: idlib\n", '- id: "idlib\\nproblem: forged"\n'),
        r"zone #1: id: String should match pattern",  # not printable: not shown
    ),
    "a NUL byte": (
        _replace("rounds.yaml", "name: ", "name: \x00", 1),
        r"rounds\.yaml: line \d+: control character #x0000 is not allowed",
    ),
    "a BEL byte": (
        _replace("zones.yaml", "name: ", "name: \x07", 1),
        r"zones\.yaml: line \d+: control character #x0007 is not allowed",
    ),
    "an escaped BEL in an id": (
        _replace("zones.yaml", "- id: idlib\n", '- id: "idlib\\a"\n'),
        r"zone #1: id: String should match pattern",
    ),
    "an id of ten thousand characters": (
        _replace("zones.yaml", "- id: idlib\n", f"- id: {'x' * 10_000}\n"),
        r"zone #1: id: String should have at most 64 characters",
    ),
    # case 13
    "a zone superseded by itself": (
        _edit("zones.yaml", _supersede_idlib_by_itself),
        r"zone idlib: superseded_by names the zone itself",
    ),
    # more of our own
    "a python tag": (
        _replace("rounds.yaml", FIRST_START, "start: !!python/object/apply:os.system ['true']"),
        r"rounds\.yaml: line \d+: could not determine a constructor",
    ),
    "an alias bomb": (
        _replace(
            "zones.yaml",
            "- id: idlib\n",
            "- id: idlib\n    x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + "".join(f"    x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9)),
        ),
        r"zone idlib: x0: Extra inputs are not permitted",
    ),
    "UTF-16 text": (
        lambda folder: (folder / "posts.yaml").write_bytes(
            (folder / "posts.yaml").read_text(encoding="utf-8").encode("utf-16")
        ),
        r"posts\.yaml: not UTF-8 text \(byte 0\)",
    ),
    "a folder for a file": (_folder_instead("posts.yaml"), r"posts\.yaml: a folder, not a regular"),
    "a link to /dev/zero": (
        _symlink("rounds.yaml", "/dev/zero"),
        r"rounds\.yaml: a character device, not a regular file",
    ),
    "a file over the size limit": (
        _write("posts.yaml", b"posts: []\n" + b"#" * CATALOGUE_FILE_LIMIT),
        r"posts\.yaml: larger than the limit of 16,000,000 bytes",
    ),
    "a mapping for a list": (_write("posts.yaml", b"posts: {a: 1}\n"), r"top-level 'posts:' list"),
    "a round dated in 2101": (
        _replace("rounds.yaml", FIRST_START, "start: 2101-01-01"),
        r"round astana-1: start: 2101-01-01 is outside",
    ),
}


def _run_everywhere(folder: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The one line each of check, status and build gives on this catalogue."""
    lines = []
    for command in (["check"], ["status", "--date", "2017-12-01"], ["build", "--out", str(out)]):
        assert run_cli("--catalogue", str(folder), *command) == 1, command
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err + captured.out
        err = [line for line in captured.err.splitlines() if line != "rendering rounds"]
        assert len(err) == 1, captured.err
        lines.append(re.sub(r"^(problem|error): ", "", err[0]))
    return lines


@pytest.mark.parametrize("breakage", HOSTILE_CATALOGUES, ids=str)
def test_a_hostile_catalogue_gives_one_line_the_same_for_every_command(
    breakage: str, catalogue_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    apply, expected = HOSTILE_CATALOGUES[breakage]
    apply(catalogue_copy)
    lines = _run_everywhere(catalogue_copy, tmp_path / "maps", capsys)
    assert len(set(lines)) == 1, lines  # check, status and build agree
    assert str(catalogue_copy) in lines[0]
    assert re.search(expected, lines[0]), lines[0]
    assert not (tmp_path / "maps").exists()  # the build wrote nothing, not even the folder


def test_there_are_at_least_thirty_hostile_catalogues() -> None:
    assert len(HOSTILE_CATALOGUES) >= 30


def test_a_fifo_in_the_catalogue_is_refused_without_blocking(catalogue_copy: Path) -> None:
    (catalogue_copy / "posts.yaml").unlink()
    os.mkfifo(catalogue_copy / "posts.yaml")
    for command in (["check"], ["build", "--out", str(catalogue_copy.parent / "maps")]):
        done = subprocess.run(
            [sys.executable, "-m", "zonemap", "--catalogue", str(catalogue_copy), *command],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 1
        assert done.stderr.strip().endswith("posts.yaml: a FIFO, not a regular file")


# --- boundary layers (cases 7 and 12) -------------------------------------------------

SHIPPED = json.loads((ROOT / "geodata" / "governorates.geojson").read_text(encoding="utf-8"))


def _feature(data: dict[str, Any], pcode: str) -> dict[str, Any]:
    return next(f for f in data["features"] if f["properties"]["pcode"] == pcode)


def _points(data: dict[str, Any]) -> list[list[float]]:
    """Every vertex of every governorate, to move in place."""
    points = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        points += [point for polygon in polygons for ring in polygon for point in ring]
    return points


def _idlib_ring(data: dict[str, Any]) -> list[list[float]]:
    return _feature(data, "SY07")["geometry"]["coordinates"][0]


def _shift(data: dict[str, Any]) -> None:
    for point in _points(data):
        point[0] += 20


def _to_metres(data: dict[str, Any]) -> None:
    for point in _points(data):
        point[0], point[1] = point[0] * 111_000, point[1] * 111_000


def _swap_two_vertices(data: dict[str, Any]) -> None:
    ring = _idlib_ring(data)
    ring[5], ring[6] = ring[6], ring[5]


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda data: _feature(data, "SY07").update({key: value})


HOSTILE_BOUNDARIES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "a point": (
        _set("geometry", {"type": "Point", "coordinates": [36.6, 35.9]}),
        r"governorate SY07 \(Idleb\): the geometry is a Point, not a polygon",
    ),
    "a line": (
        _set("geometry", {"type": "LineString", "coordinates": [[36.6, 35.9], [36.7, 35.8]]}),
        r"governorate SY07 \(Idleb\): the geometry is a LineString, not a polygon",
    ),
    "a null geometry": (_set("geometry", None), r"SY07 \(Idleb\): the geometry is null or empty"),
    "an empty polygon": (
        _set("geometry", {"type": "Polygon", "coordinates": []}),
        r"SY07 \(Idleb\): the geometry is null or empty",
    ),
    "a NaN first vertex": (
        lambda data: _idlib_ring(data)[0].__setitem__(0, float("nan")),
        r"SY07 \(Idleb\): a coordinate is not a finite number",
    ),
    "an infinite vertex": (
        lambda data: _idlib_ring(data)[3].__setitem__(1, float("inf")),
        r"SY07 \(Idleb\): a coordinate is not a finite number",
    ),
    "shifted 20 degrees": (_shift, r"governorate SY01 \(Damascus\): lies outside Syria's extent"),
    "metres read as degrees": (_to_metres, r"wrong CRS: are these metres, not degrees\?"),
    "one governorate in Iceland": (
        lambda data: [p.__setitem__(0, p[0] - 55) for p in _idlib_ring(data)],
        r"SY07 \(Idleb\): lies outside Syria's extent",
    ),
    "a P-code twice": (
        lambda data: data["features"].append(copy.deepcopy(_feature(data, "SY07"))),
        r"governorate SY07: appears in more than one feature",
    ),
    "a governorate missing": (
        lambda data: data["features"].remove(_feature(data, "SY07")),
        r"missing governorates SY07",
    ),
}


def _layer(tmp_path: Path, breakage: Callable[[dict[str, Any]], None]) -> Path:
    data = copy.deepcopy(SHIPPED)
    breakage(data)
    path = tmp_path / "admin1.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("breakage", HOSTILE_BOUNDARIES, ids=str)
def test_a_hostile_boundary_layer_blames_the_layer_and_the_governorate(
    breakage: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    apply, expected = HOSTILE_BOUNDARIES[breakage]
    path = _layer(tmp_path, apply)
    for command in (["check"], ["status", "--date", "2017-12-01"]):
        assert run_cli("--boundaries", str(path), *command) == 1
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err and captured.err.count("\n") == 1, captured.err
        assert f"{path}: " in captured.err and "zones.yaml" not in captured.err
        assert re.search(expected, captured.err), captured.err


def test_a_self_intersecting_governorate_is_repaired_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ZONEMAP_CACHE_DIR", "none")  # a kept atlas would not warn again
    path = _layer(tmp_path, _swap_two_vertices)
    assert run_cli("--boundaries", str(path), "status", "--date", "2017-12-01") == 0
    captured = capsys.readouterr()
    assert captured.err.startswith(
        f"warning: {path}: governorate SY07 (Idleb): invalid polygon (Self-intersection"
    )
    assert captured.err.count("\n") == 1 and "idlib" in captured.out


def test_a_boundary_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "admin1.geojson"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "zonemap", "--boundaries", str(fifo), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == f"problem: {fifo}: cannot read boundaries: a FIFO\n"


# --- arguments (case 13) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["where", "nan", "nan"], "Invalid value for 'LAT': 'nan' is not a number"),
        (["where", "35", "nan"], "Invalid value for 'LON': 'nan' is not a number"),
        (["where", "inf", "36"], "Invalid value for 'LAT'"),
        (["status", "--date", "0001-01-01"], "0001-01-01 is outside the dates zonemap takes"),
        (["status", "--date", "9999-12-31"], "9999-12-31 is outside the dates zonemap takes"),
        (["export", "--date", "1900-01-01", "-o", "-"], "1900-01-01 is outside the dates"),
        (["build", "--round", "astana-6\nproblem: forged"], "unknown round 'astana-6\\nproblem"),
        (["diff", "0001-01-01", "astana-6"], "0001-01-01 is outside the dates zonemap takes"),
        (["export", "--round", "x\ny", "-o", "-"], "unknown round 'x\\ny'"),
        (["build", "--out", "/dev/null"], "/dev/null: a character device, not a folder"),
        (["build", "--wait", "-1"], "Invalid value for '--wait'"),
    ],
)
def test_a_hostile_argument_gives_one_line(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if args[0] == "build" and "--out" not in args:
        args = [*args, "--out", str(tmp_path / "maps")]
    assert run_cli(*args) != 0
    err = capsys.readouterr().err.replace("rendering rounds\n", "")
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert message in err


def test_a_layer_in_projected_metres_that_says_so_loads_like_the_shipped_one(
    tmp_path: Path,
) -> None:
    import geopandas as gpd

    from zonemap.boundaries import load_governorates

    path = tmp_path / "admin1-utm.gpkg"
    gpd.read_file(ROOT / "geodata" / "governorates.geojson").to_crs(32637).to_file(path)
    loaded, shipped = load_governorates(path), load_governorates()
    for ours, theirs in zip(loaded, shipped, strict=True):
        assert ours.pcode == theirs.pcode
        assert abs(ours.geometry.area - theirs.geometry.area) < 1e-6 * theirs.geometry.area + 1e-9
