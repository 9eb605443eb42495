"""The forms every catalogue value takes: ids, and the days zonemap accepts.

Kept apart from :mod:`zonemap.records` (which needs pydantic), so the command line checks its
arguments without loading the record classes.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["ALL_ZONES", "DATE_RANGE", "SLUG_LENGTH", "SLUG_PATTERN"]

#: The form of every id (rounds, zones, posts, documents): lower-case words joined by hyphens.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_LENGTH = 64  #: the longest an id may be

#: The zone a round's statement about all its zones at once names.
ALL_ZONES = "all"

#: The first and last day any date of the catalogue may be: the Astana process began in 2017.
DATE_RANGE = (dt.date(1990, 1, 1), dt.date(2100, 12, 31))
