"""What the maps show to orient by: every seat, highway and neighbour is found and placed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT

import shapely

from zonemap.atlas import Atlas
from zonemap.errors import CatalogueError, ZonemapError
from zonemap.landmarks import load_landmarks


@pytest.fixture
def landmarks_copy(tmp_path: Path) -> Path:
    for name in ("landmarks.yaml", "surroundings.geojson"):
        shutil.copy(ROOT / "geodata" / name, tmp_path / name)
    return tmp_path


def test_each_governorate_seat_is_a_town_in_that_governorate(atlas: Atlas) -> None:
    seats = [town for town in load_landmarks(atlas).towns if town.rank == 0]
    pcodes = {atlas.gazetteer.place(town.name).pcode for town in seats}
    # Damascus is the seat of Damascus and of Rural Damascus: 13 towns for 14 governorates
    assert len(seats) == 13
    assert pcodes == set(atlas.boundaries.pcodes) - {"SY03"}


def test_the_towns_named_are_the_seats_then_the_places_zones_are_drawn_from(atlas: Atlas) -> None:
    towns = load_landmarks(atlas).towns
    assert [t.rank for t in towns] == sorted(t.rank for t in towns)
    names = {t.name for t in towns}
    assert {"Khān Shaykhūn", "Trumba", "Dūmā", "Abu al-Duhur airbase"} <= names
    assert len(names) == len(towns)  # each named once


def test_the_highways_run_through_their_towns_from_end_to_end(atlas: Atlas) -> None:
    m5, m4 = load_landmarks(atlas).roads
    assert m5.name.startswith("M5") and m4.name.startswith("M4")
    damascus, aleppo = atlas.gazetteer.place("Damascus"), atlas.gazetteer.place("Aleppo")
    assert m5.geometry.coords[0] == (damascus.lon, damascus.lat)
    assert m5.geometry.coords[-1] == (aleppo.lon, aleppo.lat)
    # the M4 corridor of the Moscow protocol runs along the same road, from Ain al-Hour to
    # Trumba (Latakia and Saraqib lie beyond its ends)
    corridor = atlas.shapes["m4-security-corridor"].geometry
    assert all(corridor.covers(shapely.Point(xy)) for xy in m4.geometry.coords[1:-1])


def test_the_neighbours_rivers_and_lakes_come_from_natural_earth(atlas: Atlas) -> None:
    landmarks = load_landmarks(atlas)
    countries = {c.name for c in landmarks.countries}
    assert {"Turkey", "Lebanon", "Israel", "Jordan", "Iraq", "Cyprus"} <= countries
    assert "Syria" not in countries  # the governorates draw it
    assert "Euphrates" in {r.name for r in landmarks.rivers}
    assert landmarks.lakes


def test_an_unknown_town_on_a_highway_names_the_file_and_the_road(
    atlas: Atlas, landmarks_copy: Path
) -> None:
    path = landmarks_copy / "landmarks.yaml"
    path.write_text(path.read_text("utf-8").replace("Ar Rastan", "Ar Rastanx"), "utf-8")
    with pytest.raises(ZonemapError) as caught:
        load_landmarks(atlas, landmarks_copy)
    message = str(caught.value)
    assert "landmarks.yaml" in message and "road m5" in message and "Ar Rastanx" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("seats:", "seats: ["), "line"),  # malformed YAML
        (("    SY14: Al Qunayţirah\n", ""), "seats.places"),  # a governorate without its seat
        (("    at: [35.45, 34.65]", "    at: [35.45]"), "seas.0.at"),
    ],
)
def test_a_broken_landmarks_file_is_one_line_naming_the_file(
    atlas: Atlas, landmarks_copy: Path, change: tuple[str, str], expected: str
) -> None:
    path = landmarks_copy / "landmarks.yaml"
    text = path.read_text("utf-8")
    assert change[0] in text
    path.write_text(text.replace(change[0], change[1], 1), "utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_landmarks(atlas, landmarks_copy)
    message = str(caught.value)
    assert "landmarks.yaml" in message and expected in message and "\n" not in message


def test_a_broken_surroundings_file_names_it(atlas: Atlas, landmarks_copy: Path) -> None:
    (landmarks_copy / "surroundings.geojson").write_text('{"features": [{}]}', "utf-8")
    with pytest.raises(CatalogueError, match=r"surroundings\.geojson"):
        load_landmarks(atlas, landmarks_copy)
