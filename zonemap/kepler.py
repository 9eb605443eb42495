"""A CSV for kepler.gl: geometry as WKT, and each row's period as timestamps kepler detects."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

import shapely
from shapely.geometry import shape

from .tables import COLUMNS

__all__ = ["KEPLER_TIMES", "kepler_csv", "kepler_time"]

#: The timestamp columns: a row's first day and the first day it was no longer in force.
KEPLER_TIMES: tuple[str, ...] = ("begin", "end")


def kepler_time(day: str | None) -> str | None:
    """An ISO day as a timestamp in the form kepler.gl's documentation shows it detects.

    kepler.gl reads a CSV as text and detects a column's type from a sample of its values;
    its guide to adding data gives ``2018-09-01 00:00`` as a timestamp it recognises (a
    date alone it does not take for a time), and only a timestamp column drives a time
    filter's playback.

    Examples
    --------
    >>> kepler_time("2017-05-04")
    '2017-05-04 00:00'
    """
    return None if day is None else f"{day} 00:00"


def _cell(field: str, value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(value) if field == "sources" else ",".join(value)
    return value


def kepler_csv(rows: Sequence[dict[str, Any]], geometries: Sequence[dict[str, Any]]) -> bytes:
    """Zone rows as a kepler.gl CSV (UTF-8): ``WKT``, the columns, ``begin`` and ``end``.

    ``begin`` is ``valid_from`` and ``end`` is ``valid_until`` (exclusive; empty while in
    force) as :func:`kepler_time` writes them. Lists are joined as in the GDAL CSV.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["WKT", *COLUMNS, *KEPLER_TIMES])
    for row, geometry in zip(rows, geometries, strict=True):
        wkt = shapely.to_wkt(shape(geometry), rounding_precision=6, trim=True)
        times = (kepler_time(row["valid_from"]), kepler_time(row["valid_until"]))
        writer.writerow([wkt, *(_cell(k, row[k]) for k in COLUMNS), *times])
    return out.getvalue().encode("utf-8")
