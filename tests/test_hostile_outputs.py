"""Where ``-o`` may write: a regular file or a new path, through a symlink, or standard output.

Devices, FIFOs, folders and links to nothing are refused with one line naming the path, and
left as they were. A symbolic link to a regular file is written through: the file it points
to gets the new bytes, the link stays a link. ``-o -`` is standard output, for text formats;
the format follows the extension unless ``--format`` says otherwise, and the two must agree.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, full_disk, run_cli

from zonemap.errors import ExportError
from zonemap.files import output_target, write_bytes

EXPORT = ["export", "--round", "astana-6"]
STATEMENT = ROOT / "tests" / "data" / "statements" / "round-12-nur-sultan.txt"


def _one_error_line(err: str, *parts: str) -> None:
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for part in parts:
        assert part in err, err


def _zonemap(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run the command in a child with a time limit, so that a write into a FIFO cannot hang."""
    return subprocess.run(
        [sys.executable, "-m", "zonemap", *args], capture_output=True, timeout=300, check=False
    )


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


# --- refused targets --------------------------------------------------------------------


def test_export_onto_a_fifo_is_refused_without_blocking(fifo: Path) -> None:
    done = _zonemap(*EXPORT, "-o", str(fifo))
    assert done.returncode == 1
    _one_error_line(done.stderr.decode(), str(fifo), "a FIFO")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_extract_onto_a_fifo_is_refused_without_blocking(fifo: Path) -> None:
    done = _zonemap("extract", str(STATEMENT), "-o", str(fifo))
    assert done.returncode == 1
    _one_error_line(done.stderr.decode(), str(fifo), "a FIFO")


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_export_onto_a_device_node_leaves_the_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = tmp_path / "full"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # a copy of /dev/full
    assert run_cli(*EXPORT, "-o", str(device)) == 1
    _one_error_line(capsys.readouterr().err, str(device), "a character device")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_export_onto_dev_null_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(*EXPORT, "-o", "/dev/null") == 1
    _one_error_line(capsys.readouterr().err, "/dev/null", "a character device")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_export_onto_a_folder_names_the_folder_not_a_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(*EXPORT, "-o", str(tmp_path)) == 1
    err = capsys.readouterr().err
    _one_error_line(err, f"error: {tmp_path}: a folder")
    assert ".tmp" not in err and list(tmp_path.iterdir()) == []


def test_a_link_to_nothing_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "zones.geojson"
    link.symlink_to(tmp_path / "missing.geojson")
    assert run_cli(*EXPORT, "-o", str(link)) == 1
    _one_error_line(capsys.readouterr().err, str(link), "symbolic link to nothing")
    assert link.is_symlink() and not (tmp_path / "missing.geojson").exists()


def test_a_link_to_a_fifo_is_refused(tmp_path: Path, fifo: Path) -> None:
    link = tmp_path / "zones.geojson"
    link.symlink_to(fifo)
    done = _zonemap(*EXPORT, "-o", str(link))
    assert done.returncode == 1
    _one_error_line(done.stderr.decode(), str(fifo), "a FIFO")
    assert link.is_symlink()


def test_a_link_to_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "zones.geojson"
    link.symlink_to(tmp_path)
    assert run_cli(*EXPORT, "-o", str(link)) == 1
    _one_error_line(capsys.readouterr().err, "a folder")


def test_the_library_refuses_a_device_too(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"^/dev/null: a character device"):
        write_bytes(Path("/dev/null"), b"x")


# --- written targets --------------------------------------------------------------------


def test_a_link_to_a_regular_file_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "published" / "zones.geojson"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "zones.geojson"
    link.symlink_to(real)
    assert run_cli(*EXPORT, "-o", str(link)) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith('{"type":"FeatureCollection"')
    assert [p.name for p in real.parent.iterdir()] == ["zones.geojson"]  # no temporary left


def test_a_regular_file_is_replaced_and_a_new_path_made(tmp_path: Path) -> None:
    existing = tmp_path / "old.geojson"
    existing.write_text("old")
    assert output_target(existing) == existing
    assert output_target(tmp_path / "new.geojson") == tmp_path / "new.geojson"
    assert run_cli(*EXPORT, "-o", str(existing)) == 0
    assert existing.read_text() != "old"


# --- standard output and formats ---------------------------------------------------------


def test_export_to_stdout_writes_the_same_bytes_as_the_file(tmp_path: Path) -> None:
    done = _zonemap(*EXPORT, "-o", "-")
    assert done.returncode == 0, done.stderr
    assert run_cli(*EXPORT, "-o", str(tmp_path / "zones.geojson")) == 0
    assert done.stdout == (tmp_path / "zones.geojson").read_bytes()
    assert not Path("-").exists()


def test_csv_goes_to_stdout_too() -> None:
    done = _zonemap(*EXPORT, "--format", "csv", "-o", "-")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"WKT,")


def test_a_binary_format_is_not_sent_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(*EXPORT, "--format", "gpkg", "-o", "-") == 2
    _one_error_line(capsys.readouterr().err, "gpkg is a binary format")


@pytest.mark.parametrize(
    ("name", "magic"),
    [
        ("zones.gpkg", b"SQLite format 3"),
        ("zones.fgb", b"fgb"),
        ("zones.csv", b"WKT,"),
        ("zones.geojson", b'{"type":"FeatureCollection"'),
        ("zones.GPKG", b"SQLite format 3"),
        ("zones.txt", b'{"type":"FeatureCollection"'),
    ],
)
def test_the_format_follows_the_extension(tmp_path: Path, name: str, magic: bytes) -> None:
    assert run_cli(*EXPORT, "-o", str(tmp_path / name)) == 0
    assert (tmp_path / name).read_bytes().startswith(magic)


def test_an_extension_that_disagrees_with_format_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "zones.gpkg"
    assert run_cli(*EXPORT, "--format", "geojson", "-o", str(target)) == 2
    _one_error_line(capsys.readouterr().err, "the extension says gpkg but --format says geojson")
    assert not target.exists()


def test_extract_to_stdout_prints_the_draft() -> None:
    done = _zonemap("extract", str(STATEMENT), "-o", "-")
    assert done.returncode == 0, done.stderr
    assert b"round" in done.stdout and not Path("-").exists()


def test_an_export_onto_a_full_disk_names_the_file_and_leaves_no_temporary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with full_disk(tmp_path / "disk", "16k") as disk:
        target = disk / "zones.geojson"
        assert run_cli("export", "--timeline", "-o", str(target)) == 1
        _one_error_line(capsys.readouterr().err, f"error: {target}: cannot write (No space left")
        assert list(disk.iterdir()) == []
