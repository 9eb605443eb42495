"""The errors zonemap raises for bad input, each naming the file and the entry at fault."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

__all__ = [
    "BoundaryError",
    "BoundaryWarning",
    "CatalogueError",
    "ExportError",
    "InputError",
    "UnknownPlaceError",
    "UsageError",
    "ZonemapError",
    "ZonemapWarning",
]


class ZonemapError(Exception):
    """Base class: a problem in a named input file (and entry), shown to users as one line."""

    #: The exit status the command line ends with for this kind of problem.
    exit_code = 1

    def __init__(self, message: str, *, file: Path | str | None = None, entry: str | None = None):
        self.message = message
        self.file = str(file) if file is not None else None
        self.entry = entry
        super().__init__(str(self))

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its attributes, so that an error raised in a worker process survives
        # the trip back to the parent whatever the subclass's constructor takes.
        return (_restore, (type(self), self.__dict__.copy()))

    def __str__(self) -> str:
        where = ": ".join(_one_line(part) for part in (self.file, self.entry) if part)
        text = _one_line(self.message)
        return f"{where}: {text}" if where else text


# Control characters other than whitespace (NUL, BEL, ESC ...), and the line and paragraph
# separators that some terminals also break lines at.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(text: str) -> str:
    """``text`` on one line, whatever the input held: spaces for breaks, escapes for controls.

    So catalogue text can neither split a message nor forge a line of its own.
    """
    visible = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return " ".join(visible.split())


def _restore(cls: type[ZonemapError], state: dict[str, Any]) -> ZonemapError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, str(error))
    return error


class CatalogueError(ZonemapError):
    """The zone catalogue is malformed or inconsistent."""


class BoundaryError(ZonemapError):
    """A boundary layer cannot be read or does not describe Syria's governorates."""


class UnknownPlaceError(ZonemapError):
    """A place name resolves to no gazetteer entry, governorate or zone."""

    def __init__(self, name: str, suggestions: list[str], **where: str | Path | None):
        self.name = name
        self.suggestions = suggestions
        hint = f"; closest known: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"unknown place {name!r}{hint}", **where)  # type: ignore[arg-type]


class UsageError(ZonemapError):
    """A command or function was called with arguments it cannot take (not a data problem)."""

    exit_code = 2


class ExportError(ZonemapError):
    """An output could not be written."""


class InputError(ZonemapError):
    """A text given to ``zonemap extract`` cannot be read as a statement."""


class ZonemapWarning(UserWarning):
    """A problem in a named input file that zonemap worked around; shown as one line."""

    def __init__(self, message: str, *, file: Path | str | None = None, entry: str | None = None):
        self.text = str(ZonemapError(message, file=file, entry=entry))
        super().__init__(self.text)


class BoundaryWarning(ZonemapWarning):
    """A boundary layer had to be repaired (an invalid polygon made valid)."""
