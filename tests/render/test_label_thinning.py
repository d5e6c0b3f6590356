"""Larger maps (over 40 actors) label only what fits at the view: measured in Chromium (readability.py)
on a generated map of 120 actors (`python -m bench.generate 120 DIR`). At the fitted view the labels
drawn are at least 12 px on screen (20 px in workshop mode) and none overlaps another or an actor's
shape; zooming in on an actor (the hub too, crowded at the centre) brings its label, and more labels, in;
a selected actor and its partners are always labelled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.generate import generate_map
from partnermap import load_map
from partnermap.render.html import render_html
from tests.browser_wait import wait_until
from tests.render.conftest import OpenedPage, needs_chromium
from tests.render.readability import Readability, measure, settle

pytestmark = needs_chromium

LAPTOP = {"width": 1400, "height": 850}
PROJECTOR = {"width": 1920, "height": 1080}
ACTORS = 120

PLACED = ("(() => { const v = window.partnermap.view(); "
          "return v.labelScale !== null && v.labelScale === window.partnermap.network.getScale(); })()")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("thinning")
    partner_map = load_map(generate_map(folder / "map", actors=ACTORS), check_quotes=False)
    paths = {}
    for theme in ("light", "projector"):
        paths[theme] = folder / f"{theme}.html"
        paths[theme].write_text(render_html(partner_map, theme=theme), encoding="utf-8")
    # 40 actors with long names, as tests/graph/test_layout.py lays them out.
    forty = load_map(generate_map(folder / "forty", actors=40, seed=5), check_quotes=False)
    paths["forty/projector"] = folder / "forty-projector.html"
    paths["forty/projector"].write_text(render_html(forty, theme="projector"), encoding="utf-8")
    return paths


@pytest.fixture
def open_page(browser: Any, pages: dict[str, Path]) -> Iterator[Any]:
    opened: list[OpenedPage] = []

    def opener(theme: str, viewport: dict[str, int]) -> OpenedPage:
        opened.append(OpenedPage(browser, pages[theme], viewport=viewport))
        placed(opened[-1].page)
        return opened[-1]

    yield opener
    for page in opened:
        page.close()


def placed(page: Any) -> Readability:
    """Once the view has stopped and the labels are placed for it: what the reader sees."""
    settle(page)
    wait_until(page, PLACED)
    return measure(page)


def assert_apart(figures: Readability, *, label_px: float) -> None:
    assert figures.labels > 0, figures.summary()
    assert figures.smallest_label_px >= label_px, figures.summary()
    assert figures.label_overlaps == [], figures.summary()
    assert figures.labels_on_shapes == [], figures.summary()
    assert figures.labels_outside == [], figures.summary()


def labelled(page: Any) -> set[str]:
    return set(page.evaluate("""() => { const n = window.partnermap.network;
      return n.body.nodeIndices.filter((id) => n.body.nodes[id].options.label); }"""))


BY_DEGREE = """() => { const n = window.partnermap.network, degree = (id) => n.getConnectedEdges(id).length;
  return n.body.nodeIndices.slice().sort((a, b) => degree(a) - degree(b)); }"""


def hub(page: Any) -> str:
    return str(page.evaluate(BY_DEGREE)[-1])


def zoom_on(page: Any, actor: str, scale: float) -> None:
    page.evaluate("([id, scale]) => { const n = window.partnermap.network; "
                  "n.moveTo({position: n.getPositions([id])[id], scale: scale, animation: false}); }", [actor, scale])


def test_the_fitted_view_labels_the_most_linked_actors_large_and_apart(open_page: Any) -> None:
    opened = open_page("light", LAPTOP)
    figures = measure(opened.page)
    assert_apart(figures, label_px=12)
    assert 0 < figures.labels < ACTORS, figures.summary()


def test_zooming_in_on_an_actor_brings_its_label_and_more(open_page: Any) -> None:
    opened = open_page("light", LAPTOP)
    fitted = labelled(opened.page)
    scale = opened.page.evaluate("window.partnermap.network.getScale()")
    # The least linked actors without a label at the fitted view, last in importance.
    order = opened.page.evaluate(BY_DEGREE)
    unlabelled = [actor for actor in order if actor not in fitted][:3]
    assert unlabelled
    # And the hub, which its 17 links crowd at the centre of the map: there, more labels than the
    # whole fitted view showed.
    centre = hub(opened.page)
    for actor in [*unlabelled, centre]:
        zoom_on(opened.page, actor, 2.5 * scale)
        figures = placed(opened.page)
        assert_apart(figures, label_px=12)
        assert actor in labelled(opened.page), actor
        if actor == centre:
            assert figures.labels > len(fitted), figures.summary()


def test_selecting_an_actor_labels_it_and_its_partners(open_page: Any) -> None:
    opened = open_page("light", LAPTOP)
    fitted = labelled(opened.page)
    actor = next(actor for actor in opened.view()["visibleActors"] if actor not in fitted)
    opened.page.evaluate(f"window.partnermap.select({{type: 'actor', id: {actor!r}}})")
    wait_until(opened.page, PLACED)
    partners = set(opened.view()["emphasised"]["actors"])
    assert actor in partners and partners <= labelled(opened.page)


def test_workshop_overview_labels_are_20_px_and_apart(open_page: Any) -> None:
    opened = open_page("projector", PROJECTOR)
    assert opened.view()["workshop"] is True
    figures = measure(opened.page)
    assert_apart(figures, label_px=20)
    assert 0 < figures.labels < ACTORS, figures.summary()


def test_workshop_overview_of_40_long_names_labels_at_20_px(open_page: Any) -> None:
    """The overview fits 40 long names at 18 px: it labels those whose 20 px labels fit, then more on zoom."""
    opened = open_page("forty/projector", PROJECTOR)
    figures = measure(opened.page)
    assert_apart(figures, label_px=20)
    assert 0 < figures.labels < 40, figures.summary()
    hidden = next(actor for actor in opened.page.evaluate(BY_DEGREE) if actor not in labelled(opened.page))
    zoom_on(opened.page, hidden, 30 / 20 * opened.page.evaluate("window.partnermap.network.getScale()"))
    settle(opened.page)
    wait_until(opened.page, "window.partnermap.view().labelScale === null")  # drawn at 20 px or more: all of them
    assert hidden in labelled(opened.page)
