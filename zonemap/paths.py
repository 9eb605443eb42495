"""The one place that knows where the shipped data and the default outputs live."""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = [
    "cache_dir",
    "catalogue_dir",
    "geodata_dir",
    "package_dir",
    "schema_dir",
    "templates_dir",
]


def geodata_dir() -> Traversable:
    """Return the shipped ``geodata/`` folder (inside the installed package)."""
    return files("zonemap") / "geodata"


def catalogue_dir() -> Path:
    """Return the shipped catalogue folder as a file-system path."""
    return Path(str(geodata_dir() / "catalogue"))


def schema_dir() -> Traversable:
    """Return the shipped folder of the catalogue files' JSON Schemas."""
    return geodata_dir() / "schema"


def package_dir() -> Path:
    """Return the installed package's folder (its code and templates)."""
    return Path(str(files("zonemap")))


def templates_dir() -> Traversable:
    """Return the folder of the package's Jinja templates."""
    return files("zonemap") / "web" / "templates"


def cache_dir() -> Path | None:
    """The folder zonemap keeps what it computed between runs in, or ``None`` when it keeps none.

    ``ZONEMAP_CACHE_DIR`` names it (``none`` turns keeping off); otherwise
    ``$XDG_CACHE_HOME/zonemap`` or ``~/.cache/zonemap``.
    """
    named = os.environ.get("ZONEMAP_CACHE_DIR")
    if named is not None:
        return None if named.strip().lower() in ("", "none") else Path(named)
    home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(home) / "zonemap"
