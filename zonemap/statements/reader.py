"""Read a joint statement (or an article reporting one) into facts with evidence.

Rules only, no model and no network. The reading runs in explicit steps, each taking the
cut-up text and what earlier steps found, and returning its facts: the kind and number of the
meeting; its dates (which need the kind and number to place it in the known sequence); its
city (which needs where the date was read); who took part; the validity language (which needs
the meeting's first day); the zones. Every fact carries the matched phrase, its character
offsets in the text and a confidence.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..gazetteer import Gazetteer
from .dates import named_at, read_dates
from .known import KnownCatalogue
from .meeting import read_city, read_kind, read_parties, read_round_number
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


def extract(text: str, catalogue: KnownCatalogue, gazetteer: Gazetteer) -> Extraction:
    r"""Read ``text`` into meeting facts, zone mentions, validity language and evidence.

    Offsets are character positions in ``text`` (newlines normalised to ``\n``).
    """
    cut = Text.of(text)
    kind = read_kind(cut)
    number = read_round_number(cut)
    known_kind = next((f.value for f in kind if f.is_confident), None)
    known_number = next((f.value for f in number if f.is_confident), None)
    dates = read_dates(cut, catalogue, kind=known_kind, number=known_number)
    start_fact = next((f for f in dates if f.name == "start"), None)
    day = start_fact.value if start_fact else None
    city = read_city(cut, named_at(cut.text, day) if day else [], day, known_kind)
    meeting = [*kind, *number, *city, *dates, *read_parties(cut)]
    start = start_fact.value if start_fact and start_fact.is_confident else None
    facts = _first_of_each([*meeting, *read_validity(cut, start)])
    zones = read_zones(cut, catalogue, gazetteer, start)
    return Extraction(
        facts=tuple(f for f in facts if f.is_confident),
        zones=zones.zones,
        uncertain=(*(f for f in facts if not f.is_confident), *zones.uncertain),
        ignored=zones.ignored,
    )
