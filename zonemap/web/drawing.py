"""What a round's map draws for each zone: which shapes, in what style and in what order.

One answer for the interactive page (:mod:`.pages`, which adds the popups) and the still
figure (:mod:`.figure`), so the two never show a round differently.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..atlas import Atlas
from ..diff import AtlasSource, Diff, diff_days
from ..records import Round
from ..tables import zone_records
from ..validity import IN_FORCE
from .display import Display, agreed_key, held_key, piece_key
from .styles import LOST_LABEL, PALETTE, agreed_style, held_style

__all__ = ["round_changes", "zone_shapes"]

Rows = list[dict[str, Any]]


def round_changes(
    atlas: Atlas, round_: Round, previous: Round | None, rows: Rows, before: Rows | None = None
) -> Diff:
    """What changed from the previous round's map to this one's (from the eve of the first).

    ``rows`` are the zone records of the round's last day, ``before`` those of the previous
    round's, when the caller has them already.
    """
    since = atlas.as_of(previous.id) if previous else round_.start - dt.timedelta(days=1)
    if before is None:
        before = zone_records(atlas, since)
    label = previous.id if previous else "the start"
    return diff_days(
        AtlasSource(atlas), since, round_.end, before=label, after=round_.id, rows=(before, rows)
    )


def zone_shapes(
    atlas: Atlas,
    display: Display,
    rows: Rows,
    day: dt.date,
    changed: set[str],
) -> list[tuple[str, dict[str, Any]]]:
    """The zone shapes of a map of ``day``, bottom first: (shape key, properties) pairs.

    ``rows`` are the zone records of the day (:func:`zonemap.tables.zone_records`) and
    ``changed`` the zones a round changed (outlined in the change colour). Each zone gives
    its lost land, its held extent and its agreed outline; properties carry ``zone_id``,
    ``name``, ``status``, ``role`` (lost, held, agreed), ``label`` and, but for lost land,
    ``style``. A zone whose whole agreed extent is one shape marks it ``clicks``: the shape
    a reader's click reaches.
    """
    shapes = []
    for row in rows:
        if row["extent"] != "agreed":
            continue
        zone_id = row["zone_id"]
        state = atlas.held_on(zone_id, day)
        held = next((r for r in rows if r["zone_id"] == zone_id and r["extent"] == "held"), None)
        base = {"zone_id": zone_id, "name": row["name"], "status": row["status"]}
        label = f"{row['name']}: {PALETTE[row['status']][0]}"
        if held is not None:
            for piece in state.pieces:
                since = f" since {piece.change.date}" if piece.change else ""
                lost = {**base, "role": "lost", "label": f"{row['name']}: {LOST_LABEL}{since}"}
                shapes.append((piece_key(zone_id, piece), lost))
            held_props = {
                **base,
                "role": "held",
                "label": f"{label}, held {row['held_km2']:,.0f} of {row['agreed_km2']:,.0f} km²",
                "style": held_style(row["status"]),
                "clicks": True,
            }
            shapes.append((held_key(state), held_props))
        # An ended zone drawn inside another is outlined only, so it does not grey out land
        # the other still holds.
        inside = atlas.catalogue.zone(zone_id).held_within is not None
        style = agreed_style(
            row["status"],
            approximate=row["precision"] == "approximate",
            changed=zone_id in changed,
            filled=held is None and not inside,
        )
        agreed = {
            **base,
            "role": "agreed",
            "precision": row["precision"],
            "style": style,
            "label": label,
            "clicks": held is None,  # otherwise the held extent and lost land take the clicks
        }
        shapes.append((agreed_key(zone_id), agreed))
    # Zones no longer in force are filled underneath those still in force; one drawn as an
    # outline only (it lay inside another) goes on top, where its line can be seen.
    shapes.sort(key=lambda shape: _drawing_order(shape[1]))
    return [shape for shape in shapes if shape[0] in display.shapes]


def _drawing_order(properties: dict[str, Any]) -> int:
    if properties["status"] in IN_FORCE:
        return 1
    return 2 if properties.get("style", {}).get("fill") is False else 0
