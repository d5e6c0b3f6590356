"""Exports for other tools: GEXF (Gephi), GraphML, node-link JSON, graphology JSON, CSV, SVG and PNG.

    >>> from partnermap import load_map
    >>> from partnermap.graph.output.export import ExportOptions, export_bytes
    >>> gexf = export_bytes(load_map("data"), "gexf", ExportOptions(language="en"))

Every format writes the same flat attributes (see flatten.py); one module per format, and one
record per format in formats.py (its file names, its options, its writer).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ....errors import UsageError
from ...model.records import PartnerMap
from .formats import EXPORT_FORMATS, ExportFormat, ExportOptions, export_format, guess_format

if TYPE_CHECKING:
    from .flatten import FlatGraph

__all__ = ["EXPORT_FORMATS", "ExportFormat", "ExportOptions", "export_bytes", "export_format", "flat_graph",
           "guess_format", "write_export"]


def flat_graph(partner_map: PartnerMap, options: ExportOptions) -> FlatGraph:
    """The map's flat attributes, with the measures of partnermap.graph.analysis.metrics when asked for."""
    from ...analysis.metrics import actor_metrics
    from .flatten import flatten

    language = options.language or partner_map.language
    if language not in partner_map.languages:
        raise UsageError(f"unknown language '{language}'; this map has: {', '.join(partner_map.languages)}")
    return flatten(partner_map, language=language, metrics=actor_metrics(partner_map) if options.metrics else None)


def export_bytes(partner_map: PartnerMap, format_name: str, options: ExportOptions | None = None) -> bytes:
    """One file's content in the format called `format_name`; for "csv", a zip of nodes.csv and edges.csv."""
    chosen = export_format(format_name)
    options = options or ExportOptions()
    return chosen.to_bytes(flat_graph(partner_map, options), options)


def write_export(partner_map: PartnerMap, format_name: str, output: str | Path,
                 options: ExportOptions | None = None) -> list[Path]:
    """Write the export to `output` and return the files written.

    CSV goes to a folder (nodes.csv, edges.csv), a `.zip`, or, for `NAME.csv`, to
    NAME-nodes.csv and NAME-edges.csv beside it. Every file is written atomically.
    """
    chosen = export_format(format_name)
    options = options or ExportOptions()
    return chosen.write(flat_graph(partner_map, options), Path(output), options)
