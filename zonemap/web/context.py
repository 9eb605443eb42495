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
from ..tables import zone_records
from .assets import inline_head, linked_head
from .templating import render

__all__ = ["BuildContext", "page_css"]


@cache
def page_css() -> str:
    """The maps' own stylesheet."""
    return render("page.css.j2")


@dataclass
class BuildContext:
    """One build's shared inputs: the atlas, how pages carry assets, rows and geometries.

    ``geometry_js`` is the shared display-geometry script; standalone (``inline``) pages
    carry it, and Leaflet, in their own ``<head>``.
    """

    atlas: Atlas
    inline: bool
    geometry_js: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    geometries: dict[str, dict[str, Any]] = field(default_factory=dict)
    governorate_names: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for round_ in self.atlas.catalogue.rounds:
            self.rows[round_.id] = zone_records(self.atlas, round_id=round_.id)
        for zone_id, shape in self.atlas.shapes.items():
            self.geometries[zone_id] = rfc7946_geometry(shape.geometry)
        self.governorate_names = {g.pcode: g.name_en for g in self.atlas.boundaries}

    def head(self) -> str:
        """The ``<head>`` lines that bring a page its scripts and styles."""
        return inline_head(self.geometry_js, page_css()) if self.inline else linked_head()

    def geojson(self, round_id: str) -> str:
        """The round's zones as an RFC 7946 FeatureCollection."""
        rows = self.rows[round_id]
        return feature_collection(rows, (self.geometries[row["zone_id"]] for row in rows))
