"""The build publishes maps/ as a Frictionless data package with a manifest of every file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import ROOT

from zonemap.atlas import Atlas, load_atlas
from zonemap.datapackage import DATAPACKAGE, FIELDS_SCHEMA, MANIFEST, data_package
from zonemap.tables import COLUMNS
from zonemap.web import build_maps
from zonemap.web.build import LOCK
from zonemap.web.freshness import STAMP

MAPS = ROOT / "maps"  # test_render checks that it is what a build writes now


def _load(name: str) -> dict:
    return json.loads((MAPS / name).read_text(encoding="utf-8"))


def test_the_data_package_passes_frictionless_validation() -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(MAPS / DATAPACKAGE))
    assert report.valid, report.flatten(["type", "message"])[:5]


def test_every_round_s_geojson_is_a_resource_with_its_size_and_sha256() -> None:
    resources = {r["path"]: r for r in _load(DATAPACKAGE)["resources"]}
    files = sorted(p.relative_to(MAPS).as_posix() for p in (MAPS / "geojson").glob("*.geojson"))
    assert sorted(resources) == files
    for path, resource in resources.items():
        data = (MAPS / path).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == f"sha256:{hashlib.sha256(data).hexdigest()}"
        assert (resource["format"], resource["mediatype"]) == ("geojson", "application/geo+json")
        assert resource["schema"] == FIELDS_SCHEMA


def test_the_resources_fields_are_the_field_dictionary_s() -> None:
    fields = _load(FIELDS_SCHEMA)["fields"]
    assert tuple(f["name"] for f in fields) == COLUMNS
    assert {f["name"]: f.get("unit") for f in fields}["area_km2"] == "km²"


def test_the_package_is_licensed_cc_by_4_0_and_credits_natural_earth_and_ocha(
    atlas: Atlas,
) -> None:
    package = _load(DATAPACKAGE)
    assert [licence["name"] for licence in package["licenses"]] == ["CC-BY-4.0", "CC-BY-3.0-IGO"]
    assert package["licenses"][1]["title"] == "OCHA's P-codes and names"
    assert package["version"] == atlas.catalogue.metadata.version
    assert package["created"] == f"{atlas.catalogue.metadata.updated.isoformat()}T00:00:00Z"
    assert "Made with Natural Earth" in package["sources"][1]["description"]
    assert "COD-AB 2016 edition" in package["sources"][2]["description"]


def test_with_ocha_boundaries_the_package_carries_ocha_s_licence_and_credit(
    atlas: Atlas, own_governorates: Path, tmp_path: Path
) -> None:
    layer = own_governorates  # an OCHA-style layer: ADM1_PCODE, ADM1_EN, ADM1_AR
    staged = {"geojson/astana-6.geojson": b"{}"}
    package = json.loads(data_package(load_atlas(boundaries=layer), staged))
    assert (
        package["licenses"][1]["title"] == "OCHA's P-codes and names and administrative boundaries"
    )
    assert package["sources"][1]["description"].startswith(
        "Administrative boundaries: UN OCHA, COD-AB Syria (HDX)"
    )


def test_the_manifest_lists_every_output_with_its_size_and_sha256() -> None:
    listed = _load(MANIFEST)["files"]
    on_disk = {
        p.relative_to(MAPS).as_posix(): p.read_bytes()
        for p in MAPS.rglob("*")
        if p.is_file() and p.name not in (STAMP, LOCK, MANIFEST)
    }
    assert sorted(listed) == sorted(on_disk)
    for name, data in on_disk.items():
        assert listed[name] == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def test_a_build_of_some_rounds_writes_no_data_package_or_manifest(
    atlas: Atlas, tmp_path: Path
) -> None:
    build_maps(atlas, tmp_path, ["astana-6"])
    assert (tmp_path / "geojson" / "astana-6.geojson").is_file()
    assert not any((tmp_path / name).exists() for name in (DATAPACKAGE, FIELDS_SCHEMA, MANIFEST))
