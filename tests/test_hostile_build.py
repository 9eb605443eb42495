"""A build under faults: killed mid-commit, two at once, a full disk, a read-only folder.

Whatever happens, the output folder holds the previous set, the complete new set, or a state
the next build finishes before anything else; it is never reported up to date otherwise.
Builds run as subprocesses whose renames are slowed by wrapping ``os.replace`` in the child,
so a kill lands inside the commit; the library has no hook for it.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from conftest import folder_bytes, full_disk, run_cli
from filelock import FileLock

from zonemap.errors import ExportError
from zonemap.file_sets import JOURNAL, STAGING, finish_interrupted, write_file_set
from zonemap.paths import catalogue_dir
from zonemap.web.build import LOCK
from zonemap.web.freshness import STAMP, is_fresh

ROUNDS = ["--round", "astana-6", "--round", "astana-7"]
BOOKKEEPING = {STAMP, LOCK}

# The child process: every rename out of the staging folder first sleeps for $DELAY seconds.
SLOW_RENAMES = """
import os, sys, time
real_replace = os.replace
def slow_replace(source, destination, **kwargs):
    if ".zonemap-build.staging" in os.fspath(source):
        time.sleep(float(os.environ["DELAY"]))
    return real_replace(source, destination, **kwargs)
os.replace = slow_replace
from zonemap.cli import main
main(sys.argv[1:])
"""


def _zonemap(*args: str, delay: float = 0.0) -> subprocess.Popen[str]:
    env = {**os.environ, "DELAY": str(delay)}
    return subprocess.Popen(
        [sys.executable, "-c", SLOW_RENAMES, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run(*args: str) -> tuple[int, str]:
    child = _zonemap(*args)
    _out, err = child.communicate(timeout=300)
    return child.returncode, err


def _leftovers(folder: Path) -> list[str]:
    beside = [p.name for p in folder.parent.glob(f".{folder.name}.staging.*")]
    inside = [p.name for p in folder.iterdir() if p.name in (STAGING, JOURNAL)]
    return beside + inside


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """The complete linked and inline sets of two rounds, built undisturbed."""
    sets = {}
    for label, extra in (("linked", []), ("inline", ["--inline"])):
        folder = tmp_path_factory.mktemp(label)
        code, err = _run("build", "--out", str(folder), *ROUNDS, *extra)
        assert code == 0, err
        sets[label] = folder_bytes(folder, BOOKKEEPING)
    return sets


def _wait_for(condition: object, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# --- case 1: kill -9 during the final move ----------------------------------------------


def test_a_build_killed_during_the_commit_is_finished_by_the_next_one(
    tmp_path: Path, references: dict[str, dict[str, bytes]]
) -> None:
    out = tmp_path / "maps"
    assert _run("build", "--out", str(out), *ROUNDS)[0] == 0
    pages = sorted(n for n, data in references["inline"].items() if references["linked"][n] != data)
    assert len(pages) == 2  # the two round pages; their GeoJSON is the same either way

    def new_pages() -> int:
        return sum((out / name).read_bytes() == references["inline"][name] for name in pages)

    child = _zonemap("build", "--out", str(out), *ROUNDS, "--inline", delay=1.0)
    _wait_for(lambda: new_pages() == 1)  # the first page is in, the second waits to move
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert new_pages() == 1 and (out / JOURNAL).exists()  # a mixed set, as in the issue
    code, err = _run("build", "--out", str(out), *ROUNDS, "--inline")
    assert code == 0, err
    assert "finished an interrupted build" in err
    assert folder_bytes(out, BOOKKEEPING) == {**references["linked"], **references["inline"]}
    assert _leftovers(out) == []


def test_a_folder_mid_commit_is_never_up_to_date(tmp_path: Path) -> None:
    out = tmp_path / "maps"
    assert _run("build", "--out", str(out), *ROUNDS)[0] == 0
    stamp = json.loads((out / STAMP).read_text(encoding="utf-8"))["fingerprint"]
    assert is_fresh(out, stamp)
    (out / JOURNAL).write_text('{"files": ["astana-6.html"]}\n', encoding="utf-8")
    assert not is_fresh(out, stamp)


def test_staging_left_by_a_killed_build_is_removed_and_the_old_set_kept(
    tmp_path: Path, references: dict[str, dict[str, bytes]]
) -> None:
    out = tmp_path / "maps"
    assert _run("build", "--out", str(out), *ROUNDS)[0] == 0
    (out / STAGING / "geojson").mkdir(parents=True)
    (out / STAGING / "astana-6.html").write_bytes(b"half a page")
    old_style = tmp_path / ".maps.staging.abc123"  # where earlier versions staged
    old_style.mkdir()
    code, err = _run("build", "--out", str(out), *ROUNDS)
    assert code == 0, err
    assert folder_bytes(out, BOOKKEEPING) == references["linked"]
    assert _leftovers(out) == []


# --- case 2: two builds into one folder -------------------------------------------------


@pytest.fixture
def other_catalogue(tmp_path: Path) -> Path:
    """A catalogue whose astana-6 page differs from the shipped one's."""
    folder = tmp_path / "other"
    shutil.copytree(catalogue_dir(), folder)
    rounds = yaml.safe_load((folder / "rounds.yaml").read_text(encoding="utf-8"))
    next(r for r in rounds["rounds"] if r["id"] == "astana-6")["summary"] = "Another summary."
    (folder / "rounds.yaml").write_text(yaml.safe_dump(rounds, allow_unicode=True), "utf-8")
    return folder


def test_two_builds_at_once_leave_one_whole_set_that_the_other_catalogue_rebuilds(
    tmp_path: Path, other_catalogue: Path, references: dict[str, dict[str, bytes]]
) -> None:
    out = tmp_path / "maps"
    other_ref = tmp_path / "other-ref"
    assert (
        _run("--catalogue", str(other_catalogue), "build", "--out", str(other_ref), *ROUNDS)[0] == 0
    )
    sets = {"shipped": references["linked"], "other": folder_bytes(other_ref, BOOKKEEPING)}
    first = _zonemap("build", "--out", str(out), *ROUNDS, delay=0.2)
    second = _zonemap(
        "--catalogue", str(other_catalogue), "build", "--out", str(out), *ROUNDS, delay=0.2
    )
    for child in (first, second):
        _out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
    now = folder_bytes(out, BOOKKEEPING)
    assert now in sets.values()  # one whole set, not a mix
    winner = "shipped" if now == sets["shipped"] else "other"
    loser_args = ["--catalogue", str(other_catalogue)] if winner == "shipped" else []
    code, err = _run(*loser_args, "build", "--out", str(out), *ROUNDS)
    assert code == 0 and "up to date" not in err
    assert folder_bytes(out, BOOKKEEPING) == sets["other" if winner == "shipped" else "shipped"]


def test_a_second_build_told_not_to_wait_fails_with_one_line(tmp_path: Path) -> None:
    out = tmp_path / "maps"
    out.mkdir()
    with FileLock(out / LOCK):
        code, err = _run("build", "--out", str(out), *ROUNDS, "--wait", "0")
    assert code == 1
    assert err == f"error: {out}: another build is writing this folder (waited 0 s for {LOCK})\n"


# --- case 3: a full disk -----------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1.2 MB tmpfs: room for the linked set of two rounds, not for the inline pages too."""
    with full_disk(tmp_path / "disk", "1200k") as mount:
        yield mount


def test_a_full_disk_leaves_the_previous_set_and_names_the_file(
    small_disk: Path, references: dict[str, dict[str, bytes]]
) -> None:
    code, err = _run("build", "--out", str(small_disk), *ROUNDS)
    assert code == 0, err
    code, err = _run("build", "--out", str(small_disk), *ROUNDS, "--inline")
    assert code == 1
    last = err.splitlines()[-1]  # after the progress bar's label
    assert last.startswith(f"error: {small_disk}/astana-") and "No space left on device" in last
    assert "Traceback" not in err
    assert folder_bytes(small_disk, BOOKKEEPING) == references["linked"]
    assert _leftovers(small_disk) == []
    code, err = _run("build", "--out", str(small_disk), *ROUNDS)
    assert code == 0 and "up to date" in err


def test_a_simulated_full_disk_while_staging_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "maps"
    write_file_set(out, {"a.html": b"old a", "b.html": b"old b"})
    real_write = Path.write_bytes

    def full_after_one(self: Path, data: bytes) -> int:
        if self.name == "b.html":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", full_after_one)
    with pytest.raises(ExportError, match=r"maps/b\.html: cannot write \(No space left"):
        write_file_set(out, {"a.html": b"new a", "b.html": b"new b"})
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        "a.html": b"old a",
        "b.html": b"old b",
    }


# --- case 4 and 13: where a build may write ---------------------------------------------


def test_build_out_an_empty_name_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("build", "--out", "", *ROUNDS) == 2
    assert capsys.readouterr().err.startswith("error: the output folder is an empty name")
    assert list(tmp_path.iterdir()) == []


def test_build_out_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "maps.html"
    target.write_text("mine")
    assert run_cli("build", "--out", str(target), *ROUNDS) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert target.read_text() == "mine"


def test_a_read_only_output_folder_is_named_not_a_staging_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "maps"
    out.mkdir()

    def refused(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))

    # Root ignores permission bits, so the refusal is simulated where the folder is written.
    monkeypatch.setattr(Path, "mkdir", refused)
    with pytest.raises(ExportError) as caught:
        write_file_set(out, {"assets/zonemap.css": b"x"})
    assert str(caught.value) == f"{out}/assets/zonemap.css: cannot write (Permission denied)"
    assert STAGING not in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_really_read_only_output_folder_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "maps"
    out.mkdir()
    out.chmod(0o555)
    try:
        code, err = _run("build", "--out", str(out), *ROUNDS)
    finally:
        out.chmod(0o755)
    assert code == 1 and err.startswith(f"error: {out}") and err.count("\n") == 1


# --- the commit on its own --------------------------------------------------------------


def test_finishing_an_interrupted_commit_moves_what_is_left(tmp_path: Path) -> None:
    out = tmp_path / "maps"
    (out / STAGING).mkdir(parents=True)
    (out / "a.html").write_bytes(b"new a")  # moved before the interruption
    (out / "b.html").write_bytes(b"old b")
    (out / STAGING / "b.html").write_bytes(b"new b")
    (out / JOURNAL).write_text('{"files": ["a.html", "b.html"]}', encoding="utf-8")
    assert finish_interrupted(out) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        "a.html": b"new a",
        "b.html": b"new b",
    }


def test_an_unreadable_journal_is_one_line_naming_it(tmp_path: Path) -> None:
    (tmp_path / JOURNAL).write_text("{not json", encoding="utf-8")
    with pytest.raises(ExportError, match=r"\.zonemap-build\.journal: an interrupted build"):
        finish_interrupted(tmp_path)


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    write_file_set(tmp_path, {"a.html": b"same"})
    before = (tmp_path / "a.html").stat().st_mtime_ns
    assert write_file_set(tmp_path, {"a.html": b"same", "b.html": b"new"}) == ["b.html"]
    assert (tmp_path / "a.html").stat().st_mtime_ns == before


def test_the_record_describes_what_the_build_wrote_not_the_folder(
    tmp_path: Path, references: dict[str, dict[str, bytes]]
) -> None:
    out = tmp_path / "maps"
    assert _run("build", "--out", str(out), *ROUNDS)[0] == 0
    (out / "stray.html").write_text("not ours")
    recorded = json.loads((out / STAMP).read_text(encoding="utf-8"))["outputs"]
    assert set(recorded) == set(references["linked"])
    (out / "astana-6.html").write_text("edited by hand")
    code, err = _run("build", "--out", str(out), *ROUNDS)
    assert code == 0 and "up to date" not in err
    assert (out / "astana-6.html").read_bytes() == references["linked"]["astana-6.html"]
