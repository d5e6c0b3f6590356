"""The export formats, one record each, as datasette registers its output renderers.

The CLI's `--format` choices, which file names mean which format, which options a format
takes and where standard output can take it all come from EXPORT_FORMATS; adding a format
is adding a record. Writers import their module when called, so reading the table is cheap
(the CLI reads it to build its options).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ....errors import UsageError
from ....outputs import write_atomic
from .gexf import GEXF_VERSIONS

if TYPE_CHECKING:
    from .flatten import FlatGraph

# Drawings' default size (svg, png): pixels, and dots per inch. Kept here rather than in
# drawing.py so that reading the table does not import the drawing code (the CLI reads it).
DEFAULT_WIDTH = 1600
DEFAULT_HEIGHT = 1200
DEFAULT_DPI = 150


@dataclass(frozen=True)
class ExportOptions:
    """How to export: labels' language, metrics, and the options of some formats."""

    language: str | None = None
    metrics: bool = True
    gexf_version: str = GEXF_VERSIONS[0]
    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT
    dpi: int = DEFAULT_DPI
    bom: bool = False


# Every format reads these: they choose what goes into the flat graph all writers share.
SHARED_OPTIONS = frozenset({"language", "metrics"})

Writer = Callable[["FlatGraph", ExportOptions], bytes]
FilesWriter = Callable[["FlatGraph", Path, ExportOptions], list[Path]]


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its name, the file names that mean it, what it reads and how it writes."""

    name: str
    extensions: tuple[str, ...]  # file endings that choose it when --format is not given
    binary: bool  # bytes, not text: standard output does not take it
    options: frozenset[str]  # the ExportOptions fields that change its output
    to_bytes: Writer  # one file's content
    # Writes where a user points (None: the one file to_bytes makes); returns the files written.
    to_files: FilesWriter | None = None
    into_folder: bool = False  # a folder (or a path ending with /) means this format
    several_files: str = ""  # for a format written as several files: what to give -o instead of -

    def stdout_refusal(self) -> str | None:
        """Why `-o -` cannot take this format, or None when it can."""
        if self.several_files:
            return self.several_files
        if self.binary:
            return f"{self.name} is not text: give a file name, e.g. -o map{self.extensions[0]}"
        return None

    def write(self, graph: FlatGraph, output: Path, options: ExportOptions) -> list[Path]:
        """Write `graph` to `output` (every file atomically) and return the files written."""
        if self.to_files is not None:
            return self.to_files(graph, output, options)
        write_atomic(output, self.to_bytes(graph, options))
        return [output]


def _gexf(graph: FlatGraph, options: ExportOptions) -> bytes:
    from .gexf import to_gexf

    if options.gexf_version not in GEXF_VERSIONS:
        raise UsageError(f"GEXF version must be one of {', '.join(GEXF_VERSIONS)}")
    return to_gexf(graph, version=options.gexf_version)


def _graphml(graph: FlatGraph, options: ExportOptions) -> bytes:
    from .graphml import to_graphml

    return to_graphml(graph)


def _node_link(graph: FlatGraph, options: ExportOptions) -> bytes:
    from .node_link import to_node_link

    return to_node_link(graph)


def _graphology(graph: FlatGraph, options: ExportOptions) -> bytes:
    from .graphology import to_graphology

    return to_graphology(graph)


def _csv_zip(graph: FlatGraph, options: ExportOptions) -> bytes:
    from .tables import csv_tables, zip_tables

    return zip_tables(csv_tables(graph, bom=options.bom))


def _csv_files(graph: FlatGraph, output: Path, options: ExportOptions) -> list[Path]:
    from .tables import csv_tables, write_tables

    if output.suffix.lower() == ".zip":
        write_atomic(output, _csv_zip(graph, options))
        return [output]
    return write_tables(csv_tables(graph, bom=options.bom), output)


def _drawing(image_format: str) -> Writer:
    def draw_map(graph: FlatGraph, options: ExportOptions) -> bytes:
        from .drawing import draw

        return draw(graph, image_format=image_format, width=options.width, height=options.height,
                    dpi=options.dpi)

    return draw_map


_IMAGE_OPTIONS = SHARED_OPTIONS | {"width", "height", "dpi"}

EXPORT_FORMATS: dict[str, ExportFormat] = {record.name: record for record in (
    ExportFormat("gexf", (".gexf",), False, SHARED_OPTIONS | {"gexf_version"}, _gexf),
    ExportFormat("graphml", (".graphml",), False, SHARED_OPTIONS, _graphml),
    ExportFormat("json", (".json",), False, SHARED_OPTIONS, _node_link),
    # graphology's JSON is .json too: only asked for by name.
    ExportFormat("graphology", (), False, SHARED_OPTIONS, _graphology),
    ExportFormat("csv", (".csv", ".zip"), False, SHARED_OPTIONS | {"bom"}, _csv_zip, to_files=_csv_files,
                 into_folder=True,
                 several_files="csv writes two files (nodes.csv, edges.csv): give a folder, a .zip or NAME.csv"),
    ExportFormat("svg", (".svg",), False, _IMAGE_OPTIONS, _drawing("svg")),
    ExportFormat("png", (".png",), True, _IMAGE_OPTIONS, _drawing("png")),
)}


def export_format(name: str) -> ExportFormat:
    """The record of the format called `name`; a UsageError naming the accepted ones otherwise."""
    if name not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format '{name}'; accepted: {', '.join(EXPORT_FORMATS)}")
    return EXPORT_FORMATS[name]


def formats_taking(option: str) -> list[str]:
    """The names of the formats whose output `option` (an ExportOptions field) changes."""
    return [record.name for record in EXPORT_FORMATS.values() if option in record.options]


def guess_format(path: str | Path) -> str | None:
    """The format a file name asks for (`.gexf` -> gexf, `.zip` -> csv…); None when it does not tell.

    A path ending with `/`, or an existing folder whose name has no known extension, means the
    format written into a folder (CSV).
    """
    text = str(path)
    folder = next(record.name for record in EXPORT_FORMATS.values() if record.into_folder)
    if text.endswith(("/", "\\")):
        return folder
    suffix = Path(text).suffix.lower()
    for record in EXPORT_FORMATS.values():
        if suffix in record.extensions:
            return record.name
    return folder if Path(text).is_dir() else None
