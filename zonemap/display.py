"""Geometry simplified for display, computed once and shared by every map.

Governorates are simplified as a coverage (shared borders simplified once, so no gaps or
overlaps open between neighbours), then each zone part is re-cut from its simplified
governorate with its simplified extent, so zone edges that follow a governorate border sit
exactly on the drawn border. Tolerances are in metres in the equal-area CRS and keep every
displayed line within 100 m of the source (tests check the Hausdorff distance).
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import shapely

from .boundaries import EQUAL_AREA, load_undof, polygonal
from .rounds import Atlas

__all__ = ["DISPLAY_TOLERANCE_M", "Display", "display_geometry"]

DISPLAY_TOLERANCE_M = 150.0  # coverage simplification; measured Hausdorff stays under 100 m
_EXTENT_TOLERANCE_M = 80.0  # Douglas-Peucker bounds the shift of extents by this directly
PRECISION = 1e-5  # displayed coordinates: 5 decimals, about 1 m


@dataclass(frozen=True)
class Display:
    """Display geometries in EPSG:4326: governorates, country, UNDOF area, zones by id."""

    governorates: gpd.GeoDataFrame
    country: shapely.Geometry
    undof: shapely.Geometry
    zones: dict[str, shapely.Geometry]


def _to_degrees(geoms: list[shapely.Geometry]) -> list[shapely.Geometry]:
    series = gpd.GeoSeries(geoms, crs=EQUAL_AREA).to_crs(4326)
    return list(shapely.set_precision(series.values, PRECISION))


def display_geometry(atlas: Atlas) -> Display:
    """Return the simplified geometry every map draws."""
    projected = atlas.governorates.to_crs(EQUAL_AREA)
    simplified = shapely.coverage_simplify(projected.geometry.values, DISPLAY_TOLERANCE_M)
    governorates = atlas.governorates.copy()
    governorates["geometry"] = _to_degrees(list(simplified))
    by_pcode = dict(zip(governorates["pcode"], governorates.geometry, strict=True))

    zones = {}
    for zone in atlas.catalogue.zones:
        parts = []
        for part, extent in zip(zone.parts, atlas.shapes[zone.id].extents, strict=True):
            whole = by_pcode[part.governorate]
            if extent is not None:
                extent = gpd.GeoSeries([extent], crs=4326).to_crs(EQUAL_AREA).iloc[0]
                extent = _to_degrees([extent.simplify(_EXTENT_TOLERANCE_M)])[0]
                whole = shapely.intersection(whole, extent)
            parts.append(whole)
        zones[zone.id] = polygonal(shapely.set_precision(shapely.union_all(parts), PRECISION))

    undof = load_undof().to_crs(EQUAL_AREA).geometry.simplify(DISPLAY_TOLERANCE_M / 2)
    return Display(
        governorates=governorates,
        country=shapely.set_precision(
            shapely.coverage_union_all(governorates.geometry.values), PRECISION
        ),
        undof=_to_degrees(list(undof))[0],
        zones=zones,
    )
