"""A round's map as a still figure for articles and reports: SVG, PNG or PDF.

The figure draws what the round's page draws at its first view (the same shapes from
:mod:`.drawing`, the same colours from :mod:`.styles`), on Web Mercator like the page, with a
title, the day shown, a legend, a scale bar, a north arrow, a source line and a boundary
disclaimer. An SVG or PDF is the same bytes for the same inputs.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING, Any

import shapely

from ..atlas import Atlas
from ..errors import ZonemapError
from ..landmarks import load_landmarks
from ..projection import transformer
from ..tables import posts_on, zone_records
from .display import Display, display_geometry
from .drawing import round_changes, zone_shapes
from .styles import (
    BASE_STYLES,
    ENCIRCLED_MARKER,
    LOST_STYLE,
    POST_MARKER,
    SEA,
    map_key,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["FIGURE_FORMATS", "round_figure"]

#: The formats a figure is written in, by file suffix.
FIGURE_FORMATS = ("svg", "png", "pdf")
_SIZE_IN = (11.0, 7.6)  # about A4 landscape less margins
_PNG_DPI = 200
_FONT = "DejaVu Sans"  # ships with matplotlib: the same glyphs on every machine
_FRAME = ((35.45, 32.15), (42.55, 37.45))  # lon/lat corners of the map, Syria and a margin
SOURCE_LINE = (
    "Source: zonemap catalogue of the Astana de-escalation zones (each zone and change cites "
    "its documents). Boundaries: Natural Earth (public domain). Places: GeoNames (CC BY 4.0)."
)
DISCLAIMER = (
    "Boundaries and names shown do not imply endorsement or acceptance. Extents marked "
    "approximate follow the held pockets as reported, not survey lines."
)


class FigureError(ZonemapError):
    """A figure cannot be made: an unknown format, or matplotlib is not installed."""


def _metres(geom: shapely.Geometry) -> shapely.Geometry:
    """Web Mercator metres, as the page's map is drawn."""
    return shapely.transform(geom, _to_mercator, interleaved=False)


def _to_mercator(x: Any, y: Any) -> tuple[Any, Any]:
    return transformer(4326, 3857).transform(x, y)


def _patches(geom: shapely.Geometry, **style: Any) -> Any:
    """One matplotlib patch for a (multi)polygon, holes kept, in Web Mercator."""
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MplPath

    vertices, codes = [], []
    for polygon in shapely.get_parts(_metres(geom)):
        for ring in (polygon.exterior, *polygon.interiors):
            points = list(ring.coords)
            vertices += points
            codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(points) - 2) + [MplPath.CLOSEPOLY]
    return PathPatch(MplPath(vertices, codes), **style)


def _leaflet(style: dict[str, Any], z: float) -> dict[str, Any]:
    """A Leaflet path style as matplotlib patch options (widths in points, not pixels)."""
    filled = style.get("fill", True) is not False
    stroked = style.get("stroke", True) is not False
    options: dict[str, Any] = {
        "facecolor": style.get("fillColor", style.get("color", "#3388ff")) if filled else "none",
        "edgecolor": style.get("color", "#3388ff") if stroked else "none",
        "linewidth": 0.75 * style.get("weight", 3) if stroked else 0,
        "zorder": z,
        "joinstyle": "round",
    }
    if filled:
        options["alpha"] = None if style.get("fillOpacity", 0.2) >= 1 else style["fillOpacity"]
    if style.get("dashArray"):
        dashes = [0.75 * float(v) for v in str(style["dashArray"]).split()]
        options["linestyle"] = (0, dashes)
    return options


def _lines(axes: Axes, geom: shapely.Geometry, style: dict[str, Any], z: float) -> None:
    for line in shapely.get_parts(_metres(geom)):
        x, y = line.xy
        axes.plot(
            x,
            y,
            color=style["color"],
            linewidth=0.75 * style["weight"],
            alpha=style.get("opacity", 1),
            zorder=z,
            solid_capstyle="round",
        )


def _in_frame(geom: shapely.Geometry) -> shapely.Geometry:
    (west, south), (east, north) = _FRAME
    return shapely.clip_by_rect(geom, west - 0.5, south - 0.5, east + 0.5, north + 0.5)


def _draw_base(axes: Axes, display: Display) -> None:
    for country in display.landmarks.countries:
        near = _in_frame(country.geometry)
        if not near.is_empty:
            axes.add_patch(_patches(near, **_leaflet(BASE_STYLES["neighbours"], 1)))
    for geom in display.governorates:
        axes.add_patch(_patches(geom, **_leaflet(BASE_STYLES["governorates"], 2)))
    for lake in display.landmarks.lakes:
        near = _in_frame(lake.geometry)
        if not near.is_empty:
            axes.add_patch(_patches(near, **_leaflet(BASE_STYLES["lakes"], 3)))
    for river in display.landmarks.rivers:
        _lines(axes, _in_frame(river.geometry), BASE_STYLES["rivers"], 3)


def _draw_lines_over(axes: Axes, display: Display) -> None:
    borders = shapely.boundary(shapely.union_all(display.governorates))
    inner = shapely.union_all([shapely.boundary(g) for g in display.governorates])
    _lines(axes, shapely.difference(inner, borders), BASE_STYLES["borders"], 6)
    for road in display.landmarks.roads:
        _lines(axes, road.geometry, BASE_STYLES["roads"], 7)
    axes.add_patch(_patches(display.undof, **_leaflet(BASE_STYLES["undof"], 7)))
    axes.add_patch(_patches(display.country, **_leaflet(BASE_STYLES["country"], 8)))


def _draw_names(axes: Axes, display: Display, shown: list[tuple[str, dict[str, Any]]]) -> list[Any]:
    """Write the zones', seats' and neighbours' names; returns them, most important first."""
    halo = _halo()
    names = []
    named = set()
    for key, props in shown:
        at = display.label_points.get(key)
        if at is None or props["zone_id"] in named:
            continue
        named.add(props["zone_id"])
        x, y = _to_mercator(*at)
        names.append(
            axes.text(
                x,
                y,
                props["name"],
                fontsize=7.5,
                fontweight="bold",
                ha="center",
                va="center",
                zorder=12,
                path_effects=halo,
            )
        )
    for town in display.landmarks.towns:
        if town.rank == 0:
            x, y = _to_mercator(town.lon, town.lat)
            axes.plot(x, y, "o", color="#333333", markersize=2.5, zorder=11)
            names.append(
                axes.annotate(
                    town.name,
                    (x, y),
                    xytext=(3, 0),
                    textcoords="offset points",
                    fontsize=7,
                    va="center",
                    zorder=11,
                    path_effects=halo,
                )
            )
    for name, lon, lat in display.country_labels:
        x, y = _to_mercator(lon, lat)
        names.append(
            axes.text(
                x, y, name.upper(), fontsize=7, color="#555555", ha="center", va="center", zorder=11
            )
        )
    return names


def _declutter(figure: Any, axes: Axes, names: list[Any]) -> None:
    """Hide each name that would touch a more important one or leave the map, as the page does."""
    renderer = figure.canvas.get_renderer()
    frame = axes.get_window_extent(renderer)
    placed: list[Any] = []
    left = axes.get_xlim()[0]
    for name in names:
        box = name.get_window_extent(renderer).expanded(1.05, 1.1)
        if box.x0 < frame.x0 and name.get_ha() == "center":
            # a zone's name cut by the map's west edge moves in to start at it
            name.set_ha("left")
            name.set_x(left + (axes.get_xlim()[1] - left) * 0.01)
            box = name.get_window_extent(renderer).expanded(1.05, 1.1)
        drawn = name.get_window_extent(renderer)
        inside = frame.contains(drawn.x0, drawn.y0) and frame.contains(drawn.x1, drawn.y1)
        if not inside or any(box.overlaps(other) for other in placed):
            name.set_visible(False)
        else:
            placed.append(box)


def _halo() -> list[Any]:
    from matplotlib import patheffects

    return [patheffects.withStroke(linewidth=2.2, foreground="white")]


def _legend_handles(has_change: bool) -> list[Any]:
    """The page's legend (:func:`.styles.map_key`) as matplotlib handles."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Any] = []
    for key in map_key(changes=has_change):
        if key.mark in ("dot", "ring"):
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="none",
                    markersize=5,
                    markerfacecolor=key.fill,
                    markeredgecolor=key.outline,
                    label=key.label,
                )
            )
        elif key.mark == "line":
            handles.append(Line2D([], [], color=key.outline, linewidth=1.8, label=key.label))
        else:
            dashed = {"linestyle": (0, [3, 2])} if key.mark == "dashed" else {}
            handles.append(
                Patch(
                    facecolor=key.fill,
                    edgecolor=key.outline,
                    linewidth=1.2,
                    label=key.label,
                    **dashed,
                )
            )
    return handles


def _draw_posts(axes: Axes, atlas: Atlas, day: Any) -> None:
    for post in posts_on(atlas, day):
        marker = POST_MARKER if post.state_on(day) == "standing" else ENCIRCLED_MARKER
        x, y = _to_mercator(post.lon, post.lat)
        axes.plot(
            x,
            y,
            "o",
            markersize=4.5,
            markerfacecolor=marker["fillColor"],
            markeredgecolor=marker["color"],
            markeredgewidth=0.9,
            zorder=10,
        )


def _scale_and_north(axes: Axes) -> None:
    from matplotlib_scalebar.scalebar import ScaleBar

    # Web Mercator stretches distances by 1/cos(latitude): measured at the map's middle
    (_, south), (_, north) = _FRAME
    stretch = 1 / math.cos(math.radians((south + north) / 2))
    axes.add_artist(
        ScaleBar(
            1 / stretch,
            "m",
            location="lower left",
            box_alpha=0.8,
            font_properties={"size": 7},
            length_fraction=0.2,
        )
    )
    axes.annotate(
        "N",
        xy=(0.04, 0.93),
        xytext=(0.04, 0.83),
        xycoords="axes fraction",
        ha="center",
        va="center",
        fontsize=9,
        fontweight="bold",
        arrowprops={"arrowstyle": "-|>", "color": "#222222", "lw": 1.2},
    )


def round_figure(atlas: Atlas, round_id: str, fmt: str) -> bytes:
    """The figure of a round's map, as ``fmt`` (svg, png or pdf) bytes.

    Raises
    ------
    FigureError
        For an unknown format, or when matplotlib (the ``figure`` extra) is missing.
    CatalogueError
        For an unknown round.
    """
    if fmt not in FIGURE_FORMATS:
        raise FigureError(f"unknown figure format {fmt!r}: use {', '.join(FIGURE_FORMATS)}")
    round_ = atlas.catalogue.round(round_id)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise FigureError("figures need matplotlib: pip install 'zonemap[figure]'") from None
    day = round_.end
    rounds = list(atlas.catalogue.rounds)
    index = rounds.index(round_)
    rows = zone_records(atlas, day)
    changes = round_changes(atlas, round_, rounds[index - 1] if index else None, rows)
    changed = {change.zone_id for change in changes.changes}
    display = display_geometry(atlas, load_landmarks(atlas), [day])
    shown = zone_shapes(atlas, display, rows, day, changed)

    settings = {
        "svg.hashsalt": "zonemap",
        "svg.fonttype": "none",  # text stays text: editable, and a third of the size
        "font.family": _FONT,
        "pdf.fonttype": 42,
    }
    with plt.rc_context(settings):
        figure, axes = plt.subplots(figsize=_SIZE_IN)
        figure.subplots_adjust(left=0.02, right=0.7, top=0.88, bottom=0.1)
        axes.set_facecolor(SEA)
        _draw_base(axes, display)
        for z, (key, props) in enumerate(shown):
            style = LOST_STYLE if props["role"] == "lost" else props["style"]
            axes.add_patch(_patches(display.shapes[key], **_leaflet(style, 4 + z / 1000)))
        _draw_lines_over(axes, display)
        _draw_posts(axes, atlas, day)
        names = _draw_names(axes, display, shown)
        (west, south), (east, north) = _FRAME
        x0, y0 = _to_mercator(west, south)
        x1, y1 = _to_mercator(east, north)
        axes.set_xlim(x0, x1)
        axes.set_ylim(y0, y1)
        axes.set_aspect("equal")
        axes.set_xticks([])
        axes.set_yticks([])
        _scale_and_north(axes)
        _declutter(figure, axes, names)
        figure.text(0.02, 0.95, round_.name, fontsize=13, fontweight="bold", va="bottom", wrap=True)
        figure.text(
            0.02,
            0.905,
            f"De-escalation zones as of {day.isoformat()} · "
            f"{round_.city} · {round_.kind.replace('-', ' ')}",
            fontsize=9.5,
        )
        figure.legend(
            handles=_legend_handles(bool(changed)),
            loc="upper left",
            bbox_to_anchor=(0.71, 0.88),
            fontsize=8,
            frameon=False,
            title="Legend",
            title_fontproperties={"weight": "bold", "size": 9},
        )
        figure.text(0.02, 0.055, SOURCE_LINE, fontsize=6.5, color="#333333")
        figure.text(0.02, 0.03, DISCLAIMER, fontsize=6.5, color="#333333")
        buffer = io.BytesIO()
        metadata = {
            "svg": {"Date": None},
            "pdf": {"CreationDate": None, "ModDate": None},
            "png": {"Software": None},
        }[fmt]
        figure.savefig(buffer, format=fmt, dpi=_PNG_DPI, metadata=metadata)
        plt.close(figure)
    return buffer.getvalue()
