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

Maps up to SMALL_MAP actors are then made room for their labels, in the theme they are drawn in
(labels.py): the force layout is spread to the shape of the view the theme is designed for, at a
density where labels would crowd, and each actor's box (shape plus the label under it) is pushed
out of the others' (noverlap.py, after Gephi's Noverlap). No label then overlaps another label or
another actor at any zoom, and the fitted view is as large as the boxes allow. Measured in
bench/RESULTS.md and tests/render/test_readability.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ...errors import OutputError
from ..model.records import Link, PartnerMap
from . import igraph_layout
from .labels import MAX_STEP_FONT, PROJECTOR, THEMES, LabelTheme, label_box
from .noverlap import Footprint, separate
from .style import degrees, node_style

DEFAULT_SEED = 7
# Up to this many actors networkx's spring_layout is used (0.34 s at 200 actors, 0.65 s at 300,
# against 0.6 s for igraph's import alone).
SMALL_MAP = 200
# Pixels per unit of layout: n nodes spread over a square of about sqrt(n) * SPACING pixels a side.
SPACING = 160.0
ITERATIONS = 500
ITERATIONS_SMALL = 200
# Pull of the hidden centre on each actor, against 1.0 for a link (_spring_layout).
GRAVITY = 0.2
# Above this many actors, repulsion is computed between nearby nodes only (igraph's grid variant):
# all pairs cost O(n²) per step, which is what makes spring_layout unusable on large maps.
GRID_ABOVE = 1000
# On maps read up close (up to GRID_ABOVE actors), nodes closer than this many pixels are pushed
# apart so no two actors hide each other. Large maps are seen zoomed out; pushing 50,000 nodes
# apart in Python took as long as their layout (10 s), for nothing visible.
MIN_DISTANCE = 100.0
# Label-aware layout: the force layout is first spread so that the actors' boxes would cover
# `density` times their own area (dense, so the map stays compact once they are pushed apart), and
# `stretch` times wider than the view's shape (boxes are wider than tall, so pushing them apart
# mostly makes the map taller). Which pair fits best depends on the map: maps up to TRY_ALL_UP_TO
# actors try each (milliseconds) and keep the one whose fitted view draws the largest labels;
# larger maps take the first, the best on average (measured on the seed map and generated maps).
# The last two take 40 generated actors' workshop overview from 18 px labels to 20 px and the seed
# map's from 26 to 27.5 px.
SPREADS = ((1.5, 1.3), (1.0, 1.6), (2.0, 1.0), (1.2, 2.0), (0.8, 1.3))
TRY_ALL_UP_TO = 60
# Then, on those maps, up to COMPACT_ROUNDS times: the side of the map that limits the fitted view
# squeezed by SQUEEZE and the boxes pushed apart again, keeping the layout with the largest labels.
COMPACT_ROUNDS = 12
SQUEEZE = 0.88
# Steps get room for labels this much larger than estimated (1 / 0.9): the page's map area and fit
# differ a little from the estimate's.
STEP_FONT_SLACK = 0.9
# The projector layout, once room is made for the steps' larger labels, is compacted again
# (STEP_COMPACT_ROUNDS squeezes, each followed by the steps' room): the workshop overview of 40
# generated actors goes from 17 px labels to 20 px (tests/graph/test_layout.py).
STEP_COMPACT_ROUNDS = 4


def layout_positions(partner_map: PartnerMap, *, seed: int = DEFAULT_SEED,
                     theme: str = "light") -> dict[str, tuple[float, float]]:
    """Position of each actor in pixels (x to the right, y downwards), deterministic for a seed.

    `theme` ("light" or "projector", labels.THEMES) is the look the labels are drawn in, whose
    sizes the positions make room for on maps up to SMALL_MAP actors.
    Coordinates are rounded to 0.1 px so the same map gives the same bytes in every output.
    """
    return themed_positions(partner_map, seed=seed, themes=(theme,))[theme]


def themed_positions(partner_map: PartnerMap, *, seed: int = DEFAULT_SEED,
                     themes: tuple[str, ...] = tuple(THEMES)) -> dict[str, dict[str, tuple[float, float]]]:
    """layout_positions for each of `themes`, from one force layout."""
    return start_layout(partner_map, seed=seed, themes=themes).result()


def start_layout(partner_map: PartnerMap, *, seed: int = DEFAULT_SEED,
                 themes: tuple[str, ...] = tuple(THEMES)) -> PendingLayout:
    """themed_positions, started now and collected with .result(): on maps over SMALL_MAP actors
    igraph lays the map out in a child process meanwhile, so the caller can do other work first."""
    return PendingLayout(partner_map, seed=seed, themes=themes)


class PendingLayout:
    """The positions of one map being computed (start_layout). result() gives themed_positions'
    value, the same whether it is asked for at once or later."""

    def __init__(self, partner_map: PartnerMap, *, seed: int, themes: tuple[str, ...]) -> None:
        self.partner_map, self.seed, self.themes = partner_map, seed, themes
        self._ids = list(partner_map.actors)
        self._job: igraph_layout.LayoutJob | None = None
        self._positions: dict[str, dict[str, tuple[float, float]]] | None = None
        if len(self._ids) > SMALL_MAP:
            self._job = _start_fruchterman_reingold(len(self._ids), _edges(partner_map, self._ids), seed)

    def result(self) -> dict[str, dict[str, tuple[float, float]]]:
        if self._positions is None:
            self._positions = self._finish()
        return self._positions

    def _finish(self) -> dict[str, dict[str, tuple[float, float]]]:
        partner_map, ids, themes = self.partner_map, self._ids, self.themes
        if len(ids) < 2:
            return {theme: dict.fromkeys(ids, (0.0, 0.0)) for theme in themes}
        if self._job is None:
            raw = _spring_layout(len(ids), _edges(partner_map, ids), self.seed)
            by_theme = {theme: _make_room(raw, actor_footprints(partner_map, THEMES[theme]), THEMES[theme])
                        for theme in themes}
            if "projector" in by_theme:
                by_theme["projector"] = _room_for_steps(by_theme["projector"], partner_map, PROJECTOR)
        else:  # seen zoomed out: one layout, actors kept apart but not their labels
            try:
                raw = self._job.result()
            except igraph_layout.LayoutProcessError as error:
                raise OutputError(f"cannot lay out {len(ids):,} actors: {error}") from None
            positions = _to_pixels(raw)
            if len(ids) <= GRID_ABOVE:
                positions = _separate(positions, MIN_DISTANCE)
            by_theme = dict.fromkeys(themes, positions)
        return {theme: {actor_id: (round(x, 1), round(y, 1))
                        for actor_id, (x, y) in zip(ids, positions, strict=True)}
                for theme, positions in by_theme.items()}


def _edges(partner_map: PartnerMap, ids: list[str]) -> list[tuple[int, int]]:
    """One edge per pair of actors, as indexes in `ids`: parallel and reverse links pull no harder
    than a single one."""
    index = {actor_id: number for number, actor_id in enumerate(ids)}
    return sorted({(min(ends), max(ends)) for link in partner_map.links.values()
                   for ends in [(index[link.from_actor], index[link.to_actor])]})


def actor_footprints(partner_map: PartnerMap, theme: LabelTheme, *, scale_labels: float = 1.0) -> list[Footprint]:
    """Each actor's box in `theme`, in the map's order: its shape, and its label (widest of its
    languages) centred under it; `scale_labels` draws the labels that many times larger."""
    degree = degrees(partner_map)
    font = theme.font_size * scale_labels
    gap = font / 2 + 4  # as LabelTheme.gap, at this font size
    footprints = []
    for actor in partner_map.actors.values():
        radius = node_style(partner_map, actor, degree.get(actor.id, 0)).size * theme.node_scale
        label = label_box((partner_map.text(actor.name, language) for language in partner_map.languages), theme)
        half = max(radius, label.width * scale_labels / 2)
        footprints.append(Footprint(-half, -radius, half, radius + gap + label.height * scale_labels))
    return footprints


def _room_for_steps(points: list[tuple[float, float]], partner_map: PartnerMap,
                    theme: LabelTheme) -> list[tuple[float, float]]:
    """Make room for the larger labels of workshop steps whose actors lie far apart.

    The page fits a step's actors in the map beside its quotes (theme.step_view) and, when their
    labels would be drawn smaller than theme.step_font on screen, draws them larger, up to
    MAX_STEP_FONT times, as long as they do not overlap (assets/map/page.js). So each step whose
    labels will grow has its actors pushed apart at their larger size, with STEP_FONT_SLACK to spare,
    then everything at its own size (twice over, since a step's moves can crowd another's); and the
    result compacted as _compact does, each squeeze followed by the same room-making, so the steps'
    room costs the overview as little of its label size as it can.
    """
    normal = actor_footprints(partner_map, theme)
    groups = _workshop_steps(partner_map)
    larger: dict[float, list[Footprint]] = {}  # footprints by label factor, computed once each

    def room(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        for _ in range(2):
            for group in groups:
                scale = fit_scale([points[i] for i in group], [normal[i] for i in group], theme.step_view)
                # The page's map area and fit differ a little from step_view: STEP_FONT_SLACK more room.
                factor = min(theme.step_font / (theme.font_size * scale) / STEP_FONT_SLACK, MAX_STEP_FONT)
                if factor <= 1:
                    continue
                if factor not in larger:
                    larger[factor] = actor_footprints(partner_map, theme, scale_labels=factor)
                chosen = set(group)
                boxes = [larger[factor][i] if i in chosen else normal[i] for i in range(len(points))]
                points = separate(points, boxes, margin=theme.margin)
        return separate(points, normal, margin=theme.margin)

    return _compact(room(points), normal, theme, make_room=room, rounds=STEP_COMPACT_ROUNDS)


def _workshop_steps(partner_map: PartnerMap) -> list[list[int]]:
    """The actors of each workshop step, as indexes: the map's tour, else one step per link type
    (as assets/map/steps.js builds them)."""
    index = {actor_id: number for number, actor_id in enumerate(partner_map.actors)}
    if partner_map.tour:
        groups = [[partner_map.links[link_id] for link_id in step.links if link_id in partner_map.links]
                  for step in partner_map.tour]
    else:
        by_type: dict[str, list[Link]] = {}
        for link in partner_map.links.values():
            by_type.setdefault(link.type, []).append(link)
        groups = list(by_type.values())
    return [sorted({index[end] for link in links for end in (link.from_actor, link.to_actor)})
            for links in groups if links]


def _make_room(raw: list[tuple[float, float]], footprints: list[Footprint],
               theme: LabelTheme) -> list[tuple[float, float]]:
    """The force layout spread to the theme's view, its boxes pushed apart; the best of SPREADS."""
    spreads = SPREADS if len(raw) <= TRY_ALL_UP_TO else SPREADS[:1]
    tries = [separate(_spread(raw, footprints, theme, density, stretch), footprints, margin=theme.margin)
             for density, stretch in spreads]
    # max() keeps the first of equal scales, so the choice is the same on every run.
    best = max(tries, key=lambda points: fit_scale(points, footprints, theme.view))
    if len(raw) <= TRY_ALL_UP_TO:
        best = _compact(best, footprints, theme)
    return _centred(best)


def _compact(points: list[tuple[float, float]], footprints: list[Footprint], theme: LabelTheme, *,
             make_room: Callable[[list[tuple[float, float]]], list[tuple[float, float]]] | None = None,
             rounds: int = COMPACT_ROUNDS) -> list[tuple[float, float]]:
    """Squeeze the side that limits the fitted view, push the boxes apart again, and keep the best.

    Force layouts of documents' drafts come out square or tall, with loose actors far out, where the
    view is wide: squeezing the limiting side lets the other take the room (COMPACT_ROUNDS tries).
    """
    best, best_scale = points, fit_scale(points, footprints, theme.view)
    current = points
    for _ in range(rounds):
        wide = _bounds_aspect(current, footprints) > theme.view[0] / theme.view[1]
        factor_x, factor_y = (SQUEEZE, 1.0) if wide else (1.0, SQUEEZE)
        middle_x = sum(x for x, _ in current) / len(current)
        middle_y = sum(y for _, y in current) / len(current)
        squeezed = [(middle_x + (x - middle_x) * factor_x, middle_y + (y - middle_y) * factor_y) for x, y in current]
        current = make_room(squeezed) if make_room else separate(squeezed, footprints, margin=theme.margin)
        scale = fit_scale(current, footprints, theme.view)
        if scale > best_scale:
            best, best_scale = current, scale
    return best


def _bounds_aspect(points: list[tuple[float, float]], footprints: list[Footprint]) -> float:
    width = (max(x + footprint.right for (x, _), footprint in zip(points, footprints, strict=True))
             - min(x + footprint.left for (x, _), footprint in zip(points, footprints, strict=True)))
    height = (max(y + footprint.bottom for (_, y), footprint in zip(points, footprints, strict=True))
              - min(y + footprint.top for (_, y), footprint in zip(points, footprints, strict=True)))
    return width / max(height, 1.0)


def _spread(raw: list[tuple[float, float]], footprints: list[Footprint], theme: LabelTheme, density: float,
            stretch: float) -> list[tuple[float, float]]:
    width, height = theme.view
    aspect = width / height * stretch
    tall = math.sqrt(sum(footprint.area for footprint in footprints) * density / aspect)
    xs, ys = [x for x, _ in raw], [y for _, y in raw]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    middle_x, middle_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return [((x - middle_x) / span * tall * aspect, (y - middle_y) / span * tall) for x, y in raw]


def fit_scale(points: list[tuple[float, float]], footprints: list[Footprint], view: tuple[float, float]) -> float:
    """The zoom at which every box fits in a `view` (width, height), as the page's fitted view."""
    left = min(x + footprint.left for (x, _), footprint in zip(points, footprints, strict=True))
    right = max(x + footprint.right for (x, _), footprint in zip(points, footprints, strict=True))
    top = min(y + footprint.top for (_, y), footprint in zip(points, footprints, strict=True))
    bottom = max(y + footprint.bottom for (_, y), footprint in zip(points, footprints, strict=True))
    return min(view[0] / max(right - left, 1.0), view[1] / max(bottom - top, 1.0))


def _centred(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    middle_x, middle_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return [(x - middle_x, y - middle_y) for x, y in points]


def _spring_layout(count: int, edges: list[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    """networkx's spring_layout, with every actor tied loosely to a hidden centre (GRAVITY).

    Without it, actors without links and small groups are pushed to a wide ring around the rest
    (drafts of documents have several): the map gets sparse and its fitted labels small.
    """
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(range(count + 1))
    graph.add_edges_from(edges, weight=1.0)
    graph.add_edges_from(((node, count) for node in range(count)), weight=GRAVITY)
    raw = nx.spring_layout(graph, seed=seed, iterations=ITERATIONS_SMALL)
    return [(float(raw[node][0]), float(raw[node][1])) for node in range(count)]


def _fruchterman_reingold(count: int, edges: list[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    try:
        return _start_fruchterman_reingold(count, edges, seed).result()
    except igraph_layout.LayoutProcessError as error:
        raise OutputError(f"cannot lay out {count:,} actors: {error}") from None


def _start_fruchterman_reingold(count: int, edges: list[tuple[int, int]], seed: int) -> igraph_layout.LayoutJob:
    try:
        return igraph_layout.start_fruchterman_reingold(count, edges, seed=seed, iterations=ITERATIONS,
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
