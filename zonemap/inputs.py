"""What an output depends on: the input files, zonemap's own code, the libraries' versions.

Read by the build's freshness record (:mod:`zonemap.web.freshness`) and by the atlas kept
between runs (:mod:`zonemap.atlas_cache`), so both go stale on the same changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ExportError
from .files import keep_newest, write_text
from .paths import cache_dir, catalogue_dir, geodata_dir, package_dir

__all__ = ["catalogue_files", "digest_files", "input_files", "libraries"]


def input_files(
    catalogue: Path, boundaries: Path | None, *, with_catalogue: bool = True
) -> list[Path]:
    """Every file an output depends on, in a fixed order.

    The catalogue folder (unless ``with_catalogue`` is false), the boundary file, the rest of
    the shipped ``geodata/`` and every file of zonemap's code and templates.
    """
    shipped_catalogue = catalogue_dir()
    geodata = Path(str(geodata_dir()))
    code = package_dir()
    return [
        *(_files_below(catalogue) if with_catalogue else ()),
        *([boundaries] if boundaries is not None else []),
        *_files_below(geodata, skip=[shipped_catalogue]),
        *_files_below(code, skip=[code / "geodata"]),
    ]


def catalogue_files(catalogue: Path) -> list[Path]:
    """The files of a catalogue folder, in the order :func:`input_files` lists them."""
    return list(_files_below(catalogue))


def digest_files(digest: Any, paths: Iterable[Path]) -> None:
    """Feed each file's name and bytes to ``digest`` (a :mod:`hashlib` object).

    A path that is not a regular file (missing, a FIFO, a device, a folder) is never read:
    only that it is not one goes in, and loading the inputs then says what is wrong.
    """
    for path in paths:
        digest.update(f"{path.name}\0".encode())
        if path.is_file():
            digest.update(path.read_bytes())
        else:
            digest.update(b"\0not a regular file\0")


def _files_below(folder: Path, *, skip: Iterable[Path] = ()) -> Iterator[Path]:
    """Every file below ``folder``, in a fixed order, leaving out caches and ``skip``."""
    skipped = {p.resolve() for p in skip}
    for top, dirs, names in os.walk(folder):
        here = Path(top)
        dirs[:] = sorted(
            d for d in dirs if d != "__pycache__" and (here / d).resolve() not in skipped
        )
        for name in sorted(names):
            path = here / name
            if path.resolve() not in skipped and not name.endswith((".pyc", ".pyo")):
                yield path


@cache
def libraries() -> tuple[tuple[str, str], ...]:
    """Every library zonemap runs on, with its version: its requirements and theirs.

    Reading every installed package's metadata takes a good part of a build's time, so the
    answer is kept (see :func:`~zonemap.paths.cache_dir`) under a hash of the metadata
    folders on the import path (:func:`_installed_metadata`).
    """
    folder = cache_dir()
    if folder is None:
        return _read_libraries()
    key = hashlib.sha256(json.dumps(_installed_metadata()).encode()).hexdigest()[:32]
    path = folder / f"libraries-{key}.json"
    try:
        return tuple((name, version) for name, version in json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        pass  # not kept yet, unreadable, or not a list of pairs: read them again
    found = _read_libraries()
    with contextlib.suppress(OSError, ExportError):  # a read-only or full cache folder
        write_text(path, json.dumps(found) + "\n")
        keep_newest(folder, "libraries-*.json", 4)  # one per state of the installation
    return found


def _installed_metadata() -> list[tuple[str, int]]:
    """Every distribution's metadata folder on the import path, with its modification time.

    Installing, upgrading or removing a package adds, renames, rewrites or removes one. A
    file written into a folder on the path that holds no package (the working folder, under
    ``python -m zonemap``) changes none, so the kept list still holds.
    """
    found = []
    for folder in sys.path:
        if not folder or not os.path.isdir(folder):
            continue
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.endswith((".dist-info", ".egg-info")):
                        with contextlib.suppress(OSError):  # removed while we look
                            found.append((entry.path, entry.stat().st_mtime_ns))
        except OSError:  # a folder we may not list holds nothing Python can import either
            continue
    return sorted(found)


def _read_libraries() -> tuple[tuple[str, str], ...]:
    # imported here: a query that finds the answer kept needs neither
    from importlib.metadata import distributions

    from packaging.requirements import Requirement

    # One scan of the installed distributions: looking each name up scans the path again.
    named = ((d.metadata["Name"], d) for d in distributions())
    installed = {_key(name): d for name, d in named if name}  # a broken install has none
    seen: dict[str, str] = {}
    pending = ["zonemap"]
    while pending:
        dist = installed.get(pending.pop())
        if dist is None:
            continue  # an optional requirement that is not installed
        for text in dist.requires or ():
            requirement = Requirement(text)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue  # an extra's requirement, or one for another platform
            key = _key(requirement.name)
            if key not in seen and key in installed:
                seen[key] = installed[key].version
                pending.append(key)
    return tuple(sorted(seen.items()))


def _key(name: str) -> str:
    """A distribution's name as packaging normalises it."""
    return re.sub(r"[-_.]+", "-", name).lower()
