"""nodes.csv and edges.csv for spreadsheets and Kumu, in a folder or a zip.

Column names follow Kumu's import: nodes.csv starts with `Label` and `Type`, edges.csv with
`From`, `To` and `Type`, where From and To are the actors' labels (Kumu joins connections to
elements by label; two actors sharing a label get their id appended). Ids come last
(`Actor ID`; `From ID`, `To ID`, `ID` for links), so a spreadsheet can join the two files
without depending on labels.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from pathlib import Path

from ....errors import OutputError
from ....outputs import write_atomic_files
from ..spreadsheet import formula_safe
from .flatten import Column, FlatGraph, Value

NODES_FILE = "nodes.csv"
EDGES_FILE = "edges.csv"
BOM = "\ufeff"
# A fixed date for every zip entry (the earliest zip allows), so the zip is the same bytes each time.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def csv_tables(graph: FlatGraph, *, bom: bool = False) -> dict[str, bytes]:
    """{"nodes.csv": …, "edges.csv": …} as UTF-8 (with a byte-order mark for Excel when `bom`)."""
    labels = _unique_labels(graph)
    node_columns = graph.node_columns
    edge_columns = graph.edge_columns
    nodes = [[_cell(column, node.values.get(column.name)) if column.name != "label" else labels[node.id]
              for column in node_columns] + [node.id] for node in graph.nodes]
    edges = [[labels[edge.source], labels[edge.target],
              *(_edge_cell(column, edge.values.get(column.name)) for column in edge_columns),
              edge.source, edge.target, edge.id] for edge in graph.edges]
    return {
        NODES_FILE: _csv([*(c.title for c in node_columns), "Actor ID"], nodes, bom=bom),
        EDGES_FILE: _csv(["From", "To", *(_edge_title(c) for c in edge_columns), "From ID", "To ID", "ID"],
                         edges, bom=bom),
    }


def zip_tables(tables: dict[str, bytes]) -> bytes:
    """The tables in one zip, entries in a fixed order with fixed dates and permissions."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in tables.items():
            entry = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # Unix, whatever machine writes it
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    return buffer.getvalue()


def write_tables(tables: dict[str, bytes], output: Path) -> list[Path]:
    """Write the tables into the folder `output` (created when missing, not its parents) or, for
    `NAME.csv`, to NAME-nodes.csv and NAME-edges.csv beside it; return the files written.

    Both tables or neither: a failure must not pair new nodes with the previous edges, and
    leaves no half-filled new folder behind.
    """
    if output.suffix.lower() == ".csv":
        targets = {name: output.with_name(f"{output.stem}-{name}") for name in tables}
        write_atomic_files({targets[name]: data for name, data in tables.items()})
        return list(targets.values())
    created = _make_folder(output)
    targets = {name: output / name for name in tables}
    try:
        write_atomic_files({targets[name]: data for name, data in tables.items()})
    except OutputError:
        if created:
            for target in targets.values():
                target.unlink(missing_ok=True)
            output.rmdir()
        raise
    return list(targets.values())


def _make_folder(folder: Path) -> bool:
    """Create `folder` (not its parents); True when it did not exist before."""
    if folder.is_dir():
        return False
    if folder.exists():
        raise OutputError(f"cannot write CSV files into {folder}: it is a file, not a folder")
    try:
        folder.mkdir()
    except FileNotFoundError:
        raise OutputError(f"cannot write {folder}: folder '{folder.parent}' does not exist") from None
    except OSError as error:
        raise OutputError(f"cannot create folder {folder}: {error.strerror}") from None
    return True


def _unique_labels(graph: FlatGraph) -> dict[str, str]:
    counts = Counter(str(node.values["label"]) for node in graph.nodes)
    return {node.id: formula_safe(label if counts[label] == 1 else f"{label} ({node.id})")
            for node in graph.nodes for label in [str(node.values["label"])]}


def _edge_title(column: Column) -> str:
    # Kumu's own field for a connection's direction.
    return "Direction" if column.name == "directed" else column.title


def _edge_cell(column: Column, value: Value | None) -> str:
    if column.name == "directed":
        return "directed" if value else "undirected"
    return _cell(column, value)


def _cell(column: Column, value: Value | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return formula_safe(str(value)) if column.type == "string" else str(value)


def _csv(header: list[str], rows: list[list[str]], *, bom: bool) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ((BOM if bom else "") + buffer.getvalue()).encode("utf-8")
