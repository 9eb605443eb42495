"""The index page's validity chart: one row per zone, one bar per period, round markers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..atlas import Atlas
from ..validity import periods
from .styles import EXTENSION_ALTERNATE, PALETTE

__all__ = ["validity_chart"]

_LEFT, _WIDTH, _ROW_HEIGHT = 210, 1040, 26  # px: label column, chart width, row height


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
        rows.append({"label": zone.name, "y": 36 + index * _ROW_HEIGHT, "bars": bars})
    marks = [
        {"id": r.id, "x": x(r.end), "label": f"{r.name}, {r.start} – {r.end}, {r.city}"}
        for r in atlas.catalogue.rounds
    ]
    years = [{"x": x(dt.date(y, 1, 1)), "label": str(y)} for y in range(start.year, stop.year)]
    return {
        "width": _WIDTH,
        "height": 44 + len(rows) * _ROW_HEIGHT,
        "rows": rows,
        "rounds": marks,
        "years": years,
    }
