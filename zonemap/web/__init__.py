"""Everything that knows HTML, JavaScript, Leaflet, folium or branca: the maps and pages.

Reads the atlas and its tables; nothing in the core of zonemap imports this package.
"""

from __future__ import annotations

from .build import BuildResult, build_maps

__all__ = ["BuildResult", "build_maps"]
