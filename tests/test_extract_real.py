"""Reading published statements and reports: the acceptance figures, and a check against the
catalogue.

The scoring is the one ``scripts/score_extract.py`` prints. ``../shared/statements`` holds
real published texts with a ``truth.csv`` (the tests on them skip when the folder is absent);
the ``tests/data/statements-heldout*`` folders hold texts written for this project by people
who had not seen the reader's rules, each with the answers a careful reader gives.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from conftest import ROOT, SHARED, run_cli

REAL = SHARED / "statements"
HELD_OUT = sorted((ROOT / "tests" / "data").glob("statements-heldout*"))
needs_real = pytest.mark.skipif(
    not REAL.is_dir(), reason="the published statements (../shared/statements) are absent"
)


def _scoring() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_extract", ROOT / "scripts" / "score_extract.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


score_extract = _scoring()


@pytest.fixture(scope="module")
def real_score() -> Any:
    return score_extract.score(REAL)


@needs_real
def test_every_published_text_that_reports_a_meeting_gets_a_draft(real_score: Any) -> None:
    assert real_score.refused == []


@needs_real
@pytest.mark.parametrize(
    ("what", "at_least"),
    [("kind", 0.90), ("city", 0.85), ("start", 0.80), ("end", 0.80), ("round number", 0.90)],
)
def test_published_texts_give_their_meeting_facts(
    real_score: Any, what: str, at_least: float
) -> None:
    assert real_score.share(what) >= at_least, real_score.misses


@needs_real
def test_published_texts_give_their_zones(real_score: Any) -> None:
    assert real_score.precision >= 0.95 and real_score.recall >= 0.85, real_score.misses


@needs_real
def test_no_zone_comes_from_an_aid_battle_or_venue_mention(real_score: Any) -> None:
    # The one zone the truth does not list is the M4 corridor the Moscow protocol sets up,
    # which the catalogue holds as a zone of its own: not a place named for aid or fighting.
    false = [m for m in real_score.misses if m.endswith("is not in the text")]
    assert false == [
        "24_moscow-protocol-voltaire.txt: zone m4-security-corridor is not in the text"
    ]


@pytest.mark.parametrize("folder", HELD_OUT, ids=lambda folder: folder.name)
def test_held_out_texts_read_as_their_writers_expected(folder: Path) -> None:
    result = score_extract.score(folder)
    for what in ("kind", "city", "start", "end", "round number"):
        assert result.share(what) >= 0.85, (what, result.misses)
    assert result.precision >= 0.95 and result.recall >= 0.85, result.misses


@pytest.mark.parametrize("folder", HELD_OUT, ids=lambda folder: folder.name)
def test_held_out_texts_reporting_no_meeting_are_refused(folder: Path) -> None:
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    no_meeting = sorted(name for name, item in expected.items() if not item.get("kind"))
    assert sorted(score_extract.score(folder).refused) == no_meeting


def _round_report(folder: Path, number: str, held: str) -> Path:
    """A one-sentence report of an Astana round, written to ``folder``."""
    path = folder / f"astana-{number}.txt"
    path.write_text(
        f"The {number} International Meeting on Syria in the Astana format was held in {held}.\n",
        encoding="utf-8",
    )
    return path


def test_the_draft_lists_where_it_differs_from_the_catalogue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _round_report(
        tmp_path,
        "ninth",
        "Sochi on 14-15 May 2018. The guarantors reaffirmed the Idlib de-escalation area",
    )
    assert run_cli("extract", str(text), "--compare") == 0
    captured = capsys.readouterr()
    compared = yaml.safe_load(captured.out)["compared_with"]
    assert compared["round"] == "astana-9"
    assert {"field": "city", "text": "Sochi", "catalogue": "Astana"} in compared["differences"]
    assert compared["zones_only_in_text"] == ["idlib"]
    assert "differs from astana-9 in the catalogue: city" in captured.err


def test_astana_and_nur_sultan_are_one_city_to_the_comparison(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run_cli("extract", str(_round_report(tmp_path, "13th", "Astana on 1-2 August 2019"))) == 0
    )
    compared = yaml.safe_load(capsys.readouterr().out)["compared_with"]
    assert compared["round"] == "astana-13"
    assert not [d for d in compared["differences"] if d["field"] == "city"]


def test_compare_without_a_matching_round_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _round_report(tmp_path, "40th", "Astana on 3-4 March 2031")
    assert run_cli("extract", str(text), "--compare") == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert "astana-40th.txt" in captured.err and "no round in the catalogue" in captured.err
