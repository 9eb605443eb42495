"""The three kinds of page: a round's map, the timeline map and the index.

Reads only the build's shared context (atlas tables and display geometry), never the source
files. All catalogue text goes through Jinja's autoescaping before it reaches folium, and from
there only as JSON data (escaped for ``<script>``), so it can never become markup or code.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from markupsafe import escape

import folium

from ..diff import diff_days
from ..records import Round
from ..tables import posts_on, zone_records
from . import folium_adapter as fa
from .assets import LEAFLET_ID
from .chart import validity_chart
from .context import BuildContext
from .geometry_asset import GLOBAL, leaflet_pixels, zone_collection
from .popups import post_popup, tip, zone_popup
from .styles import (
    APPROXIMATE_DASH,
    CHANGE_COLOUR,
    PALETTE,
    POST_COLOUR,
    POST_MARKER,
    legend,
    zone_style,
)
from .templating import render, script

__all__ = ["SYRIA_BOUNDS", "ZOOM_SNAP", "index_page", "round_page", "timeline_page"]

SYRIA_BOUNDS = [[32.3, 35.6], [37.35, 42.4]]
ZOOM_SNAP = 0.25
_ZONES = f"{GLOBAL}.round"  # the page's zone collection, as zonemap.start stores it
_STYLES = f"{GLOBAL}.styles"
# Long popups scroll rather than cover the map, and open clear of the round's header panel.
_POPUP_OPTIONS = "{maxWidth: 380, maxHeight: 330, autoPanPaddingTopLeft: [20, 170]}"


def _new_map(context: BuildContext, title: str, zones_js: str) -> folium.Map:
    """A map page over the Syria extent whose zone layer will draw ``zones_js``."""
    fmap = fa.new_map(head=context.head(), title=str(escape(title)), zoom_snap=ZOOM_SNAP)
    # The extent fitBounds fits, as the preview needs it: south-west, north-east corners in
    # Leaflet's zoom-0 pixels.
    (south, west), (north, east) = SYRIA_BOUNDS
    frame = leaflet_pixels(np.array([[west, south], [east, north]])).tolist()
    view = {"frame": frame, "zoomSnap": ZOOM_SNAP, "leafletId": LEAFLET_ID}
    name = fa.map_name(fmap)
    fa.set_start(fmap, script("start_arguments", name, zones_js, view))
    # Straight to the final view: folium's fit_bounds animates the zoom from zoom_start, so
    # the layers would be drawn twice and the map would visibly zoom in after loading.
    fa.add_script(fmap, script("fit_bounds", name, SYRIA_BOUNDS))
    return fmap


def _add_base_layers(fmap: folium.Map) -> None:
    """The vector base map: governorates (names on hover), UNDOF area, country outline."""
    fa.SharedGeoJson(
        f"{GLOBAL}.governorates",
        "Governorates",
        style_js=script("base_style", _STYLES, "governorates"),
        on_each_feature_js=script("hover_governorate", _STYLES),
    ).add_to(fmap)
    fa.SharedGeoJson(
        f"{GLOBAL}.undof",
        "UNDOF area of separation",
        style_js=script("base_style", _STYLES, "undof"),
        on_each_feature_js=script("bind_tooltip"),
    ).add_to(fmap)
    fa.SharedGeoJson(
        f"{GLOBAL}.country",
        "Syria outline",
        style_js=script("base_style", _STYLES, "country"),
        on_each_feature_js=script("nothing"),
        interactive=False,
        control=False,
    ).add_to(fmap)


def _zone_features(
    context: BuildContext, rows: list[dict[str, Any]], round_: Round, changed: set[str]
) -> str:
    """The page's zones as JavaScript: status, style and popup on the shared geometry."""
    features = []
    for row in rows:
        props = {
            "zone_id": row["zone_id"],
            "name": row["name"],
            "status": row["status"],
            "precision": row["precision"],
            "popup": zone_popup(context, row, round_),
            "style": zone_style(
                row["status"],
                approximate=row["precision"] == "approximate",
                changed=row["zone_id"] in changed,
            ),
        }
        features.append((row["zone_id"], props))
    return zone_collection(features)


def _add_posts(fmap: folium.Map, context: BuildContext, day: dt.date) -> None:
    features = [
        {
            "type": "Feature",
            "properties": {"popup": post_popup(post), "tip": tip(post.name, post.operator)},
            "geometry": {"type": "Point", "coordinates": [post.lon, post.lat]},
        }
        for post in posts_on(context.atlas, day)
    ]
    if features:
        fa.add_points(
            fmap,
            {"type": "FeatureCollection", "features": features},
            name="Observation posts and control points",
            marker=POST_MARKER,
            on_each_feature_js=script("bind_popup", "popup", _POPUP_OPTIONS),
        )


def round_page(
    context: BuildContext, round_: Round, previous: Round | None, following: Round | None
) -> str:
    """Return the HTML of one round's map: the zones as of the round's last day."""
    atlas = context.atlas
    rows = context.rows[round_.id]
    if previous is not None:
        since, before = atlas.as_of(previous.id), context.rows[previous.id]
    else:
        since = round_.start - dt.timedelta(days=1)
        before = zone_records(atlas, since)
    changes = diff_days(
        atlas,
        since,
        round_.end,
        before=previous.id if previous else "the start",
        after=round_.id,
        rows=(before, rows),
    )
    zones_js = _zone_features(context, rows, round_, {c.zone_id for c in changes.changes})
    with fa.rendering():
        fmap = _new_map(context, f"{round_.name} — de-escalation zones", zones_js)
        _add_base_layers(fmap)
        fa.SharedGeoJson(
            _ZONES,
            "De-escalation zones",
            style_js=script("own_style"),
            on_each_feature_js=script("bind_popup", "popup", _POPUP_OPTIONS),
        ).add_to(fmap)
        _add_posts(fmap, context, round_.end)
        fa.add_layer_control(fmap)
        panels = render(
            "round_panels.html.j2",
            round=round_,
            as_of=round_.end,
            previous=previous,
            next=following,
            changes=changes,
            change_colour=CHANGE_COLOUR,
            legend=legend(),
            show_change=True,
            post_colour=POST_COLOUR,
        )
        fa.add_html(fmap, "zonemap_panels", panels)
        return fa.render_page(fmap)


def _step(context: BuildContext, round_: Round) -> dict[str, Any]:
    zones = {}
    for row in context.rows[round_.id]:
        label = PALETTE[row["status"]][0]
        if row["period_end"]:
            label += f", period ends {row['period_end']}"
        if row["extensions"]:
            label += f", {row['extensions']} extension(s)"
        if row["ended_on"]:
            label += f" on {row['ended_on']}: {row['event']}"
        zones[row["zone_id"]] = {"status": row["status"], "label": label}
    return {"id": round_.id, "name": round_.name, "as_of": round_.end.isoformat(), "zones": zones}


def timeline_page(context: BuildContext) -> str:
    """Return the HTML of the map with a control that steps through every round."""
    atlas = context.atlas
    steps = [_step(context, r) for r in atlas.catalogue.rounds]
    styles = {status: zone_style(status, approximate=False, changed=False) for status in PALETTE}
    features = [
        (z.id, {"zone_id": z.id, "name": z.name, "precision": z.precision})
        for z in atlas.catalogue.zones
    ]
    with fa.rendering():
        fmap = _new_map(context, "De-escalation zones over time", zone_collection(features))
        _add_base_layers(fmap)
        layer = fa.SharedGeoJson(
            _ZONES,
            "De-escalation zones",
            style_js=script("fixed_style", {"opacity": 0, "fillOpacity": 0}),
            on_each_feature_js=script("classify_zones"),
        )
        layer.add_to(fmap)
        fa.add_layer_control(fmap)
        control = render(
            "timeline_control.html.j2",
            steps=steps,
            style=styles,
            legend=legend(),
            show_change=False,
            change_colour=CHANGE_COLOUR,
            post_colour=POST_COLOUR,
        )
        fa.add_html(fmap, "zonemap_control", control)
        script_js = render("timeline.js.j2", layer_name=layer.get_name(), dash=APPROXIMATE_DASH)
        fa.add_script(fmap, script_js)
        return fa.render_page(fmap)


def index_page(context: BuildContext) -> str:
    """Return the HTML of the index: every round with links, and the validity chart."""
    atlas = context.atlas
    return render(
        "index.html.j2",
        rounds=atlas.catalogue.rounds,
        chart=validity_chart(atlas),
        legend=legend(),
    )
