"""Build zone shapes from whole or partial governorates. Never renders, never reads files.

An ``approximate`` part is its governorate clipped to an extent defined in lon/lat (an outline,
or the buffered convex hull of named towns), so the extent is the same whichever boundary
layer is loaded; only the clip follows the boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPoint, Polygon

from .boundaries import EQUAL_AREA, polygonal
from .catalog import Part, Zone
from .errors import CatalogueError
from .gazetteer import Gazetteer

__all__ = ["ZoneShape", "build_zone_shapes", "part_extent"]

_TO_METRES = Transformer.from_crs(4326, EQUAL_AREA, always_xy=True)
_TO_DEGREES = Transformer.from_crs(EQUAL_AREA, 4326, always_xy=True)
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


def part_extent(
    part: Part, gazetteer: Gazetteer, *, file: Path | str | None = None, entry: str | None = None
) -> shapely.Geometry | None:
    """Return the lon/lat extent of an approximate part (``None`` for a whole governorate)."""
    if part.outline is not None:
        polygon = Polygon(part.outline)
        if not polygon.is_valid:
            reason = shapely.is_valid_reason(polygon)
            raise CatalogueError(
                f"outline for {part.governorate} is not a valid polygon ({reason})",
                file=file,
                entry=entry,
            )
        return polygon
    if part.hull_of is None:
        return None
    points = [gazetteer.place(name, file=file, entry=entry) for name in part.hull_of]
    hull = MultiPoint([_TO_METRES.transform(p.lon, p.lat) for p in points]).convex_hull
    hull = hull.buffer(part.buffer_km * 1000, quad_segs=8)
    return shapely.transform(hull, _TO_DEGREES.transform, interleaved=False)


def build_zone_shapes(
    zones: tuple[Zone, ...],
    governorates: gpd.GeoDataFrame,
    gazetteer: Gazetteer,
    *,
    file: Path | str | None = None,
) -> dict[str, ZoneShape]:
    """Return every zone's shape, computed once and shared by all rounds and outputs."""
    by_pcode = dict(zip(governorates["pcode"], governorates.geometry, strict=True))
    shapes: dict[str, ZoneShape] = {}
    for zone in zones:
        entry = f"zone {zone.id}"
        parts, extents = [], []
        for part in zone.parts:
            extent = part_extent(part, gazetteer, file=file, entry=entry)
            extents.append(extent)
            whole = by_pcode[part.governorate]
            clipped = whole if extent is None else shapely.intersection(whole, extent)
            clipped = polygonal(clipped)
            if clipped.is_empty:
                raise CatalogueError(
                    f"the extent for {part.governorate} does not overlap that governorate",
                    file=file,
                    entry=entry,
                )
            parts.append(clipped)
        projected = gpd.GeoSeries(parts, crs=4326).to_crs(EQUAL_AREA)
        areas = projected.area / 1e6
        shapes[zone.id] = ZoneShape(
            zone_id=zone.id,
            pcodes=tuple(zone.governorates),
            parts=tuple(parts),
            extents=tuple(extents),
            areas_km2=tuple(round(float(a), 1) for a in areas),
            geometry=polygonal(shapely.union_all(parts, grid_size=_UNION_GRID_DEG)),
            equal_area=polygonal(shapely.union_all(projected.values, grid_size=0.01)),
        )
    return shapes
