"""Read which zones a text speaks of, with the governorates it names for each.

Precision comes before recall: a place becomes a zone only when it is named in a sentence that
speaks of de-escalation (or tension-reduction, security, demilitarised) zones, outside any talk
of humanitarian access, battles or meeting venues. A governorate that could belong to more than
one zone, and is not tied to one by the sentence, is reported as uncertain instead of guessed.
"The de-escalation area" with no place is the one zone of its kind in force on the meeting's
day, when there is exactly one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..forms import ALL_ZONES
from ..gazetteer import Gazetteer
from ..validity import status_on
from . import vocabulary as vocab
from .known import KnownCatalogue, KnownZone
from .records import IgnoredPlace, UncertainZone, ZoneMention
from .text import Sentence, Text, name_pattern

__all__ = ["ZoneReading", "read_zones"]


@dataclass(frozen=True)
class ZoneReading:
    """The zones a text speaks of, those it leaves uncertain, and places that are not zones."""

    zones: tuple[ZoneMention, ...]
    uncertain: tuple[UncertainZone, ...]
    ignored: tuple[IgnoredPlace, ...]


@dataclass(frozen=True)
class _Anchor:
    """A zone named in a sentence (by its own name, or by a governorate only it covers)."""

    start: int
    end: int
    zone: KnownZone


@dataclass(frozen=True)
class _Loose:
    """A governorate named in a zone sentence that no single zone has claimed yet."""

    match: re.Match[str]
    pcode: str
    candidates: tuple[KnownZone, ...]


@dataclass
class _Found:
    zones: list[ZoneMention] = field(default_factory=list)
    uncertain: list[UncertainZone] = field(default_factory=list)
    ignored: list[IgnoredPlace] = field(default_factory=list)


def read_zones(
    text: Text, catalogue: KnownCatalogue, gazetteer: Gazetteer, day: dt.date | None = None
) -> ZoneReading:
    """Read every sentence for the zones it speaks of; ``day`` is the meeting's, if known."""
    reader = _ZoneSentences(text, catalogue, gazetteer, day)
    listing: list[re.Match[str]] = []  # zone words of a sentence that opened a list
    opener: Sentence | None = None  # that sentence, whose verb the items share
    for sentence in text.sentences:
        own_terms = list(vocab.ZONE_TERM.finditer(sentence.text))
        terms = own_terms or listing
        item_of = opener if not own_terms and listing else None
        tail = sentence.text.rstrip()
        # "The following de-escalation areas are created:" carries into the items after it,
        # as long as they end with ";".
        if own_terms and tail.endswith(":"):
            listing, opener = own_terms, sentence
        elif not (listing and tail.endswith(";")):
            listing, opener = [], None
        reader.read(sentence, terms, item_of)
    found = reader.found
    zones = found.zones
    headline = text.sentences[0] if text.sentences else None
    if headline and not re.search(r"[.;!?]\s*$", headline.text):
        # A headline's "security zones" sums up the body: it speaks of the zones in general
        # only when the body names none.
        in_headline = [
            z for z in zones if z.zone_id == ALL_ZONES and z.evidence.start < headline.end
        ]
        if len(in_headline) < len(zones):
            zones = [z for z in zones if z not in in_headline]
    return ZoneReading(tuple(zones), tuple(found.uncertain), tuple(found.ignored))


class _ZoneSentences:
    """Reads zone sentences one at a time into :class:`_Found`."""

    def __init__(
        self, text: Text, catalogue: KnownCatalogue, gazetteer: Gazetteer, day: dt.date | None
    ):
        self.text = text
        self.day = day
        self.catalogue = catalogue
        self.gazetteer = gazetteer
        self.zone_names = name_pattern(gazetteer.spellings("zone"))
        self.governorate_names = name_pattern(gazetteer.spellings("governorate"))
        self.found = _Found()

    def read(
        self, sentence: Sentence, terms: list[re.Match[str]], item_of: Sentence | None = None
    ) -> None:
        """Read one sentence; ``item_of`` is the sentence whose list it is an item of."""
        zones_here = list(self.zone_names.finditer(sentence.text))
        recalled = [m for m in [*terms, *zones_here] if _recalled(sentence, m)]
        for m in recalled:
            if m in zones_here:
                self._ignore(sentence, m, "named as what an earlier instrument created")
        terms = [m for m in terms if m not in recalled]
        zones_here = [m for m in zones_here if m not in recalled]
        governorates_here = list(self.governorate_names.finditer(sentence.text))
        off_topic = next(
            (why for why, p in vocab.OFF_TOPIC.items() if p.search(sentence.text)), None
        )
        # A place name alone ("Eastern Ghouta") is not a zone; a zone word must be there, or
        # the sentence must describe the zones or the arrangements for one.
        named = [m for m in zones_here if vocab.ZONE_WORD.search(m.group())]
        described = bool(vocab.DESCRIBES_ZONES.search(sentence.text)) or bool(
            governorates_here and vocab.ARRANGEMENTS_FOR.search(sentence.text)
        )
        about_zones = terms or named or described
        if off_topic == "humanitarian access or aid" and about_zones:
            # Aid for a place does not make it a zone, but "the Idlib de-escalation area" is
            # one whatever else the sentence speaks of, and so are the zones in general.
            why = f"named in a sentence about {off_topic}"
            for m in [*(m for m in zones_here if m not in named), *governorates_here]:
                self._ignore(sentence, m, why)
            self._read_zone_sentence(sentence, terms, named, [], item_of)
            return
        if off_topic == "fighting" and _action(sentence) == "ended":
            # "the Eastern Ghouta zone ceased to exist when the government retook it": the
            # fighting ended the zone, which the sentence names as a zone.
            ended = [
                m
                for m in zones_here
                if m in named or vocab.ZONE_AFTER.match(sentence.text, m.end())
            ]
            if ended:
                for m in [*(m for m in zones_here if m not in ended), *governorates_here]:
                    self._ignore(sentence, m, f"named in a sentence about {off_topic}")
                self._read_zone_sentence(sentence, terms, ended, [], item_of)
                return
        if off_topic or not about_zones:
            why = f"named in a sentence about {off_topic}" if off_topic else "no zone named"
            for m in zones_here + governorates_here:
                self._ignore(sentence, m, why)
            return
        self._read_zone_sentence(sentence, terms, zones_here, governorates_here, item_of)

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
        item_of: Sentence | None,
    ) -> None:
        action = _action(sentence)
        if action == "noted" and item_of is not None:
            action = _action(item_of)  # "... are created:" holds for each item
        kinds = _kinds_spoken_of(terms) or {"de-escalation-zone"}
        # Named zones (aliases) anchor the sentence; governorates attach to them.
        anchors: list[_Anchor] = []
        for m in zones_here:
            zone = self.catalogue.zone(self.gazetteer.resolve(m.group()).id)
            if _venue(sentence, m):
                self._ignore(sentence, m, "named as a meeting venue")
                continue
            anchors.append(_Anchor(m.start(), m.end(), zone))
        in_a_name = bytearray(len(sentence.text))  # characters inside a zone's own name
        for a in anchors:
            in_a_name[a.start : a.end] = b"\1" * (a.end - a.start)
        loose: list[_Loose] = []
        for m in governorates_here:
            if _venue(sentence, m):
                self._ignore(sentence, m, "named as a meeting venue")
                continue
            pcode = self.gazetteer.resolve(m.group()).id
            if in_a_name[m.start()]:
                continue  # already part of a zone's own name
            candidates = self._candidates(pcode, kinds)
            # One zone of this kind lies in the governorate: it is that zone.
            if len(candidates) == 1:
                anchors.append(_Anchor(m.start(), m.end(), candidates[0]))
            else:
                loose.append(_Loose(m, pcode, candidates))
        if not anchors and not loose:
            # "a security corridor" where the catalogue has one zone of that kind is that zone,
            # and "the de-escalation area" the only one in force on the meeting's day.
            for kind in sorted(kinds):
                term = next((t for t in terms if kind in _kinds_spoken_of([t])), None)
                only = self._only_zone(kind)
                if only is not None and term is not None and not _plural(term):
                    anchors.append(_Anchor(term.start(), term.end(), only))
        anchors.sort(key=lambda a: a.start)
        self._record(sentence, action, terms, anchors, loose)

    def _only_zone(self, kind: str) -> KnownZone | None:
        """The one zone of a kind (of those in force on the meeting's day, if there are more)."""
        zones = [z for z in self.catalogue.zones if z.kind == kind]
        if len(zones) > 1 and self.day is not None:
            day = self.day
            zones = [z for z in zones if status_on(z.terms, day).is_in_force]
        return zones[0] if len(zones) == 1 else None

    def _candidates(self, pcode: str, kinds: set[str]) -> tuple[KnownZone, ...]:
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
        # Each loose governorate joins the candidate zone named last before it.
        last_named: dict[str, int] = {}
        ahead = iter(anchors)
        pending = next(ahead, None)
        for item in loose:
            m = item.match
            while pending is not None and pending.start < m.start():
                last_named[pending.zone.id] = pending.start
                pending = next(ahead, None)
            preceding = [z for z in item.candidates if z.id in last_named]
            if preceding:
                zone = max(preceding, key=lambda z: last_named[z.id])
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
        general = not anchors and not loose and vocab.ZONES_IN_GENERAL.search(sentence.text)
        validity = action == "extended" or _speaks_of_validity(sentence)
        rule = next((t for t in terms if _plural(t)), None) if validity else None
        if everything or general or (not anchors and not loose and rule):
            span = everything or general or rule
            start = sentence.start + span.start()
            evidence = self.text.evidence(start, start + len(span.group()), 0.8)
            self.found.zones.append(ZoneMention(ALL_ZONES, (), action, evidence))

    def _pcodes_within(self, phrase: str, zone: KnownZone) -> list[str]:
        """Return the governorates named inside a zone's own phrase.

        For example "Idlib province and certain parts of the neighbouring provinces (Latakia,
        Hama and Aleppo provinces)".
        """
        found = [
            self.gazetteer.resolve(m.group()).id for m in self.governorate_names.finditer(phrase)
        ]
        return [p for p in found if p in zone.governorates]


def _recalled(sentence: Sentence, m: re.Match[str]) -> bool:
    """True when a zone is named only as what an earlier instrument created."""
    return bool(vocab.CREATED_BY.search(sentence.text[max(0, m.start() - 80) : m.start()]))


def _plural(term: re.Match[str]) -> bool:
    return bool(re.search(r"\b(?:zones|areas|belts|corridors)\b", term.group(), re.IGNORECASE))


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
