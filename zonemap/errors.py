"""Errors zonemap raises for bad input, each naming the file and the entry at fault."""

from __future__ import annotations

from pathlib import Path

__all__ = ["CatalogueError", "ExportError", "InputError", "UnknownPlaceError", "ZonemapError"]


class ZonemapError(Exception):
    """Base class: a problem in a named input file (and entry), shown to users as one line."""

    def __init__(self, message: str, *, file: Path | str | None = None, entry: str | None = None):
        self.message = message
        self.file = str(file) if file is not None else None
        self.entry = entry
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.entry) if part)
        text = " ".join(self.message.split())  # one line, whatever the input held
        return f"{where}: {text}" if where else text


class CatalogueError(ZonemapError):
    """The zone catalogue is malformed or inconsistent."""


class UnknownPlaceError(ZonemapError):
    """A place name resolves to no gazetteer entry, governorate or zone."""

    def __init__(self, name: str, suggestions: list[str], **where: str | Path | None):
        self.name = name
        self.suggestions = suggestions
        hint = f"; closest known: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"unknown place {name!r}{hint}", **where)  # type: ignore[arg-type]


class ExportError(ZonemapError):
    """An output could not be written."""


class InputError(ZonemapError):
    """A text given to ``zonemap extract`` cannot be read as a statement."""
