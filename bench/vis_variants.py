"""Which vis-network options keep large maps fast: the same map rendered with each candidate, timed in Chromium.

    python -m bench.vis_variants --sizes 2000,10000 --repeats 3

Each variant adds options on top of the page's own (partnermap.render.options.vis_options, which
includes partnermap.render.scale.vis_options_for); the table shows first draw, a programmatic pan,
a mouse-wheel zoom, and the median paint time of the frames of a mouse drag (ms, medians).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path
from typing import Any

from .browser import close_browser, measure_page, open_browser
from .generate import generate_map

# name: (options merged over the page's, change made to every edge or None, dashes drawn at any size)
VARIANTS: dict[str, tuple[dict[str, Any], Any, bool]] = {
    "page as rendered": ({}, None, False),
    "hover off": ({"interaction": {"hover": False}}, None, False),
    "hover on": ({"interaction": {"hover": True}}, None, False),
    "edges shown while moving": ({"interaction": {"hideEdgesOnDrag": False, "hideEdgesOnZoom": False}}, None, False),
    "nodes hidden while dragging": ({"interaction": {"hideNodesOnDrag": True}}, None, False),
    "label outline off": ({"nodes": {"font": {"strokeWidth": 0}}}, None, False),
    "labels drawn from 12 px": ({"nodes": {"scaling": {"label": {"drawThreshold": 12}}}}, None, False),
    "dashed edges": ({}, None, True),
    "solid edges (no dashes)": ({}, {"dashes": False}, False),
    "straight edges (no curves)": ({}, {"smooth": {"enabled": False}}, False),
    "no arrows": ({}, {"arrows": {"to": {"enabled": False}}}, False),
}


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        merged[key] = _merge(base.get(key, {}), value) if isinstance(value, dict) else value
    return merged


def render_variant(folder: Path, extra: dict[str, Any], edge_change: dict[str, Any] | None, dashed: bool,
                   output: Path) -> None:
    """Render the map in `folder` with `extra` options merged over the page's own, and `edge_change` on each edge.

    `dashed` draws link types' dash patterns whatever the map's size (partnermap.render.scale.dashes_drawn).
    """
    import partnermap.render.network_data as network_module
    import partnermap.render.page_data as page_data
    from partnermap import load_map
    from partnermap.graph.analysis.metrics import actor_metrics
    from partnermap.render.html import render_html

    original_options, original_network = page_data.vis_options, page_data.network_data

    def network_data(*args: Any, **kwargs: Any) -> Any:
        network = original_network(*args, **kwargs)
        for edge in network.edges:
            edge.update(edge_change or {})
        return network

    page_data.vis_options = lambda *args, **kwargs: _merge(original_options(*args, **kwargs), extra)
    page_data.network_data = network_data
    original_dashes = network_module.dashes_drawn
    if dashed:
        network_module.dashes_drawn = lambda node_count: True
    try:
        partner_map = load_map(folder)
        output.write_text(render_html(partner_map, metrics=actor_metrics(partner_map)), encoding="utf-8")
    finally:
        page_data.vis_options, page_data.network_data = original_options, original_network
        network_module.dashes_drawn = original_dashes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000", help="actor counts (default %(default)s)")
    parser.add_argument("--repeats", type=int, default=3, help="page loads per variant (default %(default)s)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for a first draw")
    parser.add_argument("--variants", help="comma-separated names of the variants to run (default: all)")
    arguments = parser.parse_args()
    keys = ("first_draw_ms", "pan_ms", "zoom_ms", "drag_frame_ms")
    print("| actors | variant | first draw | pan | zoom | drag frame |")
    print("|---:|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="partnermap-vis-") as work:
        handles = open_browser()
        try:
            for size in (int(s) for s in arguments.sizes.split(",")):
                folder = generate_map(Path(work) / f"map-{size}", actors=size)
                chosen = arguments.variants.split(",") if arguments.variants else list(VARIANTS)
                for name in chosen:
                    extra, edge_change, dashed = VARIANTS[name]
                    page = Path(work) / f"page-{size}.html"
                    render_variant(folder, extra, edge_change, dashed, page)
                    runs = [measure_page(handles, page, timeout=arguments.timeout) for _ in range(arguments.repeats)]
                    cells = []
                    for key in keys:
                        values = [run[key] for run in runs if run[key] is not None]
                        cells.append(f"{statistics.median(values):.0f}" if values else "–")
                    print(f"| {size:,} | {name} | " + " | ".join(cells) + " |", flush=True)
        finally:
            close_browser(handles)


if __name__ == "__main__":
    main()
