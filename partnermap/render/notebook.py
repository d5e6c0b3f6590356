"""Showing the interactive map inside a Jupyter notebook.

    >>> from partnermap.render.notebook import show
    >>> show(partner_map, language="en")        # the last line of a cell

The page goes into an <iframe srcdoc>, so it keeps its own scripts and policy, writes no file
and needs no internet, exactly like map.html.
"""

from __future__ import annotations

import html
import importlib
from typing import Any

from ..graph.analysis.metrics import actor_metrics
from ..graph.model.records import PartnerMap
from .html import render_html


def iframe(partner_map: PartnerMap, *, height: int = 700, **options: Any) -> str:
    """An <iframe> holding the whole page; `options` are render_html's (language, theme, metrics…).

    The iframe is sandboxed to scripts only (no same origin), so the page cannot reach the notebook.
    """
    page = render_html(partner_map, **options)
    title = html.escape(partner_map.text(partner_map.title, options.get("language")), quote=True)
    return (f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(page, quote=True)}" title="{title}" '
            f'style="width: 100%; height: {int(height)}px; border: 1px solid #d6dae0"></iframe>')


def map_iframe(partner_map: PartnerMap, *, height: int = 640) -> str:
    """The iframe `show` displays: `partnermap render`'s page, with the measures in its side panel."""
    return iframe(partner_map, height=height, metrics=actor_metrics(partner_map))


def show(partner_map: PartnerMap, *, height: int = 700, **options: Any) -> Any:
    """The map as an IPython HTML object, displayed when it ends a notebook cell.

    With no `options`, the side panel shows the network measures, as `partnermap render` does.
    """
    # Imported by name: IPython is optional, and untyped where it is installed.
    display: Any = importlib.import_module("IPython.display")

    markup = iframe(partner_map, height=height, **options) if options else map_iframe(partner_map, height=height)
    # Wrapped in a <div>: IPython warns about HTML that starts with <iframe.
    return display.HTML(f"<div>{markup}</div>")
