"""The reading pane in a real Chromium: sources' whole texts beside the map, every quote a <mark>,
the selected element's marks standing out, coverage counted, marks leading back to the map, and
hostile source text shown as text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from partnermap import load_map
from partnermap.textread.paragraphs import normalise
from tests.conftest import TESTS
from tests.render.conftest import OpenedPage, needs_chromium, write_pages
from tests.render.hostile import IMG, SCRIPT, make_hostile_map

pytestmark = needs_chromium

READER_MAP = TESTS / "data" / "reader"
READER = load_map(READER_MAP)
# "><svg onload=…> closes an attribute first, the way a payload breaks out of HTML built by hand.
SVG_BREAKOUT = "\"><svg onload=\"window.__pwned='svg-breakout'\">"
HOSTILE_PARAGRAPH = f"Note {IMG} then {SCRIPT} then {SVG_BREAKOUT} end."


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from partnermap.render.html import render_html

    folder = tmp_path_factory.mktemp("reader-pages")
    hostile_dir = make_hostile_map(folder / "hostile-map")
    source = hostile_dir / "sources" / "accord.en.txt"
    source.write_text(source.read_text(encoding="utf-8") + f"\n{HOSTILE_PARAGRAPH}\n", encoding="utf-8")
    written = {"reader": render_html(READER), "hostile": render_html(load_map(hostile_dir)),
               "projector": render_html(READER, theme="projector")}
    return write_pages(folder, written)




def quote_marks(page: Any, key: str) -> list[dict[str, Any]]:
    """The marks holding one quote ("link:gov-unions:0"): text, classes, box, and whether the
    point at their centre is the mark itself (drawn and not covered)."""
    return page.evaluate("""(key) => Array.from(document.querySelectorAll('#reader-text mark'))
        .filter((mark) => mark.dataset.quotes.split(' ').includes(key))
        .map((mark) => {
            const box = mark.getBoundingClientRect();
            const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            const pane = document.getElementById('reader-text').getBoundingClientRect();
            return {text: mark.textContent, chosen: mark.classList.contains('chosen'),
                    width: box.width, height: box.height, onTop: top === mark,
                    inPane: box.top >= pane.top && box.bottom <= pane.bottom,
                    para: Number(mark.closest('p').dataset.para),
                    background: getComputedStyle(mark).backgroundColor};
        })""", key)


def open_reader(opened: OpenedPage) -> None:
    opened.page.click("#reader-button")
    assert opened.view()["reader"]["open"] is True


# ---- selecting shows every quote ---------------------------------------------------------------

@pytest.mark.parametrize("kind", ["link", "actor"])
def test_selecting_each_element_marks_each_of_its_quotes_visibly(open_page: Any, kind: str) -> None:
    opened = open_page("reader")
    open_reader(opened)
    records = READER.links if kind == "link" else READER.actors
    for record in records.values():
        opened.page.evaluate("(chosen) => window.partnermap.select(chosen)", {"type": kind, "id": record.id})
        view = opened.view()
        assert view["selected"] == {"type": kind, "id": record.id}
        for index, item in enumerate(record.evidence):
            opened.page.select_option("#reader-source", item.source)
            marks = quote_marks(opened.page, f"{kind}:{record.id}:{index}")
            assert marks, (record.id, index)
            assert all(m["chosen"] and m["width"] > 0 and m["height"] > 0 for m in marks)
            assert {m["para"] for m in marks} == {item.para}
            assert normalise("".join(m["text"] for m in marks)) == normalise(item.quote)
        # The first quote is scrolled into view when the element is selected.
        opened.page.select_option("#reader-source", record.evidence[0].source)
        opened.page.evaluate("(chosen) => window.partnermap.select(chosen)", {"type": kind, "id": record.id})
        first = quote_marks(opened.page, f"{kind}:{record.id}:0")
        assert first[0]["inPane"] and first[0]["onTop"]


def test_marks_of_the_selection_stand_out_from_the_others(open_page: Any) -> None:
    opened = open_page("reader")
    open_reader(opened)
    opened.page.evaluate("window.partnermap.select({type: 'link', id: 'local-civil'})")
    chosen = quote_marks(opened.page, "link:local-civil:0")
    other = quote_marks(opened.page, "link:gov-unions:0")
    assert not any(m["chosen"] for m in other)
    assert {m["background"] for m in chosen}.isdisjoint({m["background"] for m in other})
    # Every quoted passage of the source is a mark, lightly drawn, selected or not.
    assert opened.view()["reader"]["marks"] == 11 and opened.view()["reader"]["chosenMarks"] == 3
    opened.page.evaluate("window.partnermap.select(null)")
    assert opened.view()["reader"]["chosenMarks"] == 0


def test_clicking_a_node_selects_it_and_marks_its_quotes(open_page: Any) -> None:
    opened = open_page("reader")
    open_reader(opened)
    opened.page.wait_for_timeout(200)  # the canvas was resized to sit beside the pane
    point = opened.page.evaluate("""(id) => {
        const network = window.partnermap.network;
        const dom = network.canvasToDOM(network.getPosition(id));
        const box = document.getElementById('network').getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }""", "employers")
    opened.page.mouse.click(*point)
    assert opened.view()["selected"] == {"type": "actor", "id": "employers"}
    marks = quote_marks(opened.page, "actor:employers:0")
    assert "".join(m["text"] for m in marks) == "Employers\u2019 organisations" and marks[0]["onTop"]


def test_searching_and_pressing_enter_marks_the_actors_quotes(open_page: Any) -> None:
    opened = open_page("reader")
    opened.page.keyboard.press("t")
    assert opened.view()["reader"]["open"] is True
    opened.page.fill("#search-box", "autorités")
    opened.page.press("#search-box", "Enter")
    assert [m["text"] for m in quote_marks(opened.page, "actor:local_authorities:0")] == ["Local authorities"]
    assert all(m["chosen"] for m in quote_marks(opened.page, "actor:local_authorities:0"))


def test_the_pane_shows_the_source_the_selection_quotes(open_page: Any) -> None:
    opened = open_page("reader")
    open_reader(opened)
    opened.page.select_option("#reader-source", "declaration")
    assert opened.view()["reader"]["drawnSource"] == "declaration"
    opened.page.evaluate("window.partnermap.select({type: 'link', id: 'employers-unions'})")
    assert opened.view()["reader"]["drawnSource"] == "compact"
    # An element that quotes the source shown keeps it.
    opened.page.select_option("#reader-source", "declaration")
    opened.page.evaluate("window.partnermap.select({type: 'link', id: 'gov-unions'})")
    assert opened.view()["reader"]["drawnSource"] == "declaration"
    assert [m["text"] for m in quote_marks(opened.page, "link:gov-unions:1")] == [
        "Les gouvernements", " et les syndicats coopèrent"]


# ---- coverage and languages --------------------------------------------------------------------

def test_coverage_figures_match_the_hand_count(open_page: Any) -> None:
    opened = open_page("reader")
    open_reader(opened)
    opened.page.select_option("#language-switch", "en")
    uncited = "Array.from(document.querySelectorAll('#reader-text p.uncited')).map(p => Number(p.dataset.para))"
    assert opened.page.text_content("#reader-coverage") == "3 of 6 paragraphs cited"
    assert opened.page.evaluate(uncited) == [1, 4, 6]
    numbers = opened.page.eval_on_selector_all("#reader-text .para-number", "ns => ns.map(n => n.textContent)")
    assert numbers == ["1", "2", "3", "4", "5", "6"]
    opened.page.select_option("#reader-source", "declaration")
    assert opened.page.text_content("#reader-coverage") == "1 of 4 paragraphs cited"
    assert opened.page.evaluate(uncited) == [1, 3, 4]
    opened.page.select_option("#language-switch", "fr")
    assert opened.page.text_content("#reader-coverage") == "Paragraphes cités : 1 sur 4"


def test_a_source_is_shown_in_its_own_language_and_labelled_so(open_page: Any) -> None:
    opened = open_page("reader")
    open_reader(opened)
    assert opened.page.get_attribute("#reader-text", "lang") == "en"
    assert opened.page.text_content("#reader-language") == "Texte en langue originale : English"
    opened.page.select_option("#language-switch", "en")
    assert opened.page.text_content("#reader-language") == "Text in its original language: English"
    assert opened.page.text_content("#reader-heading") == "Source texts"
    opened.page.select_option("#reader-source", "declaration")
    assert opened.page.get_attribute("#reader-text", "lang") == "fr"
    assert opened.page.text_content("#reader-language") == "Text in its original language: Français"
    # The text itself is never translated: the French paragraph stays French in the English interface.
    assert "Les gouvernements et les syndicats" in opened.page.text_content("#reader-text")


# ---- from text to map --------------------------------------------------------------------------

def test_clicking_a_mark_selects_its_link(open_page: Any) -> None:
    opened = open_page("reader")
    open_reader(opened)
    # " to share information on recruitment fees" is quoted by one link only.
    opened.page.click('#reader-text mark[data-quotes="link:employers-unions:0"]')
    assert opened.view()["selected"] == {"type": "link", "id": "employers-unions"}
    assert opened.page.text_content("#panel").count("Employers' organisations and trade unions agree") == 1


def test_a_passage_several_elements_cite_offers_a_chooser(open_page: Any) -> None:
    opened = open_page("reader")
    open_reader(opened)
    shared = '#reader-text p[data-para="2"] mark[data-quotes~="actor:trade_unions:0"]'
    opened.page.click(shared)
    assert opened.page.is_visible("#reader-chooser")
    choices = opened.page.eval_on_selector_all("#reader-chooser button", "bs => bs.map(b => b.textContent)")
    assert choices == ["Gouvernements", "Syndicats", "Gouvernements — Syndicats (Dialogue social)"]
    opened.page.click("#reader-chooser button >> nth=2")
    assert opened.view()["selected"] == {"type": "link", "id": "gov-unions"}
    assert not opened.page.is_visible("#reader-chooser")


def test_a_keyboard_user_goes_from_a_mark_to_the_map(open_page: Any) -> None:
    opened = open_page("reader")
    open_reader(opened)
    opened.page.focus('#reader-text mark[data-quotes="actor:local_authorities:0"]')
    opened.page.keyboard.press("Enter")
    assert opened.view()["selected"] == {"type": "actor", "id": "local_authorities"}
    opened.page.focus('#reader-text p[data-para="2"] mark[data-quotes~="actor:trade_unions:0"]')
    opened.page.keyboard.press(" ")
    assert opened.page.evaluate("document.activeElement.closest('#reader-chooser') !== null")
    opened.page.keyboard.press("Tab")
    opened.page.keyboard.press("Enter")
    assert opened.view()["selected"] == {"type": "actor", "id": "trade_unions"}


def test_read_in_context_opens_the_pane_at_the_quote(open_page: Any) -> None:
    opened = open_page("reader")
    opened.page.evaluate("window.partnermap.select({type: 'link', id: 'gov-unions'})")
    assert opened.view()["reader"]["open"] is False  # the pane waits to be asked for
    buttons = opened.page.locator("#panel .read-in-context")
    assert buttons.count() == 2
    buttons.nth(1).click()
    view = opened.view()["reader"]
    assert view["open"] and view["drawnSource"] == "declaration"
    focused = opened.page.evaluate("document.activeElement.dataset.quotes")
    assert "link:gov-unions:1" in focused.split(" ")


def test_the_pane_opens_wide_and_closes(open_page: Any) -> None:
    opened = open_page("reader")
    open_reader(opened)
    area = opened.page.evaluate("document.getElementById('canvas-area').getBoundingClientRect().width")
    narrow = opened.page.evaluate("document.getElementById('reader').getBoundingClientRect().width")
    assert narrow <= area / 2 + 1
    network = opened.page.evaluate("document.getElementById('network').getBoundingClientRect().width")
    assert network >= area / 2 - 1  # the map stays beside the pane, at least half the area
    opened.page.click("#reader-wide")
    assert opened.page.evaluate("document.getElementById('reader').getBoundingClientRect().width") == area
    opened.page.click("#reader-close")
    assert not opened.page.is_visible("#reader") and opened.view()["reader"]["open"] is False


# ---- safety and the workshop -------------------------------------------------------------------

def test_hostile_source_text_is_shown_as_text_and_runs_nothing(open_page: Any) -> None:
    opened = open_page("hostile")
    open_reader(opened)
    opened.page.wait_for_timeout(300)
    paragraphs = opened.page.eval_on_selector_all("#reader-text p", "ps => ps.map(p => p.textContent)")
    assert paragraphs[-1] == "5" + HOSTILE_PARAGRAPH
    assert opened.page.evaluate("window.__pwned") is None
    assert opened.page.evaluate("document.querySelectorAll('#reader img, #reader svg, #reader script').length") == 0
    # The hostile quote of paragraph 4 is a mark too, and selecting it changes nothing of that.
    opened.page.evaluate("window.partnermap.select({type: 'actor', id: 'trade_unions'})")
    assert any(SCRIPT in text for text in opened.page.eval_on_selector_all(
        "#reader-text mark.chosen", "ms => ms.map(m => m.textContent)"))
    assert opened.page.evaluate("window.__pwned") is None
    assert opened.requests == [opened.url] and opened.errors == []


def test_workshop_shows_a_steps_quotes_in_their_paragraph_paged_like_the_quotes(open_page: Any) -> None:
    opened = open_page("reader")
    opened.page.keyboard.press("w")
    opened.page.keyboard.press("ArrowRight")
    _next_link(opened)  # the step's first link alone
    assert opened.page.eval_on_selector_all("#caption blockquote.in-context", "bs => bs.length") == 0
    assert "c: " in opened.page.text_content("#caption") or "c : " in opened.page.text_content("#caption")
    opened.page.keyboard.press("c")
    assert opened.view()["inContext"] is True
    blocks = opened.page.eval_on_selector_all("#caption blockquote.in-context", """bs => bs.map(b => ({
        text: b.textContent, mark: b.querySelector('mark').textContent,
        size: parseFloat(getComputedStyle(b).fontSize)}))""")
    paragraphs = {source["id"]: source for source in _source_texts()}
    link = READER.links["gov-unions"]
    assert [b["text"] for b in blocks] == [paragraphs[e.source]["paragraphs"][e.para - 1] for e in link.evidence]
    assert [normalise(b["mark"]) for b in blocks] == [normalise(e.quote) for e in link.evidence]
    assert all(b["size"] >= 20 for b in blocks)
    _next_link(opened)  # the next link: its quotes, in their paragraphs
    blocks = opened.page.eval_on_selector_all("#caption blockquote.in-context mark", "ms => ms.map(m => m.textContent)")
    assert [re.sub(r"\s+", " ", text) for text in blocks] == [
        "Employers\u2019 organisations and trade unions agree to share information on recruitment fees"]


def _next_link(opened: Any) -> None:
    """↓ until the caption shows the step's next link: first come the pages of quotes that did not fit."""
    link = opened.view()["stepLink"]
    for _ in range(40):
        opened.page.keyboard.press("ArrowDown")
        if opened.view()["stepLink"] != link:
            return
    raise AssertionError("↓ never reached the next link")


def _source_texts() -> list[dict[str, Any]]:
    from partnermap.render.source_texts import source_texts

    return source_texts(READER)


def test_a_projector_page_keeps_the_pane_out_of_the_way(open_page: Any) -> None:
    opened = open_page("projector")
    assert opened.view()["workshop"] is True
    assert not opened.page.is_visible("#reader-button")
    opened.page.keyboard.press("t")
    assert opened.view()["reader"]["open"] is False and not opened.page.is_visible("#reader")
