"""The seed map (data/): the Round Table 4 map that ships with partnermap is valid, complete
against its source text, and written in both French and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from partnermap import PartnerMap, bundled_map_dir, check_map, load_map
from partnermap.textread.paragraphs import normalise, split_paragraphs
from tests.conftest import SEED_MAP

SOURCE_ID = "hld2006-rt4"

# The actor kinds issue 3 asks for; a tuple means "any one of these".
KINDS_NAMED_IN_ISSUE = (
    "government",
    "international_organization",
    "private_sector",
    "employers_organization",
    "trade_union",
    "civil_society",
    "migrant_association",
    "youth_association",
    "public",
    ("regional_process", "multilateral_process"),
    "regional_institution",
    "official",
    "government_sector",
    "beneficiary",
)

# Words by which a sentence of the text speaks of working together…
COOPERATION_CUES = re.compile(r"coopér|partenariat|dialogue|collaboration", re.IGNORECASE)
# …and words by which it asks for it or welcomes it: the French verbs of the strength table in
# docs/data-format.md, plus the other ways this chair's summary reports agreement.
RECOMMENDATION_CUES = re.compile(
    r"essentiel|nécessaire|\bdoivent\b|il faut|devraient|encouragé|appelé à|salué|soulign"
    r"|pourrai|\bpeut\b|soutien|accueilli favorablement|entendus sur|importan|rôle majeur",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def seed_map() -> PartnerMap:
    return load_map(SEED_MAP)


@pytest.fixture(scope="module")
def source_paragraphs(seed_map: PartnerMap) -> dict[int, str]:
    """The source's paragraphs, by number, with white space and typographic marks normalised."""
    return {p.number: normalise(p.text) for p in split_paragraphs(seed_map.sources[SOURCE_ID].text)}


def _sentences(paragraph: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", paragraph)


def _recommending_paragraphs(paragraphs: dict[int, str]) -> list[int]:
    """Paragraphs holding a sentence that both speaks of cooperation and asks for or welcomes it."""
    return [
        number
        for number, text in paragraphs.items()
        if any(COOPERATION_CUES.search(s) and RECOMMENDATION_CUES.search(s) for s in _sentences(text))
    ]


def _listed_sectors(paragraphs: dict[int, str]) -> list[str]:
    """The government sectors the text enumerates after '... secteurs du gouvernement ... entre autres,'."""
    for text in paragraphs.values():
        found = re.search(r"secteurs du gouvernement [^.]*?entre autres, ([^.]+)\.", text)
        if found:
            return [item.strip() for item in re.split(r",| et ", found.group(1)) if item.strip()]
    return []


# (a) the bundled map validates -------------------------------------------------


def test_seed_map_has_no_problems() -> None:
    assert [problem.format() for problem in check_map(SEED_MAP)] == []


def test_bundled_map_is_the_round_table_4_map() -> None:
    bundled = load_map(bundled_map_dir())
    assert list(bundled.sources) == [SOURCE_ID]
    assert bundled.sources[SOURCE_ID].date == "2006-09-15"
    assert bundled.sources[SOURCE_ID].language == "fr"


# (b) the map is complete against the text ---------------------------------------


def test_every_actor_kind_named_in_the_issue_is_present(seed_map: PartnerMap) -> None:
    present = {actor.kind for actor in seed_map.actors.values()}
    missing = [
        kind for kind in KINDS_NAMED_IN_ISSUE if not (set(kind) if isinstance(kind, tuple) else {kind}) & present
    ]
    assert missing == []


def test_every_paragraph_that_recommends_a_partnership_is_cited_by_a_link(
    seed_map: PartnerMap, source_paragraphs: dict[int, str]
) -> None:
    recommending = _recommending_paragraphs(source_paragraphs)
    assert recommending, "no paragraph matched the cue words: the cues no longer fit the text"
    cited = {
        evidence.para for link in seed_map.links.values() for evidence in link.evidence if evidence.source == SOURCE_ID
    }
    assert [number for number in recommending if number not in cited] == []


def test_the_title_and_greetings_are_not_taken_for_recommendations(
    source_paragraphs: dict[int, str],
) -> None:
    # The title names "partenariats" and the closing thanks the President: neither asks for anything.
    title_and_thanks = [1, len(source_paragraphs)]
    assert [n for n in _recommending_paragraphs(source_paragraphs) if n in title_and_thanks] == []


def test_each_government_sector_the_text_lists_is_an_actor(
    seed_map: PartnerMap, source_paragraphs: dict[int, str]
) -> None:
    sectors = _listed_sectors(source_paragraphs)
    assert len(sectors) == 6, sectors  # justice … contrôle des frontières
    sector_quotes = [
        normalise(evidence.quote)
        for actor in seed_map.actors.values()
        if actor.kind == "government_sector"
        for evidence in actor.evidence
    ]
    assert [sector for sector in sectors if not any(sector in quote for quote in sector_quotes)] == []


def test_the_cut_off_proposal_is_flagged_not_completed(seed_map: PartnerMap) -> None:
    secretary_general = seed_map.actors["secretary_general"]
    assert secretary_general.kind == "official"
    assert "la proposition du Secrétaire" in secretary_general.description["fr"]
    assert "cut off" in secretary_general.description["en"]


# (c) everything is written in both languages ------------------------------------


def _raw_records(name: str) -> list[dict]:
    return yaml.safe_load((Path(SEED_MAP) / name).read_text(encoding="utf-8"))


def _untranslated(records: list[dict], field: str) -> list[str]:
    """Ids of the records whose `field` is not a mapping with a non-blank fr and en text."""

    def translated(value: object) -> bool:
        return isinstance(value, dict) and all(
            isinstance(value.get(lang), str) and value[lang].strip() for lang in ("fr", "en")
        )

    return [record["id"] for record in records if not translated(record.get(field))]


@pytest.mark.parametrize(
    ("file", "field"),
    [
        ("actors.yaml", "name"),
        ("actors.yaml", "description"),
        ("links.yaml", "summary"),
    ],
)
def test_every_record_is_written_in_french_and_english(file: str, field: str) -> None:
    assert _untranslated(_raw_records(file), field) == []


def test_link_notes_are_written_in_french_and_english() -> None:
    annotated = [link for link in _raw_records("links.yaml") if "description" in link]
    assert _untranslated(annotated, "description") == []


def test_tour_steps_are_titled_in_french_and_english() -> None:
    tour = yaml.safe_load((Path(SEED_MAP) / "map.yaml").read_text(encoding="utf-8"))["tour"]
    assert tour, "the seed map has a workshop tour"
    steps = [{"id": f"step {number}", **step} for number, step in enumerate(tour, 1)]
    assert _untranslated(steps, "title") == []
