"""A wheel carries geodata/, so the installed command works from any folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel and install it (without dependencies) into a fresh target folder."""
    wheels = tmp_path_factory.mktemp("wheels")
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("zonemap-*.whl")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    return target


def test_the_wheel_runs_from_another_folder(installed: Path, tmp_path: Path) -> None:
    # The installed copy comes first on the path; dependencies come from this environment.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(installed), sysconfig.get_paths()["purelib"]]),
    }
    script = (
        "import zonemap.cli, zonemap.paths, zonemap.web; print(zonemap.paths.catalogue_dir());"
        "zonemap.web.build_maps(None, 'maps', ['astana-6']);"
        "zonemap.cli.main(['status', '--date', '2017-12-01', '--json'])"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            f"import sys; sys.path[:0] = {env['PYTHONPATH'].split(os.pathsep)!r};" + script,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    first, rest = result.stdout.split("\n", 1)
    assert first.startswith(str(installed))
    assert len(json.loads(rest)["zones"]) == 4
    # The templates and the page script ship too: a map is built from the wheel alone.
    assert "zonemap.start(" in (tmp_path / "maps" / "astana-6.html").read_text(encoding="utf-8")
