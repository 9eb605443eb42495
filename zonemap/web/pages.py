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
from ..records import Post, Round
from ..tables import posts_on, zone_records
from ..validity import IN_FORCE
from . import folium_adapter as fa
from .assets import LEAFLET_ID
from .chart import validity_chart
from .context import BuildContext
from .display import agreed_key, held_key, piece_key
from .geometry_asset import GLOBAL, leaflet_pixels, zone_collection
from .popups import zone_popup
from .styles import (
    CHANGE_COLOUR,
    ENCIRCLED_MARKER,
    LOST_LABEL,
    LOST_STYLE,
    PALETTE,
    POST_COLOUR,
    POST_MARKER,
    agreed_style,
    held_style,
    legend,
)
from .templating import render, script

__all__ = [
    "SYRIA_BOUNDS",
    "ZOOM_SNAP",
    "index_page",
    "post_popup_key",
    "round_page",
    "timeline_page",
]

SYRIA_BOUNDS = [[32.3, 35.6], [37.35, 42.4]]
ZOOM_SNAP = 0.25
_ZONES = f"{GLOBAL}.round"  # the page's zone collection, as zonemap.start stores it
_STYLES = f"{GLOBAL}.styles"
# Long popups scroll rather than cover the map, and open clear of the round's header panel.
_POPUP_OPTIONS = "{maxWidth: 380, maxHeight: 330, autoPanPaddingTopLeft: [20, 170]}"
POST_LAYERS = {
    "standing": "Observation posts and control points",
    "encircled": "Posts encircled by government forces",
}


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
    """The page's zones as JavaScript: lost land, held extent and agreed outline, per zone."""
    atlas = context.atlas
    features = []
    for row in rows:
        if row["extent"] != "agreed":
            continue
        zone_id = row["zone_id"]
        state = atlas.held_on(zone_id, round_.end)
        held = next((r for r in rows if r["zone_id"] == zone_id and r["extent"] == "held"), None)
        popup = zone_popup(context, row, round_)
        base = {"zone_id": zone_id, "name": row["name"], "status": row["status"]}
        if held is not None:
            for piece in state.pieces:
                features.append((piece_key(zone_id, piece), {**base, "role": "lost"}))
            held_props = {
                **base,
                "role": "held",
                "popup": popup,
                "style": held_style(row["status"]),
            }
            features.append((held_key(state), held_props))
        # An ended zone drawn inside another is outlined only, so it does not grey out land
        # the other still holds.
        inside = atlas.catalogue.zone(zone_id).held_within is not None
        style = agreed_style(
            row["status"],
            approximate=row["precision"] == "approximate",
            changed=zone_id in changed,
            filled=held is None and not inside,
        )
        agreed = {**base, "role": "agreed", "precision": row["precision"], "style": style}
        if held is None:
            agreed["popup"] = popup  # otherwise the held extent and lost land take the clicks
        features.append((agreed_key(zone_id), agreed))
    # Zones no longer in force go underneath those still in force.
    features.sort(key=lambda f: f[1]["status"] in IN_FORCE)
    return zone_collection([f for f in features if f[0] in context.display.shapes])


def post_popup_key(post: Post, state: str) -> str:
    """The key of a post's popup in the shared script (one per post and state)."""
    return f"{post.id}:{state}"


def _add_posts(fmap: folium.Map, context: BuildContext, day: dt.date) -> None:
    for state, marker in (("standing", POST_MARKER), ("encircled", ENCIRCLED_MARKER)):
        features = [
            {
                "type": "Feature",
                "properties": {"post": post_popup_key(post, state)},
                "geometry": {"type": "Point", "coordinates": [post.lon, post.lat]},
            }
            for post in posts_on(context.atlas, day)
            if post.state_on(day) == state
        ]
        if features:
            fa.add_points(
                fmap,
                {"type": "FeatureCollection", "features": features},
                name=POST_LAYERS[state],
                marker=marker,
                on_each_feature_js=script("bind_post_popup", _POPUP_OPTIONS),
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
            style_js=script("zone_style"),
            on_each_feature_js=script("bind_zone_popup", _POPUP_OPTIONS),
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
            lost_label=LOST_LABEL,
            lost_style=LOST_STYLE,
        )
        fa.add_html(fmap, "zonemap_panels", panels)
        return fa.render_page(fmap)


def _step(
    context: BuildContext, round_: Round, styles: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """One timeline step: each zone's status line and the shapes shown, with their style."""
    atlas = context.atlas
    zones: dict[str, Any] = {}
    shapes: dict[str, str] = {}
    rows = context.rows[round_.id]
    for row in rows:
        if row["extent"] != "agreed":
            continue
        zone_id, status = row["zone_id"], row["status"]
        label = PALETTE[status][0]
        if row["period_end"]:
            label += f", period ends {row['period_end']}"
        if row["extensions"]:
            label += f", {row['extensions']} extension(s)"
        if row["ended_on"]:
            label += f" on {row['ended_on']}: {row['event']}"
        in_force = any(r["zone_id"] == zone_id and r["extent"] == "held" for r in rows)
        if in_force:
            label += f"; held {row['held_km2']:,.0f} of {row['agreed_km2']:,.0f} km²"
            state = atlas.held_on(zone_id, round_.end)
            for piece in state.pieces:
                shapes[piece_key(zone_id, piece)] = "lost"
            shapes[held_key(state)] = _style_name(styles, "held", status, held_style(status))
        approximate = row["precision"] == "approximate"
        inside = atlas.catalogue.zone(zone_id).held_within is not None
        filled = not in_force and not inside
        style = agreed_style(status, approximate=approximate, changed=False, filled=filled)
        shapes[agreed_key(zone_id)] = _style_name(styles, "agreed", status, style)
        zones[zone_id] = {"status": status, "label": label}
    shapes = {key: name for key, name in shapes.items() if key in context.display.shapes}
    return {
        "id": round_.id,
        "name": round_.name,
        "as_of": round_.end.isoformat(),
        "zones": zones,
        "shapes": shapes,
    }


def _style_name(
    styles: dict[str, dict[str, Any]], role: str, status: str, style: dict[str, Any]
) -> str:
    """The name of a style in the timeline's style table, adding it if new."""
    name = f"{role}-{status}-{style.get('dashArray') or 'solid'}-{style.get('fill', True)}"
    styles.setdefault(name, style)
    return name


def timeline_page(context: BuildContext) -> str:
    """Return the HTML of the map with a control that steps through every round."""
    atlas = context.atlas
    styles: dict[str, dict[str, Any]] = {"lost": LOST_STYLE}
    steps = [_step(context, r, styles) for r in atlas.catalogue.rounds]
    features: dict[str, dict[str, Any]] = {}
    for zone in atlas.catalogue.zones:
        for state in atlas.histories[zone.id].states:
            for piece in state.pieces:
                key = piece_key(zone.id, piece)
                features.setdefault(key, {"zone_id": zone.id, "name": zone.name, "role": "lost"})
            props = {"zone_id": zone.id, "name": zone.name, "role": "held"}
            features.setdefault(held_key(state), props)
        features[agreed_key(zone.id)] = {"zone_id": zone.id, "name": zone.name, "role": "agreed"}
    shown = {key for step in steps for key in step["shapes"]}
    collection = zone_collection([(k, p) for k, p in features.items() if k in shown])
    with fa.rendering():
        fmap = _new_map(context, "De-escalation zones over time", collection)
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
            lost_label=LOST_LABEL,
            lost_style=LOST_STYLE,
        )
        fa.add_html(fmap, "zonemap_control", control)
        fa.add_script(fmap, render("timeline.js.j2", layer_name=layer.get_name()))
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
