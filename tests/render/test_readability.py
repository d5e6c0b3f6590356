"""The map reads at a glance and from the back of the room, measured in Chromium (readability.py):
labels large enough on screen at the view the page opens in, none overlapping another label or an
actor, the map taking most of the window, and a workshop step's quotes paged rather than clipped.
On the bundled map and on drafts that `partnermap extract` makes from the test documents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from partnermap import load_map
from partnermap.cli import cli
from partnermap.render.html import render_html
from tests.conftest import SEED_MAP
from tests.render.conftest import OpenedPage, needs_chromium
from tests.render.readability import Readability, measure, settle

pytestmark = needs_chromium

LAPTOP = {"width": 1400, "height": 850}
PROJECTOR = {"width": 1920, "height": 1080}
DRAFTS = ("fr-atelier-main-doeuvre", "en-round-table-protection")
EXTRACT_DATA = Path(__file__).parents[1] / "data" / "extract"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed map and two drafts, each rendered in the light and the projector theme."""
    folder = tmp_path_factory.mktemp("readability")
    maps = {"seed": load_map(SEED_MAP)}
    for document in DRAFTS:
        sources = sorted(str(path) for path in (EXTRACT_DATA / document / "sources").glob("*.txt"))
        result = CliRunner().invoke(cli, ["extract", *sources, "-o", str(folder / document)])
        assert result.exit_code == 0, result.output
        maps[document] = load_map(folder / document)
    paths = {}
    for name, partner_map in maps.items():
        for theme in ("light", "projector"):
            paths[f"{name}/{theme}"] = folder / f"{name}-{theme}.html"
            paths[f"{name}/{theme}"].write_text(render_html(partner_map, theme=theme), encoding="utf-8")
    return paths


@pytest.fixture
def open_page(browser: Any, pages: dict[str, Path]) -> Iterator[Any]:
    opened: list[OpenedPage] = []

    def opener(name: str, viewport: dict[str, int]) -> OpenedPage:
        opened.append(OpenedPage(browser, pages[name], viewport=viewport))
        settle(opened[-1].page)
        return opened[-1]

    yield opener
    for page in opened:
        page.close()


def assert_readable(figures: Readability, *, label_px: float, map_share: float, labels: int) -> None:
    assert figures.labels == labels, figures.summary()
    assert figures.smallest_label_px >= label_px, figures.summary()
    assert figures.label_overlaps == [], figures.summary()
    assert figures.labels_on_shapes == [], figures.summary()
    assert figures.labels_outside == [], figures.summary()
    assert figures.map_share >= map_share, figures.summary()


@pytest.mark.parametrize("name", ["seed", *DRAFTS])
def test_light_theme_on_a_laptop_reads_without_zooming(open_page: Any, name: str) -> None:
    """1400x850, the view the page opens in: labels of at least 12 px, nothing overlapping, the map
    at least half the window. Before: 8 px labels, two overlaps, the map 38 % of the window."""
    opened = open_page(f"{name}/light", LAPTOP)
    actors = len(opened.view()["visibleActors"])
    assert_readable(measure(opened.page), label_px=12, map_share=0.5, labels=actors)
    opened.page.select_option("#language-switch", "en" if opened.view()["language"] == "fr" else "fr")
    settle(opened.page)
    assert_readable(measure(opened.page), label_px=12, map_share=0.5, labels=actors)


@pytest.mark.parametrize("name", ["seed", *DRAFTS])
def test_workshop_overview_reads_from_the_back_of_the_room(open_page: Any, name: str) -> None:
    """1920x1080: labels of at least 20 px, nothing overlapping, the map at least 60 % of the screen.
    Before: 22 label overlaps and 34 labels on other actors' shapes."""
    opened = open_page(f"{name}/projector", PROJECTOR)
    assert opened.view()["workshop"] is True
    assert_readable(measure(opened.page), label_px=20, map_share=0.6, labels=len(opened.view()["visibleActors"]))


def test_switching_to_workshop_mode_moves_actors_to_the_projector_layout(open_page: Any) -> None:
    opened = open_page("seed/light", PROJECTOR)
    light = opened.page.evaluate("window.partnermap.network.getPositions(['governments']).governments")
    opened.page.keyboard.press("w")
    settle(opened.page)
    projector = opened.page.evaluate("window.partnermap.network.getPositions(['governments']).governments")
    assert light != projector
    assert_readable(measure(opened.page), label_px=20, map_share=0.6, labels=len(opened.view()["visibleActors"]))


CLIPPED = "(() => { const c = document.getElementById('caption'); return c.scrollHeight > c.clientHeight + 1; })()"


def caption_quotes(opened: Any) -> list[str]:
    return opened.page.eval_on_selector_all("#caption .evidence li:not([hidden]) blockquote",
                                            "quotes => quotes.map((quote) => quote.textContent)")


def test_every_workshop_step_fills_the_map_and_pages_its_quotes(open_page: Any) -> None:
    """Each step: its actors fill the map, their labels at least 28 px and apart, the map at least 60 %
    of the screen; its quotes in 23 px type, paged by ↓ (each once), never clipped. Before: the map
    48 % of the screen, labels of 15 to 30 px, 1 to 8 overlaps and the caption clipped in every step."""
    opened = open_page("seed/projector", PROJECTOR)
    steps = opened.view()["steps"]
    assert len(steps) == 6
    for index in range(len(steps)):
        opened.page.keyboard.press("ArrowRight")
        settle(opened.page)
        view = opened.view()
        assert view["step"] == index and view["stepLink"] == -1
        actors = set(view["emphasised"]["actors"])
        figures = measure(opened.page, among=actors)
        assert_readable(figures, label_px=28, map_share=0.6, labels=len(actors))
        seen: list[str] = []
        while True:
            clipped = opened.page.evaluate(CLIPPED)
            assert not clipped, f"step {index + 1}: the caption is clipped"
            shown = caption_quotes(opened)
            assert shown, f"step {index + 1}: a page without quotes"
            seen += shown
            sizes = opened.page.eval_on_selector_all("#caption .evidence li:not([hidden]) blockquote",
                                                     "qs => qs.map((q) => getComputedStyle(q).fontSize)")
            assert set(sizes) == {"23px"}
            if opened.view()["quotes"]["end"] >= opened.view()["quotes"]["count"]:
                break
            opened.page.keyboard.press("ArrowDown")
            assert opened.view()["stepLink"] == -1  # still the whole step, its next quotes
        assert len(seen) == len(set(seen)) == opened.view()["quotes"]["count"], f"step {index + 1}"
        # ↑ goes back through the pages before it leaves the whole step.
        for _ in range(len(seen)):
            if opened.view()["quotes"]["first"] == 0:
                break
            opened.page.keyboard.press("ArrowUp")
        assert opened.view()["stepLink"] == -1 and caption_quotes(opened) == seen[:len(caption_quotes(opened))]


def test_png_image_has_title_legend_and_twice_the_screen_resolution(open_page: Any, tmp_path: Path) -> None:
    """Before: the bare canvas at screen size (790x572), no title, no legend."""
    from PIL import Image

    opened = open_page("seed/light", LAPTOP)
    width, height = opened.page.evaluate(
        "(() => { const r = document.getElementById('network').getBoundingClientRect(); "
        "return [r.width, r.height]; })()")
    with opened.page.expect_download() as download:
        opened.page.click("#export-button")
    saved = tmp_path / "view.png"
    download.value.save_as(saved)
    with Image.open(saved) as image:
        picture = image.convert("RGB")
    assert picture.width == round(2 * width)
    assert picture.height > 2 * height + 60  # a title band above, a legend below
    def colours(band: Any) -> set[tuple[int, int, int]]:
        return {colour for _, colour in band.getcolors(maxcolors=1 << 24)}

    assert min(sum(pixel) for pixel in colours(picture.crop((0, 0, picture.width, 60)))) < 200  # the title
    legend = colours(picture.crop((0, round(2 * height) + 60, picture.width, picture.height)))
    seed = load_map(SEED_MAP)
    for kind in {actor.kind for actor in seed.actors.values()}:
        colour = seed.vocabulary.kinds[kind].color
        assert (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)) in legend, kind
    # The page is left as it was: the map at screen resolution, the same view.
    assert opened.page.evaluate("document.querySelector('#network canvas').width") == round(width)


def test_printing_gives_the_map_its_legend_and_the_evidence_without_controls(open_page: Any) -> None:
    opened = open_page("seed/light", LAPTOP)
    link_id = load_map(SEED_MAP).tour[0].links[0]
    opened.page.evaluate(f"window.partnermap.select({{type: 'link', id: {link_id!r}}})")
    opened.page.emulate_media(media="print")
    for hidden in ("#tools", "#sidebar", "#panel .close-button"):
        assert not opened.page.is_visible(hidden), hidden
    for shown in ("#map-title", "#network canvas", "#legend", "#panel .evidence blockquote"):
        assert opened.page.is_visible(shown), shown
    pdf = opened.page.pdf(prefer_css_page_size=True, print_background=True)
    # One A4 landscape page (842 x 595 points).
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1
    box = [float(number) for number in re.search(rb"/MediaBox\s*\[([^\]]*)\]", pdf).group(1).split()]
    assert [round(number) for number in box] == [0, 0, 842, 595]
