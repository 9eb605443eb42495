"""Read which zones a text speaks of, with the governorates it names for each.

Precision comes before recall: a place becomes a zone only when it is named in a sentence that
speaks of de-escalation (or tension-reduction, security, demilitarised) zones, outside any talk
of humanitarian access, battles or meeting venues. A governorate that could belong to more than
one zone, and is not tied to one by the sentence, is reported as uncertain instead of guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..catalogue import Catalogue
from ..gazetteer import Gazetteer
from ..records import ALL_ZONES, Zone
from . import vocabulary as vocab
from .records import IgnoredPlace, UncertainZone, ZoneMention
from .text import Sentence, Text, name_pattern

__all__ = ["ZoneReading", "read_zones"]


@dataclass(frozen=True)
class ZoneReading:
    """The zones a text speaks of, those it leaves uncertain, and places that are not zones."""

    zones: tuple[ZoneMention, ...]
    uncertain: tuple[UncertainZone, ...]
    ignored: tuple[IgnoredPlace, ...]
    speaks_of_zones: bool


@dataclass(frozen=True)
class _Anchor:
    """A zone named in a sentence (by its own name, or by a governorate only it covers)."""

    start: int
    end: int
    zone: Zone


@dataclass(frozen=True)
class _Loose:
    """A governorate named in a zone sentence that no single zone has claimed yet."""

    match: re.Match[str]
    pcode: str
    candidates: tuple[Zone, ...]


@dataclass
class _Found:
    zones: list[ZoneMention] = field(default_factory=list)
    uncertain: list[UncertainZone] = field(default_factory=list)
    ignored: list[IgnoredPlace] = field(default_factory=list)


def read_zones(text: Text, catalogue: Catalogue, gazetteer: Gazetteer) -> ZoneReading:
    """Read every sentence for the zones it speaks of."""
    reader = _ZoneSentences(text, catalogue, gazetteer)
    spoke = False
    listing: list[re.Match[str]] = []  # zone words of a sentence that opened a list
    for sentence in text.sentences:
        own_terms = list(vocab.ZONE_TERM.finditer(sentence.text))
        terms = own_terms or listing
        tail = sentence.text.rstrip()
        # "The following de-escalation areas are created:" carries into the items after it,
        # as long as they end with ";".
        if own_terms and tail.endswith(":"):
            listing = own_terms
        elif not (listing and tail.endswith(";")):
            listing = []
        spoke = spoke or bool(terms)
        reader.read(sentence, terms)
    found = reader.found
    return ZoneReading(
        tuple(found.zones),
        tuple(found.uncertain),
        tuple(found.ignored),
        spoke or bool(found.zones),
    )


class _ZoneSentences:
    """Reads zone sentences one at a time into :class:`_Found`."""

    def __init__(self, text: Text, catalogue: Catalogue, gazetteer: Gazetteer):
        self.text = text
        self.catalogue = catalogue
        self.gazetteer = gazetteer
        self.zone_names = name_pattern(gazetteer.spellings("zone"))
        self.governorate_names = name_pattern(gazetteer.spellings("governorate"))
        self.found = _Found()

    def read(self, sentence: Sentence, terms: list[re.Match[str]]) -> None:
        zones_here = list(self.zone_names.finditer(sentence.text))
        governorates_here = list(self.governorate_names.finditer(sentence.text))
        off_topic = next(
            (why for why, p in vocab.OFF_TOPIC.items() if p.search(sentence.text)), None
        )
        # A place name alone ("Eastern Ghouta") is not a zone; a zone word must be there.
        about_zones = terms or any(vocab.ZONE_WORD.search(m.group()) for m in zones_here)
        if off_topic or not about_zones:
            why = f"named in a sentence about {off_topic}" if off_topic else "no zone named"
            for m in zones_here + governorates_here:
                self._ignore(sentence, m, why)
            return
        self._read_zone_sentence(sentence, terms, zones_here, governorates_here)

    def _ignore(self, sentence: Sentence, m: re.Match[str], reason: str) -> None:
        start = sentence.start + m.start()
        evidence = self.text.evidence(start, start + len(m.group()), 1.0)
        self.found.ignored.append(IgnoredPlace(m.group(), reason, evidence))

    def _read_zone_sentence(
        self,
        sentence: Sentence,
        terms: list[re.Match[str]],
        zones_here: list[re.Match[str]],
        governorates_here: list[re.Match[str]],
    ) -> None:
        action = _action(sentence)
        kinds = _kinds_spoken_of(terms) or {"de-escalation-zone"}
        # Named zones (aliases) anchor the sentence; governorates attach to them.
        anchors: list[_Anchor] = []
        for m in zones_here:
            zone = self.catalogue.zone(self.gazetteer.resolve(m.group()).id)
            if _venue(sentence, m):
                self._ignore(sentence, m, "named as a meeting venue")
                continue
            anchors.append(_Anchor(m.start(), m.end(), zone))
        loose: list[_Loose] = []
        for m in governorates_here:
            if _venue(sentence, m):
                self._ignore(sentence, m, "named as a meeting venue")
                continue
            pcode = self.gazetteer.resolve(m.group()).id
            if any(a.start <= m.start() < a.end for a in anchors):
                continue  # already part of a zone's own name
            candidates = self._candidates(pcode, kinds)
            whole = [
                z
                for z in candidates
                if any(p.governorate == pcode and p.precision == "governorate" for p in z.parts)
            ]
            suffix = re.search(r"(?:province|governorate)$", m.group(), re.I) or re.match(
                r"\s*(?:province|governorate)", sentence.text[m.end() :], re.I
            )
            if len(candidates) == 1 and (whole or suffix):
                anchors.append(_Anchor(m.start(), m.end(), candidates[0]))
            else:
                loose.append(_Loose(m, pcode, candidates))
        anchors.sort(key=lambda a: a.start)
        self._record(sentence, action, terms, anchors, loose)

    def _candidates(self, pcode: str, kinds: set[str]) -> tuple[Zone, ...]:
        """The zones of these kinds that lie in a governorate, numbered zones first."""
        zones = self.catalogue.zones
        numbered = [z for z in zones if pcode in z.governorates and z.kind in kinds and z.number]
        return tuple(numbered or [z for z in zones if pcode in z.governorates and z.kind in kinds])

    def _record(
        self,
        sentence: Sentence,
        action: str,
        terms: list[re.Match[str]],
        anchors: list[_Anchor],
        loose: list[_Loose],
    ) -> None:
        named: dict[str, list[str]] = {a.zone.id: [] for a in anchors}
        spans: dict[str, list[int]] = {a.zone.id: [a.start, a.end] for a in anchors}
        for anchor in anchors:
            zone_id = anchor.zone.id
            named[zone_id] += self._pcodes_within(
                sentence.text[anchor.start : anchor.end], anchor.zone
            )
            spans[zone_id] = [
                min(spans[zone_id][0], anchor.start),
                max(spans[zone_id][1], anchor.end),
            ]
        for item in loose:
            m = item.match
            preceding = [a for a in anchors if a.start < m.start() and a.zone in item.candidates]
            if preceding:
                zone = preceding[-1].zone
                named[zone.id].append(item.pcode)
                spans[zone.id][1] = max(spans[zone.id][1], m.end())
            elif item.candidates:
                start = sentence.start + m.start()
                self.found.uncertain.append(
                    UncertainZone(
                        tuple(z.id for z in item.candidates),
                        (item.pcode,),
                        action,
                        self.text.evidence(start, start + len(m.group()), 0.4),
                    )
                )
            else:
                self._ignore(sentence, m, "no zone of that kind lies in this governorate")
        for zone_id, pcodes in named.items():
            start, end = sentence.start + spans[zone_id][0], sentence.start + spans[zone_id][1]
            evidence = self.text.evidence(start, end, 0.9)
            self.found.zones.append(
                ZoneMention(zone_id, tuple(dict.fromkeys(pcodes)), action, evidence)
            )
        everything = vocab.ALL_FOUR.search(sentence.text)
        general = not anchors and not loose
        if everything or (general and (action == "extended" or _speaks_of_validity(sentence))):
            span = everything or terms[0]
            start = sentence.start + span.start()
            evidence = self.text.evidence(start, start + len(span.group()), 0.8)
            self.found.zones.append(ZoneMention(ALL_ZONES, (), action, evidence))

    def _pcodes_within(self, phrase: str, zone: Zone) -> list[str]:
        """Return the governorates named inside a zone's own phrase.

        For example "Idlib province and certain parts of the neighbouring provinces (Latakia,
        Hama and Aleppo provinces)".
        """
        found = [
            self.gazetteer.resolve(m.group()).id for m in self.governorate_names.finditer(phrase)
        ]
        return [p for p in found if p in zone.governorates]


def _kinds_spoken_of(terms: list[re.Match[str]]) -> set[str]:
    kinds = set()
    for m in terms:
        word = (m.group("kind") or "").lower()
        if m.group("corridor") or m.group().lower().endswith("corridor"):
            kinds.add("security-corridor")
        elif word.startswith(("demilitari", "buffer")):
            kinds.add("demilitarised-zone")
        else:
            kinds.add("de-escalation-zone")
    return kinds


def _action(sentence: Sentence) -> str:
    rule = dict(vocab.VALIDITY)["extension"].search(sentence.text)
    for action, pattern in vocab.ACTIONS:
        if action == "extended" and rule:
            continue  # "will be automatically extended" states the rule, not an extension
        if pattern.search(sentence.text):
            if action == "established" and vocab.EARLIER_MEMORANDUM.search(sentence.text):
                return "restated"
            return action
    return "noted"


def _speaks_of_validity(sentence: Sentence) -> bool:
    return any(
        pattern.search(sentence.text)
        for name, pattern in vocab.VALIDITY
        if name in {"initial_months", "extension", "temporary"}
    )


def _venue(sentence: Sentence, m: re.Match[str]) -> bool:
    return bool(vocab.VENUE.search(sentence.text[max(0, m.start() - 40) : m.start()]))
