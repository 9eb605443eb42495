"""The index page's validity chart: per zone a bar per period and the held area under it.

Positions are percentages of the chart's width, so the chart (HTML, with one small SVG per
row for the held area) fits a phone as well as a desktop. The same periods go into the page
as data for its date box, which says every zone's status on a day the reader picks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..atlas import Atlas
from ..validity import periods
from .styles import EXTENSION_ALTERNATE, PALETTE

__all__ = ["ROUND_MARKS", "validity_chart"]

#: How each kind of round is marked on the chart, and its lane (top to bottom).
ROUND_MARKS = {
    "astana-round": "Astana round",
    "trilateral-summit": "summit",
    "ministerial-meeting": "ministers' meeting",
    "bilateral-memorandum": "Russia–Turkey instrument",
}
_HELD_HEIGHT = 100  # the held-area SVG's own height units


def validity_chart(atlas: Atlas) -> dict[str, Any]:
    """Return the chart's geometry (per cent of its width) and the date box's data."""
    start = dt.date(2017, 1, 1)
    stop = dt.date(atlas.catalogue.horizon.year + 1, 1, 1)
    span = (stop - start).days

    def x(day: dt.date) -> float:
        return round(100 * (day - start).days / span, 3)

    rows, data = [], []
    for zone in atlas.catalogue.zones:
        bars, states = [], []
        for period in periods(zone.validity, atlas.catalogue.horizon):
            label, colour = PALETTE[period.state]
            if period.state == "extended" and period.extensions % 2 == 0:
                colour = EXTENSION_ALTERNATE
            ended = period.state in ("ended", "superseded")
            if ended:
                title = f"{zone.name}: {label} on {period.first}"
            else:
                title = f"{zone.name}: {label} {period.first} – {period.last or 'still in force'}"
            last = period.last or stop
            bars.append(
                {
                    "left": x(period.first),
                    "width": max(round(x(last) - x(period.first), 3), 0.1),
                    "colour": colour,
                    "title": title,
                }
            )
            states.append(
                {
                    "first": period.first.isoformat(),
                    "last": period.last.isoformat() if period.last else None,
                    "label": label,
                }
            )
        rows.append({"label": zone.name, "bars": bars, "held": _held_area(atlas, zone.id, x, stop)})
        history = atlas.histories[zone.id]
        data.append(
            {
                "name": zone.name,
                "periods": states,
                "held": [
                    {
                        "since": (s.since or zone.validity.established).isoformat(),
                        "pct": history.share(s),
                    }
                    for s in history.states
                ],
            }
        )
    marks = [
        {
            "id": r.id,
            "left": x(r.end),
            "kind": r.kind,
            "lane": list(ROUND_MARKS).index(r.kind),
            "label": f"{r.name}, {r.start} – {r.end}, {r.city}",
        }
        for r in atlas.catalogue.rounds
    ]
    years = [{"left": x(dt.date(y, 1, 1)), "label": str(y)} for y in range(start.year, stop.year)]
    months = [x(dt.date(y, m, 1)) for y in range(start.year, stop.year) for m in range(2, 13)]
    return {
        "rows": rows,
        "rounds": marks,
        "kinds": ROUND_MARKS,
        "years": years,
        "months": months,
        "start": start.isoformat(),
        "stop": stop.isoformat(),
        "horizon": atlas.catalogue.horizon.isoformat(),
        "data": data,
    }


def _held_area(atlas: Atlas, zone_id: str, x: Any, stop: dt.date) -> dict[str, str]:
    """A step chart of the held share of a zone's agreed extent while it was in force.

    In the row's own SVG units: 1000 across the chart (x is in per cent, times ten), 100 high.
    """
    zone = atlas.catalogue.zone(zone_id)
    history = atlas.histories[zone_id]
    first = zone.validity.established
    end = next(
        (
            p.first
            for p in periods(zone.validity, atlas.catalogue.horizon)
            if p.state in ("ended", "superseded")
        ),
        None,
    )
    last = min(end or stop, stop)

    def u(day: dt.date) -> float:
        return round(10 * x(day), 1)

    days = [first] + [s.since for s in history.states if s.since and first < s.since < last]
    points = [f"M{u(first)} {_HELD_HEIGHT}"]
    for index, day in enumerate(days):
        top = round(_HELD_HEIGHT * (1 - history.share(history.on(day)) / 100), 1)
        after = days[index + 1] if index + 1 < len(days) else last
        points.append(f"L{u(day)} {top}L{u(after)} {top}")
    points.append(f"L{u(last)} {_HELD_HEIGHT}Z")
    low = min(history.share(history.on(d)) for d in days)
    return {"d": "".join(points), "title": f"{zone.name}: held area, lowest {low} % of agreed"}
