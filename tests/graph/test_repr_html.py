"""In a notebook, show() displays a PartnerMap as its interactive map: the render page, with measures,
inside an iframe sandboxed to scripts only."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser

import pytest

from partnermap import load_map
from partnermap.graph.analysis.metrics import actor_metrics
from partnermap.render.browser import LAUNCH_ARGS, chromium_path
from partnermap.render.html import render_html
from partnermap.render.notebook import map_iframe
from tests.conftest import MINIMAL_MAP
from tests.missing_tools import tool_missing
from tests.render.conftest import BROWSER_MISSING, needs_chromium

HOSTILE = '"></iframe><script>parent.pwned = 1</script><iframe srcdoc="'


class _Tags(HTMLParser):
    """Every start tag of a document, with its attributes, as an HTML parser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(markup: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    return parser.tags


@pytest.fixture(scope="module")
def minimal():
    return load_map(MINIMAL_MAP)


def test_one_sandboxed_iframe_holding_the_rendered_page(minimal) -> None:
    [(tag, attributes)] = tags_of(map_iframe(minimal))
    assert tag == "iframe"
    assert attributes["sandbox"] == "allow-scripts"  # no allow-same-origin: the notebook stays out of reach
    assert attributes["title"] == "Carte d'essai"
    assert attributes["srcdoc"] == render_html(minimal, metrics=actor_metrics(minimal))


def test_the_page_in_the_iframe_carries_the_measures(minimal) -> None:
    srcdoc = tags_of(map_iframe(minimal))[0][1]["srcdoc"]
    match = re.search(r'<script type="application/json" id="partnermap-data">(.*?)</script>', srcdoc, re.DOTALL)
    data = json.loads(match.group(1))
    assert {actor["id"]: actor["metrics"] for actor in data["actors"]} == actor_metrics(minimal)


def test_hostile_names_cannot_leave_the_iframe(minimal) -> None:
    actor = replace(minimal.actors["governments"], name={"fr": HOSTILE, "en": HOSTILE})
    hostile = replace(minimal, actors={**minimal.actors, "governments": actor}, title={"fr": HOSTILE})
    markup = map_iframe(hostile)
    assert [tag for tag, _ in tags_of(markup)] == ["iframe"]
    # The only angle brackets left are the iframe's own opening and closing tags.
    assert markup.count("<") == 2 and markup.count(">") == 2 and markup.endswith('"></iframe>')
    assert unescape(tags_of(markup)[0][1]["title"]) == HOSTILE


@needs_chromium
def test_the_map_draws_inside_the_sandbox_and_cannot_reach_the_notebook(minimal, tmp_path) -> None:
    if BROWSER_MISSING:  # pragma: no cover - skipped by the mark, except under CI=true
        tool_missing(BROWSER_MISSING)
    from playwright.sync_api import sync_playwright

    notebook = tmp_path / "notebook.html"
    notebook.write_text(f"<!DOCTYPE html><html><body><h1>Notebook</h1>{map_iframe(minimal)}</body></html>",
                        encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium_path()), args=list(LAUNCH_ARGS))
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(notebook.as_uri())
            frame = page.frames[1]
            frame.wait_for_selector("canvas", timeout=15_000)
            reach = frame.evaluate("() => { try { return parent.document.title + 'open'; } "
                                   "catch (error) { return 'blocked'; } }")
            assert reach == "blocked"
            assert frame.evaluate("() => JSON.parse(document.getElementById('partnermap-data').textContent)"
                                  ".actors.length") == 4
            assert errors == []
        finally:
            browser.close()
