"""Regenerate maps/ after editing the catalogue: the same as ``zonemap build``.

Any option of ``zonemap build`` may follow, for example::

    python scripts/regenerate_maps.py --round astana-6 --inline
"""

from __future__ import annotations

import sys

from zonemap.cli import main

if __name__ == "__main__":
    main(["build", *sys.argv[1:]])
