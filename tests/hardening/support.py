"""Shared by the hardening tests: the hypothesis profile, a map writer, and readers for every output.

Every reader uses a real parser (xml.etree, json, csv, html.parser), so a test sees an output the way
Gephi, a spreadsheet or a browser would, not the way a regular expression would.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, settings

from tests.conftest import REPOSITORY

# A few dozen examples per property keeps the suite fast on 2 cores; raise it for a deeper search:
# PARTNERMAP_HARDENING_EXAMPLES=2000 pytest tests/hardening
settings.register_profile(
    "partnermap-hardening",
    max_examples=int(os.environ.get("PARTNERMAP_HARDENING_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                           HealthCheck.data_too_large],
)
HARDENING = settings.get_profile("partnermap-hardening")

# Formats whose bytes carry the map's texts, with the file name the CLI is given for each.
EXPORTS = {"gexf": "map.gexf", "graphml": "map.graphml", "json": "map.json", "graphology": "map.graphology.json",
           "csv": "map.zip", "svg": "map.svg", "png": "map.png"}
TRACEBACK = "Traceback (most recent call last)"


def dump(value: Any) -> str:
    """`value` as YAML, unicode kept as written (what a curator's editor would save)."""
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000)


def write_map(folder: Path, *, header: dict, actors: list, links: list, sources: dict[str, str]) -> Path:
    """Write a map folder: map.yaml, actors.yaml, links.yaml and sources/NAME files."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "map.yaml").write_text(dump(header), encoding="utf-8")
    (folder / "actors.yaml").write_text(dump(actors), encoding="utf-8")
    (folder / "links.yaml").write_text(dump(links), encoding="utf-8")
    for name, text in sources.items():
        (folder / "sources" / name).write_text(text, encoding="utf-8")
    return folder


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess:
    """`python -m partnermap ARGS` in a fresh process (its own hash seed, imports and memory)."""
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY), **(env or {})}
    return subprocess.run([sys.executable, "-m", "partnermap", *args], capture_output=True, text=True,
                          env=environment, cwd=cwd, timeout=timeout, check=False)


# Reading the outputs back

class _DataBlock(HTMLParser):
    """Collects the text of <title>, the CSP <meta> and the <script type="application/json"> block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.csp: list[str] = []
        self.data: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp.append(attributes.get("content") or "")
        if tag == "script":
            self.scripts.append(attributes)
            self._in = "data" if attributes.get("type") == "application/json" else "script"
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "data":
            self.data.append(data)
        elif self._in == "title":
            self.title += data


class _Structure(HTMLParser):
    """Every start tag of a page with the names of its attributes, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(sorted(name for name, _ in attrs))))


def html_structure(page: str) -> list[tuple[str, tuple[str, ...]]]:
    """The elements a browser builds from the page before any script runs: texts must add none."""
    parser = _Structure()
    parser.feed(page)
    parser.close()
    return parser.tags


def read_html(page: str) -> _DataBlock:
    """The page as a browser's parser splits it; `.data` holds the JSON block's text."""
    parser = _DataBlock()
    parser.feed(page)
    parser.close()
    return parser


def html_data(page: str) -> dict:
    """The JSON data the page's scripts read, parsed by json."""
    blocks = read_html(page).data
    assert len(blocks) == 1, f"expected one JSON data block, found {len(blocks)}"
    return json.loads(blocks[0])


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def gexf_nodes(data: bytes) -> dict[str, dict[str, str]]:
    """{node id: {"label": …, attribute id: value}} from GEXF, read by xml.etree."""
    root = ET.fromstring(data)
    nodes = {}
    for node in root.iter():
        if _local(node.tag) != "node":
            continue
        values = {"label": node.get("label")}
        for value in node.iter():
            if _local(value.tag) == "attvalue":
                values[value.get("for")] = value.get("value")
        nodes[node.get("id")] = values
    return nodes


def graphml_nodes(data: bytes) -> dict[str, dict[str, str]]:
    """{node id: {attribute name: text}} from GraphML, read by xml.etree."""
    root = ET.fromstring(data)
    names = {key.get("id"): key.get("attr.name") for key in root.iter() if _local(key.tag) == "key"}
    nodes = {}
    for node in root.iter():
        if _local(node.tag) == "node":
            nodes[node.get("id")] = {names[d.get("key")]: d.text or "" for d in node if _local(d.tag) == "data"}
    return nodes


def node_link_nodes(data: bytes) -> dict[str, dict[str, Any]]:
    return {node["id"]: node for node in json.loads(data)["nodes"]}


def graphology_nodes(data: bytes) -> dict[str, dict[str, Any]]:
    return {node["key"]: node["attributes"] for node in json.loads(data)["nodes"]}


def csv_nodes(data: bytes) -> dict[str, dict[str, str]]:
    """{actor id: {column title: cell}} from the zip's nodes.csv, read by csv."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        text = archive.read("nodes.csv").decode("utf-8-sig")
    return {row["Actor ID"]: row for row in csv.DictReader(io.StringIO(text, newline=""))}
