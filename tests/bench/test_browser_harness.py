"""The benchmark's Chromium harness sees vis-network's frames on partnermap's page (no timing asserted)."""

from __future__ import annotations

from pathlib import Path

from bench.browser import CHROMIUM, close_browser, measure_page, open_browser
from partnermap import load_map
from partnermap.render.html import render_html
from tests.conftest import SEED_MAP
from tests.missing_tools import needs_tool

pytestmark = needs_tool(None if Path(CHROMIUM).exists() else f"no Chromium at {CHROMIUM}")


def test_first_draw_pan_drag_and_zoom_are_all_seen(tmp_path: Path) -> None:
    page = tmp_path / "map.html"
    page.write_text(render_html(load_map(SEED_MAP)), encoding="utf-8")
    handles = open_browser()
    try:
        result = measure_page(handles, page, timeout=60)
    finally:
        close_browser(handles)
    assert set(result) == {"first_draw_ms", "pan_ms", "drag_ms", "drag_frame_ms", "zoom_ms"}
    assert all(isinstance(value, float | int) and value >= 0 for value in result.values()), result


def test_a_page_that_never_draws_is_reported_as_such(tmp_path: Path) -> None:
    page = tmp_path / "blank.html"
    page.write_text("<!doctype html><title>no map</title><p>nothing to draw</p>", encoding="utf-8")
    handles = open_browser()
    try:
        result = measure_page(handles, page, timeout=2)
    finally:
        close_browser(handles)
    assert result == {"first_draw_ms": None, "pan_ms": None, "drag_ms": None, "drag_frame_ms": None,
                      "zoom_ms": None}
