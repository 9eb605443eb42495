"""A map page's frame: the Leaflet map fitted to Syria, its panes, base map and controls.

Shared by the round maps (:mod:`.pages`) and the timeline (:mod:`.timeline`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import xyzservices
from markupsafe import escape

import folium
from folium.map import Layer

from . import folium_adapter as fa
from .assets import LEAFLET_ID
from .context import BuildContext
from .geometry_asset import GLOBAL, leaflet_pixels
from .templating import js_json, script

__all__ = [
    "BASE_LAYERS",
    "COMPACT",
    "ONLINE_BASE_MAP",
    "PANES",
    "STYLES_JS",
    "SYRIA_BOUNDS",
    "ZONES_JS",
    "ZONE_PANE",
    "ZOOM_SNAP",
    "add_base_layers",
    "add_zone_names",
    "base_map_data",
    "new_map",
]

SYRIA_BOUNDS = [[32.3, 35.6], [37.35, 42.4]]
ZOOM_SNAP = 0.25
ZONES_JS = f"{GLOBAL}.round"  # the page's zone collection, as zonemap.start stores it
STYLES_JS = f"{GLOBAL}.styles"
#: Leaflet map panes, bottom to top, with their z-index (Leaflet's own overlay pane, 400,
#: holds the zones): each layer draws in its pane, so its place holds whatever is switched off
#: and on again. Neighbouring countries, then Syria's land, an online base map if chosen,
#: lakes and rivers under the zones; borders, highways, the UNDOF line and the outline over
#: them; names, then posts over everything but tooltips (650) and popups (700).
PANES = (
    ("zm-ground", 330),
    ("zm-land", 350),
    ("zm-tiles", 355),
    ("zm-water", 360),
    ("zm-lines", 450),
    ("zm-labels", 610),
    ("zm-posts", 620),
)
ZONE_PANE = "overlayPane"
BASE = "zm_base"  # the page's variable holding the base map's listed layers, by name
#: The online base map a reader may switch on: no request leaves the page until then.
ONLINE_BASE_MAP = xyzservices.providers.OpenStreetMap.Mapnik
#: True on a phone-sized screen, where the layer control starts folded (see page.js).
COMPACT = "zonemap.compact()"


def view_frame() -> list[list[float]]:
    """The extent every map fits, as its still picture needs it.

    Its south-west and north-east corners, in Leaflet's zoom-0 pixels.
    """
    (south, west), (north, east) = SYRIA_BOUNDS
    return leaflet_pixels(np.array([[west, south], [east, north]])).tolist()


def new_map(context: BuildContext, title: str, zones_js: str) -> folium.Map:
    """A map page over the Syria extent whose zone layer will draw ``zones_js``."""
    fmap = fa.new_map(head=context.head(), title=str(escape(title)), zoom_snap=ZOOM_SNAP)
    view = {
        "frame": context.frame,
        "zoomSnap": ZOOM_SNAP,
        "leafletId": LEAFLET_ID,
        "bounds": SYRIA_BOUNDS,
    }
    name = fa.map_name(fmap)
    fa.set_start(fmap, script("start_arguments", name, zones_js, view))
    fa.add_script(fmap, script("panes", name, PANES))
    # Straight to the final view: folium's fit_bounds animates the zoom from zoom_start, so
    # the layers would be drawn twice and the map would visibly zoom in after loading.
    fa.add_script(fmap, script("fit_bounds", name, SYRIA_BOUNDS))
    return fmap


#: The base map's layers, drawn by the shared script (``zonemap.baseMap`` in page.js), so
#: each page carries one line for them: (shared data, name in the layer control or "" when
#: not listed, base style, pane, what the pointer gets: "tip", "hover" or "" for nothing).
BASE_LAYERS = (
    ("neighbours", "Neighbouring countries", "neighbours", "zm-ground", "tip"),
    ("governorates", "Governorates", "governorates", "zm-land", "hover"),
    ("lakes", "", "lakes", "zm-water", ""),
    ("rivers", "Rivers", "rivers", "zm-water", "tip"),
    ("governorates", "", "borders", "zm-lines", ""),
    ("undof", "UNDOF area of separation", "undof", "zm-lines", "tip"),
    # over the zones, so they take no clicks: their numbers are written on them instead
    ("roads", "Highways (M4, M5)", "roads", "zm-lines", ""),
    ("country", "", "country", "zm-lines", ""),
)
TOWNS_LAYER = "Towns and places"
ONLINE_LAYER = "OpenStreetMap base map (online)"


def base_map_data() -> dict[str, Any]:
    """What the shared script needs to draw the base map on any page."""
    layers = [
        {"data": data, "name": name, "style": style, "pane": pane, "pointer": pointer}
        for data, name, style, pane, pointer in BASE_LAYERS
    ]
    tiles = {
        "name": ONLINE_LAYER,
        "url": ONLINE_BASE_MAP.build_url(),
        "attribution": ONLINE_BASE_MAP.html_attribution,
        "maxZoom": ONLINE_BASE_MAP.max_zoom,
        "pane": "zm-tiles",
    }
    return {"layers": layers, "towns": TOWNS_LAYER, "labelPane": "zm-labels", "tiles": tiles}


def add_base_layers(fmap: folium.Map) -> list[tuple[str, str]]:
    """The base map under and around the zones, with the names on it.

    Neighbouring countries, governorates (names on hover), their borders, lakes and rivers,
    highways, the UNDOF area, the outline, town names and an online base map (off).
    Returns the (name, JavaScript) of each layer a reader may switch on and off.
    """
    fa.add_script(fmap, script("base_map", BASE, fa.map_name(fmap)))
    names = [name for _data, name, _style, _pane, _pointer in BASE_LAYERS if name]
    return [(name, f"{BASE}[{js_json(name)}]") for name in [*names, TOWNS_LAYER, ONLINE_LAYER]]


def add_zone_names(fmap: folium.Map, zones: Layer) -> fa.ScriptLayer:
    """The names of the zones ``zones`` shows, written on them; returns the layer."""
    names = fa.ScriptLayer(f"{GLOBAL}.zoneNames({zones.get_name()}, 'zm-labels')", "Zone names")
    names.add_to(fmap)
    return names
