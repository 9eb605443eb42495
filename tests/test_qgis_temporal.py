"""QGIS's Temporal Controller shows, on every day, the zones in force that day.

The ``--timeline`` exports are opened in PyQGIS with the shipped style's temporal settings
(``docs/qgis/timeline.qml``) and QGIS's default limit mode, and stepped one day at a time;
what QGIS's own temporal filter lets through must be what :func:`zonemap.tables.zones_on`
says was in force. PyQGIS lives in the system Python, so it runs in a subprocess.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from zonemap.atlas import Atlas
from zonemap.export import write_table
from zonemap.shapefile import FIELD_NAMES
from zonemap.tables import timeline, zone_records
from zonemap.validity import IN_FORCE

ROOT = Path(__file__).resolve().parent.parent
STYLE = ROOT / "docs" / "qgis" / "timeline.qml"
# A Shapefile's end field has a shorter name; its dates are Date fields, not date-times.
SHAPEFILE_STYLE = ROOT / "docs" / "qgis" / "timeline-shapefile.qml"
SCRIPT = Path(__file__).with_name("qgis_temporal.py")
FIRST, LAST = dt.date(2017, 5, 1), dt.date(2024, 12, 31)
# Qt reads the local time zone from TZ; a zone east of UTC shows whether a date-time
# written without one is read as local time, as the Temporal Controller's frames are.
ENVIRONMENT = {"QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Damascus"}


@cache
def qgis_python() -> str | None:
    """The first system interpreter that imports PyQGIS, if any."""
    for candidate in (shutil.which("python3"), "/usr/bin/python3"):
        if candidate and Path(candidate).resolve() != Path(sys.executable).resolve():
            probe = subprocess.run(
                [candidate, "-c", "import qgis.core"],
                capture_output=True,
                env={**os.environ, **ENVIRONMENT},
                check=False,
            )
            if probe.returncode == 0:
                return candidate
    return None


@pytest.fixture(scope="module")
def pyqgis() -> str:
    python = qgis_python()
    if python is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PyQGIS is required under CI: install Debian's qgis and python3-qgis")
        pytest.skip("PyQGIS is not installed (apt-get install qgis python3-qgis)")
    return python


def shown_by_qgis(python: str, layer: Path, style: Path | None) -> dict[str, object]:
    """What QGIS shows on each day from FIRST to LAST, and the settings it used."""
    command = [python, str(SCRIPT), str(layer), FIRST.isoformat(), LAST.isoformat()]
    if style is not None:
        command += ["--style", str(style)]
    done = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, **ENVIRONMENT}, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def in_force(atlas: Atlas) -> dict[str, list[str]]:
    """For each day, the ``zone_id:extent`` of every zone row in force, as zones_on has it."""
    days = {}
    for offset in range((LAST - FIRST).days + 1):
        day = FIRST + dt.timedelta(days=offset)
        rows = zone_records(atlas, day)
        days[day.isoformat()] = sorted(
            f"{row['zone_id']}:{row['extent']}" for row in rows if row["status"] in IN_FORCE
        )
    return days


@pytest.fixture(scope="module")
def expected(atlas: Atlas) -> dict[str, list[str]]:
    return in_force(atlas)


def wrong_days(shown: dict[str, list[str]], expected: dict[str, list[str]]) -> list[str]:
    """The days on which QGIS shows other features than the zones in force."""
    return [day for day, zones in expected.items() if shown.get(day) != zones]


@pytest.mark.parametrize(
    ("fmt", "engine"),
    [
        ("gpkg", "fiona"),
        ("gpkg", "pyogrio"),
        ("fgb", "fiona"),
        ("geojson", "fiona"),
        ("shp", "fiona"),
    ],
)
def test_qgis_shows_the_zones_in_force_on_every_day(
    atlas: Atlas,
    pyqgis: str,
    expected: dict[str, list[str]],
    tmp_path: Path,
    fmt: str,
    engine: str,
) -> None:
    layer = tmp_path / f"timeline.{fmt}"
    write_table(timeline(atlas), layer, fmt, engine=engine)  # type: ignore[arg-type]
    style = SHAPEFILE_STYLE if fmt == "shp" else STYLE
    result = shown_by_qgis(pyqgis, layer, style)
    settings = result["settings"]
    end_field = FIELD_NAMES["valid_until"] if fmt == "shp" else "valid_until"
    assert (settings["start_field"], settings["end_field"]) == ("valid_from", end_field)
    assert settings["limit_mode"] == 0  # QGIS's default: include the start, exclude the end
    assert len(expected) == 2802
    wrong = wrong_days(result["days"], expected)  # type: ignore[arg-type]
    assert wrong == [], f"{len(wrong)} days wrong, the first {wrong[:5]}"


READ_SHAPEFILE = """
import json, sys
from qgis.core import QgsApplication, QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(sys.argv[1], "zones", "ogr")
fields = {f.name(): f.typeName() for f in layer.fields()}
names = [f["name_ar"] for f in layer.getFeatures()]
print(json.dumps({"crs": layer.crs().authid(), "fields": fields, "names": names}))
"""


def test_qgis_reads_a_shapefile_s_arabic_names_and_date_fields(
    atlas: Atlas, pyqgis: str, tmp_path: Path
) -> None:
    table = timeline(atlas)
    layer = tmp_path / "timeline.shp"
    write_table(table, layer, "shp")
    done = subprocess.run(
        [pyqgis, "-c", READ_SHAPEFILE, str(layer)],
        capture_output=True,
        text=True,
        env={**os.environ, **ENVIRONMENT},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["crs"] == "EPSG:4326"
    assert result["names"] == list(table["name_ar"])
    for column in ("valid_from", "valid_to", "valid_until"):
        assert result["fields"][FIELD_NAMES[column]] == "Date", column
