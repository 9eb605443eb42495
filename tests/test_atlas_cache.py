"""The atlas, the checked catalogue and the GeoPackage kept between runs: read back for the
same inputs, never for changed ones."""

from __future__ import annotations

import importlib.metadata
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import folder_bytes

import zonemap.atlas
import zonemap.inputs
import zonemap.web.build
import zonemap.web.context
from zonemap.atlas import load_atlas
from zonemap.errors import CatalogueError
from zonemap.web import build_maps


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("ZONEMAP_CACHE_DIR", str(folder))
    return folder


def _no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object) -> None:
        raise AssertionError("the atlas was built again")

    monkeypatch.setattr(zonemap.atlas, "_zones", fail)


def test_the_same_inputs_read_the_kept_atlas(
    cache: Path, catalogue_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_atlas(catalogue_copy)
    assert len(list(cache.glob("atlas-*.pickle"))) == 1
    _no_building(monkeypatch)
    again = load_atlas(catalogue_copy)
    assert again.catalogue == first.catalogue
    assert again.held_on("idlib", first.catalogue.horizon).held.equals(
        first.held_on("idlib", first.catalogue.horizon).held
    )


def test_an_edited_catalogue_is_built_afresh(cache: Path, catalogue_copy: Path) -> None:
    load_atlas(catalogue_copy)
    rounds = catalogue_copy / "rounds.yaml"
    rounds.write_text(
        rounds.read_text(encoding="utf-8").replace("Astana", "Astana ", 1), encoding="utf-8"
    )
    load_atlas(catalogue_copy)
    assert len(list(cache.glob("atlas-*.pickle"))) == 2


def test_a_broken_catalogue_keeps_nothing_and_fails_every_time(
    cache: Path, catalogue_copy: Path
) -> None:
    (catalogue_copy / "zones.yaml").write_text("zones: [\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(CatalogueError, match=r"zones\.yaml"):
            load_atlas(catalogue_copy)
    assert not list(cache.glob("atlas-*.pickle"))


def test_an_unreadable_kept_atlas_is_replaced(cache: Path, catalogue_copy: Path) -> None:
    load_atlas(catalogue_copy)
    (kept,) = cache.glob("atlas-*.pickle")
    kept.write_bytes(kept.read_bytes()[:1000])  # cut short, as by a full disk
    assert load_atlas(catalogue_copy).catalogue.zones
    assert kept.stat().st_size > 1000


def test_a_cache_folder_that_cannot_be_written_is_no_error(
    tmp_path: Path, catalogue_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("ZONEMAP_CACHE_DIR", str(blocked / "cache"))
    assert load_atlas(catalogue_copy).catalogue.zones


def test_the_cache_can_be_turned_off(
    tmp_path: Path, catalogue_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZONEMAP_CACHE_DIR", "none")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    load_atlas(catalogue_copy)
    assert not (tmp_path / "xdg").exists()


def test_only_the_most_recent_atlases_are_kept(cache: Path, catalogue_copy: Path) -> None:
    rounds = catalogue_copy / "rounds.yaml"
    text = rounds.read_text(encoding="utf-8")
    for n in range(6):
        rounds.write_text(text.replace("Astana", "Astana" + " " * (n + 1), 1), encoding="utf-8")
        load_atlas(catalogue_copy)
    assert len(list(cache.glob("atlas-*.pickle"))) == 4


@pytest.fixture
def on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder at the head of the import path, the kept list of libraries forgotten around."""
    folder = tmp_path / "on-path"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    zonemap.inputs.libraries.cache_clear()
    yield folder
    zonemap.inputs.libraries.cache_clear()


def _libraries_again() -> tuple[tuple[str, str], ...]:
    zonemap.inputs.libraries.cache_clear()
    return zonemap.inputs.libraries()


def test_library_versions_are_read_again_after_an_install(cache: Path, on_path: Path) -> None:
    first = zonemap.inputs.libraries()
    assert len(list(cache.glob("libraries-*.json"))) == 1
    (on_path / "newly_installed-1.0.dist-info").mkdir()  # what an install does to the folder
    os.utime(on_path, ns=(1, 1))
    assert _libraries_again() == first
    assert len(list(cache.glob("libraries-*.json"))) == 2


def test_library_versions_stay_kept_when_a_folder_on_the_path_gets_other_files(
    cache: Path, on_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The working folder is on the import path under ``python -m``: writing there is no install."""
    first = zonemap.inputs.libraries()
    (on_path / "zones.geojson").write_text("{}", encoding="utf-8")  # an export, say
    os.utime(on_path, ns=(1, 1))

    def fail() -> None:
        raise AssertionError("the installed libraries were read again")

    monkeypatch.setattr(zonemap.inputs, "_read_libraries", fail)
    assert _libraries_again() == first
    assert len(list(cache.glob("libraries-*.json"))) == 1


def test_a_folder_on_the_path_that_cannot_be_listed_is_passed_over(
    cache: Path, on_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = os.scandir

    def refused(folder: str) -> Any:
        if Path(folder) == on_path:
            raise PermissionError(13, "Permission denied", folder)
        return listing(folder)

    monkeypatch.setattr(zonemap.inputs.os, "scandir", refused)
    assert ("pyyaml", importlib.metadata.version("pyyaml")) in zonemap.inputs.libraries()


def test_the_cache_folder_keeps_the_four_latest_lists_of_installed_libraries(
    cache: Path, on_path: Path
) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    for age in range(6):  # lists made for earlier states of the installation
        old = cache / f"libraries-earlier{age}.json"
        old.write_text("[]\n", encoding="utf-8")
        os.utime(old, (1_000_000 + age, 1_000_000 + age))
    zonemap.inputs.libraries()
    kept = sorted(p.name for p in cache.glob("libraries-*.json"))
    assert len(kept) == 4
    assert "libraries-earlier5.json" in kept and "libraries-earlier0.json" not in kept


def test_a_build_into_a_new_folder_reads_the_checked_catalogue_back(
    cache: Path, catalogue_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_maps(None, tmp_path / "first", ["astana-6"], catalogue=catalogue_copy)
    assert len(list(cache.glob("catalogue-*.pickle"))) == 1

    def fail(*_args: object) -> None:
        raise AssertionError("the catalogue was read and checked again")

    monkeypatch.setattr(zonemap.web.build, "load_catalogue", fail)
    build_maps(None, tmp_path / "second", ["astana-6"], catalogue=catalogue_copy)


def test_a_build_checks_an_edited_catalogue_again(
    cache: Path, catalogue_copy: Path, tmp_path: Path
) -> None:
    build_maps(None, tmp_path / "first", ["astana-6"], catalogue=catalogue_copy)
    rounds = catalogue_copy / "rounds.yaml"
    rounds.write_text(rounds.read_text(encoding="utf-8") + "  - id: [\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"rounds\.yaml"):
        build_maps(None, tmp_path / "second", ["astana-6"], catalogue=catalogue_copy)
    assert not (tmp_path / "second").exists()


def test_a_build_with_a_kept_context_reads_its_geopackage_back(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_maps(None, tmp_path / "first")
    assert len(list(cache.glob("geopackage-*.pickle"))) == 1

    def fail(*_args: object, **_options: object) -> None:
        raise AssertionError("GDAL wrote the GeoPackage again")

    monkeypatch.setattr(zonemap.web.context, "gdal_bytes", fail)
    build_maps(None, tmp_path / "second")
    assert folder_bytes(tmp_path / "second") == folder_bytes(tmp_path / "first")
