"""Shared fixtures: the shipped atlas, catalogues to break, an admin layer, the OCHA reference."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from shapely.geometry import mapping

from zonemap.atlas import Atlas, load_atlas
from zonemap.cli import main
from zonemap.paths import catalogue_dir
from zonemap.web.build import LOCK

pytest_plugins = ("browser_support",)  # the browser fixtures: site, browser, visit

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference-boundaries" / "derived"
SEEDS = SHARED / "seeds"

needs_reference = pytest.mark.skipif(
    not REFERENCE.is_dir(), reason="OCHA COD-AB reference copies (../shared) are absent"
)


def pytest_report_header() -> list[str]:
    return [f"OCHA reference boundaries: {'present' if REFERENCE.is_dir() else 'absent'}"]


@pytest.fixture(autouse=True, scope="session")
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Atlases kept by the suite go to a folder of its own, not the user's cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ZONEMAP_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    return load_atlas()


@pytest.fixture
def catalogue_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped catalogue, for tests that break it."""
    target = tmp_path / "catalogue"
    shutil.copytree(catalogue_dir(), target)
    return target


@pytest.fixture
def own_governorates(atlas: Atlas, tmp_path: Path) -> Path:
    """The boundaries the zones were drawn on, written as an OCHA-style admin-1 layer."""
    features = [
        {
            "type": "Feature",
            "properties": {"ADM1_PCODE": g.pcode, "ADM1_EN": g.name_en, "ADM1_AR": g.name_ar},
            "geometry": mapping(g.geometry),
        }
        for g in atlas.boundaries
    ]
    path = tmp_path / "adm1.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    return path


def folder_bytes(folder: Path, leave_out: Collection[str] = (LOCK,)) -> dict[str, bytes]:
    """Every file below ``folder`` by its path there, with its bytes; not those named in
    ``leave_out`` (by default the build's lock)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in leave_out
    }


def run_cli(*args: str) -> int:
    """Run the zonemap command in-process and return its exit status."""
    try:
        main(list(args))
    except SystemExit as exit_info:
        return int(exit_info.code or 0)
    return 0


@contextmanager
def full_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` (``mount -o size=``) mounted on ``folder``: a disk that fills up.

    Skips the test where it cannot be mounted (it needs root).
    """
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
