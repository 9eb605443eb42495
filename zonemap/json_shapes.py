"""The typed shape of every JSON document the command line prints: one source for all.

The code that builds an output is annotated with its type here, and
:func:`zonemap.json_outputs.json_schema` turns the type into the JSON Schema published in
``docs/schemas/``. These classes are only needed for typing and for the schemas, so the
commands import this module for type checking only (creating the classes costs start-up).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

from pydantic import WithJsonSchema
from typing_extensions import TypedDict  # pydantic reads only this one on Python 3.11

__all__ = [
    "OUTPUTS",
    "CoverageJson",
    "DiffJson",
    "ExtractJson",
    "PointInZone",
    "RoundsJson",
    "StatusJson",
    "WhereJson",
    "ZoneStatus",
]

#: An ISO day, YYYY-MM-DD.
Date = Annotated[str, WithJsonSchema({"type": "string", "format": "date"})]


class Round(TypedDict):
    """One meeting or instrument of the Astana format."""

    id: str
    name: str
    kind: str
    start: Date
    end: Date
    city: str


class RoundsJson(TypedDict):
    """``zonemap rounds --json``: the rounds in date order."""

    schema_version: Literal[1]
    rounds: list[Round]


class ZoneStatus(TypedDict):
    """A zone's status on a day, with its agreed and held areas (km²)."""

    zone_id: str
    name: str
    status: str
    valid_from: Date
    valid_to: Date | None
    period_end: Date | None
    extensions: int
    ended_on: Date | None
    event: str | None
    governorates: list[str]
    agreed_km2: float
    held_km2: float
    held_pct: float
    held_since: Date | None
    last_change: str | None


class StatusJson(TypedDict):
    """``zonemap status --json``: every zone established by the day."""

    schema_version: Literal[1]
    date: Date
    zones: list[ZoneStatus]


class PointInZone(TypedDict):
    """A zone whose agreed extent holds the point, and whether the point was held."""

    zone_id: str
    name: str
    status: str
    held: bool
    since: Date | None
    event: str | None
    places: list[str]


class WhereJson(TypedDict):
    """``zonemap where --json``: the zones in force holding a point on a day."""

    schema_version: Literal[1]
    lat: float
    lon: float
    date: Date
    zones: list[PointInZone]


class DiffSide(TypedDict):
    """A side of a diff: the round id or day given, and the day it stands for."""

    ref: str
    as_of: Date


class ZoneChange(TypedDict):
    """A zone established, extended, ended or superseded, or changed in extent."""

    zone_id: str
    name: str
    change: str
    detail: str
    event: str | None
    governorates_added: list[str]
    governorates_dropped: list[str]
    area_change_km2: float | None


class AreaChange(TypedDict):
    """The area in force on both days (km²) and its change."""

    before: float
    after: float
    change: float


class HeldArea(TypedDict):
    """A zone's held area on both days (km²; null where it was not in force)."""

    zone_id: str
    before: float | None
    after: float | None


class ControlChange(TypedDict):
    """Land lost or given back between the days: the day, area, places and event."""

    zone_id: str
    change_id: str
    date: Date
    change: str
    km2: float
    places: list[str]
    event: str


class DiffJson(TypedDict):
    """``zonemap diff --json``: what changed from BEFORE to AFTER."""

    schema_version: Literal[1]
    before: DiffSide
    after: DiffSide
    changes: list[ZoneChange]
    in_force: list[str]
    governorates_added: list[str]
    governorates_dropped: list[str]
    area_in_force_km2: AreaChange
    posts_established: list[str]
    posts_withdrawn: list[str]
    posts_encircled: list[str]
    held_km2: list[HeldArea]
    control: list[ControlChange]
    lost_km2: float
    returned_km2: float


class CoverageRow(TypedDict):
    """How much of an admin unit a zone's extent covers."""

    zone_id: str
    zone_name: str
    extent: Literal["agreed", "held"]
    level: int
    pcode: str
    name_en: str | None
    name_ar: str | None
    adm1_pcode: str | None
    adm2_pcode: str | None
    km2: float
    unit_km2: float
    unit_pct: float
    zone_pct: float


class CoverageJson(TypedDict):
    """``zonemap coverage --format json``: the admin units the zones in force cover."""

    schema_version: Literal[1]
    date: Date
    admin: str
    level: int
    warnings: list[str]
    rows: list[CoverageRow]
    metadata: dict[str, str | None]  # licences, sources and editions (docs/fields.md)


class ExtractJson(TypedDict):
    """``zonemap extract --json``: a draft round, with the evidence for every value.

    ``rounds`` holds one round in the catalogue's format (see the catalogue's README).
    """

    schema_version: Literal[1]
    rounds: list[dict[str, Any]]
    to_check: list[str]
    compared_with: NotRequired[dict[str, Any]]
    zones: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    uncertain: list[dict[str, Any]]
    not_zones: list[dict[str, Any]]


#: Each output by the command that prints it, which names its schema file.
OUTPUTS: dict[str, type] = {
    "rounds": RoundsJson,
    "status": StatusJson,
    "where": WhereJson,
    "diff": DiffJson,
    "coverage": CoverageJson,
    "extract": ExtractJson,
}
