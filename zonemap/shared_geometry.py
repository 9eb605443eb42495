"""Geometry written once for every map, and the folium layer that draws from it.

Zones keep their shape from round to round; only status, style and popup change. So the
display geometry (governorates, country outline, UNDOF area, every zone) goes into one script
that all maps share (``assets/zonemap.js``, or inline with ``--inline``), and each round map
carries only what is its own: properties, styles and popups. The same shapes are also there
as SVG paths, already projected, for the still preview a page shows before Leaflet runs.
"""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
from jinja2.utils import htmlsafe_json_dumps

import folium
from folium.map import Layer
from folium.template import Template
from pyproj import Transformer
from shapely.geometry import mapping

from .display import Display

__all__ = [
    "BASE_STYLES",
    "SharedGeoJson",
    "add_base_layers",
    "geometry_script",
    "js_json",
    "leaflet_pixels",
    "zone_collection",
]

GLOBAL = "zonemap"  # the shared script defines window.zonemap
# Leaflet path styles of the base map, shared by the interactive map and its still preview.
BASE_STYLES: dict[str, dict[str, Any]] = {
    "governorates": {"color": "#6b6b6b", "weight": 1, "fillColor": "#fbfaf7", "fillOpacity": 1},
    "undof": {"color": "#444", "weight": 1, "dashArray": "2 3", "fill": False},
    "country": {"color": "#222", "weight": 2, "fill": False},
}


def js_json(value: Any) -> str:
    """Compact JSON that is safe inside an HTML ``<script>`` (``<``, ``>``, ``&`` escaped)."""
    return str(
        htmlsafe_json_dumps(value, dumps=json.dumps, separators=(",", ":"), ensure_ascii=False)
    )


def _feature(geom: Any, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "properties": properties, "geometry": mapping(geom)}


PREVIEW_UNITS = 1000  # preview path units per Leaflet pixel at zoom 0: 0.13 px at zoom 7
_TO_WEB_MERCATOR = Transformer.from_crs(4326, 3857, always_xy=True)
_WORLD_METRES = 2 * math.pi * 6378137  # the width of the EPSG:3857 world


def leaflet_pixels(lonlat: np.ndarray) -> np.ndarray:
    """Leaflet's pixel coordinates at zoom 0 (EPSG:3857, 256 px to the world, y down)."""
    x, y = _TO_WEB_MERCATOR.transform(lonlat[:, 0], lonlat[:, 1])
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


def geometry_script(display: Display, tips: dict[str, str], *, preview: bool = True) -> str:
    """The script that defines ``window.zonemap``: base map features and zone geometries.

    ``tips`` gives the (escaped) hover text of each governorate by P-code. ``preview`` adds
    the projected paths of the still preview, which only pages that link Leaflet draw.
    """
    governorates = [
        _feature(geom, {"pcode": pcode, "tip": tips[pcode]})
        for pcode, geom in zip(
            display.governorates["pcode"], display.governorates.geometry, strict=True
        )
    ]
    shared = {
        "styles": BASE_STYLES,
        "governorates": {"type": "FeatureCollection", "features": governorates},
        "undof": _feature(display.undof, {"tip": "UNDOF area of separation (part of Quneitra)"}),
        "country": _feature(display.country, {}),
        "zones": {zone_id: mapping(geom) for zone_id, geom in sorted(display.zones.items())},
    }
    if preview:
        shared["paths"] = {
            "units": PREVIEW_UNITS,
            "governorates": [_svg_path(geom) for geom in display.governorates.geometry],
            "undof": _svg_path(display.undof),
            "country": _svg_path(display.country),
            "zones": {zone_id: _svg_path(geom) for zone_id, geom in sorted(display.zones.items())},
        }
    # A JSON string parses several times faster than the same data as a JavaScript literal.
    text = json.dumps(shared, separators=(",", ":"), ensure_ascii=False)
    return f"window.{GLOBAL}=JSON.parse({js_json(text)});\n"


def zone_collection(features: list[tuple[str, dict[str, Any]]]) -> str:
    """A JavaScript FeatureCollection: each zone's own properties on the shared geometry."""
    items = ",".join(
        f'{{"type":"Feature","properties":{js_json(props)},'
        f'"geometry":{GLOBAL}.zones[{js_json(zone_id)}]}}'
        for zone_id, props in features
    )
    return f'{{"type":"FeatureCollection","features":[{items}]}}'


class SharedGeoJson(Layer):
    """A vector layer whose data is a JavaScript expression over the shared geometry.

    Parameters
    ----------
    data_js
        The GeoJSON, as JavaScript: ``"zonemap.governorates"`` or :func:`zone_collection`.
    name
        The layer's name in the layer control.
    style_js, on_each_feature_js
        Leaflet's ``style`` and ``onEachFeature`` options, as JavaScript functions.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson({{ this.data_js }}, {
            style: {{ this.style_js }},
            onEachFeature: {{ this.on_each_feature_js }},
            interactive: {{ this.interactive|tojson }},
            smoothFactor: 0.5
        });
        {% endmacro %}
        """
    )

    def __init__(
        self,
        data_js: str,
        name: str,
        *,
        style_js: str,
        on_each_feature_js: str = "function () {}",
        interactive: bool = True,
        control: bool = True,
    ):
        super().__init__(name=name, overlay=True, control=control)
        self._name = "SharedGeoJson"
        self.data_js = data_js
        self.style_js = style_js
        self.on_each_feature_js = on_each_feature_js
        self.interactive = interactive


def add_base_layers(fmap: folium.Map) -> None:
    """The vector base map: governorates (names on hover), UNDOF area, country outline."""
    styles = f"{GLOBAL}.styles"
    SharedGeoJson(
        f"{GLOBAL}.governorates",
        "Governorates",
        style_js=f"function () {{ return {styles}.governorates; }}",
        on_each_feature_js=(
            "function (feature, layer) {"
            " layer.bindTooltip(feature.properties.tip, {sticky: true});"
            ' layer.on("mouseover", function () { layer.setStyle({weight: 2.5, color: "#333"}); });'
            f' layer.on("mouseout", function () {{ layer.setStyle({styles}.governorates); }}); }}'
        ),
    ).add_to(fmap)
    SharedGeoJson(
        f"{GLOBAL}.undof",
        "UNDOF area of separation",
        style_js=f"function () {{ return {styles}.undof; }}",
        on_each_feature_js=(
            "function (feature, layer) {"
            " layer.bindTooltip(feature.properties.tip, {sticky: true}); }"
        ),
    ).add_to(fmap)
    SharedGeoJson(
        f"{GLOBAL}.country",
        "Syria outline",
        style_js=f"function () {{ return {styles}.country; }}",
        interactive=False,
        control=False,
    ).add_to(fmap)
