"""A static SVG or PNG drawing of the map for reports and slides, with a legend.

Positions, colours, shapes, sizes, dashes and widths are the flat graph's, which come from
partnermap.graph.output.layout and partnermap.graph.output.style: the drawing is the HTML map at rest,
its labels wrapped and sized as the page's light theme draws them (labels.LIGHT), which is what the
positions make room for, so no label runs into another or into an actor.
Lengths are the page's pixels scaled to the image, so proportions match the page at any
--width/--height. matplotlib is imported only here, and only when a drawing is asked for;
it draws on a Figure of its own (no pyplot, no global state) with its bundled DejaVu Sans,
so the same map gives the same bytes on every machine with the same matplotlib.
"""

from __future__ import annotations

import io
import math
import textwrap
import warnings
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ....errors import OutputError
from ....words import DRAWING_WORDS, in_language, word
from ..labels import LIGHT, wrap
from .flatten import FlatEdge, FlatGraph
from .formats import DEFAULT_DPI, DEFAULT_HEIGHT, DEFAULT_WIDTH

IMAGE_FORMATS = ("svg", "png")
# The light theme's label size, line width and gap under a node, in page pixels.
LABEL_SIZE = LIGHT.font_size
LABEL_GAP = LIGHT.gap
# matplotlib spaces lines 1.2 font sizes apart by default, and the layout made room for lines one
# font size apart, as vis-network draws them; DejaVu's glyphs fit in 1.17 font sizes.
LINE_SPACING = 0.86
# How far apart parallel links between the same two actors bend (matplotlib arc3 `rad`).
PARALLEL_BEND = 0.18
LEGEND_SHARE = 0.27  # of the figure's width
MAX_ZOOM = 2.0  # image pixels per page pixel
LABEL_COLOR = "#222222"
NODE_BORDER = "#FFFFFF"
# matplotlib markers (legend) and polygons (map) for vis-network's shapes.
_MARKERS = {"dot": "o", "square": "s", "diamond": "D", "triangle": "^", "triangleDown": "v",
            "star": "*", "hexagon": "h"}


@dataclass(frozen=True)
class _Scale:
    """Page pixels -> typographic points in the image."""

    points_per_pixel: float

    def __call__(self, pixels: float) -> float:
        return pixels * self.points_per_pixel


def draw(graph: FlatGraph, *, image_format: str, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT,
         dpi: int = DEFAULT_DPI) -> bytes:
    """The map drawn as `image_format` ("svg" or "png"), `width` x `height` pixels at `dpi`."""
    if image_format not in IMAGE_FORMATS:
        raise ValueError(f"image format must be svg or png, not {image_format!r}")
    try:
        import matplotlib
    except ImportError:
        raise OutputError("drawing SVG or PNG needs matplotlib: pip install matplotlib") from None
    with matplotlib.rc_context(drawing_settings()):
        figure = drawn_figure(graph, width=width, height=height, dpi=dpi)
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Title": graph.title}
        if image_format == "svg":
            metadata["Date"] = None
        with warnings.catch_warnings():
            # DejaVu Sans covers Latin, Greek and Cyrillic; other scripts are drawn as boxes
            # (docs/exports.md) rather than warned about on every export.
            warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
            figure.savefig(buffer, format=image_format, dpi=dpi, metadata=metadata)
    return buffer.getvalue()


def drawing_settings() -> dict[Any, Any]:
    """matplotlib settings of every drawing."""
    # Fixed hash salt and font for byte-stable output; labels are plain text, never TeX ($…$).
    # Typed loosely: matplotlib types rc keys as a Literal of every setting name.
    return {"svg.hashsalt": "partnermap", "svg.fonttype": "path", "font.family": "DejaVu Sans",
            "text.parse_math": False, "text.usetex": False, "lines.scale_dashes": False,
            "path.simplify": False}


def drawn_figure(graph: FlatGraph, *, width: int, height: int, dpi: int) -> Any:
    """The matplotlib Figure of the drawing (call inside draw()'s settings; tests measure its texts)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor="white")
    base_font = max(6.0, height / dpi * 72 / 62)
    top = _draw_title(figure, graph.title, base_font, width / dpi * 72)
    axes = figure.add_axes((0.01, 0.01, 1 - LEGEND_SHARE - 0.02, top - 0.02))
    scale = _fit(axes, graph, figure)
    _draw_edges(axes, graph, scale)
    _draw_nodes(axes, graph, scale)
    legend = figure.add_axes((1 - LEGEND_SHARE, 0.01, LEGEND_SHARE - 0.01, top - 0.02))
    _draw_legend(legend, graph, base_font, (top - 0.02) * height / dpi * 72)
    return figure


def _draw_title(figure: Any, title: str, font: float, width_points: float) -> float:
    """The map's title across the top; returns the figure fraction left below it."""
    characters = max(20, int(width_points / (font * 1.3 * 0.55)))
    lines = textwrap.wrap(title, characters) or [""]
    figure.text(0.5, 0.99, "\n".join(lines), ha="center", va="top", fontsize=font * 1.3,
                fontweight="bold", color=LABEL_COLOR)
    used = (len(lines) * font * 1.3 * 1.25 + font) / (figure.get_figheight() * 72)
    return float(1 - used)


def _fit(axes: Any, graph: FlatGraph, figure: Any) -> _Scale:
    """Frame every node and label with equal x and y scales; return the pixel-to-point factor.

    A small map is enlarged at most MAX_ZOOM times, as a high-density screenshot of the page would
    be, so a two-actor selection is not drawn with giant nodes.
    """
    axes.set_axis_off()
    box = axes.get_position()
    box_width = box.width * figure.get_figwidth() * 72
    box_height = box.height * figure.get_figheight() * 72
    xs = [float(n.values["x"]) for n in graph.nodes] or [0.0]
    ys = [float(n.values["y"]) for n in graph.nodes] or [0.0]
    margin = max((float(n.values["size"]) for n in graph.nodes), default=0.0) + LABEL_GAP
    lines = max((len(_label_lines(n)) for n in graph.nodes), default=1)
    label_half = LIGHT.line_width / 2
    left, right = min(xs) - max(margin, label_half), max(xs) + max(margin, label_half)
    bottom, top = min(ys) - margin - lines * LABEL_SIZE * 1.2, max(ys) + margin
    scale = min(box_width / (right - left), box_height / (top - bottom), MAX_ZOOM * 72 / figure.dpi)
    middle_x, middle_y = (left + right) / 2, (bottom + top) / 2
    axes.set_xlim(middle_x - box_width / scale / 2, middle_x + box_width / scale / 2)
    axes.set_ylim(middle_y - box_height / scale / 2, middle_y + box_height / scale / 2)
    return _Scale(scale)


def _draw_nodes(axes: Any, graph: FlatGraph, scale: _Scale) -> None:
    from matplotlib.patches import Circle, Patch, Polygon, RegularPolygon

    font = max(4.0, scale(LABEL_SIZE))
    for node in graph.nodes:
        x, y, size = float(node.values["x"]), float(node.values["y"]), float(node.values["size"])
        shape = str(node.values.get("shape", "dot"))
        style = {"facecolor": str(node.values["color"]), "edgecolor": NODE_BORDER,
                 "linewidth": scale(1.0), "zorder": 3, "gid": f"actor-{node.id}"}
        if shape == "star":
            patch: Patch = Polygon(_star(x, y, size), closed=True, **style)
        elif shape in _POLYGONS:
            vertices, turn, stretch = _POLYGONS[shape]
            patch = RegularPolygon((x, y), vertices, radius=size * stretch, orientation=turn, **style)
        else:
            patch = Circle((x, y), size, **style)
        axes.add_patch(patch)
        axes.text(x, y - size - LABEL_GAP, "\n".join(_label_lines(node)), ha="center", va="top",
                  multialignment="center", linespacing=LINE_SPACING, fontsize=font, color=LABEL_COLOR,
                  zorder=4, gid=f"label-{node.id}")


def _label_lines(node: Any) -> list[str]:
    """The node's label in lines, wrapped as the page wraps it."""
    return wrap(_one_line(str(node.values["label"])), LABEL_SIZE, LIGHT.line_width) or [""]


# Shape -> (vertices, rotation, radius / size): a square of half-side `size` has radius size·√2.
_POLYGONS = {
    "square": (4, math.pi / 4, math.sqrt(2)),
    "diamond": (4, 0.0, 1.0),
    "triangle": (3, 0.0, 1.15),
    "triangleDown": (3, math.pi, 1.15),
    "hexagon": (6, 0.0, 1.0),
}


def _one_line(text: str) -> str:
    """Tabs, line breaks and other control characters as single spaces, as the page shows them."""
    return " ".join("".join(" " if ord(c) < 32 or c == "\x7f" else c for c in text).split())


def _star(x: float, y: float, size: float) -> list[tuple[float, float]]:
    points = []
    for step in range(10):
        radius = size * (1.1 if step % 2 == 0 else 0.45)
        angle = math.pi / 2 + step * math.pi / 5
        points.append((x + radius * math.cos(angle), y + radius * math.sin(angle)))
    return points


def _draw_edges(axes: Any, graph: FlatGraph, scale: _Scale) -> None:
    from matplotlib.patches import FancyArrowPatch

    nodes = {node.id: node.values for node in graph.nodes}
    for edge, bend in _bends(graph.edges):
        start, end = nodes[edge.source], nodes[edge.target]
        width = float(edge.values["width"])
        arrow = FancyArrowPatch(
            (float(start["x"]), float(start["y"])), (float(end["x"]), float(end["y"])),
            arrowstyle="-|>" if edge.directed else "-", mutation_scale=scale(10.0 + 2.0 * width),
            connectionstyle=f"arc3,rad={bend}", color=str(edge.values["color"]),
            linewidth=scale(width), linestyle=_dashes(edge, scale), capstyle="butt",
            shrinkA=scale(float(start["size"])), shrinkB=scale(float(end["size"]) + 1.0), zorder=2)
        axes.add_patch(arrow)


def _bends(edges: tuple[FlatEdge, ...]) -> list[tuple[FlatEdge, float]]:
    """Each edge with its bend: 0 when alone, spread on both sides when it has parallel links."""
    pairs: dict[tuple[str, str], list[FlatEdge]] = defaultdict(list)
    for edge in edges:
        pairs[tuple(sorted((edge.source, edge.target)))].append(edge)  # type: ignore[index]
    bends = {}
    for (first, _), group in pairs.items():
        for index, edge in enumerate(group):
            bend = (index - (len(group) - 1) / 2) * PARALLEL_BEND
            # arc3 bends to the left of the way it goes: flip for links stored the other way.
            bends[edge.id] = round(bend if edge.source == first else -bend, 6) + 0.0
    return [(edge, bends[edge.id]) for edge in edges]


def _dashes(edge: FlatEdge, scale: _Scale) -> Any:
    dash = edge.values.get("dash")
    if not dash:
        return "solid"
    return (0, tuple(scale(float(step)) for step in str(dash).split(",")))


def _draw_legend(axes: Any, graph: FlatGraph, base_font: float, height_points: float) -> None:
    from matplotlib.lines import Line2D

    axes.set_axis_off()
    headings = in_language(DRAWING_WORDS, graph.language)
    actors, partnerships, strength, one_way = (word(headings, key) for key in ("actors", "partnerships", "strength",
                                                                              "one_way"))
    kinds = _distinct((str(n.values["kind_label"]), (str(n.values["color"]), str(n.values.get("shape", "dot"))))
                      for n in graph.nodes)
    types = _distinct((str(e.values["label"]), (str(e.values["color"]), str(e.values.get("dash") or "")))
                      for e in graph.edges)
    widths = sorted(_distinct((str(e.values["strength_label"]), float(e.values["width"])) for e in graph.edges),
                    key=lambda item: -item[1])
    groups = [
        (actors, [Line2D([], [], linestyle="none", marker=_MARKERS.get(shape, "o"), markersize=9,
                         markerfacecolor=color, markeredgecolor=color, label=label)
                  for label, (color, shape) in kinds]),
        (partnerships, [Line2D([], [], color=color, linewidth=2.5, label=label,
                               linestyle=(0, tuple(float(s) for s in dash.split(","))) if dash else "solid")
                        for label, (color, dash) in types]),
        (strength, [Line2D([], [], color="#555555", linewidth=width, label=label) for label, width in widths]),
    ]
    if any(edge.directed for edge in graph.edges):
        groups[1][1].append(Line2D([], [], linestyle="none", label=one_way))
    rows = sum(len(entries) + 2 for _, entries in groups if entries)
    font = min(base_font, height_points / max(rows, 1) / 1.45)
    position = 1.0
    for heading, entries in groups:
        if not entries:
            continue
        legend = axes.legend(handles=entries, title=heading, loc="upper left", bbox_to_anchor=(0.0, position),
                             frameon=False, fontsize=font, title_fontproperties={"size": font, "weight": "bold"},
                             alignment="left", handlelength=2.6, borderaxespad=0.0, labelcolor=LABEL_COLOR)
        axes.add_artist(legend)
        position -= (len(entries) + 2) * font * 1.45 / height_points


def _distinct(items: Any) -> list[tuple[str, Any]]:
    """(label, style) pairs in first-seen order, each label once."""
    seen: dict[str, Any] = {}
    for label, style in items:
        seen.setdefault(label, style)
    return list(seen.items())
