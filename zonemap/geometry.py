"""Build each zone's agreed extent from whole or partial governorates.

An ``approximate`` part is its governorate clipped to an extent defined in lon/lat (an outline,
or the buffered convex hull of named towns), so the extent is the same whichever boundary
layer is loaded; only the clip follows the boundaries. Never renders, never reads files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint, Polygon

from .boundaries import Boundaries, polygonal
from .errors import CatalogueError
from .gazetteer import Gazetteer
from .projection import to_equal_area, to_lonlat
from .records import Part, Zone

__all__ = ["ZoneShape", "build_zone_shapes", "hull_extent", "part_extent"]

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


def part_extent(
    part: Part, gazetteer: Gazetteer, *, file: Path | str | None = None, entry: str | None = None
) -> shapely.Geometry | None:
    """Return the lon/lat extent of an approximate part (``None`` for a whole governorate)."""
    if part.outline is not None:
        return outline_extent(part.outline, part.governorate, file=file, entry=entry)
    if part.hull_of is None:
        return None
    return hull_extent(part.hull_of, part.buffer_km, gazetteer, file=file, entry=entry)


def build_zone_shapes(
    zones: tuple[Zone, ...],
    boundaries: Boundaries,
    gazetteer: Gazetteer,
    *,
    file: Path | str | None = None,
) -> dict[str, ZoneShape]:
    """Return every zone's shape, computed once and shared by all rounds and outputs."""
    shapes: dict[str, ZoneShape] = {}
    for zone in zones:
        entry = f"zone {zone.id}"
        parts, extents = [], []
        for part in zone.parts:
            extent = part_extent(part, gazetteer, file=file, entry=entry)
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
        projected = [to_equal_area(p) for p in parts]
        shapes[zone.id] = ZoneShape(
            zone_id=zone.id,
            pcodes=tuple(zone.governorates),
            parts=tuple(parts),
            extents=tuple(extents),
            areas_km2=tuple(round(float(p.area) / 1e6, 1) for p in projected),
            geometry=polygonal(shapely.union_all(parts, grid_size=_UNION_GRID_DEG)),
            equal_area=polygonal(shapely.union_all(projected, grid_size=0.01)),
        )
    return shapes
