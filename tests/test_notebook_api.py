"""What a notebook reads: days of any date type, datetime64 dates, a zone's governorates, a map."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT
from playwright.sync_api import Browser

import folium

import zonemap
from zonemap.atlas import Atlas
from zonemap.errors import CatalogueError, UsageError
from zonemap.points import point_status
from zonemap.tables import DATE_COLUMNS, table_records, zone_records
from zonemap.web import build_maps
from zonemap.web.folium_adapter import render_page

DAY = dt.date(2018, 6, 1)


@pytest.mark.parametrize(
    "day",
    [
        "2018-06-01",
        DAY,
        dt.datetime(2018, 6, 1, 23, 59),
        pd.Timestamp("2018-06-01"),
        pd.Timestamp("2018-06-01 08:00", tz="Asia/Damascus"),
    ],
    ids=["text", "date", "datetime", "timestamp", "timestamp-with-zone"],
)
def test_a_day_may_be_text_a_date_a_datetime_or_a_timestamp(atlas: Atlas, day: object) -> None:
    expected = zonemap.zones_on(atlas, DAY)
    pd.testing.assert_frame_equal(zonemap.zones_on(atlas, day), expected)  # type: ignore[arg-type]
    assert zone_records(atlas, day) == zone_records(atlas, DAY)  # type: ignore[arg-type]
    assert zonemap.posts_on(atlas, day) == zonemap.posts_on(atlas, DAY)  # type: ignore[arg-type]
    found = zonemap.zones_at(atlas, 36.63, 35.93, day)  # type: ignore[arg-type]
    assert list(found["zone_id"]) == ["idlib"]
    assert point_status(atlas, 36.63, 35.93, day) == point_status(atlas, 36.63, 35.93, DAY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "named"),
    [
        (20180601, "day 20180601 (int) is not a day"),
        (np.datetime64("2018-06-01"), "(datetime64) is not a day"),
        ("01/06/2018", "day '01/06/2018' is not a date like '2018-06-01'"),
        ("2018-02-30", "day '2018-02-30' is not a date like '2018-06-01'"),
        ("20180601", "day '20180601' is not a date like '2018-06-01'"),
        (pd.NaT, "day is NaT"),
    ],
)
def test_anything_else_as_a_day_is_one_error_naming_it(
    atlas: Atlas, day: object, named: str
) -> None:
    with pytest.raises(UsageError, match=re.escape(named)):
        zonemap.zones_on(atlas, day)  # type: ignore[arg-type]
    with pytest.raises(UsageError, match=re.escape(named)):
        zonemap.posts_on(atlas, day)  # type: ignore[arg-type]


def test_a_table_without_a_day_or_a_round_is_refused(atlas: Atlas) -> None:
    with pytest.raises(UsageError, match="give a day or a round id"):
        zonemap.zones_on(atlas)


@pytest.mark.parametrize("table", ["zones_on", "zones_at", "timeline"])
def test_the_tables_hold_their_dates_as_datetime64(atlas: Atlas, table: str) -> None:
    frames = {
        "zones_on": lambda: zonemap.zones_on(atlas, DAY),
        "zones_at": lambda: zonemap.zones_at(atlas, 36.63, 35.93, DAY),
        "timeline": lambda: zonemap.timeline(atlas),
    }
    frame = frames[table]()
    for column in DATE_COLUMNS:
        assert frame[column].dtype == "datetime64[ns]", column


def test_a_missing_day_is_nat_and_the_rows_turn_back_into_iso_text(atlas: Atlas) -> None:
    table = zonemap.zones_on(atlas, DAY, extent="agreed").set_index("zone_id")
    assert table.loc["idlib", "valid_from"] == pd.Timestamp("2017-05-04")
    assert pd.isna(table.loc["idlib", "ended_on"])  # still in force
    assert table.loc["eastern-ghouta", "ended_on"] == pd.Timestamp("2018-04-14")
    rows = table_records(zonemap.zones_on(atlas, DAY))
    assert rows == zone_records(atlas, DAY)
    assert rows[0]["valid_from"] == "2017-05-04" and rows[0]["ended_on"] is None


def test_timeline_is_public_and_documented() -> None:
    assert "timeline" in zonemap.__all__
    assert zonemap.timeline.__doc__ and "Examples" in zonemap.timeline.__doc__
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "zonemap.timeline(atlas)" in readme


def test_import_zonemap_loads_no_data_frame_or_map_library() -> None:
    code = (
        "import sys, zonemap\n"
        "print(sorted(m for m in ('pandas', 'geopandas', 'folium', 'branca') if m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_each_zone_splits_over_its_governorates_for_both_extents(atlas: Atlas) -> None:
    shares = zonemap.zones_by_governorate(atlas, "2019-09-01")
    table = zonemap.zones_on(atlas, "2019-09-01")
    for row in table.itertuples():
        parts = shares[(shares["zone_id"] == row.zone_id) & (shares["extent"] == row.extent)]
        assert list(parts["pcode"]) == row.governorates
        assert parts["area_km2"].sum() == pytest.approx(row.area_km2, rel=0.01, abs=0.5)
        assert parts["share_of_zone_pct"].sum() == pytest.approx(100, abs=0.5)
        assert parts["share_of_governorate_pct"].between(0, 100).all()
    idlib = shares[shares["zone_id"] == "idlib"].set_index(["extent", "pcode"])
    # Khan Shaykhun fell on 2019-08-21: the held part of Idleb governorate is the smaller one.
    assert idlib.loc[("held", "SY07"), "area_km2"] < idlib.loc[("agreed", "SY07"), "area_km2"]
    assert idlib.loc[("agreed", "SY07"), "share_of_governorate_pct"] == 100.0
    assert shares["as_of"].dtype == "datetime64[ns]"


def test_governorate_shares_of_a_round_are_those_of_its_last_day(atlas: Atlas) -> None:
    by_round = zonemap.zones_by_governorate(atlas, round_id="astana-6")
    by_day = zonemap.zones_by_governorate(atlas, atlas.as_of("astana-6"))
    pd.testing.assert_frame_equal(by_round, by_day)


def test_a_round_map_is_the_page_an_inline_build_writes(atlas: Atlas, tmp_path: Path) -> None:
    fmap = zonemap.round_map("astana-6", atlas=atlas)
    assert isinstance(fmap, folium.Map)
    build_maps(atlas, tmp_path, ["astana-6"], inline=True)
    page = (tmp_path / "astana-6.html").read_text(encoding="utf-8")
    assert render_page(fmap) == page
    assert render_page(fmap) == page  # rendering again changes nothing
    assert 'src="assets/' not in page and 'href="assets/' not in page


def test_jupyter_shows_a_round_map_as_its_page_in_a_frame(atlas: Atlas) -> None:
    fmap = zonemap.round_map("sochi-memorandum-2018", atlas=atlas)
    shown = fmap._repr_html_()
    srcdoc = re.fullmatch(r'<iframe srcdoc="([^"]*)" title="[^"]*" style="[^"]*"></iframe>', shown)
    assert srcdoc is not None
    assert html.unescape(srcdoc.group(1)) == render_page(fmap)
    assert fmap._repr_html_() == shown


def test_a_saved_round_map_is_the_standalone_page(atlas: Atlas, tmp_path: Path) -> None:
    fmap = zonemap.round_map("astana-11", atlas=atlas)
    fmap.save(tmp_path / "astana-11.html")
    assert (tmp_path / "astana-11.html").read_text(encoding="utf-8") == render_page(fmap)


def test_a_round_map_of_an_unknown_round_is_one_error_naming_it(atlas: Atlas) -> None:
    with pytest.raises(CatalogueError, match="unknown round 'astana-99'"):
        zonemap.round_map("astana-99", atlas=atlas)


def test_a_zone_table_can_be_explored(atlas: Atlas) -> None:
    table = zonemap.zones_on(atlas, round_id="astana-6")
    assert isinstance(table.explore(column="status"), folium.Map)
    assert isinstance(table.explore(column="held_km2", scheme="quantiles", k=3), folium.Map)


@pytest.mark.browser
def test_a_round_map_shown_in_a_notebook_draws_its_zones_offline(
    atlas: Atlas, browser: Browser
) -> None:
    shown = zonemap.round_map("astana-6", atlas=atlas)._repr_html_()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route("**/*", lambda route: (requests.append(route.request.url), route.abort()))
    try:
        # as Jupyter places an output: the cell's HTML inside the notebook's page
        page.set_content(f"<!doctype html><html><body><div class='output'>{shown}</div></body>")
        frame = page.frames[1]
        frame.wait_for_selector(".leaflet-overlay-pane path.zm-zone")
        assert frame.locator("path.zm-agreed").count() == 4
    finally:
        page.close()
    assert errors == [] and requests == []
