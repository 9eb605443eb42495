"""Whole-catalogue consistency checks behind ``zonemap check``: every problem, not the first.

The catalogue and the boundaries are loaded exactly as every other command loads them, so
whatever another command refuses, ``check`` reports, and only that. Once they load, it adds
what loading does not check: every way the catalogue files break their shipped JSON Schemas
(:mod:`zonemap.schemas`, what an editor using them reports) and every overlap between
governorates of the boundary layer; an invalid polygon is repaired on load, with a warning.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import shapely

from .atlas import load_atlas
from .errors import ZonemapError
from .projection import to_equal_area
from .schemas import schema_problems

__all__ = ["find_problems"]

# Natural Earth and OCHA borders are drawn independently; slivers below this are noise.
_OVERLAP_TOLERANCE_KM2 = 1.0


def find_problems(
    catalogue: Path | str | None = None, boundaries: Path | str | None = None
) -> list[str]:
    """Return every problem found in the catalogue and boundaries (empty when all is well)."""
    try:
        atlas = load_atlas(catalogue, boundaries)
    except ZonemapError as exc:
        return [str(exc)]
    problems = schema_problems(atlas.catalogue.folder)
    boundaries = atlas.boundaries
    source = boundaries.source
    projected = [to_equal_area(geom) for geom in boundaries.geometries]
    pairs = itertools.combinations(zip(boundaries.pcodes, projected, strict=True), 2)
    for (code_a, geom_a), (code_b, geom_b) in pairs:
        overlap = shapely.intersection(geom_a, geom_b).area / 1e6
        if overlap > _OVERLAP_TOLERANCE_KM2:
            problems.append(f"{source}: {code_a} and {code_b} overlap by {overlap:.1f} km²")
    return problems
