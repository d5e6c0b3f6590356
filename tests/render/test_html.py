"""The HTML page as bytes: self-contained, escaped, locked down by its CSP, and reproducible."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import partnermap.render
from partnermap import UsageError, load_map
from partnermap.graph.analysis.metrics import METRIC_NAMES
from partnermap.graph.output.style import FALLBACK_COLOR
from partnermap.render.html import SCRIPT_FILES, render_html, script_json
from partnermap.render.vislib import pyvis_folder
from tests.conftest import MINIMAL_MAP, REPOSITORY, SEED_MAP
from tests.render.hostile import HOSTILE_QUOTE, IMG, PAYLOADS, SCRIPT, make_hostile_map

SCRIPT_ELEMENT = re.compile(r"<script( [^>]*)?>(.*?)</script>", re.DOTALL)


def page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="partnermap-data">(.*?)</script>', page, re.DOTALL)
    assert match, "no data block"
    return json.loads(match.group(1))


def test_same_map_gives_the_same_bytes_in_another_process() -> None:
    code = ("import sys\nfrom partnermap import load_map\nfrom partnermap.render.html import render_html\n"
            f"sys.stdout.buffer.write(render_html(load_map({str(SEED_MAP)!r})).encode())")
    pages = [subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert pages[0] == pages[1]
    assert pages[0].decode() == render_html(load_map(SEED_MAP))


def test_page_loads_nothing_from_outside() -> None:
    page = render_html(load_map(SEED_MAP))
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:|//)""", page, re.IGNORECASE)
    assert "@import" not in page and "sourceMappingURL" not in page
    assert '<link rel="icon" href="data:,">' in page
    assert "<!-- vis-network 9.1.2 (Apache-2.0 OR MIT), the copy shipped with pyvis 0.3.2," in page


def test_vis_network_is_inlined_from_the_installed_pyvis() -> None:
    page = render_html(load_map(MINIMAL_MAP))
    shipped = (pyvis_folder() / "templates/lib/vis-9.1.2/vis-network.min.js").read_text(encoding="utf-8")
    scripts = [body for attributes, body in SCRIPT_ELEMENT.findall(page) if not attributes]
    assert scripts[0] == shipped.replace("\n//# sourceMappingURL=vis-network.min.js.map", "").rstrip("\n") + "\n"
    css = (pyvis_folder() / "templates/lib/vis-9.1.2/vis-network.css").read_text(encoding="utf-8")
    assert f"<style>{css}</style>" in page


def test_page_script_is_every_module_joined_in_the_declared_order() -> None:
    folder = Path(partnermap.render.__file__).parent / "assets" / "map"
    assert sorted(SCRIPT_FILES) == sorted(path.name for path in folder.glob("*.js")), "a module is not joined"
    assert SCRIPT_FILES[-1] == "page.js"  # it starts the page, so every other module must be loaded
    executable = [body for attributes, body in SCRIPT_ELEMENT.findall(render_html(load_map(MINIMAL_MAP)))
                  if not attributes]
    assert executable[1] == "".join((folder / name).read_text(encoding="utf-8") for name in SCRIPT_FILES)
    for name in SCRIPT_FILES:
        text = (folder / name).read_text(encoding="utf-8")
        assert text.startswith("// ") and text.endswith("})(globalThis.partnermapModules ??= {});\n"), name


def test_values_python_defines_reach_the_script_as_data() -> None:
    data = page_data(render_html(load_map(MINIMAL_MAP)))
    assert data["metricNames"] == list(METRIC_NAMES)
    assert data["fallbackColor"] == FALLBACK_COLOR


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_node_tests_sample_has_the_fields_of_the_page_data() -> None:
    # tests/js run the modules on a hand-made sample: it must not drift from what page_data.py writes.
    script = ("import('./tests/js/modules.mjs').then(({sampleData}) => { const d = sampleData(); "
              "console.log(JSON.stringify([Object.keys(d), Object.keys(d.actors[0]), Object.keys(d.links[0])])); })")
    sample = json.loads(subprocess.run(["node", "-e", script], cwd=REPOSITORY, capture_output=True, text=True,
                                       check=True).stdout)
    data = page_data(render_html(load_map(SEED_MAP)))
    top, actor, link = sample
    assert set(top) <= set(data), "the sample has a field the page data no longer has"
    assert (sorted(actor), sorted(link)) == (sorted(data["actors"][0]), sorted(data["links"][0]))


def test_csp_runs_only_the_page_scripts_and_forbids_connections() -> None:
    page = render_html(load_map(MINIMAL_MAP))
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    csp = csp.replace("&#39;", "'")
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'none'" and directives["connect-src"] == "'none'"
    assert directives["img-src"] == "data: blob:"
    executable = [body for attributes, body in SCRIPT_ELEMENT.findall(page) if not attributes]
    assert len(executable) == 2
    expected = {"'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
                for body in executable}
    assert set(directives["script-src"].split()) == expected
    assert "unsafe" not in directives["script-src"]
    # The policy must come before anything it governs.
    assert page.index("Content-Security-Policy") < page.index("<style>") < page.index("<script")


def test_hostile_texts_never_appear_as_markup(tmp_path: Path) -> None:
    page = render_html(load_map(make_hostile_map(tmp_path / "hostile")))
    for payload in PAYLOADS:
        if "<" in payload:
            assert payload not in page
    assert "<img" not in page and "<svg" not in page
    # Exactly one data block and the two scripts: the payloads opened no element of their own.
    assert [attributes for attributes, _ in SCRIPT_ELEMENT.findall(page)] == [
        ' type="application/json" id="partnermap-data"', "", ""]
    assert "<title>Carte &lt;img src=x onerror=&#34;window.__pwned=&#39;img&#39;&#34;&gt;</title>" in page
    data = page_data(page)
    unions = next(actor for actor in data["actors"] if actor["id"] == "trade_unions")
    assert unions["name"]["en"] == "Unions " + SCRIPT
    assert unions["evidence"][-1]["quote"] == HOSTILE_QUOTE
    assert data["title"]["fr"] == "Carte " + IMG


def test_script_json_escapes_what_could_end_a_script() -> None:
    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_data_block_carries_every_language_evidence_and_metrics() -> None:
    partner_map = load_map(SEED_MAP)
    metrics = {actor_id: {"degree": 3, "betweenness": 0.25, "pagerank": float("nan")}
               for actor_id in partner_map.actors}
    data = page_data(render_html(partner_map, language="en", metrics=metrics))
    assert data["language"] == "en" and data["languages"] == ["fr", "en"]
    assert set(data["ui"]) == {"fr", "en"}
    unions = next(actor for actor in data["actors"] if actor["id"] == "trade_unions")
    assert unions["name"] == {"fr": "Syndicats de travailleurs", "en": "Workers' unions"}
    assert unions["metrics"] == {"degree": 3, "betweenness": 0.25, "pagerank": None}
    assert len(data["links"]) == 53 and data["links"][0]["evidence"][0]["para"] == 7
    assert [step["links"][0] for step in data["tour"]][:2] == ["origin-host-bilateral-agreements",
                                                             "io-gov-partnerships-capacity"]
    assert {kind["id"] for kind in data["kinds"]} == {a.kind for a in partner_map.actors.values()}


def test_options_reach_the_page() -> None:
    partner_map = load_map(MINIMAL_MAP)
    assert page_data(render_html(partner_map))["options"]["physics"]["enabled"] is False
    assert page_data(render_html(partner_map, physics=True))["options"]["physics"]["enabled"] is True
    page = render_html(partner_map, theme="projector", language="en")
    assert '<body data-theme="projector">' in page and '<html lang="en">' in page


def test_unknown_language_or_theme_is_refused() -> None:
    partner_map = load_map(MINIMAL_MAP)
    with pytest.raises(UsageError, match=r"^unknown language 'de'; this map has fr, en$"):
        render_html(partner_map, language="de")
    with pytest.raises(UsageError, match=r"^unknown theme 'dark'; choose light or projector$"):
        render_html(partner_map, theme="dark")
