"""Precision and recall of `partnermap extract` against hand-annotated maps.

    python bench/extract_quality.py            # the seed map and every fixture
    python bench/extract_quality.py --details  # also list missed and extra actors and links

Each annotated map holds exactly one source: the document is extracted from that source
text into a temporary folder, the draft is validated, then compared with the annotated map
by the rules of partnermap/extract/quality.py (documented in docs/extract.md).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from partnermap.extract import extract_to_folder, load_lexicon  # noqa: E402
from partnermap.extract.quality import Quality, compare_maps  # noqa: E402
from partnermap.graph.checking.load import load_map  # noqa: E402

GOLD_MAPS = [REPOSITORY / "data",
             *sorted(p.parent for p in (REPOSITORY / "tests/data/extract").glob("*/map.yaml"))]


def score(gold_dir: Path) -> tuple[str, Quality]:
    """Extract the gold map's only source into a temporary draft and compare the two."""
    gold = load_map(gold_dir)
    (source,) = gold.sources.values()
    with tempfile.TemporaryDirectory() as folder:
        draft_dir = Path(folder) / "draft"
        extract_to_folder(gold_dir / source.path, draft_dir)
        draft = load_map(draft_dir)
    return source.path, compare_maps(draft, gold, load_lexicon())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list missed and extra elements")
    parser.add_argument("maps", nargs="*", type=Path, help="annotated map folders (default: all)")
    arguments = parser.parse_args()
    header = (f"{'annotated map':<50} {'actors P':>8} {'R':>5} {'(found/gold)':>13}   "
              f"{'links P':>7} {'R':>5} {'(found/gold)':>13}   {'type':>5} {'strength':>8}")
    print(header)
    print("-" * len(header))
    for gold_dir in arguments.maps or GOLD_MAPS:
        _, quality = score(gold_dir)
        actors, links = quality.actors, quality.links
        name = str(gold_dir.resolve().relative_to(REPOSITORY)) if gold_dir.resolve().is_relative_to(
            REPOSITORY) else str(gold_dir)
        print(f"{name:<50} {actors.precision:>8.2f} {actors.recall:>5.2f} "
              f"{f'({actors.matched_gold}/{actors.gold})':>13}   {links.precision:>7.2f} {links.recall:>5.2f} "
              f"{f'({links.matched_gold}/{links.gold})':>13}   {quality.type_agreement:>5.2f} "
              f"{quality.strength_agreement:>8.2f}")
        if arguments.details:
            for label, items in (("missed actors", quality.missed_actors),
                                 ("extra actors", quality.extra_actors),
                                 ("missed links", quality.missed_links),
                                 ("extra links", quality.extra_links)):
                print(f"    {label} ({len(items)}): {', '.join(items) or '-'}")
    print("\nP = precision, R = recall; type/strength = share of matched gold links whose type/strength "
          "one matching drafted link shares.")


if __name__ == "__main__":
    main()
