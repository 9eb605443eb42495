"""Turn what was read from a statement into a draft round in the catalogue's own format.

The draft is never merged into the catalogue: it is written for a person to check against the
text, with the evidence (phrase, offsets, confidence) of every value, what stayed uncertain,
and the values the catalogue requires that the text did not give. Every value the reader
does give is one the catalogue takes (the tests check each draft against its record types),
so a draft is checked without them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from ..errors import InputError
from ..forms import ALL_ZONES
from ..gazetteer import Gazetteer
from ..json_outputs import SCHEMA_VERSION
from .compare import compare as compare_rounds
from .compare import matching_round
from .known import KnownCatalogue
from .meeting_vocabulary import ORDINALS
from .reader import extract
from .records import Extraction, Fact, UncertainZone, ZoneMention

__all__ = ["draft", "draft_statement", "to_json", "to_yaml"]

_VERBS = {
    "established": "Establishes",
    "restated": "Restates",
    "extended": "Extends",
    "delimited": "Sets the extent or control arrangements of",
    "ended": "Ends",
    "noted": "Mentions",
}
_NAMES = {
    "ministerial-meeting": "Meeting of the foreign ministers of the guarantors in {city}",
    "trilateral-summit": "Trilateral summit of the guarantors in {city}",
    "bilateral-memorandum": "Russia–Turkey memorandum signed in {city}",
    "astana-round": "International Meeting on Syria in {city}",
}
_ID_PREFIXES = {
    "ministerial-meeting": "ministers-{city}-{year}",
    "trilateral-summit": "summit-{city}-{year}",
    "bilateral-memorandum": "{city}-memorandum-{year}",
    "astana-round": "astana-{city}-{year}",
}


def _value(extraction: Extraction, name: str) -> Any:
    fact = extraction.fact(name)
    return fact.value if fact else None


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def _round_id(extraction: Extraction, given: str | None) -> str | None:
    if given:
        return given
    kind, number = _value(extraction, "kind"), _value(extraction, "round_number")
    city, start = _value(extraction, "city"), _value(extraction, "start")
    if kind == "astana-round" and number:
        return f"astana-{number}"
    if kind and city and start:
        return _ID_PREFIXES[kind].format(city=_slug(city), year=start.year)
    return None


def _name(extraction: Extraction) -> str | None:
    kind, number = _value(extraction, "kind"), _value(extraction, "round_number")
    city = _value(extraction, "city") or "an unnamed city"
    if kind is None:
        return None
    name = _NAMES[kind].format(city=city)
    words = {n: word for word, n in ORDINALS.items()}
    if kind == "astana-round" and number in words:
        name = f"{words[number].capitalize()} {name}"
    return name


def _title(text: str, source_name: str) -> str:
    """The first line when it reads as a headline, else the file's name."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if 0 < len(first) <= 160 else f"Text of {source_name}"


def _join(names: list[str]) -> str:
    """Join names as prose: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _governorate_list(pcodes: list[str], gazetteer: Gazetteer, zone_parts: dict[str, str]) -> str:
    """Describe governorates as prose: "Idleb with parts of Lattakia, Hama and Aleppo"."""
    whole = [gazetteer.resolve(p).name for p in pcodes if zone_parts.get(p) == "governorate"]
    parts = [gazetteer.resolve(p).name for p in pcodes if zone_parts.get(p) != "governorate"]
    pieces = [_join(whole)] if whole else []
    if parts:
        pieces.append(f"{'with ' if whole else ''}parts of {_join(parts)}")
    return " ".join(pieces)


def _validity_clause(extraction: Extraction) -> str:
    months, extension = _value(extraction, "initial_months"), _value(extraction, "extension")
    clauses = []
    if months:
        clauses.append(f"an initial period of {months} months")
    if extension:
        by = " by consensus of the guarantors" if extension == "by consensus" else ""
        clauses.append(f"automatic extension{by}")
    return f", with {' and '.join(clauses)}" if clauses else ""


def _note(
    action: str,
    zone_id: str,
    pcodes: list[str],
    extraction: Extraction,
    catalogue: KnownCatalogue,
    gazetteer: Gazetteer,
) -> str:
    verb = _VERBS[action]
    if zone_id == ALL_ZONES:
        return f"{verb} the de-escalation areas as a whole{_validity_clause(extraction)}."
    zone = catalogue.zone(zone_id)
    where = _governorate_list(pcodes, gazetteer, zone.precision)
    return f"{verb} the {zone.name}{f' ({where})' if where else ''}."


def _where(mentions: list[ZoneMention]) -> str:
    """The citation's paragraph: numbered paragraphs when the text has them, else offsets."""
    numbered = sorted(
        {m.evidence.paragraph for m in mentions if m.evidence.paragraph},
        key=lambda p: int(p.split()[-1]),
    )
    if numbered:
        numbers = ", ".join(p.split()[-1] for p in numbered)
        return f"para{'s' if len(numbered) > 1 else ''} {numbers}"
    spans = ", ".join(f"{m.evidence.start}–{m.evidence.end}" for m in mentions)
    return f"characters {spans}"


def _statements(
    extraction: Extraction, catalogue: KnownCatalogue, gazetteer: Gazetteer
) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, str], list[ZoneMention]] = defaultdict(list)
    for mention in extraction.zones:
        grouped[(mention.zone_id, mention.action)].append(mention)
    statements = []
    for (zone_id, action), mentions in grouped.items():
        pcodes = list(dict.fromkeys(p for m in mentions for p in m.governorates))
        statements.append(
            {
                "zone": zone_id,
                "action": action,
                "note": _note(action, zone_id, pcodes, extraction, catalogue, gazetteer),
                "document": "source",
                "paragraph": _where(mentions),
            }
        )
    return statements


def _summary(extraction: Extraction, catalogue: KnownCatalogue) -> str:
    named = [
        catalogue.zone(z).name
        for z in dict.fromkeys(m.zone_id for m in extraction.zones if m.zone_id != ALL_ZONES)
    ]
    subject = f"the {_join(named)}" if named else "the de-escalation areas as a whole"
    sentences = [f"Speaks of {subject}{_validity_clause(extraction)}"]
    maps = _value(extraction, "maps_agreed")
    if maps:
        sentences.append(
            f"Refers to maps agreed in {maps['city']} on {maps['date'] or 'a day not given'}"
        )
    if extraction.fact("control_forces"):
        sentences.append("Deploys control forces of the guarantors")
    if extraction.fact("coordination_centre"):
        sentences.append("Forms a joint coordination centre")
    return ". ".join(sentences) + ". Drafted from the text by zonemap extract; check before use."


def _zones_section(extraction: Extraction, catalogue: KnownCatalogue) -> list[dict[str, Any]]:
    rows = []
    for mention in extraction.zones:
        row: dict[str, Any] = {"zone": mention.zone_id, "action": mention.action}
        if mention.zone_id != ALL_ZONES:
            zone = catalogue.zone(mention.zone_id)
            precision = zone.precision
            row["governorates"] = {
                p: "whole" if precision[p] == "governorate" else "part"
                for p in (mention.governorates or zone.governorates)
            }
            row["governorates_named_in_text"] = list(mention.governorates)
        row["evidence"] = mention.evidence.to_json()
        rows.append(row)
    return rows


def _fact_row(fact: Fact | UncertainZone) -> dict[str, Any]:
    if isinstance(fact, UncertainZone):
        return {
            "fact": "zone",
            "value": {
                "candidates": list(fact.candidates),
                "governorates": list(fact.governorates),
            },
            **fact.evidence.to_json(),
        }
    value = fact.value.isoformat() if isinstance(fact.value, dt.date) else fact.value
    row = {"fact": fact.name, "value": value, **fact.evidence.to_json()}
    return row | ({"inferred": fact.inferred} if fact.inferred else {})


# The values of a round the catalogue requires and a text may not give, as the catalogue names
# them; what to do when one is missing, where it is not "read it from the text".
_REQUIRED = {
    "id": "give --round-id",
    "name": None,
    "kind": None,
    "start": None,
    "end": None,
    "city": None,
    "participants": None,
}


def _not_found(round_: dict[str, Any]) -> list[str]:
    """A line for each required value the draft round lacks, for the reader to fill in."""
    lines = [
        f"{name}: not found in the text{f'; {hint}' if hint else ''}"
        for name, hint in _REQUIRED.items()
        if not round_[name]
    ]
    for index, document in enumerate(round_["documents"]):
        if document["date"] is None:
            lines.append(f"documents.{index}.date: not found in the text (the day it was issued)")
    return lines


def draft(
    extraction: Extraction,
    catalogue: KnownCatalogue,
    gazetteer: Gazetteer,
    *,
    text: str,
    source_name: str,
    round_id: str | None = None,
    compare: bool | None = None,
) -> dict[str, Any]:
    """Return the draft: a ``rounds:`` list with one round, then evidence and open questions.

    With ``compare`` (by default, whenever the catalogue has the round the draft reports), a
    ``compared_with`` section lists where the draft and the catalogue's round disagree.

    Raises
    ------
    InputError
        The text reports no meeting and says nothing about de-escalation (or similar) zones,
        or ``compare`` is true and no catalogue round matches the draft.
    """
    if not extraction.reports_meeting and not extraction.zones:
        raise InputError(
            "the text reports no meeting (no kind, round number, or day and city of one) and "
            "says nothing of de-escalation, tension-reduction or security zones",
            file=source_name,
        )
    start, end = _value(extraction, "start"), _value(extraction, "end")
    participants = [f.value for f in extraction.facts_named("participant")]
    document: dict[str, Any] = {"id": "source", "title": _title(text, source_name)}
    document["date"] = end or start
    round_: dict[str, Any] = {
        "id": _round_id(extraction, round_id),
        "name": _name(extraction),
        "kind": _value(extraction, "kind"),
        "start": start,
        "end": end,
        "city": _value(extraction, "city"),
        "participants": participants,
        "observers": [f.value for f in extraction.facts_named("observer")],
        "summary": _summary(extraction, catalogue),
        "documents": [document],
        "statements": _statements(extraction, catalogue, gazetteer),
    }
    to_check = _not_found(round_)
    start_fact = extraction.fact("start")
    if start_fact and start_fact.inferred:
        to_check.append(
            f"start, end: read from {start_fact.evidence.phrase!r}; {start_fact.inferred}"
        )
    if not extraction.zones:
        to_check.append("statements: the text names no de-escalation zone; add any it implies")
    known = matching_round(round_, catalogue) if compare is not False else None
    if compare and known is None:
        raise InputError(
            "no round in the catalogue matches the draft (by id, or kind and days) to compare "
            "with; give --round-id",
            file=source_name,
        )
    comparison = compare_rounds(round_, known) if known is not None else None
    if comparison is not None and not comparison.agrees:
        to_check.append(f"compared_with: the draft {comparison.summary()}")
    return {
        "rounds": [round_],
        "to_check": to_check,
        **({"compared_with": comparison.to_json()} if comparison else {}),
        "zones": _zones_section(extraction, catalogue),
        "facts": [_fact_row(f) for f in extraction.facts],
        "uncertain": [_fact_row(f) for f in extraction.uncertain],
        "not_zones": [
            {"place": i.name, "reason": i.reason, **i.evidence.to_json()}
            for i in extraction.ignored
        ],
    }


def draft_statement(
    text: str,
    catalogue: KnownCatalogue,
    gazetteer: Gazetteer,
    *,
    source_name: str,
    round_id: str | None = None,
    compare: bool | None = None,
) -> dict[str, Any]:
    """Read ``text`` (:func:`~zonemap.statements.extract`) and return its :func:`draft`."""
    return draft(
        extract(text, catalogue, gazetteer),
        catalogue,
        gazetteer,
        text=text,
        source_name=source_name,
        round_id=round_id,
        compare=compare,
    )


def to_yaml(document: dict[str, Any], source_name: str) -> str:
    """Return the draft as YAML, headed by a comment on how to use it."""
    import yaml  # only for YAML: a JSON draft needs none

    class PlainDumper(yaml.SafeDumper):
        """Writes repeated values out in full: anchors and aliases would puzzle a reader."""

        def ignore_aliases(self, data: Any) -> bool:
            return True

    header = (
        f"# Draft catalogue entry read from {source_name} by zonemap extract.\n"
        "# Check every value against the text (see zones, facts and uncertain: phrase, offsets\n"
        "# and confidence) before copying the round into geodata/catalogue/rounds.yaml.\n"
    )
    return header + yaml.dump(
        document, Dumper=PlainDumper, sort_keys=False, allow_unicode=True, width=100
    )


def to_json(document: dict[str, Any]) -> str:
    """Return the draft as JSON (dates as ISO strings), headed by its ``schema_version``."""
    versioned = {"schema_version": SCHEMA_VERSION, **document}
    return json.dumps(versioned, ensure_ascii=False, indent=2, default=str) + "\n"
