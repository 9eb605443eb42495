"""The shipped catalogue is complete and cited; a broken one fails with one clear line."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from zonemap.catalogue import load_catalogue
from zonemap.cli import main

CATALOGUE = load_catalogue()
FOUR_ZONES = ("idlib", "northern-homs", "eastern-ghouta", "southern")


def test_every_astana_round_from_1_to_22_is_present_in_date_order() -> None:
    ids = [r.id for r in CATALOGUE.rounds if r.kind == "astana-round"]
    assert ids == [f"astana-{n}" for n in range(1, 23)]


@pytest.mark.parametrize(
    "round_id",
    ["summit-sochi-2017", "ministers-astana-2018", "sochi-memorandum-2018", "moscow-protocol-2020"],
)
def test_related_instruments_are_catalogued(round_id: str) -> None:
    assert CATALOGUE.round(round_id)


def test_catalogue_spans_2017_to_2024() -> None:
    assert CATALOGUE.rounds[0].start.year == 2017 and CATALOGUE.horizon.year == 2024


@pytest.mark.parametrize("round_", CATALOGUE.rounds, ids=lambda r: r.id)
def test_every_round_is_dated_placed_and_cited(round_: Any) -> None:
    assert round_.start <= round_.end
    assert round_.city and round_.participants and round_.summary
    assert all(d.title and d.date for d in round_.documents)
    for statement in round_.statements:
        assert statement.paragraph and statement.note


@pytest.mark.parametrize("zone", CATALOGUE.zones, ids=lambda z: z.id)
def test_every_zone_is_named_in_both_languages_and_cited(zone: Any) -> None:
    assert zone.name and re.search(r"[\u0600-\u06ff]", zone.name_ar)
    assert zone.sources
    for part in zone.parts:
        if part.precision == "approximate":
            assert part.justification and part.sources


def test_the_four_memorandum_zones_are_numbered_one_to_four() -> None:
    assert [CATALOGUE.zone(z).number for z in FOUR_ZONES] == [1, 2, 3, 4]


def test_later_idlib_instruments_are_zones_of_their_own() -> None:
    assert CATALOGUE.zone("idlib-demilitarised-zone").kind == "demilitarised-zone"
    assert CATALOGUE.zone("m4-security-corridor").kind == "security-corridor"


def test_the_catalogue_states_its_version_licence_and_citation() -> None:
    about = CATALOGUE.metadata
    assert re.fullmatch(r"\d+\.\d+\.\d+", about.version)
    assert about.licence.id == "CC-BY-4.0"
    assert about.licence.url == "https://creativecommons.org/licenses/by/4.0/"
    assert about.version in about.citation and about.updated.isoformat() in about.citation


def test_the_catalogue_was_last_updated_no_earlier_than_its_latest_entry() -> None:
    latest = max(r.end for r in CATALOGUE.rounds)
    assert CATALOGUE.metadata.updated >= latest


def test_twelve_turkish_observation_posts_are_recorded() -> None:
    turkish = [
        p
        for p in CATALOGUE.posts
        if p.operator == "Turkey" and p.kind == "observation-post" and p.established.year <= 2018
    ]
    assert len(turkish) >= 12


# --- malformed catalogues -------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _edit(file: str, mutate: Mutation) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / file
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        mutate(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    return apply


def _write(file: str, content: bytes) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        (folder / file).write_bytes(content)

    return apply


def _round(data: dict[str, Any], round_id: str) -> dict[str, Any]:
    return next(r for r in data["rounds"] if r["id"] == round_id)


def _zone(data: dict[str, Any], zone_id: str) -> dict[str, Any]:
    return next(z for z in data["zones"] if z["id"] == zone_id)


def _approx_part(data: dict[str, Any]) -> dict[str, Any]:
    return next(p for p in _zone(data, "northern-homs")["parts"] if p["precision"] == "approximate")


BAD_CATALOGUES: dict[str, tuple[Callable[[Path], None], str]] = {
    "yaml syntax": (
        _write("rounds.yaml", b"rounds: [\n  - id: astana-1\n"),
        r"rounds\.yaml: line \d+:",
    ),
    "not utf-8": (_write("zones.yaml", b"zones:\n  - id: \xff\xfe\n"), r"zones\.yaml: not UTF-8"),
    "empty file": (_write("posts.yaml", b""), r"posts\.yaml: expected a top-level 'posts:'"),
    "list at top": (_write("rounds.yaml", b"- id: x\n"), r"expected a top-level 'rounds:'"),
    "missing file": (
        lambda folder: (folder / "posts.yaml").unlink(),
        r"posts\.yaml: file not found",
    ),
    "unknown field": (
        _edit("rounds.yaml", lambda d: _round(d, "astana-6").update(venue="x")),
        r"round astana-6: venue: Extra inputs",
    ),
    "missing summary": (
        _edit("rounds.yaml", lambda d: _round(d, "astana-6").pop("summary")),
        r"round astana-6: summary: Field required",
    ),
    "end before start": (
        _edit("rounds.yaml", lambda d: _round(d, "astana-6").update(end="2017-09-01")),
        r"round astana-6: end 2017-09-01 is before start",
    ),
    "impossible date": (
        _edit("rounds.yaml", lambda d: _round(d, "astana-6").update(start="2017-02-30")),
        r"round astana-6: start: Input should be a valid date",
    ),
    "words for a date": (
        _edit("rounds.yaml", lambda d: _round(d, "astana-7").update(end="late October")),
        r"round astana-7: end: Input should be a valid date",
    ),
    "duplicate id": (
        _edit("rounds.yaml", lambda d: d["rounds"].append(dict(d["rounds"][0]))),
        r"round astana-1: id appears twice",
    ),
    "unknown document": (
        _edit(
            "rounds.yaml",
            lambda d: _round(d, "astana-6")["statements"][0].update(document="no-such-doc"),
        ),
        r"round astana-6: .*unknown document 'no-such-doc'",
    ),
    "unknown zone in statement": (
        _edit(
            "rounds.yaml",
            lambda d: _round(d, "astana-6")["statements"][0].update(zone="aleppo-city"),
        ),
        r"round astana-6: statement on unknown zone 'aleppo-city'",
    ),
    "unknown round kind": (
        _edit("rounds.yaml", lambda d: _round(d, "astana-6").update(kind="picnic")),
        r"round astana-6: kind: Input should be",
    ),
    "overlapping rounds": (
        _edit(
            "rounds.yaml",
            lambda d: _round(d, "astana-7").update(start="2017-09-15", end="2017-09-16"),
        ),
        r"round astana-7: starts 2017-09-15, not after astana-6",
    ),
    "bad id": (
        _edit("zones.yaml", lambda d: _zone(d, "idlib").update(id="Idlib Zone")),
        r"zone Idlib Zone: id: String should match pattern",
    ),
    "unknown governorate": (
        _edit("zones.yaml", lambda d: _zone(d, "idlib")["parts"][0].update(governorate="SY15")),
        r"zone idlib: parts\.0\.governorate: String should match",
    ),
    "approximate without extent": (
        _edit(
            "zones.yaml",
            lambda d: (_approx_part(d).pop("hull_of", None), _approx_part(d).pop("outline", None)),
        ),
        r"zone northern-homs: parts\.\d+: an approximate part needs",
    ),
    "whole governorate with outline": (
        _edit(
            "zones.yaml",
            lambda d: _zone(d, "idlib")["parts"][0].update(outline=[[36, 35], [37, 35], [37, 36]]),
        ),
        r"zone idlib: parts\.0: a whole-governorate part",
    ),
    "unknown place in hull": (
        _edit(
            "zones.yaml",
            lambda d: (
                _approx_part(d).pop("outline", None)
                or _approx_part(d).update(
                    hull_of=["Ar Rastan", "Talbisseh", "Nowhere-on-Orontes"], buffer_km=2
                )
            ),
        ),
        r"zone northern-homs: unknown place '(Talbisseh|Nowhere-on-Orontes)",
    ),
    "self-intersecting outline": (
        _edit(
            "zones.yaml",
            lambda d: (
                _approx_part(d).pop("hull_of", None),
                _approx_part(d).update(
                    outline=[[36.6, 34.8], [36.9, 35.0], [36.9, 34.8], [36.6, 35.0]]
                ),
            ),
        ),
        r"zone northern-homs: outline for SY04 is not a valid polygon",
    ),
    "outline outside Syria": (
        _edit(
            "zones.yaml",
            lambda d: (
                _approx_part(d).pop("hull_of", None),
                _approx_part(d).update(outline=[[2.3, 48.8], [2.4, 48.8], [2.4, 48.9]]),
            ),
        ),
        r"zone northern-homs: parts\.\d+: outline point \(2\.3, 48\.8\)",
    ),
    "end before establishment": (
        _edit(
            "zones.yaml",
            lambda d: _zone(d, "eastern-ghouta")["validity"]["de_facto_end"].update(
                date="2017-01-01"
            ),
        ),
        r"zone eastern-ghouta: validity: de_facto_end 2017-01-01 is not",
    ),
    "unknown establishing round": (
        _edit(
            "zones.yaml", lambda d: _zone(d, "idlib")["validity"].update(established_by="astana-99")
        ),
        r"zone idlib: established_by names unknown round 'astana-99'",
    ),
    "missing citations": (
        _edit("zones.yaml", lambda d: _zone(d, "southern").update(sources=[])),
        r"zone southern: sources: List should have at least 1 item",
    ),
    "empty name": (
        _edit("zones.yaml", lambda d: _zone(d, "southern").update(name="")),
        r"zone southern: name: String should have at least 1 character",
    ),
    "post in unknown zone": (
        _edit("posts.yaml", lambda d: d["posts"][0].update(zone="afrin")),
        r"posts\.yaml: post tr-op-01: unknown zone 'afrin'",
    ),
    "metadata without a licence": (
        _edit("metadata.yaml", lambda d: d["metadata"].pop("licence")),
        r"metadata\.yaml: metadata: licence: Field required",
    ),
    "metadata with a version that is not MAJOR.MINOR.PATCH": (
        _edit("metadata.yaml", lambda d: d["metadata"].update(version="latest")),
        r"metadata\.yaml: metadata: version: String should match pattern",
    ),
    "no metadata file": (
        lambda folder: (folder / "metadata.yaml").unlink(),
        r"metadata\.yaml: file not found; a catalogue states its title, version, last update, "
        r"licence and citation there",
    ),
    "post withdrawn before set up": (
        _edit(
            "posts.yaml",
            lambda d: d["posts"][0].update(
                withdrawn={"date": "2000-01-01", "source": d["posts"][0]["source"]}
            ),
        ),
        r"post tr-op-01: withdrawn 2000-01-01 is not after",
    ),
}


@pytest.mark.parametrize("breakage", BAD_CATALOGUES, ids=str)
def test_a_broken_catalogue_fails_with_one_line_naming_file_and_entry(
    breakage: str, catalogue_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    apply, expected = BAD_CATALOGUES[breakage]
    apply(catalogue_copy)
    for command in (["check"], ["status", "--date", "2017-12-01"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["--catalogue", str(catalogue_copy), *command])
        captured = capsys.readouterr()
        lines = captured.err.strip().splitlines()
        assert exit_info.value.code == 1
        assert len(lines) == 1, captured.err
        assert "Traceback" not in captured.err + captured.out
        assert str(catalogue_copy) in lines[0]
        assert re.search(expected, lines[0]), lines[0]


def test_there_are_at_least_twenty_broken_catalogue_cases() -> None:
    assert len(BAD_CATALOGUES) >= 20


def test_unknown_place_names_the_closest_known_places(
    catalogue_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(
        "zones.yaml",
        lambda d: (
            _approx_part(d).pop("outline", None),
            _approx_part(d).update(hull_of=["Ar Rastan", "Talbisa", "Taldou"]),
        ),
    )(catalogue_copy)
    with pytest.raises(SystemExit):
        main(["--catalogue", str(catalogue_copy), "check"])
    assert "closest known: " in capsys.readouterr().err
