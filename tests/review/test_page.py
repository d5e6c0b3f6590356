"""The review page in Chromium: a curator goes through a draft with the keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from partnermap import check_map
from partnermap.cli import cli
from partnermap.graph.model.vocab import shipped_vocabulary
from tests.browser_wait import wait_until
from tests.render.conftest import browser, needs_chromium  # noqa: F401 - the fixture is used by name
from tests.review.conftest import Served, ids_of, most_linked_actor

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
    items = served.items()
    first = ids_of(items, "actor")[0]
    assert view(page)["current"] == f"actor:{first}"
    assert view(page)["progress"] == f"0 of {len(items)} reviewed"
    assert page.locator("mark").first.inner_text() == items[f"actor:{first}"]["fields"]["evidence"][0]["quote"]

    decide(page, "a")
    assert served.items()[f"actor:{first}"]["needs_review"] is False
    assert view(page)["current"] == f"actor:{ids_of(items, 'actor')[1]}"
    assert view(page)["progress"] == f"1 of {len(items)} reviewed"

    # The most linked of the actors ahead (the first one, just accepted, is behind: j only goes forward).
    rejected = most_linked_actor({key: item for key, item in items.items() if key != f"actor:{first}"})
    count = items[f"actor:{rejected}"]["links"]
    go_to(page, f"actor:{rejected}")
    press(page, "x")  # an actor with links: the page says how many go with it, a second x confirms
    assert f"{count} link(s)" in view(page)["message"]
    assert f"actor:{rejected}" in served.items()
    decide(page, "x")
    remaining = served.items()
    assert f"actor:{rejected}" not in remaining and len(remaining) == len(items) - 1 - count

    link_id = ids_of(remaining, "link")[0]
    wanted = "capacity_building" if remaining[f"link:{link_id}"]["fields"]["type"] != "capacity_building" \
        else "protection"
    number = [term.id for term in shipped_vocabulary().link_types.values()].index(wanted) + 1
    go_to(page, f"link:{link_id}")
    after = decide(page, "t", *str(number))
    assert after["mode"] is None
    assert served.items()[f"link:{link_id}"]["fields"]["type"] == wanted
    assert f"  type: {wanted}\n" in (data / "links.yaml").read_text()

    merged, target = merge_pair(remaining)
    go_to(page, f"actor:{merged}", "k")
    before_merge = {name: (data / name).read_bytes() for name in ("actors.yaml", "links.yaml")}
    press(page, "m")
    page.keyboard.type(target["fields"]["name"]["en"])
    decide(page, "Enter")
    after_merge = served.items()
    assert f"actor:{merged}" not in after_merge
    assert remaining[f"actor:{merged}"]["fields"]["name"]["en"] in after_merge[f"actor:{target['id']}"]["fields"][
        "aliases"]
    assert not any(merged in (i["fields"].get("from"), i["fields"].get("to")) for i in after_merge.values())

    decide(page, "u")
    assert {name: (data / name).read_bytes() for name in before_merge} == before_merge
    assert view(page)["current"] == f"actor:{merged}"

    assert check_map(data) == []
    result = CliRunner().invoke(cli, ["render", str(data), "-o", str(tmp_path / "map.html")])
    assert result.exit_code == 0, result.output
    assert target["fields"]["name"]["en"] in (tmp_path / "map.html").read_text()


def merge_pair(items: dict[str, dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """An actor with links, and a target whose English name picks it alone in the merge list."""
    actors = [item for item in items.values() if item["type"] == "actor"]
    merged = next(item["id"] for item in actors if item["links"] and item["needs_review"])

    def texts(item: dict[str, Any]) -> list[str]:
        return [item["id"], *item["fields"]["name"].values(), *item["fields"].get("aliases", [])]

    for target in actors:
        name = target["fields"]["name"]["en"].lower()
        others = [a for a in actors if a["id"] not in (target["id"], merged)]
        if target["id"] != merged and not any(name in text.lower() for a in others for text in texts(a)):
            return merged, target
    raise AssertionError("no actor to merge into")


def test_names_edited_in_both_languages_and_the_interface_in_french(page: Any, served: Served) -> None:
    second = ids_of(served.items(), "actor")[1]
    press(page, "j", "n")
    page.keyboard.press("Control+a")
    page.keyboard.type("Migrant·e·s")
    press(page, "Tab")
    page.keyboard.press("Control+a")
    page.keyboard.type("People on the move")
    decide(page, "Enter")
    name = served.items()[f"actor:{second}"]["fields"]["name"]
    assert (name["en"], name["fr"]) == ("Migrant·e·s", "People on the move")
    press(page, "l")
    assert view(page)["progress"] == f"0 sur {len(served.items())} vérifiés"
    assert page.locator("#item-status").inner_text() == "à vérifier"


def test_a_refused_edit_shows_the_validators_message_and_files_changed_on_disk_offer_a_reload(
        page: Any, served: Served) -> None:
    first = ids_of(served.items(), "actor")[0]
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
    assert served.items()[f"actor:{first}"]["needs_review"] is True
    press(page, "r")
    wait_until(page, "window.partnermapReview.view().banner === false")
    decide(page, "a")
    assert served.items()[f"actor:{first}"]["needs_review"] is False


def test_text_from_the_map_is_shown_as_text_never_as_html(browser: Any, served: Served) -> None:  # noqa: F811
    second = ids_of(served.items(), "actor")[1]
    hostile = "<img src=x onerror=document.title='owned'>"
    status, _ = served.call("POST", f"/api/items/actor/{second}", {"set": {"name": {"en": hostile, "fr": "<b>"}}})
    assert status == 200
    context = browser.new_context()
    opened = context.new_page()
    opened.goto(served.server.url)
    wait_until(opened, READY)
    press(opened, "j")
    assert opened.locator("#item-name").inner_text() == hostile
    assert opened.locator("img").count() == 0 and opened.locator("b").count() == 0
    assert opened.title() != "owned"
    context.close()


def test_keys_pressed_while_the_server_answers_are_not_lost(page: Any, served: Served) -> None:
    actors = ids_of(served.items(), "actor")
    press(page, "a", "a", "j", "a")  # at once: the first two actors accepted, the third skipped, the fourth accepted
    wait_until(page, "window.partnermapReview.view().decisions === 3 && !window.partnermapReview.view().busy")
    items = served.items()
    assert [items[f"actor:{actor}"]["needs_review"] for actor in actors[:5]] == [False, False, True, False, True]


def test_a_quote_is_marked_across_line_breaks_and_typographic_apostrophes(page: Any) -> None:
    found = page.evaluate("""[
        window.reviewText.findQuote("Les États d\u2019origine\\net de destination coopèrent.", "d'origine et de"),
        window.reviewText.findQuote("a (b) [c]+ d", "(b) [c]+"),
        window.reviewText.findQuote("nothing here", "absent words"),
    ]""")
    assert found == [[10, 25], [2, 10], None]


def test_kind_by_a_two_digit_number_strength_by_one_and_the_help(page: Any, served: Served) -> None:
    kinds = list(shipped_vocabulary().kinds)
    first = ids_of(served.items(), "actor")[0]
    decide(page, "d", "1", "7")
    assert served.items()[f"actor:{first}"]["fields"]["kind"] == kinds[16]
    decide(page, "d", "1")  # a first digit that may start 10-17 waits a moment, then is taken alone
    assert served.items()[f"actor:{first}"]["fields"]["kind"] == kinds[0]
    link = ids_of(served.items(), "link")[0]
    go_to(page, f"link:{link}")
    decide(page, "s", "1")
    assert served.items()[f"link:{link}"]["fields"]["strength"] == "required"
    press(page, "?")
    assert page.locator("#help").is_visible() and "undo the last decision" in page.locator("#help").inner_text()
    press(page, "Escape")
    assert not page.locator("#help").is_visible()
