"""Bounded reads of input files: regular files only, never more than a stated size.

A catalogue file or a statement that is a FIFO, a device or a folder is refused before it is
read (a FIFO would block for ever, ``/dev/zero`` would never end), and no file is read past
its limit, so no input can exhaust memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import ZonemapError

__all__ = [
    "BOUNDARY_FILE_LIMIT",
    "CATALOGUE_FILE_LIMIT",
    "STATEMENT_FILE_LIMIT",
    "YAML_DEPTH_LIMIT",
    "file_kind",
    "read_bounded",
]

#: The largest catalogue file read, in bytes (the shipped ``zones.yaml`` is a quarter of a MB).
CATALOGUE_FILE_LIMIT = 16_000_000
#: The largest GeoJSON boundary layer read directly (far above any admin-1 layer of Syria).
BOUNDARY_FILE_LIMIT = 500_000_000
#: The largest statement ``zonemap extract`` reads, in bytes (a joint statement is a few kB).
STATEMENT_FILE_LIMIT = 5_000_000
#: The deepest nesting of lists and mappings a YAML file may have (the catalogue needs 8).
YAML_DEPTH_LIMIT = 64


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in words ("a FIFO", "a folder")."""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def read_bounded(path: Path, limit: int, error: type[ZonemapError]) -> bytes:
    """Return the bytes of the regular file ``path``, refusing anything larger than ``limit``.

    Raises ``error`` naming the file when it is missing, is not a regular file (it is opened
    without blocking and checked before any read) or holds more than ``limit`` bytes.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise error("file not found", file=path) from None
    except OSError as exc:
        raise error(f"cannot read ({exc.strerror})", file=path) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise error(f"{file_kind(mode)}, not a regular file", file=path)
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise error(f"cannot read ({exc.strerror})", file=path) from None
    if len(data) > limit:
        raise error(f"larger than the limit of {limit:,} bytes", file=path)
    return data
