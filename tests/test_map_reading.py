"""The maps as a reader meets them, at desktop, tablet and phone sizes: what is drawn is true
(layer order, hidden zones, colours), nothing covers a zone, links and history work, the
keyboard reaches every shape, axe-core finds nothing, and a print shows the whole country.
"""

from __future__ import annotations

import io
import itertools
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from PIL import Image

from zonemap.catalogue import load_catalogue
from zonemap.web.styles import LOST_STYLE, NEIGHBOUR_LAND, SEA, fill_colour

pytestmark = pytest.mark.browser

SIZES = {"desktop": (1400, 900), "tablet": (1024, 768), "phone": (390, 844)}
ROUNDS = [r.id for r in load_catalogue().rounds]
AXE = Path(os.environ.get("AXE_CORE", ROOT / ".ci" / "node_modules" / "axe-core" / "axe.min.js"))
IDLIB_CITY = (35.93, 36.63)  # held from 2017 to 2024, far from any border
EASTERN_GHOUTA = (33.57, 36.40)


def _at(page: Any, lat: float, lon: float) -> dict[str, Any]:
    """What the reader would click at a place: the topmost element's classes and tag."""
    return page.evaluate(
        """([lat, lon]) => {
            const point = zonemap.map.latLngToContainerPoint([lat, lon]);
            const box = zonemap.map.getContainer().getBoundingClientRect();
            const element = document.elementFromPoint(box.left + point.x, box.top + point.y);
            return {tag: element.tagName, classes: element.getAttribute("class") || "",
                    x: box.left + point.x, y: box.top + point.y};
        }""",
        [lat, lon],
    )


OSM_TILES = "https://tile.openstreetmap.org/"


def _forget_chosen_tiles(opened: Any) -> None:
    """Tiles a test asked for by switching the online base map on are no stray requests."""
    opened.blocked[:] = [url for url in opened.blocked if not url.startswith(OSM_TILES)]


def _ready(page: Any) -> None:
    page.wait_for_function("window.zonemap && zonemap.map && zonemap.map.getZoom() > 0")


def test_switching_each_layer_off_and_on_leaves_the_zones_on_top(visit) -> None:  # type: ignore[no-untyped-def]
    for path in ("astana-6.html", "moscow-protocol-2020.html", "timeline.html#astana-6"):
        opened = visit(path)
        page = opened.page
        _ready(page)
        labels = page.locator(".leaflet-control-layers-overlays label")
        for index in range(labels.count()):
            toggle = labels.nth(index).locator("input")
            shown = toggle.is_checked()
            toggle.set_checked(not shown)
            toggle.set_checked(shown)
        assert "zm-zone" in _at(page, *IDLIB_CITY)["classes"], path
        _forget_chosen_tiles(opened)


def _visible_labels(page: Any) -> list[dict[str, Any]]:
    return page.evaluate(
        """() => [...document.querySelectorAll(".zm-label")]
            .filter(e => e.style.display !== "none")
            .map(e => { const r = e.firstChild.getBoundingClientRect();
                        return {text: e.textContent, kind: e.className,
                                l: r.left, t: r.top, r: r.right, b: r.bottom}; })"""
    )


@pytest.mark.parametrize("size", list(SIZES))
def test_names_on_the_map_never_overlap_and_the_seats_are_named(visit, size: str) -> None:  # type: ignore[no-untyped-def]
    page = visit("moscow-protocol-2020.html", viewport=SIZES[size]).page
    _ready(page)
    for view in (None, ([35.75, 36.6], 9.5), ([33.4, 36.3], 10)):
        if view is not None:
            page.evaluate(
                "([centre, zoom]) => zonemap.map.setView(centre, zoom, {animate: false})",
                list(view),
            )
        labels = _visible_labels(page)
        for first, second in itertools.combinations(labels, 2):
            assert not _overlap(first, second), (size, view, first["text"], second["text"])
        for label in labels:
            assert label["l"] >= 0 and label["r"] <= SIZES[size][0], (size, view, label)
        if view is None:
            names = {label["text"] for label in labels}
            assert {"Aleppo", "Ḩamāh", "Deir ez-Zor"} <= names, (size, names)
            if size != "phone":  # a phone has no room for a zone's whole name
                assert "Idlib de-escalation zone" in names, names
        else:
            assert any("zm-label-village" in label["kind"] for label in labels)


def test_the_surroundings_are_drawn_and_named(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html", viewport=SIZES["desktop"]).page
    _ready(page)
    names = {label["text"] for label in _visible_labels(page)}
    assert {"TURKEY", "LEBANON", "IRAQ", "JORDAN"} <= {n.upper() for n in names}
    assert "Mediterranean Sea" in names
    page.mouse.move(0, 0)
    sea = _at(page, 34.9, 35.2)  # off the coast between Latakia and Tartus
    assert _pixel(page, sea["x"], sea["y"]) == SEA.lower()
    turkey = _at(page, 37.5, 37.5)
    assert _pixel(page, turkey["x"], turkey["y"]) == NEIGHBOUR_LAND.lower()
    rivers = page.evaluate("() => zonemap.rivers.features.map(f => f.properties.tip)")
    assert "Euphrates" in rivers
    assert {"M4", "M5"} <= names  # the highways' numbers, written on them
    overlays = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    for layer in (
        "Neighbouring countries",
        "Rivers",
        "Highways (M4, M5)",
        "Towns and places",
        "Zone names",
    ):
        assert any(layer in text for text in overlays), (layer, overlays)


def test_the_online_base_map_is_off_until_a_reader_chooses_it(visit) -> None:  # type: ignore[no-untyped-def]
    opened = visit("astana-6.html")  # every request off the site is recorded and refused
    page = opened.page
    _ready(page)
    page.wait_for_timeout(300)
    assert opened.blocked == []
    toggle = page.get_by_label("OpenStreetMap base map (online)")
    assert not toggle.is_checked()
    toggle.check()
    page.wait_for_function("document.querySelectorAll('.leaflet-zm-tiles-pane img').length > 0")
    assert any(url.startswith(OSM_TILES) for url in opened.blocked)
    assert "zm-zone" in _at(page, *IDLIB_CITY)["classes"]  # the base map goes under the zones
    _forget_chosen_tiles(opened)


def test_lost_land_and_posts_answer_a_click_with_their_sources(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("moscow-protocol-2020.html").page  # its popups arrive after the first picture
    _ready(page)
    for names in ("Towns and places", "Zone names", "Highways (M4, M5)"):
        page.get_by_label(names).uncheck()
    hit = _at(page, 35.8, 36.8)  # Saraqib's countryside, lost in early 2020
    assert "zm-lost" in hit["classes"]
    page.mouse.click(hit["x"], hit["y"])
    _wait_for_popup_text(page, "Sources")  # once the popups' file has come, if it had not
    page.keyboard.press("Escape")
    page.locator(".leaflet-popup").wait_for(state="detached")  # it fades out first
    post = _visible_post(page)
    page.mouse.click(post["x"], post["y"])
    _wait_for_popup_text(page, "set up")


def _wait_for_popup_text(page: Any, text: str) -> None:
    """Until the open popup says this, and no longer that its details are loading."""
    page.wait_for_function(
        """(text) => { const popup = document.querySelector(".leaflet-popup-content");
                       return popup && popup.textContent.includes(text); }""",
        arg=text,
    )
    assert "still loading" not in page.locator(".leaflet-popup-content").inner_text()


def _visible_post(page: Any) -> dict[str, float]:
    """Where to click a post the reader can see and reach: on screen, nothing over it."""
    post = page.evaluate(
        """() => {
            for (const path of document.querySelectorAll(".leaflet-zm-posts-pane path")) {
                const box = path.getBoundingClientRect();
                const x = box.left + box.width / 2, y = box.top + box.height / 2;
                if (document.elementFromPoint(x, y) === path) { return {x, y}; }
            }
            return null;
        }"""
    )
    assert post is not None
    return post


# Animation frames asked for once Leaflet's zones are made, while the still picture is still
# under them, are dropped (a tab in the background would hold them back): the rest of the map
# (base map, names, popups' file) then comes only when the reader does something.
WITHOUT_THE_REST = """
const frame = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) =>
    window.zonemap && zonemap.map && document.querySelector("svg.zm-preview") ? 0 : frame(callback);
"""


@pytest.mark.parametrize(
    ("path", "shape", "content"),
    [
        ("moscow-protocol-2020.html", "zone", "Sources"),  # its popup is in the page
        ("moscow-protocol-2020.html", "lost land", "Sources"),  # these in popups.js
        ("moscow-protocol-2020.html", "post", "set up"),
        ("moscow-protocol-2020.html", "post, by key", "set up"),
        ("timeline.html#moscow-protocol-2020", "lost land", "Sources"),
    ],
)
def test_a_shape_clicked_before_the_rest_of_the_map_opens_with_its_content(
    visit, path: str, shape: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    opened = visit(path, hold_popups=True, before=WITHOUT_THE_REST)
    page = opened.page
    page.wait_for_function("window.zonemap && zonemap.map && zonemap.map.getZoom() > 0", polling=50)
    assert page.locator("svg.zm-preview").count() == 1  # Leaflet's zones, and nothing more yet
    if shape == "post, by key":
        page.locator(".leaflet-zm-posts-pane path").first.focus()
        page.keyboard.press("Enter")
    elif shape == "post":
        hit = _visible_post(page)
        page.mouse.click(hit["x"], hit["y"])
    else:
        place, role = POPUP_AT[shape]
        hit = _at(page, *place)
        assert role in hit["classes"]
        page.mouse.click(hit["x"], hit["y"])
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert page.locator("svg.zm-preview").count() == 0  # the reader's move brought the rest
    if shape != "zone":
        assert "still loading" in popup.inner_text()
    for request in opened.held:
        request.continue_()
    _wait_for_popup_text(page, content)


# where a shape is, and its role: Idlib city, held; Saraqib's countryside, lost in 2020
POPUP_AT = {"zone": (IDLIB_CITY, "zm-held"), "lost land": ((35.8, 36.8), "zm-lost")}


def test_a_link_to_a_zone_opens_its_popup_without_waiting_for_the_rest_of_the_map(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html#idlib", before=WITHOUT_THE_REST).page
    page.locator(".leaflet-popup-content h3").wait_for()
    assert "Idlib" in page.locator(".leaflet-popup-content h3").inner_text()
    assert page.locator("svg.zm-preview").count() == 0


def test_a_hidden_zone_takes_no_click_and_the_governorate_still_answers(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("timeline.html").page  # 24 January 2017: no zone yet
    _ready(page)
    hit = _at(page, *EASTERN_GHOUTA)
    assert "zm-zone" not in hit["classes"]
    page.mouse.click(hit["x"], hit["y"])
    assert page.locator(".leaflet-popup").count() == 0
    page.mouse.move(hit["x"] + 1, hit["y"] + 1)
    assert "Rural Damascus" in page.locator(".leaflet-tooltip").inner_text()


def _pixel(page: Any, x: float, y: float) -> str:
    shot = Image.open(io.BytesIO(page.screenshot(clip={"x": x, "y": y, "width": 1, "height": 1})))
    return "#{:02x}{:02x}{:02x}".format(*shot.convert("RGB").getpixel((0, 0)))


@pytest.mark.parametrize(
    ("path", "place", "status"),
    [
        ("astana-6.html", IDLIB_CITY, "initial-period"),
        ("astana-11.html", IDLIB_CITY, "extended"),
        ("astana-11.html", EASTERN_GHOUTA, "ended"),
        ("moscow-protocol-2020.html", (35.8, 36.8), "lost"),  # Saraqib's countryside
    ],
)
def test_a_zone_is_painted_in_its_legend_colour(
    visit, path: str, place: tuple[float, float], status: str
) -> None:  # type: ignore[no-untyped-def]
    page = visit(path).page
    _ready(page)
    page.mouse.move(0, 0)
    for names in ("Towns and places", "Zone names", "Highways (M4, M5)"):
        page.get_by_label(names).uncheck()  # the fill itself, not a name or road written on it
    hit = _at(page, *place)
    painted = _pixel(page, hit["x"], hit["y"])
    expected = LOST_STYLE["fillColor"] if status == "lost" else fill_colour(status)
    swatches = page.eval_on_selector_all(
        ".zm-legend .zm-swatch",
        "nodes => nodes.map(n => getComputedStyle(n).backgroundColor)",
    )
    rgb = "rgb({}, {}, {})".format(*(int(expected[i : i + 2], 16) for i in (1, 3, 5)))
    assert rgb in swatches  # the legend shows the very colour
    assert painted == expected, (path, status, painted, expected)


def _boxes(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => {
            const rect = e => { const r = e.getBoundingClientRect();
                                return {l: r.left, t: r.top, r: r.right, b: r.bottom}; };
            const side = document.getElementById("zm-side").getBoundingClientRect();
            const all = selector => [...document.querySelectorAll(selector)].map(rect);
            const panels = all("#zm-side > *")
                .map(p => ({...p, t: Math.max(p.t, side.top), b: Math.min(p.b, side.bottom)}))
                .filter(p => p.b > p.t);  // the part of each panel the column shows
            const controls = all(
                ".leaflet-control-zoom, .leaflet-control-scale, .leaflet-control-attribution");
            const zones = all(".leaflet-overlay-pane path.zm-agreed");
            return {panels, controls, zones, width: innerWidth, height: innerHeight};
        }"""
    )


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["l"] < b["r"] - 1 and b["l"] < a["r"] - 1 and a["t"] < b["b"] - 1 and b["t"] < a["b"] - 1
    )


@pytest.mark.parametrize("size", list(SIZES))
def test_no_panel_covers_a_zone_or_another_panel_on_any_round(visit, size: str) -> None:  # type: ignore[no-untyped-def]
    for round_id in ROUNDS:
        page = visit(f"{round_id}.html", viewport=SIZES[size]).page
        _ready(page)
        boxes = _boxes(page)
        blocks = boxes["panels"] + boxes["controls"]
        for i, first in enumerate(blocks):
            for second in blocks[i + 1 :]:
                assert not _overlap(first, second), (round_id, size, first, second)
        for zone in boxes["zones"]:
            assert zone["l"] >= 0 and zone["r"] <= boxes["width"], (round_id, size, zone)
            for block in blocks:
                assert not _overlap(zone, block), (round_id, size, zone, block)
        page.close()


def test_a_popup_fits_a_phone_and_the_page_can_be_zoomed(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html#idlib", viewport=SIZES["phone"]).page
    popup = page.wait_for_selector(".leaflet-popup")
    # the map pans the popup into view, animated: it must come to fit within a few seconds
    page.wait_for_function(
        "(() => { const r = document.querySelector('.leaflet-popup').getBoundingClientRect();"
        " return r.left >= 0 && r.right <= innerWidth; })()",
        timeout=3000,
    )
    box = popup.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= SIZES["phone"][0]
    close = page.locator(".leaflet-popup-close-button").bounding_box()
    assert close["x"] >= 0 and close["x"] + close["width"] <= SIZES["phone"][0] and close["y"] >= 0
    viewport = page.get_attribute('meta[name="viewport"]', "content")
    assert "user-scalable=no" not in viewport and "maximum-scale" not in viewport


def test_a_round_map_opens_the_zone_its_link_names(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-11.html#eastern-ghouta").page
    popup = page.wait_for_selector(".leaflet-popup-content")
    assert "Eastern Ghouta" in popup.inner_text() and "Ended" in popup.inner_text()


def test_the_timeline_keeps_its_round_in_the_address_and_history(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("timeline.html#astana-11").page
    _ready(page)
    assert page.get_attribute("body", "data-step") == "astana-11"
    page.click("#zm-next")
    assert page.evaluate("location.hash") == "#summit-sochi-2019"
    page.click("#zm-next")
    page.go_back()
    page.wait_for_function("document.body.dataset.step === 'summit-sochi-2019'")
    page.go_back()
    page.wait_for_function("document.body.dataset.step === 'astana-11'")
    assert page.get_attribute("#zm-round-link", "href") == "astana-11.html"


def test_a_timeline_popup_tells_of_the_day_shown_and_a_step_closes_it(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("timeline.html#astana-7").page
    _ready(page)
    hit = _at(page, *IDLIB_CITY)
    page.mouse.click(hit["x"], hit["y"])
    popup = page.locator(".leaflet-popup-content")
    assert "initial period" in popup.inner_text() and "as of 2017-10-31" in popup.inner_text()
    page.click("#zm-next")  # the Sochi summit of November 2017: the zone is extended
    assert page.get_attribute("body", "data-step") == "summit-sochi-2017"
    page.wait_for_selector(".leaflet-popup", state="detached", timeout=2000)
    hit = _at(page, *IDLIB_CITY)  # the map moved to show the popup
    page.mouse.click(hit["x"], hit["y"])
    assert "extended" in popup.inner_text() and "as of 2017-11-22" in popup.inner_text()
    held = page.locator("path.zm-zone-idlib.zm-held")
    assert held.count() == 1 and "extended" in held.get_attribute("aria-label")


def test_the_timeline_plays_and_its_steps_stand_where_they_fall_in_time(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("timeline.html#astana-20").page
    _ready(page)
    ticks = page.eval_on_selector_all("#zm-ticks option", "nodes => nodes.map(n => +n.value)")
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert ticks[0] == 0 and min(gaps) >= 0 and max(gaps) > 5 * min(g for g in gaps if g)
    assert page.locator(".zm-years span").count() >= 7  # 2018 … 2024
    page.click("#zm-play")
    assert page.get_attribute("#zm-play", "aria-pressed") == "true"
    page.wait_for_function("document.body.dataset.step !== 'astana-20'", timeout=5000)
    page.click("#zm-play")
    assert page.get_attribute("#zm-play", "aria-pressed") == "false"


def test_the_keyboard_reaches_a_zone_and_opens_its_popup(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html").page
    _ready(page)
    zone = page.locator("path.zm-zone-idlib.zm-held")
    assert zone.get_attribute("tabindex") == "0" and zone.get_attribute("role") == "button"
    assert "Idlib" in zone.get_attribute("aria-label")
    zone.focus()
    assert page.evaluate("getComputedStyle(document.activeElement).strokeWidth") == "4px"
    page.keyboard.press("Enter")
    page.wait_for_selector(".leaflet-popup-content")
    page.keyboard.press("Escape")
    page.wait_for_selector(".leaflet-popup", state="detached", timeout=2000)
    post = visit("moscow-protocol-2020.html").page
    _ready(post)
    marker = post.locator(".leaflet-zm-posts-pane path").first
    assert marker.get_attribute("tabindex") == "0" and "post" in marker.get_attribute("aria-label")


def _axe(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return page.evaluate(
        "axe.run(document).then(r => r.violations.map(v => ({id: v.id, nodes: v.nodes.length,"
        " first: v.nodes[0].target.join(' ')})))"
    )


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize(
    "path", ["astana-6.html", "astana-6.html#idlib", "timeline.html", "index.html"]
)
def test_axe_core_finds_no_violation(visit, path: str, size: str) -> None:  # type: ignore[no-untyped-def]
    if not AXE.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"axe-core is required under CI (npm install axe-core): {AXE} is missing")
        pytest.skip("axe-core is not installed (npm install --prefix .ci axe-core)")
    page = visit(path, viewport=SIZES[size]).page
    page.wait_for_load_state("load")
    if "index" not in path:
        _ready(page)
    if "#" in path:
        page.wait_for_selector(".leaflet-popup-content")
    assert _axe(page) == []


def test_a_print_shows_the_whole_country_every_zone_and_no_controls(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("astana-6.html", viewport=(1123, 794)).page  # A4 landscape at 96 dpi
    _ready(page)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator(".leaflet-control-zoom").is_hidden()
    assert page.locator(".leaflet-control-layers").is_hidden()
    assert page.eval_on_selector_all("details", "nodes => nodes.every(n => n.open)")
    country = page.locator(".leaflet-zm-lines-pane path").last.bounding_box()
    assert country["x"] >= 0 and country["x"] + country["width"] <= 1123
    assert country["y"] >= 0 and country["y"] + country["height"] <= 794
    boxes = _boxes(page)
    for zone in boxes["zones"]:
        for block in boxes["panels"]:
            assert not _overlap(zone, block), (zone, block)
    adjust = page.eval_on_selector(".zm-swatch", "n => getComputedStyle(n).printColorAdjust")
    assert adjust == "exact"


def test_the_index_answers_for_a_day_and_fits_a_phone(visit) -> None:  # type: ignore[no-untyped-def]
    page = visit("index.html", viewport=SIZES["phone"]).page
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES["phone"][0]
    page.fill("#zm-day", "2019-09-01")
    page.dispatch_event("#zm-day", "change")
    answer = page.locator("#zm-on-day").inner_text()
    assert "Idlib de-escalation zone: in force, extended, held 66.2 %" in answer
    assert "Eastern Ghouta de-escalation zone: ended" in answer
    page.locator("#zm-chart .zm-rows").scroll_into_view_if_needed()
    chart = page.locator("#zm-chart .zm-rows").bounding_box()
    page.mouse.move(chart["x"] + chart["width"] / 2, chart["y"] + 20)
    assert page.locator("#zm-readout").inner_text()[:2] == "20"
    kinds = page.eval_on_selector_all(
        ".zm-lanes a", "nodes => new Set(nodes.map(n => n.className)).size"
    )
    assert kinds == 4
