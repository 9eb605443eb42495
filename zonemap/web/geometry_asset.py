"""The shared geometry asset: every map's display geometry, written once into ``zonemap.js``.

Zones keep their shape from round to round; only status, style and popup change. So the
display geometry (governorates, country outline, UNDOF area, every zone) goes into one script
that all maps share (``assets/zonemap.js``, or inline with ``--inline``), and each round map
carries only what is its own: properties, styles and popups. Each shape is stored once, as an
SVG path already projected to Leaflet's zoom-0 pixels: the still preview a page shows before
Leaflet runs draws it as it is, and ``page.js`` turns it back into lon/lat for Leaflet.
"""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import polyline
from markupsafe import escape

import shapely

from ..projection import transformer
from .display import Display
from .styles import BASE_STYLES
from .templating import script

__all__ = [
    "GLOBAL",
    "PREVIEW_UNITS",
    "geometry_script",
    "leaflet_pixels",
    "popups_script",
    "zone_collection",
]

GLOBAL = "zonemap"  # the shared script defines window.zonemap
# Path units per Leaflet pixel at zoom 0: one unit is 16 m, a tenth of the display geometry's
# simplification, and 0.01 px at zoom 7.
PREVIEW_UNITS = 10_000
# The surroundings (neighbours, lakes, rivers), simplified to 500 m, need no finer grid than
# a tenth of that: a digit less per number, a quarter less of the shared script's geometry.
SURROUNDINGS_UNITS = 1_000
_WORLD_METRES = 2 * math.pi * 6378137  # the width of the EPSG:3857 world
_ROAD_NUMBERS_AT = (0.3, 0.7)  # shares of a highway's length where its number is written


def leaflet_pixels(lonlat: np.ndarray) -> np.ndarray:
    """Leaflet's pixel coordinates at zoom 0 (EPSG:3857, 256 px to the world, y down)."""
    x, y = transformer(4326, 3857).transform(lonlat[:, 0], lonlat[:, 1])
    return 256 * np.column_stack([0.5 + x / _WORLD_METRES, 0.5 - y / _WORLD_METRES])


def _polyline_run(coords: Any, units: int) -> str:
    points = np.rint(leaflet_pixels(np.asarray(coords)) * units).astype(np.int64)
    return polyline.encode(points.tolist(), precision=0)


def _polyline_path(geom: Any, units: int = PREVIEW_UNITS) -> str:
    """A (multi)polygon or (multi)line in Leaflet's zoom-0 pixels, in Encoded Polyline runs.

    Points are whole units (PREVIEW_UNITS to a pixel) written as Google's Encoded Polyline
    at precision 0, so no point moves: x then y, each point after a run's first a step from
    the one before. Runs (a polygon's rings, a line's parts) are parted by a space, which
    the format never uses. The still picture and Leaflet both draw from the decoded numbers.

    >>> _polyline_path(shapely.LineString([(0, 0), (1, 0)]), units=1)
    '_G_GA?'
    """
    runs = []
    for part in shapely.get_parts(geom):
        if part.geom_type == "LineString":
            runs.append(_polyline_run(part.coords, units))
        else:
            rings = (part.exterior, *part.interiors)
            runs.extend(_polyline_run(ring.coords, units) for ring in rings)
    return " ".join(runs)


def _place_labels(display: Display) -> list[list[Any]]:
    """Every name of the surroundings as [name, lon, lat, rank, kind] (see page.js labels).

    Ranks: governorate seats, neighbouring countries, seas and highway numbers 1; other
    towns 2; smaller places 3 (zone names, rank 0, come from each page's zones). A highway's
    number is written at a few points along it.
    """
    kinds = ("seat", "town", "village")
    towns = [[t.name, t.lon, t.lat, t.rank + 1, kinds[t.rank]] for t in display.landmarks.towns]
    countries = [[name, lon, lat, 1, "country"] for name, lon, lat in display.country_labels]
    seas = [[s.name, s.lon, s.lat, 1, "sea"] for s in display.landmarks.seas]
    roads = []
    for road in display.landmarks.roads:
        for share in _ROAD_NUMBERS_AT:
            point = road.geometry.interpolate(share, normalized=True)
            roads.append([road.short, round(point.x, 4), round(point.y, 4), 1, "road"])
    return towns + countries + seas + roads


def geometry_script(display: Display, tips: dict[str, str], base: dict[str, Any]) -> str:
    """The script that defines ``window.zonemap``: base map features and zone geometries.

    ``tips`` gives the (escaped) hover text of each governorate by P-code, ``base`` how to
    draw the base map (:func:`.basemap.base_map_data`): the same on every page. The
    geometry is in ``paths``; the base map's features carry only their properties until
    ``page.js`` gives them their shapes.
    """
    landmarks, coarse = display.landmarks, SURROUNDINGS_UNITS
    shared = {
        "styles": BASE_STYLES,
        "base": base,
        "governorates": [{"pcode": pcode, "tip": tips[pcode]} for pcode in display.pcodes],
        "undof": {"tip": "UNDOF area of separation (part of Quneitra)"},
        "country": {},
        "neighbours": [{"tip": str(escape(c.name))} for c in landmarks.countries],
        "rivers": [{"tip": str(escape(r.name))} for r in landmarks.rivers],
        "roads": [{"name": str(escape(r.name))} for r in landmarks.roads],
        "places": _place_labels(display),
        "paths": {
            "units": PREVIEW_UNITS,
            "coarse": SURROUNDINGS_UNITS,  # the units of neighbours, lakes and rivers
            "governorates": [_polyline_path(geom) for geom in display.governorates],
            "undof": _polyline_path(display.undof),
            "country": _polyline_path(display.country),
            "shapes": {key: _polyline_path(geom) for key, geom in sorted(display.shapes.items())},
            "neighbours": [_polyline_path(c.geometry, coarse) for c in landmarks.countries],
            "lakes": _polyline_path(
                shapely.union_all([x.geometry for x in landmarks.lakes]), coarse
            ),
            "rivers": [_polyline_path(r.geometry, coarse) for r in landmarks.rivers],
            "roads": [_polyline_path(r.geometry) for r in landmarks.roads],
            "labels": dict(sorted(display.label_points.items())),
        },
    }
    # A JSON string parses several times faster than the same data as a JavaScript literal.
    text = _json(shared)
    return script("shared_data", GLOBAL, text)


def popups_script(lost: dict[str, str], posts: dict[str, str]) -> str:
    """The script that gives ``zonemap`` the popups every page shares, as JSON text.

    ``lost`` is the (escaped) popup of each lost piece by shape key, ``posts`` that of each
    observation post by post and state. They are half the shared data and wanted only when
    a reader clicks, so a linked page loads them after its first picture
    (``popups.js``), and ``page.js`` parses them on first use.
    """
    text = _json({"lost": dict(sorted(lost.items())), "posts": dict(sorted(posts.items()))})
    return script("popups_data", GLOBAL, text)


def _json(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def zone_collection(features: list[tuple[str, dict[str, Any]]]) -> str:
    """A JavaScript FeatureCollection: each feature's own properties on a shared shape.

    ``features`` are (shape key, properties) pairs; the key is also kept as ``shape``.
    """
    items = ",".join(
        script("zone_feature", GLOBAL, key, {**props, "shape": key}) for key, props in features
    )
    return f'{{"type":"FeatureCollection","features":[{items}]}}'
