"""Take the README's picture: one round map in headless Chromium with a zone's popup open.

Run after ``make maps``, with the development extras installed and Debian's chromium::

    .venv/bin/python scripts/screenshot.py astana-6 northern-homs docs/astana-6.png
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

MAPS = Path(__file__).resolve().parent.parent / "maps"


def main() -> None:
    """Open ``maps/<round>.html`` from disk, click the zone and save the viewport as PNG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round_id")
    parser.add_argument("zone_id")
    parser.add_argument("png", type=Path)
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1200, "height": 1000})
        page.goto((MAPS / f"{args.round_id}.html").as_uri())
        page.locator(f"path.zm-zone-{args.zone_id}").first.click(force=True)
        page.wait_for_selector(".leaflet-popup-content")
        page.wait_for_timeout(500)  # let the popup finish fading in
        args.png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=args.png)
        browser.close()


if __name__ == "__main__":
    main()
