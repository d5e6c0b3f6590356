"""Text as it comes from a PDF: cleaned before sentences are cut, quotes checkable against the stored copy."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from partnermap.cli import cli
from partnermap.extract import extract, load_lexicon
from partnermap.extract.clean import clean_text
from partnermap.graph.checking.load import check_map, load_map

PAGED = """Report of the Special Rapporteur

A/HRC/29/36

80. The Special Rapporteur recommends that Member States work with trade
unions and with non-governmental organizations to protect migrant work-
ers.12 States should also cooperate with the Inter-
national Organization for Migration. 81. Employers should combine their

A/HRC/29/36

efforts with civil society.

A/HRC/29/36

7
"""


def test_words_cut_at_line_ends_are_joined_and_capitalised_words_keep_their_hyphen() -> None:
    joined = clean_text("migrant asso-\nciations and the Uni-\nted Nations")
    assert joined == "migrant associations and the United Nations"
    assert clean_text("the High-\nLevel Dialogue") == "the High-\nLevel Dialogue"


def test_running_headers_and_page_numbers_go_and_the_sentence_they_cut_is_joined() -> None:
    cleaned = clean_text(PAGED)
    assert "A/HRC/29/36" not in cleaned
    assert "\n7\n" not in cleaned
    assert "Employers should combine their\nefforts with civil society." in cleaned


def test_footnote_marks_go_but_numbers_that_are_words_stay() -> None:
    assert clean_text("to protect workers.12 States should") == "to protect workers. States should"
    assert clean_text("migrant workers³ and") == "migrant workers and"
    assert clean_text("the G20 and the 2030 Agenda, 150 States") == "the G20 and the 2030 Agenda, 150 States"


def test_inline_paragraph_numbers_start_paragraphs() -> None:
    cleaned = clean_text("first point. 81. Member States should act.\n82. Employers too.")
    assert cleaned == "first point.\n\n81. Member States should act.\n\n82. Employers too."
    found = extract(PAGED, lexicon=load_lexicon(), language="en")
    assert not [s for s in found.document.sentences if s.text.strip(". ").isdigit()]
    assert [p.text[:4] for p in found.document.paragraphs][1:] == ["80. ", "81. "]


def test_a_hyphenated_actor_is_found_and_the_draft_stores_the_cleaned_text(tmp_path: Path) -> None:
    document = tmp_path / "rapporteur.en.txt"
    document.write_text(PAGED, encoding="utf-8")
    draft = tmp_path / "draft"
    result = CliRunner().invoke(cli, ["extract", str(document), "-o", str(draft)])
    assert result.exit_code == 0, result.output
    assert "source: the cleaned text" in result.output
    assert check_map(draft) == []  # every quote is found in the stored (cleaned) source
    stored = (draft / "sources" / document.name).read_text(encoding="utf-8")
    assert stored == clean_text(PAGED)
    actors = load_map(draft).actors
    assert "iom" in actors and "migrant_workers" in actors


def test_a_document_in_a_language_without_lexicon_is_refused_naming_it(tmp_path: Path) -> None:
    document = tmp_path / "informe.txt"
    document.write_text("Los Estados deberían cooperar con los sindicatos y con las organizaciones de la "
                        "sociedad civil para proteger a los trabajadores migrantes y a sus familias.",
                        encoding="utf-8")
    refused = CliRunner().invoke(cli, ["extract", str(document), "-o", str(tmp_path / "draft")])
    assert refused.exit_code == 1
    assert "Spanish (es" in refused.output and "--lang en or --lang fr" in refused.output
    assert not (tmp_path / "draft").exists()
    forced = CliRunner().invoke(cli, ["extract", str(document), "-o", str(tmp_path / "draft"), "--lang", "fr"])
    assert forced.exit_code == 0, forced.output


def test_a_text_made_only_of_repeated_lines_is_kept(tmp_path: Path) -> None:
    text = "key: value # not a comment\n\nkey: value # not a comment\n\nkey: value # not a comment\n"
    assert clean_text(text) == text
    document = tmp_path / "repeated.txt"
    document.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(document), "-o", str(tmp_path / "draft"), "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert check_map(tmp_path / "draft") == []
