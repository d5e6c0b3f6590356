"""The static drawing: the map's colours and labels, a legend, the asked size, safe text."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from partnermap import load_map
from partnermap.graph.analysis.select import Selection, select
from partnermap.graph.output.export import ExportOptions, export_bytes, flat_graph
from partnermap.graph.output.export.drawing import (
    DEFAULT_DPI,
    DEFAULT_HEIGHT,
    DEFAULT_WIDTH,
    drawing_settings,
    drawn_figure,
)
from partnermap.graph.output.labels import LIGHT, wrap
from tests.conftest import MINIMAL_MAP, SEED_MAP
from tests.graph.export.helpers import export

EXTRACT_DATA = Path(__file__).parents[2] / "data" / "extract"

pytest.importorskip("matplotlib", reason="matplotlib draws SVG and PNG")


def png_pixels(data: bytes) -> set[tuple[int, int, int]]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return {color for _, color in image.convert("RGB").getcolors(maxcolors=1 << 24)}


def test_png_has_the_asked_size_and_dpi(tmp_path: Path) -> None:
    from PIL import Image

    output = export(MINIMAL_MAP, tmp_path / "map.png", "--width", "900", "--height", "500", "--dpi", "100")
    assert output.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(output) as image:
        assert image.size == (900, 500)
        assert [round(value) for value in image.info["dpi"]] == [100, 100]


def test_png_shows_every_actors_colour() -> None:
    partner_map = load_map(SEED_MAP)
    pixels = png_pixels(export_bytes(partner_map, "png"))
    for node in flat_graph(partner_map, ExportOptions()).nodes:
        color = str(node.values["color"])
        assert (int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)) in pixels, node.id


def drawn(texts: list[str], label: str) -> bool:
    """Whether `label` is drawn, on one line or wrapped over consecutive lines as on the page."""
    # matplotlib writes each line's text in an SVG comment, where "--" cannot appear.
    lines = [line.replace("--", "- -") for line in wrap(label, LIGHT.font_size, LIGHT.line_width)]
    return any(texts[start:start + len(lines)] == lines for start in range(len(texts)))


def svg_texts(data: bytes) -> list[str]:
    """The texts matplotlib draws, which it writes as comments before each text's glyphs."""
    return [" ".join(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").split())
            for text in re.findall(r"<!-- (.*?) -->", data.decode(), flags=re.DOTALL)]


def test_svg_draws_labels_legend_and_colours_in_the_chosen_language() -> None:
    partner_map = load_map(SEED_MAP)
    data = export_bytes(partner_map, "svg", ExportOptions(language="en", width=1200, height=900, dpi=100))
    root = ET.fromstring(data)
    assert (root.get("width"), root.get("height")) == ("864pt", "648pt")
    texts = svg_texts(data)
    assert "Partnerships for migration and development: Round Table 4 of the High-level Dialogue (2006)" in texts
    for actor in partner_map.actors.values():
        assert drawn(texts, actor.name["en"]), actor.name["en"]
    assert {"Actors", "Partnerships", "Strength", "→ one-way partnership"} <= set(texts)
    vocabulary = partner_map.vocabulary
    assert {vocabulary.kinds[a.kind].label["en"] for a in partner_map.actors.values()} <= set(texts)
    assert {vocabulary.link_types[link.type].label["en"] for link in partner_map.links.values()} <= set(texts)
    fills = set(re.findall(r"fill: (#[0-9a-f]{6})", data.decode()))
    graph = flat_graph(partner_map, ExportOptions())
    assert {str(n.values["color"]).lower() for n in graph.nodes} <= fills
    assert b"<title>" in data or b"dc:title" in data


def test_a_filtered_drawing_shows_only_the_selection_in_its_legend() -> None:
    partner_map = select(load_map(SEED_MAP), Selection(types=("remittances",)))
    texts = svg_texts(export_bytes(partner_map, "svg", ExportOptions(language="en")))
    assert "Remittances" in texts and "Capacity building" not in texts
    assert all(drawn(texts, actor.name["en"]) for actor in partner_map.actors.values())
    assert "Justice" not in texts


def test_markup_and_dollar_signs_in_labels_stay_plain_text(map_copy: Path) -> None:
    actors = (map_copy / "actors.yaml").read_text()
    label = 'Unions --><script>alert(1)</script> $x^2$ &amp;'
    (map_copy / "actors.yaml").write_text(actors.replace("en: Trade unions", f"en: {label!r}".replace("'", '"')))
    data = export_bytes(load_map(map_copy), "svg", ExportOptions(language="en"))
    root = ET.fromstring(data)  # still well-formed XML
    assert not [element for element in root.iter() if element.tag.endswith("script")]
    assert b"<script" not in data
    assert drawn(svg_texts(data), label)


def test_an_empty_selection_still_draws(tmp_path: Path) -> None:
    output = export(MINIMAL_MAP, tmp_path / "empty.svg", "--level", "global")
    assert ET.fromstring(output.read_bytes()).tag.endswith("svg")


# ---- labels never run into each other ----------------------------------------------------------

@pytest.fixture(scope="module")
def draft_maps(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Drafts that `partnermap extract` makes from the test documents (French and English)."""
    from click.testing import CliRunner

    from partnermap.cli import cli

    folders = []
    for document in ("fr-atelier-main-doeuvre", "en-round-table-protection"):
        output = tmp_path_factory.mktemp("drafts") / document
        sources = sorted(str(path) for path in (EXTRACT_DATA / document / "sources").glob("*.txt"))
        result = CliRunner().invoke(cli, ["extract", *sources, "-o", str(output)])
        assert result.exit_code == 0, result.output
        folders.append(output)
    return folders


def collisions(graph: Any, *, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT,
               dpi: int = DEFAULT_DPI) -> tuple[int, list[tuple[str, str]], list[tuple[str, str]]]:
    """(labels drawn, label pairs whose text extents overlap, labels lying on another actor's shape),
    measured with matplotlib's own extents of what it draws."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with matplotlib.rc_context(drawing_settings()):
        figure = drawn_figure(graph, width=width, height=height, dpi=dpi)
        renderer = FigureCanvasAgg(figure).get_renderer()
        axes = figure.axes[0]
        labels = {text.get_gid()[len("label-"):]: text.get_window_extent(renderer)
                  for text in axes.texts if (text.get_gid() or "").startswith("label-")}
        shapes = {patch.get_gid()[len("actor-"):]: patch.get_window_extent(renderer)
                  for patch in axes.patches if (patch.get_gid() or "").startswith("actor-")}

    def crossing(a: Any, b: Any) -> bool:  # by more than half an image pixel each way
        return min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5

    names = sorted(labels)
    text_pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:] if crossing(labels[a], labels[b])]
    on_shapes = [(a, b) for a in names for b in sorted(shapes) if a != b and crossing(labels[a], shapes[b])]
    return len(labels), text_pairs, on_shapes


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_label_of_the_drawing_overlaps_another_or_an_actor(language: str) -> None:
    """Before the label-aware layout, "Processus multilatéraux régionaux" ran into "Institutions
    formelles (sous-)régionales" and "Personnes ayant besoin de protection internationale" crossed
    "Associations de jeunes"."""
    partner_map = load_map(SEED_MAP)
    count, text_pairs, on_shapes = collisions(flat_graph(partner_map, ExportOptions(language=language)))
    assert count == len(partner_map.actors)
    assert text_pairs == [] and on_shapes == []


def test_no_label_overlaps_at_another_size_nor_in_a_selection() -> None:
    partner_map = load_map(SEED_MAP)
    graph = flat_graph(select(partner_map, Selection(types=("capacity_building",))), ExportOptions())
    assert collisions(graph, width=900, height=500, dpi=100)[1:] == ([], [])
    assert collisions(flat_graph(partner_map, ExportOptions()), width=900, height=500, dpi=100)[1:] == ([], [])


def test_drafts_of_test_documents_are_drawn_without_overlapping_labels(draft_maps: list[Path]) -> None:
    for folder in draft_maps:
        partner_map = load_map(folder)
        count, text_pairs, on_shapes = collisions(flat_graph(partner_map, ExportOptions()))
        assert count == len(partner_map.actors) >= 5, folder.name
        assert (text_pairs, on_shapes) == ([], []), folder.name
