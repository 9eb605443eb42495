"""A map page's frame: the Leaflet map fitted to Syria, its panes, base map and controls.

Shared by the round maps (:mod:`.pages`) and the timeline (:mod:`.timeline`).
"""

from __future__ import annotations

import numpy as np
import xyzservices
from markupsafe import escape

import folium
from folium.map import Layer

from . import folium_adapter as fa
from .assets import LEAFLET_ID
from .context import BuildContext
from .geometry_asset import GLOBAL, leaflet_pixels
from .templating import script

__all__ = [
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
#: The online base map a reader may switch on: no request leaves the page until then.
ONLINE_BASE_MAP = xyzservices.providers.OpenStreetMap.Mapnik
#: True on a phone-sized screen, where the layer control starts folded (see page.js).
COMPACT = "zonemap.compact()"


def new_map(context: BuildContext, title: str, zones_js: str) -> folium.Map:
    """A map page over the Syria extent whose zone layer will draw ``zones_js``."""
    fmap = fa.new_map(head=context.head(), title=str(escape(title)), zoom_snap=ZOOM_SNAP)
    # The extent fitBounds fits, as the preview needs it: south-west, north-east corners in
    # Leaflet's zoom-0 pixels.
    (south, west), (north, east) = SYRIA_BOUNDS
    frame = leaflet_pixels(np.array([[west, south], [east, north]])).tolist()
    view = {"frame": frame, "zoomSnap": ZOOM_SNAP, "leafletId": LEAFLET_ID, "bounds": SYRIA_BOUNDS}
    name = fa.map_name(fmap)
    fa.set_start(fmap, script("start_arguments", name, zones_js, view))
    fa.add_script(fmap, script("panes", name, PANES))
    # Straight to the final view: folium's fit_bounds animates the zoom from zoom_start, so
    # the layers would be drawn twice and the map would visibly zoom in after loading.
    fa.add_script(fmap, script("fit_bounds", name, SYRIA_BOUNDS))
    return fmap


def add_base_layers(fmap: folium.Map) -> list[Layer]:
    """The base map under and around the zones, with the names on it.

    Neighbouring countries, governorates (names on hover), their borders, lakes and rivers,
    highways, the UNDOF area, the outline, town names and an online base map (off).
    Returns the layers a reader may switch on and off, in the layer control's order.
    """
    neighbours = fa.SharedGeoJson(
        f"{GLOBAL}.neighbours",
        "Neighbouring countries",
        style_js=script("base_style", STYLES_JS, "neighbours"),
        on_each_feature_js=script("bind_tooltip"),
        pane="zm-ground",
    )
    neighbours.add_to(fmap)
    governorates = fa.SharedGeoJson(
        f"{GLOBAL}.governorates",
        "Governorates",
        style_js=script("base_style", STYLES_JS, "governorates"),
        on_each_feature_js=script("hover_governorate", STYLES_JS),
        pane="zm-land",
    )
    governorates.add_to(fmap)
    online = fa.ScriptLayer(
        script("tile_layer", ONLINE_BASE_MAP, "zm-tiles"),
        "OpenStreetMap base map (online)",
        show=False,
    )
    online.add_to(fmap)
    fa.SharedGeoJson(
        f"{GLOBAL}.lakes",
        "Lakes",
        style_js=script("base_style", STYLES_JS, "lakes"),
        on_each_feature_js=script("nothing"),
        pane="zm-water",
        interactive=False,
        control=False,
    ).add_to(fmap)
    rivers = fa.SharedGeoJson(
        f"{GLOBAL}.rivers",
        "Rivers",
        style_js=script("base_style", STYLES_JS, "rivers"),
        on_each_feature_js=script("bind_tooltip"),
        pane="zm-water",
    )
    rivers.add_to(fmap)
    fa.SharedGeoJson(
        f"{GLOBAL}.governorates",
        "Governorate borders",
        style_js=script("base_style", STYLES_JS, "borders"),
        on_each_feature_js=script("nothing"),
        pane="zm-lines",
        interactive=False,
        control=False,
    ).add_to(fmap)
    undof = fa.SharedGeoJson(
        f"{GLOBAL}.undof",
        "UNDOF area of separation",
        style_js=script("base_style", STYLES_JS, "undof"),
        on_each_feature_js=script("bind_tooltip"),
        pane="zm-lines",
    )
    undof.add_to(fmap)
    # drawn over the zones, so they take no clicks: their names are written on them instead
    roads = fa.SharedGeoJson(
        f"{GLOBAL}.roads",
        "Highways (M4, M5)",
        style_js=script("base_style", STYLES_JS, "roads"),
        on_each_feature_js=script("nothing"),
        pane="zm-lines",
        interactive=False,
    )
    roads.add_to(fmap)
    fa.SharedGeoJson(
        f"{GLOBAL}.country",
        "Syria outline",
        style_js=script("base_style", STYLES_JS, "country"),
        on_each_feature_js=script("nothing"),
        pane="zm-lines",
        interactive=False,
        control=False,
    ).add_to(fmap)
    towns = fa.ScriptLayer(f"{GLOBAL}.labels({GLOBAL}.places, 'zm-labels')", "Towns and places")
    towns.add_to(fmap)
    return [neighbours, governorates, rivers, roads, undof, towns, online]


def add_zone_names(fmap: folium.Map, zones: Layer) -> Layer:
    """The names of the zones ``zones`` shows, written on them; returns the layer."""
    names = fa.ScriptLayer(f"{GLOBAL}.zoneNames({zones.get_name()}, 'zm-labels')", "Zone names")
    names.add_to(fmap)
    return names
