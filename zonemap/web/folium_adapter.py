"""The one module that touches folium and branca, including the internals zonemap relies on.

folium builds a map as a tree of branca elements and renders it in one pass. zonemap needs
three things it does not offer: element ids numbered per map instead of drawn from
``os.urandom`` (reproducible bytes), macro output kept verbatim instead of compiled again as a
Jinja template (speed, and no evaluation of ``{{ … }}`` in catalogue text), and its own page
template (the map script handed to ``zonemap.start``). Each reaches into branca's internals,
so folium and branca are pinned, and :data:`RELIED_ON` records the source of every internal
used: a test fails when an upgrade changes one of them.
"""

from __future__ import annotations

import hashlib
import html
import importlib
import inspect
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import branca.element
import folium
from folium.map import Layer
from folium.template import Template

from ..files import write_text
from .templating import script, template_text, unindented

__all__ = [
    "NOTEBOOK_HEIGHT",
    "RELIED_ON",
    "PageMap",
    "Raw",
    "ScriptLayer",
    "SharedGeoJson",
    "add_layer_control",
    "add_script",
    "installed_digest",
    "listed",
    "new_map",
    "render_page",
    "rendering",
]

#: Every branca and folium internal used here, as (module, attribute), with the SHA-256 of its
#: source in the pinned versions (branca 0.8.2, folium 0.20.0): the ids, the macro rendering
#: and the page template below are written against exactly these.
RELIED_ON: dict[tuple[str, str], str] = {
    ("branca.element", "Element.__init__"): (
        "c336334189d419234d8fd866daf3b96be07df5a6cfb1b3647f46290ee9c2f92c"
    ),
    ("branca.element", "Element._generate_id"): (
        "80854574497dcf278ceaf7ace5de46cfb36950bb952f08e77a5da442b3f3c186"
    ),
    ("branca.element", "MacroElement.render"): (
        "37b6a09e772154d6a8e3d3983456fd7ce06d9e7d0b13726a680e9637abc4ecbd"
    ),
    ("branca.element", "Figure"): (
        "7713f140703fa8c041b0793bafce38337d42fc29401c57f2255b9d129ca5a49d"
    ),
    ("folium.map", "Layer"): "3c0d1372f7edc3ef8d6715989e0f4ba17ab95e270a45d245a0b349b9ade0a1e5",
    # its header's viewport tag, which render_page replaces
    ("folium.folium", "Map"): "b67f42152ffb586e092e7c4d8bd2c98a3d51ba6bbb423f24391676874c6a77de",
}


def installed_digest(module: str, attribute: str) -> str:
    """Return the SHA-256 of the installed source of ``module.attribute`` (dotted path)."""
    obj: Any = importlib.import_module(module)
    for part in attribute.split("."):
        obj = inspect.getattr_static(obj, part)
    obj = getattr(obj, "__func__", obj)  # a classmethod's function
    return hashlib.sha256(inspect.getsource(obj).encode("utf-8")).hexdigest()


class Raw(branca.element.Element):
    """Finished HTML or JavaScript placed in the page as it is.

    branca's own Element would compile the text as a Jinja template, which would both cost
    time and let ``{{`` in catalogue text be evaluated.
    """

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text as it is."""
        return self._text


class _MapScript(branca.element.MacroElement):
    """Finished JavaScript that runs after the map's earlier children have been created."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "zonemap_script"
        self._text = text

    def render(self, **kwargs: Any) -> None:
        # Added to the page script at render time, in child order, so it follows the layers.
        self.get_root().script.add_child(Raw(self._text), name=self.get_name())


def _render_macros_verbatim(self: branca.element.MacroElement, **kwargs: Any) -> None:
    """Render like branca's ``MacroElement.render``, but keep each macro's output verbatim."""
    figure = self.get_root()
    macros = self._template.module.__dict__
    for part in ("header", "html", "script"):
        macro = macros.get(part)
        if macro is not None:
            getattr(figure, part).add_child(Raw(macro(self, kwargs)), name=self.get_name())
    for element in self._children.values():
        element.render(**kwargs)


@contextmanager
def rendering() -> Iterator[None]:
    """Build one folium map reproducibly: its elements numbered 1, 2, 3 … in order.

    branca draws every element id from ``os.urandom`` in the class method ``_generate_id``;
    it is replaced while one map is built. (Rendering it needs no such care: the elements
    made then are placed by name, their ids never reach the page.)
    """
    counter = itertools.count(1)
    element = branca.element.Element
    original_ids = element.__dict__["_generate_id"]
    element._generate_id = classmethod(lambda cls: f"{next(counter):08x}")  # type: ignore[method-assign]
    try:
        yield
    finally:
        element._generate_id = original_ids  # type: ignore[method-assign]


@contextmanager
def _verbatim_macros() -> Iterator[None]:
    """Render macros as :func:`_render_macros_verbatim` does, however the render was called."""
    macro = branca.element.MacroElement
    original_render = macro.render
    macro.render = _render_macros_verbatim  # type: ignore[method-assign]
    try:
        yield
    finally:
        macro.render = original_render  # type: ignore[method-assign]


class SharedGeoJson(Layer):
    """A vector layer whose data is a JavaScript expression over the shared geometry.

    Parameters
    ----------
    data_js
        The GeoJSON, as JavaScript: ``"zonemap.governorates"`` or a page's zone collection.
    name
        The layer's name in the layer control.
    style_js, on_each_feature_js, point_js
        Leaflet's ``style``, ``onEachFeature`` and ``pointToLayer`` options, as JavaScript
        functions (``point_js`` only for a layer of points).
    pane
        The map pane the layer draws in (see :data:`zonemap.web.basemap.PANES`), which keeps
        its place above or below the others whatever is switched off and on again.
    """

    _template = Template(template_text("shared_geojson.js.j2"))

    def __init__(
        self,
        data_js: str,
        name: str,
        *,
        style_js: str,
        on_each_feature_js: str,
        pane: str,
        point_js: str | None = None,
        interactive: bool = True,
        control: bool = True,
    ):
        super().__init__(name=name, overlay=True, control=control)
        self._name = "SharedGeoJson"
        self.data_js = data_js
        self.style_js = style_js
        self.on_each_feature_js = on_each_feature_js
        self.point_js = point_js
        self.pane = pane
        self.interactive = interactive


class ScriptLayer(Layer):
    """A layer made by a JavaScript expression: names on the map, an online base map.

    It is listed in the layer control under ``name``, and added to the map at once only when
    ``show``.
    """

    _template = Template(
        "{% macro script(this, kwargs) %}var {{ this.get_name() }} = {{ this.layer_js }};"
        "{% endmacro %}"
    )

    def __init__(self, layer_js: str, name: str, *, show: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "ScriptLayer"
        self.layer_js = layer_js


_PAGE_TEMPLATE = branca.element.Template(template_text("figure.html.j2"))
#: The height of a map shown in a notebook: room for the map under the round's panels.
NOTEBOOK_HEIGHT = "640px"


class PageMap(folium.Map):
    """A folium map that is shown and saved as the page :func:`render_page` gives.

    folium's own ``_repr_html_`` and ``save`` would render it without the verbatim macros and
    page clean-up of :func:`render_page`. A notebook shows it in a frame of its own, which
    draws only when the page carries its assets inline.
    """

    def _repr_html_(self, **kwargs: Any) -> str:
        """The page in a frame, for Jupyter."""
        page = html.escape(render_page(self), quote=True)
        # the title is escaped already, quotes included (see new_map)
        return (
            f'<iframe srcdoc="{page}" title="{self.get_root().title}" '
            f'style="width:100%;height:{NOTEBOOK_HEIGHT};border:none"></iframe>'
        )

    def save(self, outfile: str | Path, close_file: bool = True, **kwargs: Any) -> None:
        """Write the page to the file ``outfile`` (UTF-8)."""
        write_text(Path(outfile), render_page(self))


def new_map(*, head: str, title: str, zoom_snap: float) -> folium.Map:
    """A map page with no tiles and only the given ``<head>`` assets, titled ``title``.

    ``title`` must be escaped already: folium puts it in the page as it is.
    """
    fmap = PageMap(
        location=[35.0, 38.5], zoom_start=7, tiles=None, control_scale=True, zoom_snap=zoom_snap
    )
    # Only the assets in ``head``; folium's default page pulls jQuery, Bootstrap and Font
    # Awesome from CDNs, none of which these maps use.
    fmap.default_js = []
    fmap.default_css = []
    root = fmap.get_root()
    root.header.add_child(Raw(head), name="zonemap_assets")
    root.title = title
    root._template = _PAGE_TEMPLATE
    return fmap


def map_name(fmap: folium.Map) -> str:
    """The JavaScript variable that holds the page's Leaflet map."""
    return fmap.get_name()


def set_start(fmap: folium.Map, arguments: str) -> None:
    """Hand the page's map script to ``zonemap.start`` with these leading arguments."""
    root = fmap.get_root()
    root.zonemap_start = arguments
    root.zonemap_map = fmap.get_name()


def add_script(fmap: folium.Map, text: str) -> None:
    """Run finished JavaScript once the layers added so far have been created."""
    _MapScript(text).add_to(fmap)


def add_html(fmap: folium.Map, name: str, html: str) -> None:
    """Place finished HTML in the page body."""
    fmap.get_root().html.add_child(Raw(html), name=name)


def add_layer_control(fmap: folium.Map, overlays: list[tuple[str, str]], collapsed_js: str) -> None:
    """The layer control listing ``overlays``, folded while ``collapsed_js`` is true.

    ``overlays`` are (name, JavaScript of the layer) pairs, in the control's order.
    """
    _MapScript(script("layer_control", fmap.get_name(), overlays, collapsed_js)).add_to(fmap)


def listed(layer: Layer) -> tuple[str, str]:
    """A folium layer as a layer-control entry: its name and its JavaScript variable."""
    return layer.layer_name, layer.get_name()


# folium's map header forbids zooming the page (user-scalable=no), which a phone reader needs.
_FOLIUM_VIEWPORT = re.compile(r'<meta name="viewport"[^>]*user-scalable=no[^>]*>')
_VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">'


def render_page(fmap: folium.Map) -> str:
    """Return the whole page's HTML, without folium's indentation and blank lines."""
    root = fmap.get_root()
    # Rendering fills the page's header, body and script with what each element renders to,
    # under names a second render does not reuse (folium's layers add a fresh child naming
    # them each time); they are put back as they were, so the map renders the same again.
    parts = (root.header, root.html, root.script)
    before = [part._children.copy() for part in parts]
    try:
        with _verbatim_macros():
            html = root.render()
    finally:
        for part, children in zip(parts, before, strict=True):
            part._children = children
    page, replaced = _FOLIUM_VIEWPORT.subn(_VIEWPORT, html)
    if replaced != 1:
        raise RuntimeError("folium's viewport meta tag changed: see folium_adapter.render_page")
    return unindented(page)
