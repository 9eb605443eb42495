"""Geometry simplified for display, computed once per build and shared by every map.

Governorates are simplified as a coverage (shared borders simplified once, so no gaps or
overlaps open between neighbours), then each zone part is re-cut from its simplified
governorate with its simplified extent, so zone edges that follow a governorate border sit
exactly on the drawn border. Held extents and the lost pieces around them are cut from the
displayed agreed extent, so the three meet without gaps. Tolerances are in metres in the
equal-area CRS and keep every displayed line within 100 m of the source (tests check the
Hausdorff distance).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import shapely

from ..atlas import Atlas
from ..boundaries import polygonal
from ..control import LostPiece, State
from ..projection import to_equal_area, to_lonlat

__all__ = [
    "DISPLAY_TOLERANCE_M",
    "PRECISION",
    "Display",
    "agreed_key",
    "display_geometry",
    "held_key",
    "piece_key",
]

DISPLAY_TOLERANCE_M = 150.0  # coverage simplification; measured Hausdorff stays under 100 m
_EXTENT_TOLERANCE_M = 80.0  # Douglas-Peucker bounds the shift of extents by this directly
PRECISION = 1e-5  # displayed coordinates: 5 decimals, about 1 m


@dataclass(frozen=True)
class Display:
    """Display geometries in EPSG:4326, zone shapes by key (agreed, held, lost pieces)."""

    pcodes: tuple[str, ...]
    governorates: tuple[shapely.Geometry, ...]
    country: shapely.Geometry
    undof: shapely.Geometry
    shapes: dict[str, shapely.Geometry]


def agreed_key(zone_id: str) -> str:
    """The shape key of a zone's agreed extent."""
    return f"agreed:{zone_id}"


def held_key(state: State) -> str:
    """The shape key of a held extent (the agreed extent's key while all of it is held)."""
    return agreed_key(state.zone_id) if not state.pieces else f"held:{state.key}"


def piece_key(zone_id: str, piece: LostPiece) -> str:
    """The shape key of a lost piece of a zone."""
    return f"lost:{zone_id}:{piece.key}"


def _to_degrees(geom: shapely.Geometry) -> shapely.Geometry:
    return shapely.set_precision(to_lonlat(geom), PRECISION)


def display_geometry(atlas: Atlas, days: Iterable[dt.date] = ()) -> Display:
    """Return the simplified geometry every map draws, with the held states of ``days``."""
    projected = [to_equal_area(geom) for geom in atlas.boundaries.geometries]
    simplified = shapely.coverage_simplify(projected, DISPLAY_TOLERANCE_M)
    governorates = tuple(_to_degrees(geom) for geom in simplified)
    by_pcode = dict(zip(atlas.boundaries.pcodes, governorates, strict=True))

    zones = {}
    for zone in atlas.catalogue.zones:
        parts = []
        for part, extent in zip(zone.parts, atlas.shapes[zone.id].extents, strict=True):
            whole = by_pcode[part.governorate]
            if extent is not None:
                extent = _to_degrees(to_equal_area(extent).simplify(_EXTENT_TOLERANCE_M))
                whole = shapely.intersection(whole, extent)
            parts.append(whole)
        zones[zone.id] = polygonal(shapely.set_precision(shapely.union_all(parts), PRECISION))
    shapes = {agreed_key(zone_id): geom for zone_id, geom in zones.items()}
    for zone in atlas.catalogue.zones:
        agreed = zones[zone.id]
        history = atlas.histories[zone.id]
        states = {s.key: s for s in (history.on(day) for day in sorted(days))}
        for state in states.values():
            if state.since is None and not state.pieces:
                continue
            lost = []
            for piece in state.pieces:
                key = piece_key(zone.id, piece)
                cut = shapes.get(key)
                if cut is None:
                    cut = polygonal(
                        shapely.intersection(agreed, piece.geometry, grid_size=PRECISION)
                    )
                lost.append(cut)
                # A zone drawn inside another shows its lost land through the other's pieces;
                # only land outside the other zone gets pieces of its own.
                if not zone.held_within or piece.change is None:
                    shapes[key] = cut
            held = shapely.difference(agreed, shapely.union_all(lost), grid_size=PRECISION)
            shapes[held_key(state)] = polygonal(held)

    undof = to_equal_area(atlas.undof).simplify(DISPLAY_TOLERANCE_M / 2)
    return Display(
        pcodes=tuple(atlas.boundaries.pcodes),
        governorates=governorates,
        country=shapely.set_precision(shapely.coverage_union_all(governorates), PRECISION),
        undof=_to_degrees(undof),
        shapes={key: geom for key, geom in shapes.items() if not geom.is_empty},
    )
