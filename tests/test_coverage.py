"""P-code coverage: how much of each admin unit the zones in force cover, and of each zone."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import REFERENCE, needs_reference, run_cli

import pyogrio
import shapely
from shapely.geometry import mapping

from zonemap.atlas import Atlas
from zonemap.coverage import COVERAGE_COLUMNS, coverage, load_admin, pcode_coverage
from zonemap.errors import BoundaryError
from zonemap.projection import area_km2

ADM3 = REFERENCE / "codab_2016_adm3.geojson"
ADM1 = REFERENCE / "codab_2016_adm1.geojson"
SEPTEMBER_2017 = dt.date(2017, 9, 15)  # all four zones of the Astana memorandum in force


def test_on_its_own_boundaries_every_zone_lies_wholly_in_its_governorates(
    atlas: Atlas, own_governorates: Path
) -> None:
    table = coverage(atlas, load_admin(own_governorates), SEPTEMBER_2017)
    assert table.warnings == ()
    shares: dict[tuple[str, str], float] = defaultdict(float)
    for row in table.rows:
        assert row["level"] == 1 and row["adm1_pcode"] is None
        shares[(row["zone_id"], row["extent"])] += row["zone_pct"]
    assert {zone for zone, _ in shares} == {"idlib", "northern-homs", "eastern-ghouta", "southern"}
    for share in shares.values():
        assert share == pytest.approx(100, abs=0.1)


def test_a_unit_wholly_inside_a_zone_is_covered_to_the_full(
    atlas: Atlas, own_governorates: Path
) -> None:
    table = coverage(atlas, load_admin(own_governorates), dt.date(2018, 1, 1))
    idlib = {
        r["pcode"]: r for r in table.rows if (r["zone_id"], r["extent"]) == ("idlib", "agreed")
    }
    assert 0 < idlib["SY07"]["unit_pct"] <= 100
    assert idlib["SY07"]["km2"] <= idlib["SY07"]["unit_km2"]


def test_the_held_extent_covers_no_more_than_the_agreed_one(
    atlas: Atlas, own_governorates: Path
) -> None:
    table = coverage(atlas, load_admin(own_governorates), dt.date(2019, 9, 1))
    km2 = {(r["zone_id"], r["extent"], r["pcode"]): r["km2"] for r in table.rows}
    held = [key for key in km2 if key[1] == "held"]
    assert held
    for zone_id, _extent, pcode in held:
        assert km2[(zone_id, "held", pcode)] <= km2[(zone_id, "agreed", pcode)]


@needs_reference
def test_ocha_subdistricts_roll_up_to_districts_and_governorates(atlas: Atlas) -> None:
    table = coverage(atlas, load_admin(ADM3), SEPTEMBER_2017)
    assert table.level == 3
    totals: dict[tuple[str, str, int, str], float] = defaultdict(float)
    counts: dict[tuple[str, str, int, str], int] = defaultdict(int)
    for row in table.rows:
        if row["level"] == 3:
            for level, parent in ((2, row["adm2_pcode"]), (1, row["adm1_pcode"])):
                totals[(row["zone_id"], row["extent"], level, parent)] += row["km2"]
                counts[(row["zone_id"], row["extent"], level, parent)] += 1
    rolled = {
        (r["zone_id"], r["extent"], r["level"], r["pcode"]): r["km2"]
        for r in table.rows
        if r["level"] < 3
    }
    assert rolled.keys() == totals.keys()
    for key, km2 in rolled.items():
        # every row is rounded to 0.1 km²
        assert km2 == pytest.approx(totals[key], abs=0.05 * (counts[key] + 1))


@needs_reference
def test_eastern_ghouta_lies_mostly_in_rural_damascus_and_duma_is_its_largest_part(
    atlas: Atlas,
) -> None:
    table = coverage(atlas, load_admin(ADM3), SEPTEMBER_2017)
    ghouta = [r for r in table.rows if (r["zone_id"], r["extent"]) == ("eastern-ghouta", "agreed")]
    governorates = {r["pcode"]: r for r in ghouta if r["level"] == 1}
    assert next(iter(governorates)) == "SY03"  # largest first; OCHA's Damascus takes an edge
    assert governorates["SY03"]["zone_pct"] > 95
    largest = next(r for r in ghouta if r["level"] == 3)
    assert (largest["pcode"], largest["name_en"]) == ("SY030200", "Duma")


@needs_reference
def test_zones_reaching_outside_the_admin_layer_are_warned_about(atlas: Atlas) -> None:
    warnings = coverage(atlas, load_admin(ADM3), SEPTEMBER_2017).warnings
    assert len(warnings) == 2
    assert warnings[0].startswith("127 km² of the agreed Idlib de-escalation zone lies outside")
    assert "Southern de-escalation zone" in warnings[1]


@needs_reference
def test_a_level_finer_than_the_layer_is_refused(atlas: Atlas) -> None:
    with pytest.raises(BoundaryError, match="units are at level 1, not 3"):
        coverage(atlas, load_admin(ADM1), SEPTEMBER_2017, level=3)


@needs_reference
def test_coverage_command_writes_csv_and_json_with_the_same_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["coverage", "--admin", str(ADM3), "--round", "astana-6", "--level", "2"]
    assert run_cli(*args, "-o", str(tmp_path / "a.csv")) == 0
    assert "warning: 127 km² of the agreed Idlib" in capsys.readouterr().err
    assert run_cli(*args, "--format", "json", "-o", str(tmp_path / "a.json")) == 0
    assert run_cli(*args, "-o", str(tmp_path / "b.csv")) == 0
    text = (tmp_path / "a.csv").read_text(encoding="utf-8")
    assert text == (tmp_path / "b.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(COVERAGE_COLUMNS)
    assert {r["level"] for r in rows} == {"1", "2"}
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["date"] == "2017-09-15"
    assert [r["pcode"] for r in data["rows"]] == [r["pcode"] for r in rows]


def test_coverage_needs_a_day_or_a_round(
    own_governorates: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("coverage", "--admin", str(own_governorates)) == 2
    assert "exactly one of --round or --date" in capsys.readouterr().err


def test_an_admin_layer_without_p_codes_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plain.geojson"
    box = mapping(shapely.box(36, 35, 37, 36))
    feature = {"type": "Feature", "properties": {"name": "x"}, "geometry": box}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), "utf-8")
    assert run_cli("coverage", "--admin", str(path), "--date", "2018-01-01") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"error: {path}: no P-code column")


def test_the_geopackage_holds_each_rows_covered_part_and_is_reproducible(
    own_governorates: Path, tmp_path: Path
) -> None:
    args = ["coverage", "--admin", str(own_governorates), "--date", "2019-09-01"]
    assert run_cli(*args, "--format", "gpkg", "-o", str(tmp_path / "a.gpkg")) == 0
    assert run_cli(*args, "--format", "gpkg", "-o", str(tmp_path / "b.gpkg")) == 0
    assert (tmp_path / "a.gpkg").read_bytes() == (tmp_path / "b.gpkg").read_bytes()
    frame = pyogrio.read_dataframe(tmp_path / "a.gpkg", layer="coverage")
    assert list(frame.columns) == [*COVERAGE_COLUMNS, "geometry"]
    for row in frame.itertuples():
        assert area_km2(row.geometry) == pytest.approx(row.km2, rel=0.01, abs=0.2)


def test_geopackage_coverage_needs_an_output_file(
    own_governorates: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["coverage", "--admin", str(own_governorates), "--date", "2019-09-01"]
    assert run_cli(*args, "--format", "gpkg") == 2
    assert "--format gpkg needs -o FILE" in capsys.readouterr().err


def test_the_notebook_form_takes_a_path_and_any_day_and_gives_the_same_rows(
    atlas: Atlas, own_governorates: Path
) -> None:
    import pandas as pd

    frame = pcode_coverage(atlas, own_governorates, pd.Timestamp("2017-09-15 18:00"))
    table = coverage(atlas, load_admin(own_governorates), SEPTEMBER_2017)
    assert list(frame.columns) == list(COVERAGE_COLUMNS)
    assert frame.to_dict("records") == [dict(row) for row in table.rows]
