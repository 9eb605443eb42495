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
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..file_sets import is_committing
from ..inputs import digest_files, input_files, libraries

__all__ = ["STAMP", "fingerprint", "is_fresh", "record"]

STAMP = ".zonemap-build.json"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(catalogue: Path, boundaries: Path | None, options: Iterable[str]) -> str:
    """Return a hash of every input of a build."""
    digest = hashlib.sha256()
    digest_files(digest, input_files(catalogue, boundaries))
    for library, version in libraries():
        digest.update(f"{library}={version}\0".encode())
    digest.update("\0".join(options).encode())
    return digest.hexdigest()


def is_fresh(out: Path, stamp: str) -> bool:
    """True if ``out`` holds a build with this fingerprint, every output file unchanged.

    Never while a commit into ``out`` is under way or was interrupted.
    """
    if is_committing(out):
        return False
    try:
        record_ = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(record_, dict) or record_.get("fingerprint") != stamp:
        return False
    outputs = record_.get("outputs")
    if not isinstance(outputs, dict):
        return False
    for name, expected in outputs.items():
        try:
            if _sha256((out / name).read_bytes()) != expected:
                return False
        except OSError:
            return False
    return True


def record(stamp: str, outputs: Mapping[str, bytes]) -> bytes:
    """The record of a build: its fingerprint and the hash of every file it wrote.

    Made from the bytes the build wrote, not from what the folder holds afterwards.
    """
    files = {name: _sha256(outputs[name]) for name in sorted(outputs)}
    return (json.dumps({"fingerprint": stamp, "outputs": files}, indent=1) + "\n").encode()
