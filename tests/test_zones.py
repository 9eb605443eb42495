"""Zone extents: the right places inside, the right places outside, parts not whole governorates.

Ground truth is ``tests/data/landmarks.csv``: each row gives a point, a day and the zone the
point was in that day (``none`` for outside every zone), with the sources for both the
coordinates and the control situation.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from conftest import REFERENCE, needs_reference

import geopandas as gpd

from zonemap.atlas import Atlas
from zonemap.projection import EQUAL_AREA, to_equal_area
from zonemap.tables import zones_at

LANDMARKS = list(
    csv.DictReader((Path(__file__).parent / "data" / "landmarks.csv").open(encoding="utf-8"))
)
MAIN_ZONES = {"idlib", "northern-homs", "eastern-ghouta", "southern"}


def test_there_are_at_least_forty_insider_and_outsider_checks() -> None:
    assert len(LANDMARKS) >= 40
    assert sum(row["zone"] == "none" for row in LANDMARKS) >= 15
    assert {row["zone"] for row in LANDMARKS} >= MAIN_ZONES | {"none"}
    assert all(row["source"] for row in LANDMARKS)


@pytest.mark.parametrize("row", LANDMARKS, ids=lambda r: f"{r['name']}@{r['date']}")
def test_landmark_lies_in_the_zone_the_sources_put_it_in(atlas: Atlas, row: dict) -> None:
    day = dt.date.fromisoformat(row["date"])
    found = set(zones_at(atlas, float(row["lon"]), float(row["lat"]), day)["zone_id"])
    main_zones = found & MAIN_ZONES
    expected = set() if row["zone"] == "none" else {row["zone"]}
    assert main_zones == expected


@pytest.mark.parametrize(
    ("zone_id", "pcode", "max_share"),
    [
        ("northern-homs", "SY04", 0.05),
        ("eastern-ghouta", "SY03", 0.05),
        ("southern", "SY12", 0.8),
        ("idlib", "SY06", 0.4),
        ("idlib", "SY05", 0.3),
        ("idlib", "SY02", 0.3),
    ],
)
def test_certain_parts_are_not_whole_governorates(
    atlas: Atlas, zone_id: str, pcode: str, max_share: float
) -> None:
    zone = atlas.catalogue.zone(zone_id)
    shape = atlas.shapes[zone_id]
    part_area = shape.areas_km2[zone.governorates.index(pcode)]
    whole = to_equal_area(atlas.boundaries.geometry(pcode))
    share = part_area / (whole.area / 1e6)
    assert 0 < share < max_share, share


def test_idlib_governorate_is_wholly_inside_the_idlib_zone(atlas: Atlas) -> None:
    part = next(p for p in atlas.catalogue.zone("idlib").parts if p.governorate == "SY07")
    assert part.precision == "governorate"


def test_zone_extents_do_not_depend_on_the_boundary_file(atlas: Atlas) -> None:
    # The same extent clipped by another layer differs only along governorate borders.
    for zone in atlas.catalogue.zones:
        assert atlas.shapes[zone.id].geometry.is_valid


@needs_reference
def test_zones_load_with_ocha_boundaries_and_keep_their_landmarks() -> None:
    from zonemap.atlas import load_atlas

    ocha = load_atlas(boundaries=REFERENCE / "codab_2016_adm1.geojson")
    for row in LANDMARKS:
        if row["date"] != "2017-12-01":
            continue
        found = (
            set(
                zones_at(ocha, float(row["lon"]), float(row["lat"]), dt.date(2017, 12, 1))[
                    "zone_id"
                ]
            )
            & MAIN_ZONES
        )
        assert found == (set() if row["zone"] == "none" else {row["zone"]}), row["name"]


# The pockets as OCHA's 2016 subdistricts describe them: the subdistricts that hold most of the
# pocket, the ones it fills almost entirely, and large ones it must only touch.
POCKETS = {
    "northern-homs": {
        "mostly_in": {"Ar-Rastan", "Talbiseh", "Taldu"},
        "fills": {"Talbiseh"},
        "touches_only": {"Homs", "Hama"},
    },
    "eastern-ghouta": {
        "mostly_in": {"Duma", "Harasta", "Arbin", "Kafr Batna", "Nashabiyeh"},
        "fills": {"Arbin", "Kafr Batna"},
        "touches_only": {"Damascus", "Duma", "Jaramana"},
    },
}


@needs_reference
@pytest.mark.parametrize("zone_id", sorted(POCKETS))
def test_pockets_lie_in_their_ocha_subdistricts(atlas: Atlas, zone_id: str) -> None:
    adm3 = gpd.read_file(REFERENCE / "codab_2016_adm3.geojson").to_crs(EQUAL_AREA)
    zone = to_equal_area(atlas.shapes[zone_id].geometry)
    overlap = adm3.geometry.intersection(zone).area
    share_of_zone = dict(zip(adm3["NAME_EN"], overlap / zone.area, strict=True))
    share_of_subdistrict = dict(zip(adm3["NAME_EN"], overlap / adm3.area, strict=True))
    expected = POCKETS[zone_id]
    print(zone_id, {k: round(v, 2) for k, v in share_of_zone.items() if v > 0.01})

    assert sum(share_of_zone[name] for name in expected["mostly_in"]) > 0.7
    for name in expected["fills"]:
        assert share_of_subdistrict[name] > 0.8, name
    for name in expected["touches_only"]:
        assert share_of_subdistrict[name] < 0.2, name
