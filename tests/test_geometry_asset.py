"""The shared script's display geometry: Encoded Polyline runs on the whole-unit grid."""

from __future__ import annotations

import numpy as np
import polyline

import shapely

from zonemap.web.geometry_asset import PREVIEW_UNITS, _polyline_path, leaflet_pixels
from zonemap.web.templating import js_string


def on_grid(coords: object) -> list[tuple[int, int]]:
    points = np.rint(leaflet_pixels(np.asarray(coords)) * PREVIEW_UNITS).astype(np.int64)
    return [(x, y) for x, y in points.tolist()]


def test_a_polygons_rings_are_its_points_on_the_grid_one_polyline_run_each() -> None:
    hole = [(36.2, 35.2), (36.4, 35.2), (36.4, 35.4), (36.2, 35.2)]
    polygon = shapely.Polygon([(36, 35), (37, 35), (37, 36), (36, 36), (36, 35)], [hole])
    runs = _polyline_path(polygon).split(" ")
    assert [polyline.decode(run, 0) for run in runs] == [
        on_grid(polygon.exterior.coords),
        on_grid(polygon.interiors[0].coords),
    ]


def test_a_multilines_parts_are_runs_of_their_own() -> None:
    lines = shapely.MultiLineString([[(36, 35), (37, 36)], [(38, 34), (38.5, 34.5), (39, 34)]])
    runs = _polyline_path(lines).split(" ")
    assert [polyline.decode(run, 0) for run in runs] == [on_grid(g.coords) for g in lines.geoms]


def test_the_script_string_escapes_what_would_end_it_or_the_script_element() -> None:
    quoted = js_string("a'b\\c</script>\n\u2028&")
    assert quoted == "'a\\'b\\\\c\\u003c/script\\u003e\\n\\u2028\\u0026'"
