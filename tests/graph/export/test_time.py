"""Exports over time: GEXF spells Gephi's timeline plays, first date and document count in every format."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPOSITORY
from tests.graph.export.helpers import export, graphology_read, jing_errors

TIMELINE_MAP = REPOSITORY / "tests" / "data" / "timeline"
# Counted by hand: see tests/data/timeline/map.yaml and tests/graph/test_timeline.py.
LINK_TIMES = {"private-remittances": ("2006-09-15", 2), "unions-dialogue": ("2006-09-15", 1),
              "iom-gov-capacity": ("2018-12-19", 1), "iom-private-knowledge": ("2013-10-03", 2)}
ACTOR_TIMES = {"governments": ("2006-09-15", 3), "private_sector": ("2006-09-15", 3),
               "trade_unions": ("2006-09-15", 1), "iom": ("2013-10-03", 2)}
NAMESPACES = {"1.3": "http://gexf.net/1.3", "1.2draft": "http://www.gexf.net/1.2draft"}


@pytest.mark.parametrize("version", ["1.3", "1.2draft"])
def test_gexf_spells_from_the_first_date_pass_the_schema(tmp_path: Path, version: str) -> None:
    output = export(TIMELINE_MAP, tmp_path / "time.gexf", "--gexf-version", version)
    assert jing_errors([output], version) == ""
    ns = {"g": NAMESPACES[version]}
    graph = ET.parse(output).getroot().find("g:graph", ns)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    spells = {}
    for tag in ("node", "edge"):
        for element in graph.iter(f"{{{ns['g']}}}{tag}"):
            found = element.findall("g:spells/g:spell", ns)
            assert len(found) == 1, element.get("id")
            assert found[0].get("end") is None  # open end: stated once, on the map from then on
            spells[element.get("id")] = found[0].get("start")
    assert spells == {key: first for key, (first, _) in {**LINK_TIMES, **ACTOR_TIMES}.items()}


def test_graphology_reads_the_first_date_and_the_document_count(tmp_path: Path) -> None:
    read = graphology_read("gexf", export(TIMELINE_MAP, tmp_path / "time.gexf"))
    assert {key: (edge["attributes"]["first_date"], edge["attributes"]["documents"])
            for key, edge in read["edges"].items()} == LINK_TIMES
    assert {key: (node["first_date"], node["documents"]) for key, node in read["nodes"].items()} == ACTOR_TIMES


def test_csv_and_json_carry_the_first_date_and_the_document_count(tmp_path: Path) -> None:
    export(TIMELINE_MAP, tmp_path / "time.csv")
    edges = list(csv.DictReader(io.StringIO((tmp_path / "time-edges.csv").read_text(encoding="utf-8"))))
    assert {row["ID"]: (row["First date"], int(row["Documents"])) for row in edges} == LINK_TIMES
    nodes = list(csv.DictReader(io.StringIO((tmp_path / "time-nodes.csv").read_text(encoding="utf-8"))))
    assert {row["Actor ID"]: (row["First date"], int(row["Documents"])) for row in nodes} == ACTOR_TIMES
    data = json.loads(export(TIMELINE_MAP, tmp_path / "time.json").read_text(encoding="utf-8"))
    assert {edge["key"]: (edge["first_date"], edge["documents"]) for edge in data["edges"]} == LINK_TIMES
    assert {node["id"]: (node["first_date"], node["documents"]) for node in data["nodes"]} == ACTOR_TIMES
