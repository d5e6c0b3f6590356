"""`partnermap render` as a user runs it: files written, options, and clear failures."""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnermap import load_map
from partnermap.cli import cli
from tests.conftest import MINIMAL_MAP, SEED_MAP
from tests.render.conftest import needs_chromium


def run(*args: str) -> object:
    return CliRunner().invoke(cli, ["render", *args])


def page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="partnermap-data">(.*?)</script>', page, re.DOTALL)
    return json.loads(match.group(1))


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


@needs_chromium
def test_screenshot_saves_a_picture_of_the_page(tmp_path: Path) -> None:
    result = run(str(MINIMAL_MAP), "-o", str(tmp_path / "map.html"), "--screenshot", str(tmp_path / "map.png"))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"wrote {tmp_path / 'map.html'} (4 actors, 3 links)",
                                          f"wrote {tmp_path / 'map.png'}"]
    assert png_size((tmp_path / "map.png").read_bytes()) == (1400, 850)


@needs_chromium
def test_screenshot_works_with_the_page_on_standard_output(tmp_path: Path) -> None:
    result = run(str(MINIMAL_MAP), "-o", "-", "--screenshot", str(tmp_path / "map.png"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert png_size((tmp_path / "map.png").read_bytes()) == (1400, 850)
    assert [path.name for path in tmp_path.iterdir()] == ["map.png"]


@needs_chromium  # without Chromium, the browser check fails first (tested above)
def test_screenshot_into_a_missing_folder_fails_before_writing_anything(tmp_path: Path) -> None:
    picture = tmp_path / "no-such-folder" / "map.png"
    result = run(str(MINIMAL_MAP), "-o", str(tmp_path / "map.html"), "--screenshot", str(picture))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {picture}: folder '{picture.parent}' does not exist\n"
    assert list(tmp_path.iterdir()) == []
