"""The one place that knows where the shipped data and the default outputs live."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = ["catalogue_dir", "geodata_dir", "package_dir", "templates_dir"]


def geodata_dir() -> Traversable:
    """Return the shipped ``geodata/`` folder (inside the installed package)."""
    return files("zonemap") / "geodata"


def catalogue_dir() -> Path:
    """Return the shipped catalogue folder as a file-system path."""
    return Path(str(geodata_dir() / "catalogue"))


def package_dir() -> Path:
    """Return the installed package's folder (its code and templates)."""
    return Path(str(files("zonemap")))


def templates_dir() -> Traversable:
    """Return the folder of the package's Jinja templates."""
    return files("zonemap") / "web" / "templates"
