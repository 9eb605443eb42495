"""The forms every catalogue value takes: ids, and the days zonemap accepts.

Kept apart from :mod:`zonemap.records` (which needs pydantic), so the command line checks its
arguments without loading the record classes.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["DATE_RANGE", "SLUG_PATTERN"]

#: The form of every id (rounds, zones, posts, documents): lower-case words joined by hyphens.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

#: The first and last day any date of the catalogue may be: the Astana process began in 2017.
DATE_RANGE = (dt.date(1990, 1, 1), dt.date(2100, 12, 31))
