"""Lexicon files: the shipped lexicon, extension by a map's own file, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnermap.extract.lexicon import LexiconError, load_lexicon
from partnermap.graph.model.vocab import shipped_vocabulary


def test_shipped_lexicon_loads_with_fr_and_en_for_every_concept() -> None:
    lexicon = load_lexicon()
    vocabulary = shipped_vocabulary()
    assert set(lexicon.languages) == {"fr", "en"}
    for concept in lexicon.concepts.values():
        assert concept.kind in vocabulary.kinds
        assert set(concept.name) == {"fr", "en"}, concept.id
        assert concept.phrases.get("fr") and concept.phrases.get("en"), concept.id
    assert set(lexicon.strengths) == set(vocabulary.strengths)
    assert set(lexicon.types) <= set(vocabulary.link_types)


def test_a_user_file_adds_phrases_to_a_concept_and_new_concepts(tmp_path: Path) -> None:
    extra = tmp_path / "lexicon.yaml"
    extra.write_text(
        "actors:\n"
        "  - id: trade_unions\n"
        "    fr: [centrales ouvrières]\n"
        "  - id: chambers_of_commerce\n"
        "    name: {fr: Chambres de commerce, en: Chambers of commerce}\n"
        "    kind: private_sector\n"
        "    en: [chambers of commerce]\n"
        "cooperation:\n"
        "  en: [hand in hand]\n", encoding="utf-8")
    lexicon = load_lexicon([extra])
    assert "centrales ouvrières" in lexicon.concepts["trade_unions"].phrases["fr"]
    assert "syndicats" in lexicon.concepts["trade_unions"].phrases["fr"]
    assert lexicon.concepts["chambers_of_commerce"].kind == "private_sector"
    assert lexicon.cooperation["en"][-1] == "hand in hand"
    assert lexicon.files[-1] == str(extra)


def test_every_problem_of_a_user_file_is_reported_with_its_line(tmp_path: Path) -> None:
    extra = tmp_path / "lexicon.yaml"
    extra.write_text(
        "actors:\n"
        "  - id: chambers\n"
        "    kind: privat_sector\n"
        "    en: [\"[chambers\"]\n"
        "strengths:\n"
        "  - strength: mandatory\n"
        "    en: [shall]\n"
        "cooperaton:\n"
        "  en: [x]\n", encoding="utf-8")
    with pytest.raises(LexiconError) as raised:
        load_lexicon([extra])
    assert [p.format() for p in raised.value.problems] == [
        f"{extra}:8: unknown section 'cooperaton'; did you mean 'cooperation'?",
        f"{extra}:2: new actor concept 'chambers' needs a 'name'",
        f"{extra}:3: unknown actor kind 'privat_sector'; did you mean 'private_sector'?",
        f"{extra}:4: phrase '[chambers' of actor concept 'chambers' (en): brackets must come as one pair, "
        "'[' then ']'",
        f"{extra}:6: unknown strength 'mandatory'; accepted: endorsed, possible, recommended, required",
    ]
    assert str(raised.value).endswith("5 problems in the lexicon; fix them and run again")


def test_a_missing_lexicon_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="lexicon.yaml: lexicon file not found"):
        load_lexicon([tmp_path / "lexicon.yaml"])
