"""zonemap: maps of the Syrian de-escalation zones of the Astana process, round by round.

The public surface a notebook needs::

    import zonemap
    atlas = zonemap.load_atlas()
    table = zonemap.zones_on(atlas, round_id="astana-6")
    zonemap.round_map("astana-6")  # the round's map, shown by Jupyter

Loading the atlas needs shapely and pyproj only; the data-frame and map libraries are imported
when a table or a map is first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .atlas import Atlas, load_atlas
from .by_governorate import zones_by_governorate
from .catalogue import Catalogue, load_catalogue
from .coverage import load_admin, pcode_coverage
from .diff import Diff, diff
from .errors import ZonemapError
from .tables import posts_on, timeline, zones_at, zones_on
from .validity import status_on

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    # The map is the one public name that needs folium: it is imported on first use only, so
    # that ``import zonemap`` (and every query command) stays free of the map libraries.
    if name == "round_map":
        from .web.notebook import round_map

        return round_map
    raise AttributeError(f"module 'zonemap' has no attribute {name!r}")
