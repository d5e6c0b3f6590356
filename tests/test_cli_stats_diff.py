"""`partnermap stats` and `partnermap diff` as a user runs them, output asserted exactly; and the
measures reaching the HTML map's panel and the exports."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnermap import load_map
from partnermap.cli import cli
from partnermap.graph.analysis.metrics import StatsReport, actor_metrics, map_stats
from partnermap.graph.analysis.select import Selection, select
from tests.conftest import MINIMAL_MAP, SEED_MAP, TESTS
from tests.graph.tiny_maps import two_triangles

DIFF_OLD = TESTS / "data" / "diff" / "old"
DIFF_NEW = TESTS / "data" / "diff" / "new"

MINIMAL_TABLE = """\
Test map
Selection: the whole map
4 actors, 3 links, 1 source; 2 pairs of partners; density 0.333333; 2 components; 2 communities
Betweenness: exact

Actors by kind
  Government           1
  Trade union          1
  Civil society        1
  Local authority      1

Actors by level
  Local            1
  National         1
  unspecified      2

Links by type
  Social dialogue         1
  Policy development      1
  Integration             1

Links by strength
  Required      2
  Possible      1

Links by source
  accord      3

Actors
  id                 kind             degree  weighted  betweenness  pagerank  community
  governments        government            2         8     0.000000  0.250000          0
  trade_unions       trade_union           2         8     0.000000  0.250000          0
  civil_society      civil_society         1         1     0.000000  0.250000          1
  local_authorities  local_authority       1         1     0.000000  0.250000          1

Components
  1. 2 actors: governments, trade_unions
  2. 2 actors: civil_society, local_authorities

Communities
  0. Governments' community (2 actors): governments, trade_unions
  1. Civil society's community (2 actors): civil_society, local_authorities

Brokers: whose removal most disconnects communities
  none

Coverage: links of each type with an actor of each kind at one end
                   1  2  3
  Government       1  1  0
  Trade union      1  1  0
  Civil society    0  0  1
  Local authority  0  0  1

  1 = Social dialogue
  2 = Policy development
  3 = Integration

Gaps
  Actors in no partnership: none
  Kinds in no partnership: none
  Link types no actor of a kind takes part in:
    Government: Integration
    Trade union: Integration
    Civil society: Social dialogue, Policy development
    Local authority: Social dialogue, Policy development
  Link types no link has: Bilateral agreement, Multilateral cooperation, Global dialogue, Public-private \
partnership, Policy implementation, Service delivery, Capacity building, Remittances, Border cooperation, \
Protection, Irregular migration, Public awareness, Knowledge sharing

Sources: paragraphs the map cites
  accord: 2 of 3 paragraphs cited; not cited:
    1  Summary of the test meeting
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


# --- stats ------------------------------------------------------------------------------------


def test_stats_table_in_english() -> None:
    result = run("stats", str(MINIMAL_MAP), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout == MINIMAL_TABLE
    assert result.stderr == ""


def test_stats_table_starts_in_the_maps_language() -> None:
    result = run("stats", str(MINIMAL_MAP))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:4] == [
        "Carte d'essai",
        "Sélection : toute la carte",
        "4 acteurs, 3 liens, 1 source; 2 paires de partenaires; densité 0.333333; 2 composantes; 2 communautés",
        "Intermédiarité : exacte",
    ]


def test_stats_brokers_section(tmp_path: Path) -> None:
    result = run("stats", str(two_triangles(tmp_path / "map")), "--lang", "en")
    assert result.exit_code == 0
    section = result.stdout.split("Brokers: whose removal most disconnects communities\n")[1].split("\n\n")[0]
    assert section == (
        "  ministry (Ministry), betweenness 0.600000\n"
        "    - only link between Ministry's community and Unions'\n"
        "    - removing it cuts 2 actors off from the rest of the map: Police, Courts\n"
        "  unions (Unions), betweenness 0.600000\n"
        "    - only link between Ministry's community and Unions'\n"
        "    - removing it cuts 2 actors off from the rest of the map: Employers, Workers")


def test_stats_csv_default_table_is_one_row_per_actor() -> None:
    result = run("stats", str(MINIMAL_MAP), "--format", "csv", "--lang", "en")
    assert result.exit_code == 0
    # CliRunner's .stdout turns CRLF into LF; the bytes are what a file receives (RFC 4180 line ends).
    assert result.stdout_bytes == (
        b"id,name,kind,level,degree,weighted_degree,betweenness,pagerank,community\r\n"
        b"governments,Governments,government,national,2,8.0,0.0,0.25,0\r\n"
        b"trade_unions,Trade unions,trade_union,unspecified,2,8.0,0.0,0.25,0\r\n"
        b"civil_society,Civil society,civil_society,unspecified,1,1.0,0.0,0.25,1\r\n"
        b"local_authorities,Local authorities,local_authority,local,1,1.0,0.0,0.25,1\r\n")


def test_stats_csv_other_tables() -> None:
    result = run("stats", str(MINIMAL_MAP), "--format", "csv", "--table", "counts")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == ["field,value,count", "kind,government,1", "kind,trade_union,1"]
    gaps = run("stats", str(MINIMAL_MAP), "--format", "csv", "--table", "gaps").stdout.splitlines()
    assert gaps[:3] == ["gap,kind,value", "type_without_kind,government,integration",
                        "type_without_kind,trade_union,integration"]


def test_stats_csv_protects_formulas_as_export_csv_does(map_copy: Path, tmp_path: Path) -> None:
    actors = (map_copy / "actors.yaml").read_text()
    (map_copy / "actors.yaml").write_text(actors.replace("en: Trade unions", 'en: "@SUM(A1)"'))
    stats_rows = run("stats", str(map_copy), "--format", "csv", "--lang", "en").stdout.splitlines()
    assert stats_rows[2] == "trade_unions,'@SUM(A1),trade_union,unspecified,2,8.0,0.0,0.25,0"
    assert run("export", str(map_copy), "--lang", "en", "-o", f"{tmp_path / 'tables'}/").exit_code == 0
    nodes = (tmp_path / "tables" / "nodes.csv").read_text(encoding="utf-8").splitlines()
    assert nodes[2].startswith("'@SUM(A1),")


def test_stats_table_choices_are_the_reports_tables() -> None:
    option = next(p for p in cli.commands["stats"].params if p.name == "csv_table")
    assert tuple(option.type.choices) == StatsReport.TABLES


def test_stats_json_is_the_whole_report() -> None:
    result = run("stats", str(SEED_MAP), "--format", "json", "--type", "capacity_building")
    assert result.exit_code == 0
    expected = map_stats(select(load_map(SEED_MAP), Selection(types=("capacity_building",))),
                         selection="types=capacity_building")
    assert json.loads(result.stdout) == json.loads(json.dumps(expected.to_dict()))
    assert json.loads(result.stdout)["selection"] == "types=capacity_building"


def test_stats_focus_uses_the_shared_selection() -> None:
    result = run("stats", str(MINIMAL_MAP), "--focus", "governments", "--depth", "1", "--format", "csv")
    assert [line.split(",")[0] for line in result.stdout.splitlines()] == ["id", "governments", "trade_unions"]


@pytest.mark.parametrize(("args", "message"), [
    (["--table", "gaps"], "Error: --table applies to --format csv only, not table\n"),
    (["--lang", "de"], "Error: Invalid value for --lang: 'de' is not one of the map's languages (fr, en)\n"),
    (["--kind", "goverment"], "Error: unknown kind 'goverment'; did you mean 'government'?\n"),
    (["--format", "xml"], "Error: Invalid value for '--format': 'xml' is not one of 'table', 'json', 'csv'.\n"),
])
def test_stats_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run("stats", str(MINIMAL_MAP), *args)
    assert result.exit_code == 2
    assert result.stderr.endswith(message)
    assert result.stdout == ""


def test_stats_on_an_invalid_map_lists_problems_and_exits_1(map_copy: Path) -> None:
    (map_copy / "links.yaml").write_text("- id: x\n  from: governments\n", encoding="utf-8")
    result = run("stats", str(map_copy))
    assert result.exit_code == 1
    assert f"{map_copy / 'links.yaml'}:1:" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Error: ") and "problem" in result.stderr.splitlines()[-1]
    assert "Traceback" not in result.output


# --- diff -------------------------------------------------------------------------------------


def test_diff_text_exits_1_when_maps_differ() -> None:
    from tests.graph.test_diff import EXPECTED_TEXT

    result = run("diff", str(DIFF_OLD), str(DIFF_NEW))
    assert result.exit_code == 1
    assert result.stdout == EXPECTED_TEXT
    assert result.stderr == ""


def test_diff_exits_0_when_nothing_changed(tmp_path: Path) -> None:
    copy = shutil.copytree(DIFF_OLD, tmp_path / "same")
    result = run("diff", str(DIFF_OLD), str(copy))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "no differences\n", "")


def test_diff_json() -> None:
    result = run("diff", str(DIFF_OLD), str(DIFF_NEW), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert (data["old"], data["new"], data["identical"]) == (str(DIFF_OLD), str(DIFF_NEW), False)
    assert data["summary"]["links"] == {"added": 1, "removed": 1, "changed": 2}
    assert run("diff", str(DIFF_OLD), str(DIFF_OLD), "--format", "json").exit_code == 0


def test_diff_trouble_exits_2(tmp_path: Path) -> None:
    missing = run("diff", str(DIFF_OLD), str(tmp_path / "nowhere"))
    assert missing.exit_code == 2
    assert missing.stderr.endswith(f"Error: Invalid value for NEW_DIR: folder '{tmp_path / 'nowhere'}' does not "
                                   "exist\n")
    broken = shutil.copytree(DIFF_NEW, tmp_path / "broken")
    (broken / "actors.yaml").write_text("- id: [\n", encoding="utf-8")
    result = run("diff", str(broken), str(DIFF_NEW))
    assert result.exit_code == 2
    assert result.stderr == (f"{broken / 'actors.yaml'}:2: YAML syntax error: did not find expected node content\n"
                             f"Error: 1 problem in {broken}; cannot compare\n")
    assert result.stdout == ""


def test_diff_does_not_check_quotes(tmp_path: Path) -> None:
    # A work-in-progress version whose quote is not (yet) in the source can still be reviewed.
    draft = shutil.copytree(DIFF_NEW, tmp_path / "draft")
    links = (draft / "links.yaml").read_text(encoding="utf-8")
    (draft / "links.yaml").write_text(links.replace("of their rights", "of their duties"), encoding="utf-8")
    result = run("diff", str(DIFF_NEW), str(draft))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-2:] == [
        '    evidence + review para 5: "States and civil society should also inform migrant workers of their '
        'duties"',
        '    evidence - review para 5: "States and civil society should also inform migrant workers of their '
        'rights"']


# --- the measures in the HTML map and in exports ----------------------------------------------


def test_render_puts_the_measures_in_the_side_panel_data() -> None:
    result = run("render", str(SEED_MAP), "-o", "-", "--focus", "migrants")
    assert result.exit_code == 0, result.output
    match = re.search(r'<script type="application/json" id="partnermap-data">(.*?)</script>', result.stdout,
                      re.DOTALL)
    data = json.loads(match.group(1))
    expected = actor_metrics(select(load_map(SEED_MAP), Selection(focus=("migrants",))))
    assert data["hasMetrics"] is True
    assert {actor["id"]: actor["metrics"] for actor in data["actors"]} == expected


def test_gexf_export_carries_the_measures_as_node_attributes() -> None:
    result = run("export", str(SEED_MAP), "--format", "gexf", "-o", "-", "--type", "capacity_building")
    assert result.exit_code == 0, result.output
    root = ET.fromstring(result.stdout_bytes)
    ns = {"g": root.tag.split("}")[0].strip("{")}
    titles = {a.get("id"): (a.get("title"), a.get("type"))
              for a in root.iterfind("g:graph/g:attributes[@class='node']/g:attribute", ns)}
    assert {titles[i] for i in ("degree", "weighted_degree", "betweenness", "pagerank", "community")} == {
        ("degree", "integer"), ("weighted_degree", "double"), ("betweenness", "double"), ("pagerank", "double"),
        ("community", "integer")}
    found = {}
    for node in root.iterfind("g:graph/g:nodes/g:node", ns):
        values = {v.get("for"): v.get("value") for v in node.iterfind("g:attvalues/g:attvalue", ns)}
        found[node.get("id")] = {"degree": int(values["degree"]), "weighted_degree": float(values["weighted_degree"]),
                                 "betweenness": float(values["betweenness"]), "pagerank": float(values["pagerank"]),
                                 "community": int(values["community"])}
    assert found == actor_metrics(select(load_map(SEED_MAP), Selection(types=("capacity_building",))))


def test_the_examples_in_docs_analysis_are_real_output() -> None:
    docs = (SEED_MAP.parent / "docs" / "analysis.md").read_text(encoding="utf-8")
    brokers = docs.split("```\nBrokers: whose removal")[1].split("```")[0]
    output = run("stats", str(SEED_MAP), "--lang", "en").stdout
    assert "Brokers: whose removal" + brokers in output
    excerpt = docs.split("```\nactors: 1 added")[1].split("```")[0]
    diff_lines = run("diff", str(DIFF_OLD), str(DIFF_NEW)).stdout.splitlines()
    excerpt_lines = ("actors: 1 added" + excerpt).splitlines()
    assert all(line in diff_lines for line in excerpt_lines)
    # ... and in the same order
    positions = [diff_lines.index(line) for line in excerpt_lines if line]
    assert positions == sorted(positions)


def test_render_leaves_the_measures_out_of_very_large_maps(monkeypatch: pytest.MonkeyPatch) -> None:
    # Betweenness and communities would take half the render time of a 10,000-actor map.
    monkeypatch.setattr("partnermap.render.scale.PANEL_METRICS_MAX_ACTORS", 29)
    result = run("render", str(SEED_MAP), "-o", "-")
    assert result.exit_code == 0, result.output
    match = re.search(r'<script type="application/json" id="partnermap-data">(.*?)</script>', result.stdout,
                      re.DOTALL)
    assert json.loads(match.group(1))["hasMetrics"] is False
