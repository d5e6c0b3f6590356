"""One measured step of the benchmark, run in a fresh Python process by bench/run.py.

    python -m bench.phases PHASE MAP_FOLDER [OUTPUT]

prints one JSON line: {"seconds": time of the step alone (imports and, except for `load`,
loading the map are not counted), "peak_mb": the process's peak resident memory (VmHWM), plus
that of the largest child it forked, if any: an upper bound, since the two share pages}. The
whole command, imports included, is timed by bench/run.py as `partnermap render`.
A fresh process per run keeps one step's memory and caches out of the next one's figures.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _load(folder: Path) -> Any:
    from partnermap import load_map

    return load_map(folder)


def _warm_imports() -> None:
    """Import what the steps import lazily, so that a step's time is its own work."""
    import igraph  # noqa: F401
    import jinja2  # noqa: F401
    import networkx  # noqa: F401
    import numpy  # noqa: F401


def load(folder: Path, output: Path | None) -> Callable[[], Any]:
    """Reading and validating the map (quotes checked against the sources)."""
    return lambda: _load(folder)


def layout(folder: Path, output: Path | None) -> Callable[[], Any]:
    """partnermap's layout_positions, on the loaded map."""
    from partnermap.graph.output.layout import layout_positions

    partner_map = _load(folder)
    _warm_imports()
    return lambda: layout_positions(partner_map)


def html(folder: Path, output: Path | None) -> Callable[[], Any]:
    """render_html as `partnermap render` calls it (layout included, metrics up to 5,000 actors)."""
    from partnermap.graph.analysis.metrics import actor_metrics
    from partnermap.graph.output.layout import start_layout
    from partnermap.render.html import render_html
    from partnermap.render.scale import PANEL_METRICS_MAX_ACTORS

    partner_map = _load(folder)
    _warm_imports()

    def step() -> None:
        layout = start_layout(partner_map)  # first, as the command does: a large map's igraph child runs meanwhile
        with_metrics = len(partner_map.actors) <= PANEL_METRICS_MAX_ACTORS
        page = render_html(partner_map, metrics=actor_metrics(partner_map) if with_metrics else None,
                           layout=layout)
        if output:
            output.write_text(page, encoding="utf-8")

    return step


def gexf(folder: Path, output: Path | None) -> Callable[[], Any]:
    """export_bytes(..., "gexf") with its default options, as `partnermap export -o map.gexf` does."""
    from partnermap.graph.output.export import export_bytes

    partner_map = _load(folder)
    _warm_imports()

    def step() -> None:
        data = export_bytes(partner_map, "gexf")
        if output:
            output.write_bytes(data)

    return step


def _plain_graph(folder: Path) -> Any:
    """The graph a pyvis user would build: one node per actor (label, kind as group), one edge per link."""
    import networkx as nx

    partner_map = _load(folder)
    graph = nx.Graph()
    for actor in partner_map.actors.values():
        graph.add_node(actor.id, label=partner_map.text(actor.name), group=actor.kind)
    graph.add_edges_from((link.from_actor, link.to_actor) for link in partner_map.links.values())
    return graph


def nx_spring(folder: Path, output: Path | None) -> Callable[[], Any]:
    """networkx.spring_layout with its defaults (50 iterations), seeded."""
    import networkx as nx

    graph = _plain_graph(folder)
    _warm_imports()
    return lambda: nx.spring_layout(graph, seed=7)


def pyvis_page(folder: Path, output: Path | None) -> Callable[[], Any]:
    """Plain pyvis: Network.from_nx then write_html, physics on, vis-network inlined so it opens offline."""
    from pyvis.network import Network

    graph = _plain_graph(folder)
    _warm_imports()

    def step() -> None:
        network = Network(cdn_resources="in_line")
        network.from_nx(graph)
        network.write_html(str(output or "pyvis.html"), open_browser=False, notebook=False)

    return step


PHASES = {"load": load, "layout": layout, "html": html, "gexf": gexf, "nx_spring": nx_spring,
          "pyvis": pyvis_page}


def own_peak_kb() -> int:
    """This process's peak resident memory in kB, from VmHWM.

    Not ru_maxrss: on Linux, a program started by fork and exec inherits in ru_maxrss the resident
    memory its parent had at the fork (here bench/run.py). The children this process forks itself
    do not exec, so their ru_maxrss (RUSAGE_CHILDREN) starts from the pages they share with it.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def main() -> None:
    phase, folder = sys.argv[1], Path(sys.argv[2])
    output = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    step = PHASES[phase](folder, output)
    start = time.perf_counter()
    step()
    seconds = time.perf_counter() - start
    peak_mb = (own_peak_kb() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(json.dumps({"seconds": round(seconds, 4), "peak_mb": round(peak_mb, 1)}))


if __name__ == "__main__":
    main()
