"""KML of zone rows: a styled placemark per row with its TimeSpan, for Google Earth's slider."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from .palette import PALETTE
from .tables import COLUMNS

__all__ = ["KML_NAMESPACE", "kml_document", "time_span"]

KML_NAMESPACE = "http://www.opengis.net/kml/2.2"
# As on the web maps, an agreed extent is an outline and the held part is filled; over
# satellite imagery the fill lets the ground show through (alpha 0x80 of 0xff).
_FILL_ALPHA = "80"
_LINE_WIDTH = {"agreed": "2", "held": "1"}
# The document's name, the same whatever the file is called, so stdout and file agree.
_TITLE = "De-escalation zones in Syria (zonemap)"
# The columns a placemark carries as ExtendedData: all but the name, which is its <name>.
_DATA_FIELDS = tuple(field for field in COLUMNS if field != "name")


def _kml_colour(colour: str, alpha: str) -> str:
    """A ``#RRGGBB`` colour in KML's ``aabbggrr`` order.

    Examples
    --------
    >>> _kml_colour("#0072B2", "ff")
    'ffb27200'
    """
    red, green, blue = colour[1:3], colour[3:5], colour[5:7]
    return f"{alpha}{blue}{green}{red}".lower()


def time_span(row: dict[str, Any]) -> tuple[str | None, str | None]:
    """A row's TimeSpan: its first day, and the first day it was no longer in force.

    Google Earth reads a day as the instant it begins, so the exclusive end
    (``valid_until``) closes a period exactly where the next one opens; the last day
    (``valid_to``) would drop that day from the slider and leave a day's gap between terms.
    None is an open end.
    """
    return row["valid_from"], row["valid_until"]


def _text(value: Any) -> str:
    return "; ".join(value) if isinstance(value, list) else str(value)


def _description(row: dict[str, Any]) -> str:
    """The balloon's HTML: every value escaped, since Google Earth renders it as HTML."""
    label = PALETTE[row["status"]][0]
    last = row["valid_to"] or "today"
    lines = [
        row["name_ar"] or "",
        f"{label}; {row['extent']} extent, {row['area_km2']} km²",
        f"in force {row['valid_from']} to {last}",
        *(row["sources"] or []),
    ]
    return "<br>".join(html.escape(line) for line in lines if line)


def _style(parent: ET.Element, status: str, extent: str) -> None:
    colour = PALETTE[status][1]
    style = ET.SubElement(parent, "Style", id=f"{status}-{extent}")
    line = ET.SubElement(style, "LineStyle")
    ET.SubElement(line, "color").text = _kml_colour(colour, "ff")
    ET.SubElement(line, "width").text = _LINE_WIDTH[extent]
    poly = ET.SubElement(style, "PolyStyle")
    ET.SubElement(poly, "color").text = _kml_colour(colour, _FILL_ALPHA)
    ET.SubElement(poly, "fill").text = "1" if extent == "held" else "0"


def _ring(parent: ET.Element, tag: str, ring: Sequence[Sequence[float]]) -> None:
    boundary = ET.SubElement(ET.SubElement(parent, tag), "LinearRing")
    ET.SubElement(boundary, "coordinates").text = " ".join(f"{x},{y}" for x, y in ring)


def _geometry(parent: ET.Element, geometry: dict[str, Any]) -> None:
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    multi = ET.SubElement(parent, "MultiGeometry")
    for exterior, *holes in polygons:
        polygon = ET.SubElement(multi, "Polygon")
        _ring(polygon, "outerBoundaryIs", exterior)
        for hole in holes:
            _ring(polygon, "innerBoundaryIs", hole)


def kml_document(rows: Sequence[dict[str, Any]], geometries: Sequence[dict[str, Any]]) -> bytes:
    """Zone rows and their RFC 7946 geometries as a KML 2.2 document (UTF-8 bytes).

    One placemark per row, in order: the zone's name, an HTML description, a
    :func:`time_span`, the style of its status and extent (the web maps' colours), every
    non-empty column as ExtendedData, and its polygons. The same rows give the same bytes.
    """
    root = ET.Element("kml", xmlns=KML_NAMESPACE)
    document = ET.SubElement(root, "Document")
    ET.SubElement(document, "name").text = _TITLE
    for status, extent in sorted({(row["status"], row["extent"]) for row in rows}):
        _style(document, status, extent)
    for row, geometry in zip(rows, geometries, strict=True):
        placemark = ET.SubElement(document, "Placemark")
        ET.SubElement(placemark, "name").text = row["name"]
        ET.SubElement(placemark, "description").text = _description(row)
        begin, end = time_span(row)
        span = ET.SubElement(placemark, "TimeSpan")
        for tag, day in (("begin", begin), ("end", end)):
            if day is not None:
                ET.SubElement(span, tag).text = day
        ET.SubElement(placemark, "styleUrl").text = f"#{row['status']}-{row['extent']}"
        data = ET.SubElement(placemark, "ExtendedData")
        for field in _DATA_FIELDS:
            if row[field] is not None and row[field] != []:
                value = ET.SubElement(ET.SubElement(data, "Data", name=field), "value")
                value.text = _text(row[field])
        _geometry(placemark, geometry)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
