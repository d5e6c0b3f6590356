"""Node positions computed once in Python, so a map looks the same every time it is drawn.

The HTML map, the static SVG/PNG drawing and the GEXF export all use these positions.

Both algorithms are Fruchterman-Reingold force-directed layouts, chosen by measurement
(bench/RESULTS.md, bench/layouts.py). networkx's spring_layout compares every pair of nodes
at each step: instant on a map of one document, but 10 s at 500 actors (200 steps) and 230 s
at 10,000 (its default 50 steps). igraph's C implementation, with its grid variant above
GRID_ABOVE actors (only nearby nodes repel), lays out 10,000 actors in about a second; it runs
in a child process (igraph_layout.py says why). Maps up
to SMALL_MAP actors keep spring_layout, instant at that size and the better-looking of the two
on the seed map.
"""

from __future__ import annotations

import math

from ...errors import OutputError
from ..model.records import PartnerMap
from . import igraph_layout

DEFAULT_SEED = 7
# Up to this many actors networkx's spring_layout is used (0.34 s at 200 actors, 0.65 s at 300,
# against 0.6 s for igraph's import alone).
SMALL_MAP = 200
# Pixels per unit of layout: n nodes spread over a square of about sqrt(n) * SPACING pixels a side.
SPACING = 160.0
ITERATIONS = 500
ITERATIONS_SMALL = 200
# Above this many actors, repulsion is computed between nearby nodes only (igraph's grid variant):
# all pairs cost O(n²) per step, which is what makes spring_layout unusable on large maps.
GRID_ABOVE = 1000
# On maps read up close (up to GRID_ABOVE actors), nodes closer than this many pixels are pushed
# apart so no two actors hide each other. Large maps are seen zoomed out; pushing 50,000 nodes
# apart in Python took as long as their layout (10 s), for nothing visible.
MIN_DISTANCE = 100.0


def layout_positions(partner_map: PartnerMap, *, seed: int = DEFAULT_SEED) -> dict[str, tuple[float, float]]:
    """Position of each actor in pixels (x to the right, y downwards), deterministic for a seed.

    Coordinates are rounded to 0.1 px so the same map gives the same bytes in every output.
    """
    ids = list(partner_map.actors)
    if len(ids) < 2:
        return dict.fromkeys(ids, (0.0, 0.0))
    index = {actor_id: number for number, actor_id in enumerate(ids)}
    # One edge per pair of actors: parallel and reverse links pull no harder than a single one.
    edges = sorted({(min(ends), max(ends)) for link in partner_map.links.values()
                    for ends in [(index[link.from_actor], index[link.to_actor])]})
    if len(ids) <= SMALL_MAP:
        raw = _spring_layout(len(ids), edges, seed)
    else:
        raw = _fruchterman_reingold(len(ids), edges, seed)
    positions = _to_pixels(raw)
    if len(ids) <= GRID_ABOVE:
        positions = _separate(positions, MIN_DISTANCE)
    return {actor_id: (round(x, 1), round(y, 1)) for actor_id, (x, y) in zip(ids, positions, strict=True)}


def _spring_layout(count: int, edges: list[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(range(count))
    graph.add_edges_from(edges)
    raw = nx.spring_layout(graph, seed=seed, iterations=ITERATIONS_SMALL)
    return [(float(raw[node][0]), float(raw[node][1])) for node in range(count)]


def _fruchterman_reingold(count: int, edges: list[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    try:
        return igraph_layout.fruchterman_reingold(count, edges, seed=seed, iterations=ITERATIONS,
                                                  grid=count > GRID_ABOVE)
    except igraph_layout.LayoutProcessError as error:
        raise OutputError(f"cannot lay out {count:,} actors: {error}") from None


def _to_pixels(raw: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Centre on (0, 0) and scale so the map's larger side is sqrt(n) * SPACING pixels."""
    xs, ys = [x for x, _ in raw], [y for _, y in raw]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = SPACING * math.sqrt(len(raw)) / span
    middle_x, middle_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return [((x - middle_x) * scale, (y - middle_y) * scale) for x, y in raw]


def _separate(points: list[tuple[float, float]], minimum: float) -> list[tuple[float, float]]:
    """Push apart pairs of points closer than `minimum`, in a few passes.

    Points are bucketed in cells of `minimum` pixels, so each is compared with its neighbours only.
    """
    moved = [list(point) for point in points]
    for _ in range(10):
        cells: dict[tuple[int, int], list[int]] = {}
        for number, (x, y) in enumerate(moved):
            cells.setdefault((math.floor(x / minimum), math.floor(y / minimum)), []).append(number)
        changed = False
        for (cell_x, cell_y), members in sorted(cells.items()):
            near = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in cells.get((cell_x + dx, cell_y + dy), ())]
            for i in members:
                for j in near:
                    if j > i and _push_apart(moved[i], moved[j], minimum):
                        changed = True
        if not changed:
            break
    return [(x, y) for x, y in moved]


def _push_apart(a: list[float], b: list[float], minimum: float) -> bool:
    dx, dy = b[0] - a[0], b[1] - a[1]
    distance = math.hypot(dx, dy)
    if distance >= minimum:
        return False
    if distance == 0:  # the same place: part them along a fixed direction
        dx, dy, distance = 1.0, 0.0, 1.0
    push = (minimum - distance) / 2 / distance
    a[0], a[1] = a[0] - dx * push, a[1] - dy * push
    b[0], b[1] = b[0] + dx * push, b[1] + dy * push
    return True
