"""A rebuild after an edit renders only what the edit changed, and writes what a full build does."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import folder_bytes

from zonemap import Atlas
from zonemap.errors import CatalogueError
from zonemap.web import build_maps
from zonemap.web.incremental import ROUND_PAGE_TEXT
from zonemap.web.page_text import page_text

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


def _edit(catalogue: Path, old: str, new: str, *, name: str = "rounds.yaml") -> None:
    path = catalogue / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _edit_round(catalogue: Path, round_id: str, old: str, new: str) -> None:
    """Replace the first ``old`` in the entry of ``round_id``."""
    rounds = catalogue / "rounds.yaml"
    text = rounds.read_text(encoding="utf-8")
    start = text.index(f"  - id: {round_id}\n")
    where = text.index(old, start)
    rounds.write_text(text[:where] + new + text[where + len(old) :], encoding="utf-8")


def _full_build(catalogue: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """What a build from nothing writes: no folder before it, nothing kept."""
    with monkeypatch.context() as patch:
        patch.setenv("ZONEMAP_CACHE_DIR", "none")
        build_maps(None, out, catalogue=catalogue)
    return folder_bytes(out)


class Rebuilt:
    """What a rebuild rendered, what it changed and what it said (``report``)."""

    def __init__(self, catalogue: Path, out: Path) -> None:
        self.progress = Counted()
        self.said: list[str] = []
        result = build_maps(
            None, out, catalogue=catalogue, progress=self.progress, report=self.said.append
        )
        self.changed = tuple(str(p.relative_to(out)) for p in result.changed)

    @property
    def was_spliced(self) -> bool:
        """Whether the new text was set in the old pages, with no map (and no context)."""
        spliced = any(line.startswith("pages: the new text of") for line in self.said)
        return spliced and not any(line.startswith("context:") for line in self.said)


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
    before = folder_bytes(built)
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps agreed in Ankara on 8 September")
    _edit(catalogue_copy, ASTANA_6_OBSERVERS, ASTANA_6_OBSERVERS.replace(", Jordan", ""))
    after = _full_build(catalogue_copy, tmp_path / "full", monkeypatch)
    changed = {name for name in after if after[name] != before.get(name)}
    # with the manifest and the build's record, which list every output's hash
    assert changed == {"astana-6.html", "manifest.json", ".zonemap-build.json"}


def test_editing_a_rounds_summary_sets_it_in_that_page_alone_as_a_full_build_would(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps agreed in Ankara on 8 September")
    rebuilt = Rebuilt(catalogue_copy, built)
    assert rebuilt.was_spliced
    assert (rebuilt.progress.total, rebuilt.progress.rendered) == (1, ["astana-6"])
    assert rebuilt.changed == ("astana-6.html", "manifest.json")
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_every_round_page_holds_its_text_once_where_the_record_says(
    atlas: Atlas, built: Path
) -> None:
    texts = json.loads((built / ".zonemap-build.json").read_text(encoding="utf-8"))["texts"]
    assert sorted(texts) == sorted(r.id for r in atlas.catalogue.rounds)
    for round_ in atlas.catalogue.rounds:
        start, end = texts[round_.id]
        page = (built / f"{round_.id}.html").read_bytes()
        assert page[start:end] == page_text(round_).encode("utf-8")
        assert page.count(page[start:end]) == 1


# Each edit changes the text's length; the last two make and take away the observers' clause.
TEXT_EDITS = {
    "markup and Arabic": [
        (
            "astana-6",
            "With the Idlib maps settled",
            'With the <b>Idlib</b> maps & "zones" {{ settled }} — خرائط إدلب',
        ),
        ("astana-6", "Syrian armed opposition]", "'Syrian <armed> opposition', المعارضة]"),
    ],
    "a line break and indentation": [
        (
            "astana-6",
            "summary: >-\n      With the Idlib",
            "summary: |-\n      With the\n\n        \tIdlib",
        ),
    ],
    "observers emptied and given": [
        ("astana-6", "observers: [United Nations, Jordan, United States]", "observers: []"),
        ("summit-sochi-2017", "observers: []", "observers: [United Nations & <UNHCR>]"),
    ],
}


@pytest.mark.parametrize("edits", TEXT_EDITS.values(), ids=TEXT_EDITS.keys())
def test_edited_text_is_set_in_its_pages_as_a_full_build_writes_it(
    catalogue_copy: Path,
    built: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    edits: list[tuple[str, str, str]],
) -> None:
    for round_id, old, new in edits:
        _edit_round(catalogue_copy, round_id, old, new)
    rebuilt = Rebuilt(catalogue_copy, built)
    assert rebuilt.was_spliced
    assert sorted(rebuilt.progress.rendered) == sorted({r for r, _old, _new in edits})
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_two_text_edits_in_a_row_each_give_what_a_full_build_writes(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps, long disputed, settled at last")
    assert Rebuilt(catalogue_copy, built).was_spliced
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "first", monkeypatch)
    _edit(catalogue_copy, "maps, long disputed, settled at last", "maps set")
    assert Rebuilt(catalogue_copy, built).was_spliced
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "second", monkeypatch)


def _tamper_page(out: Path) -> None:
    page = out / "astana-6.html"
    page.write_bytes(page.read_bytes().replace(b"<title>", b"<title>Edited: ", 1))


def _tamper_record(out: Path) -> None:
    stamp = out / ".zonemap-build.json"
    found = json.loads(stamp.read_text(encoding="utf-8"))
    found["texts"]["astana-6"] = [0, 10**9]
    stamp.write_text(json.dumps(found), encoding="utf-8")


@pytest.mark.parametrize("tamper", [_tamper_page, _tamper_record], ids=["page", "record"])
def test_a_page_whose_old_bytes_or_place_are_not_as_recorded_is_rendered_in_full(
    catalogue_copy: Path,
    built: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tamper: Callable[[Path], None],
) -> None:
    tamper(built)
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps agreed in Ankara on 8 September")
    rebuilt = Rebuilt(catalogue_copy, built)
    assert not rebuilt.was_spliced and rebuilt.progress.rendered == ["astana-6"]
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_a_comment_in_the_zones_file_renders_no_page(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(catalogue_copy, "zones:\n", "# a note for editors\nzones:\n", name="zones.yaml")
    rebuilt = Rebuilt(catalogue_copy, built)
    assert rebuilt.was_spliced and rebuilt.progress.rendered == [] and rebuilt.changed == ()
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_a_metadata_edit_renders_every_output_it_is_cited_in(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(catalogue_copy, "version: 1.0.0 ", "version: 1.0.1 ", name="metadata.yaml")
    rebuilt = Rebuilt(catalogue_copy, built)
    assert not rebuilt.was_spliced and len(rebuilt.progress.rendered) == 35
    assert "geojson/astana-6.geojson" in rebuilt.changed
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_bad_text_is_refused_naming_its_round_and_the_folder_is_left_alone(
    catalogue_copy: Path, built: Path
) -> None:
    before = folder_bytes(built)
    _edit_round(
        catalogue_copy,
        "astana-6",
        "observers: [United Nations, Jordan, United States]",
        "observers: [United Nations, '']",
    )
    with pytest.raises(
        CatalogueError,
        match=r"round astana-6.*observers\.1: String should have at least 1 character",
    ):
        build_maps(None, built, catalogue=catalogue_copy)
    assert folder_bytes(built) == before


def test_text_edits_of_two_rounds_are_set_in_their_two_pages(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(catalogue_copy, ASTANA_6_OBSERVERS, ASTANA_6_OBSERVERS.replace("Jordan", "Jordania"))
    _edit(catalogue_copy, "The opening round brought", "The first round brought")
    rebuilt = Rebuilt(catalogue_copy, built)
    assert rebuilt.was_spliced and sorted(rebuilt.progress.rendered) == ["astana-1", "astana-6"]
    assert rebuilt.changed == ("astana-1.html", "astana-6.html", "manifest.json")
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_any_other_edit_renders_every_page(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a round's name is on its neighbours' maps, the index, the timeline and the zone popups
    _edit(catalogue_copy, "name: Fourth International Meeting", "name: 4th International Meeting")
    rebuilt = Rebuilt(catalogue_copy, built)
    assert not rebuilt.was_spliced
    assert rebuilt.progress.total == len(rebuilt.progress.rendered) == 35
    assert {"astana-3.html", "astana-5.html", "index.html", "timeline.html"} <= set(rebuilt.changed)
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_an_output_changed_by_hand_is_rendered_again(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (built / "astana-9.html").write_text("edited by hand", encoding="utf-8")
    (built / "timeline.html").unlink()
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps agreed in Ankara on 8 September")
    rebuilt = Rebuilt(catalogue_copy, built)
    assert not rebuilt.was_spliced
    assert sorted(rebuilt.progress.rendered) == ["astana-6", "astana-9"]
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)


def test_a_kept_context_that_does_not_read_back_is_made_again(
    catalogue_copy: Path, built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    cache = Path(os.environ["ZONEMAP_CACHE_DIR"])
    for kept in cache.glob("context-*.pickle"):
        kept.write_bytes(b"not a pickle")
    _tamper_page(built)  # so that the build needs the context
    _edit(catalogue_copy, ASTANA_6_SUMMARY, "With the Idlib maps agreed in Ankara on 8 September")
    rebuilt = Rebuilt(catalogue_copy, built)
    assert any(line.startswith("context: computed") for line in rebuilt.said)
    assert rebuilt.progress.rendered == ["astana-6"]
    assert rebuilt.changed == ("astana-6.html", "manifest.json")
    assert folder_bytes(built) == _full_build(catalogue_copy, tmp_path / "full", monkeypatch)
