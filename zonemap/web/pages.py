"""A round's map and the index page (the timeline is in :mod:`.timeline`).

Reads only the build's shared context (atlas tables and display geometry), never the source
files. All catalogue text goes through Jinja's autoescaping before it reaches folium, and from
there only as JSON data (escaped for ``<script>``), so it can never become markup or code.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import folium

from ..records import Post, Round
from ..tables import posts_on
from . import folium_adapter as fa
from .basemap import COMPACT, ZONE_PANE, ZONES_JS, add_base_layers, add_zone_names, new_map
from .chart import validity_chart
from .context import GEOPACKAGE, BuildContext
from .drawing import round_changes, zone_shapes
from .geometry_asset import zone_collection
from .page_text import page_text
from .popups import zone_popup
from .styles import (
    CHANGE_COLOUR,
    ENCIRCLED_MARKER,
    EXTENSION_ALTERNATE,
    POST_COLOUR,
    POST_MARKER,
    legend,
    map_key,
)
from .templating import js_json, render, script

__all__ = ["index_page", "post_popup_key", "round_map", "round_page"]

POST_LAYERS = {
    "standing": "Observation posts and control points",
    "encircled": "Posts encircled by government forces",
}
POST_STATES = {"standing": "observation post", "encircled": "post encircled by government forces"}


def _zone_features(
    context: BuildContext, rows: list[dict[str, Any]], round_: Round, changed: set[str]
) -> str:
    """The page's zones as JavaScript, each zone's popup on the shape a click reaches.

    The shapes are those of :func:`.drawing.zone_shapes`.
    """
    agreed = [row for row in rows if row["extent"] == "agreed"]
    popups = {row["zone_id"]: zone_popup(context, row, round_) for row in agreed}
    features = []
    for key, props in zone_shapes(context.atlas, context.display, rows, round_.end, changed):
        clicks = props.pop("clicks", False)
        features.append((key, {**props, "popup": popups[props["zone_id"]]} if clicks else props))
    return zone_collection(features)


def post_popup_key(post: Post, state: str) -> str:
    """The key of a post's popup in the shared script (one per post and state)."""
    return f"{post.id}:{state}"


def _add_posts(fmap: folium.Map, context: BuildContext, day: dt.date) -> list[fa.SharedGeoJson]:
    """The observation posts standing and encircled on ``day``: one layer each, if any."""
    layers = []
    for state, marker in (("standing", POST_MARKER), ("encircled", ENCIRCLED_MARKER)):
        features = [
            {
                "type": "Feature",
                "properties": {
                    "post": post_popup_key(post, state),
                    "label": f"{post.name}, {POST_STATES[state]}",
                },
                "geometry": {"type": "Point", "coordinates": [post.lon, post.lat]},
            }
            for post in posts_on(context.atlas, day)
            if post.state_on(day) == state
        ]
        if features:
            layer = fa.SharedGeoJson(
                js_json({"type": "FeatureCollection", "features": features}),
                POST_LAYERS[state],
                style_js=script("nothing"),
                on_each_feature_js=script("bind_post_popup"),
                point_js=script("post_marker", marker, "zm-posts"),
                pane="zm-posts",
            )
            layer.add_to(fmap)
            layers.append(layer)
    return layers


def round_page(
    context: BuildContext, round_: Round, previous: Round | None, following: Round | None
) -> str:
    """Return the HTML of one round's map: the zones as of the round's last day."""
    return fa.render_page(round_map(context, round_, previous, following))


def round_map(
    context: BuildContext, round_: Round, previous: Round | None, following: Round | None
) -> folium.Map:
    """Return one round's map, the page :func:`round_page` renders, as a folium map."""
    atlas = context.atlas
    rows = context.rows[round_.id]
    before = context.rows[previous.id] if previous is not None else None
    changes = round_changes(atlas, round_, previous, rows, before)
    zones_js = _zone_features(context, rows, round_, {c.zone_id for c in changes.changes})
    with fa.rendering():
        fmap = new_map(context, f"{round_.name} — de-escalation zones", zones_js)
        base = add_base_layers(fmap)
        zones = fa.SharedGeoJson(
            ZONES_JS,
            "De-escalation zones",
            style_js=script("zone_style"),
            on_each_feature_js=script("bind_zone_popup"),
            pane=ZONE_PANE,
        )
        zones.add_to(fmap)
        names = add_zone_names(fmap, zones)
        posts = _add_posts(fmap, context, round_.end)
        overlays = [fa.listed(layer) for layer in (zones, names, *posts)]
        fa.add_layer_control(fmap, [*overlays, *base], COMPACT)
        panels = render(
            "round_panels.html.j2",
            round=round_,
            page_text=page_text(round_),
            as_of=round_.end,
            zone_count=sum(1 for row in rows if row["extent"] == "agreed"),
            first_zones=_first_zones(context),
            previous=previous,
            next=following,
            changes=changes,
            change_colour=CHANGE_COLOUR,
            post_colour=POST_COLOUR,
            map_key=map_key(changes=True),
            geopackage=GEOPACKAGE,
        )
        fa.add_html(fmap, "zonemap_panels", panels)
        return fmap


def _first_zones(context: BuildContext) -> dict[str, Any]:
    """The round that set up the first zones, and the day: what a map before it says."""
    catalogue = context.atlas.catalogue
    first = min(catalogue.zones, key=lambda zone: zone.validity.established)
    return {
        "name": catalogue.round(first.validity.established_by).name,
        "date": first.validity.established,
    }


def index_page(context: BuildContext) -> str:
    """Return the HTML of the index: every round with links, and the validity chart."""
    atlas = context.atlas
    return render(
        "index.html.j2",
        rounds=atlas.catalogue.rounds,
        chart=validity_chart(atlas),
        legend=legend(),
        alternate=EXTENSION_ALTERNATE,
    )
