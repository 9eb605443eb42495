"""Benchmark zonemap against the obvious alternatives: loops over explore() and over folium.

    make bench                      # or: .venv/bin/python scripts/bench.py [--runs 5]

Both sides run in the same session as whole processes (cold start), interleaved, several
times. The baseline reads zonemap's own per-round GeoJSON (so the geometry is identical) and
the shipped governorates, draws them with ``explore()`` and saves one HTML file per round;
the second baseline does the same with ``folium.Map`` and ``folium.GeoJson``, as one would by
hand. Reported: wall time (all rounds; one round; all rounds against the folium loop), bytes
per round map, time until Chromium has painted the zones and until Leaflet's interactive
zones are there (network blocked for both; the baseline gets Leaflet served locally), with
the moments on the way to Leaflet's zones (shared files in, Leaflet in, Leaflet run), peak
memory, the no-op rebuild, the rebuild after editing one round's summary, the query
commands, and build time against the number of rounds on synthetic catalogues. Writes
``benchmarks/results.json`` and ``benchmarks/scaling.png``. zonemap's code is compiled to
bytecode first, as pip compiles an installed package: a checkout run where writing bytecode
is off (``PYTHONDONTWRITEBYTECODE``) would compile every module again on every run, which
the libraries on both sides, installed by pip, never do.

zonemap's own measures, with a budget and no baseline:

- Timeline step (:func:`timeline_steps`): in headless Chromium, the network blocked as for
  paint, every round of ``timeline.html`` is stepped to with ArrowRight on its slider; from
  the key press's ``timeStamp`` to the first animation frame after the page's update (budget:
  one 60 Hz frame, 16.7 ms), median and 90th percentile over every step of every run, with
  the time until that frame is painted and the Event Timing API's duration, and the same
  key press when it stays within a round (the browser's own cost of a slider move).
- ``zonemap.js`` against its compact floor (:func:`compact_floor`; budget 1.5): the floor is
  its display geometry in the Encoded Polyline format on the integer grid the script itself
  uses (the same points), plus the rest of its data as compact JSON and its code as it is.
- Serial against parallel build (:func:`serial_parallel`): whole-process builds with
  ``--jobs 1`` and with one process per core, interleaved, of the shipped catalogue and of
  the synthetic ones, wall and CPU seconds; a build without ``--jobs`` renders in parallel
  only where this measured a gain (``zonemap.web.staging.workers_for``).
"""

from __future__ import annotations

import argparse
import compileall
import functools
import gzip
import http.server
import itertools
import json
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from synthetic_catalogue import positive_int  # this folder is first on the path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = ROOT / "benchmarks"
ONE_ROUND = "astana-6"


# --- the baseline: what a user would write ------------------------------------------------


def _round_files(geojson_dir: Path, round_id: str | None) -> list[Path]:
    """Every round's GeoJSON, or the one round's."""
    if round_id:
        return [geojson_dir / f"{round_id}.geojson"]
    return sorted(geojson_dir.glob("*.geojson"))


def baseline(geojson_dir: Path, out: Path, round_id: str | None) -> None:
    """For every round, read its zones and the governorates, explore() them, save the map."""
    import geopandas as gpd

    from zonemap.paths import geodata_dir

    out.mkdir(parents=True, exist_ok=True)
    for path in _round_files(geojson_dir, round_id):
        # As the benchmark is specified: every round reads its zones and the governorates.
        governorates = gpd.read_file(str(geodata_dir() / "governorates.geojson"))
        zones = gpd.read_file(path)
        fmap = governorates.explore(color="lightgrey", tooltip=["name_en"])
        if len(zones):
            zones.explore(
                m=fmap, column="status", categorical=True, tooltip=["name", "status"], popup=True
            )
        fmap.save(out / f"{path.stem}.html")


def folium_loop(geojson_dir: Path, out: Path, round_id: str | None) -> None:
    """For every round, a map written by hand with folium: the governorates and the zones."""
    import folium

    from zonemap.paths import geodata_dir

    out.mkdir(parents=True, exist_ok=True)
    for path in _round_files(geojson_dir, round_id):
        governorates = json.loads((geodata_dir() / "governorates.geojson").read_text("utf-8"))
        zones = json.loads(path.read_text("utf-8"))
        fmap = folium.Map(location=[35.0, 38.5], zoom_start=7)
        folium.GeoJson(
            governorates,
            name="Governorates",
            style_function=lambda _feature: {"color": "#777", "weight": 1, "fillColor": "#eee"},
            tooltip=folium.GeoJsonTooltip(["name_en"]),
        ).add_to(fmap)
        if zones["features"]:
            folium.GeoJson(
                zones,
                name="De-escalation zones",
                tooltip=folium.GeoJsonTooltip(["name", "status"]),
                popup=folium.GeoJsonPopup(["name", "status", "valid_from", "valid_to"]),
            ).add_to(fmap)
        folium.LayerControl().add_to(fmap)
        fmap.save(out / f"{path.stem}.html")


# --- measuring ---------------------------------------------------------------------------


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Run a process; return its wall time (s), peak resident memory (MiB) and CPU time (s,
    user and system, with the child processes it waited for)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def zonemap_build(out: Path, *extra: str, catalogue: Path | None = None) -> list[str]:
    option = ["--catalogue", str(catalogue)] if catalogue else []
    return [str(BIN / "zonemap"), *option, "build", "--out", str(out), *extra]


def baseline_build(geojson: Path, out: Path, *extra: str, loop: str = "baseline") -> list[str]:
    """The command that runs a baseline (``baseline``: explore(); ``folium-loop``: folium)."""
    folders = ["--geojson-dir", str(geojson), "--out", str(out)]
    return [sys.executable, __file__, loop, *folders, *extra]


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def compare(runs: int, work: Path) -> dict[str, Any]:
    """Interleave the two sides `runs` times; ratios are taken run by run.

    zonemap keeps the checked atlas between runs (filled by the reference build), as any
    rebuild of an unchanged catalogue finds it; the ``cold`` runs keep nothing, as the first
    build after an edit of the catalogue.
    """
    kept = dict(os.environ)  # the benchmark's own cache folder (see main)
    cold = {**os.environ, "ZONEMAP_CACHE_DIR": "none"}
    reference = work / "reference"
    subprocess.run(zonemap_build(reference), check=True, capture_output=True, env=kept)
    geojson = reference / "geojson"
    cases = {
        "all_rounds": (zonemap_build, lambda out: baseline_build(geojson, out), kept),
        "all_rounds_cold": (zonemap_build, lambda out: baseline_build(geojson, out), cold),
        "one_round": (
            lambda out: zonemap_build(out, "--round", ONE_ROUND),
            lambda out: baseline_build(geojson, out, "--round", ONE_ROUND),
            kept,
        ),
        "all_rounds_folium": (
            zonemap_build,
            lambda out: baseline_build(geojson, out, loop="folium-loop"),
            kept,
        ),
    }
    results: dict[str, Any] = {}
    for case, (ours, theirs, env) in cases.items():
        times: dict[str, list[float]] = {"zonemap": [], "baseline": [], "ratio": []}
        memory: dict[str, list[float]] = {"zonemap": [], "baseline": []}
        for run in range(runs):
            t_ours, m_ours, _ = timed(ours(work / f"{case}-z{run}"), env)
            t_theirs, m_theirs, _ = timed(theirs(work / f"{case}-b{run}"))
            times["zonemap"].append(t_ours)
            times["baseline"].append(t_theirs)
            times["ratio"].append(t_ours / t_theirs)
            memory["zonemap"].append(m_ours)
            memory["baseline"].append(m_theirs)
        results[case] = {
            "seconds": {k: summary(v) for k, v in times.items()},
            "peak_mib": {k: summary(v) for k, v in memory.items()},
        }
    return results


def sizes(work: Path) -> dict[str, Any]:
    """Bytes per round map: zonemap default and inline, and the baseline."""
    default, inline, base = work / "all_rounds-z0", work / "inline", work / "all_rounds-b0"
    subprocess.run(zonemap_build(inline, "--inline"), check=True, capture_output=True)
    rows = []
    for page in sorted(base.glob("*.html")):
        ours = (default / page.name).stat().st_size
        rows.append(
            {
                "round": page.stem,
                "zonemap": ours,
                "zonemap_inline": (inline / page.name).stat().st_size,
                "baseline": page.stat().st_size,
                "ratio": ours / page.stat().st_size,
            }
        )
    assets = sum(p.stat().st_size for p in (default / "assets").rglob("*") if p.is_file())
    return {
        "per_round": rows,
        "median": {
            k: statistics.median(r[k] for r in rows)
            for k in ("zonemap", "zonemap_inline", "baseline", "ratio")
        },
        "max_ratio": max(r["ratio"] for r in rows),
        "shared_assets_bytes": assets,
    }


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *_args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # Each page is closed as soon as it is measured, often mid-response (a favicon).
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _serve(folder: Path, ports: Any) -> None:
    """Serve ``folder`` on a free loopback port (sent back through ``ports``) until killed."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = _QuietServer(("127.0.0.1", 0), handler)
    ports.put(server.server_address[1])
    server.serve_forever()


# Every host but the loopback server fails to resolve: the network is blocked for both sides
# by the browser itself. The one route, for the baseline's Leaflet, makes Playwright intercept
# every request of both sides alike; that file comes from the measuring client, not the server.
_OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
_BASELINE_LEAFLET = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/*"


# Runs in the page from its first byte: at the start of every frame, count the paths. Once
# the zones are there, the time is taken in the first task after that frame (as the timeline's
# probe does), so the style, layout and paint of the frame that draws them count too. The
# measuring client stays out of the page until its load event; then it reads the result.
_PAINT_PROBE = """
requestAnimationFrame(function check() {
  if (document.querySelectorAll(%s).length < %d) { requestAnimationFrame(check); return; }
  var after = new MessageChannel();
  after.port1.onmessage = function () { window.zmPainted = performance.now(); };
  after.port2.postMessage(null);
});
"""


# On zonemap's pages, the moments the interactive map waits for, read after the probe has
# fired: the shared script and stylesheet in (the picture's wait), Leaflet's script in, and
# Leaflet run (the script element's load event, seen by a capturing listener before the
# page's own handler makes the map).
_LEAFLET_RAN = """
document.addEventListener("load", function (event) {
  if (event.target.id === "zm-leaflet") { window.zmLeafletRan = performance.now(); }
}, true);
"""
_PHASES = """() => {
  const done = (file) => Math.max(...performance.getEntriesByType("resource")
    .filter((entry) => entry.name.endsWith("/" + file)).map((entry) => entry.responseEnd));
  return {shared_in: Math.max(done("zonemap.css"), done("zonemap.js")),
          leaflet_in: done("leaflet.js"), leaflet_ran: window.zmLeafletRan};
}"""


def _painted(page: Any, timeout: float = 30.0) -> float:
    """The probe's time (ms since navigation), once the page has recorded it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        painted = page.evaluate("window.zmPainted")
        if painted is not None:
            return float(painted)
        time.sleep(0.02)
    raise SystemExit(f"never painted: {page.url}")


def paint_times(work: Path, runs: int) -> dict[str, Any]:
    """Milliseconds from navigation until every zone of a map is painted, per map, both sides.

    zonemap's pages paint a still picture of the map first and Leaflet's interactive map
    after it; both moments are reported. The baseline's first paint is its Leaflet map.
    """
    import xstatic.pkg.leaflet as xleaflet
    from playwright.sync_api import sync_playwright

    leaflet = Path(xleaflet.BASE_DIR)
    ports: Any = multiprocessing.Queue()
    # The server runs in its own process, so it never waits for the measuring client's GIL.
    server = multiprocessing.Process(target=_serve, args=(work, ports), daemon=True)
    server.start()
    site = f"http://127.0.0.1:{ports.get(timeout=10)}"
    failed: list[str] = []

    def serve_leaflet(route: Any) -> None:  # the baseline's Leaflet, from the local copy
        route.fulfill(path=str(leaflet / route.request.url.rsplit("/", 1)[-1]))

    # Painted = every zone of the round drawn (the baseline also draws 14 governorates).
    zone_counts = {
        p.name: len(
            json.loads((work / "reference" / "geojson" / f"{p.stem}.geojson").read_text())[
                "features"
            ]
        )
        for p in sorted((work / "all_rounds-b0").glob("*.html"))
    }
    pages = [name for name, count in zone_counts.items() if count]
    leaflet_zones = ".leaflet-overlay-pane path.zm-zone"
    probes = {  # name: (folder, selector, paths beyond the zones)
        "zonemap": ("all_rounds-z0", f"path.zm-preview-zone, {leaflet_zones}", 0),
        "zonemap_interactive": ("all_rounds-z0", leaflet_zones, 0),
        "baseline": ("all_rounds-b0", ".leaflet-overlay-pane path", 14),
    }
    result: dict[str, list[float]] = {name: [] for name in probes}
    phases: dict[str, list[float]] = {"shared_in": [], "leaflet_in": [], "leaflet_ran": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", _OFFLINE],
        )
        for _ in range(runs):
            for name in pages:
                for probe, (folder, selector, extra) in probes.items():
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    context.route(_BASELINE_LEAFLET, serve_leaflet)
                    probe_script = _PAINT_PROBE % (json.dumps(selector), zone_counts[name] + extra)
                    interactive = probe == "zonemap_interactive"
                    context.add_init_script(probe_script + (_LEAFLET_RAN if interactive else ""))
                    page = context.new_page()
                    page.on("requestfailed", lambda request: failed.append(request.url))
                    page.goto(f"{site}/{folder}/{name}", wait_until="load")
                    result[probe].append(_painted(page))
                    if interactive:
                        for phase, ms in page.evaluate(_PHASES).items():
                            phases[phase].append(ms)
                    context.close()
        browser.close()
    server.terminate()
    ratios = {
        "ratio": [z / b for z, b in zip(result["zonemap"], result["baseline"], strict=True)],
        "ratio_interactive": [
            z / b for z, b in zip(result["zonemap_interactive"], result["baseline"], strict=True)
        ],
    }
    return {
        "maps": len(pages),
        "ms": {k: summary(v) for k, v in {**result, **ratios}.items()},
        "interactive_phases_ms": {k: summary(v) for k, v in phases.items()},
        "blocked_requests": len(failed),
        "blocked_hosts": sorted({u.split("/")[2] for u in failed}),
    }


# Runs in the timeline page before its own scripts. For every key press it keeps the event's
# timeStamp, the time of the first animation frame after the timeline's input handler ran (the
# frame that draws the new step) and of a task queued from that frame's callback, which runs
# once the frame is painted. The Event Timing API measures the same key presses, from the
# input to the next paint, in 8 ms steps and only from 16 ms up (its lowest threshold).
_STEP_PROBE = """
window.zmSteps = [];
window.zmEventTiming = [];
addEventListener("keydown", function (event) { zmSteps.push({input: event.timeStamp}); }, true);
document.addEventListener("input", function () {
  var step = zmSteps[zmSteps.length - 1];
  requestAnimationFrame(function () {
    step.frame = performance.now();
    var channel = new MessageChannel();
    channel.port1.onmessage = function () { step.painted = performance.now(); };
    channel.port2.postMessage(null);
  });
});
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (entry) {
    if (entry.name === "keydown") { zmEventTiming.push([entry.startTime, entry.duration]); }
  });
}).observe({type: "event", durationThreshold: 16, buffered: true});
"""
FRAME_MS = 1000 / 60  # the budget of a timeline step: the next frame at 60 Hz


def _spread(values: list[float]) -> dict[str, float]:
    """Median, 90th percentile, least and most of ``values``."""
    ninetieth = statistics.quantiles(values, n=10, method="inclusive")[-1]
    return {**summary(values), "p90": ninetieth}


def timeline_steps(maps: Path, runs: int) -> dict[str, Any]:
    """Milliseconds from a key press on the timeline's slider to the frame that shows it.

    Each run opens ``timeline.html`` afresh and steps through every round as a reader does
    with the arrow key: the slider is put one day before the round's day, then ArrowRight
    moves it onto that day (a trusted key press, so the browser's own input event and Event
    Timing entry follow). A second ArrowRight then moves it a day on within the same round:
    the same input with nothing to redraw but the slider, the browser's own floor. Reported
    for both, over every press of every run: to the frame after the update (``to_frame``),
    to after that frame is painted, and the Event Timing duration (0 when under its 16 ms
    threshold).
    """
    from playwright.sync_api import sync_playwright

    ports: Any = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(maps, ports), daemon=True)
    server.start()
    site = f"http://127.0.0.1:{ports.get(timeout=10)}"
    presses: dict[str, list[dict[str, float]]] = {"step": [], "still": []}
    wrong = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", _OFFLINE],
        )
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.add_init_script(_STEP_PROBE)
            page = context.new_page()
            page.goto(f"{site}/timeline.html", wait_until="load")
            page.wait_for_function("document.body.dataset.step")
            steps = json.loads(page.locator("#zm-steps").text_content() or "[]")
            slider = page.locator("#zm-step")
            kinds = []
            for step in steps[1:]:
                slider.evaluate("(slider, day) => { slider.value = day; }", step["day"] - 1)
                for kind in ("step", "still") if step is not steps[-1] else ("step",):
                    slider.press("ArrowRight")
                    kinds.append(kind)
                    page.wait_for_function(f"zmSteps[{len(kinds) - 1}].painted !== undefined")
                    wrong += page.evaluate("document.body.dataset.step") != step["id"]
            page.wait_for_timeout(200)  # Event Timing entries are queued after the paint
            timings = page.evaluate("zmEventTiming")
            for kind, record in zip(kinds, page.evaluate("zmSteps"), strict=True):
                # an entry's startTime is its event's timeStamp; none: under 16 ms
                durations = [d for start, d in timings if abs(start - record["input"]) < 1]
                presses[kind].append(
                    {
                        "to_frame_ms": record["frame"] - record["input"],
                        "to_painted_ms": record["painted"] - record["input"],
                        "event_timing_ms": max(durations, default=0.0),
                    }
                )
            context.close()
        browser.close()
    server.terminate()
    result: dict[str, Any] = {"runs": runs, "wrong_step": wrong, "budget_ms": FRAME_MS}
    for kind, rows in presses.items():
        result[kind] = {"presses": len(rows)} | {
            measure: _spread([row[measure] for row in rows]) for measure in rows[0]
        }
    return result


SCRIPT_BUDGET = 1.5  # zonemap.js against its compact floor
# A single-quoted JavaScript string, and an escape in it: \uXXXX, or a backslash and one
# character.
_JS_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'", re.DOTALL)
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.DOTALL)
_JS_ESCAPED = {"n": "\n", "r": "\r"}


def _js_string(text: str, start: int) -> tuple[str, int]:
    """The value of the single-quoted JavaScript string at ``text[start]``, and its end."""
    literal = _JS_STRING.match(text, start)
    if literal is None:
        raise ValueError(f"no single-quoted string at character {start}")

    def unescape(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code[1:], 16)) if len(code) == 5 else _JS_ESCAPED.get(code, code)

    return _JS_ESCAPE.sub(unescape, literal.group(1)), literal.end()


def _polyline_floor(path: str) -> int:
    """Bytes of a path of zonemap.js's points in the Encoded Polyline format, one string a
    run, at precision 0 on the path's own integer grid (so no point moves)."""
    import polyline

    return sum(len(polyline.encode(polyline.decode(run, 0), 0)) for run in path.split(" "))


def compact_floor(script: Path) -> dict[str, Any]:
    """The bytes of ``zonemap.js`` against its compact floor.

    The floor is what the script must carry, each part in a compact well-known form: every
    path of its display geometry in Google's Encoded Polyline format on the grid zonemap.js
    itself uses (so the same points, none lost), the rest of its shared data as compact JSON
    and its code as it is. The script's text is JSON in a single-quoted string parsed at
    start-up; its paths are Encoded Polyline runs parted by spaces, decoded here and encoded
    again, so the floor counts the points, not how the script writes them.
    """
    text = script.read_text(encoding="utf-8")
    opening = text.index("JSON.parse(") + len("JSON.parse(")
    literal, end = _js_string(text, opening)
    data = json.loads(literal)
    code = len((text[:opening] + text[end:]).encode("utf-8"))
    paths = data.pop("paths")
    points = {k: paths.pop(k) for k in ("units", "coarse", "labels")}  # grids, label points
    encoded = list(_strings(paths))
    rest = len(json.dumps([data, points], separators=(",", ":"), ensure_ascii=False).encode())
    geometry = sum(_polyline_floor(path) for path in encoded)
    floor = geometry + rest + code
    size = len(text.encode("utf-8"))
    return {
        "bytes": size,
        "gzip_bytes": len(gzip.compress(text.encode("utf-8"), mtime=0)),
        "geometry_bytes": sum(len(p) for p in encoded),  # with the spaces between runs
        "floor": {"bytes": floor, "geometry_polyline": geometry, "other_data": rest, "code": code},
        "ratio": size / floor,
        "budget": SCRIPT_BUDGET,
    }


def _strings(value: Any) -> Iterator[str]:
    """Every string in nested lists and dicts: the paths of zonemap.js's ``paths``."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _strings(item)


def noop(work: Path, runs: int) -> dict[str, Any]:
    """A rebuild with nothing changed, against the cost of starting Python and importing."""
    out = work / "noop"
    subprocess.run(zonemap_build(out), check=True, capture_output=True)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    rebuild, startup = [], []
    for _ in range(runs):
        rebuild.append(timed(zonemap_build(out))[0])
        startup.append(timed([sys.executable, "-c", "import zonemap.cli"])[0])
    untouched = before == {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    extra = [r - s for r, s in zip(rebuild, startup, strict=True)]
    return {
        "rebuild_s": summary(rebuild),
        "startup_s": summary(startup),
        "beyond_startup_s": summary(extra),
        "wrote_no_file": untouched,
    }


def incremental(work: Path, runs: int) -> dict[str, Any]:
    """A rebuild after editing one round's summary, against starting Python and importing."""
    catalogue = work / "edited-catalogue"
    shutil.copytree(ROOT / "geodata" / "catalogue", catalogue)
    out = work / "edited"
    subprocess.run(zonemap_build(out, catalogue=catalogue), check=True, capture_output=True)
    rounds = catalogue / "rounds.yaml"
    original = rounds.read_text(encoding="utf-8")
    rebuild, python, startup, changed = [], [], [], []
    for run in range(runs):
        # one word of astana-6's summary, different each run
        rounds.write_text(original.replace("maps settled", f"maps settled ({run})", 1), "utf-8")
        before = {p: p.read_bytes() for p in out.glob("*.html")}
        rebuild.append(timed(zonemap_build(out, catalogue=catalogue))[0])
        changed.append(sum(p.read_bytes() != data for p, data in before.items()))
        python.append(timed([sys.executable, "-c", "pass"])[0])
        startup.append(timed([sys.executable, "-c", "import zonemap.cli"])[0])
    return {
        "rebuild_s": summary(rebuild),
        "beyond_python_s": summary([r - p for r, p in zip(rebuild, python, strict=True)]),
        "beyond_startup_s": summary([r - s for r, s in zip(rebuild, startup, strict=True)]),
        "pages_changed": summary(changed),
    }


# The query commands, each against starting Python and against importing geopandas.
QUERIES = {
    "rounds": ["rounds"],
    "status": ["status", "--date", "2018-06-01"],
    "where": ["where", "35.93", "36.63"],
    "diff": ["diff", "astana-6", "astana-11"],
    "check": ["check"],
    "extract": ["extract", str(ROOT / "tests" / "data" / "statements" / "round-4-memorandum.txt")],
}
_PYTHON_ONLY = {"python -c pass": "pass", "import geopandas": "import geopandas"}


def queries(runs: int) -> dict[str, Any]:
    """Whole-process seconds of each query command with the atlas kept, interleaved with
    starting Python alone and with importing geopandas; ratios run by run."""
    times: dict[str, list[float]] = {name: [] for name in (*QUERIES, *_PYTHON_ONLY)}
    for args in QUERIES.values():  # the first run of each keeps what it needs
        subprocess.run([str(BIN / "zonemap"), *args], check=True, capture_output=True)
    for _ in range(runs):
        for name, code in _PYTHON_ONLY.items():
            times[name].append(timed([sys.executable, "-c", code])[0])
        for name, args in QUERIES.items():
            times[name].append(timed([str(BIN / "zonemap"), *args])[0])
    geopandas = times["import geopandas"]
    return {
        "seconds": {name: summary(values) for name, values in times.items()},
        "ratio_to_import_geopandas": {
            name: summary([q / g for q, g in zip(times[name], geopandas, strict=True)])
            for name in QUERIES
        },
    }


def synthetic(work: Path, rounds: int) -> Path:
    """A synthetic catalogue of ``rounds`` rounds of 8 zones each, made once in ``work``."""
    catalogue = work / f"synthetic-{rounds}"
    if not catalogue.exists():
        script = ROOT / "scripts" / "synthetic_catalogue.py"
        command = [sys.executable, str(script), "--rounds", str(rounds), "--zones", "8"]
        subprocess.run([*command, "-o", str(catalogue)], check=True)
    return catalogue


def serial_parallel(work: Path, runs: int, counts: list[int]) -> dict[str, Any]:
    """Whole-process builds on one process (``--jobs 1``) against one per core.

    For the shipped catalogue and synthetic ones of ``counts`` rounds: each run builds into a
    new folder (every file rendered), the two sides interleaved, the atlas kept (filled by a
    first build of each). Wall and CPU seconds (user and system, workers included), medians;
    ``ratio`` is parallel's wall time over serial's, run by run (under 1: parallel gains).
    ``default_workers`` is what a build without ``--jobs`` uses (:func:`workers_for`).
    """
    from zonemap.web.staging import workers_for

    cores = os.cpu_count() or 1
    catalogues: dict[str, Path | None] = {"shipped": None}
    catalogues |= {f"synthetic-{count}": synthetic(work, count) for count in counts}
    rows = {}
    for name, catalogue in catalogues.items():
        build = functools.partial(zonemap_build, catalogue=catalogue)
        subprocess.run(build(work / f"jobs-{name}"), check=True, capture_output=True)
        rounds = len(list((work / f"jobs-{name}" / "geojson").glob("*.geojson")))
        times: dict[str, list[float]] = {k: [] for k in ("serial", "parallel", "ratio")}
        cpu: dict[str, list[float]] = {"serial": [], "parallel": []}
        for run in range(runs):
            serial = timed(build(work / f"jobs-{name}-1-{run}", "--jobs", "1"))
            parallel = timed(build(work / f"jobs-{name}-n-{run}", "--jobs", str(cores)))
            for side, usage in (("serial", serial), ("parallel", parallel)):
                times[side].append(usage[0])
                cpu[side].append(usage[2])
            times["ratio"].append(parallel[0] / serial[0])
        rows[name] = {
            "rounds": rounds,
            "default_workers": workers_for(rounds),
            "wall_s": {k: summary(v) for k, v in times.items()},
            "cpu_s": {k: summary(v) for k, v in cpu.items()},
        }
        wall = rows[name]["wall_s"]
        print(
            f"  {name:>15}: {rounds:>5} rounds, --jobs 1 {wall['serial']['median']:6.2f} s, "
            f"--jobs {cores} {wall['parallel']['median']:6.2f} s"
        )
    return {"cpus": cores, "catalogues": rows}


def scaling(work: Path, counts: list[int]) -> dict[str, Any]:
    """Whole-process build time for synthetic catalogues of growing size, both sides."""
    rows = []
    for count in counts:
        catalogue = synthetic(work, count)
        ours = timed(zonemap_build(work / f"scale-z{count}", catalogue=catalogue))[0]
        theirs = timed(
            baseline_build(work / f"scale-z{count}" / "geojson", work / f"scale-b{count}")
        )[0]
        rows.append({"rounds": count, "zonemap_s": ours, "baseline_s": theirs})
        print(f"  {count:>5} rounds: zonemap {ours:6.2f} s, baseline {theirs:6.2f} s")
    return {
        "rows": rows,
        "zonemap_s_per_round": _slopes(rows, "zonemap_s"),
        "baseline_s_per_round": _slopes(rows, "baseline_s"),
    }


def _slopes(rows: list[dict[str, float]], key: str) -> list[float]:
    """Marginal seconds per round between successive sizes: constant means linear growth."""
    return [(b[key] - a[key]) / (b["rounds"] - a["rounds"]) for a, b in itertools.pairwise(rows)]


def plot(scale: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = scale["rows"]
    figure, axes = plt.subplots(figsize=(6, 4), dpi=100)
    counts = [r["rounds"] for r in rows]
    axes.plot(counts, [r["zonemap_s"] for r in rows], "o-", label="zonemap build (all outputs)")
    axes.plot(counts, [r["baseline_s"] for r in rows], "s--", label="explore() loop (maps only)")
    axes.set(
        xscale="log",
        yscale="log",
        xlabel="rounds (8 zones each)",
        ylabel="wall time, whole process (s)",
        title="Build time against catalogue size",
    )
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, metadata={"Software": None})


def report(results: dict[str, Any]) -> None:
    def line(label: str, ours: float, theirs: float, ratio: float, unit: str) -> None:
        print(f"{label:<34} {ours:>10.2f} {theirs:>10.2f} {unit:<4} ratio {ratio:5.2f}")

    print(f"\n{'measure (median)':<34} {'zonemap':>10} {'baseline':>10}")
    cases = {
        "all_rounds": "all rounds",
        "all_rounds_cold": "all rounds, nothing kept",
        "one_round": "one round",
        "all_rounds_folium": "all rounds vs a folium loop",
    }
    for case, label in cases.items():
        s = results[case]["seconds"]
        line(
            f"wall time, {label}",
            s["zonemap"]["median"],
            s["baseline"]["median"],
            s["ratio"]["median"],
            "s",
        )
        m = results[case]["peak_mib"]
        line(
            f"peak memory, {label}",
            m["zonemap"]["median"],
            m["baseline"]["median"],
            m["zonemap"]["median"] / m["baseline"]["median"],
            "MiB",
        )
    size = results["sizes"]["median"]
    line(
        "bytes per round map (default)",
        size["zonemap"] / 1e3,
        size["baseline"] / 1e3,
        size["ratio"],
        "kB",
    )
    line(
        "bytes per round map (--inline)",
        size["zonemap_inline"] / 1e3,
        size["baseline"] / 1e3,
        size["zonemap_inline"] / size["baseline"],
        "kB",
    )
    paint = results["paint"]["ms"]
    for label, ours, ratio in (
        ("time to paint zones", "zonemap", "ratio"),
        ("time to interactive zones", "zonemap_interactive", "ratio_interactive"),
    ):
        line(
            label,
            paint[ours]["median"],
            paint["baseline"]["median"],
            paint[ratio]["median"],
            "ms",
        )
    at = {k: v["median"] for k, v in results["paint"]["interactive_phases_ms"].items()}
    print(
        f"on the way to the interactive zones (medians, ms from navigation): shared script and "
        f"stylesheet in {at['shared_in']:.0f}, picture painted {paint['zonemap']['median']:.0f}, "
        f"Leaflet in {at['leaflet_in']:.0f}, Leaflet run {at['leaflet_ran']:.0f}, zones painted "
        f"{paint['zonemap_interactive']['median']:.0f}"
    )
    floor = results["script_floor"]
    print(
        f"zonemap.js {floor['bytes'] / 1e3:.1f} kB, compact floor "
        f"{floor['floor']['bytes'] / 1e3:.1f} kB: ratio {floor['ratio']:.2f} "
        f"(budget {floor['budget']})"
    )
    steps = results["timeline"]
    for kind, label in (("step", "timeline step"), ("still", "slider move within a round")):
        m = steps[kind]
        print(
            f"{label}: key press to frame {m['to_frame_ms']['median']:.1f} ms "
            f"(p90 {m['to_frame_ms']['p90']:.1f}; budget {steps['budget_ms']:.1f}), "
            f"to painted {m['to_painted_ms']['median']:.1f} ms, Event Timing "
            f"{m['event_timing_ms']['median']:.0f} ms (p90 {m['event_timing_ms']['p90']:.0f})"
        )
    for name, row in results["jobs"]["catalogues"].items():
        wall, cpu = row["wall_s"], row["cpu_s"]
        print(
            f"build {name} ({row['rounds']} rounds): --jobs 1 {wall['serial']['median']:.2f} s "
            f"(CPU {cpu['serial']['median']:.2f}), --jobs {results['jobs']['cpus']} "
            f"{wall['parallel']['median']:.2f} s (CPU {cpu['parallel']['median']:.2f}), "
            f"ratio {wall['ratio']['median']:.2f}; default {row['default_workers']} process(es)"
        )
    q = results["queries"]
    for name in QUERIES:
        print(
            f"{'query ' + name:<34} {q['seconds'][name]['median']:>10.2f} s   ratio to import "
            f"geopandas {q['ratio_to_import_geopandas'][name]['median']:5.2f}"
        )
    for name in _PYTHON_ONLY:
        print(f"{name:<34} {q['seconds'][name]['median']:>10.2f} s")
    n = results["noop"]
    print(
        f"no-op rebuild: {n['rebuild_s']['median']:.2f} s, startup "
        f"{n['startup_s']['median']:.2f} s, beyond startup "
        f"{n['beyond_startup_s']['median']:.2f} s, wrote no file: {n['wrote_no_file']}"
    )
    e = results["incremental"]
    print(
        f"rebuild after editing a summary: {e['rebuild_s']['median']:.2f} s, beyond python "
        f"{e['beyond_python_s']['median']:.2f} s, beyond startup "
        f"{e['beyond_startup_s']['median']:.2f} s, pages changed {e['pages_changed']['median']:g}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="zonemap benchmark")
    sub = parser.add_subparsers(dest="command")
    for name, text in (("baseline", "explore()"), ("folium-loop", "plain folium")):
        base = sub.add_parser(name, help=f"run the {text} baseline once")
        base.add_argument("--geojson-dir", type=Path, required=True)
        base.add_argument("--out", type=Path, required=True)
        base.add_argument("--round")
    parser.add_argument("--runs", type=positive_int, default=5)
    parser.add_argument(
        "--scaling",
        type=lambda text: [positive_int(count) for count in text.split(",")],
        default="10,100,1000",
        help="comma-separated synthetic catalogue sizes (rounds)",
    )
    args = parser.parse_args()
    if args.command in ("baseline", "folium-loop"):
        loop = baseline if args.command == "baseline" else folium_loop
        loop(args.geojson_dir, args.out, args.round)
        return
    RESULTS.mkdir(exist_ok=True)
    for code in ("zonemap", "scripts"):  # the baselines import from both
        compileall.compile_dir(ROOT / code, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # what zonemap keeps between runs, apart from the user's own (a new folder each time)
        os.environ["ZONEMAP_CACHE_DIR"] = str(work / "cache")
        print(f"comparing whole-process builds, {args.runs} interleaved runs …")
        results = compare(args.runs, work)
        results["sizes"] = sizes(work)
        results["script_floor"] = compact_floor(work / "all_rounds-z0" / "assets" / "zonemap.js")
        print("timing paint in headless Chromium …")
        results["paint"] = paint_times(work, max(1, args.runs // 2))
        print("timing the timeline's steps in headless Chromium …")
        results["timeline"] = timeline_steps(work / "all_rounds-z0", args.runs)
        results["noop"] = noop(work, args.runs)
        results["incremental"] = incremental(work, args.runs)
        print("timing the query commands …")
        results["queries"] = queries(args.runs)
        print("serial against parallel builds …")
        results["jobs"] = serial_parallel(work, args.runs, args.scaling)
        print("scaling on synthetic catalogues …")
        results["scaling"] = scaling(work, args.scaling)
        plot(results["scaling"], RESULTS / "scaling.png")
    results["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    (RESULTS / "results.json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    report(results)


if __name__ == "__main__":
    main()
