"""nodes.csv and edges.csv as spreadsheets and Kumu read them."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from partnermap import load_map
from partnermap.graph.output.export import ExportOptions, export_bytes, flat_graph
from partnermap.graph.output.export.tables import csv_tables
from tests.conftest import MINIMAL_MAP, SEED_MAP
from tests.graph.export.helpers import export


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def tables(data_dir: Path = MINIMAL_MAP, **options: object) -> dict[str, bytes]:
    partner_map = load_map(data_dir)
    return csv_tables(flat_graph(partner_map, ExportOptions(metrics=False, **options)), bom=False)


def test_headers_start_with_kumus_columns_and_end_with_ids() -> None:
    made = tables()
    assert made["nodes.csv"].decode().splitlines()[0] == (
        "Label,Type,Description,Level,Aliases,Name (fr),Name (en),Description (fr),Description (en),Evidence,"
        "Confidence,Needs review,First date,Documents,Color,Shape,Size,X,Y,Type ID,Level ID,Actor ID")
    assert made["edges.csv"].decode().splitlines()[0] == (
        "From,To,Type,Strength,Summary,Description,Direction,Weight,Summary (fr),Summary (en),Description (fr),"
        "Description (en),Evidence,Confidence,Needs review,First date,Documents,Color,Width,Dash,Type ID,Strength ID,"
        "From ID,To ID,ID")


def test_one_row_per_actor_and_link_with_labels_as_from_and_to() -> None:
    made = tables(language="en")
    nodes, edges = rows(made["nodes.csv"]), rows(made["edges.csv"])
    assert [(n["Label"], n["Type"], n["Level"], n["Actor ID"]) for n in nodes] == [
        ("Governments", "Government", "National", "governments"), ("Trade unions", "Trade union", "", "trade_unions"),
        ("Civil society", "Civil society", "", "civil_society"),
        ("Local authorities", "Local authority", "Local", "local_authorities")]
    assert [(e["From"], e["To"], e["Type"], e["Direction"], e["Strength"], e["ID"]) for e in edges] == [
        ("Governments", "Trade unions", "Social dialogue", "undirected", "Required", "gov-unions"),
        ("Civil society", "Local authorities", "Integration", "undirected", "Possible", "civil-society-local"),
        ("Governments", "Trade unions", "Policy development", "directed", "Required", "gov-unions-policy")]
    assert edges[0]["Evidence"] == "accord ¶2: governments must cooperate with trade unions on labour migration"
    assert (edges[0]["Weight"], edges[0]["Needs review"], edges[0]["Confidence"]) == ("4.0", "false", "")
    assert made["nodes.csv"].count(b"\r\n") == 5


def test_seed_map_tables_hold_every_actor_link_and_metric(tmp_path: Path) -> None:
    folder = export(SEED_MAP, tmp_path / "out", "--format", "csv")
    nodes = rows((folder / "nodes.csv").read_bytes())
    edges = rows((folder / "edges.csv").read_bytes())
    partner_map = load_map(SEED_MAP)
    assert [n["Actor ID"] for n in nodes] == list(partner_map.actors)
    assert [e["ID"] for e in edges] == list(partner_map.links)
    assert {"Degree", "Betweenness", "Pagerank", "Community"} <= set(nodes[0])
    labels = {n["Label"] for n in nodes}
    assert all(e["From"] in labels and e["To"] in labels for e in edges)


def test_bom_for_excel_only_when_asked() -> None:
    partner_map = load_map(MINIMAL_MAP)
    plain = csv_tables(flat_graph(partner_map, ExportOptions()), bom=False)
    with_bom = csv_tables(flat_graph(partner_map, ExportOptions()), bom=True)
    assert not plain["nodes.csv"].startswith(b"\xef\xbb\xbf")
    assert with_bom["nodes.csv"] == b"\xef\xbb\xbf" + plain["nodes.csv"]
    assert with_bom["edges.csv"] == b"\xef\xbb\xbf" + plain["edges.csv"]


def test_cells_a_spreadsheet_would_run_as_formulas_stay_text(map_copy: Path) -> None:
    actors = (map_copy / "actors.yaml").read_text()
    (map_copy / "actors.yaml").write_text(actors.replace("en: Trade unions", 'en: "=HYPERLINK(\\"http://x\\")"'))
    nodes = rows(tables(map_copy, language="en")["nodes.csv"])
    edges = rows(tables(map_copy, language="en")["edges.csv"])
    assert nodes[1]["Label"] == nodes[1]["Name (en)"] == "'=HYPERLINK(\"http://x\")"
    assert edges[0]["To"] == "'=HYPERLINK(\"http://x\")"
    # Numbers keep their sign: only text is protected.
    assert any(n["X"].startswith("-") or n["Y"].startswith("-") for n in nodes)


def test_actors_sharing_a_label_get_their_id_so_from_and_to_stay_unambiguous(map_copy: Path) -> None:
    actors = (map_copy / "actors.yaml").read_text()
    (map_copy / "actors.yaml").write_text(actors.replace("fr: Syndicats,", "fr: Gouvernements,"))
    made = tables(map_copy)
    assert [n["Label"] for n in rows(made["nodes.csv"])][:2] == [
        "Gouvernements (governments)", "Gouvernements (trade_unions)"]
    assert rows(made["edges.csv"])[0]["To"] == "Gouvernements (trade_unions)"


def test_zip_holds_both_tables_with_fixed_dates() -> None:
    data = export_bytes(load_map(MINIMAL_MAP), "csv")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["nodes.csv", "edges.csv"]
        assert {entry.date_time for entry in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.read("nodes.csv") == csv_tables(flat_graph(load_map(MINIMAL_MAP), ExportOptions()))["nodes.csv"]
        assert rows(archive.read("edges.csv"))[2]["ID"] == "gov-unions-policy"
    assert export_bytes(load_map(MINIMAL_MAP), "csv") == data


def test_csv_goes_to_a_folder_a_zip_or_name_dash_table(tmp_path: Path) -> None:
    export(MINIMAL_MAP, tmp_path / "folder", "--format", "csv")
    export(MINIMAL_MAP, tmp_path / "tables.zip")
    export(MINIMAL_MAP, tmp_path / "partners.csv")
    assert sorted(p.name for p in (tmp_path / "folder").iterdir()) == ["edges.csv", "nodes.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "folder", "partners-edges.csv", "partners-nodes.csv", "tables.zip"]
    assert (tmp_path / "partners-nodes.csv").read_bytes() == (tmp_path / "folder" / "nodes.csv").read_bytes()
