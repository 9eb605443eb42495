"""Know when a build would change nothing, without loading any geometry.

A build records a fingerprint of everything its outputs depend on (catalogue, boundaries,
gazetteer, zonemap's own code and templates, the versions of the rendering libraries, the
build options) and the hash of every file it wrote. A later build with the same fingerprint,
whose outputs are all still there unchanged, has nothing to do.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

from .files import write_text
from .paths import geodata_dir, package_dir

__all__ = ["STAMP", "fingerprint", "is_fresh", "record"]

STAMP = ".zonemap-build.json"
_LIBRARIES = ("folium", "branca", "xstatic-leaflet", "shapely", "pyproj", "geopandas", "jinja2")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(catalogue: Path, boundaries: Path | None, options: Iterable[str]) -> str:
    """Return a hash of every input of a build."""
    digest = hashlib.sha256()
    inputs = sorted(catalogue.glob("*.yaml"))
    inputs.append(boundaries or Path(str(geodata_dir() / "governorates.geojson")))
    inputs += [Path(str(geodata_dir() / name)) for name in ("undof.geojson", "places.csv")]
    code = package_dir()
    templates = code / "templates"
    inputs += sorted(code.glob("*.py")) + sorted([*templates.glob("*.j2"), *templates.glob("*.js")])
    for path in inputs:
        digest.update(f"{path.name}\0".encode())
        digest.update(path.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library}={version(library)}\0".encode())
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
