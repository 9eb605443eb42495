"""Names from statements resolve to places, governorates or zones; unknown names suggest."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonemap.atlas import Atlas
from zonemap.errors import UnknownPlaceError
from zonemap.gazetteer import load_places, normalise

PLACES = load_places()


def test_gazetteer_has_the_towns_zone_texts_need() -> None:
    assert len(PLACES) >= 150
    assert {p.pcode for p in PLACES} == {f"SY{n:02d}" for n in range(1, 15)}


def test_every_place_has_a_source_and_lies_in_syria() -> None:
    for place in PLACES:
        assert place.source
        assert 35.5 < place.lon < 42.5 and 32.2 < place.lat < 37.4, place.name


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("East Gut", "zone", "eastern-ghouta"),
        ("eastern Ghouta", "zone", "eastern-ghouta"),
        ("Idleb province", "governorate", "SY07"),
        ("Edleb", "governorate", "SY07"),
        ("Lattakia", "governorate", "SY06"),
        ("Rural Damascus", "governorate", "SY03"),
        ("Daraa province", "governorate", "SY12"),
        ("Ar-Rastan", "place", "Ar Rastan"),
        ("Rastan", "place", "Ar Rastan"),
        ("Talbiseh", "place", "Tallbīsah"),
        ("Douma", "place", "Dūmā"),
    ],
)
def test_names_resolve(atlas: Atlas, text: str, kind: str, target: str) -> None:
    hit = atlas.gazetteer.resolve(text)
    assert (hit.kind, hit.id) == (kind, target)


def test_a_side_of_a_governorate_keeps_its_direction(atlas: Atlas) -> None:
    hit = atlas.gazetteer.resolve("southern Hama countryside")
    assert (hit.kind, hit.id, hit.direction) == ("governorate", "SY05", "south")


def test_northern_homs_names_the_zone(atlas: Atlas) -> None:
    assert atlas.gazetteer.resolve("northern Homs").id == "northern-homs"


def test_unknown_names_fail_with_the_closest_known_names(atlas: Atlas) -> None:
    with pytest.raises(UnknownPlaceError) as error:
        atlas.gazetteer.resolve("Talbisa")
    assert any("Talbiseh" in s or "Tallbīsah" in s for s in error.value.suggestions)
    assert "closest known" in str(error.value)


def test_nonsense_gets_no_suggestions_rather_than_bad_ones(atlas: Atlas) -> None:
    with pytest.raises(UnknownPlaceError) as error:
        atlas.gazetteer.resolve("qqqqzzzz")
    assert error.value.suggestions == []


@given(st.text())
def test_normalise_never_fails_and_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
