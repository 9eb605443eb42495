"""How each zone divides among governorates on a day: one row per zone, extent and governorate."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shapely

from .atlas import Atlas
from .days import DayLike
from .projection import to_equal_area
from .tables import row_geometry, zone_records

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["GOVERNORATE_COLUMNS", "zones_by_governorate"]

#: The columns of :func:`zones_by_governorate`, in order.
GOVERNORATE_COLUMNS: tuple[str, ...] = (
    "zone_id",
    "name",
    "extent",
    "status",
    "as_of",
    "pcode",
    "governorate",
    "area_km2",
    "share_of_zone_pct",
    "share_of_governorate_pct",
)


def zones_by_governorate(
    atlas: Atlas, day: DayLike | None = None, *, round_id: str | None = None
) -> pd.DataFrame:
    """Return each zone's area in each of its governorates, for the agreed and held extents.

    The zones and extents are the rows of :func:`zonemap.zones_on` for the same day; each is
    split over the governorates the zone is drawn from, and areas are measured in the
    equal-area projection (:mod:`zonemap.projection`). A held extent may have left a
    governorate altogether: its row is then kept with 0 km².

    Parameters
    ----------
    atlas
        The loaded atlas (:func:`zonemap.load_atlas`).
    day
        The day, read as in :func:`zonemap.zones_on`.
    round_id
        Instead of ``day``, a round: as of the round's last day.

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`GOVERNORATE_COLUMNS`: ``area_km2`` is the zone's extent inside
        the governorate, ``share_of_zone_pct`` that area as a share of the extent and
        ``share_of_governorate_pct`` as a share of the governorate (both in %); ``as_of``
        is ``datetime64``.

    Examples
    --------
    >>> from zonemap import load_atlas
    >>> table = zones_by_governorate(load_atlas(), round_id="astana-6")
    >>> southern = table[(table["zone_id"] == "southern") & (table["extent"] == "agreed")]
    >>> southern["governorate"].tolist()
    ["Dar'a", 'Quneitra']
    """
    import pandas as pd  # only where a data frame is asked for

    governorates = {g.pcode: g for g in atlas.boundaries}
    measured = {pcode: to_equal_area(g.geometry) for pcode, g in governorates.items()}
    rows = []
    for row in zone_records(atlas, day, round_id=round_id):
        extent = (
            atlas.shapes[row["zone_id"]].equal_area
            if row["extent"] == "agreed"
            else to_equal_area(row_geometry(atlas, row))
        )
        for pcode in row["governorates"]:
            inside = shapely.intersection(extent, measured[pcode]).area
            rows.append(
                {
                    "zone_id": row["zone_id"],
                    "name": row["name"],
                    "extent": row["extent"],
                    "status": row["status"],
                    "as_of": row["as_of"],
                    "pcode": pcode,
                    "governorate": governorates[pcode].name_en,
                    "area_km2": round(inside / 1e6, 1),
                    "share_of_zone_pct": round(100 * inside / extent.area, 1),
                    "share_of_governorate_pct": round(100 * inside / measured[pcode].area, 1),
                }
            )
    table = pd.DataFrame(rows, columns=list(GOVERNORATE_COLUMNS))
    table["as_of"] = pd.to_datetime(table["as_of"], format="ISO8601").astype("datetime64[ns]")
    return table
