"""The field dictionary: every field of every export, with its type, unit and meaning.

One entry per field, in export order, for the zone tables (a day, a round: GeoJSON,
GeoPackage, FlatGeobuf, CSV and ``maps/geojson/``), the timeline and the coverage table.
``docs/fields.md`` and the data package's table schemas are generated from it, and a test
fails when an export has a field that is not here. A new field is one :class:`FieldInfo`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .shapefile import FIELD_NAMES

__all__ = [
    "COVERAGE_FIELDS",
    "TABLES",
    "TIMELINE_FIELDS",
    "ZONE_FIELDS",
    "FieldInfo",
    "fields_markdown",
]


@dataclass(frozen=True)
class FieldInfo:
    """One field: name, type, unit and meaning, and the values it takes if they are few.

    ``type`` is a Frictionless Table Schema type (``string``, ``integer``, ``number``,
    ``date``, ``datetime``, ``array``) as the field is in GeoJSON; ``nullable`` says whether
    it may be null.
    """

    name: str
    type: str
    description: str
    unit: str = ""
    values: tuple[str, ...] = ()
    nullable: bool = False


_DAY = "day (ISO 8601)"
_STATUSES = ("initial-period", "extended", "in-force", "ended", "superseded")

#: The fields of a zone table (a day or a round), in export order.
ZONE_FIELDS: tuple[FieldInfo, ...] = (
    FieldInfo("zone_id", "string", "The zone's id in the catalogue (a slug)."),
    FieldInfo("name", "string", "The zone's name in English."),
    FieldInfo("name_ar", "string", "The zone's name in Arabic."),
    FieldInfo(
        "kind",
        "string",
        "What kind of zone the instruments made.",
        values=("de-escalation-zone", "demilitarised-zone", "security-corridor"),
    ),
    FieldInfo(
        "extent",
        "string",
        "Which geometry the feature carries: what the instruments drew (agreed) or the part "
        "of it the opposition still held that day (held).",
        values=("agreed", "held"),
    ),
    FieldInfo(
        "round_id",
        "string",
        "The round whose last day the table describes; null for a day that is not a round's.",
        nullable=True,
    ),
    FieldInfo(
        "as_of", "date", "The day the table describes (null in the timeline).", _DAY, nullable=True
    ),
    FieldInfo(
        "status",
        "string",
        "The zone's standing that day: in its first term, extended, in force without a term, "
        "or no longer in force.",
        values=_STATUSES,
    ),
    FieldInfo("valid_from", "date", "The first day the zone was in force.", _DAY),
    FieldInfo(
        "valid_to",
        "date",
        "The last day in force, inclusive; null while in force.",
        _DAY,
        nullable=True,
    ),
    FieldInfo(
        "valid_until",
        "date",
        "The first day no longer in force, exclusive; null while in force.",
        _DAY,
        nullable=True,
    ),
    FieldInfo(
        "period_end",
        "date",
        "The last day of the current term; null for a zone with no term or no longer in force.",
        _DAY,
        nullable=True,
    ),
    FieldInfo("extensions", "integer", "Terms after the first one.", "terms"),
    FieldInfo(
        "ended_on", "date", "The day the zone ended; null while in force.", _DAY, nullable=True
    ),
    FieldInfo("event", "string", "How the zone ended, in the project's words.", nullable=True),
    FieldInfo(
        "superseded_by",
        "string",
        "The zone id of the instrument that replaced this zone, if one did.",
        nullable=True,
    ),
    FieldInfo(
        "governorates",
        "array",
        "OCHA P-codes (SY01 … SY14) of the governorates the zone lies in; text joined by "
        "commas in GeoPackage, FlatGeobuf and CSV.",
    ),
    FieldInfo(
        "precision",
        "string",
        "Whether the zone is whole governorates or an approximate outline within them.",
        values=("governorate", "approximate"),
    ),
    FieldInfo(
        "area_km2",
        "number",
        "Area of this feature's geometry (Lambert azimuthal equal-area).",
        "km²",
    ),
    FieldInfo("agreed_km2", "number", "Area of the zone's agreed extent.", "km²"),
    FieldInfo("held_km2", "number", "Area of the zone's held extent that day.", "km²"),
    FieldInfo("held_pct", "number", "The held extent as a share of the agreed extent.", "%"),
    FieldInfo(
        "held_since",
        "date",
        "The day of the last change of control up to then; null if none.",
        _DAY,
        nullable=True,
    ),
    FieldInfo(
        "last_change",
        "string",
        "That change, as 'day: event' in the project's words; null if none.",
        nullable=True,
    ),
    FieldInfo(
        "sources",
        "array",
        "Citations of the zone's sources (title, date, paragraph); text joined by '; ' in "
        "GeoPackage, FlatGeobuf and CSV.",
    ),
)

_INTERVAL = {
    "valid_from": "The first day of the interval, as a date-time at midnight (no time zone).",
    "valid_until": (
        "The first day after the interval, exclusive, as a date-time at midnight (no time "
        "zone); null for an interval still running at the end of the catalogue."
    ),
    "valid_to": "The last day of the interval, inclusive; null while still running.",
}

#: The fields of the timeline: those of a zone table, an interval's bounds as date-times.
TIMELINE_FIELDS: tuple[FieldInfo, ...] = tuple(
    replace(
        f,
        type="datetime" if f.name in ("valid_from", "valid_until") else f.type,
        description=_INTERVAL[f.name],
        unit="ISO 8601 date-time" if f.name != "valid_to" else f.unit,
    )
    if f.name in _INTERVAL
    else f
    for f in ZONE_FIELDS
)

#: The fields of the coverage table (``zonemap coverage``), in export order.
COVERAGE_FIELDS: tuple[FieldInfo, ...] = (
    FieldInfo("zone_id", "string", "The zone's id in the catalogue."),
    FieldInfo("zone_name", "string", "The zone's name in English."),
    FieldInfo("extent", "string", "The zone's agreed or held extent.", values=("agreed", "held")),
    FieldInfo(
        "level",
        "integer",
        "The admin level of the unit: governorate, district, subdistrict.",
        values=("1", "2", "3"),
    ),
    FieldInfo("pcode", "string", "The unit's OCHA P-code."),
    FieldInfo("name_en", "string", "The unit's English name, as the admin layer gives it."),
    FieldInfo("name_ar", "string", "The unit's Arabic name, as the admin layer gives it."),
    FieldInfo("adm1_pcode", "string", "The P-code of the unit's governorate.", nullable=True),
    FieldInfo("adm2_pcode", "string", "The P-code of the unit's district.", nullable=True),
    FieldInfo("km2", "number", "Area of the zone's extent inside the unit.", "km²"),
    FieldInfo("unit_km2", "number", "Area of the unit.", "km²"),
    FieldInfo("unit_pct", "number", "Share of the unit covered by the zone's extent.", "%"),
    FieldInfo("zone_pct", "number", "Share of the zone's extent lying in the unit.", "%"),
)

#: Every exported table's fields, by the name ``docs/fields.md`` gives it.
TABLES: dict[str, tuple[FieldInfo, ...]] = {
    "zones": ZONE_FIELDS,
    "timeline": TIMELINE_FIELDS,
    "coverage": COVERAGE_FIELDS,
}

#: Fields one format adds to a table's own: the kepler.gl CSV's timestamps.
FORMAT_FIELDS: dict[str, tuple[FieldInfo, ...]] = {
    "kepler": (
        FieldInfo(
            "begin",
            "datetime",
            "The row's first day, as a timestamp kepler.gl detects (`YYYY-MM-DD 00:00`).",
            "date-time",
        ),
        FieldInfo(
            "end",
            "datetime",
            "The first day the row no longer holds, as a timestamp; empty while it holds.",
            "date-time",
            nullable=True,
        ),
    ),
}

_TITLES = {
    "zones": "Zones on a day or a round (`zonemap export --round/--date`, `maps/geojson/`, "
    "`maps/zones.gpkg`)",
    "timeline": "Zones over time (`zonemap export --timeline`)",
    "coverage": "Coverage of admin units (`zonemap coverage`)",
}


def fields_markdown() -> str:
    """The field dictionary as Markdown (``docs/fields.md``), one table per exported table."""
    lines = [
        "# Field dictionary",
        "",
        "Every field of zonemap's exports. Generated from `zonemap/fields.py` by",
        "`make generated`; a test fails when this file or an export is out of step with it.",
        "Types are those of GeoJSON and of the data package (Frictionless Table Schema);",
        "GeoPackage stores dates as dates, FlatGeobuf as date-times and CSV as text; all",
        "three join arrays into text. A GeoJSON feature's `id` is `<zone_id>:<extent>`",
        "(timeline: `<zone_id>:<extent>@<valid_from>`).",
    ]
    for table, fields in TABLES.items():
        lines += ["", f"## {_TITLES[table]}", "", "| field | type | unit | meaning |"]
        lines.append("|---|---|---|---|")
        for f in fields:
            kind = f.type + (", may be null" if f.nullable else "")
            meaning = f.description
            if f.values:
                meaning += " Values: " + ", ".join(f"`{v}`" for v in f.values) + "."
            lines.append(f"| `{f.name}` | {kind} | {f.unit} | {meaning} |")
    lines += ["", "## Fields of one format only", "", "| format | field | type | meaning |"]
    lines.append("|---|---|---|---|")
    for fmt, fields in FORMAT_FIELDS.items():
        for f in fields:
            kind = f.type + (", may be null" if f.nullable else "")
            lines.append(f"| {fmt} | `{f.name}` | {kind} | {f.description} |")
    lines += [
        "",
        "A Shapefile's field names have at most 10 characters; these columns are renamed there:",
        "",
        "| column | Shapefile field |",
        "|---|---|",
    ]
    lines += [f"| `{c}` | `{n}` |" for c, n in FIELD_NAMES.items() if c != n]
    return "\n".join(lines) + "\n"
