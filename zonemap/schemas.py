"""JSON Schemas of the catalogue files, generated from the record types, and checks against them.

The schemas (draft 2020-12) are generated from the pydantic models of :mod:`zonemap.records`
and :mod:`zonemap.metadata`, shipped in ``geodata/schema/`` (``make generated`` writes them;
a test fails when they fall behind the models) and referenced from each catalogue file, so
an editor that reads the schema and ``zonemap check`` give the same verdict.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .catalogue import FILES, read_yaml
from .errors import CatalogueError, ZonemapError
from .files import write_text
from .inputs import digest_files
from .metadata import CatalogueMetadata
from .paths import cache_dir, schema_dir
from .records import Post, Round, Zone

__all__ = ["catalogue_schemas", "schema_name", "schema_problems", "schema_text"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_MESSAGE_LIMIT = 200  # a value quoted in a message is cut, so the message stays one short line


def _strict(title: str) -> ConfigDict:
    return ConfigDict(extra="forbid", title=title, defer_build=True)


class _MetadataFile(BaseModel):
    model_config = _strict("zonemap catalogue: metadata.yaml")
    metadata: CatalogueMetadata


class _RoundsFile(BaseModel):
    model_config = _strict("zonemap catalogue: rounds.yaml")
    rounds: list[Round] = Field(min_length=1)


class _ZonesFile(BaseModel):
    model_config = _strict("zonemap catalogue: zones.yaml")
    zones: list[Zone] = Field(min_length=1)


class _PostsFile(BaseModel):
    model_config = _strict("zonemap catalogue: posts.yaml")
    posts: list[Post] = Field(min_length=1)


_MODELS: dict[str, type[BaseModel]] = {
    "metadata.yaml": _MetadataFile,
    "rounds.yaml": _RoundsFile,
    "zones.yaml": _ZonesFile,
    "posts.yaml": _PostsFile,
}


def schema_name(file: str) -> str:
    """The schema file of a catalogue file: ``rounds.yaml`` → ``rounds.schema.json``."""
    return file.removesuffix(".yaml") + ".schema.json"


def catalogue_schemas() -> dict[str, dict[str, Any]]:
    """The JSON Schema of every catalogue file, by schema file name, from the record types."""
    schemas = {}
    for file, model in _MODELS.items():
        body = model.model_json_schema(mode="validation")
        schemas[schema_name(file)] = {"$schema": _DIALECT, **body}
    return schemas


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as the text shipped: indented JSON, keys in the models' order, a final newline."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _entry(data: Any, path: list[Any]) -> tuple[str | None, list[Any]]:
    """The entry a problem lies in (``zone idlib``, ``round #3``) and the path inside it."""
    if len(path) >= 2 and isinstance(path[1], int):
        key, index = path[0], path[1]
        item = data[key][index]
        item_id = item.get("id") if isinstance(item, dict) else None
        label = key.removesuffix("s")
        if isinstance(item_id, str) and len(item_id) <= 64 and item_id.isprintable():
            return f"{label} {item_id}", path[2:]
        return f"{label} #{index + 1}", path[2:]
    if path and path[0] == "metadata":
        return "metadata", path[1:]
    return None, path


def schema_problems(folder: Path) -> list[str]:
    """Every way the catalogue in ``folder`` breaks its shipped JSON Schemas, one line each.

    Each line names the file, the entry and the field, as the loader's messages do. Checking
    takes longer than loading the kept atlas, so a catalogue found valid is remembered (in
    :func:`~zonemap.paths.cache_dir`, under a hash of its files and the schemas) and not
    checked again.
    """
    digest = hashlib.sha256()
    names = [schema_name(file) for file in FILES]
    digest_files(
        digest, [*(folder / f for f in FILES), *(Path(str(schema_dir() / n)) for n in names)]
    )
    folder_kept = cache_dir()
    passed = folder_kept / f"schema-valid-{digest.hexdigest()[:32]}" if folder_kept else None
    if passed is not None and passed.is_file():
        return []
    problems = _check_against_schemas(folder)
    if not problems and passed is not None:
        with contextlib.suppress(OSError, ZonemapError):  # a read-only or full cache folder
            write_text(passed, "")
    return problems


def _check_against_schemas(folder: Path) -> list[str]:
    import jsonschema  # only for ``check``: no other command validates against the schemas

    problems = []
    for file in FILES:
        path = folder / file
        schema = json.loads((schema_dir() / schema_name(file)).read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.FormatChecker()
        )
        try:
            data = read_yaml(path)
        except ZonemapError as exc:
            problems.append(str(exc))
            continue
        errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.path])
        for error in errors:
            entry, inside = _entry(data, list(error.absolute_path))
            where = ".".join(str(part) for part in inside)
            message = error.message
            if len(message) > _MESSAGE_LIMIT:
                message = message[: _MESSAGE_LIMIT - 1] + "…"
            text = f"{where}: {message}" if where else message
            problems.append(str(CatalogueError(f"schema: {text}", file=path, entry=entry)))
    return problems
