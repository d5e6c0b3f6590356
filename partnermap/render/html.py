"""The interactive map as one self-contained, offline HTML page.

The page is partnermap's own Jinja2 template (autoescaped) with vis-network inlined from
pyvis's copy, the map as a JSON data block, and a Content-Security-Policy that allows only
the page's own inline scripts (by hash) and forbids every connection.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from importlib import resources
from typing import Any

from .. import __version__
from ..errors import UsageError
from ..graph.model.records import PartnerMap
from ..graph.output.layout import PendingLayout, start_layout
from .page_data import Metrics, page_data
from .ui_text import language_name, ui_text
from .vislib import vis_network

THEMES = ("light", "projector")

# The page script: one file per job in assets/map/, joined in this order into the page's one inline
# <script>. Each file adds its functions to globalThis.partnermapModules; page.js, last, starts
# the page. The order is fixed here, so the same map always gives the same bytes (and CSP hash).
SCRIPT_FILES = ("data.js", "filters.js", "steps.js", "emphasis.js", "dom.js", "panels.js", "sidebar.js",
                "export.js", "reader.js", "timeline.js", "listview.js", "page.js")

# Characters that could end a <script> element or break JavaScript parsing, as JSON escapes.
_SCRIPT_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                        "\u2029": "\\u2029"}


def render_html(
    partner_map: PartnerMap, *, language: str | None = None, theme: str = "light",
    metrics: Metrics | None = None, physics: bool = False, layout: PendingLayout | None = None,
) -> str:
    """The whole page for `partner_map`; the same map and options always give the same string.

    `language` is the language the page opens in (default: the map's first); the reader can
    switch to any of the map's languages. `theme` is "light" or "projector" (opens in workshop
    mode). `metrics` (partnermap.graph.analysis.metrics.actor_metrics) are shown in each actor's panel.
    `physics` lets vis-network move the precomputed positions until they settle. `layout`
    (partnermap.graph.output.layout.start_layout(partner_map)) is the positions started earlier:
    on maps over 200 actors igraph then lays the map out in a child process while the caller
    works (`partnermap render` starts it before the network measures); else it starts here,
    before the rest of the page is built.
    """
    from jinja2 import Environment, PackageLoader, StrictUndefined
    from markupsafe import Markup

    language = language or partner_map.language
    if language not in partner_map.languages:
        raise UsageError(f"unknown language '{language}'; this map has {', '.join(partner_map.languages)}")
    if theme not in THEMES:
        raise UsageError(f"unknown theme '{theme}'; choose {' or '.join(THEMES)}")
    if layout is None:
        layout = start_layout(partner_map)
    vis = vis_network()
    app_js, app_css = page_script(), _asset("map.css") + _asset("reader.css") + _asset("timeline.css")
    data = page_data(partner_map, language=language, theme=theme, physics=physics, metrics=metrics,
                     layout=layout)
    scripts = {"vis_js": _inline(vis.script, "script"), "app_js": _inline(app_js, "script")}
    environment = Environment(loader=PackageLoader("partnermap.render", "templates"), autoescape=True,
                              undefined=StrictUndefined, keep_trailing_newline=True, trim_blocks=True)
    template = environment.get_template("map.html.j2")
    return template.render(
        language=language,
        title=partner_map.text(partner_map.title, language),
        csp=content_security_policy(scripts.values()),
        partnermap_version=__version__,
        vis_version=vis.version,
        pyvis_version=vis.pyvis_version,
        vis_css=Markup(_inline(vis.style, "style")),
        app_css=Markup(_inline(app_css, "style")),
        data_json=Markup(script_json(data)),
        theme=theme,
        ui=ui_text(partner_map.languages)[language],
        languages=[(code, language_name(code)) for code in partner_map.languages],
        **{name: Markup(text) for name, text in scripts.items()},
    )


def page_script() -> str:
    """The page's own script: the files of SCRIPT_FILES, in that order, as one text."""
    return "".join(_asset("map", name) for name in SCRIPT_FILES)


def script_json(value: Any) -> str:
    """`value` as JSON that is safe inside <script type="application/json">: it cannot close the
    element, open a comment or hold a line separator. Keys are sorted so the bytes are stable."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for character, escape in _SCRIPT_JSON_ESCAPES.items():
        text = text.replace(character, escape)
    return text


def content_security_policy(scripts: Any) -> str:
    """A policy that runs only the given inline scripts and lets the page fetch nothing.

    Styles are inline (vis-network sets style attributes); images only from data: and blob:
    URLs, which the PNG export uses.
    """
    hashes = " ".join(f"'sha256-{_sha256(script)}'" for script in scripts)
    return ("default-src 'none'; "
            f"script-src {hashes}; "
            "style-src 'unsafe-inline'; "
            "img-src data: blob:; "
            "connect-src 'none'; font-src 'none'; media-src 'none'; object-src 'none'; "
            "frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
            "base-uri 'none'; form-action 'none'")


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _inline(text: str, tag: str) -> str:
    """`text` unchanged, after checking it cannot end its <script>/<style> element early."""
    lowered = text.lower()
    if f"</{tag}" in lowered or (tag == "script" and "<!--" in lowered):
        raise ValueError(f"this text cannot be inlined in a <{tag}> element")
    return text


@cache
def _asset(*parts: str) -> str:
    path = resources.files("partnermap.render") / "assets"
    for part in parts:  # one step at a time: Traversable.joinpath takes several parts only from Python 3.11
        path = path / part
    return path.read_text(encoding="utf-8")
