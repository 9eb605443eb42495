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
from collections.abc import Iterable
from pathlib import Path

from ..files import write_text
from ..inputs import input_files, libraries

__all__ = ["STAMP", "fingerprint", "is_fresh", "record"]

STAMP = ".zonemap-build.json"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(catalogue: Path, boundaries: Path | None, options: Iterable[str]) -> str:
    """Return a hash of every input of a build."""
    digest = hashlib.sha256()
    for path in input_files(catalogue, boundaries):
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
