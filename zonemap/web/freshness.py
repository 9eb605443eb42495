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
from typing import Any

from ..file_sets import is_committing
from ..inputs import catalogue_files, digest_files, input_files, libraries

__all__ = [
    "STAMP",
    "beside_catalogue",
    "fingerprint",
    "is_fresh",
    "previous_record",
    "record",
    "unchanged_output",
]

STAMP = ".zonemap-build.json"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def beside_catalogue(catalogue: Path, boundaries: Path | None, options: Iterable[str]) -> str:
    """A hash of every input of a build but the catalogue's own files.

    The boundaries, the rest of ``geodata/``, zonemap's code, the libraries' versions and
    the build's options.
    """
    digest = hashlib.sha256()
    digest_files(digest, input_files(catalogue, boundaries, with_catalogue=False))
    for library, version in libraries():
        digest.update(f"{library}={version}\0".encode())
    digest.update("\0".join(options).encode())
    return digest.hexdigest()


def fingerprint(
    catalogue: Path,
    boundaries: Path | None,
    options: Iterable[str],
    *,
    beside: str | None = None,
) -> str:
    """Return a hash of every input of a build.

    ``beside`` is :func:`beside_catalogue` of the same inputs when the caller has it already,
    so that the other files are not read again.
    """
    digest = hashlib.sha256()
    digest.update((beside or beside_catalogue(catalogue, boundaries, options)).encode())
    digest_files(digest, catalogue_files(catalogue))
    return digest.hexdigest()


def is_fresh(out: Path, stamp: str) -> bool:
    """True if ``out`` holds a build with this fingerprint, every output file unchanged.

    Never while a commit into ``out`` is under way or was interrupted.
    """
    found = previous_record(out)
    if found is None or found.get("fingerprint") != stamp:
        return False
    return all(unchanged_output(out, found, name) is not None for name in found["outputs"])


def previous_record(out: Path) -> dict[str, Any] | None:
    """The record of the last build of ``out``, if it is whole and no commit is under way."""
    if is_committing(out):
        return None
    try:
        found = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or not isinstance(found.get("outputs"), dict):
        return None
    return found


def unchanged_output(out: Path, found: Mapping[str, Any], name: str) -> bytes | None:
    """The bytes of output ``name`` if they are still those the record ``found`` lists."""
    expected = found["outputs"].get(name)
    try:
        data = (out / name).read_bytes()
    except OSError:
        return None
    return data if expected is not None and _sha256(data) == expected else None


def record(stamp: str, outputs: Mapping[str, bytes], **facts: Any) -> bytes:
    """The record of a build: its fingerprint, ``facts`` and the hash of every file it wrote.

    Made from the bytes the build wrote, not from what the folder holds afterwards; ``facts``
    are what a later build compares (see :mod:`.incremental`), as JSON values.
    """
    files = {name: _sha256(outputs[name]) for name in sorted(outputs)}
    content = {"fingerprint": stamp, **facts, "outputs": files}
    return (json.dumps(content, indent=1, sort_keys=True) + "\n").encode()
