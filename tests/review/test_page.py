"""The review page in Chromium: a curator goes through a draft with the keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from partnermap import check_map
from partnermap.cli import cli
from tests.browser_wait import wait_until
from tests.render.conftest import browser, needs_chromium  # noqa: F401 - the fixture is used by name
from tests.review.conftest import Served

pytestmark = needs_chromium
READY = "window.partnermapReview !== undefined && window.partnermapReview.ready === true"


@pytest.fixture
def page(browser: Any, served: Served) -> Iterator[Any]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    # Refused requests (409, 400) are logged by Chromium as failed loads: expected, not page errors.
    opened.on("console", lambda message: message.type == "error" and not message.text.startswith(
        "Failed to load resource") and errors.append(message.text))
    opened.goto(served.server.url.replace("127.0.0.1", "localhost"))
    wait_until(opened, READY)
    yield opened
    assert errors == []
    context.close()


def view(page: Any) -> dict[str, Any]:
    return page.evaluate("window.partnermapReview.view()")


def press(page: Any, *keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)


def decide(page: Any, *keys: str) -> dict[str, Any]:
    """Press the keys of one decision and wait for the server's answer to be shown."""
    before = view(page)["decisions"]
    press(page, *keys)
    wait_until(page, f"window.partnermapReview.view().decisions > {before} && !window.partnermapReview.view().busy")
    return view(page)


def go_to(page: Any, key: str, direction: str = "j") -> None:
    for _ in range(60):
        if view(page)["current"] == key:
            return
        press(page, direction)
    raise AssertionError(f"never reached {key} with {direction}")


def test_keyboard_only_accept_reject_type_merge_undo_then_the_map_validates_and_renders(
        page: Any, served: Served, tmp_path: Path) -> None:
    data = served.data_dir
    assert view(page)["current"] == "actor:global_dialogue"
    assert view(page)["progress"] == "0 of 48 reviewed"
    assert page.locator("mark").first.inner_text().startswith("International Dialogue on Migration")

    decide(page, "a")
    assert served.items()["actor:global_dialogue"]["needs_review"] is False
    assert view(page)["current"] == "actor:migrants" and view(page)["progress"] == "1 of 48 reviewed"

    press(page, "x")  # an actor with links: the page says how many go with it, a second x confirms
    assert "8 link(s)" in view(page)["message"]
    assert "actor:migrants" in served.items()
    decide(page, "x")
    items = served.items()
    assert "actor:migrants" not in items and len(items) == 48 - 1 - 8

    go_to(page, "link:countries_of_origin-host_countries-protection")
    after = decide(page, "t", "9")  # the link types' ninth: capacity_building
    assert after["mode"] is None
    assert served.items()["link:countries_of_origin-host_countries-protection"]["fields"]["type"] == "capacity_building"
    assert "  type: capacity_building\n" in (data / "links.yaml").read_text()

    go_to(page, "actor:countries_of_origin", "k")
    before_merge = {name: (data / name).read_bytes() for name in ("actors.yaml", "links.yaml")}
    press(page, "m")
    page.keyboard.type("host co")
    decide(page, "Enter")
    items = served.items()
    assert "actor:countries_of_origin" not in items
    assert "Countries of origin" in items["actor:host_countries"]["fields"]["aliases"]
    assert not any("countries_of_origin" in (i["fields"].get("from"), i["fields"].get("to")) for i in items.values())

    decide(page, "u")
    assert {name: (data / name).read_bytes() for name in before_merge} == before_merge
    assert view(page)["current"] == "actor:countries_of_origin"

    assert check_map(data) == []
    result = CliRunner().invoke(cli, ["render", str(data), "-o", str(tmp_path / "map.html")])
    assert result.exit_code == 0, result.output
    assert "Host countries" in (tmp_path / "map.html").read_text()


def test_names_edited_in_both_languages_and_the_interface_in_french(page: Any, served: Served) -> None:
    press(page, "j", "n")
    page.keyboard.press("Control+a")
    page.keyboard.type("Migrant·e·s")
    press(page, "Tab")
    page.keyboard.press("Control+a")
    page.keyboard.type("People on the move")
    decide(page, "Enter")
    assert served.items()["actor:migrants"]["fields"]["name"] == {"en": "Migrant·e·s", "fr": "People on the move"}
    press(page, "l")
    assert view(page)["progress"] == "0 sur 48 vérifiés"
    assert page.locator("#item-status").inner_text() == "à vérifier"


def test_a_refused_edit_shows_the_validators_message_and_files_changed_on_disk_offer_a_reload(
        page: Any, served: Served) -> None:
    actors = served.data_dir / "actors.yaml"
    before = actors.read_bytes()
    press(page, "n", "Control+a", "Delete", "Tab", "Control+a", "Delete")
    refused = decide(page, "Enter")  # no name in any language
    assert refused["message"] == "Refused: the map would not be valid."
    assert any("actors.yaml:" in problem and "'name'" in problem for problem in refused["problems"])
    assert actors.read_bytes() == before
    actors.write_bytes(before + b"# edited elsewhere\n")
    after = decide(page, "a")
    assert after["banner"] is True and page.locator("#banner").is_visible()
    assert served.items()["actor:global_dialogue"]["needs_review"] is True
    press(page, "r")
    wait_until(page, "window.partnermapReview.view().banner === false")
    decide(page, "a")
    assert served.items()["actor:global_dialogue"]["needs_review"] is False


def test_text_from_the_map_is_shown_as_text_never_as_html(browser: Any, served: Served) -> None:  # noqa: F811
    actors = served.data_dir / "actors.yaml"
    hostile = "<img src=x onerror=document.title='owned'>"
    actors.write_text(actors.read_text().replace("name: {en: Migrants, fr: Migrants}",
                                                 f"name: {{en: \"{hostile}\", fr: Migrants}}"))
    context = browser.new_context()
    opened = context.new_page()
    opened.goto(served.server.url)
    wait_until(opened, READY)
    press(opened, "j")
    assert opened.locator("#item-name").inner_text() == hostile
    assert opened.locator("img").count() == 0 and opened.title() != "owned"
    context.close()
