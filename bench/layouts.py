"""Candidate layout algorithms timed on the same generated maps: how partnermap's layout was chosen.

    python -m bench.layouts --sizes 500,2000,10000 --timeout 300

Each candidate runs in a fresh process (seconds of CPU for the layout alone). "spread" is the
median link length divided by the median distance from a node to its nearest neighbour, once
positions are scaled to the same area: force-directed layouts land between 5 and 15; a layout
that piles each community onto one point (DrL) scores low but hides its nodes, which the
"closest" column shows (the smallest nearest-neighbour distance, same unit).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .generate import generate_map

CANDIDATES = ("networkx spring_layout (200 steps)", "networkx forceatlas2_layout", "igraph fruchterman_reingold",
              "igraph fruchterman_reingold grid", "igraph drl", "igraph kamada_kawai", "partnermap layout_positions")


def _run(candidate: str, folder: Path) -> dict[str, Any]:
    import random

    import igraph
    import networkx as nx

    from partnermap import load_map
    from partnermap.graph.output.layout import layout_positions

    partner_map = load_map(folder, check_quotes=False)
    ids = list(partner_map.actors)
    index = {actor_id: number for number, actor_id in enumerate(ids)}
    edges = sorted({tuple(sorted((index[link.from_actor], index[link.to_actor])))
                    for link in partner_map.links.values()})
    graph = nx.Graph()
    graph.add_nodes_from(range(len(ids)))
    graph.add_edges_from(edges)
    ig_graph = igraph.Graph(n=len(ids), edges=edges)
    half = math.sqrt(len(ids)) / 2
    start_rng = random.Random(7)
    start = [[start_rng.uniform(-half, half), start_rng.uniform(-half, half)] for _ in ids]
    igraph.set_random_number_generator(random.Random(7))
    began = time.process_time()
    if candidate == "networkx spring_layout (200 steps)":
        raw = nx.spring_layout(graph, seed=7, iterations=200)
        points = [raw[i] for i in range(len(ids))]
    elif candidate == "networkx forceatlas2_layout":
        raw = nx.forceatlas2_layout(graph, seed=7)
        points = [raw[i] for i in range(len(ids))]
    elif candidate == "igraph fruchterman_reingold":
        points = ig_graph.layout_fruchterman_reingold(seed=start, niter=500, grid="nogrid").coords
    elif candidate == "igraph fruchterman_reingold grid":
        points = ig_graph.layout_fruchterman_reingold(seed=start, niter=500, grid="grid").coords
    elif candidate == "igraph drl":
        points = ig_graph.layout_drl().coords
    elif candidate == "igraph kamada_kawai":
        points = ig_graph.layout_kamada_kawai().coords
    else:
        raw = layout_positions(partner_map)
        points = [raw[actor_id] for actor_id in ids]
    seconds = time.process_time() - began
    return {"seconds": seconds, **_spread(points, edges)}


def _spread(points: list[Any], edges: list[tuple[int, int]]) -> dict[str, float]:
    import numpy as np
    from scipy.spatial import cKDTree

    array = np.asarray(points, dtype=float)
    span = float(np.ptp(array, axis=0).max()) or 1.0
    array = array / span * math.sqrt(len(array))  # about one unit per node along each side
    pairs = np.asarray(edges)
    lengths = np.linalg.norm(array[pairs[:, 0]] - array[pairs[:, 1]], axis=1)
    nearest = cKDTree(array).query(array, k=2)[0][:, 1]
    return {"spread": float(np.median(lengths) / np.median(nearest)), "closest": float(nearest.min())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,10000", help="actor counts (default %(default)s)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per candidate (default %(default)s)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        print(json.dumps(_run(arguments.child[0], Path(arguments.child[1]))))
        return
    print("| actors | algorithm | CPU s | spread | closest |")
    print("|---:|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="partnermap-layouts-") as work:
        for size in (int(s) for s in arguments.sizes.split(",")):
            folder = generate_map(Path(work) / f"map-{size}", actors=size)
            for candidate in CANDIDATES:
                try:
                    done = subprocess.run([sys.executable, "-m", "bench.layouts", "--child", candidate, str(folder)],
                                          capture_output=True, text=True, timeout=arguments.timeout, check=True)
                    result = json.loads(done.stdout.strip().splitlines()[-1])
                    cells = f"{result['seconds']:.2f} | {result['spread']:.1f} | {result['closest']:.3f}"
                except subprocess.TimeoutExpired:
                    cells = f"> {arguments.timeout:.0f} | | "
                print(f"| {size:,} | {candidate} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
