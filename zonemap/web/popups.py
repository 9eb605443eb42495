"""The content of popups and tooltips: zones, posts and governorates, as escaped HTML."""

from __future__ import annotations

from typing import Any

from markupsafe import escape

from ..records import Post, Round
from .context import BuildContext
from .styles import PALETTE
from .templating import render

__all__ = ["post_popup", "tip", "zone_popup"]


def tip(first: str, second: str) -> str:
    """A one-line tooltip of two names (e.g. English and Arabic), escaped."""
    return f"{escape(first)} · {escape(second)}"


def zone_popup(context: BuildContext, row: dict[str, Any], round_: Round | None) -> str:
    """A zone's popup: names, status, governorates with areas, what the round said, sources."""
    atlas = context.atlas
    zone = atlas.catalogue.zone(row["zone_id"])
    shape = atlas.shapes[zone.id]
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
                }
            )
    return render(
        "zone_popup.html.j2",
        zone=zone,
        row=row,
        colour=PALETTE[row["status"]][1],
        status_label=PALETTE[row["status"]][0],
        parts=[
            (names[p.governorate], area, p.precision)
            for p, area in zip(zone.parts, shape.areas_km2, strict=True)
        ],
        statements=statements,
        round_name=round_.id if round_ else "",
        sources=row["sources"],
    )


def post_popup(post: Post) -> str:
    """An observation post's popup: name, operator, kind, dates and source."""
    return render("post_popup.html.j2", post=post)
