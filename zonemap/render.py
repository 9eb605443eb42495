"""Render the round maps, the timeline map and the index page as offline, reproducible HTML.

Reads only the atlas tables and display geometry, never the source files. All catalogue text
goes through Jinja's autoescaping before it reaches folium, and from there only as JSON data
(which folium escapes for ``<script>``), so catalogue text can never become markup or code.
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np
from jinja2 import Environment, FunctionLoader, StrictUndefined
from markupsafe import escape

import branca.element
import folium
from folium.utilities import JsCode

from .assets import ASSET_DIR, LEAFLET_ID, inline_head, linked_head, shared_assets
from .catalog import Round
from .changes import diff_days
from .display import display_geometry
from .export import feature_collection, rfc7946_geometry
from .files import atomic_dir
from .paths import templates_dir
from .rounds import Atlas, posts_on, statements_about, zone_records
from .shared_geometry import (
    GLOBAL,
    SharedGeoJson,
    add_base_layers,
    geometry_script,
    js_json,
    leaflet_pixels,
    zone_collection,
)
from .validity import periods

__all__ = ["PALETTE", "BuildResult", "build_maps"]

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE: dict[str, tuple[str, str]] = {
    "initial-period": ("in force, initial period", "#0072B2"),
    "extended": ("in force, extended", "#009E73"),
    "in-force": ("in force, open-ended", "#56B4E9"),
    "superseded": ("superseded", "#CC79A7"),
    "ended": ("ended", "#8C8C8C"),
}
CHANGE_COLOUR = "#E69F00"
POST_COLOUR = "#D55E00"
_ROUNDS_PER_WORKER = 8  # below this a worker process costs more than it saves
SYRIA_BOUNDS = [[32.3, 35.6], [37.35, 42.4]]
ZOOM_SNAP = 0.25


@cache
def _templates() -> Environment:
    folder = templates_dir()

    def load(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8")

    return Environment(
        loader=FunctionLoader(load),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _render(name: str, **context: Any) -> str:
    return _templates().get_template(name).render(**context)


def _render_macros_verbatim(self: branca.element.MacroElement, **kwargs: Any) -> None:
    """Render like branca's ``MacroElement.render``, but keep each macro's output verbatim.

    branca wraps the output in an ``Element``, which compiles it as a Jinja template again:
    slow (hundreds of compiles per map) and unsafe, since ``{{ … }}`` in catalogue text that
    reached a script would then be evaluated.
    """
    figure = self.get_root()
    macros = self._template.module.__dict__
    for part in ("header", "html", "script"):
        macro = macros.get(part)
        if macro is not None:
            getattr(figure, part).add_child(_Raw(macro(self, kwargs)), name=self.get_name())
    for element in self._children.values():
        element.render(**kwargs)


@contextmanager
def _folium_rendering() -> Iterator[None]:
    """Render one folium map reproducibly and without re-compiling its output.

    branca draws every element id from ``os.urandom`` in the class method ``_generate_id``;
    replacing it while one map is built numbers that map's elements 1, 2, 3 … And macro output
    is kept verbatim (see :func:`_render_macros_verbatim`).
    """
    counter = itertools.count(1)
    element, macro = branca.element.Element, branca.element.MacroElement
    original_ids, original_render = element.__dict__["_generate_id"], macro.render
    element._generate_id = classmethod(lambda cls: f"{next(counter):08x}")  # type: ignore[method-assign]
    macro.render = _render_macros_verbatim  # type: ignore[method-assign]
    try:
        yield
    finally:
        element._generate_id = original_ids  # type: ignore[method-assign]
        macro.render = original_render  # type: ignore[method-assign]


def _style(status: str, *, approximate: bool, changed: bool) -> dict[str, Any]:
    colour = PALETTE[status][1]
    return {
        "color": CHANGE_COLOUR if changed else colour,
        "weight": 4 if changed else 2,
        "opacity": 0.95,
        "fillColor": colour,
        "fillOpacity": 0.25 if status in ("ended", "superseded") else 0.45,
        "dashArray": "6 4" if approximate else None,
    }


@dataclass(frozen=True)
class _Page:
    """Where a page's assets come from: the shared files in ``assets/``, or inline copies."""

    inline: bool
    geometry_js: str

    def head(self) -> str:
        return inline_head(self.geometry_js, _page_css()) if self.inline else linked_head()


@cache
def _page_css() -> str:
    return _render("page.css.j2")


# branca's page, with the map script handed to zonemap.start (see templates/preview.js), which
# draws the still preview and runs the script once Leaflet has loaded; the script returns the
# map, which the page keeps as zonemap.map for anyone scripting it from the console.
_PAGE_TEMPLATE = branca.element.Template(
    "<!DOCTYPE html>\n<html>\n<head>\n"
    "{% if this.title %}<title>{{this.title}}</title>{% endif %}"
    "    {{this.header.render(**kwargs)}}\n</head>\n<body>\n"
    "    {{this.html.render(**kwargs)}}\n</body>\n<script>\n"
    "zonemap.start({{ this.zonemap_start }}, function () {\n"
    "    {{this.script.render(**kwargs)}}\n    return {{ this.zonemap_map }};\n});\n"
    "</script>\n</html>\n"
)
_ZONES = f"{GLOBAL}.round"  # the page's zone collection, as zonemap.start stores it


def _new_map(page: _Page, title: str, zones_js: str) -> folium.Map:
    """A map page over the Syria extent whose zone layer will draw ``zones_js``."""
    fmap = folium.Map(
        location=[35.0, 38.5], zoom_start=7, tiles=None, control_scale=True, zoom_snap=ZOOM_SNAP
    )
    # Only Leaflet, which _Page supplies; folium's default page pulls jQuery, Bootstrap and
    # Font Awesome from CDNs, none of which these maps use.
    fmap.default_js = []
    fmap.default_css = []
    root = fmap.get_root()
    root.header.add_child(_Raw(page.head()), name="zonemap_assets")
    root.title = str(escape(title))  # folium puts the title in the page as it is
    root._template = _PAGE_TEMPLATE
    # The extent fitBounds fits, as the preview needs it: south-west, north-east corners in
    # Leaflet's zoom-0 pixels.
    (south, west), (north, east) = SYRIA_BOUNDS
    frame = leaflet_pixels(np.array([[west, south], [east, north]])).tolist()
    view = {"frame": frame, "zoomSnap": ZOOM_SNAP, "leafletId": LEAFLET_ID}
    root.zonemap_start = f"{js_json(fmap.get_name())}, {zones_js}, {js_json(view)}"
    root.zonemap_map = fmap.get_name()
    # Straight to the final view: folium's fit_bounds animates the zoom from zoom_start, so
    # the layers would be drawn twice and the map would visibly zoom in after loading.
    bounds = f"{fmap.get_name()}.fitBounds({js_json(SYRIA_BOUNDS)}, {{animate: false}});"
    _MapScript(bounds).add_to(fmap)
    return fmap


# Long popups scroll rather than cover the map, and open clear of the round's header panel.
_POPUP_OPTIONS = "{maxWidth: 380, maxHeight: 330, autoPanPaddingTopLeft: [20, 170]}"
_CLASS_ZONE_PATHS = (
    " if (feature.properties.zone_id) {"
    " layer.options.className = 'zm-zone zm-zone-' + feature.properties.zone_id; }"
)


def _bind(property_name: str | None, *, tooltip: bool = False) -> str:
    """Bind each feature's pre-escaped HTML property as its popup (or tooltip).

    Zone paths also get a class naming the zone, so pages and tests can find them. With no
    property, only the class is set (the timeline binds its popups itself).
    """
    if property_name is None:
        return f"function (feature, layer) {{{_CLASS_ZONE_PATHS} }}"
    method = "bindTooltip" if tooltip else "bindPopup"
    options = "{sticky: true}" if tooltip else _POPUP_OPTIONS
    return (
        f"function (feature, layer) {{{_CLASS_ZONE_PATHS}"
        f" layer.{method}(feature.properties.{property_name}, {options}); }}"
    )


def _render_tip(first: str, second: str) -> str:
    return f"{escape(first)} · {escape(second)}"


class _Raw(branca.element.Element):
    """Finished HTML or JavaScript placed in the page as it is.

    branca's own Element would compile the text as a Jinja template, which would both cost
    time and let ``{{`` in catalogue text be evaluated.
    """

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


class _MapScript(branca.element.MacroElement):
    """Finished JavaScript that runs after the map's earlier children have been created."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "zonemap_script"
        self._text = text

    def render(self, **kwargs: Any) -> None:
        # Added to the page script at render time, in child order, so it follows the layers.
        self.get_root().script.add_child(_Raw(self._text), name=self.get_name())


def _zone_popup(build: _Build, row: dict[str, Any], round_: Round | None) -> str:
    atlas = build.atlas
    zone = atlas.catalogue.zone(row["zone_id"])
    shape = atlas.shapes[zone.id]
    names = build.governorate_names
    statements = []
    if round_ is not None:
        for statement in statements_about(round_, zone.id):
            document = round_.document(statement.document)
            statements.append(
                {
                    "action": statement.action,
                    "note": statement.note,
                    "citation": f"{document.title}, {document.date}, {statement.paragraph}",
                }
            )
    return _render(
        "zone_popup.html.j2",
        zone=zone,
        row=row,
        colour=PALETTE[row["status"]][1],
        status_label=PALETTE[row["status"]][0],
        parts=[
            (names[p.governorate], area, p.precision)
            for p, area in zip(zone.parts, shape.areas_km2, strict=True)
        ],
        statements=statements,
        round_name=round_.id if round_ else "",
        sources=row["sources"],
    )


def _zone_features(
    build: _Build, rows: list[dict[str, Any]], round_: Round | None, changed: set[str]
) -> str:
    """The page's zones as JavaScript: status, style and popup on the shared geometry."""
    features = []
    for row in rows:
        props = {
            "zone_id": row["zone_id"],
            "name": row["name"],
            "status": row["status"],
            "precision": row["precision"],
            "popup": _zone_popup(build, row, round_),
            "style": _style(
                row["status"],
                approximate=row["precision"] == "approximate",
                changed=row["zone_id"] in changed,
            ),
        }
        features.append((row["zone_id"], props))
    return zone_collection(features)


def _zone_layer(fmap: folium.Map) -> None:
    SharedGeoJson(
        _ZONES,
        "De-escalation zones",
        style_js="function (feature) { return feature.properties.style; }",
        on_each_feature_js=_bind("popup"),
    ).add_to(fmap)


def _posts_layer(fmap: folium.Map, atlas: Atlas, day: dt.date) -> None:
    features = [
        {
            "type": "Feature",
            "properties": {
                "popup": _render("post_popup.html.j2", post=post),
                "tip": _render_tip(post.name, post.operator),
            },
            "geometry": {"type": "Point", "coordinates": [post.lon, post.lat]},
        }
        for post in posts_on(atlas, day)
    ]
    if not features:
        return
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name="Observation posts and control points",
        marker=folium.CircleMarker(
            radius=5,
            color="#ffffff",
            weight=1.5,
            fill=True,
            fill_color=POST_COLOUR,
            fill_opacity=1.0,
        ),
        on_each_feature=JsCode(_bind("popup")),
    ).add_to(fmap)


def _legend(statuses: list[str] | None = None) -> list[tuple[str, str]]:
    keys = statuses if statuses is not None else list(PALETTE)
    return [PALETTE[k] for k in PALETTE if k in keys]


@dataclass
class _Build:
    """What every page of one build shares: its assets, zone rows and zone geometry.

    Each round's rows and each zone's GeoJSON geometry are computed once per build, before
    the render workers fork, and read by every page that needs them.
    """

    atlas: Atlas
    page: _Page
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    geometries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for round_ in self.atlas.catalogue.rounds:
            self.rows[round_.id] = zone_records(self.atlas, round_id=round_.id)
        for zone_id, shape in self.atlas.shapes.items():
            self.geometries[zone_id] = rfc7946_geometry(shape.geometry)

    @cached_property
    def governorate_names(self) -> dict[str, str]:
        """English governorate names by P-code."""
        governorates = self.atlas.governorates
        return dict(zip(governorates["pcode"], governorates["name_en"], strict=True))

    def geojson(self, round_id: str) -> str:
        """The round's zones as an RFC 7946 FeatureCollection."""
        rows = self.rows[round_id]
        return feature_collection(rows, (self.geometries[row["zone_id"]] for row in rows))


def round_page(
    build: _Build, round_: Round, previous: Round | None, following: Round | None
) -> str:
    """Return the HTML of one round's map: the zones as of the round's last day."""
    atlas = build.atlas
    rows = build.rows[round_.id]
    if previous is not None:
        since, before = atlas.as_of(previous.id), build.rows[previous.id]
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
    zones_js = _zone_features(build, rows, round_, {c.zone_id for c in changes.changes})
    with _folium_rendering():
        fmap = _new_map(build.page, f"{round_.name} — de-escalation zones", zones_js)
        add_base_layers(fmap)
        _zone_layer(fmap)
        _posts_layer(fmap, atlas, round_.end)
        folium.LayerControl(collapsed=False).add_to(fmap)
        panels = _render(
            "round_panels.html.j2",
            round=round_,
            as_of=round_.end,
            previous=previous,
            next=following,
            changes=changes,
            change_colour=CHANGE_COLOUR,
            legend=_legend(),
            show_change=True,
            post_colour=POST_COLOUR,
        )
        fmap.get_root().html.add_child(_Raw(panels), name="zonemap_panels")
        return fmap.get_root().render()


def _step(build: _Build, round_: Round) -> dict[str, Any]:
    zones = {}
    for row in build.rows[round_.id]:
        label = PALETTE[row["status"]][0]
        if row["period_end"]:
            label += f", period ends {row['period_end']}"
        if row["extensions"]:
            label += f", {row['extensions']} extension(s)"
        if row["ended_on"]:
            label += f" on {row['ended_on']}: {row['event']}"
        zones[row["zone_id"]] = {"status": row["status"], "label": label}
    return {"id": round_.id, "name": round_.name, "as_of": round_.end.isoformat(), "zones": zones}


def timeline_page(build: _Build) -> str:
    """Return the HTML of the map with a control that steps through every round."""
    atlas = build.atlas
    steps = [_step(build, r) for r in atlas.catalogue.rounds]
    styles = {status: _style(status, approximate=False, changed=False) for status in PALETTE}
    features = [
        (z.id, {"zone_id": z.id, "name": z.name, "precision": z.precision})
        for z in atlas.catalogue.zones
    ]
    with _folium_rendering():
        fmap = _new_map(build.page, "De-escalation zones over time", zone_collection(features))
        add_base_layers(fmap)
        layer = SharedGeoJson(
            _ZONES,
            "De-escalation zones",
            style_js='function () { return {"opacity":0,"fillOpacity":0}; }',
            on_each_feature_js=_bind(None),
        )
        layer.add_to(fmap)
        folium.LayerControl(collapsed=False).add_to(fmap)
        control = _render(
            "timeline_control.html.j2",
            steps=steps,
            style=styles,
            legend=_legend(),
            show_change=False,
            change_colour=CHANGE_COLOUR,
            post_colour=POST_COLOUR,
        )
        root = fmap.get_root()
        root.html.add_child(_Raw(control), name="zonemap_control")
        _MapScript(_render("timeline.js.j2", layer_name=layer.get_name())).add_to(fmap)
        return root.render()


def _chart(atlas: Atlas) -> dict[str, Any]:
    """Geometry of the validity chart: zones × time, one bar per period, round markers."""
    start = dt.date(2017, 1, 1)
    stop = dt.date(atlas.catalogue.horizon.year + 1, 1, 1)
    left, width, row_height = 210, 1040, 26

    def x(day: dt.date) -> float:
        return round(left + (day - start).days / (stop - start).days * (width - left - 10), 1)

    rows = []
    for index, zone in enumerate(atlas.catalogue.zones):
        bars = []
        for period in periods(zone.validity, atlas.catalogue.horizon):
            last = period.last or stop
            label, colour = PALETTE[period.state]
            if period.state == "extended" and period.extensions % 2 == 0:
                colour = "#33B58C"  # alternate shade so consecutive extensions stay visible
            title = f"{zone.name}: {label} {period.first} – {period.last or 'open'}"
            bars.append(
                {
                    "x": x(period.first),
                    "width": max(x(last) - x(period.first), 1.0),
                    "colour": colour,
                    "title": title,
                }
            )
        rows.append({"label": zone.name, "y": 36 + index * row_height, "bars": bars})
    marks = [
        {"id": r.id, "x": x(r.end), "label": f"{r.name}, {r.start} – {r.end}, {r.city}"}
        for r in atlas.catalogue.rounds
    ]
    years = [{"x": x(dt.date(y, 1, 1)), "label": str(y)} for y in range(start.year, stop.year)]
    return {
        "width": width,
        "height": 44 + len(rows) * row_height,
        "rows": rows,
        "rounds": marks,
        "years": years,
    }


def index_page(atlas: Atlas) -> str:
    """Return the HTML of the index: every round with links, and the validity chart."""
    return _render(
        "index.html.j2", rounds=atlas.catalogue.rounds, chart=_chart(atlas), legend=_legend()
    )


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote: every output path, and those whose bytes changed."""

    outputs: tuple[Path, ...]
    changed: tuple[Path, ...]


def _render_round(build: _Build, index: int) -> tuple[str, bytes, bytes]:
    """One round's map and GeoJSON, given the round's place in the catalogue."""
    rounds = build.atlas.catalogue.rounds
    round_ = rounds[index]
    previous = rounds[index - 1] if index > 0 else None
    following = rounds[index + 1] if index + 1 < len(rounds) else None
    html = round_page(build, round_, previous, following)
    return round_.id, html.encode("utf-8"), build.geojson(round_.id).encode("utf-8")


_FORKED_BUILD: list[_Build] = []  # the build a forked worker inherits from its parent


def _render_forked(index: int) -> tuple[str, bytes, bytes]:
    return _render_round(_FORKED_BUILD[0], index)


def _render_rounds(build: _Build, indices: list[int]) -> Iterator[tuple[str, bytes, bytes]]:
    """Render rounds in catalogue order, on every core when there are enough of them.

    Workers are forked, so they share the loaded atlas without pickling it; each page is
    rendered independently, so the output does not depend on the number of workers.
    """
    workers = min(os.cpu_count() or 1, len(indices) // _ROUNDS_PER_WORKER)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (_render_round(build, i) for i in indices)
        return
    _FORKED_BUILD[:] = [build]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_render_forked, indices, chunksize=4)
    finally:
        _FORKED_BUILD.clear()


def build_maps(
    atlas: Atlas,
    out: Path,
    round_ids: list[str] | None = None,
    *,
    inline: bool = False,
    progress: Callable[[str], None] | None = None,
) -> BuildResult:
    """Write every round map, ``timeline.html``, ``index.html`` and per-round GeoJSON.

    Everything is rendered into a staging folder first; only when all of it succeeded are
    the files moved into ``out``, each atomically, and files whose bytes did not change are
    not touched. An error midway leaves ``out`` as it was.
    """
    chosen = [atlas.catalogue.round(r) for r in round_ids] if round_ids else None
    all_rounds = atlas.catalogue.rounds
    targets = chosen or list(all_rounds)
    display = display_geometry(atlas)
    tips = {
        pcode: _render_tip(name_en, name_ar)
        for pcode, name_en, name_ar in zip(
            atlas.governorates["pcode"],
            atlas.governorates["name_en"],
            atlas.governorates["name_ar"],
            strict=True,
        )
    }
    geometry_js = geometry_script(display, tips, preview=not inline)
    build = _Build(atlas, _Page(inline, geometry_js))
    staged: dict[str, bytes] = {}
    position = {r.id: index for index, r in enumerate(all_rounds)}
    indices = [position[r.id] for r in targets]
    for round_id, html, geojson in _render_rounds(build, indices):
        staged[f"{round_id}.html"] = html
        staged[f"geojson/{round_id}.geojson"] = geojson
        if progress:
            progress(round_id)
    if chosen is None:
        staged["timeline.html"] = timeline_page(build).encode("utf-8")
        staged["index.html"] = index_page(atlas).encode("utf-8")
    if not inline:
        for asset in shared_assets(geometry_js, _page_css()):
            staged[f"{ASSET_DIR}/{asset.name}"] = asset.data
    return _commit(out, staged)


def _commit(out: Path, staged: dict[str, bytes]) -> BuildResult:
    """Move the files whose bytes changed into ``out``; leave the others untouched."""
    changed = sorted(name for name, data in staged.items() if _read(out / name) != data)
    with atomic_dir(out) as staging:
        for name in changed:
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(staged[name])
    outputs = tuple(out / name for name in sorted(staged))
    return BuildResult(outputs, tuple(out / name for name in changed))


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
