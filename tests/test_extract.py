"""Reading statements: meeting facts, zones with their governorates, validity and evidence.

The texts in tests/data/statements were written for this suite (our own words) while the
rules were developed; tests/data/statements-heldout was written separately, without sight of
the rules, and measures precision and recall honestly. Two real articles in ../shared/seeds
are development cases when that folder is present.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, run_cli
from pydantic import ValidationError

from zonemap.atlas import load_gazetteer
from zonemap.boundaries import load_governorates
from zonemap.catalogue import load_catalogue
from zonemap.errors import InputError
from zonemap.gazetteer import Gazetteer
from zonemap.records import Round
from zonemap.statements import (
    Extraction,
    KnownCatalogue,
    draft,
    draft_statement,
    extract,
    read_statement,
)

STATEMENTS = Path(__file__).parent / "data" / "statements"
HELD_OUT = Path(__file__).parent / "data" / "statements-heldout"
SEEDS = ROOT.parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="the development articles (../shared/seeds) are absent"
)
MEETING_FACTS = ("kind", "round_number", "city", "start", "end", "initial_months")


@pytest.fixture(scope="module")
def reader() -> Iterator[tuple[KnownCatalogue, Gazetteer]]:
    catalogue = load_catalogue()
    yield KnownCatalogue.of(catalogue), load_gazetteer(catalogue, load_governorates())


def _read(reader: tuple[KnownCatalogue, Gazetteer], path: Path) -> Extraction:
    catalogue, gazetteer = reader
    return extract(read_statement(path), catalogue, gazetteer)


def _zones(extraction: Extraction) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in extraction.zones:
        found.setdefault(mention.zone_id, set()).update(mention.governorates)
    return found


def _expected(folder: Path) -> dict[str, dict[str, Any]]:
    return yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))


def _scores(reader: tuple[KnownCatalogue, Gazetteer], folder: Path) -> dict[str, float]:
    """Micro precision and recall over (text, zone) and (text, zone, governorate) pairs."""
    tp = fp = fn = gtp = gfp = gfn = facts_right = facts_total = 0
    for name, expected in _expected(folder).items():
        extraction = _read(reader, folder / name)
        found = _zones(extraction)
        want = {z: set(p or ()) for z, p in (expected.get("zones") or {}).items()}
        tp += len(found.keys() & want.keys())
        fp += len(found.keys() - want.keys())
        fn += len(want.keys() - found.keys())
        for zone in want.keys() & found.keys():
            gtp += len(found[zone] & want[zone])
            gfp += len(found[zone] - want[zone])
            gfn += len(want[zone] - found[zone])
        for key in MEETING_FACTS:
            if key in expected:
                facts_total += 1
                fact = extraction.fact(key)
                facts_right += fact is not None and fact.value == expected[key]
    return {
        "zone_precision": tp / max(tp + fp, 1),
        "zone_recall": tp / max(tp + fn, 1),
        "governorate_precision": gtp / max(gtp + gfp, 1),
        "governorate_recall": gtp / max(gtp + gfn, 1),
        "meeting_facts_right": facts_right / max(facts_total, 1),
    }


@pytest.mark.parametrize("name", sorted(_expected(STATEMENTS)))
def test_each_written_statement_reads_as_a_careful_reader_would(
    reader: tuple[KnownCatalogue, Gazetteer], name: str
) -> None:
    expected = _expected(STATEMENTS)[name]
    extraction = _read(reader, STATEMENTS / name)
    for key in MEETING_FACTS:
        if key in expected:
            fact = extraction.fact(key)
            assert (fact.value if fact else None) == expected[key], key
    found = _zones(extraction)
    assert found.keys() == set(expected["zones"])
    for zone, pcodes in expected["zones"].items():
        if pcodes:
            assert found[zone] == set(pcodes), zone
    assert not found.keys() & set(expected.get("not_zones", []))


def test_held_out_statements_keep_precision_high(reader: tuple[KnownCatalogue, Gazetteer]) -> None:
    scores = _scores(reader, HELD_OUT)
    print("held-out:", {k: round(v, 2) for k, v in scores.items()})
    assert scores["zone_precision"] >= 0.9
    assert scores["zone_recall"] >= 0.6


def test_places_named_only_for_aid_or_battles_are_not_zones(
    reader: tuple[KnownCatalogue, Gazetteer],
) -> None:
    aid = _read(reader, STATEMENTS / "ministers-humanitarian.txt")
    reasons = {i.name: i.reason for i in aid.ignored}
    assert "humanitarian" in reasons["eastern Ghouta"]
    battle = _read(reader, STATEMENTS / "battle-report.txt")
    assert battle.zones == ()
    assert all("fighting" in i.reason for i in battle.ignored)


def test_a_meeting_venue_is_not_a_zone(reader: tuple[KnownCatalogue, Gazetteer]) -> None:
    extraction = _read(reader, STATEMENTS / "venue-damascus.txt")
    assert [i.reason for i in extraction.ignored] == ["named as a meeting venue"]


def test_a_governorate_shared_by_two_zones_is_reported_uncertain(
    reader: tuple[KnownCatalogue, Gazetteer],
) -> None:
    extraction = _read(reader, STATEMENTS / "ambiguous-hama.txt")
    assert extraction.zones == ()
    (doubt,) = extraction.uncertain
    assert set(doubt.candidates) == {"idlib", "northern-homs"}  # type: ignore[union-attr]
    assert doubt.evidence.confidence < 0.7


def test_every_piece_of_evidence_points_at_its_phrase(
    reader: tuple[KnownCatalogue, Gazetteer],
) -> None:
    for path in sorted(STATEMENTS.glob("*.txt")):
        text = read_statement(path)
        extraction = _read(reader, path)
        items = [*extraction.facts, *extraction.zones, *extraction.uncertain, *extraction.ignored]
        for item in items:
            evidence = item.evidence
            assert " ".join(text[evidence.start : evidence.end].split()) == evidence.phrase
            assert 0 < evidence.confidence <= 1


def test_the_draft_is_a_valid_catalogue_round(reader: tuple[KnownCatalogue, Gazetteer]) -> None:
    catalogue, gazetteer = reader
    path = STATEMENTS / "round-4-memorandum.txt"
    text = read_statement(path)
    document = draft_statement(text, catalogue, gazetteer, source_name=path.name)
    (round_,) = document["rounds"]
    checked = Round.model_validate(round_)
    assert checked.id == "astana-4" and checked.start == dt.date(2017, 5, 3)
    assert checked.name == "Fourth International Meeting on Syria in Astana"
    assert {s.zone for s in checked.statements} >= {"idlib", "northern-homs", "southern", "all"}
    assert document["compared_with"]["round"] == "astana-4"
    assert document["compared_with"]["differences"] == []


REAL_TEXTS = ROOT.parent / "shared" / "statements"
DATED_OUT_OF_RANGE = (
    "The Fourth International Meeting on Syria was held in Astana on 3-4 May 1985. The "
    "guarantors agreed on the de-escalation area in Idlib province."
)


def _texts() -> list[tuple[str, str]]:
    folders = [STATEMENTS, HELD_OUT, SEEDS, REAL_TEXTS]
    paths = sorted(p for folder in folders if folder.is_dir() for p in folder.glob("*.txt"))
    return [(p.name, read_statement(p)) for p in paths] + [("1985", DATED_OUT_OF_RANGE)]


def test_a_draft_leaves_to_check_just_what_the_catalogue_would_refuse(
    reader: tuple[KnownCatalogue, Gazetteer],
) -> None:
    # Drafts are checked without the catalogue's record types: every value the reader gives
    # must be one they take, and the values it lists as not found those they refuse.
    catalogue, gazetteer = reader
    drafted = 0
    for name, text in _texts():
        try:
            document = draft_statement(text, catalogue, gazetteer, source_name=name)
        except InputError:
            continue  # a text that reports no meeting gives no draft
        drafted += 1
        try:
            Round.model_validate(document["rounds"][0])
            refused = []
        except ValidationError as exc:
            refused = [".".join(str(p) for p in error["loc"]) for error in exc.errors()]
        listed = [line.split(":")[0] for line in document["to_check"] if "not found" in line]
        assert listed == refused, name
    assert drafted >= 15


def test_a_day_the_catalogue_does_not_take_is_not_read_as_the_meetings(
    reader: tuple[KnownCatalogue, Gazetteer],
) -> None:
    catalogue, gazetteer = reader
    extraction = extract(DATED_OUT_OF_RANGE, catalogue, gazetteer)
    assert extraction.fact("start") is None and extraction.fact("round_number").value == 4
    document = draft(
        extraction, catalogue, gazetteer, text=DATED_OUT_OF_RANGE, source_name="1985.txt"
    )
    assert "start: not found in the text" in document["to_check"]


def test_extract_writes_yaml_that_loads_back(tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    path = STATEMENTS / "protocol-moscow-2020.txt"
    assert run_cli("extract", str(path), "--round-id", "moscow-2020", "-o", str(out)) == 0
    document = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert document["rounds"][0]["id"] == "moscow-2020"
    assert {z["zone"] for z in document["zones"]} == {"idlib", "m4-security-corridor"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Idlib de-escalation zone near Ma'arrat al-Nu'mân".encode("latin-1"), "not UTF-8"),
        (b"The weather in Astana was cold and the talks were about trade.", "reports no meeting"),
    ],
)
def test_bad_input_gives_one_line_and_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    source, out = tmp_path / "input.txt", tmp_path / "draft.yaml"
    source.write_bytes(content)
    assert run_cli("extract", str(source), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert message in err and "input.txt" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_utf16_text_with_a_byte_order_mark_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "utf16.txt"
    source.write_text(
        (STATEMENTS / "summit-sochi.txt").read_text(encoding="utf-8"), encoding="utf-16"
    )
    assert run_cli("extract", str(source), "--json") == 0
    assert '"trilateral-summit"' in capsys.readouterr().out


@needs_seeds
def test_the_astana_6_article_yields_the_sixth_round_and_four_zones(
    reader: tuple[KnownCatalogue, Gazetteer],
) -> None:
    extraction = _read(reader, SEEDS / "003_d56e0715bfacb0d9.txt")
    facts = {f.name: f.value for f in extraction.facts}
    assert facts["kind"] == "astana-round" and facts["round_number"] == 6
    assert (facts["start"], facts["end"]) == (dt.date(2017, 9, 14), dt.date(2017, 9, 15))
    assert facts["city"] == "Astana"
    assert facts["initial_months"] == 6 and facts["extension"] == "by consensus"
    assert facts["maps_agreed"] == {"city": "Ankara", "date": "2017-09-08"}
    zones = _zones(extraction)
    assert zones.keys() == {"idlib", "northern-homs", "eastern-ghouta", "southern", "all"}
    assert zones["idlib"] == {"SY07", "SY06", "SY05", "SY02"}
    assert zones["northern-homs"] == {"SY04"}


@needs_seeds
def test_the_ministers_report_takes_no_zone_from_its_aid_list(
    reader: tuple[KnownCatalogue, Gazetteer],
) -> None:
    extraction = _read(reader, SEEDS / "001_811f6f2d1daa7439.txt")
    facts = {f.name: f.value for f in extraction.facts}
    assert facts["kind"] == "ministerial-meeting" and facts["city"] == "Astana"
    assert facts["start"] == dt.date(2018, 3, 16)  # the year comes from the text's "Friday"
    assert _zones(extraction).keys() == {"all"}
    ignored = {i.name for i in extraction.ignored if "humanitarian" in i.reason}
    assert {"Eastern Ghouta", "Idlib"} <= ignored


@needs_seeds
def test_extract_command_on_the_astana_6_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("extract", str(SEEDS / "003_d56e0715bfacb0d9.txt")) == 0
    document = yaml.safe_load(capsys.readouterr().out)
    (round_,) = document["rounds"]
    assert round_["id"] == "astana-6" and round_["city"] == "Astana"
    assert round_["start"] == dt.date(2017, 9, 14) and round_["end"] == dt.date(2017, 9, 15)
    zones = {s["zone"] for s in round_["statements"]}
    assert zones == {"idlib", "northern-homs", "eastern-ghouta", "southern", "all"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--round-id", "Bad Id!"], "is not an id like 'astana-6'"),
        (["--round-id", "-".join(["astana"] * 10)], "an id has at most 64 characters, not 69"),
        (["-o", "__file__/draft.yaml"], "Not a directory"),
    ],
)
def test_bad_options_give_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    args = [a.replace("__file__", str(tmp_path / "a-file")) for a in args]
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    assert run_cli("extract", str(STATEMENTS / "extension.txt"), *args) != 0
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
