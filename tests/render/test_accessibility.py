"""The page for every reader: no WCAG 2.1 A/AA violation that axe-core finds, in the light page and
in workshop mode; every actor and partnership reachable and readable with the keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from partnermap import load_map
from partnermap.render.html import render_html
from tests.browser_wait import wait_until
from tests.conftest import SEED_MAP
from tests.render.conftest import needs_chromium
from tests.render.readability import settle

pytestmark = needs_chromium

AXE = Path(__file__).parents[1] / "js" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SEED = load_map(SEED_MAP)


@pytest.fixture(scope="module")
def page_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("a11y") / "map.html"
    path.write_text(render_html(SEED), encoding="utf-8")
    return path


@pytest.fixture
def audited(browser: Any, page_path: Path) -> Iterator[Any]:
    """The page, in a context that lets the test add axe-core (the page's own policy would refuse it)."""
    if not AXE.is_file():
        pytest.skip(f"axe-core is not installed: npm ci in {AXE.parents[2]}")
    context = browser.new_context(viewport={"width": 1400, "height": 850}, bypass_csp=True)
    page = context.new_page()
    page.goto(page_path.resolve().as_uri())
    wait_until(page, "window.partnermap !== undefined && window.partnermap.ready === true")
    settle(page)
    page.add_script_tag(path=str(AXE))
    yield page
    context.close()


def violations(page: Any) -> list[str]:
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA)
    return [f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']][:3]})" for v in result["violations"]]


def test_light_page_has_no_wcag_violation(audited: Any) -> None:
    assert violations(audited) == []


def test_workshop_mode_has_no_wcag_violation(audited: Any) -> None:
    """Before: the legend region could not take keyboard focus in workshop mode."""
    audited.keyboard.press("w")
    settle(audited)
    assert audited.evaluate("window.partnermap.view().workshop") is True
    assert violations(audited) == []
    audited.keyboard.press("ArrowRight")
    settle(audited)
    assert violations(audited) == []


def test_a_links_evidence_is_reached_with_the_keyboard_alone(browser: Any, page_path: Path) -> None:
    """Tab to the list view, open it, Tab to a partnership, Enter: the panel shows its quotes."""
    link_id = SEED.tour[0].links[0]
    link = SEED.links[link_id]
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    try:
        page.goto(page_path.resolve().as_uri())
        wait_until(page, "window.partnermap !== undefined && window.partnermap.ready === true")
        focused = "(() => { const a = document.activeElement; return a ? a.dataset.link || a.id || a.tagName : ''; })()"
        for _ in range(200):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.closest('#list-view') !== null"):
                break
        assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
        page.keyboard.press("Enter")  # opens the list
        for _ in range(200):
            page.keyboard.press("Tab")
            if page.evaluate(focused) == link_id:
                break
        assert page.evaluate(focused) == link_id
        page.keyboard.press("Enter")
        assert page.evaluate("window.partnermap.view().selected") == {"type": "link", "id": link_id}
        quotes = page.eval_on_selector_all("#panel .evidence blockquote", "qs => qs.map((q) => q.textContent)")
        assert quotes == [evidence.quote for evidence in link.evidence]
        # Every shown actor and partnership has its entry.
        assert page.eval_on_selector_all("#list-view-body [data-actor]", "bs => bs.length") == len(SEED.actors)
        assert page.eval_on_selector_all("#list-view-body [data-link]", "bs => bs.length") == len(SEED.links)
    finally:
        context.close()
