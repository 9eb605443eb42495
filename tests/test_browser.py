"""The built maps in a real browser (Debian's headless Chromium through Playwright).

Each page is served from 127.0.0.1; every other request is blocked and recorded, so a page
that reaches for the network fails. Without Chromium these tests are skipped, except under CI
(CI=true), where a missing browser is a failure.
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

from zonemap.atlas import Atlas, load_atlas
from zonemap.paths import catalogue_dir
from zonemap.web import build_maps

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    if os.environ.get("CI") == "true":
        pytest.fail(
            "Chromium is required under CI: install Debian's chromium package", pytrace=False
        )
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402
from test_render import HOSTILE, _hostile_catalogue  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
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


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
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


@pytest.fixture
def visit(browser: Browser, site: str) -> Iterator[functools.partial[Visit]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    visits: list[Visit] = []

    def open_page(
        path: str,
        *,
        hold_leaflet: bool = False,
        viewport: tuple[int, int] | None = None,
        until: str = "load",
    ) -> Visit:
        """Open a page (``until`` it commits or loads); ``hold_leaflet`` keeps Leaflet away."""
        page = context.new_page()
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
        page.goto(f"{site}/{path}", wait_until=until)  # type: ignore[arg-type]
        visits.append(record)
        return record

    yield functools.partial(open_page)
    for record in visits:
        assert record.errors == [], record.errors
        assert record.blocked == [], f"requests left the machine: {record.blocked}"
        assert record.dialogs == [], record.dialogs
    context.close()


def test_round_map_paints_zones_and_governorates(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html").page
    page.wait_for_selector("path.zm-zone")
    assert page.locator("path.zm-agreed").count() == 4  # every zone's agreed outline
    assert page.locator("path.zm-held").count() == 4  # and the land still held inside it
    assert page.locator("path.zm-lost").count() >= 1  # al-Fu'ah and Kafriya, not held in 2017
    assert page.locator(".leaflet-overlay-pane path").count() >= 8 + 14
    assert page.locator(".leaflet-control-scale").count() == 1
    assert "Zone status" in page.locator(".zm-legend").inner_text()


def test_a_round_map_is_drawn_before_leaflet_arrives(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html", hold_leaflet=True).page
    page.wait_for_selector("svg.zm-preview")
    assert page.locator("path.zm-preview-agreed").count() == 4
    assert page.locator("path.zm-preview-held").count() == 4
    assert page.locator("path.zm-preview-governorate").count() == 14
    assert page.evaluate("typeof L") == "undefined"
    assert page.locator(".leaflet-overlay-pane").count() == 0
    assert "Zone status" in page.locator(".zm-legend").inner_text()


@pytest.mark.parametrize("viewport", [(1280, 900), (390, 844), (1920, 1080)])
def test_the_picture_and_the_map_coincide(visit, viewport: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Leaflet draws each zone where the still picture had it: the handover does not move."""
    boxes: dict[str, list[dict[str, float]]] = {}
    for hold, selector in (
        (True, "path.zm-preview-zone-{}.zm-preview-agreed"),
        (False, ".leaflet-overlay-pane path.zm-zone-{}.zm-agreed"),
    ):
        page = visit("astana-6.html", hold_leaflet=hold, viewport=viewport).page
        for zone in ("idlib", "southern", "eastern-ghouta"):
            boxes.setdefault(zone, []).append(page.locator(selector.format(zone)).bounding_box())
    for zone, (picture, leaflet) in boxes.items():
        for key in ("x", "y", "width", "height"):
            assert abs(picture[key] - leaflet[key]) <= 1.5, (zone, key, picture, leaflet)


def test_leaflet_replaces_the_picture_when_it_arrives(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("slow/astana-6.html", until="commit").page  # "load" waits for Leaflet
    page.wait_for_selector("path.zm-preview-zone")
    assert page.evaluate("typeof L") == "undefined"
    page.wait_for_selector(".leaflet-overlay-pane path.zm-zone")
    assert page.locator("svg.zm-preview").count() == 0
    assert page.locator("path.zm-agreed").count() == 4
    assert page.evaluate("zonemap.map.getZoom()") == 7.5  # fitted to Syria in 1280 × 900


def test_a_standalone_map_draws_leaflet_at_once(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("inline/astana-6.html").page
    page.wait_for_selector(".leaflet-overlay-pane path.zm-zone")
    assert page.locator("path.zm-agreed").count() == 4
    assert page.locator("svg.zm-preview").count() == 0


def test_clicking_a_zone_opens_its_popup(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html").page
    page.locator("path.zm-zone-idlib.zm-held").click(force=True)
    popup = page.wait_for_selector(".leaflet-popup-content")
    text = popup.inner_text()
    assert "Idlib" in text and "Established" in text and "2017-05-04" in text
    assert "Agreed extent" in text and "Held on 2017-09-15" in text


def test_layer_control_toggles_the_zones(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html").page
    page.wait_for_selector("path.zm-zone")
    toggle = page.locator(
        ".leaflet-control-layers-overlays label", has_text="De-escalation zones"
    ).locator("input")
    toggle.uncheck()
    assert page.locator("path.zm-zone").count() == 0
    toggle.check()
    assert page.locator("path.zm-agreed").count() == 4


def test_hostile_catalogue_text_shows_as_text_and_runs_nothing(visit) -> None:  # type: ignore[no-untyped-def]
    record = visit("hostile/astana-6.html")
    page = record.page
    header = page.locator(".zm-header h1").inner_text()
    assert header == HOSTILE
    page.locator("path.zm-zone-idlib.zm-held").click(force=True)
    popup = page.wait_for_selector(".leaflet-popup-content")
    assert HOSTILE in popup.inner_text()
    assert page.locator(".leaflet-popup-content img").count() == 0
    assert record.dialogs == []


def test_timeline_control_steps_through_the_rounds(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("timeline.html").page
    page.wait_for_selector(".leaflet-overlay-pane path")
    assert page.get_attribute("body", "data-step") == "astana-1"
    assert page.locator("path.zm-zone").count() == 0  # no zone before May 2017
    slider = page.locator("#zm-step")
    slider.fill("5")
    assert page.get_attribute("body", "data-step") == "astana-6"
    assert page.locator("path.zm-agreed").count() == 4
    page.click("#zm-next")
    assert page.get_attribute("body", "data-step") == "astana-7"
    assert (
        "astana" in page.locator("#zm-step-label").inner_text().lower()
        or "International Meeting" in page.locator("#zm-step-label").inner_text()
    )


def test_index_draws_the_validity_timeline(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("index.html").page
    assert page.locator("svg rect").count() > 20
    page.locator("table a", has_text="Sixth").first.click()
    page.wait_for_selector("path.zm-zone")
