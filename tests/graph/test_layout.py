"""Node positions: every actor placed, apart from the others, the same for the same seed."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from bench.generate import generate_map
from partnermap import load_map
from partnermap.graph.output.layout import GRID_ABOVE, MIN_DISTANCE, SMALL_MAP, layout_positions
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


def _closest_pair(positions: dict[str, tuple[float, float]]) -> float:
    points = list(positions.values())
    return min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])


def test_every_actor_of_the_seed_map_is_placed_apart_from_the_others(seed_map) -> None:
    positions = layout_positions(seed_map)
    assert set(positions) == set(seed_map.actors)
    # Two actors never share a place, nor come so close that one hides the other's label.
    assert _closest_pair(positions) >= MIN_DISTANCE * 0.95
    assert all(isinstance(x, float) and isinstance(y, float) for x, y in positions.values())


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
