"""Build each zone's agreed extent from whole or partial governorates.

An ``approximate`` part is its governorate clipped to an extent defined in lon/lat (an outline,
the buffered convex hull of named towns, a buffered line through towns, or a band along
another zone's line of contact), so the extent is the same whichever boundary layer is loaded;
only the clip follows the boundaries. Never renders, never reads files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import shapely
from shapely.geometry import LineString, MultiPoint, Polygon

from .boundaries import Boundaries, polygonal
from .errors import CatalogueError
from .gazetteer import Gazetteer
from .projection import to_equal_area, to_lonlat
from .records import Band, Part, Zone

__all__ = [
    "HeldOn",
    "ZoneShape",
    "band_extent",
    "build_zone_shape",
    "hull_extent",
    "line_extent",
    "outline_extent",
    "part_extent",
]

#: The held extent (lon/lat) of a zone on a day, for bands along its line of contact.
HeldOn = Callable[[str, dt.date], shapely.Geometry]

# Parts clipped from neighbouring governorates meet along borders that floating point leaves
# a hair apart; uniting them on a 1 cm grid closes those hairline slivers.
_UNION_GRID_DEG = 1e-7


@dataclass(frozen=True)
class ZoneShape:
    """A zone's geometry: one clipped polygon and area per governorate, and their union."""

    zone_id: str
    pcodes: tuple[str, ...]
    parts: tuple[shapely.Geometry, ...]
    extents: tuple[shapely.Geometry | None, ...]  # each part's extent (None: the whole)
    areas_km2: tuple[float, ...]
    geometry: shapely.Geometry
    equal_area: shapely.Geometry  # the same union in the equal-area CRS, for area arithmetic

    @property
    def area_km2(self) -> float:
        """The zone's total area in km²."""
        return round(sum(self.areas_km2), 1)


def outline_extent(
    outline: Iterable[tuple[float, float]],
    label: str,
    *,
    file: Path | str | None = None,
    entry: str | None = None,
) -> shapely.Geometry:
    """Return an outline (lon/lat pairs) as a polygon, refusing one that is not valid."""
    polygon = Polygon(list(outline))
    if not polygon.is_valid:
        reason = shapely.is_valid_reason(polygon)
        raise CatalogueError(
            f"outline for {label} is not a valid polygon ({reason})", file=file, entry=entry
        )
    return polygon


def hull_extent(
    names: Iterable[str],
    buffer_km: float,
    gazetteer: Gazetteer,
    *,
    file: Path | str | None = None,
    entry: str | None = None,
) -> shapely.Geometry:
    """Return the convex hull of gazetteer places, buffered by ``buffer_km``, in lon/lat."""
    points = [gazetteer.place(name, file=file, entry=entry) for name in names]
    hull = to_equal_area(MultiPoint([(p.lon, p.lat) for p in points])).convex_hull
    return to_lonlat(hull.buffer(buffer_km * 1000, quad_segs=8))


def line_extent(
    names: Iterable[str],
    buffer_km: float,
    gazetteer: Gazetteer,
    *,
    file: Path | str | None = None,
    entry: str | None = None,
) -> shapely.Geometry:
    """Return the land within ``buffer_km`` of a line through places, square at its ends."""
    points = [gazetteer.place(name, file=file, entry=entry) for name in names]
    line = to_equal_area(LineString([(p.lon, p.lat) for p in points]))
    return to_lonlat(line.buffer(buffer_km * 1000, quad_segs=8, cap_style="flat"))


def band_extent(
    band: Band,
    held_on: HeldOn,
    country: shapely.Geometry,
    gazetteer: Gazetteer,
    *,
    file: Path | str | None = None,
    entry: str | None = None,
) -> shapely.Geometry:
    """Return the part of a zone's held extent within ``depth_km`` of the government side.

    The government side is the country less the zone's held extent and less the land held by
    third parties (the ``not_facing`` outline), so no band runs along a border or a front
    with others.
    """
    held = held_on(band.of, band.front_on)
    others = shapely.Polygon()
    if band.not_facing:
        others = outline_extent(band.not_facing, "not_facing", file=file, entry=entry)
    government = shapely.difference(shapely.difference(country, held), others)
    reach = to_lonlat(to_equal_area(government).buffer(band.depth_km * 1000, quad_segs=8))
    return polygonal(shapely.make_valid(shapely.intersection(held, shapely.make_valid(reach))))


def part_extent(
    part: Part,
    gazetteer: Gazetteer,
    *,
    held_on: HeldOn | None = None,
    country: shapely.Geometry | None = None,
    file: Path | str | None = None,
    entry: str | None = None,
) -> shapely.Geometry | None:
    """Return the lon/lat extent of an approximate part (``None`` for a whole governorate)."""
    if part.outline is not None:
        return outline_extent(part.outline, part.governorate, file=file, entry=entry)
    if part.hull_of is not None:
        return hull_extent(part.hull_of, part.buffer_km, gazetteer, file=file, entry=entry)
    if part.line_of is not None:
        return line_extent(part.line_of, part.buffer_km, gazetteer, file=file, entry=entry)
    if part.band is not None:
        if held_on is None or country is None:
            raise CatalogueError("a band needs its zone's held extent", file=file, entry=entry)
        return band_extent(part.band, held_on, country, gazetteer, file=file, entry=entry)
    return None


def build_zone_shape(
    zone: Zone,
    boundaries: Boundaries,
    gazetteer: Gazetteer,
    *,
    held_on: HeldOn | None = None,
    country: shapely.Geometry | None = None,
    file: Path | str | None = None,
) -> ZoneShape:
    """Return a zone's agreed extent, one clipped polygon per governorate and their union."""
    entry = f"zone {zone.id}"
    parts, extents = [], []
    for part in zone.parts:
        extent = part_extent(
            part, gazetteer, held_on=held_on, country=country, file=file, entry=entry
        )
        extents.append(extent)
        whole = boundaries.geometry(part.governorate)
        clipped = whole if extent is None else shapely.intersection(whole, extent)
        clipped = polygonal(clipped)
        if clipped.is_empty:
            raise CatalogueError(
                f"the extent for {part.governorate} does not overlap that governorate",
                file=file,
                entry=entry,
            )
        parts.append(clipped)
    projected = [polygonal(shapely.make_valid(to_equal_area(p))) for p in parts]
    return ZoneShape(
        zone_id=zone.id,
        pcodes=tuple(zone.governorates),
        parts=tuple(parts),
        extents=tuple(extents),
        areas_km2=tuple(round(float(p.area) / 1e6, 1) for p in projected),
        geometry=polygonal(shapely.union_all(parts, grid_size=_UNION_GRID_DEG)),
        equal_area=polygonal(shapely.union_all(projected, grid_size=0.01)),
    )
