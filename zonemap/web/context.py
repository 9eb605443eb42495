"""What every page of one build shares, computed once before any page is rendered.

Each round's zone rows, each zone's GeoJSON geometry, the governorates' names and the page's
``<head>`` (linked assets, or inline copies) are read by every page that needs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..atlas import Atlas
from ..geojson import feature_collection, rfc7946_geometry
from ..tables import row_geometry, zone_records
from .assets import inline_head, linked_head
from .display import Display
from .styles import ROAD_COLOUR, SEA
from .templating import render

__all__ = ["BuildContext", "page_css"]


@cache
def page_css() -> str:
    """The maps' own stylesheet."""
    return render("page.css.j2", sea=SEA, road=ROAD_COLOUR)


@dataclass
class BuildContext:
    """One build's shared inputs: atlas, display geometry, assets, rows and geometries.

    ``geometry_js`` is the shared display-geometry script; standalone (``inline``) pages
    carry it, and Leaflet, in their own ``<head>``.
    """

    atlas: Atlas
    display: Display
    inline: bool
    geometry_js: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    geometries: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)
    governorate_names: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for round_ in self.atlas.catalogue.rounds:
            rows = zone_records(self.atlas, round_id=round_.id)
            self.rows[round_.id] = rows
            for row in rows:
                key = (row["zone_id"], row["extent"], row["held_since"])
                if key not in self.geometries:
                    self.geometries[key] = rfc7946_geometry(row_geometry(self.atlas, row))
        self.governorate_names = {g.pcode: g.name_en for g in self.atlas.boundaries}

    def head(self) -> str:
        """The ``<head>`` lines that bring a page its scripts and styles."""
        return inline_head(self.geometry_js, page_css()) if self.inline else linked_head()

    def geojson(self, round_id: str) -> str:
        """The round's zones as an RFC 7946 FeatureCollection."""
        rows = self.rows[round_id]
        return feature_collection(
            rows, (self.geometries[(r["zone_id"], r["extent"], r["held_since"])] for r in rows)
        )
