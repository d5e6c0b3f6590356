"""Any text a curator types survives YAML -> graph -> every output and back, and is never read as markup.

Names, aliases, descriptions, summaries and quotes are drawn from right-to-left scripts, combining
marks, emoji, quotes, <, >, & and markup-like payloads; each output is read back with a real parser
(html.parser + json for the page's data block, xml.etree for GEXF and GraphML, json, csv) and the
texts compared with what the YAML said.
"""

from __future__ import annotations

import csv
import functools
import io
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from click.testing import CliRunner
from hypothesis import example, given
from hypothesis import strategies as st

from partnermap.cli import cli
from partnermap.graph.checking.load import check_map, load_map
from partnermap.graph.output.export import ExportOptions, export_bytes
from partnermap.render.html import render_html
from tests.hardening.support import (
    HARDENING,
    csv_nodes,
    gexf_nodes,
    graphml_nodes,
    graphology_nodes,
    html_data,
    html_structure,
    node_link_nodes,
    read_html,
    write_map,
)

HOSTILE = [
    "<script>window.__pwned = 1</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)' x='",
    "&amp; &lt; &#x3C; & &&", "]]><!-- -->", "</script><script>alert(1)</script>", "</style><b>bold</b>",
    "{{ 7 * 7 }} ${alert(1)} `x`", "مرحبا بالعالم", "שָׁלוֹם עולם", "\u202eevil\u202c ltr", "e\u0301\u0302\u0303",
    "Z\u0334\u0321\u0322a\u0336l\u0337g\u0335o", "👩🏽‍🌾 🇫🇷 🏳️‍⚧️", "=HYPERLINK(\"http://evil.example\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)", "-1", "line one\nline two", "tab\there", "carriage\rreturn\r\nand crlf", "\\u0041 \\n",
    "%s %d {0} %(x)s", "null", "true", "~", "0x10", "  padded  ", "\u00a0non-breaking\u00a0", "a\u2028b\u2029c",
    "\ufeffbom inside", "’typographic’ «guillemets» “quotes”", "javascript:alert(1)", "data:text/html,<b>x</b>",
    "\U0001d518\U0001d52b\U0001d526 math", "中文名称", "Ελληνικά", "क्षत्रिय", "'", "\"", "<", ">", "&",
]
# Every character a YAML file may hold except the C0/C1 controls (refused by the loader; see
# test_control_characters_are_refused) and surrogates, which UTF-8 cannot encode.
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"),
                                 exclude_characters="\ufffe\uffff"), min_size=1, max_size=30)
TEXT = st.one_of(st.sampled_from(HOSTILE), ANY_TEXT, st.tuples(st.sampled_from(HOSTILE), ANY_TEXT).map("".join))
TEXT = TEXT.filter(lambda text: text.strip())
# A quote must be found in one paragraph of its source: no line breaks, which could end the paragraph.
QUOTE = TEXT.filter(lambda text: len(text.splitlines()) == 1 and not any(c in text for c in "\r\n\x85\u2028\u2029"))
PLAIN_PARAGRAPH = "Governments must cooperate."
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def hostile_map(folder: Path, texts: dict[str, str]) -> Path:
    """A valid two-actor map whose texts are `texts`; the quote is the source's second paragraph."""
    return write_map(
        folder,
        header={"title": {"fr": texts["title"], "en": "Test"}, "languages": ["fr", "en"],
                "sources": [{"id": "doc", "path": "sources/doc.txt", "title": texts["source_title"],
                             "date": "2026-01-15", "language": "en"}]},
        actors=[
            {"id": "hostile", "name": {"fr": texts["name_fr"], "en": texts["name_en"]}, "kind": "civil_society",
             "aliases": [texts["alias"]], "description": {"fr": texts["description"], "en": texts["description"]},
             "evidence": [{"source": "doc", "para": 2, "quote": texts["quote"]}]},
            {"id": "plain", "name": "Governments", "kind": "government",
             "evidence": [{"source": "doc", "para": 1, "quote": PLAIN_PARAGRAPH}]},
        ],
        links=[{"id": "hostile-plain", "from": "hostile", "to": "plain", "type": "integration",
                "strength": "possible", "summary": texts["summary"], "description": texts["description"],
                "evidence": [{"source": "doc", "para": 2, "quote": texts["quote"]}]}],
        sources={"doc.txt": f"{PLAIN_PARAGRAPH}\n\n{texts['quote']}\n"},
    )


TEXT_KEYS = ("title", "source_title", "name_fr", "name_en", "alias", "description", "summary", "quote")
TEXTS = st.fixed_dictionaries({
    "title": TEXT, "source_title": TEXT, "name_fr": TEXT, "name_en": TEXT, "alias": TEXT.filter(
        lambda text: " | " not in text),  # the exports' list separator
    "description": TEXT, "summary": TEXT, "quote": QUOTE,
})


@functools.cache
def plain_structure() -> list[tuple[str, tuple[str, ...]]]:
    """The elements of the page for the same map with harmless texts."""
    with tempfile.TemporaryDirectory() as folder:
        texts = dict.fromkeys(TEXT_KEYS, "plain")
        return html_structure(render_html(load_map(hostile_map(Path(folder), texts))))


def csv_cell(text: str) -> str:
    """What the CSV export writes for a text: a leading ' stops spreadsheets reading it as a formula."""
    return "'" + text if text.startswith(CSV_FORMULA_START) else text


def check_every_output(folder: Path, texts: dict[str, str]) -> None:
    partner_map = load_map(folder)
    actor = partner_map.actors["hostile"]
    assert actor.name == {"fr": texts["name_fr"], "en": texts["name_en"]}
    assert actor.aliases == (texts["alias"],)
    assert actor.evidence[0].quote == texts["quote"]
    assert partner_map.links["hostile-plain"].summary == {"fr": texts["summary"], "en": texts["summary"]}

    page = render_html(partner_map)
    assert html_structure(page) == plain_structure(), "a text added or changed an element of the page"
    parsed = read_html(page)
    assert parsed.title.strip() == texts["title"].strip()
    assert all(s.get("src") is None for s in parsed.scripts), "the page loads no script file"
    assert [s.get("type") for s in parsed.scripts].count("application/json") == 1
    data = html_data(page)
    html_actor = next(a for a in data["actors"] if a["id"] == "hostile")
    assert html_actor["name"] == {"fr": texts["name_fr"], "en": texts["name_en"]}
    assert html_actor["aliases"] == [texts["alias"]]
    assert html_actor["description"] == {"fr": texts["description"], "en": texts["description"]}
    assert [e["quote"] for e in html_actor["evidence"]] == [texts["quote"]]
    html_link = next(link for link in data["links"] if link["id"] == "hostile-plain")
    assert html_link["summary"] == {"fr": texts["summary"], "en": texts["summary"]}
    assert html_link["description"] == {"fr": texts["description"], "en": texts["description"]}

    evidence = f"doc ¶2: {texts['quote']}"
    options = ExportOptions(metrics=False)
    readers = {"gexf": gexf_nodes, "graphml": graphml_nodes, "json": node_link_nodes,
               "graphology": graphology_nodes}
    for export_format, reader in readers.items():
        node = reader(export_bytes(partner_map, export_format, options))["hostile"]
        found = {key: node.get(key) for key in ("label", "name_fr", "name_en", "aliases", "description_fr",
                                                 "evidence")}
        assert found == {"label": texts["name_fr"], "name_fr": texts["name_fr"], "name_en": texts["name_en"],
                         "aliases": texts["alias"], "description_fr": texts["description"],
                         "evidence": evidence}, export_format

    row = csv_nodes(export_bytes(partner_map, "csv", options))["hostile"]
    found = {key: row[key] for key in ("Name (fr)", "Name (en)", "Aliases", "Description (fr)", "Evidence")}
    assert found == {"Name (fr)": csv_cell(texts["name_fr"]), "Name (en)": csv_cell(texts["name_en"]),
                     "Aliases": csv_cell(texts["alias"]), "Description (fr)": csv_cell(texts["description"]),
                     "Evidence": csv_cell(evidence)}


@HARDENING
@given(TEXTS)
@example(dict(zip(
    TEXT_KEYS,
    ["</title><script>alert(1)</script>", "<b>", "\"><img src=x onerror=alert(1)>", "\u202eevil",
     "=cmd|' /C calc'!A0", "carriage\rreturn\r\nand crlf\ttab", "]]><!--", "&amp; < > ' \""], strict=True)))
def test_any_text_survives_every_output_unchanged(tmp_path_factory, texts: dict[str, str]) -> None:
    folder = hostile_map(tmp_path_factory.mktemp("map"), texts)
    check_every_output(folder, texts)


def test_the_svg_drawing_holds_hostile_texts_as_text(tmp_path: Path) -> None:
    texts = dict(zip(TEXT_KEYS,
                     ["<svg onload=alert(1)> & title", "s", "</text><script>alert(1)</script> -->", "en",
                      "alias", "d", "s", "a quote"], strict=True))
    partner_map = load_map(hostile_map(tmp_path, texts))

    root = ET.fromstring(export_bytes(partner_map, "svg", ExportOptions(metrics=False)))

    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert "script" not in tags and "foreignObject" not in tags
    assert not any(name.startswith("on") for element in root.iter() for name in element.attrib)
    titles = [element.text for element in root.iter() if element.tag == "{http://www.w3.org/2000/svg}title"]
    assert titles == [texts["title"]]
    # Labels are drawn as outlines; matplotlib names each in a comment, which must stay a comment.
    assert root.find(".//{*}text") is None


def test_control_characters_are_refused_not_passed_on(tmp_path: Path) -> None:
    texts = dict.fromkeys(TEXT_KEYS, "ok")
    folder = hostile_map(tmp_path, texts)
    actors = yaml.safe_load((folder / "actors.yaml").read_text(encoding="utf-8"))
    actors[0]["name"]["en"] = "bell\x07 and escape\x1b[2J"
    text = yaml.safe_dump(actors, allow_unicode=True)
    (folder / "actors.yaml").write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "bell" in row)

    messages = [problem.format() for problem in check_map(folder)]
    assert messages == [f"{folder / 'actors.yaml'}:{line}: text holds the control character U+0007 (written as an "
                        "escape); HTML, XML and CSV outputs cannot carry it: remove it"]


def test_stats_csv_never_hands_a_spreadsheet_a_formula(tmp_path: Path) -> None:
    texts = dict.fromkeys(TEXT_KEYS, "ok")
    texts["name_fr"] = "=HYPERLINK(\"http://evil.example\",\"open\")"
    texts["name_en"] = "@SUM(1+1)"
    folder = hostile_map(tmp_path, texts)

    for language, name in (("fr", texts["name_fr"]), ("en", texts["name_en"])):
        result = CliRunner().invoke(cli, ["stats", str(folder), "--format", "csv", "--lang", language])
        assert result.exit_code == 0, result.output
        rows = {row["id"]: row for row in csv.DictReader(io.StringIO(result.output, newline=""))}
        assert rows["hostile"]["name"] == csv_cell(name) == "'" + name
