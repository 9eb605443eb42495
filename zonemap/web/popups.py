"""The content of popups and tooltips: zones, lost land, posts and governorates, as HTML."""

from __future__ import annotations

import datetime as dt
from typing import Any

from markupsafe import escape

from ..control import LostPiece
from ..records import Post, Round, Zone
from ..validity import IN_FORCE
from .context import BuildContext
from .styles import LOST_LABEL, LOST_STYLE, PALETTE, text_colour
from .templating import render

__all__ = ["lost_popup", "post_popup", "tip", "zone_popup"]

_LAST_CHANGES = 3  # how many of the latest control changes a zone's popup lists


def tip(first: str, second: str) -> str:
    """A one-line tooltip of two names (e.g. English and Arabic), escaped."""
    return f"{escape(first)} · {escape(second)}"


def zone_popup(context: BuildContext, row: dict[str, Any], round_: Round | None) -> str:
    """A zone's popup: names, status, governorates with areas, what the round said, sources."""
    atlas = context.atlas
    zone = atlas.catalogue.zone(row["zone_id"])
    shape = atlas.shapes[zone.id]
    state = atlas.held_on(zone.id, dt.date.fromisoformat(row["as_of"]))
    names = context.governorate_names
    statements = []
    if round_ is not None:
        for statement in round_.statements_about(zone.id):
            document = round_.document(statement.document)
            statements.append(
                {
                    "action": statement.action,
                    "note": statement.note,
                    "citation": f"{document.title}, {document.date}, {statement.paragraph}",
                    "url": document.url,
                }
            )
    return render(
        "zone_popup.html.j2",
        zone=zone,
        row=row,
        colour=PALETTE[row["status"]][1],
        text_colour=text_colour(PALETTE[row["status"]][1]),
        status_label=PALETTE[row["status"]][0],
        parts=[
            (names[p.governorate], area, p.precision)
            for p, area in zip(zone.parts, shape.areas_km2, strict=True)
        ],
        statements=statements,
        round_name=round_.id if round_ else "",
        sources=zone.sources,
        in_force=row["status"] in IN_FORCE,
        changes=list(reversed(state.changes[-_LAST_CHANGES:])),
    )


def lost_popup(zone: Zone, piece: LostPiece) -> str:
    """The popup of agreed land no longer held: since when, what happened, the sources."""
    fill = LOST_STYLE["fillColor"]
    return render(
        "lost_popup.html.j2",
        zone=zone,
        change=piece.change,
        label=LOST_LABEL,
        fill=fill,
        text_colour=text_colour(fill),
    )


def post_popup(post: Post, state: str) -> str:
    """An observation post's popup in a state: name, operator, dates, position and sources."""
    return render("post_popup.html.j2", post=post, state=state)
