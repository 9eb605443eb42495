"""The timeline map: every round's zones on one map, stepped through by a slider."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..records import Round
from . import folium_adapter as fa
from .basemap import COMPACT, ZONE_PANE, ZONES_JS, add_base_layers, add_zone_names, new_map
from .context import BuildContext
from .display import agreed_key, held_key, piece_key
from .geometry_asset import zone_collection
from .styles import (
    LOST_LABEL,
    LOST_STYLE,
    PALETTE,
    agreed_style,
    held_style,
    map_key,
)
from .templating import render, script

__all__ = ["timeline_page"]


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
        fmap = new_map(context, "De-escalation zones over time", collection)
        base = add_base_layers(fmap)
        layer = fa.SharedGeoJson(
            ZONES_JS,
            "De-escalation zones",
            style_js=script("fixed_style", {"opacity": 0, "fillOpacity": 0}),
            on_each_feature_js=script("classify_zones"),
            pane=ZONE_PANE,
        )
        layer.add_to(fmap)
        names = add_zone_names(fmap, layer)
        fa.add_layer_control(fmap, [fa.listed(layer), fa.listed(names), *base], COMPACT)
        first = dt.date.fromisoformat(steps[0]["as_of"])
        for step in steps:  # the slider runs over days, so steps sit where they fall in time
            step["day"] = (dt.date.fromisoformat(step["as_of"]) - first).days
        last_day = steps[-1]["day"]
        years = [
            {"label": year, "left": round(100 * (dt.date(year, 1, 1) - first).days / last_day, 2)}
            for year in range(first.year + 1, dt.date.fromisoformat(steps[-1]["as_of"]).year + 1)
        ]
        control = render(
            "timeline_control.html.j2",
            steps=steps,
            last_day=last_day,
            years=years,
            style=styles,
            map_key=map_key(changes=False),
        )
        fa.add_html(fmap, "zonemap_control", control)
        fa.add_script(
            fmap, render("timeline.js.j2", layer_name=layer.get_name(), lost_label=LOST_LABEL)
        )
        return fa.render_page(fmap)
