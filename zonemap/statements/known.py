"""What the statement reader knows of the catalogue: its rounds and zones, as plain values.

Made once from the checked catalogue and kept between runs with the gazetteer (by the
``extract`` command), so that reading a statement needs neither the YAML nor the catalogue's
record classes, nor pydantic, which they are made with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..validity import Terms

if TYPE_CHECKING:
    from ..catalogue import Catalogue

__all__ = ["KnownCatalogue", "KnownRound", "KnownZone"]


@dataclass(frozen=True)
class KnownRound:
    """A round: what a text's facts are matched and compared with."""

    id: str
    kind: str
    start: dt.date
    end: dt.date
    city: str
    participants: tuple[str, ...]
    observers: tuple[str, ...]
    actions: frozenset[tuple[str, str]]  # (zone id, action) of each of its statements


@dataclass(frozen=True)
class KnownZone:
    """A zone: its name, kind, governorates and how much of each, and its validity."""

    id: str
    name: str
    kind: str
    number: int | None
    parts: tuple[tuple[str, str], ...]  # (governorate P-code, precision) in the catalogue's order
    terms: Terms

    @property
    def governorates(self) -> tuple[str, ...]:
        """The P-codes of the governorates the zone lies in."""
        return tuple(pcode for pcode, _ in self.parts)

    @property
    def precision(self) -> dict[str, str]:
        """Each governorate's precision: ``governorate`` (all of it) or ``approximate``."""
        return dict(self.parts)


@dataclass(frozen=True)
class KnownCatalogue:
    """The catalogue's rounds and zones, in its order."""

    rounds: tuple[KnownRound, ...]
    zones: tuple[KnownZone, ...]

    @classmethod
    def of(cls, catalogue: Catalogue) -> KnownCatalogue:
        """What the reader needs of a checked catalogue."""
        return cls(
            rounds=tuple(
                KnownRound(
                    r.id,
                    r.kind,
                    r.start,
                    r.end,
                    r.city,
                    tuple(r.participants),
                    tuple(r.observers),
                    frozenset((s.zone, s.action) for s in r.statements),
                )
                for r in catalogue.rounds
            ),
            zones=tuple(
                KnownZone(
                    z.id,
                    z.name,
                    z.kind,
                    z.number,
                    tuple((p.governorate, p.precision) for p in z.parts),
                    Terms.of(z.validity),
                )
                for z in catalogue.zones
            ),
        )

    def zone(self, zone_id: str) -> KnownZone:
        """The zone with id ``zone_id`` (one the gazetteer resolved, so always known)."""
        return next(z for z in self.zones if z.id == zone_id)
