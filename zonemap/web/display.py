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
import shapely.ops

from ..atlas import Atlas
from ..boundaries import polygonal
from ..control import LostPiece, State
from ..landmarks import Landmarks
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
# A neighbour's name is written inside the part of it within this reach of Syria, so it
# stays in view instead of in the middle of Anatolia or Arabia.
_NAME_REACH_DEG = 0.7
_LABEL_TOLERANCE_DEG = 0.01  # polylabel's precision, about 1 km
_PIECE = "lost:"  # the prefix of a lost piece's shape key


@dataclass(frozen=True)
class Display:
    """Display geometries in EPSG:4326, zone shapes by key (agreed, held, lost pieces).

    ``label_points`` give where each zone shape's name is written (not for lost pieces),
    ``country_labels`` where each neighbouring country's is.
    """

    pcodes: tuple[str, ...]
    governorates: tuple[shapely.Geometry, ...]
    country: shapely.Geometry
    undof: shapely.Geometry
    shapes: dict[str, shapely.Geometry]
    landmarks: Landmarks
    label_points: dict[str, tuple[float, float]]
    country_labels: tuple[tuple[str, float, float], ...]


def agreed_key(zone_id: str) -> str:
    """The shape key of a zone's agreed extent."""
    return f"agreed:{zone_id}"


def held_key(state: State) -> str:
    """The shape key of a held extent (the agreed extent's key while all of it is held)."""
    return agreed_key(state.zone_id) if not state.pieces else f"held:{state.key}"


def piece_key(zone_id: str, piece: LostPiece) -> str:
    """The shape key of a lost piece of a zone."""
    return f"{_PIECE}{zone_id}:{piece.key}"


def _to_degrees(geom: shapely.Geometry) -> shapely.Geometry:
    return shapely.set_precision(to_lonlat(geom), PRECISION)


def _label_point(geom: shapely.Geometry) -> tuple[float, float]:
    """The point deepest inside the largest polygon: where its name fits best."""
    largest = max(shapely.get_parts(geom), key=lambda part: part.area)
    point = shapely.ops.polylabel(largest, _LABEL_TOLERANCE_DEG)
    return (round(point.x, 4), round(point.y, 4))


def _country_labels(
    landmarks: Landmarks, country: shapely.Geometry
) -> tuple[tuple[str, float, float], ...]:
    reach = shapely.buffer(shapely.envelope(country), _NAME_REACH_DEG)
    labels = []
    for neighbour in landmarks.countries:
        near = polygonal(shapely.intersection(neighbour.geometry, reach))
        if not near.is_empty and near.area > 0.05:  # big enough to write a name in
            labels.append((neighbour.name, *_label_point(near)))
    return tuple(labels)


def display_geometry(atlas: Atlas, landmarks: Landmarks, days: Iterable[dt.date] = ()) -> Display:
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
    shapes = {key: geom for key, geom in shapes.items() if not geom.is_empty}
    country = shapely.set_precision(shapely.coverage_union_all(governorates), PRECISION)
    return Display(
        pcodes=tuple(atlas.boundaries.pcodes),
        governorates=governorates,
        country=country,
        undof=_to_degrees(undof),
        shapes=shapes,
        landmarks=landmarks,
        label_points={
            key: _label_point(geom) for key, geom in shapes.items() if not key.startswith(_PIECE)
        },
        country_labels=_country_labels(landmarks, country),
    )
