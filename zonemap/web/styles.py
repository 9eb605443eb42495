"""The one place for how things look: status colours and labels, dashes, path styles.

Read by the legend, the pages, the validity chart, the still preview (through the shared
script) and the exports' style hints, so a colour or a label is changed here or nowhere.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "APPROXIMATE_DASH",
    "BASE_STYLES",
    "CHANGE_COLOUR",
    "ENCIRCLED_MARKER",
    "EXTENSION_ALTERNATE",
    "LOST_LABEL",
    "LOST_STYLE",
    "PALETTE",
    "POST_COLOUR",
    "POST_MARKER",
    "agreed_style",
    "held_style",
    "legend",
    "zone_style",
]

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE: dict[str, tuple[str, str]] = {
    "initial-period": ("in force, initial period", "#0072B2"),
    "extended": ("in force, extended", "#009E73"),
    "in-force": ("in force, open-ended", "#56B4E9"),
    "superseded": ("superseded", "#CC79A7"),
    "ended": ("ended", "#8C8C8C"),
}
#: A lighter shade of "extended", so consecutive extensions stay apart in the chart.
EXTENSION_ALTERNATE = "#33B58C"
CHANGE_COLOUR = "#E69F00"
POST_COLOUR = "#D55E00"
#: The dash pattern of an approximate extent's outline.
APPROXIMATE_DASH = "6 4"

#: Leaflet path styles of the base map, shared by the interactive map and its still preview.
BASE_STYLES: dict[str, dict[str, Any]] = {
    "governorates": {"color": "#6b6b6b", "weight": 1, "fillColor": "#fbfaf7", "fillOpacity": 1},
    "undof": {"color": "#444", "weight": 1, "dashArray": "2 3", "fill": False},
    "country": {"color": "#222", "weight": 2, "fill": False},
}
#: The circle drawn for an observation post or control point.
POST_MARKER: dict[str, Any] = {
    "radius": 5,
    "color": "#ffffff",
    "weight": 1.5,
    "fill": True,
    "fill_color": POST_COLOUR,
    "fill_opacity": 1.0,
}


#: Agreed land no longer held: a grey wash under the agreed outline.
LOST_LABEL = "agreed, no longer held"
LOST_STYLE: dict[str, Any] = {
    "stroke": False,
    "color": "#6b6b6b",
    "fillColor": "#a3a3a3",
    "fillOpacity": 0.55,
}
BASE_STYLES["lost"] = LOST_STYLE  # shared by every page's lost pieces
#: A post encircled by government forces: the post's colour as a ring.
ENCIRCLED_MARKER: dict[str, Any] = {**POST_MARKER, "color": POST_COLOUR, "fill_color": "#ffffff"}


def agreed_style(status: str, *, approximate: bool, changed: bool, filled: bool) -> dict[str, Any]:
    """The agreed extent's outline; filled only where no held extent is drawn over it."""
    style = zone_style(status, approximate=approximate, changed=changed)
    if not filled:
        style.update(fill=False)
    return style


def held_style(status: str) -> dict[str, Any]:
    """The held extent: the status colour, no outline of its own."""
    return {**zone_style(status, approximate=False, changed=False), "stroke": False}


def zone_style(status: str, *, approximate: bool, changed: bool) -> dict[str, Any]:
    """Return the Leaflet path style of a zone with this status."""
    colour = PALETTE[status][1]
    return {
        "color": CHANGE_COLOUR if changed else colour,
        "weight": 4 if changed else 2,
        "opacity": 0.95,
        "fillColor": colour,
        "fillOpacity": 0.25 if status in ("ended", "superseded") else 0.45,
        "dashArray": APPROXIMATE_DASH if approximate else None,
    }


def legend(statuses: list[str] | None = None) -> list[tuple[str, str]]:
    """Return (label, colour) for each status, in legend order (all when none are given)."""
    keys = statuses if statuses is not None else list(PALETTE)
    return [PALETTE[k] for k in PALETTE if k in keys]
