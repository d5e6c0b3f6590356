"""The map in a notebook: the same page, inside an iframe's srcdoc, escaped once."""

from __future__ import annotations

import html
import re
from pathlib import Path

from partnermap import load_map
from partnermap.render.html import render_html
from partnermap.render.notebook import iframe, show
from tests.conftest import MINIMAL_MAP
from tests.render.hostile import make_hostile_map


def test_iframe_holds_the_whole_page_escaped_once() -> None:
    partner_map = load_map(MINIMAL_MAP)
    frame = iframe(partner_map, height=500, language="en")
    match = re.fullmatch(r'<iframe sandbox="allow-scripts" srcdoc="([^"]*)" title="Test map" '
                         r'style="width: 100%; height: 500px; border: 1px solid #d6dae0"></iframe>', frame)
    assert match
    assert html.unescape(match.group(1)) == render_html(partner_map, language="en")


def test_hostile_title_cannot_leave_the_iframe_attributes(tmp_path: Path) -> None:
    frame = iframe(load_map(make_hostile_map(tmp_path / "hostile")))
    assert frame.count("<") == 2 and frame.startswith("<iframe ") and frame.endswith("></iframe>")


def test_show_returns_an_ipython_html_object() -> None:
    shown = show(load_map(MINIMAL_MAP), height=400)
    assert shown.data.startswith('<div><iframe sandbox="allow-scripts" srcdoc="&lt;!DOCTYPE html&gt;')
    assert shown.data.endswith("</iframe></div>")
