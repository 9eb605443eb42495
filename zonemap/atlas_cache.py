"""Keep the checked atlas between runs, so a command does not redo what the last one did.

Checking the catalogue and computing every zone's held states takes about half a second,
the same each run while the inputs stay the same. The atlas is kept as a pickle in the user's
cache folder, named after a hash of everything it is made from: the catalogue and boundary
files, the rest of ``geodata/``, zonemap's own code, and the versions of the libraries that
compute it. Any change gives another name, so a stale atlas is never read. A file that cannot
be read back (cut short, from another Python) is ignored and replaced; files are written
through a rename, so runs at the same time never see half a file; a cache folder that cannot
be written is no error.

``ZONEMAP_CACHE_DIR`` names the folder (``none`` turns the cache off); otherwise
``$XDG_CACHE_HOME/zonemap`` or ``~/.cache/zonemap``. The folder is the user's own, trusted as
their code is: a pickle runs code when read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import shapely

from .errors import ExportError
from .files import write_bytes
from .inputs import digest_files, input_files, libraries
from .paths import cache_dir

__all__ = ["cached"]

_T = TypeVar("_T")
_KEEP = 4  # atlases kept, the most recently used (one per catalogue a user works on)


def _key(catalogue: Path, boundaries: Path | None) -> str:
    digest = hashlib.sha256()
    for part in (
        str(catalogue.resolve()),
        str(boundaries.resolve()) if boundaries is not None else "shipped boundaries",
        sys.version,
        str(pickle.HIGHEST_PROTOCOL),
        shapely.geos_version_string,
        *(f"{name}=={version}" for name, version in libraries()),
    ):
        digest.update(f"{part}\0".encode())
    digest_files(digest, input_files(catalogue, boundaries))
    return digest.hexdigest()[:32]


def cached(
    catalogue: Path,
    boundaries: Path | None,
    build: Callable[[], _T],
    *,
    report: Callable[[str], None] | None = None,
) -> _T:
    """Return the atlas kept for these inputs, or ``build()`` it and keep it.

    ``build`` raising (bad input) keeps nothing, so the error comes again on the next run.
    ``report`` is told which of the two happened, and where the atlas is kept.
    """
    say = report or (lambda _message: None)
    folder = cache_dir()
    try:
        key = _key(catalogue, boundaries) if folder is not None else None
    except OSError:
        key = None  # an input that cannot be read: building says which, in one line
    if folder is None or key is None:
        say("atlas: computed (the cache is off)")
        return build()
    path = folder / f"atlas-{key}.pickle"
    try:
        data = path.read_bytes()
    except OSError:
        data = None  # not kept yet, or no folder to keep it in
    if data is not None:
        try:
            kept: _T = pickle.loads(data)
        except Exception:  # a file that does not read back, of any kind, is built again
            pass
        else:
            with contextlib.suppress(OSError):  # removed meanwhile by another run
                os.utime(path)  # most recently used
            say(f"atlas: read back from {path}")
            return kept
    atlas = build()
    try:
        write_bytes(path, pickle.dumps(atlas, protocol=pickle.HIGHEST_PROTOCOL))
        _forget_old(folder)
    except (OSError, ExportError):
        say(f"atlas: computed; could not keep it in {folder}")
        return atlas  # a read-only or full cache folder: the next run computes again
    say(f"atlas: computed and kept in {path}")
    return atlas


def _forget_old(folder: Path) -> None:
    """Remove all but the most recently used atlases."""
    kept = sorted(folder.glob("atlas-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[_KEEP:]:
        old.unlink(missing_ok=True)
