"""zonemap: maps of the Syrian de-escalation zones of the Astana process, round by round.

The public surface a notebook needs::

    import zonemap
    atlas = zonemap.load_atlas()
    table = zonemap.zones_on(atlas, round_id="astana-6")

Loading the atlas needs shapely and pyproj only; the data-frame and map libraries are imported
when a table or a map is first asked for.
"""

from __future__ import annotations

from .atlas import Atlas, load_atlas
from .catalogue import Catalogue, load_catalogue
from .diff import Diff, diff
from .errors import ZonemapError
from .tables import posts_on, timeline, zones_at, zones_on
from .validity import status_on

__all__ = [
    "Atlas",
    "Catalogue",
    "Diff",
    "ZonemapError",
    "diff",
    "load_atlas",
    "load_catalogue",
    "posts_on",
    "status_on",
    "timeline",
    "zones_at",
    "zones_on",
]
