"""Score ``zonemap extract`` on a folder of statements with known answers.

    .venv/bin/python scripts/score_extract.py ../shared/statements        # truth.csv
    .venv/bin/python scripts/score_extract.py tests/data/statements-heldout  # expected.yaml

Prints, over the texts: refusals, kind, city, start and end dates (of the texts that give
enough to infer them), round number, and zone precision and recall over (text, zone) pairs;
with ``-v`` every miss. The same scoring backs the tests (``tests/test_extract_real.py``).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from zonemap.atlas import load_gazetteer
from zonemap.boundaries import load_governorates
from zonemap.catalogue import load_catalogue
from zonemap.errors import InputError
from zonemap.statements import KnownCatalogue, draft_statement, read_statement


@dataclass
class Expected:
    """What a careful reader takes from one text."""

    kind: str | None
    city: str | None
    start: dt.date | None
    end: dt.date | None
    round_number: int | None
    zones: set[str]
    maybe: set[str] = field(default_factory=set)  # zones the text only touches
    dates_given: bool = True


def _truth_csv(folder: Path) -> dict[str, Expected]:
    rows = csv.DictReader((folder / "truth.csv").open(encoding="utf-8"))
    found = {}
    for row in rows:
        zones = row["zones"].split()
        found[row["file"]] = Expected(
            kind=row["kind"] or None,
            city=row["city"] or None,
            start=dt.date.fromisoformat(row["start_date"]),
            end=dt.date.fromisoformat(row["end_date"]),
            round_number=int(row["round_number"]) if row["round_number"] else None,
            zones={z for z in zones if not z.endswith("?")},
            maybe={z.rstrip("?") for z in zones if z.endswith("?")},
            dates_given=row["date_support"] != "none",
        )
    return found


def _expected_yaml(folder: Path) -> dict[str, Expected]:
    data = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    return {
        name: Expected(
            kind=item.get("kind"),
            city=item.get("city"),
            start=item.get("start"),
            end=item.get("end"),
            round_number=item.get("round_number"),
            zones=set(item.get("zones") or {}),
            dates_given=item.get("start") is not None,
        )
        for name, item in data.items()
    }


def expectations(folder: Path) -> dict[str, Expected]:
    """The known answers of a folder: ``truth.csv`` or ``expected.yaml``."""
    return _truth_csv(folder) if (folder / "truth.csv").is_file() else _expected_yaml(folder)


@dataclass
class Score:
    """Counts over a folder of texts."""

    texts: int = 0
    refused: list[str] = field(default_factory=list)
    right: dict[str, int] = field(default_factory=dict)
    asked: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    zone_hits: int = 0
    zone_false: int = 0
    zone_missed: int = 0

    def tally(self, what: str, name: str, got: object, want: object) -> None:
        self.asked[what] = self.asked.get(what, 0) + 1
        if got == want:
            self.right[what] = self.right.get(what, 0) + 1
        else:
            self.misses.append(f"{name}: {what} {got!r}, expected {want!r}")

    def share(self, what: str) -> float:
        return self.right.get(what, 0) / self.asked[what] if self.asked.get(what) else 1.0

    @property
    def precision(self) -> float:
        found = self.zone_hits + self.zone_false
        return self.zone_hits / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.zone_hits + self.zone_missed
        return self.zone_hits / wanted if wanted else 1.0


def score(folder: Path) -> Score:
    """Read every text of ``folder`` and compare the draft with the known answers."""
    checked = load_catalogue()
    gazetteer = load_gazetteer(checked, load_governorates())
    catalogue = KnownCatalogue.of(checked)
    result = Score()
    for name, want in sorted(expectations(folder).items()):
        result.texts += 1
        text = read_statement(folder / name)
        try:
            document = draft_statement(text, catalogue, gazetteer, source_name=name)
        except InputError:
            result.refused.append(name)
            continue
        round_ = document["rounds"][0]
        result.tally("kind", name, round_["kind"], want.kind)
        result.tally("city", name, round_["city"], want.city)
        result.tally("round number", name, _number(document), want.round_number)
        if want.dates_given:
            result.tally("start", name, round_["start"], want.start)
            result.tally("end", name, round_["end"], want.end)
        got = {s["zone"] for s in round_["statements"]}
        result.zone_hits += len(got & want.zones)
        result.zone_false += len(got - want.zones - want.maybe)
        result.zone_missed += len(want.zones - got)
        for zone in sorted(got - want.zones - want.maybe):
            result.misses.append(f"{name}: zone {zone} is not in the text")
        for zone in sorted(want.zones - got):
            result.misses.append(f"{name}: zone {zone} missed")
    return result


def _number(document: dict[str, object]) -> int | None:
    facts = document["facts"]
    return next((f["value"] for f in facts if f["fact"] == "round_number"), None)  # type: ignore[index, union-attr]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    result = score(args.folder)
    print(f"{result.texts} texts, {len(result.refused)} refused {result.refused or ''}")
    for what in ("kind", "city", "start", "end", "round number"):
        print(
            f"{what:<13} {result.right.get(what, 0):>3}/{result.asked.get(what, 0):<3} "
            f"{result.share(what):.0%}"
        )
    print(f"zones         precision {result.precision:.2f}  recall {result.recall:.2f}")
    if args.verbose:
        print("\n".join(result.misses))


if __name__ == "__main__":
    main()
