"""Atomic writes: every output appears whole or not at all, and only where a file may go.

An output path must be a regular file or a new path. A device, a FIFO or a folder is refused
(replacing ``/dev/full`` with a regular file, or writing into a FIFO, is never what was
meant); a symbolic link is written through: the file it points to is replaced, the link
stays. A link that points to nothing is refused.
"""

from __future__ import annotations

import os
import stat
import tempfile
import zipfile
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path

from .errors import ExportError
from .limits import file_kind

__all__ = ["keep_newest", "output_target", "write_bytes", "write_text", "zip_members"]


def output_target(path: Path) -> Path:
    """The file a write to ``path`` replaces: ``path`` itself, or the file its link names.

    Raises
    ------
    ExportError
        ``path`` (or what its link names) exists and is not a regular file, or is a link to
        nothing.
    """
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    if stat.S_ISLNK(info.st_mode):
        real = Path(os.path.realpath(path))
        try:
            info = os.stat(real)
        except FileNotFoundError:
            raise ExportError(
                "a symbolic link to nothing; zonemap writes through links only to a regular file",
                file=path,
            ) from None
        path = real
    if not stat.S_ISREG(info.st_mode):
        raise ExportError(
            f"{file_kind(info.st_mode)}; zonemap writes only to a regular file or a new path",
            file=path,
        )
    return path


def write_bytes(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary sibling and a rename.

    ``path`` must be a regular file or a new path (see :func:`output_target`). Returns
    ``False`` without touching the file when it already holds exactly ``data``, so a rebuild
    with nothing changed writes nothing.

    Raises
    ------
    ExportError
        ``path`` is not a place a file may go, or the write failed (full disk, read-only
        folder), naming ``path``; nothing was changed.
    """
    path = output_target(path)
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(f"cannot write ({exc.strerror or exc})", file=path) from None
    finally:
        if tmp is not None and os.path.lexists(tmp):
            os.unlink(tmp)
    return True


def write_text(path: Path, text: str) -> bool:
    """Write UTF-8 text atomically; see :func:`write_bytes`."""
    return write_bytes(path, text.encode("utf-8"))


def keep_newest(folder: Path, pattern: str, count: int) -> None:
    """Remove all but the ``count`` most recently used files of ``folder`` matching ``pattern``.

    For the user's cache folder, where each run may leave a file under a new name.
    """
    files = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[count:]:
        old.unlink(missing_ok=True)


def zip_members(members: Mapping[str, bytes]) -> bytes:
    """A zip of ``members`` (bytes by name, in that order), the same bytes for the same input.

    Every member is stamped 1980-01-01 00:00 (zip's earliest time) with mode 0644, so an
    archive depends on its contents alone, not on when or where it was made.
    """
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
