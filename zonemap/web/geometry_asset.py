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

from ..projection import transformer
from .display import Display
from .styles import BASE_STYLES
from .templating import script

__all__ = ["GLOBAL", "PREVIEW_UNITS", "geometry_script", "leaflet_pixels", "zone_collection"]

GLOBAL = "zonemap"  # the shared script defines window.zonemap
# Path units per Leaflet pixel at zoom 0: one unit is 16 m, a tenth of the display geometry's
# simplification, and 0.01 px at zoom 7.
PREVIEW_UNITS = 10_000
_WORLD_METRES = 2 * math.pi * 6378137  # the width of the EPSG:3857 world


def leaflet_pixels(lonlat: np.ndarray) -> np.ndarray:
    """Leaflet's pixel coordinates at zoom 0 (EPSG:3857, 256 px to the world, y down)."""
    x, y = transformer(4326, 3857).transform(lonlat[:, 0], lonlat[:, 1])
    return 256 * np.column_stack([0.5 + x / _WORLD_METRES, 0.5 - y / _WORLD_METRES])


def _svg_path(geom: Any) -> str:
    """SVG path data of a (multi)polygon in Leaflet's pixels at zoom 0, times PREVIEW_UNITS.

    The still preview draws these paths without projecting anything in the browser. Points
    are whole units, each after the first written as a step from the one before: compact.
    """
    rings = []
    for polygon in getattr(geom, "geoms", [geom]):
        for ring in (polygon.exterior, *polygon.interiors):
            pixels = leaflet_pixels(np.asarray(ring.coords))
            points = np.rint(pixels * PREVIEW_UNITS).astype(np.int64)
            steps = np.diff(points, axis=0)
            rings.append(
                f"M{points[0, 0]} {points[0, 1]}l"
                + " ".join(f"{dx} {dy}" for dx, dy in steps)
                + "z"
            )
    return "".join(rings)


def geometry_script(
    display: Display,
    tips: dict[str, str],
    lost: dict[str, str],
    posts: dict[str, str],
) -> str:
    """The script that defines ``window.zonemap``: base map features and zone geometries.

    ``tips`` gives the (escaped) hover text of each governorate by P-code and ``lost`` the
    (escaped) popup of each lost piece by shape key, ``posts`` that of each observation post
    by post and state: the same on every page. The geometry is in ``paths``; the base map's
    features carry only their properties until ``page.js`` gives them their shapes.
    """
    shared = {
        "styles": BASE_STYLES,
        "governorates": [{"pcode": pcode, "tip": tips[pcode]} for pcode in display.pcodes],
        "undof": {"tip": "UNDOF area of separation (part of Quneitra)"},
        "country": {},
        "lost": dict(sorted(lost.items())),
        "posts": dict(sorted(posts.items())),
        "paths": {
            "units": PREVIEW_UNITS,
            "governorates": [_svg_path(geom) for geom in display.governorates],
            "undof": _svg_path(display.undof),
            "country": _svg_path(display.country),
            "shapes": {key: _svg_path(geom) for key, geom in sorted(display.shapes.items())},
        },
    }
    # A JSON string parses several times faster than the same data as a JavaScript literal.
    text = json.dumps(shared, separators=(",", ":"), ensure_ascii=False)
    return script("shared_data", GLOBAL, text)


def zone_collection(features: list[tuple[str, dict[str, Any]]]) -> str:
    """A JavaScript FeatureCollection: each feature's own properties on a shared shape.

    ``features`` are (shape key, properties) pairs; the key is also kept as ``shape``.
    """
    items = ",".join(
        script("zone_feature", GLOBAL, key, {**props, "shape": key}) for key, props in features
    )
    return f'{{"type":"FeatureCollection","features":[{items}]}}'
