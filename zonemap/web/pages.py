"""A round's map and the index page (the timeline is in :mod:`.timeline`).

Reads only the build's shared context (atlas tables and display geometry), never the source
files. All catalogue text goes through Jinja's autoescaping before it reaches folium, and from
there only as JSON data (escaped for ``<script>``), so it can never become markup or code.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import folium

from ..diff import diff_days
from ..records import Post, Round
from ..tables import posts_on, zone_records
from ..validity import IN_FORCE
from . import folium_adapter as fa
from .basemap import COMPACT, ZONE_PANE, ZONES_JS, add_base_layers, add_zone_names, new_map
from .chart import validity_chart
from .context import BuildContext
from .display import agreed_key, held_key, piece_key
from .geometry_asset import zone_collection
from .popups import zone_popup
from .styles import (
    CHANGE_COLOUR,
    ENCIRCLED_MARKER,
    EXTENSION_ALTERNATE,
    LOST_LABEL,
    LOST_STYLE,
    PALETTE,
    POST_COLOUR,
    POST_MARKER,
    agreed_style,
    held_style,
    legend,
)
from .templating import js_json, render, script

__all__ = ["index_page", "post_popup_key", "round_page"]

POST_LAYERS = {
    "standing": "Observation posts and control points",
    "encircled": "Posts encircled by government forces",
}
POST_STATES = {"standing": "observation post", "encircled": "post encircled by government forces"}


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
        label = f"{row['name']}: {PALETTE[row['status']][0]}"
        if held is not None:
            for piece in state.pieces:
                since = f" since {piece.change.date}" if piece.change else ""
                lost = {**base, "role": "lost", "label": f"{row['name']}: {LOST_LABEL}{since}"}
                features.append((piece_key(zone_id, piece), lost))
            held_props = {
                **base,
                "role": "held",
                "label": f"{label}, held {row['held_km2']:,.0f} of {row['agreed_km2']:,.0f} km²",
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
        agreed = {
            **base,
            "role": "agreed",
            "precision": row["precision"],
            "style": style,
            "label": label,
        }
        if held is None:
            agreed["popup"] = popup  # otherwise the held extent and lost land take the clicks
        features.append((agreed_key(zone_id), agreed))
    # Zones no longer in force are filled underneath those still in force; one drawn as an
    # outline only (it lay inside another) goes on top, where its line can be seen.
    features.sort(key=lambda f: _drawing_order(f[1]))
    return zone_collection([f for f in features if f[0] in context.display.shapes])


def _drawing_order(properties: dict[str, Any]) -> int:
    if properties["status"] in IN_FORCE:
        return 1
    return 2 if properties.get("style", {}).get("fill") is False else 0


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
        fa.add_layer_control(fmap, [zones, names, *posts, *base], COMPACT)
        panels = render(
            "round_panels.html.j2",
            round=round_,
            as_of=round_.end,
            zone_count=sum(1 for row in rows if row["extent"] == "agreed"),
            first_zones=_first_zones(context),
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
