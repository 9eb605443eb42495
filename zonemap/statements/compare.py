"""Set a draft beside the catalogue's entry for the same round: what is new, what disagrees.

The round is the one the draft's facts point at (its id, or its kind, number and days in the
known sequence). Values the text does not give are not disagreements: a draft without a city
says nothing against the catalogue's city.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .dates import DateMention, known_round
from .known import KnownCatalogue, KnownRound

__all__ = ["Comparison", "compare", "matching_round"]

# One city under its two names: Astana was Nur-Sultan from March 2019 to September 2022.
_SAME_CITY = {"nur-sultan": "astana"}


@dataclass(frozen=True)
class Comparison:
    """How a draft round stands against the catalogue's round."""

    round_id: str
    differences: tuple[dict[str, Any], ...]
    zones_only_in_text: tuple[str, ...]
    zones_only_in_catalogue: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """Return the comparison as plain values, for the draft's ``compared_with`` section."""
        return {
            "round": self.round_id,
            "summary": self.summary(),
            "differences": list(self.differences),
            "zones_only_in_text": list(self.zones_only_in_text),
            "zones_only_in_catalogue": list(self.zones_only_in_catalogue),
        }

    @property
    def agrees(self) -> bool:
        """True when nothing the text gives contradicts or adds to the catalogue's round."""
        return not (self.differences or self.zones_only_in_text or self.zones_only_in_catalogue)

    def summary(self) -> str:
        """One line for the terminal: how many differences, and in what."""
        fields = [d["field"] for d in self.differences]
        if self.zones_only_in_text:
            fields.append(f"new zones {', '.join(self.zones_only_in_text)}")
        if self.zones_only_in_catalogue:
            fields.append(f"zones not in the text {', '.join(self.zones_only_in_catalogue)}")
        if not fields:
            return f"agrees with {self.round_id} in the catalogue"
        return f"differs from {self.round_id} in the catalogue: {'; '.join(fields)}"


def matching_round(draft_round: dict[str, Any], catalogue: KnownCatalogue) -> KnownRound | None:
    """The catalogue's round the draft reports: by id, else by kind, number and days."""
    by_id = next((r for r in catalogue.rounds if r.id == draft_round.get("id")), None)
    if by_id is not None:
        return by_id
    start, end = draft_round.get("start"), draft_round.get("end")
    days = [DateMention(start, end, 0, 0, True)] if start and end else []
    if not days:
        return None
    return known_round(catalogue, kind=draft_round.get("kind"), number=None, days=days)


def _city(name: str | None) -> str | None:
    return _SAME_CITY.get(name.lower(), name.lower()) if name else None


def _difference(field: str, text: object, catalogue: object) -> dict[str, Any]:
    def plain(value: object) -> object:
        return value.isoformat() if isinstance(value, dt.date) else value

    return {"field": field, "text": plain(text), "catalogue": plain(catalogue)}


def compare(draft_round: dict[str, Any], known: KnownRound) -> Comparison:
    """Compare the draft's round with ``known``, field by field and zone by zone."""
    differences = []
    for field in ("kind", "start", "end"):
        value = draft_round.get(field)
        if value is not None and value != getattr(known, field):
            differences.append(_difference(field, value, getattr(known, field)))
    city = draft_round.get("city")
    if city is not None and _city(city) != _city(known.city):
        differences.append(_difference("city", city, known.city))
    for field in ("participants", "observers"):
        text_names = set(draft_round.get(field) or [])
        extra = sorted(text_names - set(getattr(known, field)))
        if extra:
            differences.append(_difference(field, extra, list(getattr(known, field))))
    text_actions = {(s["zone"], s["action"]) for s in draft_round.get("statements") or []}
    known_actions = known.actions
    text_zones = {zone for zone, _ in text_actions}
    known_zones = {zone for zone, _ in known_actions}
    for zone in sorted(text_zones & known_zones):
        said = sorted(a for z, a in text_actions if z == zone)
        recorded = sorted(a for z, a in known_actions if z == zone)
        if not set(said) & set(recorded):
            differences.append(_difference(f"action on {zone}", said, recorded))
    return Comparison(
        known.id,
        tuple(differences),
        tuple(sorted(text_zones - known_zones)),
        tuple(sorted(known_zones - text_zones)),
    )
