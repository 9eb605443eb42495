"""The query index: the query commands answer from it exactly as from the atlas, and fast."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from zonemap.atlas import Atlas
from zonemap.diff import diff, diff_of
from zonemap.paths import cache_dir
from zonemap.points import point_status
from zonemap.query_index import QueryIndex, build_index, load_index
from zonemap.tables import STATUS_COLUMNS, zone_records

DAYS = [
    dt.date(2016, 12, 31),  # before any zone
    dt.date(2017, 5, 4),  # the Memorandum
    dt.date(2017, 11, 4),  # the first extension
    dt.date(2018, 4, 14),  # eastern Ghouta retaken
    dt.date(2018, 6, 1),
    dt.date(2019, 8, 21),  # Khan Shaykhun
    dt.date(2020, 3, 6),  # the Moscow protocol
    dt.date(2024, 1, 1),  # long after the last round
]
POINTS = [  # (lat, lon)
    (35.93, 36.63),  # Idlib city
    (35.40, 36.60),  # southern Idlib, lost in 2019-2020
    (35.62, 36.65),  # on the M4 corridor
    (34.85, 36.75),  # the northern Homs pocket
    (33.57, 36.40),  # eastern Ghouta
    (32.70, 36.10),  # the south
    (33.51, 36.29),  # Damascus: in no zone
    (36.20, 37.16),  # Aleppo city: in no zone
]
PAIRS = [
    ("astana-4", "astana-6"),
    ("astana-6", "astana-11"),
    ("astana-1", "astana-22"),
    ("2017-05-01", "2020-03-10"),
    ("2018-01-01", "2019-09-01"),
    ("2019-08-20", "2019-08-21"),
]


@pytest.fixture(scope="module")
def index(atlas: Atlas) -> QueryIndex:
    return build_index(atlas)


def _agreed_status(atlas: Atlas, day: dt.date) -> list[dict[str, object]]:
    return [
        {k: row[k] for k in STATUS_COLUMNS} for row in zone_records(atlas, day, extent="agreed")
    ]


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_status_from_the_index_is_the_status_from_the_atlas(
    atlas: Atlas, index: QueryIndex, day: dt.date
) -> None:
    from_index = [{k: row[k] for k in STATUS_COLUMNS} for row in index.zone_rows(day)]
    assert from_index == _agreed_status(atlas, day)


@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize(("lat", "lon"), POINTS)
def test_where_from_the_index_is_where_from_the_atlas(
    atlas: Atlas, index: QueryIndex, lat: float, lon: float, day: dt.date
) -> None:
    assert index.point_status(lon, lat, day) == point_status(atlas, lon, lat, day)


@pytest.mark.parametrize(("before", "after"), PAIRS)
def test_a_diff_from_the_index_is_the_diff_from_the_atlas(
    atlas: Atlas, index: QueryIndex, before: str, after: str
) -> None:
    from_index, from_atlas = diff_of(index, before, after), diff(atlas, before, after)
    assert from_index.to_json() == from_atlas.to_json()
    assert from_index.summary_lines() == from_atlas.summary_lines()


def test_every_round_pair_diffs_the_same_from_the_index(atlas: Atlas, index: QueryIndex) -> None:
    ids = [r.id for r in atlas.catalogue.rounds]
    for before, after in itertools.pairwise(ids):
        assert diff_of(index, before, after).to_json() == diff(atlas, before, after).to_json()


def test_the_index_lists_the_catalogues_rounds(atlas: Atlas, index: QueryIndex) -> None:
    listed = [(r.id, r.name, r.kind, r.start, r.end, r.city) for r in index.rounds]
    assert listed == [
        (r.id, r.name, r.kind, r.start, r.end, r.city) for r in atlas.catalogue.rounds
    ]
    assert index.horizon == atlas.catalogue.horizon


QUERIES = [
    ["rounds", "--json"],
    ["status", "--date", "2018-06-01", "--json"],
    ["where", "35.93", "36.63", "--json"],
    ["diff", "astana-6", "astana-11", "--json"],
]


def _outputs(capsys: pytest.CaptureFixture[str]) -> list[str]:
    printed = []
    for args in QUERIES:
        assert run_cli(*args) == 0
        printed.append(capsys.readouterr().out)
    return printed


def _index_files() -> list[Path]:
    folder = cache_dir()
    assert folder is not None
    return sorted(folder.glob("index-*.pickle"))


def test_a_corrupt_index_is_made_again_silently(capsys: pytest.CaptureFixture[str]) -> None:
    expected = _outputs(capsys)
    for path in _index_files():
        path.write_bytes(b"\x80\x05not a pickle")
    assert _outputs(capsys) == expected
    assert capsys.readouterr().err == ""
    # the index the queries read (the most recently used) was written again
    newest = max(_index_files(), key=lambda path: path.stat().st_mtime_ns)
    assert newest.read_bytes() != b"\x80\x05not a pickle"


def test_a_stale_index_is_never_read(catalogue_copy: Path) -> None:
    name = "Sixth International Meeting on Syria in Astana"
    assert {r.id: r.name for r in load_index(catalogue_copy).rounds}["astana-6"] == name
    rounds = catalogue_copy / "rounds.yaml"
    rounds.write_text(rounds.read_text("utf-8").replace(name, "Astana Six", 1), "utf-8")
    assert {r.id: r.name for r in load_index(catalogue_copy).rounds}["astana-6"] == "Astana Six"


def test_check_reports_a_broken_catalogue_every_time(
    catalogue_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zones = catalogue_copy / "zones.yaml"
    zones.write_text(zones.read_text("utf-8").replace("id: idlib", "id: Idlib", 1), "utf-8")
    reports = []
    for _ in range(2):
        assert run_cli("--catalogue", str(catalogue_copy), "check") == 1
        reports.append(capsys.readouterr().err)
    assert reports[0] == reports[1] and reports[0].startswith("problem: ")


def _loaded_by(args: list[str]) -> list[str]:
    code = (
        "import sys, zonemap.cli\n"
        "try: zonemap.cli.main()\n"
        "except SystemExit: pass\n"
        "import json\n"
        "heavy = {'shapely', 'pydantic', 'pandas', 'numpy', 'yaml'}\n"
        "print(json.dumps(sorted(heavy & set(sys.modules))))"
    )
    for _ in range(2):  # the first run keeps the index, if no earlier test did
        run = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
        )
    names: list[str] = json.loads(run.stdout.splitlines()[-1])
    return names


@pytest.mark.parametrize(
    "args",
    [
        ["rounds"],
        ["status", "--date", "2018-06-01"],
        ["diff", "astana-6", "astana-11"],
        ["where", "35.33", "40.14"],  # Deir ez-Zor: outside every zone's box
        ["check"],
    ],
)
def test_a_query_with_the_index_kept_imports_no_shapely_or_pydantic(args: list[str]) -> None:
    assert _loaded_by(args) == []


STATEMENT = str(ROOT / "tests" / "data" / "statements" / "round-4-memorandum.txt")


def test_extract_with_its_names_kept_imports_no_pydantic_and_yaml_only_to_write_yaml() -> None:
    assert _loaded_by(["extract", "--json", STATEMENT]) == []
    assert _loaded_by(["extract", STATEMENT]) == ["yaml"]


def test_where_inside_a_zone_needs_shapely_but_not_pydantic() -> None:
    assert _loaded_by(["where", "35.93", "36.63"]) == ["numpy", "shapely"]
