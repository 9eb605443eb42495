"""Resolve place names from statements and the catalogue to places, governorates or zones.

Knows names and points, no polygons. Spellings vary wildly between translations
("Idleb", "Edleb", "East Gut", "Lattakia"), so names are compared in a normal form that drops
case, accents, Arabic articles and punctuation; unknown names fail with the closest matches.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from .errors import UnknownPlaceError
from .paths import geodata_dir

__all__ = ["Gazetteer", "Place", "Resolution", "load_places", "normalise"]

_ARTICLE = re.compile(r"^(?:(?:al|el|ar|as|ash|ad|adh|an|at|az|ath|ez|es|ed|en|er|et)[\s-]+)+")
_QUALIFIERS = re.compile(
    r"\b(?:the|province|provinces|governorate|governorates|muhafazah|countryside|rural|"
    r"area|areas|region|city|town|village|district|subdistrict|certain|parts?|of|in|some|"
    r"north|northern|south|southern|east|eastern|west|western|central|neighbouring|"
    r"neighboring)\b"
)
_DIRECTIONS = {
    "north": "north",
    "northern": "north",
    "south": "south",
    "southern": "south",
    "east": "east",
    "eastern": "east",
    "west": "west",
    "western": "west",
}


@cache  # the same names come back from the catalogue, the gazetteer and the boundaries
def normalise(name: str) -> str:
    """Return the comparison form of a place name.

    Examples
    --------
    >>> normalise("Ar-Rastan"), normalise("Ma'arrat al-Nu'man"), normalise("  IDLEB ")
    ('rastan', 'maarrat al numan', 'idleb')
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("`", "").replace("'", "").replace("’", "").replace("ʿ", "")
    text = text.replace("ʾ", "")
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"[\s_-]+", " ", text).strip()
    return _ARTICLE.sub("", text)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    alt_names: tuple[str, ...]
    name_ar: str
    lat: float
    lon: float
    pcode: str
    kind: str
    source: str


@dataclass(frozen=True)
class Resolution:
    """What a name refers to: a place, a governorate (maybe one side of it) or a zone."""

    kind: Literal["place", "governorate", "zone"]
    id: str
    name: str
    direction: str | None = None
    place: Place | None = None


def load_places(path: Path | None = None) -> tuple[Place, ...]:
    """Read the gazetteer CSV (the shipped ``geodata/places.csv`` by default)."""
    text = (
        path.read_text(encoding="utf-8")
        if path is not None
        else (geodata_dir() / "places.csv").read_text(encoding="utf-8")
    )
    return tuple(
        Place(
            name=row["name"],
            alt_names=tuple(a for a in row["alt_names"].split("|") if a),
            name_ar=row["name_ar"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            pcode=row["pcode"],
            kind=row["kind"],
            source=row["source"],
        )
        for row in csv.DictReader(io.StringIO(text))
    )


class Gazetteer:
    """Name lookup over places, governorates and zone aliases.

    Parameters
    ----------
    places
        Gazetteer entries.
    governorates
        ``(pcode, name_en, name_ar, aliases)`` for each governorate.
    zones
        ``(zone_id, name, aliases)`` for each catalogue zone.
    """

    def __init__(
        self,
        places: Iterable[Place],
        governorates: Iterable[tuple[str, str, str, Iterable[str]]],
        zones: Iterable[tuple[str, str, Iterable[str]]] = (),
    ):
        self._exact: dict[str, Resolution] = {}
        self._zones: dict[str, Resolution] = {}
        self._governorates: dict[str, Resolution] = {}
        self._spellings: dict[str, set[str]] = {"zone": set(), "governorate": set()}
        for zone_id, name, aliases in zones:
            for alias in (name, *aliases):
                self._zones.setdefault(normalise(alias), Resolution("zone", zone_id, name))
                self._spellings["zone"].add(alias)
        for pcode, name_en, name_ar, aliases in governorates:
            hit = Resolution("governorate", pcode, name_en)
            for alias in (pcode, name_en, name_ar, *aliases):
                if alias:
                    self._governorates.setdefault(normalise(alias), hit)
                    self._spellings["governorate"].add(alias)
        self.places: tuple[Place, ...] = tuple(places)
        # places.csv lists larger towns first, so a name shared with a village finds the town.
        for place in self.places:
            hit = Resolution("place", place.name, place.name, place=place)
            for alias in (place.name, place.name_ar, *place.alt_names):
                if alias:
                    self._exact.setdefault(normalise(alias), hit)

    def spellings(self, kind: Literal["zone", "governorate"]) -> list[str]:
        """Every spelling of zone or governorate names, as written, longest first."""
        return sorted(self._spellings[kind], key=lambda name: (-len(name), name))

    def resolve(
        self, name: str, *, file: Path | str | None = None, entry: str | None = None
    ) -> Resolution:
        """Return what ``name`` refers to, or raise :class:`UnknownPlaceError`.

        Zone names and aliases win over governorates, which win over towns: "Idlib" in a
        statement means the governorate, "northern Homs" the governorate's northern side.
        """
        key = normalise(name)
        for table in (self._zones, self._governorates, self._exact):
            if key in table:
                return table[key]
        words = key.split()
        direction = next((_DIRECTIONS[w] for w in words if w in _DIRECTIONS), None)
        core = " ".join(_QUALIFIERS.sub(" ", key).split())
        core = _ARTICLE.sub("", core)
        if core:
            if core in self._governorates:
                hit = self._governorates[core]
                return Resolution(hit.kind, hit.id, hit.name, direction=direction)
            if core in self._exact:
                return self._exact[core]
        raise UnknownPlaceError(name, self.suggest(name), file=file, entry=entry)

    def place(
        self, name: str, *, file: Path | str | None = None, entry: str | None = None
    ) -> Place:
        """Return the gazetteer place called ``name`` (towns only, no governorates)."""
        key = normalise(name)
        if key in self._exact:
            place = self._exact[key].place
            if place is not None:
                return place
        raise UnknownPlaceError(name, self.suggest(name, places_only=True), file=file, entry=entry)

    def suggest(self, name: str, limit: int = 3, *, places_only: bool = False) -> list[str]:
        """Return up to ``limit`` known names closest to ``name``."""
        from rapidfuzz import fuzz, process  # only when a name is unknown

        tables = (self._exact,) if places_only else (self._zones, self._governorates, self._exact)
        choices = sorted({k for t in tables for k in t})
        matches = process.extract(
            normalise(name), choices, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=80
        )
        names: list[str] = []
        for key, _score, _index in matches:
            hit = next(t[key] for t in tables if key in t)
            label = hit.name if hit.kind == "place" else f"{hit.name} ({hit.id})"
            if label not in names:
                names.append(label)
        return names[:limit]
