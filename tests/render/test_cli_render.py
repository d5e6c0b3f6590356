"""`partnermap render` as a user runs it: files written, options, and clear failures."""

from __future__ import annotations

import errno
import io
import json
import os
import re
import struct
from pathlib import Path
from typing import Any

import numpy
import pytest
from click.testing import CliRunner, Result
from matplotlib.image import imread

from partnermap import load_map
from partnermap.cli import cli
from partnermap.render.browser import LAUNCH_ARGS, READY, VIEWPORT, chromium_path
from tests.browser_wait import wait_until
from tests.conftest import MINIMAL_MAP, SEED_MAP
from tests.render.conftest import needs_chromium


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["render", *args])


def page_data(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="partnermap-data">(.*?)</script>', page, re.DOTALL)
    assert match is not None, "the page holds no map data"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def test_render_writes_one_page_and_says_so(tmp_path: Path) -> None:
    output = tmp_path / "map.html"
    result = run(str(SEED_MAP), "-o", str(output))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {output} (30 actors, 53 links)\n"
    assert result.stdout == ""
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"fr\">")
    assert [node["id"] for node in page_data(page)["nodes"]][:3] == ["governments", "countries_of_origin",
                                                                    "host_countries"]
    assert list(tmp_path.iterdir()) == [output]


def test_render_defaults_to_map_html_in_the_current_folder(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(str(MINIMAL_MAP))
    assert result.exit_code == 0, result.output
    assert result.stderr == "wrote map.html (4 actors, 3 links)\n"
    assert (tmp_path / "map.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_actor_metrics_reach_the_page_when_the_analysis_module_exists(tmp_path: Path) -> None:
    analysis = pytest.importorskip("partnermap.graph.analysis.metrics")
    output = tmp_path / "map.html"
    assert run(str(MINIMAL_MAP), "-o", str(output)).exit_code == 0
    expected = analysis.actor_metrics(load_map(MINIMAL_MAP))
    data = page_data(output.read_text(encoding="utf-8"))
    assert data["hasMetrics"] is True
    assert {actor["id"]: actor["metrics"] for actor in data["actors"]} == expected


def test_render_twice_gives_identical_files(tmp_path: Path) -> None:
    for name in ("a.html", "b.html"):
        assert run(str(MINIMAL_MAP), "-o", str(tmp_path / name)).exit_code == 0
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_dash_writes_the_page_to_standard_output() -> None:
    result = run(str(MINIMAL_MAP), "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>") and result.stdout.endswith("</html>\n")
    assert result.stderr == ""


def test_missing_output_folder_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    output = tmp_path / "no-such-folder" / "map.html"
    result = run(str(MINIMAL_MAP), "-o", str(output))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {output}: folder '{output.parent}' does not exist\n"
    assert list(tmp_path.iterdir()) == []


def test_output_that_is_a_folder_exits_1_and_leaves_it_alone(tmp_path: Path) -> None:
    result = run(str(MINIMAL_MAP), "-o", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {tmp_path}: it is a folder\n"
    assert list(tmp_path.iterdir()) == []


def test_language_theme_and_physics_options(tmp_path: Path) -> None:
    output = tmp_path / "map.html"
    result = run(str(MINIMAL_MAP), "--lang", "en", "--theme", "projector", "--physics", "-o", str(output))
    assert result.exit_code == 0, result.output
    page = output.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and '<body data-theme="projector">' in page
    assert "<title>Test map</title>" in page
    data = page_data(page)
    assert data["language"] == "en" and data["options"]["physics"]["enabled"] is True


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(MINIMAL_MAP), "--lang", "de", "-o", str(tmp_path / "map.html"))
    assert result.exit_code == 2
    assert "Invalid value for --lang: 'de' is not one of the map's languages (fr, en)" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unknown_theme_is_a_usage_error() -> None:
    result = run(str(MINIMAL_MAP), "--theme", "dark", "-o", "-")
    assert result.exit_code == 2
    assert "Invalid value for '--theme': 'dark' is not one of 'light', 'projector'." in result.stderr


def test_selection_options_narrow_the_map(tmp_path: Path) -> None:
    output = tmp_path / "dialogue.html"
    result = run(str(MINIMAL_MAP), "--type", "social_dialogue", "-o", str(output))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {output} (2 actors, 1 link)\n"
    data = page_data(output.read_text(encoding="utf-8"))
    assert [node["id"] for node in data["nodes"]] == ["governments", "trade_unions"]
    assert [edge["id"] for edge in data["edges"]] == ["gov-unions"]
    assert [step["links"] for step in data["tour"]] == [["gov-unions"]]


def test_unknown_selection_value_is_a_usage_error() -> None:
    result = run(str(MINIMAL_MAP), "--kind", "trade_unoin", "-o", "-")
    assert result.exit_code == 2
    assert "unknown kind 'trade_unoin'" in result.stderr


def test_screenshot_without_chromium_fails_before_writing_anything(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "no-chromium"
    monkeypatch.setenv("PARTNERMAP_CHROMIUM", str(missing))
    result = run(str(MINIMAL_MAP), "-o", str(tmp_path / "map.html"), "--screenshot", str(tmp_path / "map.png"))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: cannot take a screenshot: Chromium not found at {missing}; install it "
                             "(Debian: apt-get install chromium) or set PARTNERMAP_CHROMIUM to its path\n")
    assert list(tmp_path.iterdir()) == []


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def drawing_box(page_path: Path) -> tuple[int, int, int, int]:
    """Where the page draws the network (left, top, right, bottom), in the screenshot's pixels."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(chromium_path()), args=list(LAUNCH_ARGS))
        try:
            tab = chromium.new_page(viewport=VIEWPORT)
            tab.goto(page_path.resolve().as_uri())
            wait_until(tab, READY)
            box = tab.evaluate("(() => { const r = document.querySelector('#network canvas')"
                               ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()")
        finally:
            chromium.close()
    left, top, right, bottom = (round(value) for value in box)
    return left, top, right, bottom


def assert_shows_the_map(picture: bytes, page_path: Path) -> None:
    """The picture is the drawn map: every actor's colour fills its shape inside the network's area."""
    assert png_size(picture) == (VIEWPORT["width"], VIEWPORT["height"])
    pixels = (imread(io.BytesIO(picture))[..., :3] * 255).round().astype(numpy.uint8)
    left, top, right, bottom = drawing_box(page_path)
    assert right - left > 400 and bottom - top > 400, "the network's area is too small to show a map"
    drawing = pixels[top:bottom, left:right]
    # Legend swatches are outside this area: only the drawn nodes can bring their colours into it.
    for node in page_data(page_path.read_text(encoding="utf-8"))["nodes"]:
        colour = numpy.array([int(node["color"][i:i + 2], 16) for i in (1, 3, 5)], dtype=numpy.uint8)
        filled = int((drawing == colour).all(axis=-1).sum())
        assert filled >= 100, f"{node['label']}'s colour {node['color']} covers {filled} pixels of the drawing"
    # Links, labels and their anti-aliasing: a drawn map has many shades, a blank area one.
    assert len(numpy.unique(drawing.reshape(-1, 3), axis=0)) >= 50


@needs_chromium
def test_screenshot_saves_a_picture_of_the_map(tmp_path: Path) -> None:
    result = run(str(MINIMAL_MAP), "-o", str(tmp_path / "map.html"), "--screenshot", str(tmp_path / "map.png"))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"wrote {tmp_path / 'map.html'} (4 actors, 3 links)",
                                          f"wrote {tmp_path / 'map.png'}"]
    assert_shows_the_map((tmp_path / "map.png").read_bytes(), tmp_path / "map.html")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["map.html", "map.png"]


@needs_chromium
def test_screenshot_works_with_the_page_on_standard_output(tmp_path: Path) -> None:
    result = run(str(MINIMAL_MAP), "-o", "-", "--screenshot", str(tmp_path / "map.png"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert [path.name for path in tmp_path.iterdir()] == ["map.png"]
    (tmp_path / "printed.html").write_text(result.stdout, encoding="utf-8")
    assert_shows_the_map((tmp_path / "map.png").read_bytes(), tmp_path / "printed.html")


def broken_chromium(folder: Path) -> Path:
    """An executable that is found where Chromium should be but fails to start, as a broken install does."""
    program = folder / "chromium"
    program.write_text("#!/bin/sh\necho 'chromium: cannot open shared object file' >&2\nexit 127\n")
    program.chmod(0o755)
    return program


def test_a_failed_screenshot_leaves_the_previous_page_and_picture_alone(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    (outputs / "map.html").write_text("previous page")
    (outputs / "map.png").write_bytes(b"previous picture")
    chromium = broken_chromium(tmp_path)
    monkeypatch.setenv("PARTNERMAP_CHROMIUM", str(chromium))

    result = run(str(MINIMAL_MAP), "-o", str(outputs / "map.html"), "--screenshot", str(outputs / "map.png"))

    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot take a screenshot with Chromium at {chromium}: ")
    assert result.stderr.endswith(f"; nothing was written, the previous {outputs / 'map.html'} is unchanged\n")
    assert (outputs / "map.html").read_text() == "previous page"
    assert (outputs / "map.png").read_bytes() == b"previous picture"
    assert sorted(path.name for path in outputs.iterdir()) == ["map.html", "map.png"]


def test_a_failed_screenshot_prints_no_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARTNERMAP_CHROMIUM", str(broken_chromium(tmp_path)))
    result = run(str(MINIMAL_MAP), "-o", "-", "--screenshot", str(tmp_path / "map.png"))
    assert result.exit_code == 1
    assert result.stderr.endswith("; nothing was written\n")
    assert result.stdout == ""
    assert [path.name for path in tmp_path.iterdir()] == ["chromium"]


@needs_chromium
def test_a_picture_that_cannot_be_written_leaves_the_previous_page_alone(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "map.html").write_text("previous page")
    written = []

    def disk_full_on_the_picture(descriptor: int) -> None:
        written.append(descriptor)
        if len(written) == 2:  # the page is staged first, then the picture
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("partnermap.outputs.os.fsync", disk_full_on_the_picture)
    result = run(str(MINIMAL_MAP), "-o", str(tmp_path / "map.html"), "--screenshot", str(tmp_path / "map.png"))

    assert result.exit_code == 1
    assert result.stderr == (f"Error: cannot write {tmp_path / 'map.png'}: No space left on device; "
                             "nothing was written\n")
    assert (tmp_path / "map.html").read_text() == "previous page"
    assert [path.name for path in tmp_path.iterdir()] == ["map.html"]


def test_a_picture_in_place_of_the_page_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(MINIMAL_MAP), "-o", str(tmp_path / "map.html"), "--screenshot", str(tmp_path / "map.html"))
    assert result.exit_code == 2
    assert "--screenshot and -o name the same file: give the picture its own name" in result.stderr
    assert list(tmp_path.iterdir()) == []


@needs_chromium  # without Chromium, the browser check fails first (tested above)
def test_screenshot_into_a_missing_folder_fails_before_writing_anything(tmp_path: Path) -> None:
    picture = tmp_path / "no-such-folder" / "map.png"
    result = run(str(MINIMAL_MAP), "-o", str(tmp_path / "map.html"), "--screenshot", str(picture))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {picture}: folder '{picture.parent}' does not exist\n"
    assert list(tmp_path.iterdir()) == []


def test_a_page_into_a_missing_folder_fails_before_chromium_starts(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARTNERMAP_CHROMIUM", str(broken_chromium(tmp_path)))  # would fail, if it were started
    page = tmp_path / "no-such-folder" / "map.html"
    result = run(str(MINIMAL_MAP), "-o", str(page), "--screenshot", str(tmp_path / "map.png"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {page}: folder '{page.parent}' does not exist\n"
    assert [path.name for path in tmp_path.iterdir()] == ["chromium"]
