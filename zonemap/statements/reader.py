"""Read a joint statement (or an article reporting one) into facts with evidence.

Rules only, no model and no network. The reading runs in explicit steps, each taking the
cut-up text and returning its facts: the meeting (kind, number, city, dates, parties), the
validity language (which needs the meeting's first day), and the zones. Every fact carries the
matched phrase, its character offsets in the text and a confidence.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..catalogue import Catalogue
from ..gazetteer import Gazetteer
from .meeting import read_city, read_dates, read_kind, read_parties, read_round_number
from .records import Extraction, Fact
from .terms import read_validity
from .text import Text
from .zones import read_zones

__all__ = ["extract"]


def _first_of_each(facts: Iterable[Fact]) -> list[Fact]:
    """Drop a fact that repeats an earlier one (an article quoting its statement)."""
    seen: list[tuple[str, object]] = []
    kept = []
    for fact in facts:
        if (fact.name, fact.value) not in seen:
            seen.append((fact.name, fact.value))
            kept.append(fact)
    return kept


def extract(text: str, catalogue: Catalogue, gazetteer: Gazetteer) -> Extraction:
    r"""Read ``text`` into meeting facts, zone mentions, validity language and evidence.

    Offsets are character positions in ``text`` (newlines normalised to ``\n``).
    """
    cut = Text.of(text)
    meeting = [
        *read_kind(cut),
        *read_round_number(cut),
        *read_city(cut),
        *read_dates(cut),
        *read_parties(cut),
    ]
    start = next((f.value for f in meeting if f.name == "start" and f.is_confident), None)
    facts = _first_of_each([*meeting, *read_validity(cut, start)])
    zones = read_zones(cut, catalogue, gazetteer)
    return Extraction(
        facts=tuple(f for f in facts if f.is_confident),
        zones=zones.zones,
        uncertain=(*(f for f in facts if not f.is_confident), *zones.uncertain),
        ignored=zones.ignored,
        speaks_of_zones=zones.speaks_of_zones,
    )
