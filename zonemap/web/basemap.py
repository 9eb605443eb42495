"""A map page's frame: the Leaflet map fitted to Syria, its panes, base map and controls.

Shared by the round maps (:mod:`.pages`) and the timeline (:mod:`.timeline`).
"""

from __future__ import annotations

import numpy as np
from markupsafe import escape

import folium

from . import folium_adapter as fa
from .assets import LEAFLET_ID
from .context import BuildContext
from .geometry_asset import GLOBAL, leaflet_pixels
from .templating import script

__all__ = [
    "COMPACT",
    "PANES",
    "STYLES_JS",
    "SYRIA_BOUNDS",
    "ZONES_JS",
    "ZONE_PANE",
    "ZOOM_SNAP",
    "add_base_layers",
    "new_map",
]

SYRIA_BOUNDS = [[32.3, 35.6], [37.35, 42.4]]
ZOOM_SNAP = 0.25
ZONES_JS = f"{GLOBAL}.round"  # the page's zone collection, as zonemap.start stores it
STYLES_JS = f"{GLOBAL}.styles"
#: Leaflet map panes, bottom to top, with their z-index (Leaflet's own overlay pane, 400,
#: holds the zones): each layer draws in its pane, so its place holds whatever is switched off
#: and on again. Land under the zones; borders, the UNDOF line and the outline over them;
#: posts over everything but tooltips (650) and popups (700).
PANES = (("zm-land", 350), ("zm-lines", 450), ("zm-posts", 620))
ZONE_PANE = "overlayPane"
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


def add_base_layers(fmap: folium.Map) -> list[fa.SharedGeoJson]:
    """The vector base map: governorates (names on hover), their borders, UNDOF area, outline.

    Returns the layers a reader may switch off.
    """
    governorates = fa.SharedGeoJson(
        f"{GLOBAL}.governorates",
        "Governorates",
        style_js=script("base_style", STYLES_JS, "governorates"),
        on_each_feature_js=script("hover_governorate", STYLES_JS),
        pane="zm-land",
    )
    governorates.add_to(fmap)
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
    fa.SharedGeoJson(
        f"{GLOBAL}.country",
        "Syria outline",
        style_js=script("base_style", STYLES_JS, "country"),
        on_each_feature_js=script("nothing"),
        pane="zm-lines",
        interactive=False,
        control=False,
    ).add_to(fmap)
    return [governorates, undof]
