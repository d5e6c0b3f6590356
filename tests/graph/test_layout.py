"""Node positions: every actor placed, apart from the others, the same for the same seed."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from bench.generate import generate_map
from partnermap import load_map
from partnermap.graph.output.labels import LIGHT, PROJECTOR, THEMES
from partnermap.graph.output.layout import (
    GRID_ABOVE,
    SMALL_MAP,
    actor_footprints,
    fit_scale,
    layout_positions,
)
from partnermap.graph.output.noverlap import overlapping_pairs
from tests.conftest import MINIMAL_MAP, SEED_MAP


@pytest.fixture(scope="module")
def seed_map():
    return load_map(SEED_MAP)


@pytest.fixture(scope="module")
def large_map(tmp_path_factory: pytest.TempPathFactory):
    """A map above GRID_ABOVE actors, laid out by igraph's grid variant."""
    folder = generate_map(tmp_path_factory.mktemp("large") / "map", actors=GRID_ABOVE + 200, seed=5)
    return load_map(folder, check_quotes=False)


@pytest.fixture(scope="module")
def medium_map(tmp_path_factory: pytest.TempPathFactory):
    """A map between SMALL_MAP and GRID_ABOVE actors, laid out by igraph's exact variant."""
    folder = generate_map(tmp_path_factory.mktemp("medium") / "map", actors=SMALL_MAP + 50, seed=5)
    return load_map(folder, check_quotes=False)


@pytest.mark.parametrize("theme", ["light", "projector"])
def test_no_actor_or_label_of_the_seed_map_overlaps_another_in_either_theme(seed_map, theme: str) -> None:
    positions = layout_positions(seed_map, theme=theme)
    assert set(positions) == set(seed_map.actors)
    assert all(isinstance(x, float) and isinstance(y, float) for x, y in positions.values())
    footprints = actor_footprints(seed_map, THEMES[theme])
    points = [list(positions[actor_id]) for actor_id in seed_map.actors]
    # Each actor's shape and label, widest language, with the theme's free margin around it.
    assert overlapping_pairs(points, footprints, THEMES[theme].margin * 0.9) == []


@pytest.mark.parametrize("theme", ["light", "projector"])
def test_the_fitted_view_draws_labels_large_enough(seed_map, theme: str) -> None:
    """Fitted to the view the theme is designed for, labels are drawn at least min_screen_font."""
    look = THEMES[theme]
    positions = layout_positions(seed_map, theme=theme)
    scale = fit_scale([positions[a] for a in seed_map.actors], actor_footprints(seed_map, look), look.view)
    assert scale * look.font_size >= look.min_screen_font


def test_the_hub_keeps_room_for_its_label(seed_map) -> None:
    """34 links meet at "Gouvernements": no other actor's box comes within its label's box."""
    footprints = dict(zip(seed_map.actors, actor_footprints(seed_map, THEMES["light"]), strict=True))
    positions = layout_positions(seed_map)
    hub = footprints["governments"]
    x, y = positions["governments"]
    for actor_id, (other_x, other_y) in positions.items():
        other = footprints[actor_id]
        if actor_id != "governments":
            assert (x + hub.right <= other_x + other.left or other_x + other.right <= x + hub.left
                    or y + hub.bottom <= other_y + other.top or other_y + other.bottom <= y + hub.top), actor_id


def test_labels_of_up_to_40_actors_get_room(tmp_path) -> None:
    """40 generated actors with long names: no overlap in either theme, 12 px labels on a laptop and
    20 px in the workshop overview (17 px before: a wider spread of the force layout is tried, and the
    room made for workshop steps' larger labels is compacted again). As estimated here: the page's fit
    keeps vis-network's 10 % margin and draws them at 18 px, so its overview labels those actors whose
    20 px labels fit (tests/render/test_label_thinning.py)."""
    partner_map = load_map(generate_map(tmp_path / "forty", actors=40, seed=5), check_quotes=False)
    for theme, look in THEMES.items():
        positions = layout_positions(partner_map, theme=theme)
        footprints = actor_footprints(partner_map, look)
        points = [positions[actor_id] for actor_id in partner_map.actors]
        assert overlapping_pairs([list(point) for point in points], footprints, 0.0) == [], theme
    light = layout_positions(partner_map)
    points = [light[actor_id] for actor_id in partner_map.actors]
    assert fit_scale(points, actor_footprints(partner_map, LIGHT), LIGHT.view) * LIGHT.font_size >= 12
    projector = layout_positions(partner_map, theme="projector")
    points = [projector[actor_id] for actor_id in partner_map.actors]
    assert fit_scale(points, actor_footprints(partner_map, PROJECTOR), PROJECTOR.view) * PROJECTOR.font_size >= 20


def test_the_same_seed_gives_the_same_positions_and_another_seed_others(seed_map) -> None:
    first = layout_positions(seed_map)
    assert layout_positions(seed_map) == first
    assert layout_positions(seed_map, seed=8) != first


@pytest.mark.parametrize("fixture", ["medium_map", "large_map"])
def test_larger_maps_are_laid_out_deterministically(fixture: str, request: pytest.FixtureRequest) -> None:
    partner_map = request.getfixturevalue(fixture)
    first = layout_positions(partner_map)
    assert set(first) == set(partner_map.actors)
    assert len(set(first.values())) == len(first)  # no two actors at the same place
    assert layout_positions(partner_map) == first
    assert layout_positions(partner_map, seed=8) != first


def test_positions_do_not_depend_on_other_code_drawing_random_numbers(large_map) -> None:
    import random

    random.seed(1)
    first = layout_positions(large_map)
    random.seed(2)
    random.random()
    assert layout_positions(large_map) == first


def test_the_map_spreads_with_its_size(seed_map, large_map) -> None:
    """About SPACING pixels per actor along each side: a large map is wider, not denser."""
    def width(positions: dict[str, tuple[float, float]]) -> float:
        return max(x for x, _ in positions.values()) - min(x for x, _ in positions.values())

    small, large = width(layout_positions(seed_map)), width(layout_positions(large_map))
    ratio = math.sqrt(len(large_map.actors) / len(seed_map.actors))
    assert 0.5 * ratio < large / small < 2 * ratio


def test_maps_of_one_actor_or_none() -> None:
    partner_map = load_map(MINIMAL_MAP)
    one = next(iter(partner_map.actors))
    from dataclasses import replace

    assert layout_positions(replace(partner_map, actors={one: partner_map.actors[one]}, links={})) == {
        one: (0.0, 0.0)}
    assert layout_positions(replace(partner_map, actors={}, links={})) == {}


def test_unlinked_actors_stay_near_the_others() -> None:
    """Actors without links (e.g. after --kind) are placed among the others, not thrown far away."""
    from dataclasses import replace

    partner_map = load_map(SEED_MAP)
    lonely = replace(partner_map, links={})
    positions = layout_positions(lonely)
    assert len(set(positions.values())) == len(positions)
    span = max(max(abs(x), abs(y)) for x, y in positions.values())
    assert span < 2000


def test_large_maps_leave_the_callers_interpreter_as_it_was(tmp_path) -> None:
    """igraph runs in a child: this interpreter gets neither igraph nor matplotlib, and its random state stays."""
    # A fresh interpreter: in this one, other tests may have imported either already.
    script = (
        "import random, sys\n"
        "from partnermap.graph.output.layout import _fruchterman_reingold\n"
        "random.seed(3); expected = random.random(); random.seed(3)\n"
        "points = _fruchterman_reingold(300, [(i, i + 1) for i in range(299)], 7)\n"
        "assert len(points) == 300 and len(set(points)) == 300\n"
        "assert random.random() == expected, 'the global random generator was touched'\n"
        "assert 'igraph' not in sys.modules and 'matplotlib' not in sys.modules\n"
        "assert points == _fruchterman_reingold(300, [(i, i + 1) for i in range(299)], 7), 'not deterministic'\n"
        "from partnermap import load_map\n"
        "from partnermap.graph.output.export import export_bytes\n"
        f"svg = export_bytes(load_map({str(MINIMAL_MAP)!r}), 'svg')\n"
        "assert svg.startswith(b'<?xml') and b'<svg' in svg, svg[:80]\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_a_layout_started_early_gives_the_same_positions_and_page(medium_map) -> None:
    """start_layout runs igraph's child while the caller works: the result is themed_positions', and
    render_html given it writes the page it writes alone; a layout of another map is refused."""
    from partnermap.graph.output.layout import start_layout, themed_positions
    from partnermap.render.html import render_html

    pending = start_layout(medium_map)
    assert pending.result() == themed_positions(medium_map)
    assert pending.result() is pending.result()  # computed once
    assert render_html(medium_map, layout=start_layout(medium_map)) == render_html(medium_map)
    with pytest.raises(ValueError, match="another map"):
        render_html(load_map(MINIMAL_MAP), layout=pending)


def test_the_layout_child_imports_neither_networkx_nor_numpy() -> None:
    """The child starts with `python -m`, which imports partnermap/__init__ first: that imports
    nothing until asked, and igraph's Graph constructor (which imports numpy) is not used."""
    script = (
        "import sys, runpy\n"
        "sys.stdin = __import__('io').StringIO('{\"count\": 3, \"edges\": [[0, 1]], \"seed\": 1, "
        "\"iterations\": 10, \"grid\": false}')\n"
        "runpy.run_module('partnermap.graph.output.igraph_layout', run_name='__main__')\n"
        "assert 'networkx' not in sys.modules and 'numpy' not in sys.modules, 'heavy import in the child'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
