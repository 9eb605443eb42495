"""Every field of every export is in the field dictionary, and docs/fields.md is current."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

from zonemap.atlas import Atlas
from zonemap.coverage import COVERAGE_COLUMNS, coverage, load_admin
from zonemap.export import FORMATS, SUFFIXES, coverage_bytes, table_files
from zonemap.fields import (
    COVERAGE_FIELDS,
    FORMAT_FIELDS,
    TABLES,
    TIMELINE_FIELDS,
    ZONE_FIELDS,
    fields_markdown,
)
from zonemap.shapefile import FIELD_NAMES
from zonemap.tables import COLUMNS, timeline, zones_on

_TYPES = {"string", "integer", "number", "date", "datetime", "array"}
# The column a format keeps geometry in, which is no field of the data.
_GEOMETRY_COLUMNS = {"WKT"}


def _fields_of(files: dict[str, bytes], fmt: str, tmp_path: Path) -> list[str]:
    """The field names of an export's files, as a reader of the format sees them.

    A Shapefile's short names are taken back to the columns they stand for.
    """
    import pyogrio

    main = next(iter(files))
    if fmt == "geojson":
        features = json.loads(files[main])["features"]
        return list(dict.fromkeys(k for f in features for k in f["properties"]))
    if fmt in ("kml", "kmz"):
        data = files[main]
        text = zipfile.ZipFile(io.BytesIO(data)).read("doc.kml") if fmt == "kmz" else data
        names = ET.fromstring(text).iter("{http://www.opengis.net/kml/2.2}Data")
        return list(dict.fromkeys(element.get("name", "") for element in names))
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    columns = {short: column for column, short in FIELD_NAMES.items()}
    fields = pyogrio.read_info(tmp_path / main)["fields"]
    return [columns.get(f, f) for f in fields if f not in _GEOMETRY_COLUMNS]


def test_the_zone_fields_are_the_export_columns_in_order() -> None:
    assert tuple(f.name for f in ZONE_FIELDS) == COLUMNS
    assert tuple(f.name for f in TIMELINE_FIELDS) == COLUMNS


def test_the_coverage_fields_are_the_coverage_columns_in_order() -> None:
    assert tuple(f.name for f in COVERAGE_FIELDS) == COVERAGE_COLUMNS


@pytest.mark.parametrize("table", TABLES)
def test_every_field_has_a_known_type_and_a_description(table: str) -> None:
    for field in TABLES[table]:
        assert field.type in _TYPES, field.name
        assert field.description.endswith("."), field.name


def test_the_timeline_gives_an_interval_s_bounds_as_date_times() -> None:
    types = {f.name: f.type for f in TIMELINE_FIELDS}
    assert (types["valid_from"], types["valid_until"], types["valid_to"]) == (
        "datetime",
        "datetime",
        "date",
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_field_of_every_export_format_is_in_the_dictionary(
    atlas: Atlas, fmt: str, tmp_path: Path
) -> None:
    for kind, table in (("zones", zones_on(atlas, round_id="astana-6")), ("timeline", None)):
        table = table if table is not None else timeline(atlas)
        known = {f.name for f in (*TABLES[kind], *FORMAT_FIELDS.get(fmt, ()))}
        found = _fields_of(table_files(table, fmt, f"export{SUFFIXES[fmt]}"), fmt, tmp_path)
        assert found and set(found) <= known, sorted(set(found) - known)


def test_every_field_of_the_coverage_exports_is_in_the_dictionary(
    atlas: Atlas, own_governorates: Path, tmp_path: Path
) -> None:
    layer = own_governorates  # an OCHA-style layer: ADM1_PCODE, ADM1_EN, ADM1_AR
    table = coverage(atlas, load_admin(layer), atlas.as_of("astana-6"))
    known = {f.name for f in COVERAGE_FIELDS}
    assert set(table.to_json()["rows"][0]) <= known
    assert set(table.to_csv().splitlines()[0].split(",")) <= known
    found = _fields_of({"coverage.gpkg": coverage_bytes(table, "coverage.gpkg")}, "gpkg", tmp_path)
    assert set(found) <= known


def test_docs_fields_md_is_generated_from_the_dictionary() -> None:
    shipped = (ROOT / "docs" / "fields.md").read_text(encoding="utf-8")
    assert shipped == fields_markdown(), "run `make generated`"
