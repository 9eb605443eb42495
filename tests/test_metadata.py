"""Every export says whose data it is: the catalogue's licence and the boundary layer's source."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import REFERENCE, ROOT, needs_reference

from shapely.geometry import mapping

from zonemap.atlas import Atlas, load_atlas
from zonemap.coverage import coverage, load_admin
from zonemap.export import Engine, coverage_bytes, table_bytes, write_table
from zonemap.metadata import NATURAL_EARTH, OCHA_COD_AB, export_metadata
from zonemap.tables import timeline, zones_on


def _layer(atlas: Atlas, path: Path, fields: dict[str, str]) -> Path:
    """The shipped governorates rewritten with other column names (``{pcode}`` is the P-code)."""
    features = [
        {
            "type": "Feature",
            "properties": {key: value.format(pcode=g.pcode) for key, value in fields.items()},
            "geometry": mapping(g.geometry),
        }
        for g in atlas.boundaries
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    return path


def test_the_shipped_governorates_are_credited_to_natural_earth(atlas: Atlas) -> None:
    assert atlas.boundary_origin == NATURAL_EARTH
    block = export_metadata(atlas)
    assert block["boundary_licence"] == "public domain"
    assert block["boundary_attribution"] == "Made with Natural Earth"


def test_a_layer_with_ocha_columns_is_credited_to_ocha_with_its_edition(
    atlas: Atlas, tmp_path: Path
) -> None:
    fields = {"ADM1_PCODE": "{pcode}", "ADM1_EN": "x", "version": "v02", "validOn": "2020-12-17"}
    layer = load_atlas(boundaries=_layer(atlas, tmp_path / "adm1.geojson", fields))
    origin = layer.boundary_origin
    assert (origin.name, origin.licence) == (OCHA_COD_AB.name, "CC-BY-3.0-IGO")
    assert origin.version == "v02, valid on 2020-12-17"
    assert export_metadata(layer)["boundary_attribution"] == (
        "Administrative boundaries: UN OCHA, COD-AB Syria (HDX)"
    )


def test_a_layer_of_unknown_origin_says_its_licence_is_unknown(
    atlas: Atlas, tmp_path: Path
) -> None:
    layer = load_atlas(boundaries=_layer(atlas, tmp_path / "mine.geojson", {"pcode": "{pcode}"}))
    assert layer.boundary_origin.licence == "unknown"
    assert "mine.geojson" in layer.boundary_origin.name


@needs_reference
def test_the_2016_cod_ab_edition_is_recognised_by_its_country_pcode_column() -> None:
    layer = load_atlas(boundaries=REFERENCE / "codab_2016_adm1.geojson")
    assert layer.boundary_origin.licence == "CC-BY-3.0-IGO"
    assert layer.boundary_origin.version == "valid on 2016-09-05"


def test_the_build_date_is_the_catalogue_s_last_update_not_today(atlas: Atlas) -> None:
    assert export_metadata(atlas)["build_date"] == atlas.catalogue.metadata.updated.isoformat()


def test_every_export_credits_ocha_for_the_p_codes_whatever_the_boundaries(atlas: Atlas) -> None:
    block = export_metadata(atlas)
    assert (block["pcode_licence"], block["pcode_version"]) == (
        "CC-BY-3.0-IGO",
        "COD-AB 2016 edition (updated 2016-09-05)",
    )


@pytest.mark.parametrize("key", ["licence", "catalogue_version", "build_date", "boundary_source"])
def test_the_metadata_block_has_every_key_the_issue_asks_for(atlas: Atlas, key: str) -> None:
    assert export_metadata(atlas)[key]


# --- inside the exports -----------------------------------------------------------------


def test_geojson_exports_carry_the_block_as_a_top_level_metadata_member(atlas: Atlas) -> None:
    for table in (zones_on(atlas, round_id="astana-6"), timeline(atlas)):
        data = json.loads(table_bytes(table, "geojson"))
        assert list(data)[:3] == ["type", "metadata", "features"]
        assert data["metadata"] == export_metadata(atlas)


def test_a_table_cut_down_to_one_extent_keeps_its_metadata(atlas: Atlas) -> None:
    table = zones_on(atlas, round_id="astana-6", extent="held")
    assert table.attrs["metadata"] == export_metadata(atlas)


def test_geojson_with_the_metadata_member_still_reads_with_geopandas_pyogrio_and_fiona(
    atlas: Atlas, tmp_path: Path
) -> None:
    import fiona
    import geopandas as gpd

    table = zones_on(atlas, round_id="astana-6")
    path = tmp_path / "zones.geojson"
    write_table(table, path, "geojson")
    for engine in ("pyogrio", "fiona"):
        back = gpd.read_file(path, engine=engine)
        assert back["zone_id"].tolist() == table["zone_id"].tolist()
    with fiona.open(path) as layer:
        assert len(layer) == len(table)


@pytest.mark.parametrize("engine", ["fiona", "pyogrio"])
def test_a_geopackage_keeps_the_block_in_its_gdal_metadata(
    atlas: Atlas, tmp_path: Path, engine: Engine
) -> None:
    import fiona
    import pyogrio

    path = tmp_path / "zones.gpkg"
    write_table(zones_on(atlas, round_id="astana-6"), path, "gpkg", engine=engine)
    expected = {k: "" if v is None else str(v) for k, v in export_metadata(atlas).items()}
    assert pyogrio.read_info(path)["layer_metadata"] == expected
    with fiona.open(path) as layer:
        assert layer.tags() == expected
    with sqlite3.connect(path) as db:
        (document,) = db.execute("SELECT metadata FROM gpkg_metadata").fetchone()
    assert "CC-BY-4.0" in document and atlas.catalogue.metadata.version in document


def test_a_geopackage_with_metadata_is_the_same_bytes_every_time(
    atlas: Atlas, tmp_path: Path
) -> None:
    table = zones_on(atlas, round_id="astana-6")
    first, second = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    write_table(table, first, "gpkg")
    write_table(table, second, "gpkg")
    assert first.read_bytes() == second.read_bytes()


def test_every_round_s_geojson_beside_the_maps_carries_the_block(atlas: Atlas) -> None:
    for path in sorted((ROOT / "maps" / "geojson").glob("*.geojson")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["metadata"] == export_metadata(atlas), path.name


def test_a_coverage_export_credits_ocha_for_the_admin_layer_with_its_edition(
    atlas: Atlas, tmp_path: Path
) -> None:
    import pyogrio

    fields = {"ADM1_PCODE": "{pcode}", "version": "v02", "validOn": "2020-12-17"}
    layer = _layer(atlas, tmp_path / "adm1.geojson", fields)
    table = coverage(atlas, load_admin(layer), atlas.as_of("astana-6"))
    block = table.to_json()["metadata"]
    assert block["admin_licence"] == "CC-BY-3.0-IGO"
    assert (block["admin_source"], block["admin_version"]) == (
        "UN OCHA, COD-AB Syria (HDX): adm1.geojson",
        "v02, valid on 2020-12-17",
    )
    path = tmp_path / "coverage.gpkg"
    path.write_bytes(coverage_bytes(table, path.name))
    assert pyogrio.read_info(path)["layer_metadata"]["admin_version"] == "v02, valid on 2020-12-17"
