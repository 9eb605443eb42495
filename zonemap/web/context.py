"""What every page of one build shares, computed once before any page is rendered.

Each round's zone rows, each zone's GeoJSON geometry, the governorates' names and the page's
``<head>`` (linked assets, or inline copies) are read by every page that needs them.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..atlas import Atlas
from ..catalogue import Catalogue
from ..export import gdal_bytes
from ..geojson import feature_collection, rfc7946_geometry
from ..metadata import export_metadata
from ..tables import row_geometry, zone_records
from .assets import inline_head, linked_head
from .display import Display
from .styles import ROAD_COLOUR, SEA, map_key
from .templating import render

__all__ = ["GEOPACKAGE", "BuildContext", "page_css"]


#: Every round's zones, for GIS: one layer with a ``round_id`` field. One file, as a file per
#: round would weigh 128 kB, mostly empty pages; no spatial index, as a few hundred zones need
#: none.
GEOPACKAGE = "zones.gpkg"


@cache
def page_css() -> str:
    """The maps' own stylesheet."""
    return render("page.css.j2", sea=SEA, road=ROAD_COLOUR, map_key=map_key(changes=True))


@dataclass
class BuildContext:
    """One build's shared inputs: atlas, display geometry, assets, rows and geometries.

    ``geometry_js`` is the shared display-geometry script and ``popups_js`` the shared
    popups; standalone (``inline``) pages carry both, and Leaflet, in their own ``<head>``.
    ``frame`` is the extent every map opens on, in Leaflet's zoom-0 pixels. ``kept_as`` is
    the key the context is kept under between builds (see :mod:`.incremental`), if it is.
    """

    atlas: Atlas
    display: Display
    inline: bool
    geometry_js: str
    popups_js: str
    frame: list[list[float]]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    geometries: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)
    governorate_names: dict[str, str] = field(default_factory=dict)
    kept_as: str | None = None

    def __post_init__(self) -> None:
        for round_ in self.atlas.catalogue.rounds:
            rows = zone_records(self.atlas, round_id=round_.id)
            self.rows[round_.id] = rows
            for row in rows:
                key = (row["zone_id"], row["extent"], row["held_since"])
                if key not in self.geometries:
                    self.geometries[key] = rfc7946_geometry(row_geometry(self.atlas, row))
        self.governorate_names = {g.pcode: g.name_en for g in self.atlas.boundaries}

    def with_catalogue(self, catalogue: Catalogue) -> BuildContext:
        """A copy of the context with ``catalogue`` in its atlas, everything else shared.

        For a catalogue that differs from the atlas's own only in what no shared part of the
        context reads: the rounds' page text (see :mod:`.incremental`).
        """
        again = copy.copy(self)
        again.atlas = dataclasses.replace(self.atlas, catalogue=catalogue)
        return again

    def head(self) -> str:
        """The ``<head>`` lines that bring a page its scripts and styles."""
        if self.inline:
            return inline_head(self.geometry_js, self.popups_js, page_css())
        return linked_head()

    def geopackage(self) -> bytes:
        """Every round's zones in one GeoPackage layer (``round_id`` tells them apart).

        Kept beside a kept context: GDAL takes a tenth of a build to write it.
        """
        from ..atlas_cache import kept

        return kept("geopackage", self.kept_as, self._geopackage)

    def _geopackage(self) -> bytes:
        records = (
            (row, self.geometries[(row["zone_id"], row["extent"], row["held_since"])])
            for rows in self.rows.values()
            for row in rows
        )
        return gdal_bytes(records, GEOPACKAGE, "GPKG", metadata=export_metadata(self.atlas))

    def geojson(self, round_id: str) -> str:
        """The round's zones as an RFC 7946 FeatureCollection."""
        rows = self.rows[round_id]
        return feature_collection(
            rows,
            (self.geometries[(r["zone_id"], r["extent"], r["held_since"])] for r in rows),
            export_metadata(self.atlas),
        )
