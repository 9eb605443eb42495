"""Write a set of files into a folder as one: the old set stays, or the whole new set is there.

Each file on its own is replaced atomically by a rename; a set of files is not. So a set is
written in three steps. The new files are staged in a folder inside the target (same file
system, so every later move is a rename, even when the target is a mount point); then a
journal listing them is written, atomically; that is the commit point. Then they are renamed
into place and the journal removed. A run stopped before the commit point left the target as
it was; one stopped after it left a journal, which :func:`finish_interrupted` (run before
anything else reads or writes the folder) completes, so the new set is whole. Callers hold
the folder's lock (see :mod:`zonemap.web.build`) for all of it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from .errors import ExportError
from .files import write_text

__all__ = [
    "JOURNAL",
    "STAGING",
    "finish_interrupted",
    "has_leftovers",
    "is_committing",
    "write_file_set",
]

#: The list of files being moved into the folder; present only during (or after an
#: interrupted) commit.
JOURNAL = ".zonemap-build.journal"
#: The folder, inside the target, the new files are staged in.
STAGING = ".zonemap-build.staging"


def is_committing(folder: Path) -> bool:
    """Whether a commit into ``folder`` is under way or was interrupted (its set may be mixed)."""
    return (folder / JOURNAL).exists()


def has_leftovers(folder: Path) -> bool:
    """Whether an interrupted commit or staging folder of an earlier build is there to clear."""
    staged_beside = any(folder.parent.glob(f".{folder.name}.staging.*"))
    return is_committing(folder) or (folder / STAGING).exists() or staged_beside


def finish_interrupted(folder: Path) -> int:
    """Complete a commit into ``folder`` that was interrupted, and clear staging left-overs.

    Returns the number of files moved into place (0 when there was nothing to finish). Also
    removes the ``.NAME.staging.*`` folders older zonemap versions staged beside the folder.
    """
    moved = 0
    journal = folder / JOURNAL
    try:
        names = json.loads(journal.read_text(encoding="utf-8"))["files"]
    except FileNotFoundError:
        names = []
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ExportError(
            f"an interrupted build left an unreadable journal ({exc}); remove it and rebuild",
            file=journal,
        ) from None
    staging = folder / STAGING
    for name in names:
        if (staging / name).exists():
            _move(staging / name, folder / name)
            moved += 1
    journal.unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)
    for old in folder.parent.glob(f".{folder.name}.staging.*"):
        shutil.rmtree(old, ignore_errors=True)
    return moved


def write_file_set(folder: Path, files: Mapping[str, bytes]) -> list[str]:
    """Write ``files`` (bytes by path relative to ``folder``) into ``folder`` as one set.

    Only files whose bytes differ are written; files of ``folder`` not in ``files`` are left
    alone. Returns the names written, in the order they were moved (``files``' order).

    Raises
    ------
    ExportError
        A file could not be staged (full disk, read-only folder): ``folder`` is unchanged. Or
        a staged file could not be moved in: the journal stays, and the next build finishes.
    """
    changed = [name for name, data in files.items() if _read(folder / name) != data]
    if not changed:
        return []
    staging = folder / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for name in changed:
            target = staging / name
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(files[name])
                os.chmod(target, 0o644)
            except OSError as exc:
                raise ExportError(f"cannot write ({exc.strerror})", file=folder / name) from None
        try:
            write_text(folder / JOURNAL, json.dumps({"files": changed}, indent=1) + "\n")
        except ExportError as exc:
            raise ExportError(exc.message, file=folder) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        for name in changed:
            _move(staging / name, folder / name)
    except OSError as exc:
        raise ExportError(
            f"cannot move into place ({exc.strerror}); the next build finishes the commit",
            file=folder / name,
        ) from None
    (folder / JOURNAL).unlink()
    shutil.rmtree(staging, ignore_errors=True)
    return changed


def _move(source: Path, destination: Path) -> None:
    destination.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, destination)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except FileNotFoundError:
        return None
