"""What a map shows to orient a reader: towns, highways, rivers, lakes, neighbours and the sea.

Read from ``geodata/landmarks.yaml`` (governorate seats, highways, sea names, each cited)
and ``geodata/surroundings.geojson`` (Natural Earth countries, rivers and lakes). Towns are
gazetteer places: the governorate seats, then the places the catalogue draws zones and
their fronts from. None of it is part of a zone, and no table or export reads it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

import shapely
from shapely.geometry import shape

from .atlas import Atlas
from .catalogue import describe, read_yaml
from .errors import CatalogueError
from .paths import geodata_dir
from .records import LonLat, PCode, Slug, Source, Text, Zone

__all__ = ["Landmarks", "Line", "Town", "load_landmarks"]

#: A place's rank: a governorate seat, a town a zone or front is drawn from, any other place
#: (village, base, district) one is drawn from. Maps show lower ranks first, at wider zooms.
Rank = Literal[0, 1, 2]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Seats(_Record):
    sources: list[Source] = Field(min_length=1)
    places: dict[PCode, Text] = Field(min_length=14, max_length=14)


class _Road(_Record):
    id: Slug
    name: Text
    short: Annotated[str, Field(min_length=1, max_length=8)]
    line_of: list[Text] = Field(min_length=2)
    sources: list[Source] = Field(min_length=1)


class _Sea(_Record):
    name: Text
    at: LonLat
    sources: list[Source] = Field(min_length=1)


class _LandmarksFile(_Record):
    seats: _Seats
    roads: list[_Road] = Field(min_length=1)
    seas: list[_Sea] = []


@dataclass(frozen=True)
class Town:
    """A labelled place: its gazetteer name, Arabic name, position and rank."""

    name: str
    name_ar: str
    lon: float
    lat: float
    rank: Rank


@dataclass(frozen=True)
class Line:
    """A named line or area to draw: a highway, a river, a lake, a country.

    ``short`` is the name written on the map (a highway's number), when it has one.
    """

    name: str
    geometry: shapely.Geometry
    short: str = ""


@dataclass(frozen=True)
class Landmarks:
    """Everything a map draws to orient by, in lon/lat."""

    towns: tuple[Town, ...]
    roads: tuple[Line, ...]
    rivers: tuple[Line, ...]
    lakes: tuple[Line, ...]
    countries: tuple[Line, ...]
    seas: tuple[Town, ...]  # names written on the water (rank 0)


def _zone_places(zone: Zone) -> list[str]:
    """The gazetteer places a zone's extent and its control changes are drawn from."""
    names = [name for part in zone.parts for name in (part.hull_of or part.line_of or ())]
    return names + [name for change in zone.control for name in change.places]


def _towns(atlas: Atlas, seats: _Seats, path: Path) -> tuple[Town, ...]:
    gazetteer = atlas.gazetteer
    towns: dict[str, Town] = {}
    for pcode, name in sorted(seats.places.items()):
        place = gazetteer.place(name, file=path, entry=f"seat of {pcode}")
        towns.setdefault(place.name, Town(place.name, place.name_ar, place.lon, place.lat, 0))
    for zone in atlas.catalogue.zones:
        for name in _zone_places(zone):
            place = gazetteer.place(name)
            if place.name not in towns:  # villages, bases, districts: shown at closer zoom
                rank: Rank = 1 if place.kind == "town" else 2
                towns[place.name] = Town(place.name, place.name_ar, place.lon, place.lat, rank)
    return tuple(sorted(towns.values(), key=lambda town: town.rank))


def _road(atlas: Atlas, road: _Road, path: Path) -> Line:
    entry = f"road {road.id}"
    places = [atlas.gazetteer.place(name, file=path, entry=entry) for name in road.line_of]
    return Line(road.name, shapely.LineString([(p.lon, p.lat) for p in places]), road.short)


def _surroundings(path: Path) -> dict[str, tuple[Line, ...]]:
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
        layers: dict[str, list[Line]] = {"country": [], "river": [], "lake": []}
        for feature in features:
            props = feature["properties"]
            layers[props["layer"]].append(Line(props["name"], shape(feature["geometry"])))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CatalogueError(f"not a surroundings layer ({exc})", file=path) from None
    return {layer: tuple(lines) for layer, lines in layers.items()}


def load_landmarks(atlas: Atlas, folder: Path | None = None) -> Landmarks:
    """Read the shipped landmarks (or those in ``folder``) for the maps of ``atlas``.

    Raises
    ------
    CatalogueError
        On a malformed file, naming it and the entry.
    UnknownPlaceError
        On a place the gazetteer does not know, naming the file and the entry.
    """
    folder = folder if folder is not None else Path(str(geodata_dir()))
    path = folder / "landmarks.yaml"
    try:
        data = _LandmarksFile.model_validate(read_yaml(path))
    except ValidationError as exc:
        raise CatalogueError(describe(exc), file=path) from None
    surroundings = _surroundings(folder / "surroundings.geojson")
    return Landmarks(
        towns=_towns(atlas, data.seats, path),
        roads=tuple(_road(atlas, road, path) for road in data.roads),
        rivers=surroundings["river"],
        lakes=surroundings["lake"],
        countries=surroundings["country"],
        seas=tuple(Town(sea.name, "", sea.at[0], sea.at[1], 0) for sea in data.seas),
    )
