"""Write the files generated from zonemap's code: JSON Schemas and the field dictionary.

Run with ``make generated``; tests fail when the files in the repository differ from what
this writes: the catalogue's schemas (geodata/schema/*.schema.json), those of the command
line's JSON outputs (docs/schemas/*.schema.json) and docs/fields.md.
"""

from __future__ import annotations

from pathlib import Path

from zonemap.fields import fields_markdown
from zonemap.json_outputs import write_schemas
from zonemap.schemas import catalogue_schemas, schema_text

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    schema_folder = ROOT / "geodata" / "schema"
    schema_folder.mkdir(exist_ok=True)
    for name, schema in catalogue_schemas().items():
        (schema_folder / name).write_text(schema_text(schema), encoding="utf-8")
    (ROOT / "docs" / "fields.md").write_text(fields_markdown(), encoding="utf-8")
    write_schemas(ROOT / "docs" / "schemas")


if __name__ == "__main__":
    main()
