"""How far two annotators of one document agree, beside how far the extractor agrees with either.

    python bench/annotator_agreement.py            # every second annotation of bench/extract/agreement/
    python bench/annotator_agreement.py --details  # also list what one annotator has and the other lacks

bench/extract/agreement/<doc-id>/ holds a second gold map of the dev document <doc-id>, made by another
annotator under the same rules (bench/extract/ANNOTATING.md) without seeing the first. The second map is
scored against the first by the rules the extractor's drafts are scored by (partnermap/extract/quality.py),
so its precision and recall say how high a draft can hope to score when one reading of the text is the
measure: the targets of extraction are worth reading against them. On the same documents the table also
gives the extractor's figures against each annotator, with the rules alone and with --cooccurrence.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from bench.extract_quality import CORPUS, Totals, gold_and_draft, table_line  # noqa: E402
from partnermap.extract import load_lexicon  # noqa: E402
from partnermap.extract.cooccurrence import shipped_model  # noqa: E402
from partnermap.extract.quality import Quality, compare_maps  # noqa: E402
from partnermap.graph.checking.load import load_map  # noqa: E402

AGREEMENT = CORPUS / "agreement"


def second_annotations() -> list[Path]:
    """The folders of bench/extract/agreement/ holding a map, in name order."""
    return sorted(p.parent for p in AGREEMENT.glob("*/map.yaml"))


def first_annotation(second: Path) -> Path:
    """The dev map the second annotation of `second` re-annotates; exits when there is none."""
    first = CORPUS / "dev" / second.name
    if not (first / "map.yaml").is_file():
        raise SystemExit(f"{second}: no dev map {first} to compare with (a second annotation keeps its doc-id)")
    return first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list what one annotator has and the other lacks")
    arguments = parser.parse_args()
    seconds = second_annotations()
    if not seconds:
        raise SystemExit(f"no second annotation under {AGREEMENT}")
    lexicon = load_lexicon()
    model = shipped_model()
    header = _header("second annotation against the first")
    comparisons = {"second annotator against the first": Totals(), "extract against the first": Totals(),
                   "extract against the second": Totals(), "extract --cooccurrence against the first": Totals()}
    print(header + "\n" + "-" * len(header))
    for second_dir in seconds:
        first_dir = first_annotation(second_dir)
        first, second = load_map(first_dir), load_map(second_dir)
        agreement = compare_maps(second, first, lexicon)
        comparisons["second annotator against the first"].add(agreement)
        row = Totals()
        row.add(agreement)
        print(table_line(second_dir.name, row.row()))
        if arguments.details:
            _details(agreement)
        _, draft = gold_and_draft(first_dir)
        comparisons["extract against the first"].add(compare_maps(draft, first, lexicon))
        comparisons["extract against the second"].add(compare_maps(draft, second, lexicon))
        _, modelled = gold_and_draft(first_dir, model)
        comparisons["extract --cooccurrence against the first"].add(compare_maps(modelled, first, lexicon))
    print(f"\n== totals over {len(seconds)} documents\n{_header('who against whom')}\n{'-' * len(header)}")
    for name, totals in comparisons.items():
        print(table_line(name, totals.row()))
    print("\nP and R of a second annotation are those of a draft that reads the text as that annotator did; "
          "P against the first is about R of the first against the second. Totals add up counts.")


def _header(first_column: str) -> str:
    return (f"{first_column:<66} {'actors P':>8} {'R':>5} {'(found)':>9}   "
            f"{'links P':>7} {'R':>5} {'(found)':>9}   {'type':>5} {'strength':>8}")


def _details(agreement: Quality) -> None:
    for label, items in (("the first's actors the second lacks", agreement.missed_actors),
                         ("the second's actors the first lacks", agreement.extra_actors),
                         ("the first's links the second lacks", agreement.missed_links),
                         ("the second's links the first lacks", agreement.extra_links)):
        print(f"    {label} ({len(items)}): {', '.join(items) or '-'}")


if __name__ == "__main__":
    main()
