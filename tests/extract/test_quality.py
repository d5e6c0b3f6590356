"""Extraction quality against hand-annotated maps: the matching rules, and floors on the figures.

The floors sit a little below what `python bench/extract_quality.py` reports, so that a change
making drafts worse fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from partnermap.extract import extract_to_folder, load_lexicon
from partnermap.extract.cooccurrence import PairModel, shipped_model
from partnermap.extract.quality import Names, Quality, compare_maps, evidence_match, names_match
from partnermap.graph.checking.load import check_map, load_map
from partnermap.graph.model.records import Actor, Evidence
from tests.conftest import REPOSITORY, SEED_MAP

FIXTURES = REPOSITORY / "tests" / "data" / "extract"

# (annotated map, actor recall, actor precision, link recall, link precision, type agreement,
#  strength agreement): floors.
FLOORS = [
    (SEED_MAP, 0.95, 0.95, 0.95, 0.9, 0.75, 0.75),
    (FIXTURES / "fr-atelier-main-doeuvre", 0.9, 0.9, 0.85, 0.9, 0.55, 0.65),
    (FIXTURES / "fr-declaration-diaspora", 0.9, 0.9, 0.72, 0.78, 0.35, 0.7),
    # (link precision 24/31 since "both agencies" stands for IOM and UNHCR: they are linked to the migrants
    # "so that … migrants receive assistance", where the annotator linked the States only)
    (FIXTURES / "en-round-table-protection", 0.9, 0.9, 0.9, 0.76, 0.5, 0.7),
    (FIXTURES / "en-declaration-labour-mobility", 0.9, 0.9, 0.8, 0.83, 0.4, 0.8),
]
DEV = REPOSITORY / "bench" / "extract" / "dev"
# The batches of bench/extract/dev tuned on when these floors were set: a- to z-, aa- to az-, ba- to bz-, ca- to
# cz-, then da- to dz-, ea- to ez-, fa- to fz-, ga- to gv-, hc- to ht- (449 documents, each annotated before any
# extraction, from w- on measured on first contact before any tuning: bench/first_contact.py); a later batch joins
# here once tuned on (gw- to hb- and hu- to hz- were measured on first contact only, on 2 December, seventh session).
DEV_BATCHES = frozenset([*"abcdefghijklmnopqrstuvwxyz", *(f"a{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"),
                         *(f"b{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"),
                         *(f"c{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"),
                         *(f"d{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"),
                         *(f"e{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"),
                         *(f"f{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"),
                         *(f"g{letter}" for letter in "abcdefghijklmnopqrstuv"),
                         *(f"h{letter}" for letter in "cdefghijklmnopqrst")])
DEV_DOCUMENTS = sorted(map_file.parent.name for map_file in DEV.glob("*/map.yaml")
                       if map_file.parent.name.split("-")[0] in DEV_BATCHES)
DEV_COUNT = 449
# Totals over DEV_DOCUMENTS (counts added up): the same columns as FLOORS. Measured on 2 December 2026 (seventh
# session, 449 documents, the last 48 tuned on for one round only after their first contact): 0.77, 0.78, 0.38,
# 0.59, 0.38, 0.93; with the co-occurrence model (extract --cooccurrence), fitted on all 473 dev documents: 0.77,
# 0.78, 0.50, 0.47, 0.36, 0.93. (On the 401 of the sixth session they were 0.77, 0.78, 0.36, 0.59, 0.36, 0.93.)
DEV_FLOORS = (0.75, 0.76, 0.36, 0.57, 0.35, 0.90)
DEV_FLOORS_COOCCURRENCE = (0.75, 0.76, 0.48, 0.45, 0.33, 0.90)


def quality_of(gold_dir: Path, tmp_path: Path, pair_model: PairModel | None = None) -> Quality:
    gold = load_map(gold_dir)
    (source,) = gold.sources.values()
    extract_to_folder(gold_dir / source.path, tmp_path / gold_dir.name, pair_model=pair_model)
    return compare_maps(load_map(tmp_path / gold_dir.name), gold, load_lexicon())


@pytest.mark.parametrize("gold_dir", [f[0] for f in FLOORS[1:]], ids=lambda p: p.name)
def test_fixture_maps_are_valid(gold_dir: Path) -> None:
    assert check_map(gold_dir) == []


@pytest.mark.parametrize(("gold_dir", "actor_recall", "actor_precision", "link_recall", "link_precision",
                          "type_agreement", "strength_agreement"),
                         FLOORS, ids=lambda v: v.name if isinstance(v, Path) else None)
def test_quality_floors(gold_dir: Path, actor_recall: float, actor_precision: float, link_recall: float,
                        link_precision: float, type_agreement: float, strength_agreement: float,
                        tmp_path: Path) -> None:
    quality = quality_of(gold_dir, tmp_path)
    assert quality.actors.recall >= actor_recall, quality.missed_actors
    assert quality.actors.precision >= actor_precision, quality.extra_actors
    assert quality.links.recall >= link_recall, quality.missed_links
    assert quality.links.precision >= link_precision, quality.extra_links
    assert quality.type_agreement >= type_agreement
    assert quality.strength_agreement >= strength_agreement


@pytest.mark.skipif(not DEV_DOCUMENTS, reason="the development corpus is not in this checkout")
@pytest.mark.parametrize("cooccurrence", [False, True], ids=["rules", "cooccurrence"])
def test_quality_floors_on_the_real_development_documents(cooccurrence: bool, tmp_path: Path) -> None:
    assert len(DEV_DOCUMENTS) == DEV_COUNT, "a development document of the tuned batches is missing"
    counts = [0] * 10
    for name in DEV_DOCUMENTS:
        quality = quality_of(DEV / name, tmp_path, shipped_model() if cooccurrence else None)
        for index, value in enumerate((quality.actors.matched_gold, quality.actors.gold,
                                       quality.actors.matched_extracted, quality.actors.extracted,
                                       quality.links.matched_gold, quality.links.gold,
                                       quality.links.matched_extracted, quality.links.extracted,
                                       quality.same_type, quality.same_strength)):
            counts[index] += value
    found_actors, gold_actors, right_actors, drafted_actors, found_links, gold_links, right_links, drafted_links, \
        same_type, same_strength = counts
    figures = (found_actors / gold_actors, right_actors / drafted_actors, found_links / gold_links,
               right_links / drafted_links, same_type / found_links, same_strength / found_links)
    floors = DEV_FLOORS_COOCCURRENCE if cooccurrence else DEV_FLOORS
    assert all(figure >= floor for figure, floor in zip(figures, floors, strict=True)), figures


def test_a_map_compared_with_itself_scores_one(tmp_path: Path) -> None:
    partner_map = load_map(SEED_MAP)
    quality = compare_maps(partner_map, partner_map, load_lexicon())
    assert (quality.actors.precision, quality.actors.recall) == (1.0, 1.0)
    assert (quality.links.precision, quality.links.recall) == (1.0, 1.0)
    assert quality.type_agreement == 1.0 and quality.strength_agreement == 1.0


def actor(kind: str, name: str, aliases: tuple[str, ...] = (), quote: str = "x", para: int = 1) -> Actor:
    return Actor(id="a", name={"fr": name}, kind=kind, evidence=(Evidence("s", para, quote),), aliases=aliases)


def test_actors_match_by_kind_and_normalised_name() -> None:
    names = Names(load_lexicon())
    gold = actor("employers_organization", "Associations d'employeurs", ("patronat",))
    assert names_match(actor("employers_organization", "organisations", ("l'association des employeurs",)),
                       gold, names)
    assert names_match(actor("employers_organization", "Le Patronat"), gold, names)
    assert not names_match(actor("trade_union", "Associations d'employeurs"), gold, names)
    assert not names_match(actor("employers_organization", "Employeurs"), gold, names)


def test_actors_match_by_evidence_when_a_drafted_name_is_inside_the_gold_quote() -> None:
    names = Names(load_lexicon())
    sentence = "Les gouvernements aideront les travailleurs migrants et leurs familles."
    gold = actor("beneficiary", "Travailleurs migrants", quote="les travailleurs migrants et leurs familles")
    drafted = actor("beneficiary", "Familles", ("leurs familles",), quote=sentence)
    assert evidence_match(drafted, gold, names)
    assert not evidence_match(actor("beneficiary", "Familles", ("leurs familles",), quote=sentence, para=2),
                              gold, names)
    assert not evidence_match(actor("beneficiary", "Enfants", ("enfants",), quote=sentence), gold, names)
