"""The browser assets every map uses, listed in one place: Leaflet 1.9.3 from xstatic-leaflet.

No CDN: maps either link the files copied once to ``maps/assets/`` or carry them inline.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import xstatic.pkg.leaflet as xleaflet

from .templating import template_text

__all__ = [
    "ASSET_DIR",
    "LEAFLET_ID",
    "Asset",
    "inline_css",
    "inline_head",
    "leaflet_assets",
    "linked_head",
    "page_script",
    "shared_assets",
]

ASSET_DIR = "assets"
_IMAGES = ("layers.png", "layers-2x.png")  # the layer-control icon; no marker icons are used
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")


@dataclass(frozen=True)
class Asset:
    """One file a map needs: its name under ``assets/`` and its bytes."""

    name: str
    data: bytes


@cache
def leaflet_assets() -> tuple[Asset, ...]:
    """Return Leaflet's script, stylesheet and layer-control images, ready to write.

    The source-map comment is dropped so that no browser asks for a file that is not there.
    """
    base = Path(xleaflet.BASE_DIR)
    script = _SOURCE_MAP.sub("\n", (base / "leaflet.js").read_text(encoding="utf-8"))
    style = (base / "leaflet.css").read_text(encoding="utf-8")
    images = [Asset(f"images/{n}", (base / "images" / n).read_bytes()) for n in _IMAGES]
    return (
        Asset("leaflet.js", script.encode("utf-8")),
        Asset("leaflet.css", style.encode("utf-8")),
        *images,
    )


def inline_css(css: str) -> str:
    """Replace the stylesheet's image links with data URIs, for a standalone page."""
    images = {a.name: a.data for a in leaflet_assets() if a.name.startswith("images/")}

    def embed(match: re.Match[str]) -> str:
        data = images.get(match.group(1))
        if data is None:
            return "none"  # marker icons: not used by zonemap's maps
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    return re.sub(r"url\((images/[^)]+)\)", embed, css)


@cache
def page_script() -> str:
    """The page start-up script: the still preview, then Leaflet (see ``page.js``)."""
    return template_text("page.js")


def shared_assets(geometry_js: str, popups_js: str, page_css: str) -> tuple[Asset, ...]:
    """Return the files every map links, and Leaflet's layer-control images.

    ``zonemap.js`` (the shared geometry and the start-up script) runs first, so a map's still
    preview can be painted before Leaflet, loaded alongside, has run; ``popups.js`` is
    loaded once the preview is painted; one stylesheet carries Leaflet's rules and the
    maps' own.
    """
    leaflet = {a.name: a.data for a in leaflet_assets()}
    images = tuple(a for a in leaflet_assets() if a.name.startswith("images/"))
    return (
        Asset("zonemap.js", (geometry_js + page_script()).encode("utf-8")),
        Asset("popups.js", popups_js.encode("utf-8")),
        Asset("leaflet.js", leaflet["leaflet.js"]),
        Asset("zonemap.css", leaflet["leaflet.css"] + b"\n" + page_css.encode("utf-8")),
        *images,
    )


LEAFLET_ID = "zm-leaflet"  # the id of a linked map's Leaflet script element


def linked_head() -> str:
    """The ``<head>`` lines of a map that links the shared assets.

    Leaflet loads asynchronously, compiled off the main thread, and the map is made only
    once the still preview has been painted; the Leaflet script names the popups' file,
    which ``page.js`` loads then.
    """
    return (
        f'<link rel="stylesheet" href="{ASSET_DIR}/zonemap.css">\n'
        f'<script src="{ASSET_DIR}/zonemap.js"></script>\n'
        f'<script id="{LEAFLET_ID}" src="{ASSET_DIR}/leaflet.js" '
        f'data-popups="{ASSET_DIR}/popups.js" async></script>'
    )


def inline_head(geometry_js: str, popups_js: str, page_css: str) -> str:
    """The ``<head>`` lines of a standalone map: the same assets, carried inline."""
    leaflet = {
        a.name: a.data.decode("utf-8") for a in leaflet_assets() if a.name.endswith(("js", "css"))
    }
    css = inline_css(leaflet["leaflet.css"]) + "\n" + page_css
    return (
        f"<style>{css}</style>\n<script>{leaflet['leaflet.js']}</script>\n"
        f"<script>{geometry_js}{page_script()}{popups_js}</script>"
    )
