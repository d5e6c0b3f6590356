"""bench/link_losses.py puts every annotated link in one row, the found ones as the quality score finds them."""

from __future__ import annotations

from bench.extract_quality import score
from bench.link_losses import ROWS, link_losses
from partnermap import load_map
from tests.conftest import SEED_MAP


def test_every_annotated_link_falls_in_one_row_and_the_found_ones_match_the_score() -> None:
    counts = link_losses(SEED_MAP)
    assert set(counts) <= {key for key, _ in ROWS}
    assert sum(counts.values()) == len(load_map(SEED_MAP).links)
    assert counts["found"] == score(SEED_MAP).links.matched_gold
