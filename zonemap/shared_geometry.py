"""Geometry written once for every map, and the folium layer that draws from it.

Zones keep their shape from round to round; only status, style and popup change. So the
display geometry (governorates, country outline, UNDOF area, every zone) goes into one script
that all maps share (``assets/zonemap.js``, or inline with ``--inline``), and each round map
carries only what is its own: properties, styles and popups.
"""

from __future__ import annotations

import json
from typing import Any

from jinja2.utils import htmlsafe_json_dumps

import folium
from folium.map import Layer
from folium.template import Template
from shapely.geometry import mapping

from .display import Display

__all__ = ["SharedGeoJson", "add_base_layers", "geometry_script", "js_json", "zone_collection"]

GLOBAL = "zonemap"  # the shared script defines window.zonemap


def js_json(value: Any) -> str:
    """Compact JSON that is safe inside an HTML ``<script>`` (``<``, ``>``, ``&`` escaped)."""
    return str(
        htmlsafe_json_dumps(value, dumps=json.dumps, separators=(",", ":"), ensure_ascii=False)
    )


def _feature(geom: Any, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "properties": properties, "geometry": mapping(geom)}


def geometry_script(display: Display, tips: dict[str, str]) -> str:
    """The script that defines ``window.zonemap``: base map features and zone geometries.

    ``tips`` gives the (escaped) hover text of each governorate by P-code.
    """
    governorates = [
        _feature(geom, {"pcode": pcode, "tip": tips[pcode]})
        for pcode, geom in zip(
            display.governorates["pcode"], display.governorates.geometry, strict=True
        )
    ]
    shared = {
        "governorates": {"type": "FeatureCollection", "features": governorates},
        "undof": _feature(display.undof, {"tip": "UNDOF area of separation (part of Quneitra)"}),
        "country": _feature(display.country, {}),
        "zones": {zone_id: mapping(geom) for zone_id, geom in sorted(display.zones.items())},
    }
    return f"window.{GLOBAL}={js_json(shared)};\n"


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
    base = '{"color":"#6b6b6b","weight":1,"fillColor":"#fbfaf7","fillOpacity":1}'
    SharedGeoJson(
        f"{GLOBAL}.governorates",
        "Governorates",
        style_js=f"function () {{ return {base}; }}",
        on_each_feature_js=(
            "function (feature, layer) {"
            " layer.bindTooltip(feature.properties.tip, {sticky: true});"
            ' layer.on("mouseover", function () { layer.setStyle({weight: 2.5, color: "#333"}); });'
            f' layer.on("mouseout", function () {{ layer.setStyle({base}); }}); }}'
        ),
    ).add_to(fmap)
    SharedGeoJson(
        f"{GLOBAL}.undof",
        "UNDOF area of separation",
        style_js=(
            'function () { return {"color":"#444","weight":1,"dashArray":"2 3","fill":false}; }'
        ),
        on_each_feature_js=(
            "function (feature, layer) {"
            " layer.bindTooltip(feature.properties.tip, {sticky: true}); }"
        ),
    ).add_to(fmap)
    SharedGeoJson(
        f"{GLOBAL}.country",
        "Syria outline",
        style_js='function () { return {"color":"#222","weight":2,"fill":false}; }',
        interactive=False,
        control=False,
    ).add_to(fmap)
