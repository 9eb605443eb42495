"""Read the validity language of a text: terms, extension, earlier memoranda, maps, forces."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import vocabulary as vocab
from .dates import date_mentions
from .records import Fact
from .text import Text

__all__ = ["read_validity"]


def read_validity(text: Text, meeting_start: dt.date | None) -> list[Fact]:
    """The validity facts a text states.

    ``meeting_start`` (the meeting's first day, if known) gives a year to maps "agreed on
    8 September" when the text leaves it out.
    """
    facts = []
    for name, pattern in vocab.VALIDITY:
        m = pattern.search(text.text)
        if not m:
            continue
        value: Any = True
        if name in {"initial_months", "extension_months"}:
            word = next(g for g in m.groups() if g)
            value = vocab.NUMBER_WORDS.get(word.lower(), int(word) if word.isdigit() else None)
        if name == "extension":
            sentence = text.sentence_at(m.start())
            said = sentence.text.lower() if sentence else ""
            value = "by consensus" if "consensus" in said else "automatic"
        if name == "coordination_centre":
            value = " ".join(m.group().split())
        facts.append(Fact(name, value, text.evidence(m.start(), m.end(), 0.85)))
    seen = set()
    for m in vocab.REFERENCE.finditer(text.text):
        day = next(iter(date_mentions(m.group("date"))), None)
        if day is None or not day.has_year or (m.group("title"), day.first) in seen:
            continue
        seen.add((m.group("title"), day.first))
        value = {"title": m.group("title"), "date": day.first.isoformat()}
        facts.append(Fact("reference", value, text.evidence(m.start(), m.end(), 0.85)))
    for m in vocab.MAPS.finditer(text.text):
        city = m.group("city") or m.group("city2")
        when = date_mentions(m.group("d1") or m.group("d2") or "")
        value = {"city": city, "date": None}
        if when and (when[0].has_year or meeting_start):
            year = when[0].first.year if when[0].has_year else meeting_start.year  # type: ignore[union-attr]
            value["date"] = when[0].first.replace(year=year).isoformat()
        facts.append(Fact("maps_agreed", value, text.evidence(m.start(), m.end(), 0.8)))
    return facts
