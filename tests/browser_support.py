"""The browser the map tests run in: Debian's headless Chromium through Playwright.

A pytest plugin (named in ``conftest.py``) giving the fixtures ``site``, ``browser`` and
``visit``. Each page is served from 127.0.0.1; every other request is blocked and recorded,
so a page that reaches for the network fails. Without Chromium the tests that use the browser
are skipped, except under CI (CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright
from test_render import _hostile_catalogue

from zonemap.atlas import Atlas, load_atlas
from zonemap.paths import catalogue_dir
from zonemap.web import build_maps

__all__ = ["Visit", "browser", "site", "visit"]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def site(atlas: Atlas, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built maps (plus one round built from a hostile catalogue) on a loopback server."""
    root = tmp_path_factory.mktemp("site")
    build_maps(atlas, root)
    hostile = tmp_path_factory.mktemp("hostile-catalogue")
    shutil.copytree(catalogue_dir(), hostile, dirs_exist_ok=True)
    _hostile_catalogue(hostile)
    build_maps(load_atlas(hostile), root / "hostile", ["astana-6"])
    build_maps(atlas, root / "inline", ["astana-6"], inline=True)
    shutil.copytree(root, root / "slow", ignore=shutil.ignore_patterns("hostile", "inline"))
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site; under ``/slow/`` Leaflet takes a second, as on a poor connection."""

    def do_GET(self) -> None:
        if self.path == "/slow/assets/leaflet.js":
            time.sleep(1.0)
        super().do_GET()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is required under CI: install Debian's chromium package")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield instance
        instance.close()


@dataclass
class Visit:
    page: Page
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    held: list[Route] = field(default_factory=list)  # requests kept back until continued


@pytest.fixture
def visit(browser: Browser, site: str) -> Iterator[functools.partial[Visit]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    visits: list[Visit] = []

    def open_page(
        path: str,
        *,
        hold_leaflet: bool = False,
        hold_popups: bool = False,
        before: str | None = None,
        viewport: tuple[int, int] | None = None,
        until: str = "load",
    ) -> Visit:
        """Open a page (``until`` it commits or loads); ``hold_leaflet`` keeps Leaflet away,
        ``hold_popups`` keeps the popups' file in ``Visit.held`` until the test continues it,
        and ``before`` is a script run before the page's own."""
        page = context.new_page()
        if before:
            page.add_init_script(before)
        if viewport:
            page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
        record = Visit(page)
        page.on("pageerror", lambda error: record.errors.append(str(error)))
        page.on("dialog", lambda dialog: (record.dialogs.append(dialog.message), dialog.dismiss()))

        def guard(route) -> None:  # type: ignore[no-untyped-def]
            if route.request.url.startswith(site):
                route.continue_()
            else:
                record.blocked.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        if hold_leaflet:  # registered last, so it answers first
            page.route("**/assets/leaflet.js", lambda route: route.abort())
        if hold_popups:
            page.route("**/assets/popups.js", lambda route: record.held.append(route))
        page.goto(f"{site}/{path}", wait_until=until)  # type: ignore[arg-type]
        visits.append(record)
        return record

    yield functools.partial(open_page)
    for record in visits:
        assert record.errors == [], record.errors
        assert record.blocked == [], f"requests left the machine: {record.blocked}"
        assert record.dialogs == [], record.dialogs
    context.close()
