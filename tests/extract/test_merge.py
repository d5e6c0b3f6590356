"""`partnermap extract DOC --into DATA_DIR`: a later document joins an existing map."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from partnermap.cli import cli
from partnermap.extract import extract, load_lexicon
from partnermap.extract.matching import BY_ALIAS, BY_ID, BY_NAME, match_actor, name_key
from partnermap.extract.merge import merge_into
from partnermap.graph.checking.load import check_map, load_map
from partnermap.graph.model.records import Actor
from tests.conftest import REPOSITORY

BUNDLED = REPOSITORY / "data"
LATER = REPOSITORY / "bench" / "extract" / "dev" / "a-fr-ag-declaration-dhn-2013" / "sources" \
    / "a-fr-ag-declaration-dhn-2013.txt"
MAP_FILES = ("map.yaml", "actors.yaml", "links.yaml")

FIRST = """Table ronde sur les partenariats, 12 mars 2010

1. Les gouvernements devraient coopérer avec le secteur privé pour réduire le coût des transferts de fonds \
des migrants.

2. Les syndicats et les organisations d'employeurs devraient participer à l'élaboration des politiques \
migratoires avec les gouvernements.
"""
SECOND = """Forum de suivi, 4 mai 2014

1. Les gouvernements devraient coopérer avec le secteur privé pour réduire le coût des transferts de fonds \
des migrants.

2. Les gouvernements devraient renforcer la coopération avec l'Organisation internationale pour les \
migrations pour la protection des migrants.
"""


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "map"
    shutil.copytree(BUNDLED, folder)
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


def _removed_lines(before: bytes, after: bytes) -> list[str]:
    """Lines of `before` that `after` lost or changed (an insertion keeps every line)."""
    diff = difflib.ndiff(before.decode().splitlines(keepends=True), after.decode().splitlines(keepends=True))
    return [line for line in diff if line.startswith("- ")]


def test_merging_a_later_document_into_the_bundled_map(bundled_copy: Path) -> None:
    before = _files(bundled_copy)
    report = merge_into(LATER, bundled_copy, date="2013-10-03", url="https://example.org/a-res-68-4")
    after = _files(bundled_copy)

    assert check_map(bundled_copy) == []
    for name in MAP_FILES:
        assert _removed_lines(before[name], after[name]) == [], name  # every existing line kept
    assert after["sources/a-fr-ag-declaration-dhn-2013.txt"]
    merged = load_map(bundled_copy)
    old = load_map(BUNDLED)
    source = merged.sources[report.source]
    assert (source.date, source.language, source.url) == ("2013-10-03", "fr", "https://example.org/a-res-68-4")
    assert set(old.actors) < set(merged.actors) and set(old.links) <= set(merged.links)
    names = [name_key(actor.name["fr"]) for actor in merged.actors.values()]
    assert len(names) == len(set(names)), "two actors of one name"
    # What the report calls new is new and needs review; the rest was there before.
    assert set(report.new_actors) == set(merged.actors) - set(old.actors)
    assert all(merged.actors[actor].needs_review for actor in report.new_actors)
    assert report.matched and report.gained


def test_a_restated_partnership_gains_the_quote_instead_of_a_second_link(tmp_path: Path) -> None:
    first, second = tmp_path / "table-ronde-2010.fr.txt", tmp_path / "forum-2014.fr.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    folder = tmp_path / "map"
    assert CliRunner().invoke(cli, ["extract", str(first), "-o", str(folder)]).exit_code == 0
    # The curator has reviewed the first draft: no needs_review left.
    for name in ("actors.yaml", "links.yaml"):
        path = folder / name
        path.write_text("".join(line for line in path.read_text().splitlines(keepends=True)
                                if "needs_review" not in line), encoding="utf-8")
    old = load_map(folder)
    restated = [link for link in old.links.values()
                if any(item.para == 2 for item in link.evidence)]
    assert restated, "the sentence both documents hold gives a link"

    report = merge_into(second, folder)

    merged = load_map(folder)
    for link in restated:
        gained = merged.links[link.id]
        assert [e.source for e in gained.evidence] == [e.source for e in link.evidence] + [report.source]
        assert gained.evidence[-1].para == 2
        assert gained.needs_review is True
    assert {gain.id for gain in report.gained if gain.file == "links"} == {link.id for link in restated}
    keys = [(link.from_actor, link.to_actor, link.type) for link in merged.links.values()]
    assert len(keys) == len(set(keys)), "a restated partnership became a second link"
    assert report.date == "2014-05-04"  # the date written in the document
    restated_ids = {link.id for link in restated}
    untouched = [link for link in merged.links.values() if link.id in old.links and link.id not in restated_ids]
    assert all(not link.needs_review for link in untouched)


def test_a_second_merge_of_the_same_document_changes_nothing(bundled_copy: Path) -> None:
    merge_into(LATER, bundled_copy, date="2013-10-03")
    once = _files(bundled_copy)
    result = CliRunner().invoke(cli, ["extract", str(LATER), "--into", str(bundled_copy), "--date", "2013-10-03"])
    assert result.exit_code == 0, result.output
    assert _files(bundled_copy) == once
    assert "Nothing changed: the map already holds everything this document gives." in result.output
    assert "already a source: nothing new from it" in result.output


def test_the_report_says_what_matched_what_is_new_and_what_gained_evidence(bundled_copy: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(LATER), "--into", str(bundled_copy), "--date", "2013-10-03"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == "  source a-fr-ag-declaration-dhn-2013, 2013-10-03 (as given); added as source"
    assert any(line.startswith("Actors matched in the map (") for line in lines)
    assert "  governments                  = governments  (same id: governments)" in lines
    assert any(line.startswith("New actors, needs_review: true (") for line in lines)
    assert lines[-1] == f"Next: partnermap review {bundled_copy}"


def test_without_a_date_in_the_text_or_given_nothing_is_written(bundled_copy: Path) -> None:
    before = _files(bundled_copy)
    result = CliRunner().invoke(cli, ["extract", str(LATER), "--into", str(bundled_copy)])
    assert result.exit_code == 1
    assert "no date found in the text; a map over time needs one: add --date YYYY-MM-DD" in result.output
    assert _files(bundled_copy) == before


def test_output_and_into_cannot_go_together(tmp_path: Path, bundled_copy: Path) -> None:
    both = CliRunner().invoke(cli, ["extract", str(LATER), "-o", str(tmp_path / "d"), "--into", str(bundled_copy)])
    neither = CliRunner().invoke(cli, ["extract", str(LATER)])
    missing = CliRunner().invoke(cli, ["extract", str(LATER), "--into", str(tmp_path / "nowhere")])
    for result in (both, neither):
        assert result.exit_code == 2
        assert "give either -o DRAFT_DIR (a new draft map) or --into DATA_DIR (an existing map)" in result.output
    assert missing.exit_code == 2 and "Invalid value for --into: folder" in missing.output


def test_a_record_that_cannot_take_lines_refuses_the_merge_and_writes_nothing(bundled_copy: Path) -> None:
    links = bundled_copy / "links.yaml"
    text = links.read_text(encoding="utf-8")
    # The link 2013 restates, with its evidence written as one flow list.
    start = text.index("- id: origin-host-irregular-migration")
    block = text[start:text.index("\n\n", start)]
    items = [line.strip()[2:] for line in block.splitlines() if line.strip().startswith("- {source")]
    head = block[:block.index("  evidence:")]
    links.write_text(text.replace(block, f"{head}  evidence: [{', '.join(items)}]"), encoding="utf-8")
    assert check_map(bundled_copy) == []
    before = _files(bundled_copy)
    result = CliRunner().invoke(cli, ["extract", str(LATER), "--into", str(bundled_copy), "--date", "2013-10-03"])
    assert result.exit_code == 1
    assert "the evidence of 'origin-host-irregular-migration' is not a list of one item per line" in result.output
    assert _files(bundled_copy) == before


def _actor(actor_id: str, names: dict[str, str], aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(id=actor_id, name=names, kind="civil_society", evidence=(), aliases=aliases)


def test_names_meet_across_case_accents_plurals_and_languages() -> None:
    assert name_key("Sociétés civiles") == name_key("societe civile") == "societe civile"
    assert name_key("Organisations_d'employeurs") == name_key("organisation d'employeur")
    lexicon = load_lexicon()
    found = extract("L'Organisation internationale pour les migrations coopère avec les syndicats.\n",
                    lexicon=lexicon, language="fr")
    drafted = {actor.concept.id: actor for actor in found.actors}
    iom = drafted["iom"]
    unions = drafted["trade_unions"]
    # A map written in English, with other ids: the IOM by its English acronym, unions by name.
    actors = [_actor("labour", {"en": "Trade unions"}), _actor("un_migration", {"en": "UN Migration"}, ("IOM",))]
    assert match_actor(unions, actors).how == BY_NAME and match_actor(unions, actors).actor == "labour"
    assert match_actor(iom, actors).how == BY_ALIAS and match_actor(iom, actors).actor == "un_migration"
    # Its gazetteer identity wins over any name.
    actors.append(_actor("iom", {"en": "International Organization for Migration"}))
    assert match_actor(iom, actors).how == BY_ID and match_actor(iom, actors).actor == "iom"
    # A generic actor never takes a named organisation's place.
    assert match_actor(iom, [_actor("international_organizations", {"en": "International organizations"},
                                    ("organisations internationales",))]) is None


def test_new_records_are_appended_in_the_files_layout(bundled_copy: Path) -> None:
    report = merge_into(LATER, bundled_copy, date="2013-10-03")
    tail = (bundled_copy / "actors.yaml").read_text(encoding="utf-8").split("# Added by partnermap extract --into")[1]
    records = yaml.safe_load(tail.split("\n", 1)[1])
    assert [record["id"] for record in records] == list(report.new_actors)
    assert all(record["needs_review"] is True and record["evidence"][0]["source"] == report.source
               for record in records)
    assert "\n  evidence:\n    - {source: a-fr-ag-declaration-dhn-2013, para: " in tail
