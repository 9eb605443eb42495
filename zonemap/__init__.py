"""zonemap: maps of the Syrian de-escalation zones of the Astana process, round by round.

The public surface a notebook needs::

    import zonemap
    atlas = zonemap.load_atlas()
    table = zonemap.zones_on(atlas, round_id="astana-6")

Names are imported on first use, so the command line starts without loading geopandas.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "ZonemapError",
    "load_atlas",
    "load_catalogue",
    "posts_on",
    "status_on",
    "zones_at",
    "zones_on",
]

_HOMES = {
    "ZonemapError": "errors",
    "load_atlas": "rounds",
    "load_catalogue": "catalog",
    "posts_on": "rounds",
    "status_on": "validity",
    "zones_at": "rounds",
    "zones_on": "rounds",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'zonemap' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
