"""Hostile statements: pathological texts are read in bounded time, odd files refused at once.

Every pattern the statement reader uses is searched through adversarial texts of 10⁵
characters within a time budget (a pattern that backtracks super-linearly takes minutes
there), and so is the whole reading; a FIFO, a device or an oversized file is refused
before it is read.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

import zonemap.statements
from zonemap.atlas import Atlas
from zonemap.limits import STATEMENT_FILE_LIMIT
from zonemap.statements import KnownCatalogue, extract, read_statement
from zonemap.statements.text import name_pattern

SIZE = 100_000
# Each pattern over each text: linear patterns take milliseconds, quadratic ones seconds.
PATTERN_BUDGET_S = 1.0
# A pattern of every name (a hundred and more alternatives) is tried at every space: linear,
# but some ten times slower than the others.
NAMES_BUDGET_S = 5.0
READING_BUDGET_S = 30.0

# Runs of what the patterns' repeats and optional parts match, and near-misses of them.
ADVERSARIAL = {
    "newlines": "\n",
    "spaces": " ",
    "blank lines": " \n",
    "tabs and newlines": "\t\n",
    "letters": "a",
    "capitals": "A",
    "digits": "1",
    "digits and spaces": "1 ",
    "numbered paragraphs": "1. ",
    "hyphens": "a-",
    "commas": "x,",
    "apostrophes": "a'",
    "abbreviations": "A.",
    "in": "in ",
    "of": "of ",
    "held in": "held in ",
    "a city": "Astana ",
    "zone": "zone ",
    "a date": "14-15 ",
    "a month": "September ",
}


def _text(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern held at module level by the statement reader's modules."""
    found: dict[str, re.Pattern[str]] = {}

    def collect(value: object, name: str) -> None:
        if isinstance(value, re.Pattern):
            found.setdefault(name, value)
        elif isinstance(value, tuple | list):
            for index, item in enumerate(value):
                collect(item, f"{name}[{index}]")
        elif isinstance(value, dict):
            for key, item in value.items():
                collect(item, f"{name}[{key!r}]")

    for module in pkgutil.iter_modules(zonemap.statements.__path__):
        loaded = importlib.import_module(f"zonemap.statements.{module.name}")
        for attribute, value in vars(loaded).items():
            collect(value, f"{module.name}.{attribute}")
    return found


PATTERNS = _patterns()


def test_the_reader_has_patterns_to_check() -> None:
    assert len(PATTERNS) >= 60


@pytest.mark.parametrize("name", PATTERNS, ids=str)
def test_every_pattern_searches_adversarial_texts_in_linear_time(name: str) -> None:
    pattern = PATTERNS[name]
    for label, unit in ADVERSARIAL.items():
        text = _text(unit)
        started = time.perf_counter()
        for _match in pattern.finditer(text):
            pass
        took = time.perf_counter() - started
        assert took < PATTERN_BUDGET_S, f"{name} on {label}: {took:.1f} s"


def test_the_name_patterns_built_from_the_gazetteer_are_linear_too(atlas: Atlas) -> None:
    for kind in ("zone", "governorate"):
        pattern = name_pattern(atlas.gazetteer.spellings(kind))
        for label, unit in ADVERSARIAL.items():
            started = time.perf_counter()
            for _match in pattern.finditer(_text(unit)):
                pass
            assert time.perf_counter() - started < NAMES_BUDGET_S, (kind, label)


STATEMENT = (ROOT / "tests" / "data" / "statements" / "round-12-nur-sultan.txt").read_text(
    encoding="utf-8"
)

PATHOLOGICAL = {
    "200 blank lines first": "\n" * 200 + STATEMENT,
    "200 lines of spaces first": "   \n" * 200 + STATEMENT,
    "10⁵ newlines first": "\n" * SIZE + STATEMENT,
    "10⁵ spaces in the middle": STATEMENT[:500] + " " * SIZE + STATEMENT[500:],
    "one sentence of 10⁵ words": "Astana held in " * (SIZE // 15),
    "10⁵ characters without a full stop": _text("the guarantors met in "),
    "a date range repeated": _text("14-15 September 2017, "),
    "numbered paragraphs only": _text("1. "),
    "the statement a hundred times": STATEMENT * 100,
}


@pytest.mark.parametrize("label", PATHOLOGICAL, ids=str)
def test_a_pathological_text_is_read_within_the_budget(atlas: Atlas, label: str) -> None:
    started = time.perf_counter()
    extract(PATHOLOGICAL[label], KnownCatalogue.of(atlas.catalogue), atlas.gazetteer)
    assert time.perf_counter() - started < READING_BUDGET_S


def test_extract_on_a_text_with_200_blank_lines_first_finishes(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text("\n" * 200 + STATEMENT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "zonemap", "extract", str(path)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


# --- files that are not statements ---------------------------------------------------------


def _extract(path: str) -> subprocess.CompletedProcess[str]:
    """``zonemap extract`` in a child with a time limit: a FIFO must not block it."""
    return subprocess.run(
        [sys.executable, "-m", "zonemap", "extract", path],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_extract_refuses_dev_zero_without_reading_it() -> None:
    done = _extract("/dev/zero")
    assert done.returncode == 1
    assert done.stderr == "error: /dev/zero: a character device, not a regular file\n"


def test_extract_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "statement.txt"
    os.mkfifo(fifo)
    done = _extract(str(fifo))
    assert done.returncode == 1
    assert done.stderr == f"error: {fifo}: a FIFO, not a regular file\n"


def test_a_link_to_dev_zero_is_refused_too(tmp_path: Path) -> None:
    link = tmp_path / "statement.txt"
    link.symlink_to("/dev/zero")
    done = _extract(str(link))
    assert done.returncode == 1 and "a character device, not a regular file" in done.stderr


def test_an_oversized_statement_names_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (STATEMENT_FILE_LIMIT + 1))
    assert run_cli("extract", str(path)) == 1
    assert capsys.readouterr().err == f"error: {path}: larger than the limit of 5,000,000 bytes\n"


def test_a_statement_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"a " * (STATEMENT_FILE_LIMIT // 2))
    assert len(read_statement(path)) == STATEMENT_FILE_LIMIT


def test_a_statement_with_nul_bytes_is_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "statement.txt"
    path.write_bytes(STATEMENT.encode() + b"\x00\x00")
    assert run_cli("extract", str(path)) == 1
    assert capsys.readouterr().err == f"error: {path}: this is a binary file, not text\n"
