"""How much of each administrative unit the zones in force cover, by OCHA P-code.

Humanitarian data is joined on the P-codes of OCHA's COD-AB (SY01 governorate, SY0100
district, SY010000 subdistrict). :func:`load_admin` reads such a layer (the user's file, never
shipped); :func:`coverage` crosses it with the zone rows of one day, for the agreed and the
held extent, measured in the equal-area projection of :mod:`zonemap.projection`, and rolls the
rows up to the levels above.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely

from .atlas import Atlas
from .boundaries import layer_edition, polygonal, read_lonlat_layer
from .days import DayLike, as_day
from .errors import BoundaryError
from .json_outputs import SCHEMA_VERSION
from .metadata import coverage_metadata
from .projection import to_equal_area, to_lonlat
from .tables import row_geometry, zone_records
from .validity import IN_FORCE

if TYPE_CHECKING:
    import pandas as pd

    from .json_shapes import CoverageJson

__all__ = [
    "COVERAGE_COLUMNS",
    "COVERAGE_TYPES",
    "LEVELS",
    "OUTSIDE_WARNING_KM2",
    "AdminLayer",
    "AdminUnit",
    "Coverage",
    "coverage",
    "load_admin",
    "pcode_coverage",
]

LEVELS: tuple[int, ...] = (1, 2, 3)  # governorate, district, subdistrict
#: A zone extent reaching further than this outside the admin layer is warned about: the
#: layer and the boundaries the zones were drawn on disagree, and the shares are short.
OUTSIDE_WARNING_KM2 = 10.0
#: The columns of a coverage row, in order.
COVERAGE_COLUMNS: tuple[str, ...] = (
    "zone_id",
    "zone_name",
    "extent",
    "level",
    "pcode",
    "name_en",
    "name_ar",
    "adm1_pcode",
    "adm2_pcode",
    "km2",
    "unit_km2",
    "unit_pct",
    "zone_pct",
)
#: Each column's type, in fiona's terms, for the GIS formats.
COVERAGE_TYPES: dict[str, str] = {
    **{name: "str" for name in COVERAGE_COLUMNS},
    "level": "int",
    **{name: "float" for name in ("km2", "unit_km2", "unit_pct", "zone_pct")},
}
_NAMES_EN = ("NAME_EN", "name_en")
_NAMES_AR = ("NAME_AR", "name_ar")
_MIN_KM2 = 0.05  # what rounds to 0.0 km² is a sliver along a shared border, not coverage


@dataclass(frozen=True)
class AdminUnit:
    """One administrative unit: P-code, names, the P-codes of the units above, lon/lat shape."""

    level: int
    pcode: str
    name_en: str
    name_ar: str
    parents: tuple[str, ...]  # level 1 first
    geometry: shapely.Geometry


@dataclass(frozen=True)
class AdminLayer:
    """An admin layer's units (all of one level) and the names of the units above them."""

    source: str
    level: int
    units: tuple[AdminUnit, ...]
    parent_names: dict[str, tuple[str, str]]  # P-code → (English, Arabic) name
    edition: str | None = None  # the COD-AB edition, when the layer's fields give it


def _pcode_level(pcode: str) -> int:
    """The level of a Syrian P-code: two letters, then two digits per level (SY01, SY0100…)."""
    return (len(pcode) - 2) // 2


def _first(columns: Sequence[str], candidates: Sequence[str]) -> str | None:
    return next((c for c in candidates if c in columns), None)


def load_admin(path: Path | str) -> AdminLayer:
    """Read an OCHA COD-AB layer of governorates, districts or subdistricts (any GDAL format).

    The layer's level is that of its P-codes (column ``PCODE`` or ``ADM<n>_PCODE``); the
    units above come from its ``ADM<n>_PCODE``, ``ADM<n>_EN`` and ``ADM<n>_AR`` columns, or
    from the P-codes' prefixes. Several features with one P-code make one unit.

    Raises
    ------
    BoundaryError
        The layer cannot be read or has no P-codes.
    """
    path = Path(path)
    columns, rows, geometries = read_lonlat_layer(path)
    candidates = ["PCODE", *(f"ADM{n}_PCODE" for n in reversed(LEVELS))]
    found = [c for c in candidates if c in columns]
    levels = {c: _pcode_level(str(next((r[c] for r in rows if r.get(c)), ""))) for c in found}
    found = [c for c in found if levels[c] in LEVELS]
    if not found:
        raise BoundaryError(f"no P-code column (looked for {', '.join(candidates)})", file=path)
    pcode_col = max(found, key=lambda c: levels[c])  # the finest level is the layer's own
    level = levels[pcode_col]
    name_en = _first(columns, (f"ADM{level}_EN", *_NAMES_EN))
    name_ar = _first(columns, (f"ADM{level}_AR", *_NAMES_AR))

    def text(row: dict[str, Any], column: str | None) -> str:
        return str(row.get(column) or "").strip() if column else ""

    shapes: dict[str, list[shapely.Geometry]] = {}
    first_row: dict[str, dict[str, Any]] = {}
    parent_names: dict[str, tuple[str, str]] = {}
    for row, geometry in zip(rows, geometries, strict=True):
        pcode = text(row, pcode_col).upper()
        if geometry is None or _pcode_level(pcode) != level:
            continue
        shapes.setdefault(pcode, []).append(polygonal(shapely.make_valid(geometry)))
        first_row.setdefault(pcode, row)
        for n in range(1, level):
            parent = text(row, f"ADM{n}_PCODE").upper() or pcode[: 2 + 2 * n]
            names = (text(row, f"ADM{n}_EN") or parent, text(row, f"ADM{n}_AR"))
            parent_names.setdefault(parent, names)
    units = tuple(
        AdminUnit(
            level=level,
            pcode=pcode,
            name_en=text(first_row[pcode], name_en) or pcode,
            name_ar=text(first_row[pcode], name_ar),
            parents=tuple(
                text(first_row[pcode], f"ADM{n}_PCODE").upper() or pcode[: 2 + 2 * n]
                for n in range(1, level)
            ),
            geometry=shapely.union_all(shapes[pcode]),
        )
        for pcode in sorted(shapes)
    )
    return AdminLayer(str(path), level, units, parent_names, layer_edition(columns, rows))


@dataclass(frozen=True)
class Coverage:
    """One day's coverage rows (finest level first, then the roll-ups) and the warnings."""

    day: dt.date
    source: str
    level: int
    rows: tuple[dict[str, Any], ...]
    shapes: tuple[shapely.Geometry, ...]  # each row's covered part, lon/lat
    warnings: tuple[str, ...]
    metadata: dict[str, Any]  # the export block, with the admin layer's credit (OCHA's)

    def to_json(self) -> CoverageJson:
        """The table as JSON: ``schema_version``, the day, the layer, warnings, rows, metadata."""
        return {
            "schema_version": SCHEMA_VERSION,
            "date": self.day.isoformat(),
            "admin": Path(self.source).name,
            "level": self.level,
            "warnings": list(self.warnings),
            "rows": [dict(row) for row in self.rows],
            "metadata": dict(self.metadata),
        }

    def to_csv(self) -> str:
        """The rows as CSV with a header line (UTF-8 text, Unix line ends)."""
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COVERAGE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows)
        return out.getvalue()

    def to_json_text(self) -> str:
        """:meth:`to_json` as indented JSON text ending with a newline."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    def to_frame(self) -> pd.DataFrame:
        """The rows as a data frame with the columns of :data:`COVERAGE_COLUMNS`."""
        import pandas as pd

        return pd.DataFrame(list(self.rows), columns=list(COVERAGE_COLUMNS))


def _pct(part: float, whole: float) -> float:
    return round(100 * part / whole, 2) if whole > 0 else 0.0


def _unit_keys(unit: AdminUnit) -> list[tuple[int, str]]:
    """The (level, P-code) of a unit and of each unit above it."""
    return [(unit.level, unit.pcode)] + [(n + 1, p) for n, p in enumerate(unit.parents)]


def coverage(
    atlas: Atlas, admin: AdminLayer, day: DayLike, *, level: int | None = None
) -> Coverage:
    """For each zone in force on ``day`` and each admin unit it covers: how much, both ways.

    One row per zone × extent (``agreed``, ``held``) × unit, with the covered ``km2``, the
    unit's area ``unit_km2``, the share of the unit covered (``unit_pct``) and the share of
    the zone's extent lying in the unit (``zone_pct``); then the same summed up to each level
    above. ``level`` keeps the rows of that level and above (by default all). Areas are in
    the equal-area projection; slivers under 0.05 km² along shared borders are left out.
    Rows go zone by zone, finest level first, largest first. A zone's agreed extent reaching
    more than :data:`OUTSIDE_WARNING_KM2` outside the layer is named in ``warnings``.

    Raises
    ------
    BoundaryError
        ``level`` is finer than the layer's own.
    UsageError
        ``day`` is not a day (see :func:`zonemap.days.as_day`).
    """
    day = as_day(day)
    finest = admin.level if level is None else level
    if finest not in LEVELS or finest > admin.level:
        raise BoundaryError(
            f"the admin layer's units are at level {admin.level}, not {finest}", file=admin.source
        )
    unit_shapes = to_equal_area([u.geometry for u in admin.units])
    unit_km2: dict[tuple[int, str], float] = {}
    for unit, km2 in zip(admin.units, shapely.area(unit_shapes) / 1e6, strict=True):
        for key in _unit_keys(unit):
            unit_km2[key] = unit_km2.get(key, 0.0) + float(km2)
    tree = shapely.STRtree(unit_shapes)
    rows: list[dict[str, Any]] = []
    shapes: list[shapely.Geometry] = []
    outside_notes: list[str] = []
    for zone_row in zone_records(atlas, day):
        if zone_row["status"] not in IN_FORCE:
            continue
        shape = to_equal_area(row_geometry(atlas, zone_row))
        zone_km2 = float(shapely.area(shape)) / 1e6
        covered: dict[tuple[int, str], float] = {}
        parts: dict[tuple[int, str], list[shapely.Geometry]] = {}
        for index in tree.query(shape, predicate="intersects"):
            part = shapely.intersection(shape, unit_shapes[index])
            km2 = float(shapely.area(part)) / 1e6
            if km2 >= _MIN_KM2:
                for key in _unit_keys(admin.units[index]):
                    covered[key] = covered.get(key, 0.0) + km2
                    parts.setdefault(key, []).append(part)
        outside = zone_km2 - sum(km2 for (n, _), km2 in covered.items() if n == admin.level)
        if zone_row["extent"] == "agreed" and outside > OUTSIDE_WARNING_KM2:
            outside_notes.append(
                f"{outside:.0f} km² of the agreed {zone_row['name']} lies outside "
                f"{Path(admin.source).name}; its shares there are short by that much"
            )
        for (unit_level, pcode), km2 in sorted(
            covered.items(), key=lambda item: (-item[0][0], -item[1], item[0][1])
        ):
            if unit_level <= finest:
                rows.append(_row(admin, zone_row, unit_level, pcode, km2, unit_km2, zone_km2))
                part = shapely.union_all(parts[(unit_level, pcode)])
                shapes.append(polygonal(shapely.make_valid(to_lonlat(part))))
    metadata = coverage_metadata(atlas, Path(admin.source).name, admin.edition)
    return Coverage(
        day, admin.source, finest, tuple(rows), tuple(shapes), tuple(outside_notes), metadata
    )


def _row(
    admin: AdminLayer,
    zone_row: dict[str, Any],
    level: int,
    pcode: str,
    km2: float,
    unit_km2: dict[tuple[int, str], float],
    zone_km2: float,
) -> dict[str, Any]:
    if level == admin.level:
        unit = next(u for u in admin.units if u.pcode == pcode)
        names, parents = (unit.name_en, unit.name_ar), unit.parents
    else:
        names, parents = (
            admin.parent_names[pcode],
            tuple(pcode[: 2 + 2 * n] for n in range(1, level)),
        )
    whole = unit_km2[(level, pcode)]
    return {
        "zone_id": zone_row["zone_id"],
        "zone_name": zone_row["name"],
        "extent": zone_row["extent"],
        "level": level,
        "pcode": pcode,
        "name_en": names[0],
        "name_ar": names[1],
        "adm1_pcode": parents[0] if len(parents) > 0 else None,
        "adm2_pcode": parents[1] if len(parents) > 1 else None,
        "km2": round(km2, 1),
        "unit_km2": round(whole, 1),
        "unit_pct": _pct(km2, whole),
        "zone_pct": _pct(km2, zone_km2),
    }


def pcode_coverage(
    atlas: Atlas, admin: AdminLayer | Path | str, day: DayLike, *, level: int | None = None
) -> pd.DataFrame:
    """:func:`coverage` as a data frame, for a notebook: which units each zone covers, by P-code.

    ``admin`` is a layer from :func:`load_admin` or the path of one; the other arguments are
    those of :func:`coverage`. The warnings about the layer's outline are given as Python
    warnings (:class:`UserWarning`), so a notebook shows them once under the cell.
    """
    layer = admin if isinstance(admin, AdminLayer) else load_admin(admin)
    table = coverage(atlas, layer, day, level=level)
    for message in table.warnings:
        warnings.warn(message, stacklevel=2)
    return table.to_frame()
