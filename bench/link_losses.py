"""Where the annotated links a draft misses are lost: an end actor not found, or both found but not linked.

    python bench/link_losses.py                      # dev and holdout, totals per split
    python bench/link_losses.py --splits holdout     # one split (its totals only: never tune on it)
    python bench/link_losses.py MAP_DIR...           # only these annotated maps

Each annotated link of a split falls in one row: found by the draft; an end actor (or both) missing from the
draft; both ends found and named in one sentence, yet not linked; both in one paragraph only; further apart.
The rows say what a better link reader could reach at most (found + one sentence) and what only finding
more actors can bring. Actors and links are matched as bench/extract_quality.py matches them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from bench.extract_quality import gold_and_draft, split_maps  # noqa: E402
from partnermap.extract import extract, load_lexicon  # noqa: E402
from partnermap.extract.quality import actor_matches, compare_maps  # noqa: E402

ROWS = (("found", "found by the draft"), ("one_end_missing", "one end actor missing from the draft"),
        ("both_ends_missing", "both end actors missing"), ("one_sentence", "both ends found, named in one sentence"),
        ("one_paragraph", "both ends found, only in one paragraph"), ("apart", "both ends found, further apart"))


def link_losses(gold_dir: Path) -> Counter[str]:
    """The annotated links of one map, counted by the row of ROWS they fall in."""
    lexicon = load_lexicon()
    gold, draft = gold_and_draft(gold_dir)
    (source,) = gold.sources.values()
    reading = extract((gold_dir / source.path).read_text(encoding="utf-8"), lexicon=lexicon)
    gold_for = actor_matches(draft, gold, lexicon)
    sentences: defaultdict[str, set[int]] = defaultdict(set)
    paragraphs: defaultdict[str, set[int]] = defaultdict(set)
    for actor in reading.actors:
        for mention in actor.mentions:
            for gold_id in gold_for.get(actor.concept.id, ()):
                sentences[gold_id].add(mention.sentence.start)
                paragraphs[gold_id].add(mention.sentence.para)
    found_actors = {gold_id for ids in gold_for.values() for gold_id in ids}
    missed = set(compare_maps(draft, gold, lexicon).missed_links)
    counts: Counter[str] = Counter()
    for link in gold.links.values():
        ends = (link.from_actor, link.to_actor)
        lacking = sum(1 for end in ends if end not in found_actors)
        if link.id not in missed:
            counts["found"] += 1
        elif lacking:
            counts["both_ends_missing" if lacking == 2 else "one_end_missing"] += 1
        elif sentences[ends[0]] & sentences[ends[1]]:
            counts["one_sentence"] += 1
        elif paragraphs[ends[0]] & paragraphs[ends[1]]:
            counts["one_paragraph"] += 1
        else:
            counts["apart"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default="dev,holdout", help="comma-separated, among fixtures, dev, holdout")
    parser.add_argument("maps", nargs="*", type=Path, help="annotated map folders (default: the splits)")
    arguments = parser.parse_args()
    groups = [("given", list(arguments.maps))] if arguments.maps else \
        [(split, split_maps(split)) for split in arguments.splits.split(",") if split]
    for split, maps in groups:
        totals: Counter[str] = Counter()
        for gold_dir in maps:
            totals.update(link_losses(gold_dir))
        gold_links = sum(totals.values())
        print(f"\n== {split} ({len(maps)} documents, {gold_links} annotated links)")
        for key, label in ROWS:
            share = totals[key] / gold_links if gold_links else 0.0
            print(f"{label:<44} {totals[key]:>6} {share:>6.2f}")
        reachable = (totals["found"] + totals["one_sentence"]) / gold_links if gold_links else 0.0
        print(f"{'recall a perfect one-sentence link reader reaches':<44} {reachable:>13.2f}")


if __name__ == "__main__":
    main()
