"""The version and the JSON Schemas of the command line's JSON outputs.

Every JSON document ``zonemap`` prints carries ``schema_version``, raised whenever a field is
renamed, removed or changes type (new optional fields keep it). The shapes are typed in
:mod:`zonemap.json_shapes`; ``make generated`` writes their schemas to ``docs/schemas/``, and a
test checks the files are current and that every command's output fits its schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

__all__ = ["SCHEMA_VERSION", "json_schema", "schema_text", "write_schemas"]

#: The version of every JSON output's shape.
SCHEMA_VERSION: Literal[1] = 1


def json_schema(name: str) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the output ``name``.

    ``name`` is a key of :data:`zonemap.json_shapes.OUTPUTS`: the command printing it.

    Examples
    --------
    >>> json_schema("rounds")["properties"]["schema_version"]
    {'const': 1, 'title': 'Schema Version', 'type': 'integer'}
    """
    from pydantic import TypeAdapter  # only for writing and checking the schemas

    from .json_shapes import OUTPUTS

    schema = TypeAdapter(OUTPUTS[name]).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{name}.schema.json",
        **schema,
    }


def schema_text(name: str) -> str:
    """Return :func:`json_schema` as the text of its file in ``docs/schemas/``."""
    return json.dumps(json_schema(name), ensure_ascii=False, indent=2) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every output's schema to ``folder`` as ``<name>.schema.json``."""
    from .files import write_text
    from .json_shapes import OUTPUTS

    written = []
    for name in OUTPUTS:
        path = folder / f"{name}.schema.json"
        write_text(path, schema_text(name))
        written.append(path)
    return written
