"""The index page's validity chart: per zone a bar per period and the held area under it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..atlas import Atlas
from ..validity import periods
from .styles import EXTENSION_ALTERNATE, PALETTE

__all__ = ["validity_chart"]

_LEFT, _WIDTH, _ROW_HEIGHT = 210, 1040, 42  # px: label column, chart width, row height
_BAR, _AREA = 18, 14  # px: height of the validity bar and of the held-area chart under it


def validity_chart(atlas: Atlas) -> dict[str, Any]:
    """Return the chart's geometry (SVG coordinates) for the index template."""
    start = dt.date(2017, 1, 1)
    stop = dt.date(atlas.catalogue.horizon.year + 1, 1, 1)

    def x(day: dt.date) -> float:
        return round(_LEFT + (day - start).days / (stop - start).days * (_WIDTH - _LEFT - 10), 1)

    rows = []
    for index, zone in enumerate(atlas.catalogue.zones):
        bars = []
        for period in periods(zone.validity, atlas.catalogue.horizon):
            last = period.last or stop
            label, colour = PALETTE[period.state]
            if period.state == "extended" and period.extensions % 2 == 0:
                colour = EXTENSION_ALTERNATE
            title = f"{zone.name}: {label} {period.first} – {period.last or 'open'}"
            bars.append(
                {
                    "x": x(period.first),
                    "width": max(x(last) - x(period.first), 1.0),
                    "colour": colour,
                    "title": title,
                }
            )
        y = 36 + index * _ROW_HEIGHT
        rows.append(
            {
                "label": zone.name,
                "y": y,
                "bars": bars,
                "held": _held_area(atlas, zone.id, x, y, stop),
            }
        )
    marks = [
        {"id": r.id, "x": x(r.end), "label": f"{r.name}, {r.start} – {r.end}, {r.city}"}
        for r in atlas.catalogue.rounds
    ]
    years = [{"x": x(dt.date(y, 1, 1)), "label": str(y)} for y in range(start.year, stop.year)]
    return {
        "bar": _BAR,
        "width": _WIDTH,
        "height": 44 + len(rows) * _ROW_HEIGHT,
        "rows": rows,
        "rounds": marks,
        "years": years,
    }


def _held_area(atlas: Atlas, zone_id: str, x: Any, y: float, stop: dt.date) -> dict[str, str]:
    """A step chart of the held share of a zone's agreed extent while it was in force."""
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
    base = y + 2 + _BAR + 2 + _AREA
    days = [first] + [s.since for s in history.states if s.since and first < s.since < last]
    points = [f"M{x(first)} {base}"]
    for index, day in enumerate(days):
        share = history.share(history.on(day)) / 100
        top = round(base - share * _AREA, 1)
        after = days[index + 1] if index + 1 < len(days) else last
        points.append(f"L{x(day)} {top}L{x(after)} {top}")
    points.append(f"L{x(last)} {base}Z")
    low = min(history.share(history.on(d)) for d in days)
    return {"d": "".join(points), "title": f"{zone.name}: held area, lowest {low} % of agreed"}
