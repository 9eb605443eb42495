"""What changed between two rounds or dates, from Python and from ``zonemap diff``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from zonemap.atlas import Atlas
from zonemap.diff import diff, diff_tables
from zonemap.tables import zone_records
from zonemap.web import build_maps


def test_astana_6_to_11_ends_three_zones_and_keeps_idlib(atlas: Atlas) -> None:
    result = diff(atlas, "astana-6", "astana-11")
    kinds = {c.zone_id: c.kind for c in result.changes}
    assert kinds["eastern-ghouta"] == kinds["northern-homs"] == kinds["southern"] == "ended"
    assert "idlib" in result.in_force
    assert kinds["idlib"] == "extended"
    assert kinds["idlib-demilitarised-zone"] == "established"


def test_an_ended_zone_drops_its_governorates_and_area(atlas: Atlas) -> None:
    result = diff(atlas, "astana-8", "astana-10")
    south = next(c for c in result.changes if c.zone_id == "southern")
    assert south.governorates_dropped == ("SY12", "SY14")
    assert south.area_change_km2 == -atlas.shapes["southern"].area_km2
    assert south.event and "2018" in south.event
    assert {"SY12", "SY14", "SY03"} <= set(result.governorates_dropped)
    before, after = result.area_in_force_km2
    assert after < before


def test_unchanged_days_report_nothing(atlas: Atlas) -> None:
    result = diff(atlas, "2017-09-15", "2017-09-20")
    assert result.changes == ()
    assert result.governorates_added == result.governorates_dropped == ()
    assert result.area_in_force_km2[0] == result.area_in_force_km2[1]


def test_a_zone_that_came_and_went_between_the_days_is_reported_ended(atlas: Atlas) -> None:
    result = diff(atlas, "astana-6", "astana-22")
    dmz = next(c for c in result.changes if c.zone_id == "idlib-demilitarised-zone")
    assert dmz.kind in {"ended", "superseded"}
    assert dmz.detail.startswith("established 2018-09-17, ")
    assert dmz.area_change_km2 == 0.0


def test_observation_posts_established_and_withdrawn(atlas: Atlas) -> None:
    established = diff(atlas, "astana-7", "astana-9").posts_established
    assert [p.id for p in established] == [f"tr-op-{n:02d}" for n in range(3, 12)]
    withdrawn = diff(atlas, "astana-14", "astana-15").posts_withdrawn
    assert {p.id for p in withdrawn} >= {"tr-op-03", "tr-op-09"}


def test_the_first_table_establishes_every_zone(atlas: Atlas) -> None:
    changes = diff_tables(None, zone_records(atlas, round_id="astana-6"))
    assert {c.kind for c in changes} == {"established"}
    assert len(changes) == 4


def test_diff_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("diff", "astana-6", "astana-11", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    ended = {c["zone_id"] for c in result["changes"] if c["change"] == "ended"}
    assert ended == {"eastern-ghouta", "northern-homs", "southern"}
    assert "idlib" in result["in_force"]
    assert result["area_in_force_km2"]["change"] < 0


def test_diff_command_prints_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("diff", "astana-6", "2018-12-01") == 0
    out = capsys.readouterr().out
    assert "ended        eastern-ghouta" in out
    assert "in force: idlib" in out


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        ("astana-99", "astana-11", "did you mean astana-9"),
        ("astana-6", "2018-02-30", "not a valid date"),
        ("astana-11", "astana-6", "give the earlier one first"),
    ],
)
def test_bad_references_are_usage_errors_on_one_line(
    capsys: pytest.CaptureFixture[str], before: str, after: str, message: str
) -> None:
    assert run_cli("diff", before, after) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("error: ") and "rounds.yaml" not in err


def test_each_round_map_lists_the_posts_set_up_since_the_previous_round(
    atlas: Atlas, tmp_path: Path
) -> None:
    build_maps(atlas, tmp_path, ["astana-8"])
    html = (tmp_path / "astana-8.html").read_text(encoding="utf-8")
    panel = html[html.index('class="zm-panel zm-changes"') :]
    assert "Changes since summit-sochi-2017" in panel
    assert "new: " in panel.split("</section>")[0]
