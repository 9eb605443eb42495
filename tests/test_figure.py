"""`zonemap figure`: a round's map as a still figure in the web map's colours, each time alike."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from conftest import run_cli
from PIL import Image

from zonemap.atlas import Atlas
from zonemap.web.figure import DISCLAIMER, SOURCE_LINE, FigureError, round_figure
from zonemap.web.styles import SEA, fill_colour, legend

pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def sochi_svg(atlas: Atlas) -> str:
    return round_figure(atlas, "sochi-memorandum-2018", "svg").decode("utf-8")


def test_a_figure_has_title_day_legend_scale_north_source_and_disclaimer(sochi_svg: str) -> None:
    assert "Russian-Turkish Memorandum on Stabilization" in sochi_svg
    assert "De-escalation zones as of 2018-09-17" in sochi_svg
    for label, _fill, _outline in legend():
        assert label in sochi_svg
    assert "changed this round" in sochi_svg  # the demilitarised zone was set up that day
    assert re.search(r">\d+ km</text>", sochi_svg)  # the scale bar's label
    assert ">N<" in sochi_svg  # the north arrow
    assert SOURCE_LINE in sochi_svg and DISCLAIMER in sochi_svg


def test_a_figure_paints_the_zones_in_the_web_maps_colours(sochi_svg: str) -> None:
    svg = sochi_svg.lower()
    for status in ("extended", "in-force", "ended"):  # all drawn on 17 September 2018
        assert f"fill: {fill_colour(status)}" in svg, status
    assert f"fill: {SEA.lower()}" in svg  # the sea


def test_an_svg_or_pdf_figure_is_the_same_bytes_every_time(atlas: Atlas) -> None:
    for fmt in ("svg", "pdf"):
        first = round_figure(atlas, "astana-6", fmt)
        assert first == round_figure(atlas, "astana-6", fmt), fmt
    assert first.startswith(b"%PDF")


def test_a_png_figure_is_print_sized(atlas: Atlas) -> None:
    image = Image.open(io.BytesIO(round_figure(atlas, "astana-6", "png")))
    assert image.size == (2200, 1520)  # 11 × 7.6 inches at 200 dpi


def test_the_command_writes_the_format_its_suffix_names(tmp_path: Path) -> None:
    out = tmp_path / "astana-10.pdf"
    assert run_cli("figure", "astana-10", "-o", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("astana-6", "-o", "map.jpeg"), "unknown figure format 'jpeg'"),
        (("astana-99", "-o", "map.svg"), "astana-99"),
        (("-o", "map.svg"), "Missing argument 'ROUND'"),
    ],
)
def test_a_wrong_figure_request_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    args = tuple(str(tmp_path / a) if a.startswith("map.") else a for a in args)
    assert run_cli("figure", *args) != 0
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_format_is_refused_before_any_drawing(atlas: Atlas) -> None:
    with pytest.raises(FigureError, match="use svg, png, pdf"):
        round_figure(atlas, "astana-6", "gif")
