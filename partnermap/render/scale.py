"""Large maps in the browser: the vis-network options that keep them fast, and the size past which
a page is not written at all. Every figure here was measured with bench/ (bench/RESULTS.md).
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

from ..errors import PartnermapError
from ..graph.model.records import PartnerMap

# Above this many actors the page hides edges while the view moves, drops hover effects and draws
# every link as a solid line.
LARGE_MAP = 1000
# Above this many actors the side panel shows no network measures: betweenness and communities took
# about 4.5 s of a 14 s render at 10,000 actors (bench/RESULTS.md); `partnermap stats` gives them at
# any size.
PANEL_METRICS_MAX_ACTORS = 5000
# Above this many actors `partnermap render` writes no page unless forced. Measured in headless
# Chromium on a 2-core machine (bench/RESULTS.md): first draw 5.4 s at 10,000 actors, 12 s at 20,000
# (a full redraw after a pan: 2.6 s), 20 s at 30,000 (6.2 s per redraw, an 88 MB page); a 50,000-actor
# page would be 150 MB and take about a minute to draw, then seconds per frame.
MAX_ACTORS = 20000
# Lets the tests (and anyone measuring) lower the limit without building a 20,000-actor map.
MAX_ACTORS_VARIABLE = "PARTNERMAP_MAX_ACTORS"


class MapTooLargeError(PartnermapError):
    """The map has more actors than a browser page can draw in reasonable time."""


def max_actors() -> int:
    """The largest map `partnermap render` writes without --force ($PARTNERMAP_MAX_ACTORS overrides)."""
    value = os.environ.get(MAX_ACTORS_VARIABLE, "")
    return int(value) if value.isdigit() else MAX_ACTORS


def check_page_size(partner_map: PartnerMap, *, force: bool = False) -> None:
    """Raise MapTooLargeError, naming filters that would work on this map, when its page would stall."""
    actors, links = len(partner_map.actors), len(partner_map.links)
    limit = max_actors()
    if force or actors <= limit:
        return
    # Examples from the map itself: its rarest kind, and its most connected actor.
    kinds = Counter(actor.kind for actor in partner_map.actors.values())
    kind = min(kinds, key=lambda k: (kinds[k], k))
    degree = Counter(end for link in partner_map.links.values() for end in (link.from_actor, link.to_actor))
    hub = max(degree, key=lambda a: (degree[a], a)) if degree else next(iter(partner_map.actors))
    raise MapTooLargeError(
        f"the map has {actors:,} actors and {links:,} links: a page this large takes minutes to open in a "
        f"browser, if it opens at all (the limit is {limit:,} actors). Render part of it: one kind of actor "
        f"(e.g. --kind {kind}: {kinds[kind]:,} actors), or the actors around one actor (e.g. --focus {hub} "
        "--depth 1). `partnermap export` writes the whole map for Gephi; --force writes the page anyway."
    )


def vis_options_for(node_count: int) -> dict[str, Any]:
    """vis-network options to merge over the page's own for a map of this many actors ({} for small maps).

    Measured at 2,000 and 10,000 actors with bench/vis_variants.py (bench/RESULTS.md):
    - edges hidden while dragging or zooming: a drag frame at 2,000 actors paints in 9 ms instead of 69;
    - no hover effects: otherwise every mouse move is tested against every node and edge; at 10,000
      actors a wheel zoom was answered in 0.16 s instead of 1.1 to 1.9 s, a drag frame painted in 0.12 s
      instead of 0.25 s.
    """
    if node_count <= LARGE_MAP:
        return {}
    return {
        "interaction": {"hover": False, "hideEdgesOnDrag": True, "hideEdgesOnZoom": True},
    }


def dashes_drawn(node_count: int) -> bool:
    """Whether link types are drawn with their dash patterns (colour alone tells them apart past LARGE_MAP).

    Dashed lines are the costliest part of a frame: at 10,000 actors a full redraw (after a pan)
    took 1.0 s with dashes and 0.34 s with solid lines (bench/vis_variants.py).
    """
    return node_count <= LARGE_MAP


def merged(options: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """`options` with `extra` merged in, nested mappings merged key by key (neither is changed)."""
    result = dict(options)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merged(result[key], value)
        else:
            result[key] = value
    return result
