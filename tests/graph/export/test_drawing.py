"""The static drawing: the map's colours and labels, a legend, the asked size, safe text."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from partnermap import load_map
from partnermap.graph.analysis.select import Selection, select
from partnermap.graph.output.export import ExportOptions, export_bytes, flat_graph
from tests.conftest import MINIMAL_MAP, SEED_MAP
from tests.graph.export.helpers import export

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
        assert actor.name["en"] in texts
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
    assert {actor.name["en"] for actor in partner_map.actors.values()} <= set(texts)
    assert "Justice" not in texts


def test_markup_and_dollar_signs_in_labels_stay_plain_text(map_copy: Path) -> None:
    actors = (map_copy / "actors.yaml").read_text()
    label = 'Unions --><script>alert(1)</script> $x^2$ &amp;'
    (map_copy / "actors.yaml").write_text(actors.replace("en: Trade unions", f"en: {label!r}".replace("'", '"')))
    data = export_bytes(load_map(map_copy), "svg", ExportOptions(language="en"))
    root = ET.fromstring(data)  # still well-formed XML
    assert not [element for element in root.iter() if element.tag.endswith("script")]
    assert b"<script" not in data
    assert "Unions - -><script>alert(1)</script> $x^2$ &amp;" in svg_texts(data)


def test_an_empty_selection_still_draws(tmp_path: Path) -> None:
    output = export(MINIMAL_MAP, tmp_path / "empty.svg", "--level", "global")
    assert ET.fromstring(output.read_bytes()).tag.endswith("svg")
