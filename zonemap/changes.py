"""What changed between two days (or rounds): zones established, extended, ended, superseded.

Reads only zone tables from :mod:`zonemap.rounds`; used by the round maps and by Python code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import geopandas as gpd

from .validity import IN_FORCE

__all__ = ["Change", "diff_tables"]

ChangeKind = Literal["established", "extended", "ended", "superseded"]


@dataclass(frozen=True)
class Change:
    """One zone's change between two tables."""

    zone_id: str
    name: str
    kind: ChangeKind
    detail: str


def diff_tables(before: gpd.GeoDataFrame | None, after: gpd.GeoDataFrame) -> list[Change]:
    """Return the changes from the ``before`` table to the ``after`` table, zone by zone.

    ``before`` may be ``None`` (the first round): every zone in ``after`` is then new.
    """
    old = {} if before is None else {r["zone_id"]: r for r in before.to_dict("records")}
    changes = []
    for row in after.to_dict("records"):
        previous = old.get(row["zone_id"])
        was_in_force = previous is not None and previous["status"] in IN_FORCE
        is_in_force = row["status"] in IN_FORCE
        if is_in_force and previous is None:
            changes.append(
                Change(
                    row["zone_id"], row["name"], "established", f"established {row['valid_from']}"
                )
            )
        elif was_in_force and not is_in_force:
            kind: ChangeKind = "superseded" if row["status"] == "superseded" else "ended"
            changes.append(
                Change(
                    row["zone_id"], row["name"], kind, f"{kind} {row['ended_on']}: {row['event']}"
                )
            )
        elif is_in_force and previous is not None and row["extensions"] > previous["extensions"]:
            changes.append(
                Change(
                    row["zone_id"],
                    row["name"],
                    "extended",
                    f"extension {row['extensions']}, to {row['period_end']}",
                )
            )
    return changes
