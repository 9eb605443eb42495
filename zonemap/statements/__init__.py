"""The statement reader: from the text of a joint statement to a draft catalogue round.

Beside the core, not downstream of it: it reads the catalogue (as :class:`KnownCatalogue`)
and the gazetteer, to know the rounds and the zones' names, and never the atlas.
"""

from __future__ import annotations

from .draft import draft, draft_statement, to_json, to_yaml
from .known import KnownCatalogue
from .reader import extract
from .reading import read_statement
from .records import Evidence, Extraction, Fact, IgnoredPlace, UncertainZone, ZoneMention

__all__ = [
    "Evidence",
    "Extraction",
    "Fact",
    "IgnoredPlace",
    "KnownCatalogue",
    "UncertainZone",
    "ZoneMention",
    "draft",
    "draft_statement",
    "extract",
    "read_statement",
    "to_json",
    "to_yaml",
]
