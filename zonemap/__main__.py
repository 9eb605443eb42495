"""``python -m zonemap``: the same command line as ``zonemap``."""

from .cli import main

if __name__ == "__main__":
    main()
