"""Every export says whose data it is: the catalogue's licence and the boundary layer's source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REFERENCE, needs_reference

from shapely.geometry import mapping

from zonemap.atlas import Atlas, load_atlas
from zonemap.metadata import NATURAL_EARTH, OCHA_COD_AB, export_metadata


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


@pytest.mark.parametrize("key", ["licence", "catalogue_version", "build_date", "boundary_source"])
def test_the_metadata_block_has_every_key_the_issue_asks_for(atlas: Atlas, key: str) -> None:
    assert export_metadata(atlas)[key]
