"""The Shapefile's field names and limits: short names, text cut to what a DBF field holds."""

from __future__ import annotations

from typing import Any

from .tables import COLUMNS

__all__ = ["FIELD_NAMES", "MAX_TEXT_BYTES", "shapefile_rows"]

#: The Shapefile field of every export column (a DBF field name has at most 10 characters).
#: Columns that fit keep their name; the README's field-name table is this one.
FIELD_NAMES: dict[str, str] = {
    **{column: column for column in COLUMNS},
    "valid_until": "valid_untl",
    "superseded_by": "supersd_by",
    "governorates": "gov_pcodes",
    "last_change": "last_chg",
}
#: A DBF text field holds at most 254 bytes; GDAL would cut longer UTF-8 text wherever it
#: falls, so zonemap cuts it first, between characters, and marks the cut.
MAX_TEXT_BYTES = 254
_CUT_MARK = "…"


def _fitted(text: str) -> str:
    """``text`` if it fits a DBF field, else its longest start that does, plus the cut mark.

    Examples
    --------
    >>> _fitted("إدلب")
    'إدلب'
    >>> len(_fitted("a" * 300).encode("utf-8"))
    254
    """
    if len(text.encode("utf-8")) <= MAX_TEXT_BYTES:
        return text
    room = MAX_TEXT_BYTES - len(_CUT_MARK.encode("utf-8"))
    return text.encode("utf-8")[:room].decode("utf-8", errors="ignore") + _CUT_MARK


def shapefile_rows(
    rows: list[tuple[dict[str, Any], dict[str, Any]]], types: dict[str, str]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], dict[str, str]]:
    """Rows and field types of a layer renamed to :data:`FIELD_NAMES`, text fitted to a DBF.

    ``rows`` are (properties, geometry) pairs keyed by export column, as written to the other
    GDAL formats; ``types`` the columns' types, in order.
    """
    renamed = {FIELD_NAMES[field]: kind for field, kind in types.items()}
    fitted = [
        (
            {
                FIELD_NAMES[field]: _fitted(value) if isinstance(value, str) else value
                for field, value in properties.items()
            },
            geometry,
        )
        for properties, geometry in rows
    ]
    return fitted, renamed
