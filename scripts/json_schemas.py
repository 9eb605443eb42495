"""Write the JSON Schema of every JSON output of the command line to a folder (docs/schemas)."""

from __future__ import annotations

import sys
from pathlib import Path

from zonemap.json_outputs import write_schemas

if __name__ == "__main__":
    for path in write_schemas(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/schemas")):
        print(path)
