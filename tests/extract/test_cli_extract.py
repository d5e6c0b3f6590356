"""`partnermap extract` as a curator runs it: the draft validates as is, same bytes every time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from partnermap.cli import cli
from partnermap.graph.checking.load import check_map, load_map
from tests.conftest import REPOSITORY

FIXTURES = REPOSITORY / "tests" / "data" / "extract"
SEED_SOURCE = REPOSITORY / "data" / "sources" / "hld2006-roundtable4-chair-summary.fr.txt"
DOCUMENTS = [SEED_SOURCE, *sorted(FIXTURES.glob("*/sources/*.txt"))]


def run(*arguments: str):
    return CliRunner().invoke(cli, ["extract", *arguments])


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_the_draft_validates_as_is_and_every_element_needs_review(document: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft"
    result = run(str(document), "-o", str(draft))
    assert result.exit_code == 0, result.output
    assert check_map(draft) == []
    partner_map = load_map(draft)
    assert partner_map.languages in (("fr", "en"), ("en", "fr"))
    assert (draft / "sources" / document.name).read_bytes() == document.read_bytes()
    assert partner_map.actors and partner_map.links
    for element in [*partner_map.actors.values(), *partner_map.links.values()]:
        assert element.needs_review is True
        assert 0 < element.confidence <= 1
    for actor in partner_map.actors.values():
        assert set(actor.name) == {"fr", "en"}
    assert f"Actors ({len(partner_map.actors)}):" in result.output
    assert f"Links ({len(partner_map.links)}):" in result.output


def test_the_report_lists_actors_links_and_sentences_that_gave_nothing(tmp_path: Path) -> None:
    result = run(str(SEED_SOURCE), "-o", str(tmp_path / "draft"))
    lines = result.output.splitlines()
    assert lines[0] == f"Draft written to {tmp_path / 'draft'} from {SEED_SOURCE}"
    assert lines[1] == "  language: fr (detected from common words: 0 en, 296 fr)"
    assert "source date 2006-09-15 (the first date in the text; correct it in map.yaml if needed)" in lines[2]
    assert any(line.startswith("  governments ") and "government " in line for line in lines)
    assert any("secretary_general" in line and "global_dialogue" in line and "¶ 8.2" in line for line in lines)
    assert "  ¶ 7.5  2 actors but no cooperation cue [subregional_processes, regional_processes]" in lines
    assert any(line.startswith("  governments -- justice ") and "capacity_building" in line and "¶ 12.3" in line
               for line in lines)


def test_same_document_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        draft = tmp_path / f"draft{seed}"
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        completed = subprocess.run(
            [sys.executable, "-m", "partnermap", "extract", str(SEED_SOURCE), "-o", str(draft)],
            cwd=REPOSITORY, env=environment, capture_output=True, text=True, check=False)
        assert completed.returncode == 0, completed.stderr
        outputs.append({p.relative_to(draft): p.read_bytes() for p in sorted(draft.rglob("*")) if p.is_file()}
                       | {Path("report"): completed.stdout.replace(str(draft), "DRAFT").encode()})
    assert outputs[0] == outputs[1]


def test_json_report_for_machines(tmp_path: Path) -> None:
    result = run(str(SEED_SOURCE), "-o", str(tmp_path / "draft"), "--report", "json", "--date", "2006-09-16")
    report = json.loads(result.output)
    assert report["date"] == "2006-09-16" and report["date_note"] == "as given"
    assert {"id": "trade_unions", "kind": "trade_union", "sentences": 1, "paras": [9], "confidence": 0.9} \
        in report["actors"]


def test_a_lexicon_in_the_draft_folder_extends_the_shipped_one(tmp_path: Path) -> None:
    document = tmp_path / "summary.en.txt"
    document.write_text("Chambers of commerce should cooperate with trade unions.\n", encoding="utf-8")
    draft = tmp_path / "draft"
    draft.mkdir()
    (draft / "lexicon.yaml").write_text(
        "actors:\n  - id: chambers_of_commerce\n    name: {fr: Chambres de commerce, en: Chambers of commerce}\n"
        "    kind: private_sector\n    en: [chambers of commerce]\n", encoding="utf-8")
    result = run(str(document), "-o", str(draft))
    assert result.exit_code == 0, result.output
    assert f"  lexicon: partnermap/extract/lexicons/languages.yaml, partnermap/extract/lexicons/actors.yaml, " \
           f"partnermap/extract/lexicons/organisations.yaml, partnermap/extract/lexicons/cues.yaml, " \
           f"{draft / 'lexicon.yaml'}" in result.output
    links = yaml.safe_load((draft / "links.yaml").read_text(encoding="utf-8"))
    assert [(link["from"], link["to"]) for link in links] == [("chambers_of_commerce", "trade_unions")]
    assert (draft / "lexicon.yaml").is_file()


def test_force_overwrites_the_draft_files_and_leaves_the_others(tmp_path: Path) -> None:
    draft = tmp_path / "draft"
    assert run(str(SEED_SOURCE), "-o", str(draft)).exit_code == 0
    (draft / "notes.txt").write_text("mine", encoding="utf-8")
    (draft / "actors.yaml").write_text("[]\n", encoding="utf-8")
    refused = run(str(SEED_SOURCE), "-o", str(draft))
    assert refused.exit_code == 1
    assert refused.output == (f"Error: {draft}: folder is not empty (holds actors.yaml, links.yaml, map.yaml, "
                              "notes.txt, sources); use --force to overwrite the draft's files in it, or choose "
                              "an empty folder\n")
    assert run(str(SEED_SOURCE), "-o", str(draft), "--force").exit_code == 0
    assert (draft / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert check_map(draft) == []


@pytest.mark.parametrize(("setup", "arguments", "message"), [
    (None, ["missing.txt"], "Error: {tmp}/missing.txt: file not found\n"),
    (b"caf\xe9 au lait\n", ["doc.txt"],
     "Error: {tmp}/doc.txt:1: not UTF-8 text (byte 0xe9); save the document as UTF-8 plain text\n"),
    (b"  \n\n", ["doc.txt"], "Error: {tmp}/doc.txt: the document is empty\n"),
    (b"Les syndicats.\n", ["doc.txt", "--lang", "de"],
     "Error: unknown language 'de'; the lexicon knows: en, fr (or auto)\n"),
    (b"12345 67890\n", ["doc.txt"], "Error: cannot tell the document's language (no common word of any); "
                                    "use --lang en or --lang fr\n"),
    (b"Les syndicats.\n", ["doc.txt", "--date", "15/09/2006"],
     "Error: --date '15/09/2006' is not a date written YYYY-MM-DD\n"),
    (b"Les syndicats.\n", ["doc.txt", "--lexicon", "none.yaml"],
     "Error: none.yaml: lexicon file not found\n1 problem in the lexicon; fix them and run again\n"),
])
def test_bad_input_is_a_clear_message_and_exit_1(setup: bytes | None, arguments: list[str], message: str,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    if setup is not None:
        (tmp_path / "doc.txt").write_bytes(setup)
    arguments = [str(tmp_path / a) if a.endswith(".txt") else a for a in arguments]
    result = run(*arguments, "-o", str(tmp_path / "draft"))
    assert result.exit_code == 1
    assert result.output == message.format(tmp=tmp_path)
    assert not (tmp_path / "draft" / "map.yaml").exists()
