"""Pushing actors apart until no actor's shape-and-label box overlaps another's.

The idea is Gephi's Noverlap: leave the force layout's shape, and only move boxes that overlap,
each pair along the axis where they overlap least, half each way. Boxes are rectangles (the
actor's shape, with its label under it), found in pairs by a sweep along x, so a round costs
about n log n plus the overlapping pairs. Everything is in a fixed order: same input, same output.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_ROUNDS = 400
OVERSHOOT = 1.2
EXPAND_EVERY = 15
EXPAND = 1.04


@dataclass(frozen=True)
class Footprint:
    """The box an actor takes, as offsets from its position (page pixels, y downwards)."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def area(self) -> float:
        return (self.right - self.left) * (self.bottom - self.top)


def overlapping_pairs(points: list[list[float]], footprints: list[Footprint], margin: float) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, whose boxes, grown by `margin` / 2 each side, overlap."""
    return _overlapping_pairs(points, _sides(footprints), margin)


def _sides(footprints: list[Footprint]) -> list[tuple[float, float, float, float]]:
    return [(f.left, f.top, f.right, f.bottom) for f in footprints]


def _overlapping_pairs(points: list[list[float]], sides: list[tuple[float, float, float, float]],
                       margin: float) -> list[tuple[int, int]]:
    half = margin / 2
    # Each box's sides as x + left - margin / 2 and so on, always in this order: the same floats every time.
    lefts = [x + left - half for (x, _), (left, _, _, _) in zip(points, sides, strict=True)]
    rights = [x + right + half for (x, _), (_, _, right, _) in zip(points, sides, strict=True)]
    tops = [y + top - half for (_, y), (_, top, _, _) in zip(points, sides, strict=True)]
    bottoms = [y + bottom + half for (_, y), (_, _, _, bottom) in zip(points, sides, strict=True)]
    # By left side, then index (sorted() is stable and the indexes come in order).
    order = sorted(range(len(points)), key=lefts.__getitem__)
    pairs = []
    for position, i in enumerate(order):
        right_i, top_i, bottom_i = rights[i], tops[i], bottoms[i]
        for j in order[position + 1:]:
            if lefts[j] >= right_i:
                break
            if top_i < bottoms[j] and tops[j] < bottom_i:
                pairs.append((i, j) if i < j else (j, i))
    pairs.sort()
    return pairs


def separate(points: list[tuple[float, float]], footprints: list[Footprint], *, margin: float,
             rounds: int = MAX_ROUNDS) -> list[tuple[float, float]]:
    """`points` moved as little as this simple scheme allows so that no two boxes overlap.

    In a crowd, pushes can undo each other round after round; every EXPAND_EVERY rounds the
    whole map is then spread a little (EXPAND), which always ends in a map without overlaps.
    """
    moved = [[x, y] for x, y in points]
    sides = _sides(footprints)
    for number in range(1, rounds + 1):
        pairs = _overlapping_pairs(moved, sides, margin)
        if not pairs:
            break
        for i, j in pairs:
            _push_apart(moved, sides, i, j, margin)
        if number % EXPAND_EVERY == 0:
            _spread(moved, EXPAND)
    return [(x, y) for x, y in moved]


def _spread(points: list[list[float]], factor: float) -> None:
    middle_x = sum(x for x, _ in points) / len(points)
    middle_y = sum(y for _, y in points) / len(points)
    for point in points:
        point[0] = middle_x + (point[0] - middle_x) * factor
        point[1] = middle_y + (point[1] - middle_y) * factor


def _push_apart(points: list[list[float]], sides: list[tuple[float, float, float, float]], i: int, j: int,
                margin: float) -> None:
    half = margin / 2
    (x_a, y_a), (x_b, y_b) = points[i], points[j]
    (left_a, top_a, right_a, bottom_a), (left_b, top_b, right_b, bottom_b) = sides[i], sides[j]
    # The two boxes, as _overlapping_pairs computes them.
    a = (x_a + left_a - half, y_a + top_a - half, x_a + right_a + half, y_a + bottom_a + half)
    b = (x_b + left_b - half, y_b + top_b - half, x_b + right_b + half, y_b + bottom_b + half)
    across = min(a[2], b[2]) - max(a[0], b[0])
    down = min(a[3], b[3]) - max(a[1], b[1])
    if across <= 0 or down <= 0:  # an earlier push in this round parted them already
        return
    # Centres of the boxes, not of the actors: a label hanging below pushes downwards.
    delta_x = (b[0] + b[2]) - (a[0] + a[2])
    delta_y = (b[1] + b[3]) - (a[1] + a[3])
    # A little past contact (OVERSHOOT), so that crowded boxes do not push each other back and forth
    # for hundreds of rounds, and a parted pair stays parted after rounding to 0.1 px.
    if across < down:
        step = (across * OVERSHOOT + 0.2) / 2 * (1 if delta_x > 0 or (delta_x == 0 and i < j) else -1)
        points[i][0] -= step
        points[j][0] += step
    else:
        step = (down * OVERSHOOT + 0.2) / 2 * (1 if delta_y > 0 or (delta_y == 0 and i < j) else -1)
        points[i][1] -= step
        points[j][1] += step
