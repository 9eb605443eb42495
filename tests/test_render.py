"""Built maps: every file present, offline, reproducible, escaped, small and atomic."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, folder_bytes, run_cli

import shapely

from zonemap.atlas import Atlas, load_atlas
from zonemap.errors import UsageError
from zonemap.export import write_table
from zonemap.geojson import to_geojson
from zonemap.landmarks import load_landmarks
from zonemap.projection import to_equal_area
from zonemap.tables import zones_on
from zonemap.web import build_maps
from zonemap.web.build import LOCK
from zonemap.web.display import agreed_key, display_geometry
from zonemap.web.freshness import STAMP
from zonemap.web.staging import workers_for

HOSTILE = "<img src=x onerror=alert(1)> \"quotes\" 'single' `tick` ${x} </script> منطقة"


@pytest.fixture(scope="module")
def built(atlas: Atlas, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("maps")
    build_maps(atlas, out)
    return out


def test_every_round_has_a_map_and_geojson(atlas: Atlas, built: Path) -> None:
    for round_ in atlas.catalogue.rounds:
        assert (built / f"{round_.id}.html").is_file()
        assert (built / "geojson" / f"{round_.id}.geojson").is_file()
    for name in (
        "index.html",
        "timeline.html",
        "assets/zonemap.js",
        "assets/popups.js",
        "assets/leaflet.js",
        "assets/zonemap.css",
        "assets/images/layers.png",
    ):
        assert (built / name).is_file(), name


def test_a_rounds_geojson_is_the_export_of_that_round(atlas: Atlas, built: Path) -> None:
    for round_id in ("astana-1", "astana-6", "astana-11", "summit-sochi-2019"):
        written = (built / "geojson" / f"{round_id}.geojson").read_text(encoding="utf-8")
        assert written == to_geojson(zones_on(atlas, round_id=round_id)), round_id


def test_the_geopackage_holds_every_rounds_zones_as_the_exports_do(
    atlas: Atlas, built: Path, tmp_path: Path
) -> None:
    import fiona

    assert fiona.listlayers(built / "zones.gpkg") == ["zones"]
    with fiona.open(built / "zones.gpkg") as layer:
        by_round: dict[str, list[dict]] = {}
        for feature in layer:
            props = dict(feature["properties"])
            by_round.setdefault(props["round_id"], []).append(props)
        assert layer.schema["properties"]["as_of"] == "date"  # QGIS can filter and animate
    for round_id in ("astana-6", "moscow-protocol-2020"):
        write_table(zones_on(atlas, round_id=round_id), tmp_path / f"{round_id}.gpkg", "gpkg")
        with fiona.open(tmp_path / f"{round_id}.gpkg") as exported:
            assert [dict(f["properties"]) for f in exported] == by_round[round_id], round_id
    html = (built / "astana-6.html").read_text(encoding="utf-8")
    assert 'href="zones.gpkg"' in html and "round_id = 'astana-6'" in html


def test_the_popups_come_apart_from_the_geometry_the_first_picture_needs(built: Path) -> None:
    geometry = (built / "assets" / "zonemap.js").read_text(encoding="utf-8")
    popups = (built / "assets" / "popups.js").read_text(encoding="utf-8")
    assert "Sources" not in geometry and "Sources" in popups
    assert 'data-popups="assets/popups.js"' in (built / "astana-6.html").read_text("utf-8")


def test_a_second_build_changes_no_byte(atlas: Atlas, built: Path) -> None:
    before = {p: p.read_bytes() for p in built.rglob("*") if p.is_file()}
    result = build_maps(atlas, built)
    assert result.changed == ()
    assert {p: p.read_bytes() for p in built.rglob("*") if p.is_file()} == before


def test_the_committed_maps_are_current(built: Path) -> None:
    bookkeeping = (STAMP, LOCK)  # the build's own
    committed, fresh = folder_bytes(ROOT / "maps", bookkeeping), folder_bytes(built, bookkeeping)
    stale = sorted(
        name for name in committed.keys() | fresh.keys() if committed.get(name) != fresh.get(name)
    )
    assert not stale, f"maps/ is stale, run `make maps` and commit: {stale[:5]}"


def test_maps_load_nothing_from_the_network(built: Path) -> None:
    for page in built.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), page.name
        assert "cdn" not in html.lower() and "jquery" not in html.lower(), page.name
        assert "bootstrap" not in html.lower(), page.name


def test_inline_maps_stand_alone(atlas: Atlas, tmp_path: Path) -> None:
    build_maps(atlas, tmp_path, ["astana-6"], inline=True)
    html = (tmp_path / "astana-6.html").read_text(encoding="utf-8")
    assert "assets/" not in html and "L.map(" in html and "data:image/png;base64" in html
    assert not (tmp_path / "assets").exists()


def test_round_map_shows_header_links_and_changes(built: Path) -> None:
    html = (built / "astana-6.html").read_text(encoding="utf-8")
    assert 'href="astana-5.html"' in html and 'href="astana-7.html"' in html
    assert 'href="index.html"' in html and "Zones as of" in html and "2017-09-15" in html
    assert "Changes since astana-5" in html


def test_index_has_every_round_and_a_timeline_chart(atlas: Atlas, built: Path) -> None:
    html = (built / "index.html").read_text(encoding="utf-8")
    assert html.count('class="zm-bar"') > 20 and html.count('class="zm-held"') == 6
    for round_ in atlas.catalogue.rounds:
        assert f'href="{round_.id}.html"' in html


def test_an_ended_bar_says_when_it_ended_not_that_it_is_open(built: Path) -> None:
    html = (built / "index.html").read_text(encoding="utf-8")
    assert "Northern Homs de-escalation zone: ended on 2018-05-16" in html
    assert "– open" not in html


def test_displayed_geometry_stays_within_100_m_of_the_source(atlas: Atlas) -> None:
    display = display_geometry(atlas, load_landmarks(atlas))
    source = [to_equal_area(g) for g in atlas.boundaries.geometries]
    shown = [to_equal_area(g) for g in display.governorates]
    for a, b in zip(source, shown, strict=True):
        assert shapely.hausdorff_distance(a, b) < 100
    for zone_id, shape in atlas.shapes.items():
        a = to_equal_area(shape.geometry)
        shown = to_equal_area(display.shapes[agreed_key(zone_id)])
        assert shapely.hausdorff_distance(a, shown) < 100, zone_id


def test_displayed_governorates_leave_no_gaps_or_overlaps(atlas: Atlas) -> None:
    shown = [to_equal_area(g) for g in display_geometry(atlas, load_landmarks(atlas)).governorates]
    union = shapely.union_all(shown)
    assert abs(union.area - sum(g.area for g in shown)) < 1e3  # m²: no overlaps
    holes = sum(len(p.interiors) for p in getattr(union, "geoms", [union]))
    assert holes == 0


def _hostile_catalogue(folder: Path) -> None:
    zones_path = folder / "zones.yaml"
    zones = yaml.safe_load(zones_path.read_text(encoding="utf-8"))
    zones["zones"][1]["name"] = HOSTILE
    zones["zones"][1]["description"] = HOSTILE
    zones_path.write_text(yaml.safe_dump(zones, allow_unicode=True), encoding="utf-8")
    rounds_path = folder / "rounds.yaml"
    rounds = yaml.safe_load(rounds_path.read_text(encoding="utf-8"))
    for round_ in rounds["rounds"]:
        if round_["id"] == "astana-6":
            round_["name"] = HOSTILE
            round_["statements"][0]["note"] = HOSTILE
    rounds_path.write_text(yaml.safe_dump(rounds, allow_unicode=True), encoding="utf-8")


def test_catalogue_text_is_escaped(catalogue_copy: Path, tmp_path: Path) -> None:
    _hostile_catalogue(catalogue_copy)
    build_maps(load_atlas(catalogue_copy), tmp_path, ["astana-6"])
    html = (tmp_path / "astana-6.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html
    assert html.count("</script>") == html.count("<script")


def test_a_failing_build_leaves_the_previous_maps_intact(
    catalogue_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "maps"
    assert (
        run_cli(
            "--catalogue", str(catalogue_copy), "build", "--out", str(out), "--round", "astana-6"
        )
        == 0
    )
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    zones = catalogue_copy / "zones.yaml"
    zones.write_text(
        zones.read_text(encoding="utf-8").replace("2017-05-04", "2017-05-40", 1), encoding="utf-8"
    )
    assert run_cli("--catalogue", str(catalogue_copy), "build", "--out", str(out)) == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not [p for p in tmp_path.rglob("*staging*")]
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("error: ")


def test_an_error_midway_leaves_the_previous_maps_intact(
    atlas: Atlas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zonemap.web.staging
    from zonemap.errors import ZonemapError

    build_maps(atlas, tmp_path, ["astana-5", "astana-6"])
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    def fail(*_args: object, **_kwargs: object) -> str:
        raise ZonemapError("simulated failure after the round maps were rendered")

    monkeypatch.setattr(zonemap.web.staging, "index_page", fail)
    with pytest.raises(ZonemapError):
        build_maps(atlas, tmp_path)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_maps_are_readable_by_all_whatever_the_umask(atlas: Atlas, tmp_path: Path) -> None:
    restrictive = os.umask(0o077)
    try:
        build_maps(atlas, tmp_path, ["astana-6"])
    finally:
        os.umask(restrictive)
    modes = {p.name: p.stat().st_mode & 0o777 for p in tmp_path.rglob("*") if p.is_file()}
    assert set(modes.values()) == {0o644}, modes


def test_maps_reach_an_output_folder_on_another_file_system(
    atlas: Atlas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rename = os.replace

    def across_devices(source: object, destination: object) -> None:
        if ".staging." in str(source):  # staged beside the output, which is mounted elsewhere
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        rename(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", across_devices)
    result = build_maps(atlas, tmp_path / "maps", ["astana-6"])
    assert {p.name for p in result.changed} >= {"astana-6.html", "astana-6.geojson", "leaflet.js"}
    assert all(p.is_file() for p in result.outputs)
    assert not [p for p in tmp_path.rglob("*staging*")]


def test_the_library_build_records_its_fingerprint_and_skips_an_unchanged_rebuild(
    atlas: Atlas, tmp_path: Path
) -> None:
    first = build_maps(atlas, tmp_path, ["astana-6"])
    assert not first.up_to_date and (tmp_path / STAMP).is_file()
    again = build_maps(atlas, tmp_path, ["astana-6"])
    assert again.up_to_date and again.changed == ()
    assert build_maps(atlas, tmp_path, ["astana-6"], force=True).changed == ()


def test_a_build_with_nothing_to_do_loads_neither_folium_nor_the_atlas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZONEMAP_CACHE_DIR", "none")  # so that loading would build it
    out = tmp_path / "maps"
    probe = (
        "import sys; import zonemap.atlas; from zonemap.cli import main\n"
        "if sys.argv[2] == 'again':\n"
        "    zonemap.atlas._load = lambda *a, **k: sys.exit('the atlas was loaded')\n"
        "try:\n    main(['build', '--out', sys.argv[1], '--round', 'astana-6'])\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "print(sorted(m for m in ('folium', 'geopandas') if m in sys.modules))"
    )
    subprocess.run([sys.executable, "-c", probe, str(out), "first"], check=True)
    again = subprocess.run(
        [sys.executable, "-c", probe, str(out), "again"], check=True, capture_output=True, text=True
    )
    assert again.stdout.strip().splitlines()[-1] == "[]"


def test_the_fingerprint_covers_files_in_subfolders_and_every_library(
    catalogue_copy: Path,
) -> None:
    from zonemap.inputs import libraries
    from zonemap.web.freshness import fingerprint

    before = fingerprint(catalogue_copy, None, ["linked"])
    (catalogue_copy / "notes").mkdir()
    (catalogue_copy / "notes" / "later.md").write_text("a note\n", encoding="utf-8")
    assert fingerprint(catalogue_copy, None, ["linked"]) != before
    names = dict(libraries())
    assert {"folium", "branca", "jinja2", "markupsafe", "shapely", "pyproj", "numpy"} <= set(names)


def test_the_files_are_the_same_whether_one_process_renders_or_several(
    atlas: Atlas, tmp_path: Path
) -> None:
    build_maps(atlas, tmp_path / "serial", jobs=1)
    build_maps(atlas, tmp_path / "parallel", jobs=2)
    serial = {
        p.relative_to(tmp_path / "serial"): p.read_bytes()
        for p in (tmp_path / "serial").rglob("*.*")
    }
    parallel = {
        p.relative_to(tmp_path / "parallel"): p.read_bytes()
        for p in (tmp_path / "parallel").rglob("*.*")
    }
    assert serial == parallel


@pytest.mark.parametrize(
    ("cores", "rounds", "workers"),
    [
        (2, 35, 1),  # the shipped catalogue: two processes gained nothing measurable
        (2, 99, 1),
        (2, 100, 2),  # where two processes were measured faster
        (8, 160, 3),
        (1, 5000, 1),
    ],
)
def test_a_build_renders_in_parallel_only_with_50_rounds_for_each_process(
    monkeypatch: pytest.MonkeyPatch, cores: int, rounds: int, workers: int
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert workers_for(rounds) == workers


def test_a_build_renders_on_as_many_processes_as_asked_up_to_one_a_round() -> None:
    assert workers_for(35, jobs=2) == 2
    assert workers_for(3, jobs=8) == 3


@pytest.mark.parametrize("jobs", [0, -2])
def test_a_build_needs_one_process_at_least(atlas: Atlas, tmp_path: Path, jobs: int) -> None:
    with pytest.raises(UsageError, match="jobs must be 1 or more"):
        build_maps(atlas, tmp_path / "maps", jobs=jobs)
    assert not (tmp_path / "maps").exists()
