"""The co-occurrence model: which pairs it scores, what it drafts, and that the shipped weights are a fit."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnermap.cli import cli
from partnermap.extract import extract, load_lexicon
from partnermap.extract.cooccurrence import MODEL_FILE, PairModel, shipped_model
from partnermap.graph.checking.load import check_map, load_map
from tests.conftest import REPOSITORY

# Two actors sharing a sentence with no construction the rules know: no rule links them.
SHARED = ("The International Organization for Migration met the ministries of labour to discuss the new "
          "recruitment rules.")
EVERY_PAIR = PairModel(intercept=5.0, weights={}, threshold=0.5)
"""Scores every candidate pair 0.99: what is drafted is then exactly the set of candidates."""


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def pairs(text: str, lexicon, model: PairModel | None, language: str = "en") -> list[tuple[str, str, bool]]:
    found = extract(text, lexicon=lexicon, language=language, pair_model=model)
    return sorted((link.from_actor, link.to_actor, link.scored) for link in found.links)


def test_without_a_model_only_the_rules_draft_links(lexicon) -> None:
    assert pairs(SHARED, lexicon, None) == []


def test_a_pair_sharing_a_sentence_is_drafted_when_the_model_scores_it_high(lexicon) -> None:
    assert pairs(SHARED, lexicon, EVERY_PAIR) == [("iom", "labour_ministries", True)]
    never = PairModel(intercept=-5.0, weights={}, threshold=0.5)
    assert pairs(SHARED, lexicon, never) == []


def test_pairs_the_rules_link_are_left_to_the_rules(lexicon) -> None:
    text = "Trade unions should cooperate with employers' organizations on social dialogue."
    assert pairs(text, lexicon, None) == pairs(text, lexicon, EVERY_PAIR) == [
        ("employers_organizations", "trade_unions", False)]


def test_the_people_served_are_never_scored_as_partners_of_each_other(lexicon) -> None:
    text = "Migrant workers and refugees face the same recruitment fees in the region this year."
    assert pairs(text, lexicon, EVERY_PAIR) == []


def test_a_heading_and_a_place_give_no_pair(lexicon) -> None:
    heading = "The text opens on a sentence.\n\nIOM and UNHCR in the field\n\nThe text goes on without them."
    assert pairs(heading, lexicon, EVERY_PAIR) == []
    place = "The International Organization for Migration held a workshop in Morocco on recruitment rules."
    assert pairs(place, lexicon, EVERY_PAIR) == []


def test_the_drafted_link_says_it_is_a_guess_of_the_model_and_keeps_every_sentence(lexicon) -> None:
    text = SHARED + " The International Organization for Migration and the ministries of labour met again."
    (link,) = extract(text, lexicon=lexicon, language="en", pair_model=EVERY_PAIR).links
    assert link.scored and not link.directed
    assert link.confidence >= 0.99
    assert [s.number for s in link.evidence] == [1, 2]


def test_features_tell_items_of_a_list_from_actors_apart(lexicon) -> None:
    """The model reads these: "X, Y and Z attended" is a list of participants, not a partnership."""
    listed = _only_candidate_features("Participants included the International Organization for Migration "
                                      "and the ministries of labour.")
    assert listed["only_listed"] == 1.0 and listed["fewest_words_between"] == pytest.approx(math.log1p(2))  # "and the"
    apart = _only_candidate_features("The International Organization for Migration presented a study while the "
                                     "ministries of labour listened.")
    assert apart["only_listed"] == 0.0 and apart["no_cue"] == 1.0
    assert apart["fewest_words_between"] == pytest.approx(math.log1p(5))  # "presented a study while the"


def test_extract_cooccurrence_option_drafts_more_links_that_validate(tmp_path: Path) -> None:
    document = tmp_path / "note.en.txt"
    document.write_text(SHARED + "\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["extract", str(document), "-o", str(tmp_path / "plain")])
    assert plain.exit_code == 0, plain.output
    assert load_map(tmp_path / "plain").links == {}
    shipped = shipped_model()
    scored = runner.invoke(cli, ["extract", str(document), "-o", str(tmp_path / "scored"), "--cooccurrence"])
    assert scored.exit_code == 0, scored.output
    assert check_map(tmp_path / "scored") == []
    drafted = load_map(tmp_path / "scored").links
    score = shipped.score(_only_candidate_features(SHARED))
    assert score >= shipped.threshold and len(drafted) == 1
    for link in drafted.values():
        assert "co-occurrence model" in link.description["en"]
    assert "iom -- labour_ministries" in scored.output and "(co-occurrence model)" in scored.output


def _only_candidate_features(text: str) -> dict[str, float]:
    from partnermap.extract.cooccurrence import pair_candidates
    from partnermap.extract.links import find_links
    from partnermap.extract.pipeline import read_sentences

    reading = read_sentences(text, lexicon=load_lexicon(), language="en")
    links, _ = find_links(reading.sentences, reading.lexicon)
    (candidate,), actors = pair_candidates(reading.sentences, links, reading.lexicon)
    return candidate.features(actors)


def test_the_shipped_model_names_the_features_the_code_computes() -> None:
    data = json.loads((REPOSITORY / "partnermap" / "extract" / MODEL_FILE).read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(_only_candidate_features(SHARED))
    assert 0.0 < data["threshold"] < 1.0


DEV = REPOSITORY / "bench" / "extract" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="the development corpus is not in this checkout")
def test_the_shipped_model_is_the_fit_of_the_documents_it_lists() -> None:
    """A change of the rules changes the candidates: the model must be fitted again (bench/train_pair_model.py)."""
    result = subprocess.run([sys.executable, str(REPOSITORY / "bench" / "train_pair_model.py"), "--check"],
                            capture_output=True, text=True, cwd=REPOSITORY)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_later_document_joins_a_map_with_the_models_links_too(tmp_path: Path) -> None:
    data = tmp_path / "map"
    shutil.copytree(REPOSITORY / "data", data)
    later = tmp_path / "later.en.txt"
    later.write_text("Meeting of 4 May 2014\n\n" + SHARED + "\n", encoding="utf-8")
    runner = CliRunner()
    plain = tmp_path / "plain"
    shutil.copytree(data, plain)
    assert runner.invoke(cli, ["extract", str(later), "--into", str(plain)]).exit_code == 0
    result = runner.invoke(cli, ["extract", str(later), "--into", str(data), "--cooccurrence"])
    assert result.exit_code == 0, result.output
    assert check_map(data) == []
    added = set(load_map(data).links) - set(load_map(plain).links)
    assert len(added) == 1 and "co-occurrence model" in load_map(data).links[added.pop()].description["en"]
