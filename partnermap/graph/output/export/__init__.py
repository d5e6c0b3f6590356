"""Exports for other tools: GEXF (Gephi), GraphML, node-link JSON, graphology JSON, CSV, SVG and PNG.

    >>> from partnermap import load_map
    >>> from partnermap.graph.output.export import ExportOptions, export_bytes
    >>> gexf = export_bytes(load_map("data"), "gexf", ExportOptions(language="en"))

Every format writes the same flat attributes (see flatten.py); one module per format.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ....errors import OutputError, UsageError
from ....outputs import write_atomic, write_atomic_files
from ...model.records import PartnerMap
from .drawing import DEFAULT_DPI, DEFAULT_HEIGHT, DEFAULT_WIDTH
from .flatten import FlatGraph, flatten
from .gexf import GEXF_VERSIONS

FORMATS = ("gexf", "graphml", "json", "graphology", "csv", "svg", "png")
# Formats that can go to standard output (`-o -`).
TEXT_FORMATS = ("gexf", "graphml", "json", "graphology", "svg")
_EXTENSIONS = {".gexf": "gexf", ".graphml": "graphml", ".json": "json", ".csv": "csv", ".zip": "csv",
               ".svg": "svg", ".png": "png"}


@dataclass(frozen=True)
class ExportOptions:
    """How to export: labels' language, metrics, and the options of some formats."""

    language: str | None = None
    metrics: bool = True
    gexf_version: str = "1.3"
    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT
    dpi: int = DEFAULT_DPI
    bom: bool = False


def guess_format(path: str | Path) -> str | None:
    """The format a file name asks for (`.gexf` -> gexf, `.zip` -> csv…); None when it does not tell.

    A path ending with `/`, or an existing folder whose name has no known extension, means CSV
    files in that folder.
    """
    text = str(path)
    if text.endswith(("/", "\\")):
        return "csv"
    known = _EXTENSIONS.get(Path(text).suffix.lower())
    return known or ("csv" if Path(text).is_dir() else None)


def flat_graph(partner_map: PartnerMap, options: ExportOptions) -> FlatGraph:
    """The map's flat attributes, with the measures of partnermap.graph.analysis.metrics when asked for."""
    language = options.language or partner_map.language
    if language not in partner_map.languages:
        raise UsageError(f"unknown language '{language}'; this map has: {', '.join(partner_map.languages)}")
    return flatten(partner_map, language=language, metrics=_metrics(partner_map) if options.metrics else None)


def export_bytes(partner_map: PartnerMap, export_format: str, options: ExportOptions | None = None) -> bytes:
    """One file's content in `export_format`; for "csv", a zip holding nodes.csv and edges.csv."""
    options = options or ExportOptions()
    graph = flat_graph(partner_map, options)
    if export_format == "gexf":
        from .gexf import to_gexf

        if options.gexf_version not in GEXF_VERSIONS:
            raise UsageError(f"GEXF version must be one of {', '.join(GEXF_VERSIONS)}")
        return to_gexf(graph, version=options.gexf_version)
    if export_format == "graphml":
        from .graphml import to_graphml

        return to_graphml(graph)
    if export_format == "json":
        from .node_link import to_node_link

        return to_node_link(graph)
    if export_format == "graphology":
        from .graphology import to_graphology

        return to_graphology(graph)
    if export_format == "csv":
        from .tables import csv_tables, zip_tables

        return zip_tables(csv_tables(graph, bom=options.bom))
    if export_format in ("svg", "png"):
        from .drawing import draw

        return draw(graph, image_format=export_format, width=options.width, height=options.height, dpi=options.dpi)
    raise UsageError(f"unknown export format '{export_format}'; accepted: {', '.join(FORMATS)}")


def write_export(partner_map: PartnerMap, export_format: str, output: str | Path,
                 options: ExportOptions | None = None) -> list[Path]:
    """Write the export to `output` and return the files written.

    CSV goes to a folder (nodes.csv, edges.csv), a `.zip`, or, for `NAME.csv`, to
    NAME-nodes.csv and NAME-edges.csv beside it. Every file is written atomically.
    """
    options = options or ExportOptions()
    output = Path(output)
    if export_format != "csv" or output.suffix.lower() == ".zip":
        data = export_bytes(partner_map, export_format, options)
        write_atomic(output, data)
        return [output]
    from .tables import csv_tables

    tables = csv_tables(flat_graph(partner_map, options), bom=options.bom)
    if output.suffix.lower() == ".csv":
        targets = {name: output.with_name(f"{output.stem}-{name}") for name in tables}
        _write_all(tables, targets)
        return list(targets.values())
    created = _make_folder(output)
    targets = {name: output / name for name in tables}
    try:
        _write_all(tables, targets)
    except OutputError:
        if created:  # leave no half-filled folder behind
            for target in targets.values():
                target.unlink(missing_ok=True)
            output.rmdir()
        raise
    return list(targets.values())


def _write_all(tables: dict[str, bytes], targets: dict[str, Path]) -> None:
    # Both tables or neither: a failure must not pair new nodes with the previous edges.
    write_atomic_files({targets[name]: data for name, data in tables.items()})


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


def _metrics(partner_map: PartnerMap) -> dict | None:
    """partnermap.graph.analysis.metrics.actor_metrics when that module is installed, else None."""
    import importlib.util

    if importlib.util.find_spec("partnermap.graph.analysis.metrics") is None:
        return None
    from ...analysis import metrics as analysis

    return analysis.actor_metrics(partner_map)
