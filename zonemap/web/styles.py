"""The one place for how things look: status colours and labels, dashes, path styles.

Read by the legend, the pages, the validity chart, the still preview (through the shared
script) and the exports' style hints, so a colour or a label is changed here or nowhere. The
status colours themselves live in :mod:`zonemap.palette`, which the KML export shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..palette import PALETTE

__all__ = [
    "APPROXIMATE_DASH",
    "BASE_STYLES",
    "CHANGE_COLOUR",
    "ENCIRCLED_MARKER",
    "EXTENSION_ALTERNATE",
    "LAND",
    "LOST_LABEL",
    "LOST_STYLE",
    "NEIGHBOUR_LAND",
    "PALETTE",
    "POST_COLOUR",
    "POST_MARKER",
    "RIVER_COLOUR",
    "ROAD_COLOUR",
    "SEA",
    "Key",
    "agreed_style",
    "contrast",
    "fill_colour",
    "held_style",
    "legend",
    "map_key",
    "text_colour",
    "zone_style",
]

#: A lighter shade of "extended", so consecutive extensions stay apart in the chart.
EXTENSION_ALTERNATE = "#33B58C"
CHANGE_COLOUR = "#E69F00"
POST_COLOUR = "#D55E00"
#: The dash pattern of an approximate extent's outline.
APPROXIMATE_DASH = "6 4"

#: The land's colour, under every zone; neighbouring countries are a shade darker, and the
#: sea (the map's background) and lakes are pale blue.
LAND = "#fbfaf7"
NEIGHBOUR_LAND = "#e9e7e1"
SEA = "#cfe2f0"
ROAD_COLOUR = "#7d5a3c"
RIVER_COLOUR = "#4f8fc0"
#: Each status's share of the zone colour over the land: a zone's fill is drawn opaque in the
#: blended colour, so what the map shows is the legend's colour exactly, and overlapping
#: zones never mix into a colour the legend lacks.
_STRENGTH = {"ended": 0.3, "superseded": 0.3}
_STRENGTH_IN_FORCE = 0.7

#: Leaflet path styles of the base map, shared by the interactive map and its still preview.
#: Governorates are filled under the zones and outlined over them, so borders show through.
BASE_STYLES: dict[str, dict[str, Any]] = {
    "governorates": {"stroke": False, "fillColor": LAND, "fillOpacity": 1},
    "hover": {"stroke": True, "color": "#333", "weight": 2.5, "opacity": 1},  # the pointer's
    "borders": {"color": "#6b6b6b", "weight": 1, "opacity": 0.8, "fill": False},
    "undof": {"color": "#444", "weight": 1, "dashArray": "2 3", "fill": False},
    "country": {"color": "#222", "weight": 2, "fill": False},
    "neighbours": {"color": "#a3a3a3", "weight": 1, "fillColor": NEIGHBOUR_LAND, "fillOpacity": 1},
    "lakes": {"stroke": False, "fillColor": SEA, "fillOpacity": 1},
    "rivers": {"color": RIVER_COLOUR, "weight": 1.5, "opacity": 0.9, "fill": False},
    "roads": {"color": ROAD_COLOUR, "weight": 2.5, "opacity": 0.9, "fill": False},
}
#: The circle drawn for an observation post or control point.
POST_MARKER: dict[str, Any] = {
    "radius": 5,
    "color": "#ffffff",
    "weight": 1.5,
    "fill": True,
    "fillColor": POST_COLOUR,
    "fillOpacity": 1.0,
}


#: Agreed land no longer held: a grey wash under the agreed outline.
LOST_LABEL = "agreed, no longer held"
LOST_STYLE: dict[str, Any] = {
    "stroke": False,
    "color": "#6b6b6b",
    "fillColor": "#ababab",  # darker than an ended zone's fill
    "fillOpacity": 1,
}
BASE_STYLES["lost"] = LOST_STYLE  # shared by every page's lost pieces
#: A post encircled by government forces: the post's colour as a ring.
ENCIRCLED_MARKER: dict[str, Any] = {**POST_MARKER, "color": POST_COLOUR, "fillColor": "#ffffff"}


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _blend(colour: str, strength: float, under: str = LAND) -> str:
    """``colour`` at ``strength`` over ``under``, as the browser composites it."""
    top, bottom = _rgb(colour), _rgb(under)
    mixed = (round(t * strength + b * (1 - strength)) for t, b in zip(top, bottom, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def _luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21).

    Examples
    --------
    >>> round(contrast("#ffffff", "#767676"), 2)
    4.54
    """
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return (
        "#000000"
        if contrast(background, "#000000") >= contrast(background, "#ffffff")
        else "#ffffff"
    )


def fill_colour(status: str) -> str:
    """The colour a zone with this status is filled with on the map (and in the legend)."""
    return _blend(PALETTE[status][1], _STRENGTH.get(status, _STRENGTH_IN_FORCE))


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
        "fillColor": fill_colour(status),
        "fillOpacity": 1,
        "dashArray": APPROXIMATE_DASH if approximate else None,
    }


@dataclass(frozen=True)
class Key:
    """One line of a map's legend.

    ``mark`` is how it is drawn (box, dashed, outline, dot, ring or line) in ``fill`` and
    ``outline``; ``key`` names it (a CSS class on pages).
    """

    key: str
    label: str
    mark: str
    fill: str
    outline: str


def map_key(*, changes: bool) -> list[Key]:
    """The legend of a map, read by the pages and the figure.

    Every status, lost land, approximate extents, the changes of a round (when ``changes``),
    posts and highways.
    """
    keys = [Key(k, PALETTE[k][0], "box", fill_colour(k), PALETTE[k][1]) for k in PALETTE]
    keys.append(Key("lost", LOST_LABEL, "box", LOST_STYLE["fillColor"], LOST_STYLE["fillColor"]))
    keys.append(Key("approximate", "approximate extent", "dashed", "none", "#333333"))
    if changes:
        keys.append(Key("changed", "changed this round", "outline", "none", CHANGE_COLOUR))
    keys.append(Key("post", "observation post / control point", "dot", POST_COLOUR, "#ffffff"))
    keys.append(
        Key("encircled", "post encircled by government forces", "ring", "#ffffff", POST_COLOUR)
    )
    keys.append(Key("road", "highway (M4, M5)", "line", "none", ROAD_COLOUR))
    return keys


def legend(statuses: list[str] | None = None) -> list[tuple[str, str, str]]:
    """Return (label, fill, outline) for each status, in legend order (all when none given)."""
    keys = statuses if statuses is not None else list(PALETTE)
    return [(PALETTE[k][0], fill_colour(k), PALETTE[k][1]) for k in PALETTE if k in keys]
