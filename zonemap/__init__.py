"""zonemap: maps of the Syrian de-escalation zones of the Astana process, round by round.

The public surface a notebook needs::

    import zonemap
    atlas = zonemap.load_atlas()
    table = zonemap.zones_on(atlas, round_id="astana-6")
    zonemap.round_map("astana-6")  # the round's map, shown by Jupyter

The names that need shapely, pydantic or folium are imported on first use, so ``import
zonemap`` (and every query command) loads only what it asks for: the atlas needs shapely and
pyproj, a table pandas, a map folium.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Light modules, imported at once: ``zonemap.diff`` must stay the function, not the module.
from .diff import Diff, diff
from .errors import ZonemapError
from .tables import posts_on, timeline, zones_at, zones_on
from .validity import status_on

if TYPE_CHECKING:
    from .atlas import Atlas, load_atlas
    from .by_governorate import zones_by_governorate
    from .catalogue import Catalogue, load_catalogue
    from .coverage import load_admin, pcode_coverage
    from .web.notebook import round_map

__all__ = [
    "Atlas",
    "Catalogue",
    "Diff",
    "ZonemapError",
    "diff",
    "load_admin",
    "load_atlas",
    "load_catalogue",
    "pcode_coverage",
    "posts_on",
    "round_map",
    "status_on",
    "timeline",
    "zones_at",
    "zones_by_governorate",
    "zones_on",
]

# The names whose modules need shapely, pydantic or folium, and those modules.
_LAZY = {
    "Atlas": "atlas",
    "Catalogue": "catalogue",
    "load_admin": "coverage",
    "load_atlas": "atlas",
    "load_catalogue": "catalogue",
    "pcode_coverage": "coverage",
    "round_map": "web.notebook",
    "zones_by_governorate": "by_governorate",
}


def __getattr__(name: str) -> Any:
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module 'zonemap' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
