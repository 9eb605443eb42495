"""The one equal-area projection zonemap measures in, and the transforms to and from it.

Lambert azimuthal equal-area centred on Syria: areas in km² without the distortion of Web
Mercator or of a global equal-area projection's far-off centre. Geometries are kept in
EPSG:4326 (lon/lat) everywhere else.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import shapely

if TYPE_CHECKING:
    from pyproj import CRS, Transformer

__all__ = ["EQUAL_AREA", "area_km2", "to_equal_area", "to_lonlat", "transformer"]

#: The equal-area CRS as a PROJ string, which pyproj, geopandas and GDAL all accept.
EQUAL_AREA = "+proj=laea +lat_0=35 +lon_0=38.5 +datum=WGS84 +units=m +no_defs"


@cache
def transformer(source: CRS | int | str, target: CRS | int | str) -> Transformer:
    """Return the (cached) lon/lat-ordered transformer from ``source`` to ``target``."""
    from pyproj import Transformer  # only when something is projected: not for a kept atlas

    return Transformer.from_crs(source, target, always_xy=True)


def to_equal_area(geom: shapely.Geometry) -> shapely.Geometry:
    """Return a lon/lat geometry (or array of them) in :data:`EQUAL_AREA` metres."""
    # the key is the EPSG code, not the CRS object, whose hash writes out its WKT every call
    return shapely.transform(geom, transformer(4326, EQUAL_AREA).transform, interleaved=False)


def to_lonlat(geom: shapely.Geometry) -> shapely.Geometry:
    """Return a geometry (or array of them) in :data:`EQUAL_AREA` metres as lon/lat."""
    return shapely.transform(geom, transformer(EQUAL_AREA, 4326).transform, interleaved=False)


def area_km2(geom: shapely.Geometry) -> float:
    """Return the area of a lon/lat geometry in km², rounded to 0.1 km².

    Examples
    --------
    >>> round(area_km2(shapely.box(36.0, 35.0, 36.1, 35.1)), 0)
    101.0
    """
    return round(float(shapely.area(to_equal_area(geom))) / 1e6, 1)
