"""igraph's Fruchterman-Reingold layout, run in a child Python process.

Why a child: importing igraph imports matplotlib.pyplot (a second on these machines, most of
rendering a 2,000-actor map), and igraph draws from a process-wide random generator that has no
getter, so a caller's choice could not be put back. In a child made for it, igraph is imported
with matplotlib hidden and seeded freely; the caller's interpreter is left exactly as it was.

The child reads one JSON request on standard input and writes the coordinates on standard output:
    python -m partnermap.graph.output.igraph_layout < {"count", "edges", "seed", "iterations", "grid"}
"""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
from typing import Any


class LayoutProcessError(RuntimeError):
    """The child process could not lay the map out."""


def fruchterman_reingold(count: int, edges: list[tuple[int, int]], *, seed: int, iterations: int,
                         grid: bool) -> list[tuple[float, float]]:
    """Positions from igraph's layout_fruchterman_reingold, computed in a child process."""
    request = json.dumps({"count": count, "edges": edges, "seed": seed, "iterations": iterations, "grid": grid})
    try:
        result = subprocess.run([sys.executable, "-m", __name__], input=request.encode(), capture_output=True,
                                check=False)
    except OSError as error:
        raise LayoutProcessError(f"could not start Python for the layout: {error}") from None
    if result.returncode != 0:
        last = result.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
        raise LayoutProcessError(f"the layout process failed: {last[0]}")
    return [(float(x), float(y)) for x, y in json.loads(result.stdout)]


def _compute(request: dict[str, Any]) -> list[list[float]]:
    sys.modules["matplotlib"] = None  # type: ignore[assignment]  # this process never draws
    import igraph

    count, seed = int(request["count"]), int(request["seed"])
    graph = igraph.Graph(n=count, edges=[tuple(edge) for edge in request["edges"]])
    # Start from seeded random positions spread over the area the result will take: the grid variant
    # is only fast when the nodes start spread out (all in one grid cell, it compares all pairs).
    start_rng = random.Random(seed)
    half = math.sqrt(count) / 2
    start = [[start_rng.uniform(-half, half), start_rng.uniform(-half, half)] for _ in range(count)]
    igraph.set_random_number_generator(random.Random(seed))  # igraph also draws while it runs
    layout = graph.layout_fruchterman_reingold(seed=start, niter=int(request["iterations"]),
                                               grid="grid" if request["grid"] else "nogrid")
    return [[float(x), float(y)] for x, y in layout.coords]


if __name__ == "__main__":
    json.dump(_compute(json.load(sys.stdin)), sys.stdout)
