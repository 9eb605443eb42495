"""The built maps in a real browser: painting, the still picture, popups, layers, timeline.

The browser and the local site every test visits are ``browser_support``'s fixtures.
"""

from __future__ import annotations

import pytest
from test_render import HOSTILE

pytestmark = pytest.mark.browser


def test_round_map_paints_zones_and_governorates(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html").page
    page.wait_for_selector("path.zm-zone")
    assert page.locator("path.zm-agreed").count() == 4  # every zone's agreed outline
    assert page.locator("path.zm-held").count() == 4  # and the land still held inside it
    assert page.locator("path.zm-lost").count() >= 1  # al-Fu'ah and Kafriya, not held in 2017
    assert page.locator(".leaflet-overlay-pane path").count() >= 8
    assert page.locator(".leaflet-zm-land-pane path").count() == 14  # governorates under them
    assert page.locator(".leaflet-zm-lines-pane path").count() >= 14  # and their borders over
    assert page.locator(".leaflet-control-scale").count() == 1
    assert "initial period" in page.locator(".zm-legend").inner_text()


def test_a_round_map_is_drawn_before_leaflet_arrives(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html", hold_leaflet=True).page
    page.wait_for_selector("svg.zm-preview")
    assert page.locator("path.zm-preview-agreed").count() == 4
    assert page.locator("path.zm-preview-held").count() == 4
    assert page.locator("path.zm-preview-governorate").count() == 14
    assert page.evaluate("typeof L") == "undefined"
    assert page.locator(".leaflet-overlay-pane").count() == 0
    assert "initial period" in page.locator(".zm-legend").inner_text()


@pytest.mark.parametrize("viewport", [(1280, 900), (390, 844), (1920, 1080)])
def test_the_picture_and_the_map_coincide(visit, viewport: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Leaflet draws each zone where the still picture had it: the handover does not move."""
    boxes: dict[str, list[dict[str, float]]] = {}
    for hold, selector in (
        (True, "path.zm-preview-zone-{}.zm-preview-agreed"),
        (False, ".leaflet-overlay-pane path.zm-zone-{}.zm-agreed"),
    ):
        page = visit("astana-6.html", hold_leaflet=hold, viewport=viewport).page
        if hold:  # fitted as it is drawn, before its first frame
            page.wait_for_selector("svg.zm-preview[viewBox]")
        for zone in ("idlib", "southern", "eastern-ghouta"):
            boxes.setdefault(zone, []).append(page.locator(selector.format(zone)).bounding_box())
    for zone, (picture, leaflet) in boxes.items():
        for key in ("x", "y", "width", "height"):
            assert abs(picture[key] - leaflet[key]) <= 1.5, (zone, key, picture, leaflet)


def test_the_picture_draws_lines_as_wide_and_dashed_as_leaflet(visit) -> None:  # type: ignore[no-untyped-def]
    """Widths and dashes are set in the picture's own units: on screen they are Leaflet's pixels."""
    page = visit("astana-6.html", hold_leaflet=True).page
    page.wait_for_selector("svg.zm-preview[viewBox]")
    on_screen = page.evaluate(
        """(selectors) => Object.fromEntries(selectors.map((selector) => {
             const path = document.querySelector(selector);
             const k = path.getScreenCTM().a, dashes = path.getAttribute("stroke-dasharray");
             return [selector, [path.getAttribute("stroke-width") * k,
                                dashes === "none" ? [] : dashes.split(" ").map((v) => v * k)]];
           }))""",
        [
            "path.zm-preview-country",
            "path.zm-preview-undof",
            "path.zm-preview-neighbour",
            "path.zm-preview-zone-idlib.zm-preview-agreed",
        ],
    )
    expected = {"country": (2, []), "undof": (1, [2, 3]), "neighbour": (1, [])}
    for name, (width, dashes) in expected.items():
        assert on_screen[f"path.zm-preview-{name}"][0] == pytest.approx(width, abs=0.01), name
        assert on_screen[f"path.zm-preview-{name}"][1] == pytest.approx(dashes, abs=0.01), name
    # a zone of approximate extent, dashed: its line as Leaflet draws it, in screen pixels
    map_page = visit("astana-6.html").page
    leaflet = map_page.locator(".leaflet-overlay-pane path.zm-zone-idlib.zm-agreed")
    width, dashes = on_screen["path.zm-preview-zone-idlib.zm-preview-agreed"]
    assert dashes, "the Idlib zone's extent is approximate in astana-6"
    assert width == pytest.approx(float(leaflet.get_attribute("stroke-width")), abs=0.01)
    expected_dashes = [float(v) for v in leaflet.get_attribute("stroke-dasharray").split()]
    assert dashes == pytest.approx(expected_dashes, abs=0.01)


def test_leaflet_replaces_the_picture_when_it_arrives(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("slow/astana-6.html", until="commit").page  # "load" waits for Leaflet
    page.wait_for_selector("path.zm-preview-zone")
    assert page.evaluate("typeof L") == "undefined"
    page.wait_for_selector(".leaflet-overlay-pane path.zm-zone")
    assert page.locator("svg.zm-preview").count() == 0
    assert page.locator("path.zm-agreed").count() == 4
    assert page.evaluate("zonemap.map.getZoom()") == 7.5  # fitted to Syria in 1280 × 900


@pytest.mark.parametrize("step", ["", "astana-6", "astana-11", "summit-tehran-2022"])
def test_the_timeline_picture_shows_the_zones_of_the_step_it_opens_on(visit, step: str) -> None:  # type: ignore[no-untyped-def]
    """Before Leaflet, the picture draws that step's shapes (none at the first) and no other's."""
    picture = visit(f"timeline.html#{step}", hold_leaflet=True).page
    picture.wait_for_selector("svg.zm-preview")
    shapes = picture.evaluate(
        """(id) => { const steps = JSON.parse(document.getElementById("zm-steps").textContent);
                     return Object.keys((steps.find((s) => s.id === id) || steps[0]).shapes); }""",
        step,
    )
    assert picture.locator("path.zm-preview-zone").count() == len(shapes)
    assert (len(shapes) > 0) == (step != "")
    page = visit(f"timeline.html#{step}").page
    page.wait_for_function("window.zonemap && zonemap.map && zonemap.map.getZoom() > 0")
    assert page.locator(".leaflet-overlay-pane path.zm-zone").count() == len(shapes)


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
    page.wait_for_selector(".leaflet-zm-land-pane path")
    assert page.get_attribute("body", "data-step") == "astana-1"
    assert page.locator("path.zm-zone").count() == 0  # no zone before May 2017
    slider = page.locator("#zm-step")
    slider.fill("235")  # days since 24 January 2017: 16 September, after the sixth round
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
    assert page.locator(".zm-bar").count() > 20
    page.locator("table a", has_text="Sixth").first.click()
    page.wait_for_selector("path.zm-zone")
