"""Know when a build would change nothing, without loading any geometry.

A build records a fingerprint of everything its outputs depend on (every file of the
catalogue, the boundaries, the rest of ``geodata/``, every file of zonemap's own code and
templates, the versions of every library zonemap runs on, the build options) and the hash of
every file it wrote. A later build with the same fingerprint, whose outputs are all still
there unchanged, has nothing to do.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.metadata import distributions
from pathlib import Path

from packaging.requirements import Requirement

from ..files import write_text
from ..paths import catalogue_dir, geodata_dir, package_dir

__all__ = ["STAMP", "fingerprint", "is_fresh", "libraries", "record"]

STAMP = ".zonemap-build.json"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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
    """Every library zonemap runs on, with its version: its requirements and theirs."""
    # One scan of the installed distributions: looking each name up scans the path again.
    installed = {_key(d.metadata["Name"]): d for d in distributions()}
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


def fingerprint(catalogue: Path, boundaries: Path | None, options: Iterable[str]) -> str:
    """Return a hash of every input of a build."""
    shipped_catalogue = catalogue_dir()
    geodata = Path(str(geodata_dir()))
    code = package_dir()
    inputs = [
        *_files_below(catalogue),
        *([boundaries] if boundaries is not None else []),
        *_files_below(geodata, skip=[shipped_catalogue]),
        *_files_below(code, skip=[code / "geodata"]),
    ]
    digest = hashlib.sha256()
    for path in inputs:
        digest.update(f"{path.name}\0".encode())
        digest.update(path.read_bytes())
    for library, version in libraries():
        digest.update(f"{library}={version}\0".encode())
    digest.update("\0".join(options).encode())
    return digest.hexdigest()


def is_fresh(out: Path, stamp: str) -> bool:
    """True if ``out`` holds a build with this fingerprint, every output file unchanged."""
    try:
        record_ = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return False
    if record_.get("fingerprint") != stamp:
        return False
    for name, expected in record_.get("outputs", {}).items():
        try:
            if _sha256((out / name).read_bytes()) != expected:
                return False
        except FileNotFoundError:
            return False
    return True


def record(out: Path, stamp: str, outputs: Iterable[Path]) -> None:
    """Remember the fingerprint and the hash of every output of a finished build."""
    files = {p.relative_to(out).as_posix(): _sha256(p.read_bytes()) for p in sorted(outputs)}
    write_text(out / STAMP, json.dumps({"fingerprint": stamp, "outputs": files}, indent=1) + "\n")
