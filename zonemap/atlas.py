"""Load everything zonemap knows, once: the catalogue, the boundaries, zones and who held them.

The :class:`Atlas` is the one input of every table (:mod:`zonemap.tables`) and through them
of every output; nothing downstream goes back to the YAML or the boundary files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import shapely

from .atlas_cache import cached
from .boundaries import Boundaries, load_governorates, load_undof
from .catalogue import Catalogue, load_catalogue
from .control import History, State, build_history, derive_history
from .errors import CatalogueError
from .gazetteer import Gazetteer, load_places
from .geometry import ZoneShape, build_zone_shape
from .metadata import BoundaryOrigin, boundary_origin
from .paths import catalogue_dir, geodata_dir
from .records import Zone

__all__ = ["Atlas", "load_atlas", "load_gazetteer"]


@dataclass(frozen=True)
class Atlas:
    """Everything zonemap knows, loaded and checked once."""

    catalogue: Catalogue
    boundaries: Boundaries
    gazetteer: Gazetteer
    shapes: dict[str, ZoneShape]
    histories: dict[str, History]
    undof: shapely.Geometry  # the UNDOF area of separation, drawn on every map
    _areas: dict[frozenset[str], float] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def boundary_origin(self) -> BoundaryOrigin:
        """Who made the boundary layer, its licence, the credit owed and its version."""
        return boundary_origin(self.boundaries, Path(str(geodata_dir() / "governorates.geojson")))

    def as_of(self, round_id: str) -> dt.date:
        """The day a round's map shows: its last day."""
        return self.catalogue.round(round_id).end

    def held_on(self, zone_id: str, day: dt.date) -> State:
        """A zone's held state on ``day``."""
        return self.histories[zone_id].on(day)

    def area_km2(self, zone_ids: Iterable[str]) -> float:
        """Area covered by these zones, overlaps counted once; each set is united only once."""
        key = frozenset(zone_ids)
        if key not in self._areas:
            union = shapely.union_all([self.shapes[zone_id].equal_area for zone_id in key])
            self._areas[key] = round(union.area / 1e6, 1)
        return self._areas[key]


def load_atlas(
    catalogue: Path | str | None = None,
    boundaries: Path | str | None = None,
    *,
    report: Callable[[str], None] | None = None,
    checked: Catalogue | None = None,
) -> Atlas:
    """Load and check the catalogue and boundaries, and build every zone's shape and history.

    An atlas built from the same inputs before is read back instead (see
    :mod:`zonemap.atlas_cache`).

    Parameters
    ----------
    catalogue
        A catalogue folder (``metadata.yaml``, ``rounds.yaml``, ``zones.yaml``,
        ``posts.yaml``); the shipped one when omitted.
    boundaries
        An admin-1 layer with P-codes; the shipped Natural Earth governorates when omitted.
    report
        Told in one line whether the atlas was read back or computed (``zonemap -v``).
    checked
        The catalogue of ``catalogue`` when the caller has loaded it already
        (:func:`~zonemap.catalogue.load_catalogue`): it is not read again.

    Examples
    --------
    >>> atlas = load_atlas()
    >>> [zone.id for zone in atlas.catalogue.zones][:2]
    ['idlib', 'northern-homs']
    """
    folder = Path(catalogue) if catalogue is not None else catalogue_dir()
    layer_file = Path(boundaries) if boundaries is not None else None
    return cached(folder, layer_file, lambda: _load(folder, layer_file, checked), report=report)


def _load(catalogue: Path, boundaries: Path | None, checked: Catalogue | None) -> Atlas:
    checked = checked if checked is not None else load_catalogue(catalogue)
    layer = load_governorates(boundaries)
    gazetteer = load_gazetteer(checked, layer)
    shapes, histories = _zones(checked, layer, gazetteer)
    return Atlas(checked, layer, gazetteer, shapes, histories, load_undof())


def _dependencies(zone: Zone) -> set[str]:
    """The zones whose held extent this zone's extent or history is drawn from."""
    bands = {p.band.of for p in zone.parts if p.band is not None}
    return bands | ({zone.held_within} if zone.held_within else set())


def _zones(
    catalogue: Catalogue, boundaries: Boundaries, gazetteer: Gazetteer
) -> tuple[dict[str, ZoneShape], dict[str, History]]:
    """Every zone's agreed extent and history, zones drawn from others after those others."""
    file = catalogue.folder / "zones.yaml"
    country = shapely.union_all(boundaries.geometries)
    shapes: dict[str, ZoneShape] = {}
    histories: dict[str, History] = {}

    def held_on(zone_id: str, day: dt.date) -> shapely.Geometry:
        return histories[zone_id].on(day).held

    known = {z.id for z in catalogue.zones}
    for zone in catalogue.zones:
        unknown = _dependencies(zone) - known
        if unknown:
            raise CatalogueError(
                f"drawn from unknown zone {', '.join(sorted(unknown))}",
                file=file,
                entry=f"zone {zone.id}",
            )
    pending = list(catalogue.zones)
    while pending:
        ready = [z for z in pending if _dependencies(z) <= histories.keys()]
        if not ready:
            names = ", ".join(z.id for z in pending)
            raise CatalogueError(f"zones drawn from each other in a circle: {names}", file=file)
        for zone in ready:
            shape = build_zone_shape(
                zone, boundaries, gazetteer, held_on=held_on, country=country, file=file
            )
            shapes[zone.id] = shape
            histories[zone.id] = (
                derive_history(zone, shape, histories[zone.held_within])
                if zone.held_within
                else build_history(zone, shape, gazetteer, file=file)
            )
            pending.remove(zone)
    return {z.id: shapes[z.id] for z in catalogue.zones}, histories


def load_gazetteer(catalogue: Catalogue, boundaries: Boundaries) -> Gazetteer:
    """Return the name lookup over the shipped places, these governorates and these zones."""
    return Gazetteer(
        load_places(),
        ((g.pcode, g.name_en, g.name_ar, g.aliases) for g in boundaries),
        ((z.id, z.name, z.aliases) for z in catalogue.zones),
    )
