"""Source coverage: paragraphs, cited paragraphs and uncited ones, against counts made by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest

from partnermap import load_map
from partnermap.graph.analysis.coverage import first_words, source_coverage
from partnermap.graph.analysis.select import Selection, select
from partnermap.graph.model.records import Evidence
from tests.conftest import MINIMAL_MAP, TESTS

READER_MAP = TESTS / "data" / "reader"


@pytest.fixture(scope="module")
def reader_map():
    return load_map(READER_MAP)


def test_coverage_matches_the_hand_count(reader_map) -> None:
    # compact: 6 paragraphs (title + 5); quotes in 2, 3 and 5. declaration: 4 paragraphs; quotes in 2.
    compact, declaration = source_coverage(reader_map)
    assert compact.to_dict() == {"id": "compact", "paragraphs": 6, "cited_paragraphs": 3, "uncited": [1, 4, 6]}
    assert declaration.to_dict() == {"id": "declaration", "paragraphs": 4, "cited_paragraphs": 1,
                                     "uncited": [1, 3, 4]}
    assert compact.cited == (2, 3, 5)
    assert compact.openings == ("Compact on labour mobility", "3. This paragraph is about the weather and …",
                                "5. The parties will meet again next year.")


def test_minimal_map_leaves_its_title_uncited() -> None:
    (accord,) = source_coverage(load_map(MINIMAL_MAP))
    assert (accord.paragraphs, accord.cited, accord.uncited) == (3, (2, 3), (1,))


def test_a_selection_covers_only_what_its_elements_cite(reader_map) -> None:
    chosen = select(reader_map, Selection(types=("integration",)))
    compact, declaration = source_coverage(chosen)
    assert compact.cited == (5,)
    assert declaration.cited == ()
    assert declaration.uncited == (1, 2, 3, 4)


def test_a_source_no_one_cites_and_a_paragraph_beyond_the_text(reader_map) -> None:
    # A map read without checking quotes may cite paragraph 40 of a 6-paragraph text: it covers nothing.
    actor = reader_map.actors["governments"]
    stray = replace(actor, evidence=(Evidence("compact", 40, "nowhere"),))
    changed = replace(reader_map, actors={**reader_map.actors, "governments": stray},
                      links={}, sources=reader_map.sources)
    compact, declaration = source_coverage(changed)
    assert compact.cited == (2, 3, 5)  # the other actors' quotes
    assert compact.paragraphs == 6 and 40 not in compact.uncited
    assert declaration.cited == ()


def test_an_empty_source_has_no_paragraphs(reader_map) -> None:
    sources = {key: replace(source, text="") for key, source in reader_map.sources.items()}
    for coverage in source_coverage(replace(reader_map, sources=sources)):
        assert (coverage.paragraphs, coverage.cited, coverage.uncited) == (0, (), ())


def test_first_words() -> None:
    assert first_words("One two\nthree", 2) == "One two …"
    assert first_words("  One   two ", 2) == "One two"


# ---- partnermap stats: the sources section -----------------------------------------------------

def _stats(*args: str) -> str:
    from click.testing import CliRunner

    from partnermap.cli import cli

    result = CliRunner().invoke(cli, ["stats", str(READER_MAP), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_stats_json_reports_each_sources_coverage() -> None:
    import json

    report = json.loads(_stats("--format", "json"))
    assert report["sources"] == [
        {"id": "compact", "paragraphs": 6, "cited_paragraphs": 3, "uncited": [1, 4, 6]},
        {"id": "declaration", "paragraphs": 4, "cited_paragraphs": 1, "uncited": [1, 3, 4]},
    ]
    selected = json.loads(_stats("--format", "json", "--type", "integration"))
    assert [s["uncited"] for s in selected["sources"]] == [[1, 2, 3, 4, 6], [1, 2, 3, 4]]


def test_stats_text_lists_the_uncited_paragraphs_with_their_first_words() -> None:
    section = _stats("--lang", "en").split("Sources: paragraphs the map cites\n")[1].split("\n\n")[0]
    assert section.rstrip("\n") + "\n" == (
        "  compact: 3 of 6 paragraphs cited; not cited:\n"
        "    1  Compact on labour mobility\n"
        "    4  3. This paragraph is about the weather and …\n"
        "    6  5. The parties will meet again next year.\n"
        "  declaration: 1 of 4 paragraphs cited; not cited:\n"
        "    1  Déclaration de Rabat\n"
        "    3  Les autorités locales accueillent les nouveaux arrivants.\n"
        "    4  Fin du document.\n")
    french = _stats("--lang", "fr").split("Sources : paragraphes que la carte cite\n")[1]
    assert french.startswith("  compact : 3 sur 6 paragraphes cités; non cités :\n    1  Compact on labour mobility\n")


def test_stats_text_on_a_map_of_one_source(tmp_path) -> None:
    from click.testing import CliRunner

    from partnermap.cli import cli
    from tests.graph.tiny_maps import star

    # tiny maps' source: a title (paragraph 1, uncited) and the quoted paragraph 2.
    result = CliRunner().invoke(cli, ["stats", str(star(tmp_path / "star")), "--lang", "en"])
    section = result.stdout.split("Sources: paragraphs the map cites\n")[1].split("\n\n")[0]
    assert section.rstrip("\n") == "  doc: 1 of 2 paragraphs cited; not cited:\n    1  A test document"
