"""Held extents: where each zone still held on a day, checked against independent reports."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, run_cli

import shapely

from zonemap.atlas import Atlas, load_atlas
from zonemap.diff import diff
from zonemap.points import point_status
from zonemap.projection import to_equal_area
from zonemap.tables import zone_records

CHECKS: list[dict[str, Any]] = yaml.safe_load(
    (ROOT / "tests" / "data" / "held_checks.yaml").read_text(encoding="utf-8")
)["checks"]


def _held(atlas: Atlas, zone_id: str, lon: float, lat: float, day: dt.date) -> bool:
    return bool(atlas.held_on(zone_id, day).held.covers(shapely.Point(lon, lat)))


def test_there_are_enough_sourced_checks_on_every_zone() -> None:
    per_zone = Counter(c["zone"] for c in CHECKS)
    assert len(CHECKS) >= 120
    assert per_zone["idlib"] >= 60 and min(per_zone.values()) >= 10, per_zone
    for check in CHECKS:
        assert check["source"]["title"] and check["source"]["url"].startswith("http")
        assert check["reasoning"] and check["coords"]
    sides = Counter((c["zone"], c["held_by"]) for c in CHECKS)
    assert all(sides[(zone, side)] for zone in per_zone for side in ("opposition", "government"))


def test_the_held_extent_is_right_on_at_least_95_percent_of_the_checks(atlas: Atlas) -> None:
    wrong = [
        f"{c['place']} {c['date']}: {c['held_by']}"
        for c in CHECKS
        if _held(atlas, c["zone"], c["lon"], c["lat"], c["date"]) != (c["held_by"] == "opposition")
    ]
    assert len(wrong) <= 0.05 * len(CHECKS), wrong


@pytest.mark.parametrize(
    ("zone_id", "place", "held_on", "lost_on"),
    [
        # The examples the maps used to get wrong: every one of them in the agreed extent.
        ("idlib", "Khan Shaykhun", "2019-08-01", "2019-09-01"),
        ("idlib", "Ma‘arrat an Nu‘mān", "2019-12-01", "2020-03-05"),
        ("idlib", "Kafranbel", "2020-02-01", "2020-03-05"),
        ("idlib", "Saraqib", "2020-01-15", "2020-03-05"),
        ("eastern-ghouta", "Harasta", "2018-03-10", "2018-04-01"),
        ("eastern-ghouta", "Irbin", "2018-03-10", "2018-04-01"),
        ("eastern-ghouta", "Zamalka", "2018-03-10", "2018-04-01"),
        ("eastern-ghouta", "Kafr Batna", "2018-03-10", "2018-04-01"),
        ("eastern-ghouta", "Saqba", "2018-03-10", "2018-04-01"),
        ("southern", "Busra ash Sham", "2018-06-20", "2018-07-20"),
        ("southern", "Tafas", "2018-06-20", "2018-07-20"),
        ("southern", "Jasim", "2018-06-20", "2018-07-20"),
        ("southern", "Al Muzayrib", "2018-06-20", "2018-07-20"),
    ],
)
def test_places_the_government_took_leave_the_held_extent(
    atlas: Atlas, zone_id: str, place: str, held_on: str, lost_on: str
) -> None:
    found = atlas.gazetteer.place(place)
    lon, lat = found.lon, found.lat
    assert atlas.shapes[zone_id].geometry.covers(shapely.Point(lon, lat)), place
    assert _held(atlas, zone_id, lon, lat, dt.date.fromisoformat(held_on)), place
    assert not _held(atlas, zone_id, lon, lat, dt.date.fromisoformat(lost_on)), place


def test_the_enclave_of_al_fuah_and_kafriya_joins_the_held_extent_when_evacuated(
    atlas: Atlas,
) -> None:
    fuah = (36.70167, 35.98167)
    assert not _held(atlas, "idlib", *fuah, dt.date(2018, 7, 18))
    assert _held(atlas, "idlib", *fuah, dt.date(2018, 7, 19))


def test_held_areas_shrink_as_the_offensives_went(atlas: Atlas) -> None:
    def share(zone_id: str, day: str) -> float:
        history = atlas.histories[zone_id]
        return history.share(history.on(dt.date.fromisoformat(day)))

    idlib = [share("idlib", d) for d in ("2018-03-01", "2018-09-17", "2019-09-01", "2020-03-06")]
    assert idlib[0] == pytest.approx(idlib[1], abs=2)  # little changed in 2018
    assert idlib[1] > idlib[2] > idlib[3] and idlib[3] < 50
    assert share("eastern-ghouta", "2018-03-15") > share("eastern-ghouta", "2018-04-01")
    assert share("southern", "2018-07-10") > share("southern", "2018-07-20")
    # Each zone was gone, on the ground, when its de facto end came.
    for zone_id in ("eastern-ghouta", "southern"):
        end = atlas.catalogue.zone(zone_id).validity.de_facto_end.date  # type: ignore[union-attr]
        assert atlas.held_on(zone_id, end).held_km2 == 0


def test_held_states_are_computed_once_per_change_not_per_day(atlas: Atlas) -> None:
    history = atlas.histories["idlib"]
    days = {c.date for c in history.changes}
    assert len(history.states) == len(days) + 1
    assert history.on(dt.date(2019, 8, 22)) is history.on(dt.date(2019, 8, 22))


def test_the_sochi_band_follows_the_line_of_contact_of_17_september_2018(atlas: Atlas) -> None:
    band = atlas.shapes["idlib-demilitarised-zone"].geometry
    held = atlas.held_on("idlib", dt.date(2018, 9, 17)).held
    assert shapely.difference(band, held).area < 1e-6  # inside that day's held extent

    # Khan Shaykhun and Morek, by the front, are in it; Idlib city, Salqin and Harem, by the
    # Turkish border far from the government, are not.
    def at(name: str) -> shapely.Point:
        place = atlas.gazetteer.place(name)
        return shapely.Point(place.lon, place.lat)

    assert all(band.covers(at(name)) for name in ("Khan Shaykhun", "Morek"))
    assert not any(band.covers(at(name)) for name in ("Idlib", "Salqin", "Harim"))
    # Its held part shrank with the offensives of 2019.
    history = atlas.histories["idlib-demilitarised-zone"]
    before, after = (history.on(dt.date(y, 9, 1)).held_km2 for y in (2018, 2019))
    assert after < before == history.agreed_km2


def test_the_m4_corridor_reaches_6_km_each_side_of_the_road(atlas: Atlas) -> None:
    corridor = to_equal_area(atlas.shapes["m4-security-corridor"].geometry)
    ariha = to_equal_area(shapely.Point(36.60964, 35.81374))  # on the road
    assert corridor.covers(ariha)
    assert corridor.covers(shapely.Point(ariha.x, ariha.y + 5500))
    assert not corridor.covers(shapely.Point(ariha.x, ariha.y + 7500))
    # Its western end, in government-held Latakia, was never held.
    history = atlas.histories["m4-security-corridor"]
    assert history.on(dt.date(2020, 3, 6)).held_km2 < history.agreed_km2


def test_observation_posts_stand_in_held_land_until_encircled(atlas: Atlas) -> None:
    week = dt.timedelta(days=7)
    for post in atlas.catalogue.posts:
        point = to_equal_area(shapely.Point(post.lon, post.lat))
        held = to_equal_area(atlas.held_on(post.zone, post.established).held)
        # Positions are approximate (each record says by how much): allow 5 km.
        assert held.distance(point) < 5000, post.id
        if post.encircled is not None:
            assert not atlas.held_on(post.zone, post.encircled.date + week).held.covers(
                shapely.Point(post.lon, post.lat)
            ), post.id
    morek = next(p for p in atlas.catalogue.posts if p.id == "tr-op-09")
    assert morek.state_on(dt.date(2019, 8, 22)) == "standing"
    assert morek.state_on(dt.date(2019, 9, 1)) == "encircled"
    assert morek.state_on(dt.date(2020, 12, 1)) == "withdrawn"


def test_where_says_when_a_point_stopped_being_held(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli("where", "35.44208", "36.65095", "--date", "2019-09-01") == 0
    out = capsys.readouterr().out
    assert "inside the agreed Idlib de-escalation zone; not held since 2019-08-21" in out
    assert "Shaykh" in out and "taken" in out
    assert run_cli("where", "35.44208", "36.65095", "--date", "2019-08-01", "--json") == 0
    found = json.loads(capsys.readouterr().out)["zones"]
    assert {z["zone_id"]: z["held"] for z in found}["idlib"] is True


def test_status_gives_the_agreed_and_the_held_area(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("status", "--date", "2020-03-06", "--json") == 0
    rows = {r["zone_id"]: r for r in json.loads(capsys.readouterr().out)["zones"]}
    idlib = rows["idlib"]
    assert idlib["held_km2"] < idlib["agreed_km2"]
    assert idlib["held_pct"] == pytest.approx(100 * idlib["held_km2"] / idlib["agreed_km2"], 0.1)
    assert idlib["last_change"].startswith("2020-03-02")


def test_diff_lists_the_land_lost_and_returned_with_places_and_events(atlas: Atlas) -> None:
    result = diff(atlas, "astana-14", "moscow-protocol-2020")
    lost = {m.change_id: m for m in result.control if m.change == "lost"}
    returned = [m for m in result.control if m.change == "returned"]
    assert any("Saraqib" in m.places for m in lost.values())
    assert returned and result.lost_km2() > 1000 > result.returned_km2() > 0
    held = {h.zone_id: h for h in result.held}["idlib"]
    assert held.after_km2 < held.before_km2
    assert result.to_json()["lost_km2"] == result.lost_km2()


def test_every_zone_in_force_has_an_agreed_and_a_held_row(atlas: Atlas) -> None:
    rows = zone_records(atlas, dt.date(2019, 9, 1))
    extents = Counter((r["zone_id"], r["extent"]) for r in rows)
    assert extents[("idlib", "agreed")] == extents[("idlib", "held")] == 1
    assert extents[("eastern-ghouta", "agreed")] == 1 and not extents[("eastern-ghouta", "held")]


def test_point_status_for_a_point_outside_every_zone_is_empty(atlas: Atlas) -> None:
    assert point_status(atlas, 36.2913, 33.5102, dt.date(2018, 1, 1)) == []  # Damascus


def _with_change(folder: Path, zone_id: str, change: dict[str, Any]) -> None:
    path = folder / "zones.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    zone = next(z for z in data["zones"] if z["id"] == zone_id)
    zone.setdefault("control", []).append(change)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


SOURCE = {"title": "A report", "date": "2018-03-01", "paragraph": "para 1"}


@pytest.mark.parametrize(
    ("zone_id", "change", "message"),
    [
        (
            "eastern-ghouta",
            {"id": "too-early", "date": "2017-01-01", "change": "lost", "cells_of": ["Douma"]},
            r"control change too-early on 2017-01-01 is before the zone was established",
        ),
        (
            "eastern-ghouta",
            {"id": "far-away", "date": "2018-03-01", "change": "lost", "cells_of": ["Aleppo"]},
            r"control change far-away: Aleppo lies outside the zone's agreed extent",
        ),
        (
            "eastern-ghouta",
            {
                "id": "outline-away",
                "date": "2018-03-01",
                "change": "lost",
                "outline": [[38.0, 35.0], [38.1, 35.0], [38.1, 35.1]],
            },
            r"control change outline-away: its area lies outside the zone's agreed extent",
        ),
        (
            "eastern-ghouta",
            {"id": "never-lost", "date": "2017-06-01", "change": "returned", "cells_of": ["Douma"]},
            r"control change never-lost: it returns land that was not lost",
        ),
        (
            "eastern-ghouta",
            {"id": "twice", "date": "2018-04-12", "change": "lost", "cells_of": ["Douma"]},
            r"control change twice: its area overlaps control change .* of the same day",
        ),
        (
            "eastern-ghouta",
            {"id": "unsourced", "date": "2018-03-01", "change": "lost", "cells_of": ["Douma"]},
            r"control\.\d+\.sources: Field required",
        ),
    ],
    ids=[
        "before the zone",
        "outside the zone",
        "outline outside",
        "return never lost",
        "overlap on one day",
        "no source",
    ],
)
def test_bad_control_changes_are_one_line_naming_file_and_entry(
    catalogue_copy: Path,
    capsys: pytest.CaptureFixture[str],
    zone_id: str,
    change: dict[str, Any],
    message: str,
) -> None:
    if change["id"] != "unsourced":
        change = {**change, "event": "Our words.", "sources": [SOURCE]}
    else:
        change = {**change, "event": "Our words."}
    _with_change(catalogue_copy, zone_id, change)
    for command in (["check"], ["status", "--date", "2018-03-01"]):
        assert run_cli("--catalogue", str(catalogue_copy), *command) == 1
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and "Traceback" not in err, err
        assert f"{catalogue_copy / 'zones.yaml'}: zone {zone_id}" in err, err
        assert __import__("re").search(message, err), err


def test_another_boundary_layer_moves_places_on_the_edge_without_failing() -> None:
    reference = ROOT.parent / "shared" / "reference-boundaries" / "derived"
    if not reference.is_dir():
        pytest.skip("OCHA COD-AB reference copies (../shared) are absent")
    atlas = load_atlas(boundaries=reference / "codab_2016_adm1.geojson")
    assert atlas.held_on("idlib", dt.date(2020, 3, 6)).held_km2 < 5000
