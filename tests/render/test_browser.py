"""The rendered map in a real Chromium: offline, drawn, searchable, filterable, bilingual, workshop-ready,
and inert when the map's texts carry HTML or script."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from partnermap import load_map
from partnermap.graph.output.layout import layout_positions
from partnermap.render.html import render_html
from tests.browser_wait import wait_until
from tests.conftest import SEED_MAP
from tests.render.conftest import needs_chromium, write_pages
from tests.render.hostile import HOSTILE_NAME_EN, HOSTILE_NAME_FR, HOSTILE_QUOTE, IMG, SCRIPT, make_hostile_map

pytestmark = needs_chromium

SEED = load_map(SEED_MAP)
KIND_LABELS_FR = [term.label["fr"] for term in SEED.vocabulary.kinds.values()
                  if term.id in {actor.kind for actor in SEED.actors.values()}]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed map rendered a few ways, and the hostile map, written once for the module."""
    folder = tmp_path_factory.mktemp("pages")
    metrics = {actor_id: {"degree": 2, "weighted_degree": 7.5, "betweenness": 0.125, "pagerank": 0.0333,
                          "community": 1} for actor_id in SEED.actors}
    hostile = load_map(make_hostile_map(folder / "hostile-map"))
    written = {
        "seed": render_html(SEED),
        "metrics": render_html(SEED, metrics=metrics),
        "projector": render_html(SEED, theme="projector"),
        "no-tour": render_html(replace(SEED, tour=())),
        "physics": render_html(SEED, physics=True),
        "hostile": render_html(hostile),
    }
    return write_pages(folder, written)




def screen_point(page: Any, actor_id: str) -> tuple[float, float]:
    """Where an actor is drawn, in page coordinates."""
    point = page.evaluate("""(id) => {
        const network = window.partnermap.network;
        const dom = network.canvasToDOM(network.getPosition(id));
        const box = document.getElementById('network').getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }""", actor_id)
    return point[0], point[1]


def texts(page: Any, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "nodes => nodes.map(node => node.textContent)")


# ---- offline and drawn -------------------------------------------------------------------------

def test_page_requests_nothing_and_logs_no_error(open_page: Any) -> None:
    seed = open_page("seed")
    seed.page.keyboard.press("w")
    seed.page.keyboard.press("ArrowRight")
    seed.page.wait_for_timeout(500)
    assert seed.requests == [seed.url]
    assert seed.routed == [] and seed.errors == []


def test_content_security_policy_blocks_connections_even_from_script(open_page: Any) -> None:
    seed = open_page("seed", expect_errors=True)  # the browser logs each blocked request
    outcome = seed.page.evaluate("""async () => {
        const image = new Image();
        image.src = 'https://example.org/tracker.png';
        try { await fetch('https://example.org/data.json'); return 'fetched'; }
        catch (error) { return 'blocked'; }
    }""")
    seed.page.wait_for_timeout(300)
    assert outcome == "blocked"
    # Chromium lists the image request, but the policy stops it before it reaches the network.
    assert seed.routed == []
    assert set(seed.requests) <= {seed.url, "https://example.org/tracker.png"}
    assert seed.failures.get("https://example.org/tracker.png", "csp") == "csp"
    assert any("Content Security Policy" in error for error in seed.errors)


def test_graph_is_drawn_with_every_actor_at_its_computed_position(open_page: Any) -> None:
    seed = open_page("seed")
    assert seed.page.evaluate("window.partnermap.nodes.length") == 30
    assert seed.page.evaluate("window.partnermap.edges.length") == 53
    painted = seed.page.evaluate("""() => {
        const canvas = document.querySelector('#network canvas');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let count = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) count++;
        return count;
    }""")
    assert painted > 5000
    drawn = seed.page.evaluate("""() => Object.fromEntries(Object.entries(window.partnermap.network.body.nodes)
        .map(([id, node]) => [id, {x: node.x, y: node.y}]))""")
    # vis-network keeps whole pixels (it parseInt()s positions): the same truncation as int().
    for actor_id, (x, y) in layout_positions(SEED).items():
        assert drawn[actor_id] == {"x": int(x), "y": int(y)}


def test_legend_lists_every_kind_present_and_can_be_hidden(open_page: Any) -> None:
    seed = open_page("seed")
    assert texts(seed.page, "#legend-body .legend-part:first-child li") == KIND_LABELS_FR
    types_present = [t.label["fr"] for t in SEED.vocabulary.link_types.values()
                     if t.id in {link.type for link in SEED.links.values()}]
    assert texts(seed.page, "#legend-body .legend-part:nth-child(2) li") == types_present
    assert seed.page.is_visible("#legend")
    seed.page.click("#legend-button")
    assert not seed.page.is_visible("#legend")
    seed.page.keyboard.press("l")
    assert seed.page.is_visible("#legend")


# ---- search, filters, panel --------------------------------------------------------------------

def test_search_finds_an_actor_by_a_french_and_an_english_substring(open_page: Any) -> None:
    seed = open_page("seed")
    seed.page.fill("#search-box", "syndic")
    assert seed.view()["matches"] == ["trade_unions"]
    assert texts(seed.page, "#search-results li") == ["Syndicats de travailleurs"]
    assert seed.view()["emphasised"]["actors"] == ["trade_unions"]
    seed.page.fill("#search-box", "UNIONS")
    assert "trade_unions" in seed.view()["matches"]
    seed.page.fill("#search-box", "societe civile")  # accents and case do not matter
    assert seed.view()["matches"] == ["civil_society"]
    seed.page.fill("#search-box", "zzzz")
    assert seed.page.text_content("#search-status") == "Aucun acteur ne correspond à « zzzz »"
    seed.page.fill("#search-box", "syndic")
    seed.page.press("#search-box", "Enter")
    assert seed.view()["selected"] == {"type": "actor", "id": "trade_unions"}


def test_kind_filter_hides_actors_and_their_links_and_counts_follow(open_page: Any) -> None:
    seed = open_page("seed")
    assert seed.page.text_content("#shown-actors") == "Acteurs affichés : 30 sur 30"
    assert seed.page.text_content("#shown-links") == "Partenariats affichés : 53 sur 53"
    seed.page.uncheck('fieldset[data-filter="kind"] input[value="trade_union"]')
    union_links = [i for i, link in SEED.links.items() if "trade_unions" in (link.from_actor, link.to_actor)]
    view = seed.view()
    assert "trade_unions" not in view["visibleActors"] and len(view["visibleActors"]) == 29
    assert not set(union_links) & set(view["visibleLinks"])
    assert seed.page.evaluate("window.partnermap.nodes.get('trade_unions').hidden") is True
    assert seed.page.text_content("#shown-actors") == "Acteurs affichés : 29 sur 30"
    assert seed.page.text_content("#shown-links") == f"Partenariats affichés : {53 - len(union_links)} sur 53"
    assert seed.page.text_content('[data-count="kind:trade_union"]') == "0"


def test_only_one_link_type_keeps_just_its_links_and_actors(open_page: Any) -> None:
    seed = open_page("seed")
    row = seed.page.locator('fieldset[data-filter="type"] .filter-row', has_text="Renforcement des capacités")
    row.hover()
    row.locator(".only-button").click()
    capacity = [i for i, link in SEED.links.items() if link.type == "capacity_building"]
    actors = {end for i in capacity for end in (SEED.links[i].from_actor, SEED.links[i].to_actor)}
    view = seed.view()
    assert view["visibleLinks"] == capacity
    assert set(view["visibleActors"]) == actors
    assert seed.page.text_content("#shown-links") == f"Partenariats affichés : {len(capacity)} sur 53"
    assert seed.page.text_content('[data-count="type:capacity_building"]') == str(len(capacity))
    seed.page.click("#show-all-button")
    assert len(seed.view()["visibleLinks"]) == 53


def test_clicking_an_actor_shows_its_evidence_and_highlights_its_neighbours(open_page: Any) -> None:
    seed = open_page("seed")
    seed.page.mouse.click(*screen_point(seed.page, "trade_unions"))
    assert seed.view()["selected"] == {"type": "actor", "id": "trade_unions"}
    assert seed.page.text_content("#panel h2") == "Syndicats de travailleurs"
    actor = SEED.actors["trade_unions"]
    assert texts(seed.page, "#panel .evidence blockquote") == [e.quote for e in actor.evidence]
    assert texts(seed.page, "#panel .evidence cite")[0].endswith(f"— § {actor.evidence[0].para}")
    neighbours = {"trade_unions"} | {end for link in SEED.links.values()
                                     if "trade_unions" in (link.from_actor, link.to_actor)
                                     for end in (link.from_actor, link.to_actor)}
    assert set(seed.view()["emphasised"]["actors"]) == neighbours


def test_clicking_a_link_shows_its_summary_and_evidence(open_page: Any) -> None:
    seed = open_page("seed")
    # The middle of a straight link that nothing else covers.
    found = seed.page.evaluate("""() => {
        const network = window.partnermap.network;
        const box = document.getElementById('network').getBoundingClientRect();
        for (const edge of window.partnermap.edges.get()) {
            if (edge.smooth.enabled) continue;
            const a = network.getPosition(edge.from), b = network.getPosition(edge.to);
            const dom = network.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
            if (network.getNodeAt(dom) === undefined && network.getEdgeAt(dom) === edge.id) {
                return [edge.id, box.left + dom.x, box.top + dom.y];
            }
        }
        return null;
    }""")
    assert found is not None
    link_id, x, y = found
    seed.page.mouse.click(x, y)
    link = SEED.links[link_id]
    assert seed.view()["selected"] == {"type": "link", "id": link_id}
    if link.summary:
        assert seed.page.text_content("#panel .summary") == link.summary["fr"]
    assert texts(seed.page, "#panel .evidence blockquote") == [e.quote for e in link.evidence]


def test_panel_shows_metrics_when_given(open_page: Any) -> None:
    seed = open_page("metrics")
    seed.page.evaluate("window.partnermap.select({type: 'actor', id: 'governments'})")
    cells = seed.page.eval_on_selector_all(
        "#panel dd[data-metric]", "cells => cells.map(cell => [cell.dataset.metric, cell.textContent])")
    assert cells == [["degree", "2"], ["weighted_degree", "7.500"], ["betweenness", "0.125"],
                     ["pagerank", "0.033"], ["community", "1"]]
    assert "Indicateurs de réseau" in texts(seed.page, "#panel h3")


# ---- language ----------------------------------------------------------------------------------

def test_language_switch_changes_labels_legend_and_words(open_page: Any) -> None:
    seed = open_page("seed")
    seed.page.evaluate("window.partnermap.select({type: 'actor', id: 'trade_unions'})")
    seed.page.select_option("#language-switch", "en")
    assert seed.page.evaluate("window.partnermap.nodes.get('trade_unions').label") == "Workers' unions"
    assert seed.page.text_content("#panel h2") == "Workers' unions"
    kinds_en = [term.label["en"] for term in SEED.vocabulary.kinds.values()
                if term.id in {actor.kind for actor in SEED.actors.values()}]
    assert texts(seed.page, "#legend-body .legend-part:first-child li") == kinds_en
    assert seed.page.get_attribute("#search-box", "placeholder") == "Name in French or English…"
    assert seed.page.text_content("#workshop-button") == "Workshop mode"
    assert seed.page.title() == SEED.title["en"]
    assert seed.page.text_content("#shown-actors") == "Actors shown: 30 of 30"
    assert seed.page.evaluate("document.documentElement.lang") == "en"


# ---- workshop mode -----------------------------------------------------------------------------

def test_workshop_mode_raises_contrast_hides_panels_and_steps_through_the_tour(open_page: Any) -> None:
    seed = open_page("seed")
    seed.page.keyboard.press("w")
    assert seed.page.evaluate("document.body.dataset.theme") == "projector"
    assert not seed.page.is_visible("#sidebar") and not seed.page.is_visible("#panel")
    assert seed.page.is_visible("#caption")
    assert seed.page.evaluate("window.partnermap.network.body.nodes.governments.options.font.size") == 30
    seed.page.keyboard.press("ArrowRight")
    first = SEED.tour[0]
    assert seed.view()["step"] == 0
    assert seed.view()["emphasised"]["links"] == sorted(first.links)
    assert seed.page.text_content("#caption .caption-title") == first.title["fr"]
    quote = SEED.links[first.links[0]].evidence[0].quote
    assert quote in texts(seed.page, "#caption .evidence blockquote")
    assert seed.page.evaluate("getComputedStyle(document.querySelector('#caption blockquote')).fontSize") == "23px"
    seed.page.keyboard.press("ArrowRight")
    assert seed.page.text_content("#caption .caption-title") == SEED.tour[1].title["fr"]
    for _ in range(40):  # ↓ pages through the step's quotes that did not fit, then
        seed.page.keyboard.press("ArrowDown")
        if seed.view()["stepLink"] >= 0:
            break
    assert seed.view()["emphasised"]["links"] == [SEED.tour[1].links[0]]  # one link of the step at a time
    seed.page.keyboard.press("ArrowLeft")
    assert seed.view()["step"] == 0
    seed.page.keyboard.press("Escape")
    assert seed.page.evaluate("document.body.dataset.theme") == "light"
    assert seed.page.is_visible("#sidebar") and not seed.page.is_visible("#caption")


def test_projector_theme_opens_in_workshop_mode(open_page: Any) -> None:
    projector = open_page("projector")
    assert projector.page.evaluate("document.body.classList.contains('workshop')") is True
    projector.page.keyboard.press("ArrowRight")
    assert projector.view()["step"] == 0
    assert projector.errors == []


def test_physics_option_lets_the_layout_settle_from_the_computed_positions(open_page: Any) -> None:
    page = open_page("physics")
    assert page.page.evaluate("window.partnermap.network.physics.options.enabled") is True
    wait_until(page.page, "window.partnermap.network.physics.stabilized === true")
    assert page.errors == [] and page.requests == [page.url]


def test_without_a_tour_workshop_steps_through_link_types(open_page: Any) -> None:
    page = open_page("no-tour")
    page.page.click("#workshop-button")
    page.page.keyboard.press(" ")  # a presenter's clicker sends Space or PageDown
    types = [t for t in SEED.vocabulary.link_types.values() if t.id in {link.type for link in SEED.links.values()}]
    assert page.view()["workshop"] is True
    assert page.page.text_content("#caption .caption-title") == types[0].label["fr"]
    assert page.view()["emphasised"]["links"] == sorted(i for i, link in SEED.links.items()
                                                       if link.type == types[0].id)
    page.page.keyboard.press("PageDown")
    assert page.page.text_content("#caption .caption-title") == types[1].label["fr"]
    assert page.page.text_content("#caption .caption-step") == f"Étape 2 sur {len(types)}"


# ---- export --------------------------------------------------------------------------------------

def test_png_export_downloads_the_current_view(open_page: Any, tmp_path: Path) -> None:
    seed = open_page("seed")
    with seed.page.expect_download() as download:
        seed.page.click("#export-button")
    saved = tmp_path / "view.png"
    download.value.save_as(saved)
    data = saved.read_bytes()
    assert download.value.suggested_filename == "partnermap.png"
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert seed.requests == [seed.url]


# ---- hostile data --------------------------------------------------------------------------------

def test_hostile_texts_are_shown_as_text_and_run_nothing(open_page: Any) -> None:
    hostile = open_page("hostile")
    page = hostile.page
    assert page.title() == "Carte " + IMG
    assert page.text_content("#map-title") == "Carte " + IMG
    page.fill("#search-box", "syndicats")
    assert texts(page, "#search-results li") == [HOSTILE_NAME_FR]
    page.press("#search-box", "Enter")
    assert page.text_content("#panel h2") == HOSTILE_NAME_FR
    assert HOSTILE_QUOTE in texts(page, "#panel .evidence blockquote")
    page.wait_for_timeout(600)  # the view glides to the actor
    x, y = screen_point(page, "trade_unions")
    page.mouse.move(x - 3, y - 3)
    page.mouse.move(x, y)  # vis-network's tooltip
    page.wait_for_selector("div.vis-tooltip", state="visible")
    # innerText turns line breaks into <br>; nothing else may appear inside the tooltip.
    assert set(page.evaluate("[...document.querySelectorAll('div.vis-tooltip *')].map(e => e.tagName)")) <= {"BR"}
    assert page.text_content("div.vis-tooltip").startswith(HOSTILE_NAME_FR)
    page.select_option("#language-switch", "en")
    assert page.text_content("#panel h2") == HOSTILE_NAME_EN
    page.keyboard.press("Escape")
    page.keyboard.press("w")
    page.keyboard.press("ArrowRight")
    assert page.text_content("#caption .caption-title") == "Step " + IMG
    assert "Kind " + SCRIPT in texts(page, "#legend li")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, a[href]').length") == 0
    assert page.evaluate("document.querySelectorAll('svg [onload], [onerror], [onclick]').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert hostile.dialogs == [] and hostile.errors == []
    assert hostile.requests == [hostile.url]
