"""A valid map whose every text carries HTML and script payloads, built from tests/data/minimal."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from tests.conftest import MINIMAL_MAP

# Each payload, if it ever ran, would set window.__pwned.
IMG = "<img src=x onerror=\"window.__pwned='img'\">"
SCRIPT = "</script><script>window.__pwned='script'</script>"
JS_URL = "javascript:window.__pwned='url'"
SVG = "<svg onload=\"window.__pwned='svg'\"></svg>"
EXTRAS = "<!-- {{ 7 * 7 }} &amp; \u2028 ' \""
PAYLOADS = (IMG, SCRIPT, JS_URL, SVG)
HOSTILE_QUOTE = f"partners said {IMG} and {SCRIPT} and {JS_URL}"
HOSTILE_NAME_FR = f"Syndicats {IMG}"
HOSTILE_NAME_EN = f"Unions {SCRIPT}"


def _read(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _write(path: Path, data: object) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


def make_hostile_map(target: Path) -> Path:
    """Copy the minimal map to `target` and put the payloads in every text a reader sees."""
    shutil.copytree(MINIMAL_MAP, target)
    source = target / "sources" / "accord.en.txt"
    source.write_text(source.read_text(encoding="utf-8").rstrip("\n") + f"\n\nThe {HOSTILE_QUOTE}.\n",
                      encoding="utf-8")
    evidence = {"source": "accord", "para": 4, "quote": HOSTILE_QUOTE}

    description = {"fr": f"{JS_URL} {SVG} {EXTRAS}", "en": f"{SVG} {JS_URL}"}
    map_data = _read(target / "map.yaml")
    map_data["title"] = {"fr": f"Carte {IMG}", "en": f"Map {SCRIPT}"}
    map_data["description"] = description
    map_data["sources"][0]["title"] = f"Source {IMG} {SCRIPT}"
    map_data["kinds"] = [{"id": "hostile_kind", "label": {"fr": f"Genre {IMG}", "en": f"Kind {SCRIPT}"},
                          "color": "#123456", "shape": "dot"}]
    map_data["link_types"] = [{"id": "hostile_type", "label": {"fr": f"Lien {SVG}", "en": f"Link {IMG}"},
                               "color": "#654321", "dash": False}]
    map_data["tour"][0]["title"] = {"fr": f"Étape {SCRIPT}", "en": f"Step {IMG}"}
    _write(target / "map.yaml", map_data)

    actors = _read(target / "actors.yaml")
    unions = next(actor for actor in actors if actor["id"] == "trade_unions")
    unions.update(name={"fr": HOSTILE_NAME_FR, "en": HOSTILE_NAME_EN}, kind="hostile_kind",
                  aliases=[JS_URL, SVG], description=description)
    unions["evidence"].append(evidence)
    _write(target / "actors.yaml", actors)

    links = _read(target / "links.yaml")
    links[0].update(type="hostile_type", summary={"fr": f"Résumé {SCRIPT}", "en": f"Summary {IMG}"},
                    description=description)
    links[0]["evidence"].append(evidence)
    _write(target / "links.yaml", links)
    return target
