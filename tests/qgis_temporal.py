"""Which features QGIS's Temporal Controller shows on each day: run with PyQGIS's python3.

    python3 tests/qgis_temporal.py LAYER FIRST_DAY LAST_DAY [--style FILE.qml]

Opens LAYER as QGIS does (its own guess of the temporal fields), or with the temporal
settings of a QGIS style file, steps a one-day Temporal Controller from FIRST_DAY to LAST_DAY
and prints JSON: the settings used and, for each day, the ``zone_id:extent`` of every feature
QGIS's temporal filter lets through (the filter QGIS renders with, run by the data provider).
The test suite runs it in a subprocess, since PyQGIS lives in the system Python.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import Any


def shown_per_day(layer_path: str, first: dt.date, last: dt.date, style: str | None) -> Any:
    """The settings QGIS uses for the layer and the features it shows on each day."""
    from qgis.core import (
        Qgis,
        QgsApplication,
        QgsDateTimeRange,
        QgsFeatureRequest,
        QgsInterval,
        QgsMapLayer,
        QgsTemporalNavigationObject,
        QgsUnitTypes,
        QgsVectorLayer,
        QgsVectorLayerTemporalContext,
    )
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(layer_path, "zones", "ogr")
    if not layer.isValid():
        raise SystemExit(f"QGIS cannot open {layer_path}")
    properties = layer.temporalProperties()
    if style is None:
        properties.setIsActive(True)  # what ticking "Dynamic Temporal Control" does
    else:
        message, ok = layer.loadNamedStyle(style, QgsMapLayer.StyleCategory.Temporal)
        if not ok:
            raise SystemExit(f"QGIS cannot load {style}: {message}")

    def midnight(day: dt.date) -> QDateTime:
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))

    # The controller's own frames: one day each, from the first day to the day after the last.
    navigation = QgsTemporalNavigationObject()
    navigation.setTemporalExtents(
        QgsDateTimeRange(midnight(first), midnight(last + dt.timedelta(days=1)))
    )
    navigation.setFrameDuration(QgsInterval(1, QgsUnitTypes.TemporalDays))
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    days = {}
    for frame in range((last - first).days + 1):
        day_range = navigation.dateTimeRangeForFrameNumber(frame)
        day = day_range.begin().date().toPyDate()
        expression = properties.createFilterString(context, day_range)
        # Which features pass, not their shapes: the filter is the renderer's, the rest is speed.
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(["zone_id", "extent"], layer.fields())
        if expression:
            request.setFilterExpression(expression)
        shown = [f"{f['zone_id']}:{f['extent']}" for f in layer.getFeatures(request)]
        days[day.isoformat()] = sorted(shown)
    settings = {
        "qgis": Qgis.QGIS_VERSION,
        "filter_on_first_day": properties.createFilterString(
            context, navigation.dateTimeRangeForFrameNumber(0)
        ),
        "active": properties.isActive(),
        "mode": int(properties.mode()),
        "limit_mode": int(properties.limitMode()),
        "start_field": properties.startField(),
        "end_field": properties.endField(),
        "time_zone": os.environ.get("TZ"),
    }
    return {"settings": settings, "days": days}


def main(argv: list[str]) -> None:
    """Print, as JSON, what QGIS shows on each day."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("layer")
    parser.add_argument("first", type=dt.date.fromisoformat)
    parser.add_argument("last", type=dt.date.fromisoformat)
    parser.add_argument("--style")
    args = parser.parse_args(argv)
    result = shown_per_day(args.layer, args.first, args.last, args.style)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
