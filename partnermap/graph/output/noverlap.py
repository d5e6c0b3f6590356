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
    boxes = _boxes(points, footprints, margin)
    order = sorted(range(len(boxes)), key=lambda index: (boxes[index][0], index))
    pairs = []
    for position, i in enumerate(order):
        for j in order[position + 1:]:
            if boxes[j][0] >= boxes[i][2]:
                break
            if boxes[i][1] < boxes[j][3] and boxes[j][1] < boxes[i][3]:
                pairs.append((min(i, j), max(i, j)))
    return sorted(pairs)


def separate(points: list[tuple[float, float]], footprints: list[Footprint], *, margin: float,
             rounds: int = MAX_ROUNDS) -> list[tuple[float, float]]:
    """`points` moved as little as this simple scheme allows so that no two boxes overlap.

    In a crowd, pushes can undo each other round after round; every EXPAND_EVERY rounds the
    whole map is then spread a little (EXPAND), which always ends in a map without overlaps.
    """
    moved = [[x, y] for x, y in points]
    for number in range(1, rounds + 1):
        pairs = overlapping_pairs(moved, footprints, margin)
        if not pairs:
            break
        for i, j in pairs:
            _push_apart(moved, footprints, i, j, margin)
        if number % EXPAND_EVERY == 0:
            _spread(moved, EXPAND)
    return [(x, y) for x, y in moved]


def _spread(points: list[list[float]], factor: float) -> None:
    middle_x = sum(x for x, _ in points) / len(points)
    middle_y = sum(y for _, y in points) / len(points)
    for point in points:
        point[0] = middle_x + (point[0] - middle_x) * factor
        point[1] = middle_y + (point[1] - middle_y) * factor


def _boxes(points: list[list[float]], footprints: list[Footprint], margin: float) -> list[tuple[float, ...]]:
    half = margin / 2
    return [(x + f.left - half, y + f.top - half, x + f.right + half, y + f.bottom + half)
            for (x, y), f in zip(points, footprints, strict=True)]


def _push_apart(points: list[list[float]], footprints: list[Footprint], i: int, j: int, margin: float) -> None:
    a, b = _boxes([points[i], points[j]], [footprints[i], footprints[j]], margin)
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
