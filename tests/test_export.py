"""Exports: RFC 7946 GeoJSON and GDAL formats that pyogrio and fiona read back, dates as dates."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from conftest import run_cli

import fiona
import pyogrio
import shapely

from zonemap.atlas import Atlas
from zonemap.export import FORMATS, SUFFIXES, write_table
from zonemap.geojson import to_geojson
from zonemap.tables import COLUMNS, table_records, timeline, zone_records, zones_on

DATE_FIELDS = ("as_of", "valid_from", "valid_to", "period_end", "ended_on")


def test_december_2017_shows_the_four_zones_in_their_first_extension(tmp_path: Path) -> None:
    out = tmp_path / "z.geojson"
    assert run_cli("export", "--date", "2017-12-01", "--format", "geojson", "-o", str(out)) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    statuses = {f["properties"]["zone_id"]: f["properties"]["status"] for f in data["features"]}
    assert statuses == {
        "idlib": "extended",
        "northern-homs": "extended",
        "eastern-ghouta": "extended",
        "southern": "extended",
    }
    for feature in data["features"]:
        assert feature["properties"]["period_end"] == "2018-05-03"
        assert feature["properties"]["extensions"] == 1


def test_geojson_follows_rfc_7946(atlas: Atlas) -> None:
    text = to_geojson(zones_on(atlas, dt.date(2017, 12, 1)))
    data = json.loads(text)
    assert "crs" not in data
    for feature in data["features"]:
        assert list(feature["properties"]) == list(COLUMNS)
        geom = shapely.geometry.shape(feature["geometry"])
        assert geom.is_valid
        polygons = geom.geoms if geom.geom_type == "MultiPolygon" else [geom]
        for polygon in polygons:
            assert polygon.exterior.is_ccw  # right-hand rule: exterior counter-clockwise
            assert all(not ring.is_ccw for ring in polygon.interiors)
        for x, y in shapely.get_coordinates(geom):
            assert 35 < x < 43 and 32 < y < 38
            assert round(x, 6) == x and round(y, 6) == y


def test_zone_records_are_the_table_rows_without_geometry(atlas: Atlas) -> None:
    for day in (dt.date(2017, 5, 3), dt.date(2017, 12, 1), dt.date(2019, 9, 1)):
        table = zones_on(atlas, day)
        assert zone_records(atlas, day) == table_records(table)


def test_geojson_is_byte_identical_across_runs(atlas: Atlas) -> None:
    table = zones_on(atlas, round_id="astana-6")
    assert to_geojson(table) == to_geojson(zones_on(atlas, round_id="astana-6"))


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("reader", ["pyogrio", "fiona"])
def test_every_format_reads_back_with_pyogrio_and_fiona(
    atlas: Atlas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, reader: str
) -> None:
    table = zones_on(atlas, round_id="astana-6")
    path = tmp_path / f"zones{SUFFIXES[fmt]}"
    write_table(table, path, fmt)
    # GDAL takes a CSV's column named WKT for its geometry. fiona's GDAL reads KML with the
    # plain KML driver (only when asked), which has each placemark's name but no ExtendedData.
    options = {"GEOM_POSSIBLE_NAMES": "WKT"} if fmt == "kepler" else {}
    field, column = ("Name", "name") if fmt in ("kml", "kmz") else ("zone_id", "zone_id")
    if reader == "pyogrio":
        frame = pyogrio.read_dataframe(path, **options)
        assert sorted(frame[field]) == sorted(table[column])
        assert frame.geometry.notna().all()
    else:
        monkeypatch.setitem(fiona.supported_drivers, "KML", "r")
        source_path = f"zip://{path}!doc.kml" if fmt == "kmz" else path
        with fiona.open(source_path, **options) as source:
            values = sorted(f.properties[field] for f in source)
            assert all(f.geometry is not None for f in source)
        assert values == sorted(table[column])


@pytest.mark.parametrize("engine", ["fiona", "pyogrio"])
@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "fgb"])
def test_timeline_bounds_read_back_as_date_times_and_the_last_day_as_a_date(
    atlas: Atlas, tmp_path: Path, fmt: str, engine: str
) -> None:
    path = tmp_path / f"timeline.{fmt}"
    write_table(timeline(atlas), path, fmt, engine=engine)  # type: ignore[arg-type]
    info = pyogrio.read_info(path)
    types = dict(zip(info["fields"], info["dtypes"], strict=True))
    for field in ("valid_from", "valid_to", "valid_until"):
        assert types[field].startswith("datetime64"), (field, types[field])
    # FlatGeobuf has no plain date type; its dates are date-times at midnight.
    with fiona.open(path) as source:
        schema = source.schema["properties"]
        assert schema["valid_from"] == schema["valid_until"] == "datetime"
        assert schema["valid_to"] == ("datetime" if fmt == "fgb" else "date")
        bounds = [(f.properties["valid_to"], f.properties["valid_until"]) for f in source]
    for last, until in bounds:
        assert until.endswith("T00:00:00") if until else last is None
        if last:
            assert dt.date.fromisoformat(last[:10]) + dt.timedelta(days=1) == (
                dt.date.fromisoformat(until[:10])
            )


@pytest.mark.parametrize("engine", ["fiona", "pyogrio"])
def test_geopackage_date_times_are_written_to_the_millisecond_whichever_gdal_writes(
    atlas: Atlas, tmp_path: Path, engine: str
) -> None:
    # QGIS compares them in SQL, as text, with a literal to the millisecond.
    path = tmp_path / "timeline.gpkg"
    write_table(timeline(atlas), path, "gpkg", engine=engine)  # type: ignore[arg-type]
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT valid_from, valid_to, valid_until FROM zones LIMIT 1").fetchone()
    assert row == ("2017-05-04T00:00:00.000", "2017-11-03", "2017-11-04T00:00:00.000")


def test_zone_rows_of_a_day_keep_dates_and_say_until_when_they_were_in_force(
    atlas: Atlas,
) -> None:
    rows = {r["zone_id"]: r for r in zone_records(atlas, dt.date(2018, 6, 1), extent="agreed")}
    ghouta = rows["eastern-ghouta"]
    assert ghouta["valid_until"] == ghouta["ended_on"]
    assert dt.date.fromisoformat(ghouta["valid_to"]) + dt.timedelta(days=1) == (
        dt.date.fromisoformat(ghouta["valid_until"])
    )
    assert rows["idlib"]["valid_until"] is None  # still in force


@pytest.mark.parametrize("fmt", ["gpkg", "fgb", "csv", "shp"])
def test_pyogrio_and_fiona_write_the_same_values(atlas: Atlas, tmp_path: Path, fmt: str) -> None:
    table = timeline(atlas)
    write_table(table, tmp_path / f"f{SUFFIXES[fmt]}", fmt, engine="fiona")
    write_table(table, tmp_path / f"p{SUFFIXES[fmt]}", fmt, engine="pyogrio")
    by_fiona = pyogrio.read_dataframe(tmp_path / f"f{SUFFIXES[fmt]}")
    by_pyogrio = pyogrio.read_dataframe(tmp_path / f"p{SUFFIXES[fmt]}")
    assert list(by_fiona.columns) == list(by_pyogrio.columns)
    assert by_fiona.drop(columns="geometry").equals(by_pyogrio.drop(columns="geometry"))
    assert by_fiona.geometry.geom_equals_exact(by_pyogrio.geometry, 0).all()


@pytest.mark.parametrize("extent", ["agreed", "held"])
def test_timeline_has_one_feature_per_interval_without_gaps(atlas: Atlas, extent: str) -> None:
    table = timeline(atlas)
    ghouta = table[(table["zone_id"] == "eastern-ghouta") & (table["extent"] == extent)]
    ghouta = ghouta.sort_values("valid_from")
    assert ghouta["status"].iloc[0] == "initial-period"
    assert "extended" in set(ghouta["status"])
    for last, first in zip(ghouta["valid_to"][:-1], ghouta["valid_from"][1:], strict=True):
        assert last + pd.Timedelta(days=1) == first
    assert pd.notna(ghouta["valid_to"].iloc[-1])  # the zone ended in 2018


def test_the_timeline_starts_a_held_interval_at_every_change_of_the_held_extent(
    atlas: Atlas,
) -> None:
    table = timeline(atlas)
    held = table[(table["zone_id"] == "idlib") & (table["extent"] == "held")]
    starts = set(held["valid_from"])
    for state in atlas.histories["idlib"].states[1:]:
        if state.since < dt.date(2024, 12, 8):  # changes up to the zone's end
            assert pd.Timestamp(state.since) in starts
    areas = held.sort_values("valid_from")["held_km2"].tolist()
    assert areas[0] > 8000 and min(areas) < 4000  # the zone shrank to under half


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exports_are_reproducible(atlas: Atlas, tmp_path: Path, fmt: str) -> None:
    table = zones_on(atlas, round_id="astana-9")
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    write_table(table, first / f"zones{SUFFIXES[fmt]}", fmt)
    write_table(table, second / f"zones{SUFFIXES[fmt]}", fmt)
    files = sorted(p.name for p in first.iterdir())
    assert files == sorted(p.name for p in second.iterdir())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_export_to_a_missing_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_cli("export", "--round", "astana-6", "-o", str(tmp_path / "nope" / "z.geojson"))
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "output folder does not exist" in err


def test_export_needs_exactly_one_selection(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("export", "--round", "astana-6", "--timeline", "-o", "x.geojson") == 2
    assert "exactly one of" in capsys.readouterr().err
