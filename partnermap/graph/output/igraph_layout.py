"""igraph's Fruchterman-Reingold layout, run in a child Python process.

Why a child: importing igraph imports matplotlib.pyplot (a second on these machines, most of
rendering a 2,000-actor map), and igraph draws from a process-wide random generator that has no
getter, so a caller's choice could not be put back. In a child made for it, igraph is imported
with matplotlib hidden and seeded freely; the caller's interpreter is left exactly as it was.

The child is started with `python -m`, which imports the packages above it first: partnermap's
__init__ imports nothing until asked (it used to import networkx, 0.3 s of the child's second).
The child reads one JSON request on standard input and writes the coordinates on standard output:
    python -m partnermap.graph.output.igraph_layout < {"count", "edges", "seed", "iterations", "grid"}
"""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
import threading
from typing import Any


class LayoutProcessError(RuntimeError):
    """The child process could not lay the map out."""


class LayoutJob:
    """igraph's layout running in a child process: started at once, result() waits for it.

    The caller can do other work meanwhile (a 2,000-actor map's network measures and page take
    about as long as the child, which then runs on the other core). A thread hands the request
    to the child and collects its answer, so neither pipe fills up while the caller is busy.
    """

    def __init__(self, request: bytes) -> None:
        try:
            self._process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except OSError as error:
            raise LayoutProcessError(f"could not start Python for the layout: {error}") from None
        self._answer: tuple[bytes, bytes] | None = None
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._talk, args=(request,), name="igraph layout", daemon=True)
        self._thread.start()

    def _talk(self, request: bytes) -> None:
        try:
            self._answer = self._process.communicate(request)
        except BaseException as error:  # handed to result(), in the caller's thread
            self._failure = error

    def result(self) -> list[tuple[float, float]]:
        """The positions, once the child has written them (LayoutProcessError if it failed)."""
        self._thread.join()
        if self._failure is not None:
            raise LayoutProcessError(f"the layout process failed: {self._failure}")
        assert self._answer is not None
        stdout, stderr = self._answer
        if self._process.returncode != 0:
            last = stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
            raise LayoutProcessError(f"the layout process failed: {last[0]}")
        return [(float(x), float(y)) for x, y in json.loads(stdout)]


def start_fruchterman_reingold(count: int, edges: list[tuple[int, int]], *, seed: int, iterations: int,
                               grid: bool) -> LayoutJob:
    """Start computing igraph's layout_fruchterman_reingold in a child process."""
    request = json.dumps({"count": count, "edges": edges, "seed": seed, "iterations": iterations, "grid": grid})
    return LayoutJob(request.encode())


def fruchterman_reingold(count: int, edges: list[tuple[int, int]], *, seed: int, iterations: int,
                         grid: bool) -> list[tuple[float, float]]:
    """Positions from igraph's layout_fruchterman_reingold, computed in a child process."""
    return start_fruchterman_reingold(count, edges, seed=seed, iterations=iterations, grid=grid).result()


def _compute(request: dict[str, Any]) -> list[list[float]]:
    sys.modules["matplotlib"] = None  # type: ignore[assignment]  # this process never draws
    import igraph

    count, seed = int(request["count"]), int(request["seed"])
    # GraphBase, the C type under igraph.Graph: Graph's constructor imports numpy (0.15 s) only to
    # ask whether the edges are an array; its layout method only wraps the same coordinates.
    graph = igraph.GraphBase(count, [tuple(edge) for edge in request["edges"]], False)
    # Start from seeded random positions spread over the area the result will take: the grid variant
    # is only fast when the nodes start spread out (all in one grid cell, it compares all pairs).
    start_rng = random.Random(seed)
    half = math.sqrt(count) / 2
    start = [[start_rng.uniform(-half, half), start_rng.uniform(-half, half)] for _ in range(count)]
    igraph.set_random_number_generator(random.Random(seed))  # igraph also draws while it runs
    coords = graph.layout_fruchterman_reingold(seed=start, niter=int(request["iterations"]),
                                               grid="grid" if request["grid"] else "nogrid")
    return [[float(x), float(y)] for x, y in coords]


if __name__ == "__main__":
    json.dump(_compute(json.load(sys.stdin)), sys.stdout)
