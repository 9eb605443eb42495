"""Take the README's pictures: one round map in headless Chromium with a zone's popup open.

Run after ``make maps``, with the development extras installed and Debian's chromium::

    .venv/bin/python scripts/screenshot.py astana-6 northern-homs docs/astana-6.png
    .venv/bin/python scripts/screenshot.py sochi-memorandum-2018 idlib docs/phone.png --size 390x844
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

MAPS = Path(__file__).resolve().parent.parent / "maps"


def main() -> None:
    """Open ``maps/<round>.html#<zone>`` from disk and save the window as PNG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round_id")
    parser.add_argument("zone_id")
    parser.add_argument("png", type=Path)
    parser.add_argument("--size", default="1200x1000", help="the window, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": width, "height": height})
        # the map opens a zone's popup from its link, as a reader's would
        page.goto((MAPS / f"{args.round_id}.html").as_uri() + f"#{args.zone_id}")
        page.wait_for_selector(".leaflet-popup-content")
        page.wait_for_timeout(800)  # let the popup fade in and the map pan to it
        args.png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=args.png)
        browser.close()


if __name__ == "__main__":
    main()
