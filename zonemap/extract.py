"""Read a joint statement (or an article reporting one) into facts with evidence.

Rules only, no model and no network. Precision comes before recall: a place becomes a zone only
when it is named in a sentence that speaks of de-escalation (or tension-reduction, security,
demilitarised) zones, outside any talk of humanitarian access, battles or meeting venues. A
governorate that could belong to more than one zone, and is not tied to one by the sentence,
is reported as uncertain instead of guessed. Every fact carries the matched phrase, its
character offsets in the text and a confidence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from . import statement_vocabulary as vocab
from .catalog import ALL_ZONES, Catalogue, Zone
from .gazetteer import Gazetteer

__all__ = ["Evidence", "Extraction", "Fact", "ZoneMention", "extract"]

CONFIDENT = 0.7  # below this a fact is reported as uncertain and left out of the draft


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the phrase, its character offsets and a confidence (0–1)."""

    phrase: str
    start: int
    end: int
    confidence: float
    paragraph: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the evidence as plain JSON values."""
        return {
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
            "paragraph": self.paragraph,
        }


@dataclass(frozen=True)
class Fact:
    """One fact about the meeting or the zones' validity."""

    name: str
    value: Any
    evidence: Evidence


@dataclass(frozen=True)
class ZoneMention:
    """A zone the text speaks of, with the governorates it names for it."""

    zone_id: str
    governorates: tuple[str, ...]
    action: str
    evidence: Evidence


@dataclass(frozen=True)
class IgnoredPlace:
    """A place the text names that was not taken as a zone, and why."""

    name: str
    reason: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything read from one text."""

    facts: tuple[Fact, ...]
    zones: tuple[ZoneMention, ...]
    uncertain: tuple[Fact | ZoneMention, ...]
    ignored: tuple[IgnoredPlace, ...]
    speaks_of_zones: bool

    def fact(self, name: str) -> Fact | None:
        """Return the confident fact called ``name``, if any."""
        return next((f for f in self.facts if f.name == name), None)

    def facts_named(self, name: str) -> list[Fact]:
        """Return every confident fact called ``name``."""
        return [f for f in self.facts if f.name == name]


# ---- sentences ------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.;!?])[\"'”»]?\s+(?=[\"'“«(]?[A-Z0-9])|\n+")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]\s")
_NUMBER_ONLY = re.compile(r"\s*\d{1,2}\s*[.)]")


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str
    paragraph: str | None


def _sentences(text: str) -> list[_Sentence]:
    """Split into sentences; numbered paragraphs ("5. Allocate ...") give their number."""
    chunks: list[tuple[int, int]] = []
    start = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        if chunks and _NUMBER_ONLY.fullmatch(text[chunks[-1][0] : chunks[-1][1]]):
            chunks[-1] = (chunks[-1][0], end)  # "5." was split from its paragraph's text
        elif text[start:end].strip():
            chunks.append((start, end))
        if match is None:
            break
        start = match.end()
    sentences: list[_Sentence] = []
    paragraph: str | None = None
    for start, end in chunks:
        if start == 0 or text[start - 1] == "\n":
            numbered = _NUMBERED.match(text[start:end])
            paragraph = f"para {numbered.group(1)}" if numbered else None
        sentences.append(_Sentence(start, end, text[start:end], paragraph))
    return sentences


# ---- helpers --------------------------------------------------------------------------------


def _name_pattern(names: list[str]) -> re.Pattern[str]:
    """One pattern for many names, tolerant of case, hyphens, spaces and apostrophes."""

    def one(name: str) -> str:
        out = []
        for ch in name:
            if ch in " -‐–":
                out.append(r"[\s\-‐–]+")
            elif ch in "'’`ʼ":
                out.append(r"['’`ʼ]?")
            else:
                out.append(re.escape(ch))
        return "".join(out)

    alternation = "|".join(one(n) for n in names if len(n) > 2)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def _date(day: int, month: str, year: int) -> dt.date | None:
    try:
        return dt.date(year, vocab.MONTHS[month.lower()], day)
    except ValueError:
        return None


@dataclass(frozen=True)
class _DateMention:
    first: dt.date
    last: dt.date
    start: int
    end: int
    has_year: bool


def _date_mentions(text: str) -> list[_DateMention]:
    found: dict[int, _DateMention] = {}
    for pattern in (vocab.DAY_MONTH_YEAR, vocab.MONTH_DAY_YEAR):
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found.values()):
                continue
            year = int(m.group("y")) if m.group("y") else 2000  # placeholder year, see has_year
            first = _date(int(m.group("d1")), m.group("m"), year)
            last = _date(int(m.group("d2") or m.group("d1")), m.group("m"), year)
            if first is None or last is None or last < first:
                continue
            found[m.start()] = _DateMention(first, last, m.start(), m.end(), bool(m.group("y")))
    return [found[k] for k in sorted(found)]


# ---- the reader -----------------------------------------------------------------------------


class _Reader:
    def __init__(self, text: str, catalogue: Catalogue, gazetteer: Gazetteer):
        self.text = text
        self.catalogue = catalogue
        self.gazetteer = gazetteer
        self.sentences = _sentences(text)
        self.facts: list[Fact] = []
        self.uncertain: list[Fact | ZoneMention] = []
        self.zones: list[ZoneMention] = []
        self.ignored: list[IgnoredPlace] = []
        self.zone_names = _name_pattern(gazetteer.spellings("zone"))
        self.governorate_names = _name_pattern(gazetteer.spellings("governorate"))

    def evidence(self, start: int, end: int, confidence: float) -> Evidence:
        sentence = next((s for s in self.sentences if s.start <= start < s.end), None)
        return Evidence(
            phrase=" ".join(self.text[start:end].split()),
            start=start,
            end=end,
            confidence=round(confidence, 2),
            paragraph=sentence.paragraph if sentence else None,
        )

    def add(self, name: str, value: Any, start: int, end: int, confidence: float) -> None:
        if any(f.name == name and f.value == value for f in [*self.facts, *self.uncertain]):
            return  # the same fact again (an article quoting its statement): keep the first
        fact = Fact(name, value, self.evidence(start, end, confidence))
        (self.facts if confidence >= CONFIDENT else self.uncertain).append(fact)

    # -- the meeting --

    def kind(self) -> None:
        scores: Counter[str] = Counter()
        first_hit: dict[str, re.Match[str]] = {}
        iran = re.search(r"\bIran", self.text)
        for kind, weight, pattern in vocab.KIND_PATTERNS:
            if kind == "trilateral-summit" and not iran:
                continue  # a summit of Russia and Turkey alone signs a bilateral instrument
            for m in pattern.finditer(self.text):
                scores[kind] += weight
                first_hit.setdefault(kind, m)
        if not scores:
            return
        (best, top), *rest = scores.most_common()
        runner_up = rest[0][1] if rest else 0
        m = first_hit[best]
        self.add("kind", best, m.start(), m.end(), 0.9 if top >= 2 * runner_up else 0.6)

    def round_number(self) -> None:
        counts: Counter[int] = Counter()
        first_hit: dict[int, re.Match[str]] = {}
        for pattern in vocab.ROUND_NUMBER:
            for m in pattern.finditer(self.text):
                groups = m.groupdict()
                if groups.get("ord"):
                    word = groups["ord"].lower()
                    number = vocab.ORDINALS.get(word) or int(re.sub(r"\D", "", word))
                else:
                    number = int(groups.get("num") or groups.get("num2"))
                counts[number] += 1
                first_hit.setdefault(number, m)
        if not counts:
            return
        (number, count), *rest = counts.most_common()
        m = first_hit[number]
        agreed = not rest or count > rest[0][1]
        self.add("round_number", number, m.start(), m.end(), 0.9 if agreed else 0.5)

    def city(self) -> None:
        scores: Counter[str] = Counter()
        first_hit: dict[str, re.Match[str]] = {}
        for weight, pattern in vocab.CITY_PATTERNS:
            for m in pattern.finditer(self.text):
                city = next(c for c in vocab.CITIES if c.lower() == m.group("city").lower())
                scores[city] += weight
                first_hit.setdefault(city, m)
        if not scores:
            return
        (best, top), *rest = scores.most_common()
        m = first_hit[best]
        runner_up = rest[0][1] if rest else 0
        self.add("city", best, m.start("city"), m.end("city"), 0.9 if top > runner_up else 0.5)

    def dates(self) -> None:
        mentions = _date_mentions(self.text)
        latest_full = max((d.last for d in mentions if d.has_year), default=None)
        scored = []
        for d in mentions:
            line_start = self.text.rfind("\n", 0, d.start) + 1
            line_end = self.text.find("\n", d.end)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            before = self.text[max(line_start, d.start - 60) : d.start]
            score = 0
            if line.strip() == self.text[d.start : d.end].strip():
                score += 3  # a date standing on its own line heads the statement
            if d.start - line_start < 40 and re.search(r"^\s*[A-Z]{3,}[^\n]{0,6}$", before):
                score += 3  # the dateline of a news report: "ASTANA, March 16."
            if vocab.MEETING_WORDS.search(before):
                score += 2
            if vocab.NOT_THE_MEETING.search(before):
                score -= 4
            if score >= 2:
                scored.append((score, d))
        if not scored:
            return
        best = max(score for score, _ in scored)
        _, chosen = next(item for item in scored if item[0] == best)
        first, last, confidence = chosen.first, chosen.last, 0.9
        if not chosen.has_year:
            first, last, confidence = self._infer_year(chosen, latest_full)
        self.add("start", first, chosen.start, chosen.end, confidence)
        self.add("end", last, chosen.start, chosen.end, confidence)

    def _infer_year(
        self, mention: _DateMention, latest: dt.date | None
    ) -> tuple[dt.date, dt.date, float]:
        """Give a date without its year the year that fits the text.

        That is the year of the latest dated event in the text, or the next one, checked
        against a weekday named nearby ("on Friday").
        """
        if latest is None:
            return mention.first, mention.last, 0.0
        years = [latest.year, latest.year + 1]
        if mention.first.replace(year=latest.year) < latest:
            years.reverse()
        # The weekday, if any, is in the dateline's sentence or the one after it.
        index = next(i for i, s in enumerate(self.sentences) if s.start <= mention.start < s.end)
        nearby = " ".join(s.text for s in self.sentences[index : index + 2])
        weekday = vocab.WEEKDAY.search(nearby)
        for year in years:
            first = mention.first.replace(year=year)
            if weekday and calendar.day_name[first.weekday()] == weekday.group(1):
                return first, mention.last.replace(year=year), 0.8
        return mention.first.replace(year=years[0]), mention.last.replace(year=years[0]), 0.6

    def parties(self) -> None:
        """Read who took part: the guarantors wherever named.

        Syrian parties and observers count only where the text says who attended: a UN
        resolution does not make the UN an observer.
        """
        for name, pattern in vocab.GUARANTORS:
            m = pattern.search(self.text)
            if m:
                self.add("participant", name, m.start(), m.end(), 0.8)
        for sentence in self.sentences:
            if not vocab.ATTENDANCE.search(sentence.text):
                continue
            for fact, patterns in (
                ("participant", vocab.SYRIAN_PARTIES),
                ("observer", vocab.OBSERVERS),
            ):
                for name, pattern in patterns:
                    m = pattern.search(sentence.text)
                    if m:
                        start = sentence.start + m.start()
                        self.add(fact, name, start, start + len(m.group()), 0.75)

    # -- validity language --

    def validity(self) -> None:
        for name, pattern in vocab.VALIDITY:
            m = pattern.search(self.text)
            if not m:
                continue
            value: Any = True
            if name in {"initial_months", "extension_months"}:
                word = next(g for g in m.groups() if g)
                value = vocab.NUMBER_WORDS.get(word.lower(), int(word) if word.isdigit() else None)
            if name == "extension":
                sentence = next(s for s in self.sentences if s.start <= m.start() < s.end)
                value = "by consensus" if "consensus" in sentence.text.lower() else "automatic"
            if name == "coordination_centre":
                value = " ".join(m.group().split())
            self.add(name, value, m.start(), m.end(), 0.85)
        seen = set()
        for m in vocab.REFERENCE.finditer(self.text):
            day = next(iter(_date_mentions(m.group("date"))), None)
            if day is None or not day.has_year or (m.group("title"), day.first) in seen:
                continue
            seen.add((m.group("title"), day.first))
            value = {"title": m.group("title"), "date": day.first.isoformat()}
            self.add("reference", value, m.start(), m.end(), 0.85)
        for m in vocab.MAPS.finditer(self.text):
            city = m.group("city") or m.group("city2")
            when = _date_mentions(m.group("d1") or m.group("d2") or "")
            value = {"city": city, "date": None}
            meeting = self.fact("start")
            if when and (when[0].has_year or meeting):
                year = when[0].first.year if when[0].has_year else meeting.value.year
                value["date"] = when[0].first.replace(year=year).isoformat()
            self.add("maps_agreed", value, m.start(), m.end(), 0.8)

    def fact(self, name: str) -> Fact | None:
        return next((f for f in self.facts if f.name == name), None)

    # -- zones --

    def zone_mentions(self) -> bool:
        spoke = False
        listing: list[re.Match[str]] = []  # zone words of a sentence that opened a list
        for sentence in self.sentences:
            own_terms = list(vocab.ZONE_TERM.finditer(sentence.text))
            terms = own_terms or listing
            tail = sentence.text.rstrip()
            # "The following de-escalation areas are created:" carries into the items after it,
            # as long as they end with ";".
            if own_terms and tail.endswith(":"):
                listing = own_terms
            elif not (listing and tail.endswith(";")):
                listing = []
            zones_here = list(self.zone_names.finditer(sentence.text))
            governorates_here = list(self.governorate_names.finditer(sentence.text))
            spoke = spoke or bool(terms)
            off_topic = next(
                (why for why, p in vocab.OFF_TOPIC.items() if p.search(sentence.text)), None
            )
            # A place name alone ("Eastern Ghouta") is not a zone; a zone word must be there.
            about_zones = terms or any(vocab.ZONE_WORD.search(m.group()) for m in zones_here)
            if off_topic or not about_zones:
                why = f"named in a sentence about {off_topic}" if off_topic else "no zone named"
                for m in zones_here + governorates_here:
                    self._ignore(sentence, m, why)
                continue
            self._read_zone_sentence(sentence, terms, zones_here, governorates_here)
        return spoke

    def _ignore(self, sentence: _Sentence, m: re.Match[str], reason: str) -> None:
        start = sentence.start + m.start()
        self.ignored.append(
            IgnoredPlace(m.group(), reason, self.evidence(start, start + len(m.group()), 1.0))
        )

    def _kinds_spoken_of(self, terms: list[re.Match[str]]) -> set[str]:
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

    def _action(self, sentence: _Sentence) -> str:
        rule = dict(vocab.VALIDITY)["extension"].search(sentence.text)
        for action, pattern in vocab.ACTIONS:
            if action == "extended" and rule:
                continue  # "will be automatically extended" states the rule, not an extension
            if pattern.search(sentence.text):
                if action == "established" and vocab.EARLIER_MEMORANDUM.search(sentence.text):
                    return "restated"
                return action
        return "noted"

    def _read_zone_sentence(
        self,
        sentence: _Sentence,
        terms: list[re.Match[str]],
        zones_here: list[re.Match[str]],
        governorates_here: list[re.Match[str]],
    ) -> None:
        action = self._action(sentence)
        kinds = self._kinds_spoken_of(terms) or {"de-escalation-zone"}
        # Named zones (aliases) anchor the sentence; governorates attach to them.
        anchors: list[tuple[int, int, Zone]] = []
        for m in zones_here:
            zone = self.catalogue.zone(self.gazetteer.resolve(m.group()).id)
            if self._venue(sentence, m):
                self._ignore(sentence, m, "named as a meeting venue")
                continue
            anchors.append((m.start(), m.end(), zone))
        loose: list[tuple[re.Match[str], str, list[Zone]]] = []
        for m in governorates_here:
            if self._venue(sentence, m):
                self._ignore(sentence, m, "named as a meeting venue")
                continue
            pcode = self.gazetteer.resolve(m.group()).id
            inside = next((a for a in anchors if a[0] <= m.start() < a[1]), None)
            if inside:
                continue  # already part of a zone's own name
            candidates = [
                z
                for z in self.catalogue.zones
                if pcode in z.governorates and z.kind in kinds and z.number is not None
            ] or [z for z in self.catalogue.zones if pcode in z.governorates and z.kind in kinds]
            whole = [
                z
                for z in candidates
                if any(p.governorate == pcode and p.precision == "governorate" for p in z.parts)
            ]
            suffix = re.search(r"(?:province|governorate)$", m.group(), re.I) or re.match(
                r"\s*(?:province|governorate)", sentence.text[m.end() :], re.I
            )
            if len(candidates) == 1 and (whole or suffix):
                anchors.append((m.start(), m.end(), candidates[0]))
            else:
                loose.append((m, pcode, candidates))
        anchors.sort(key=lambda a: a[0])
        named: dict[str, list[str]] = {a[2].id: [] for a in anchors}
        spans: dict[str, list[int]] = {a[2].id: [a[0], a[1]] for a in anchors}
        for start, end, zone in anchors:
            pcodes = self._pcodes_within(sentence.text[start:end], zone)
            named[zone.id] += pcodes
            spans[zone.id] = [min(spans[zone.id][0], start), max(spans[zone.id][1], end)]
        for m, pcode, candidates in loose:
            preceding = [a for a in anchors if a[0] < m.start() and a[2] in candidates]
            if preceding:
                zone = preceding[-1][2]
                named[zone.id].append(pcode)
                spans[zone.id][1] = max(spans[zone.id][1], m.end())
            elif candidates:
                start = sentence.start + m.start()
                self.uncertain.append(
                    ZoneMention(
                        "|".join(z.id for z in candidates),
                        (pcode,),
                        action,
                        self.evidence(start, start + len(m.group()), 0.4),
                    )
                )
            else:
                self._ignore(sentence, m, "no zone of that kind lies in this governorate")
        for zone_id, pcodes in named.items():
            start, end = (sentence.start + spans[zone_id][0], sentence.start + spans[zone_id][1])
            ordered = tuple(dict.fromkeys(pcodes))
            self.zones.append(ZoneMention(zone_id, ordered, action, self.evidence(start, end, 0.9)))
        everything = vocab.ALL_FOUR.search(sentence.text)
        general = not anchors and not loose
        if everything or (general and (action == "extended" or self._speaks_of_validity(sentence))):
            span = everything or terms[0]
            start = sentence.start + span.start()
            self.zones.append(
                ZoneMention(
                    ALL_ZONES, (), action, self.evidence(start, start + len(span.group()), 0.8)
                )
            )

    def _pcodes_within(self, phrase: str, zone: Zone) -> list[str]:
        """Return the governorates named inside a zone's own phrase.

        For example "Idlib province and certain parts of the neighbouring provinces (Latakia,
        Hama and Aleppo provinces)".
        """
        found = [
            self.gazetteer.resolve(m.group()).id for m in self.governorate_names.finditer(phrase)
        ]
        return [p for p in found if p in zone.governorates]

    def _speaks_of_validity(self, sentence: _Sentence) -> bool:
        return any(
            pattern.search(sentence.text)
            for name, pattern in vocab.VALIDITY
            if name in {"initial_months", "extension", "temporary"}
        )

    def _venue(self, sentence: _Sentence, m: re.Match[str]) -> bool:
        return bool(vocab.VENUE.search(sentence.text[max(0, m.start() - 40) : m.start()]))


def extract(text: str, catalogue: Catalogue, gazetteer: Gazetteer) -> Extraction:
    r"""Read ``text`` into meeting facts, zone mentions, validity language and evidence.

    Offsets are character positions in ``text`` (newlines normalised to ``\n``).
    """
    reader = _Reader(text, catalogue, gazetteer)
    reader.kind()
    reader.round_number()
    reader.city()
    reader.dates()
    reader.parties()
    reader.validity()
    spoke = reader.zone_mentions()
    return Extraction(
        facts=tuple(reader.facts),
        zones=tuple(reader.zones),
        uncertain=tuple(reader.uncertain),
        ignored=tuple(reader.ignored),
        speaks_of_zones=spoke or bool(reader.zones),
    )
