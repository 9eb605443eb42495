"""Keep the checked atlas between runs, so a command does not redo what the last one did.

Checking the catalogue and computing every zone's held states takes about half a second,
the same each run while the inputs stay the same. The atlas is kept as a pickle in the user's
cache folder, named after a hash of everything it is made from: the catalogue and boundary
files, the rest of ``geodata/``, zonemap's own code, and the versions of the libraries that
compute it. Any change gives another name, so a stale atlas is never read. A file that cannot
be read back (cut short, from another Python) is ignored and replaced; files are written
through a rename, so runs at the same time never see half a file; a cache folder that cannot
be written is no error. :func:`kept` keeps other values the same way, under a key its caller
makes (a build's shared context, :mod:`zonemap.web.incremental`).

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

from .errors import ExportError
from .files import keep_newest, write_bytes
from .inputs import digest_files, input_files, libraries
from .paths import cache_dir

__all__ = ["cached", "inputs_key", "kept", "kept_for_inputs", "runtime"]

_T = TypeVar("_T")
_KEEP = 4  # values of each kind kept, the most recently used (one per catalogue in use)


def inputs_key(catalogue: Path, boundaries: Path | None) -> str:
    """A hash of everything the atlas is made from, save the GEOS version :func:`runtime` adds.

    The key of values that hold no geometry (:mod:`zonemap.query_index`): it is made without
    importing shapely, whose version (among the libraries) stands for the GEOS inside its
    wheels.

    Raises
    ------
    OSError
        An input that cannot be read.
    """
    digest = hashlib.sha256()
    for part in (
        str(catalogue.resolve()),
        str(boundaries.resolve()) if boundaries is not None else "shipped boundaries",
        sys.version,
        str(pickle.HIGHEST_PROTOCOL),
        *(f"{name}=={version}" for name, version in libraries()),
    ):
        digest.update(f"{part}\0".encode())
    digest_files(digest, input_files(catalogue, boundaries))
    return digest.hexdigest()[:32]


def _key(catalogue: Path, boundaries: Path | None) -> str:
    parts = (inputs_key(catalogue, boundaries), *runtime())
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def runtime() -> tuple[str, ...]:
    """What a pickle of zonemap's values depends on beyond its inputs: Python, GEOS, pickle."""
    import shapely  # only here: a value without geometry is kept without it

    return (sys.version, str(pickle.HIGHEST_PROTOCOL), shapely.geos_version_string)


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
    return _kept_for(_key, "atlas", catalogue, boundaries, build, report, None)


def kept_for_inputs(
    kind: str,
    catalogue: Path,
    boundaries: Path | None,
    build: Callable[[], _T],
    *,
    report: Callable[[str], None] | None = None,
    keep_if: Callable[[_T], bool] | None = None,
) -> _T:
    """As :func:`cached`, for a value of another ``kind`` that holds no shapely geometry.

    It is kept under :func:`inputs_key`, so reading it back imports no shapely; ``keep_if``
    as in :func:`kept`.
    """
    return _kept_for(inputs_key, kind, catalogue, boundaries, build, report, keep_if)


def _kept_for(
    key_of: Callable[[Path, Path | None], str],
    kind: str,
    catalogue: Path,
    boundaries: Path | None,
    build: Callable[[], _T],
    report: Callable[[str], None] | None,
    keep_if: Callable[[_T], bool] | None,
) -> _T:
    try:
        key = key_of(catalogue, boundaries) if cache_dir() is not None else None
    except OSError:
        key = None  # an input that cannot be read: building says which, in one line
    return kept(kind, key, build, report=report, keep_if=keep_if)


def kept(
    kind: str,
    key: str | None,
    build: Callable[[], _T],
    *,
    report: Callable[[str], None] | None = None,
    keep_if: Callable[[_T], bool] | None = None,
) -> _T:
    """Return the value of this ``kind`` kept under ``key``, or ``build()`` it and keep it.

    ``key`` must change with anything the value depends on (see :func:`runtime`); ``None``
    keeps nothing, and so does a value ``keep_if`` refuses. The four most recently used
    values of each kind are kept. ``report`` is told whether the value was read back or
    computed, and where it is kept.
    """
    say = report or (lambda _message: None)
    folder = cache_dir()
    if folder is None or key is None:
        say(f"{kind}: computed (the cache is off)")
        return build()
    path = folder / f"{kind}-{key}.pickle"
    try:
        data = path.read_bytes()
    except OSError:
        data = None  # not kept yet, or no folder to keep it in
    if data is not None:
        try:
            value: _T = pickle.loads(data)
        except Exception:  # a file that does not read back, of any kind, is built again
            pass
        else:
            with contextlib.suppress(OSError):  # removed meanwhile by another run
                os.utime(path)  # most recently used
            say(f"{kind}: read back from {path}")
            return value
    value = build()
    if keep_if is not None and not keep_if(value):
        say(f"{kind}: computed (not one to keep)")
        return value
    try:
        write_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        keep_newest(folder, f"{kind}-*.pickle", _KEEP)
    except (OSError, ExportError):
        say(f"{kind}: computed; could not keep it in {folder}")
        return value  # a read-only or full cache folder: the next run computes again
    say(f"{kind}: computed and kept in {path}")
    return value
