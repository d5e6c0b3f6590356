"""vis-network options for the HTML map, in one place so that large maps can be tuned here."""

from __future__ import annotations

from typing import Any

from ..graph.output.labels import LIGHT
from .scale import merged, vis_options_for

LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"


def vis_options(node_count: int, *, physics: bool = False) -> dict[str, Any]:
    """The options passed to `new vis.Network`, for a map of `node_count` actors.

    Positions come from Python, so physics is off unless asked for; with physics on, those
    positions are the starting point and the simulation settles before the first draw.
    """
    # Large maps (scale.LARGE_MAP) get the measured speed-ups of partnermap/render/scale.py on top,
    # hiding edges while the view moves among them.
    return merged({
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
            "stabilization": {"enabled": physics, "iterations": 400, "fit": True},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 250,
            "keyboard": False,
            "multiselect": False,
            "navigationButtons": False,
            "hideEdgesOnDrag": False,
            "hideEdgesOnZoom": False,
        },
        "nodes": {
            "borderWidth": 1.5,
            "borderWidthSelected": 3,
            # The light theme's label size and wrapping, which the layout made room for.
            "font": {"size": LIGHT.font_size, "face": LABEL_FONT, "color": "#1a1a1a", "strokeWidth": 4,
                     "strokeColor": "#ffffff"},
            "widthConstraint": {"maximum": LIGHT.wrap_width},
        },
        "edges": {
            "arrows": {"to": {"enabled": False, "scaleFactor": 0.7}},
            "color": {"inherit": False},
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
    }, vis_options_for(node_count))
