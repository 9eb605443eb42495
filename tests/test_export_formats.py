"""Exports people open anywhere: CSV with its CRS, Shapefile in UTF-8, KML with time, kepler.gl.

Each is written, then read back: by GDAL through pyogrio and fiona (and ``ogrinfo`` when it is
installed), and by parsing the XML or CSV where what matters is not a GDAL field.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from conftest import full_disk, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

import fiona
import geopandas as gpd
import pyogrio
import shapely

from zonemap.atlas import Atlas
from zonemap.errors import UsageError
from zonemap.export import format_for, table_bytes, write_table
from zonemap.kepler import KEPLER_TIMES
from zonemap.kml import KML_NAMESPACE, kml_document
from zonemap.palette import PALETTE
from zonemap.shapefile import FIELD_NAMES, MAX_TEXT_BYTES
from zonemap.tables import COLUMNS, table_records, timeline, zones_on

KML = {"kml": KML_NAMESPACE}
SHAPEFILE_FILES = (".shp", ".shx", ".dbf", ".prj", ".cpg")
# kepler.gl's guide to adding data lists "2018-09-01 00:00" among the timestamps it detects.
KEPLER_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")


def _one_error_line(err: str, *parts: str) -> None:
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for part in parts:
        assert part in err, err


@pytest.fixture(scope="module")
def round_table(atlas: Atlas) -> gpd.GeoDataFrame:
    return zones_on(atlas, round_id="astana-11")  # eastern Ghouta and northern Homs ended


@pytest.fixture(scope="module")
def timeline_table(atlas: Atlas) -> gpd.GeoDataFrame:
    return timeline(atlas)


# --- CSV ---------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ["fiona", "pyogrio"])
def test_a_csv_comes_with_a_prj_that_gdal_reads_as_epsg_4326(
    round_table: gpd.GeoDataFrame, tmp_path: Path, engine: str
) -> None:
    path = tmp_path / "zones.csv"
    write_table(round_table, path, "csv", engine=engine)  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zones.csv", "zones.prj"]
    assert pyogrio.read_info(path)["crs"] == "EPSG:4326"
    with fiona.open(path) as source:
        assert source.crs.to_epsg() == 4326
    (tmp_path / "zones.prj").unlink()
    assert pyogrio.read_info(path)["crs"] is None  # the CRS came from the .prj


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo is not installed")
def test_ogrinfo_reads_the_csv_in_epsg_4326_with_its_polygons(
    round_table: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    write_table(round_table, tmp_path / "zones.csv", "csv")
    done = subprocess.run(
        ["ogrinfo", "-so", "-al", str(tmp_path / "zones.csv")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert 'ID["EPSG",4326]' in done.stdout or 'AUTHORITY["EPSG","4326"]' in done.stdout
    assert f"Feature Count: {len(round_table)}" in done.stdout


def test_bom_starts_the_csv_with_a_byte_order_mark_that_gdal_skips(tmp_path: Path) -> None:
    plain, marked = tmp_path / "plain.csv", tmp_path / "marked.csv"
    assert run_cli("export", "--round", "astana-6", "-o", str(plain)) == 0
    assert run_cli("export", "--round", "astana-6", "--bom", "-o", str(marked)) == 0
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    assert list(pyogrio.read_info(marked)["fields"])[:2] == ["WKT", "zone_id"]
    arabic = pyogrio.read_dataframe(marked)["name_ar"]
    assert arabic.equals(pyogrio.read_dataframe(plain)["name_ar"])


def test_a_csv_on_standard_output_is_the_file_alone(
    round_table: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    write_table(round_table, tmp_path / "zones.csv", "csv")
    assert table_bytes(round_table, "csv") == (tmp_path / "zones.csv").read_bytes()


@pytest.mark.parametrize("fmt", ["geojson", "shp", "kml", "kepler"])
def test_bom_for_another_format_than_csv_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    target = tmp_path / "zones.out"
    assert run_cli("export", "--round", "astana-6", "--bom", "--format", fmt, "-o", str(target))
    _one_error_line(capsys.readouterr().err, f"a byte-order mark is for csv only, not {fmt}")
    assert list(tmp_path.iterdir()) == []


# --- Shapefile ---------------------------------------------------------------------------


def test_every_column_has_one_short_shapefile_field() -> None:
    assert list(FIELD_NAMES) == list(COLUMNS)
    assert all(len(name) <= 10 for name in FIELD_NAMES.values())
    assert len(set(FIELD_NAMES.values())) == len(COLUMNS)


def test_the_readme_gives_the_field_name_map_of_the_code() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+)` \| `(\w+)` \|$", readme, flags=re.MULTILINE))
    assert rows == {k: v for k, v in FIELD_NAMES.items() if k != v}


@pytest.mark.parametrize("engine", ["fiona", "pyogrio"])
@pytest.mark.parametrize("reader", ["pyogrio", "fiona"])
def test_arabic_names_read_back_intact_from_a_shapefile_in_utf_8(
    round_table: gpd.GeoDataFrame, tmp_path: Path, engine: str, reader: str
) -> None:
    path = tmp_path / "zones.shp"
    write_table(round_table, path, "shp", engine=engine)  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"zones{s}" for s in SHAPEFILE_FILES
    )
    assert (tmp_path / "zones.cpg").read_text() == "UTF-8"
    if reader == "pyogrio":
        names = list(pyogrio.read_dataframe(path)["name_ar"])
    else:
        with fiona.open(path) as source:
            names = [f.properties["name_ar"] for f in source]
    assert names == list(round_table["name_ar"])
    assert all(re.search("[\u0600-\u06ff]", name) for name in names)


def test_shapefile_fields_take_the_mapped_names_and_dates_are_date_fields(
    timeline_table: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    path = tmp_path / "timeline.shp"
    write_table(timeline_table, path, "shp")
    info = pyogrio.read_info(path)
    assert list(info["fields"]) == list(FIELD_NAMES.values())
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    for column in ("valid_from", "valid_to", "valid_until", "period_end", "held_since"):
        assert types[FIELD_NAMES[column]] == "OFTDate", column
    frame = pyogrio.read_dataframe(path)
    assert (
        frame["valid_from"].dt.strftime("%Y-%m-%d")
        == timeline_table["valid_from"].dt.strftime("%Y-%m-%d")
    ).all()
    assert (frame["valid_untl"] == timeline_table["valid_until"]).all()


def test_text_longer_than_a_dbf_field_is_cut_between_characters_and_marked(
    round_table: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    write_table(round_table, tmp_path / "zones.shp", "shp")
    written = pyogrio.read_dataframe(tmp_path / "zones.shp")["sources"]
    full = ["; ".join(row["sources"]) for row in table_records(round_table)]
    cut = [(w, f) for w, f in zip(written, full, strict=True) if w != f]
    assert cut, "no row has sources longer than a DBF field; the test needs one"
    for short, whole in cut:
        assert short.endswith("…") and whole.startswith(short[:-1])
        assert len(short.encode("utf-8")) <= MAX_TEXT_BYTES


def test_the_dbf_header_carries_a_fixed_day_not_the_day_of_writing(
    round_table: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    write_table(round_table, tmp_path / "zones.shp", "shp", engine="pyogrio")
    header = (tmp_path / "zones.dbf").read_bytes()[1:4]
    assert (header[0] + 1900, header[1], header[2]) == (2000, 1, 1)


def test_a_shapefile_rewritten_unchanged_touches_no_file(
    round_table: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    path = tmp_path / "zones.shp"
    assert write_table(round_table, path, "shp") is True
    stamps = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    assert write_table(round_table, path, "shp") is False
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == stamps


def test_a_shapefile_whose_side_file_cannot_go_there_writes_no_file_of_the_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "zones.dbf").mkdir()
    assert run_cli("export", "--round", "astana-6", "-o", str(tmp_path / "zones.shp")) == 1
    _one_error_line(capsys.readouterr().err, f"{tmp_path / 'zones.dbf'}: a folder")
    assert [p.name for p in tmp_path.iterdir()] == ["zones.dbf"]


def test_a_shapefile_side_file_that_is_a_link_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "elsewhere.prj").write_text("old")
    (tmp_path / "zones.prj").symlink_to(tmp_path / "elsewhere.prj")
    assert run_cli("export", "--round", "astana-6", "-o", str(tmp_path / "zones.shp")) == 1
    _one_error_line(capsys.readouterr().err, f"{tmp_path / 'zones.prj'}: a symbolic link")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.prj", "zones.prj"]


def test_a_shapefile_onto_a_full_disk_leaves_no_part_of_the_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Room for the .shp (about 550 kB) but not for the .dbf after it.
    with full_disk(tmp_path / "disk", "700k") as disk:
        target = disk / "timeline.shp"
        assert run_cli("export", "--timeline", "-o", str(target)) == 1
        _one_error_line(capsys.readouterr().err, "cannot write (No space left")
        assert list(disk.iterdir()) == []


def test_a_shapefile_name_must_end_in_shp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "zones.data"
    assert run_cli("export", "--round", "astana-6", "--format", "shp", "-o", str(target)) == 2
    _one_error_line(capsys.readouterr().err, f"{target}: a Shapefile's name ends in .shp")
    assert list(tmp_path.iterdir()) == []


def test_a_link_to_a_shapefile_is_written_through_with_its_set_beside_the_file(
    round_table: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "zones.shp").write_bytes(b"old")
    (tmp_path / "link.shp").symlink_to(real / "zones.shp")
    write_table(round_table, tmp_path / "link.shp", "shp")
    assert (tmp_path / "link.shp").is_symlink()
    assert sorted(p.name for p in real.iterdir()) == sorted(f"zones{s}" for s in SHAPEFILE_FILES)
    assert len(pyogrio.read_dataframe(real / "zones.shp")) == len(round_table)


@pytest.mark.parametrize("fmt", ["kml", "kepler"])
def test_kml_and_kepler_go_to_standard_output_as_the_file_holds_them(
    tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / "zones.out"
    command = ["export", "--round", "astana-6", "--format", fmt, "-o"]
    assert run_cli(*command, str(target)) == 0
    done = subprocess.run(
        [sys.executable, "-m", "zonemap", *command, "-"], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == target.read_bytes()


@pytest.mark.parametrize("reader", ["pyogrio", "fiona"])
def test_a_zipped_shapefile_is_one_file_gdal_opens_as_a_shapefile(
    round_table: gpd.GeoDataFrame, tmp_path: Path, reader: str
) -> None:
    path = tmp_path / "zones.shp.zip"
    write_table(round_table, path, "shpzip")
    assert [p.name for p in tmp_path.iterdir()] == ["zones.shp.zip"]
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
    assert sorted(m.filename for m in members) == sorted(f"zones{s}" for s in SHAPEFILE_FILES)
    assert {m.date_time for m in members} == {(1980, 1, 1, 0, 0, 0)}
    if reader == "pyogrio":
        assert pyogrio.read_info(path)["driver"] == "ESRI Shapefile"
        names = list(pyogrio.read_dataframe(path)["name_ar"])
    else:
        with fiona.open(path) as source:
            names = [f.properties["name_ar"] for f in source]
    assert names == list(round_table["name_ar"])


@pytest.mark.parametrize("fmt", ["shp", "shpzip", "kmz"])
def test_a_binary_format_on_standard_output_is_one_line(
    capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    assert run_cli("export", "--round", "astana-6", "--format", fmt, "-o", "-") == 2
    _one_error_line(capsys.readouterr().err, f"{fmt} is a binary format")


# --- KML and KMZ -------------------------------------------------------------------------


def _placemarks(document: bytes) -> list[ET.Element]:
    return ET.fromstring(document).findall("kml:Document/kml:Placemark", KML)


def _span(placemark: ET.Element) -> tuple[str | None, str | None]:
    span = placemark.find("kml:TimeSpan", KML)
    assert span is not None
    return (span.findtext("kml:begin", None, KML), span.findtext("kml:end", None, KML))


def _data(placemark: ET.Element) -> dict[str, str]:
    return {
        d.get("name", ""): d.findtext("kml:value", "", KML)
        for d in placemark.findall("kml:ExtendedData/kml:Data", KML)
    }


def test_a_zone_whose_term_ended_spans_its_validity_in_kml(round_table: gpd.GeoDataFrame) -> None:
    placemarks = _placemarks(table_bytes(round_table, "kml"))
    assert len(placemarks) == len(round_table)
    ghouta = next(p for p in placemarks if _data(p)["zone_id"] == "eastern-ghouta")
    row = next(r for r in table_records(round_table) if r["zone_id"] == "eastern-ghouta")
    assert row["status"] == "ended"
    assert (
        _span(ghouta) == (row["valid_from"], row["valid_until"]) == ("2017-05-04", row["ended_on"])
    )


def test_every_timeline_period_is_a_placemark_spanning_it_end_exclusive(
    timeline_table: gpd.GeoDataFrame,
) -> None:
    placemarks = _placemarks(table_bytes(timeline_table, "kml"))
    rows = table_records(timeline_table)
    assert len(placemarks) == len(rows) == 211
    for placemark, row in zip(placemarks, rows, strict=True):
        assert _span(placemark) == (row["valid_from"], row["valid_until"])
    # consecutive periods of a zone meet: one ends on the day the next begins
    agreed = [r for r in rows if r["zone_id"] == "idlib" and r["extent"] == "agreed"]
    for earlier, later in itertools.pairwise(agreed):
        assert earlier["valid_until"] == later["valid_from"]


def test_pyogrio_reads_the_timespan_of_every_timeline_placemark(
    timeline_table: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    if "LIBKML" not in pyogrio.list_drivers():
        pytest.skip("this GDAL has no LIBKML driver, which reads TimeSpan")
    write_table(timeline_table, tmp_path / "timeline.kmz", "kmz")
    frame = pyogrio.read_dataframe(tmp_path / "timeline.kmz")
    assert (
        frame["begin"].dt.strftime("%Y-%m-%d")
        == timeline_table["valid_from"].dt.strftime("%Y-%m-%d")
    ).all()
    assert (frame["end"] == timeline_table["valid_until"]).all()
    assert list(frame["Name"]) == list(timeline_table["name"])


def test_kml_placemarks_use_the_maps_status_colours(round_table: gpd.GeoDataFrame) -> None:
    root = ET.fromstring(table_bytes(round_table, "kml"))
    styles = {s.get("id"): s for s in root.findall("kml:Document/kml:Style", KML)}
    for placemark in root.findall("kml:Document/kml:Placemark", KML):
        status, extent = _data(placemark)["status"], _data(placemark)["extent"]
        assert placemark.findtext("kml:styleUrl", None, KML) == f"#{status}-{extent}"
        line = styles[f"{status}-{extent}"].findtext("kml:LineStyle/kml:color", None, KML)
        rgb = PALETTE[status][1].lower()
        assert line == f"ff{rgb[5:7]}{rgb[3:5]}{rgb[1:3]}"
        fill = styles[f"{status}-{extent}"].findtext("kml:PolyStyle/kml:fill", None, KML)
        assert fill == ("1" if extent == "held" else "0")


def test_odd_names_reach_kml_readers_as_written_and_descriptions_stay_escaped(
    round_table: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    rows = table_records(round_table)
    odd = "<b>Zone</b> & \"Ghouta\" 'east' ]]> إدلب"
    rows[0] = {**rows[0], "name": odd, "sources": ["<script>alert(1)</script>"]}
    geometries = [shapely.geometry.mapping(g) for g in round_table.geometry]
    document = kml_document(rows, geometries)
    placemark = _placemarks(document)[0]
    assert placemark.findtext("kml:name", None, KML) == odd
    description = placemark.findtext("kml:description", "", KML)
    assert "<script>" not in description and "&lt;script&gt;" in description
    (tmp_path / "odd.kml").write_bytes(document)
    assert pyogrio.read_dataframe(tmp_path / "odd.kml")["Name"].iloc[0] == odd


# Any text the catalogue may hold: no control characters (it refuses them) and no surrogates.
CATALOGUE_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1)


@settings(max_examples=60, deadline=None)
@given(name=CATALOGUE_TEXT, name_ar=CATALOGUE_TEXT)
def test_any_catalogue_text_survives_kml_as_name_and_escaped_description(
    round_table: gpd.GeoDataFrame, name: str, name_ar: str
) -> None:
    row = {**table_records(round_table)[0], "name": name, "name_ar": name_ar}
    geometry = shapely.geometry.mapping(round_table.geometry.iloc[0])
    (placemark,) = _placemarks(kml_document([row], [geometry]))
    assert placemark.findtext("kml:name", None, KML) == name
    description = placemark.findtext("kml:description", "", KML)
    first_line = description.split("<br>")[0]  # the Arabic name, escaped for the balloon
    assert "<" not in first_line and html.unescape(first_line) == name_ar


def test_a_kmz_is_a_zip_of_the_kml_as_doc_kml_with_fixed_stamps(
    round_table: gpd.GeoDataFrame,
) -> None:
    archive = zipfile.ZipFile(io.BytesIO(table_bytes(round_table, "kmz")))
    (member,) = archive.infolist()
    assert (member.filename, member.date_time) == ("doc.kml", (1980, 1, 1, 0, 0, 0))
    assert archive.read(member) == table_bytes(round_table, "kml")


# --- kepler.gl ---------------------------------------------------------------------------


def test_the_kepler_csv_has_timestamps_in_the_form_kepler_detects(
    timeline_table: gpd.GeoDataFrame,
) -> None:
    rows = list(csv.DictReader(io.StringIO(table_bytes(timeline_table, "kepler").decode())))
    assert len(rows) == len(timeline_table)
    records = table_records(timeline_table)
    for row, record in zip(rows, records, strict=True):
        assert all(KEPLER_TIMESTAMP.match(row[field]) for field in KEPLER_TIMES), row
        assert row["begin"] == f"{record['valid_from']} 00:00"
        assert row["end"] == f"{record['valid_until']} 00:00"
        geometry = shapely.from_wkt(row["WKT"])
        assert geometry.geom_type in ("Polygon", "MultiPolygon") and geometry.is_valid


def test_a_zone_still_in_force_has_no_end_in_the_kepler_csv(atlas: Atlas) -> None:
    table = zones_on(atlas, "2019-01-01")
    rows = list(csv.DictReader(io.StringIO(table_bytes(table, "kepler").decode())))
    idlib = [row for row in rows if row["zone_id"] == "idlib"]
    assert idlib and all(row["end"] == "" and row["begin"] == "2017-05-04 00:00" for row in idlib)


# --- formats from extensions -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("zones.shp", "shp"),
        ("zones.SHP", "shp"),
        ("zones.shp.zip", "shpzip"),
        ("zones.shz", "shpzip"),
        ("zones.kml", "kml"),
        ("zones.kmz", "kmz"),
        ("zones.kepler.csv", "kepler"),
        ("zones.csv", "csv"),
    ],
)
def test_the_new_formats_follow_their_extensions(name: str, fmt: str) -> None:
    assert format_for(name, None) == fmt


def test_kepler_may_be_asked_for_a_csv_name_but_shp_not_for_a_kml_one() -> None:
    assert format_for("timeline.csv", "kepler") == "kepler"
    with pytest.raises(UsageError, match="the extension says kml but --format says shp"):
        format_for("zones.kml", "shp")
