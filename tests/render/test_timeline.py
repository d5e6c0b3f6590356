"""The timeline in a real Chromium: the map as it stood at each source's date, new links drawn thick,
a link's panel naming the documents that state it, from the slider and from the keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from partnermap import load_map
from tests.conftest import REPOSITORY, TESTS
from tests.render.conftest import OpenedPage, needs_chromium, write_pages

pytestmark = needs_chromium

TIMELINE_MAP = TESTS / "data" / "timeline"  # 2006, 2013, 2018: see its map.yaml
ALL_LINKS = ["private-remittances", "unions-dialogue", "iom-gov-capacity", "iom-private-knowledge"]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from partnermap.render.html import render_html

    folder = tmp_path_factory.mktemp("timeline-pages")
    written = {"timeline": render_html(load_map(TIMELINE_MAP)),
               "one-date": render_html(load_map(REPOSITORY / "data"))}
    return write_pages(folder, written)




def slide_to(page: OpenedPage, index: int) -> None:
    page.page.evaluate("""(index) => {
        const slider = document.getElementById("timeline");
        slider.value = String(index);
        slider.dispatchEvent(new Event("input", {bubbles: true}));
    }""", index)


def timeline_view(page: OpenedPage) -> dict[str, Any]:
    return page.page.evaluate("partnermapModules.timelineView()")


def test_the_slider_has_a_stop_per_date_and_opens_on_the_whole_map(open_page: Any) -> None:
    page = open_page("timeline")
    slider = page.page.locator("input[type=range]#timeline")
    assert (slider.get_attribute("min"), slider.get_attribute("max"), slider.input_value()) == ("0", "2", "2")
    assert page.page.locator("#timeline-stops li").all_text_contents() == ["2006", "2013", "2018"]
    assert page.page.text_content("#timeline-label") == "Map as it stood on 2018-12-19"
    assert page.page.text_content("#timeline-documents") == "Compact 2018"
    assert page.view()["visibleLinks"] == ALL_LINKS


def test_at_the_first_date_links_quoted_only_later_are_hidden(open_page: Any) -> None:
    page = open_page("timeline")
    slide_to(page, 0)
    view = page.view()
    assert view["visibleLinks"] == ["private-remittances", "unions-dialogue"]
    assert view["visibleActors"] == ["governments", "private_sector", "trade_unions"]
    assert page.page.evaluate("partnermap.edges.get('iom-gov-capacity').hidden") is True
    assert page.page.evaluate("partnermap.nodes.get('iom').hidden") is True
    assert page.page.text_content("#timeline-documents") == "Round table 2006"
    assert "2006-09-15" in page.page.locator("#timeline").get_attribute("aria-valuetext")
    slide_to(page, 1)
    assert page.view()["visibleLinks"] == ["private-remittances", "unions-dialogue", "iom-private-knowledge"]
    assert "iom" in page.view()["visibleActors"]


def test_links_new_at_the_chosen_date_stand_out(open_page: Any) -> None:
    page = open_page("timeline")
    widths = page.page.evaluate("Object.fromEntries(partnermap.edges.get().map((e) => [e.id, e.width]))")
    slide_to(page, 1)
    assert timeline_view(page)["newLinks"] == ["iom-private-knowledge"]
    assert page.page.text_content("#timeline-new") == "1 new link(s) at this date, drawn thick"
    fresh = page.page.evaluate("partnermap.edges.get('iom-private-knowledge')")
    old = page.page.evaluate("partnermap.edges.get('private-remittances')")
    assert fresh["width"] > widths["iom-private-knowledge"] * 2 and fresh["shadow"]["enabled"] is True
    assert old["width"] == widths["private-remittances"] and old["shadow"]["enabled"] is False
    slide_to(page, 2)
    assert page.page.evaluate("partnermap.edges.get('iom-private-knowledge').shadow.enabled") is False


def test_a_links_panel_lists_the_documents_stating_it_in_date_order(open_page: Any) -> None:
    page = open_page("timeline")
    page.page.evaluate("partnermap.select({type: 'link', id: 'private-remittances'})")
    items = page.page.locator("#panel .stated-by li").all_text_contents()
    assert items == ["stated 2006 — Round table 2006 (2006-09-15)", "restated 2013 — Declaration 2013 (2013-10-03)"]
    page.page.evaluate("partnermap.select({type: 'link', id: 'iom-private-knowledge'})")
    # Its evidence quotes 2018 first: the panel follows the dates, not the file.
    assert page.page.locator("#panel .stated-by li strong").all_text_contents() == ["stated 2013", "restated 2018"]


def test_the_keyboard_steps_through_the_documents(open_page: Any) -> None:
    page = open_page("timeline")
    page.page.focus("#timeline")
    page.page.keyboard.press("ArrowLeft")  # the slider's own keys
    assert page.page.locator("#timeline").input_value() == "1"
    assert page.view()["visibleLinks"] == ["private-remittances", "unions-dialogue", "iom-private-knowledge"]
    page.page.evaluate("document.activeElement.blur()")
    page.page.keyboard.press("Shift+ArrowLeft")
    assert timeline_view(page)["index"] == 0
    page.page.keyboard.press("Shift+ArrowRight")
    page.page.keyboard.press("Shift+ArrowRight")
    assert timeline_view(page)["index"] == 2 and page.view()["visibleLinks"] == ALL_LINKS


def test_in_workshop_mode_right_arrow_goes_on_through_the_documents_after_the_tour(open_page: Any) -> None:
    page = open_page("timeline")
    page.page.keyboard.press("w")
    steps = len(page.view()["steps"])
    for _ in range(steps):
        page.page.keyboard.press("ArrowRight")
    assert page.view()["step"] == steps - 1 and timeline_view(page)["index"] == 2
    page.page.keyboard.press("ArrowRight")  # past the tour: the first document
    assert (timeline_view(page)["index"], page.view()["visibleLinks"]) == (0, ["private-remittances",
                                                                             "unions-dialogue"])
    page.page.keyboard.press("ArrowRight")
    assert timeline_view(page)["date"] == "2013-10-03"
    page.page.keyboard.press("ArrowLeft")
    page.page.keyboard.press("ArrowLeft")  # back before the first document: the whole map again
    assert timeline_view(page)["index"] == 2 and timeline_view(page)["walking"] is False
    assert page.view()["step"] == steps - 1


def test_a_map_of_one_date_has_no_timeline(open_page: Any) -> None:
    page = open_page("one-date")
    assert page.page.locator("#timeline").count() == 0
    assert page.page.evaluate("partnermapModules.timelineView()") is None


def test_render_at_a_date_draws_the_map_as_it_stood(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from partnermap.cli import cli

    result = CliRunner().invoke(cli, ["render", str(TIMELINE_MAP), "--at", "2013-12-31",
                                      "-o", str(tmp_path / "a.html")])
    assert result.exit_code == 0, result.output
    assert "(4 actors, 3 links)" in result.output
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "Compact 2018" not in page and "Declaration 2013" in page
    early = CliRunner().invoke(cli, ["render", str(TIMELINE_MAP), "--at", "2001-01-01", "-o", str(tmp_path / "b.html")])
    assert early.exit_code == 2
    assert "2001-01-01 is before the map's first source (2006-09-15): nothing to show" in early.output
    assert not (tmp_path / "b.html").exists()
