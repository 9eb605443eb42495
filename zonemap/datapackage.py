"""The build's data package and manifest: what a publisher such as HDX needs besides the files.

``datapackage.json`` describes the per-round GeoJSON of ``maps/geojson/`` as a Frictionless
Data Package (v1): licences, sources, and for each file its size and SHA-256; the fields of
their features, from the field dictionary, are a Table Schema of their own
(``fields.schema.json``) that every resource refers to. ``manifest.json`` lists every
output of the build with its size and SHA-256. All are made from the bytes the build is
about to write, with keys in a fixed order and the catalogue's last update as their date,
so the same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from .fields import ZONE_FIELDS, FieldInfo
from .metadata import export_metadata

if TYPE_CHECKING:
    from .atlas import Atlas

__all__ = [
    "DATAPACKAGE",
    "FIELDS_SCHEMA",
    "GEOJSON_DIR",
    "MANIFEST",
    "data_package",
    "manifest",
    "table_schema",
]

#: The data package's file name in the output folder.
DATAPACKAGE = "datapackage.json"
#: The Table Schema of the GeoJSON features' fields, which every resource refers to.
FIELDS_SCHEMA = "fields.schema.json"
#: The manifest's file name in the output folder.
MANIFEST = "manifest.json"
#: The folder of the per-round GeoJSON the data package describes.
GEOJSON_DIR = "geojson"
_NAME = "syria-de-escalation-zones"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _field(info: FieldInfo) -> dict[str, Any]:
    """A Table Schema field descriptor; the unit, which Table Schema lacks, in ``unit``."""
    field: dict[str, Any] = {"name": info.name, "type": info.type}
    field["description"] = info.description
    if info.unit:
        field["unit"] = info.unit
    constraints: dict[str, Any] = {} if info.nullable else {"required": True}
    if info.values and info.type == "string":
        constraints["enum"] = list(info.values)
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(fields: tuple[FieldInfo, ...] = ZONE_FIELDS) -> bytes:
    """The Table Schema of a table's fields (the features' properties), from the dictionary."""
    return _json({"fields": [_field(info) for info in fields]})


def _licences(block: Mapping[str, Any]) -> list[dict[str, str]]:
    ocha_boundaries = block["boundary_licence"] == block["pcode_licence"]
    return [
        {"name": block["licence"], "path": block["licence_url"], "title": "Catalogue and zones"},
        {
            "name": block["pcode_licence"],
            "path": block["pcode_licence_url"],
            "title": "OCHA's P-codes and names"
            + (" and administrative boundaries" if ocha_boundaries else ""),
        },
    ]


def _sources(block: Mapping[str, Any]) -> list[dict[str, str]]:
    catalogue = {
        "title": f"{block['title']}, catalogue version {block['catalogue_version']}",
        "description": block["citation"],
    }
    boundary = {"title": block["boundary_source"]}
    details = [
        block["boundary_attribution"],
        f"licence: {block['boundary_licence']}",
        f"version: {block['boundary_version']}" if block["boundary_version"] else "",
    ]
    boundary["description"] = "; ".join(d for d in details if d)
    if block["boundary_licence_url"]:
        boundary["path"] = block["boundary_licence_url"]
    pcodes = {
        "title": block["pcode_source"],
        "description": f"{block['pcode_attribution']}; licence: {block['pcode_licence']}"
        + (f"; version: {block['pcode_version']}" if block["pcode_version"] else ""),
        "path": block["pcode_licence_url"],
    }
    return [catalogue, boundary, pcodes]


def data_package(atlas: Atlas, staged: Mapping[str, bytes]) -> bytes:
    """The Frictionless Data Package (v1) describing every staged ``geojson/*.geojson`` file.

    Each resource gives the file's path, format, media type, size, ``sha256:`` hash and the
    Table Schema of its features' properties (:data:`FIELDS_SCHEMA`, staged beside it by the
    caller, from :func:`table_schema`); the package its licences (CC BY 4.0 for the
    catalogue, OCHA's CC BY 3.0 IGO for its P-codes and names, and its boundaries when they
    were used), sources and version.
    """
    block = export_metadata(atlas)
    resources = []
    for path in sorted(p for p in staged if PurePosixPath(p).parent.name == GEOJSON_DIR):
        round_id = PurePosixPath(path).stem
        resources.append(
            {
                "name": round_id,
                "path": path,
                "title": atlas.catalogue.round(round_id).name,
                "description": (
                    f"The zones on {atlas.as_of(round_id).isoformat()}, the last day of the "
                    "round: one feature per zone and extent (agreed, held)."
                ),
                "format": "geojson",
                "mediatype": "application/geo+json",
                "encoding": "utf-8",
                "bytes": len(staged[path]),
                "hash": f"sha256:{_sha256(staged[path])}",
                "schema": FIELDS_SCHEMA,
            }
        )
    package = {
        "profile": "data-package",
        "name": _NAME,
        "title": block["title"],
        "description": (
            "The Syrian de-escalation zones of the Astana process, round by round: each "
            "zone's agreed and held extent on the last day of every round, with its validity."
        ),
        "version": block["catalogue_version"],
        "created": f"{block['build_date']}T00:00:00Z",
        "licenses": _licences(block),
        "sources": _sources(block),
        "contributors": [{"title": "The zonemap authors", "role": "author"}],
        "keywords": ["Syria", "Astana process", "de-escalation zones", "ceasefire"],
        "resources": resources,
    }
    return _json(package)


def manifest(staged: Mapping[str, bytes]) -> bytes:
    """Every staged output with its size and SHA-256, by path relative to the output folder."""
    files = {
        name: {"bytes": len(staged[name]), "sha256": _sha256(staged[name])}
        for name in sorted(staged)
        if name != MANIFEST
    }
    return _json({"files": files})
