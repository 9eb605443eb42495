"""Atomic writes: every output appears whole or not at all."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["atomic_dir", "write_bytes", "write_text"]


def write_bytes(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary sibling and a rename.

    Returns ``False`` without touching the file when it already holds exactly ``data``, so
    a rebuild with nothing changed writes nothing.
    """
    path = Path(path)
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_text(path: Path, text: str) -> bool:
    """Write UTF-8 text atomically; see :func:`write_bytes`."""
    return write_bytes(path, text.encode("utf-8"))


@contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """Yield a staging folder whose files replace ``target``'s only if the block succeeds.

    Files are staged beside ``target`` and renamed into it one by one at the end, each
    atomically (copied through :func:`write_bytes` when ``target`` is on another file system)
    and readable by all; files of ``target`` that were not staged are left alone. On error
    nothing in ``target`` changes.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.staging."))
    try:
        yield staging
        for source in sorted(staging.rglob("*")):
            if source.is_file():
                destination = target / source.relative_to(staging)
                destination.parent.mkdir(parents=True, exist_ok=True)
                os.chmod(source, 0o644)
                try:
                    os.replace(source, destination)
                except OSError as exc:
                    if exc.errno != errno.EXDEV:
                        raise
                    write_bytes(destination, source.read_bytes())
    finally:
        shutil.rmtree(staging, ignore_errors=True)
