"""A rebuild after an edit renders only what the edit changed, and writes what a full build does."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonemap.web import build_maps
from zonemap.web.incremental import ROUND_PAGE_TEXT

ASTANA_6_SUMMARY = "With the Idlib maps settled in Ankara on 8 September"
# the line before the summary: the same observers came to five other rounds
ASTANA_6_OBSERVERS = "observers: [United Nations, Jordan, United States]\n    summary: >-\n      W"


class Counted:
    """A build's progress: how many rounds it rendered, and which."""

    def __init__(self) -> None:
        self.total: int | None = None
        self.rendered: list[str] = []

    def start(self, total: int) -> None:
        self.total = total

    def step(self, round_id: str) -> None:
        self.rendered.append(round_id)


def _edit(catalogue: Path, old: str, new: str) -> None:
    rounds = catalogue / "rounds.yaml"
    text = rounds.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    rounds.write_text(text.replace(old, new), encoding="utf-8")


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".zonemap-build.lock")
    }


def _full_build(catalogue: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """What a build from nothing writes: no folder before it, nothing kept."""
    with monkeypatch.context() as patch:
        patch.setenv("ZONEMAP_CACHE_DIR", "none")
        build_maps(None, out, catalogue=catalogue)
    return _files(out)


def _rebuild(catalogue: Path, out: Path) -> tuple[Counted, tuple[str, ...]]:
    progress = Counted()
    result = build_maps(None, out, catalogue=catalogue, progress=progress)
    return progress, tuple(str(p.relative_to(out)) for p in result.changed)


@pytest.fixture
def built(catalogue_copy: Path, tmp_path: Path) -> Path:
    """The maps of the catalogue copy, built once (its shared context kept)."""
    out = tmp_path / "maps"
    build_maps(None, out, catalogue=catalogue_copy)
    return out


def test_only_its_own_page_shows_a_rounds_summary_participants_and_observers(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert {"summary", "participants", "observers"} == ROUND_PAGE_TEXT
    before = _files(built)
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps agreed in Ankara on 8 September")
    _edit(catalogue_copy, ASTANA_6_OBSERVERS, ASTANA_6_OBSERVERS.replace(", Jordan", ""))
    after = _full_build(catalogue_copy, tmp_path / "full", monkeypatch)
    changed = {name for name in after if after[name] != before.get(name)}
    # with the manifest and the build's record, which list every output's hash
    assert changed == {"astana-6.html", "manifest.json", ".zonemap-build.json"}


def test_editing_a_rounds_summary_renders_that_page_alone_as_a_full_build_would(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps agreed in Ankara on 8 September")
    progress, changed = _rebuild(catalogue_copy, built)
    assert (progress.total, progress.rendered) == (1, ["astana-6"])
    assert changed == ("astana-6.html", "manifest.json")
    assert _files(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_text_edits_of_two_rounds_render_their_two_pages(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(catalogue_copy, ASTANA_6_OBSERVERS, ASTANA_6_OBSERVERS.replace("Jordan", "Jordania"))
    _edit(catalogue_copy, "The opening round brought", "The first round brought")
    progress, changed = _rebuild(catalogue_copy, built)
    assert sorted(progress.rendered) == ["astana-1", "astana-6"]
    assert changed == ("astana-1.html", "astana-6.html", "manifest.json")
    assert _files(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_any_other_edit_renders_every_page(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a round's name is on its neighbours' maps, the index, the timeline and the zone popups
    _edit(catalogue_copy, "name: Fourth International Meeting", "name: 4th International Meeting")
    progress, changed = _rebuild(catalogue_copy, built)
    assert progress.total == len(progress.rendered) == 35
    assert {"astana-3.html", "astana-5.html", "index.html", "timeline.html"} <= set(changed)
    assert _files(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_an_output_changed_by_hand_is_rendered_again(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (built / "astana-9.html").write_text("edited by hand", encoding="utf-8")
    (built / "timeline.html").unlink()
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps agreed in Ankara on 8 September")
    progress, _changed = _rebuild(catalogue_copy, built)
    assert sorted(progress.rendered) == ["astana-6", "astana-9"]
    assert _files(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_a_kept_context_that_does_not_read_back_is_made_again(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    cache = Path(os.environ["ZONEMAP_CACHE_DIR"])
    for kept in cache.glob("context-*.pickle"):
        kept.write_bytes(b"not a pickle")
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps agreed in Ankara on 8 September")
    progress, changed = _rebuild(catalogue_copy, built)
    assert progress.rendered == ["astana-6"] and changed == ("astana-6.html", "manifest.json")
    assert _files(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)
