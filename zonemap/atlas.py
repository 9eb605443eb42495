"""Load everything zonemap knows, once: the checked catalogue, the boundaries and zone shapes.

The :class:`Atlas` is the one input of every table (:mod:`zonemap.tables`) and through them
of every output; nothing downstream goes back to the YAML or the boundary files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import shapely

from .boundaries import Boundaries, load_governorates, load_undof
from .catalogue import Catalogue, load_catalogue
from .gazetteer import Gazetteer, load_places
from .geometry import ZoneShape, build_zone_shapes

__all__ = ["Atlas", "load_atlas", "load_gazetteer"]


@dataclass(frozen=True)
class Atlas:
    """Everything zonemap knows, loaded and checked once."""

    catalogue: Catalogue
    boundaries: Boundaries
    gazetteer: Gazetteer
    shapes: dict[str, ZoneShape]
    undof: shapely.Geometry  # the UNDOF area of separation, drawn on every map
    _areas: dict[frozenset[str], float] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def as_of(self, round_id: str) -> dt.date:
        """The day a round's map shows: its last day."""
        return self.catalogue.round(round_id).end

    def area_km2(self, zone_ids: Iterable[str]) -> float:
        """Area covered by these zones, overlaps counted once; each set is united only once."""
        key = frozenset(zone_ids)
        if key not in self._areas:
            union = shapely.union_all([self.shapes[zone_id].equal_area for zone_id in key])
            self._areas[key] = round(union.area / 1e6, 1)
        return self._areas[key]


def load_atlas(catalogue: Path | str | None = None, boundaries: Path | str | None = None) -> Atlas:
    """Load and check the catalogue and boundaries, and build every zone's shape.

    Parameters
    ----------
    catalogue
        A catalogue folder (``rounds.yaml``, ``zones.yaml``, ``posts.yaml``); the shipped one
        when omitted.
    boundaries
        An admin-1 layer with P-codes; the shipped Natural Earth governorates when omitted.

    Examples
    --------
    >>> atlas = load_atlas()
    >>> [zone.id for zone in atlas.catalogue.zones][:2]
    ['idlib', 'northern-homs']
    """
    checked = load_catalogue(catalogue)
    layer = load_governorates(boundaries)
    gazetteer = load_gazetteer(checked, layer)
    shapes = build_zone_shapes(checked.zones, layer, gazetteer, file=checked.folder / "zones.yaml")
    return Atlas(checked, layer, gazetteer, shapes, load_undof())


def load_gazetteer(catalogue: Catalogue, boundaries: Boundaries) -> Gazetteer:
    """Return the name lookup over the shipped places, these governorates and these zones."""
    return Gazetteer(
        load_places(),
        ((g.pcode, g.name_en, g.name_ar, g.aliases) for g in boundaries),
        ((z.id, z.name, z.aliases) for z in catalogue.zones),
    )
