"""Geometry simplified for display, computed once per build and shared by every map.

Governorates are simplified as a coverage (shared borders simplified once, so no gaps or
overlaps open between neighbours), then each zone part is re-cut from its simplified
governorate with its simplified extent, so zone edges that follow a governorate border sit
exactly on the drawn border. Tolerances are in metres in the equal-area CRS and keep every
displayed line within 100 m of the source (tests check the Hausdorff distance).
"""

from __future__ import annotations

from dataclasses import dataclass

import shapely

from ..atlas import Atlas
from ..boundaries import polygonal
from ..projection import to_equal_area, to_lonlat

__all__ = ["DISPLAY_TOLERANCE_M", "PRECISION", "Display", "display_geometry"]

DISPLAY_TOLERANCE_M = 150.0  # coverage simplification; measured Hausdorff stays under 100 m
_EXTENT_TOLERANCE_M = 80.0  # Douglas-Peucker bounds the shift of extents by this directly
PRECISION = 1e-5  # displayed coordinates: 5 decimals, about 1 m


@dataclass(frozen=True)
class Display:
    """Display geometries in EPSG:4326: governorates (in P-code order), country, UNDOF, zones."""

    pcodes: tuple[str, ...]
    governorates: tuple[shapely.Geometry, ...]
    country: shapely.Geometry
    undof: shapely.Geometry
    zones: dict[str, shapely.Geometry]


def _to_degrees(geom: shapely.Geometry) -> shapely.Geometry:
    return shapely.set_precision(to_lonlat(geom), PRECISION)


def display_geometry(atlas: Atlas) -> Display:
    """Return the simplified geometry every map draws."""
    projected = [to_equal_area(geom) for geom in atlas.boundaries.geometries]
    simplified = shapely.coverage_simplify(projected, DISPLAY_TOLERANCE_M)
    governorates = tuple(_to_degrees(geom) for geom in simplified)
    by_pcode = dict(zip(atlas.boundaries.pcodes, governorates, strict=True))

    zones = {}
    for zone in atlas.catalogue.zones:
        parts = []
        for part, extent in zip(zone.parts, atlas.shapes[zone.id].extents, strict=True):
            whole = by_pcode[part.governorate]
            if extent is not None:
                extent = _to_degrees(to_equal_area(extent).simplify(_EXTENT_TOLERANCE_M))
                whole = shapely.intersection(whole, extent)
            parts.append(whole)
        zones[zone.id] = polygonal(shapely.set_precision(shapely.union_all(parts), PRECISION))

    undof = to_equal_area(atlas.undof).simplify(DISPLAY_TOLERANCE_M / 2)
    return Display(
        pcodes=tuple(atlas.boundaries.pcodes),
        governorates=governorates,
        country=shapely.set_precision(shapely.coverage_union_all(governorates), PRECISION),
        undof=_to_degrees(undof),
        zones=zones,
    )
