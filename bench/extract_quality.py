"""Precision and recall of `partnermap extract` against hand-annotated maps, per document and per split.

    python bench/extract_quality.py                        # fixtures, dev and holdout
    python bench/extract_quality.py --splits fixtures,dev  # the splits one may tune on
    python bench/extract_quality.py --details              # also list missed and extra actors and links
    python bench/extract_quality.py MAP_DIR...             # only these annotated maps
    python bench/extract_quality.py --speed                # throughput of extract, words per second
    python bench/extract_quality.py --cooccurrence         # with the co-occurrence model's links too

Splits, found on disk:
  fixtures  the curated seed map in data/ and every map of tests/data/extract/ (written for the tests)
  dev       bench/extract/dev/<doc-id>/: real documents, annotated before any extraction, to tune on
  holdout   bench/extract/holdout/<doc-id>/: real documents never tuned on; report their totals only

Each annotated map holds exactly one source: the document is extracted from that source text into
a temporary folder, the draft is validated, then compared with the annotated map by the rules of
partnermap/extract/quality.py (docs/extract.md). Totals add up the counts of a split's documents
(micro-averages), so a long document weighs more than a short one.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from partnermap.extract import extract_to_folder, load_lexicon  # noqa: E402
from partnermap.extract.cooccurrence import PairModel, shipped_model  # noqa: E402
from partnermap.extract.quality import Quality, compare_maps  # noqa: E402
from partnermap.graph.checking.load import check_map, load_map  # noqa: E402
from partnermap.graph.model.records import PartnerMap  # noqa: E402

SPLITS = ("fixtures", "dev", "holdout")
CORPUS = REPOSITORY / "bench" / "extract"


def split_maps(split: str) -> list[Path]:
    """The annotated map folders of one split, in name order."""
    if split == "fixtures":
        return [REPOSITORY / "data", *sorted(p.parent for p in (REPOSITORY / "tests/data/extract").glob("*/map.yaml"))]
    return sorted(p.parent for p in (CORPUS / split).glob("*/map.yaml"))


def gold_and_draft(gold_dir: Path, pair_model: PairModel | None = None) -> tuple[PartnerMap, PartnerMap]:
    """The annotated map, and the draft its only source gives, extracted into a temporary folder and
    checked; with a `pair_model` the draft also holds the co-occurrence model's links."""
    gold = load_map(gold_dir)
    (source,) = gold.sources.values()
    with tempfile.TemporaryDirectory() as folder:
        draft_dir = Path(folder) / "draft"
        extract_to_folder(gold_dir / source.path, draft_dir, pair_model=pair_model)
        problems = check_map(draft_dir)
        if problems:
            raise SystemExit(f"{gold_dir}: the draft does not validate: {problems[0].format()}")
        return gold, load_map(draft_dir)


def score(gold_dir: Path, pair_model: PairModel | None = None) -> Quality:
    """How the draft of the gold map's only source compares with the gold map (see gold_and_draft)."""
    gold, draft = gold_and_draft(gold_dir, pair_model)
    return compare_maps(draft, gold, load_lexicon())


@dataclass
class Totals:
    """Counts added up over the documents of a split."""

    documents: int = 0
    actors_right: int = 0
    actors_drafted: int = 0
    actors_found: int = 0
    actors_gold: int = 0
    links_right: int = 0
    links_drafted: int = 0
    links_found: int = 0
    links_gold: int = 0
    same_type: int = 0
    same_strength: int = 0

    def add(self, quality: Quality) -> None:
        self.documents += 1
        self.actors_right += quality.actors.matched_extracted
        self.actors_drafted += quality.actors.extracted
        self.actors_found += quality.actors.matched_gold
        self.actors_gold += quality.actors.gold
        self.links_right += quality.links.matched_extracted
        self.links_drafted += quality.links.extracted
        self.links_found += quality.links.matched_gold
        self.links_gold += quality.links.gold
        self.same_type += quality.same_type
        self.same_strength += quality.same_strength

    def row(self) -> tuple[float, float, int, int, float, float, int, int, float, float]:
        return (_ratio(self.actors_right, self.actors_drafted), _ratio(self.actors_found, self.actors_gold),
                self.actors_found, self.actors_gold,
                _ratio(self.links_right, self.links_drafted), _ratio(self.links_found, self.links_gold),
                self.links_found, self.links_gold,
                _ratio(self.same_type, self.links_found), _ratio(self.same_strength, self.links_found))


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def table_line(name: str, row: tuple[float, float, int, int, float, float, int, int, float, float]) -> str:
    ap, ar, af, ag, lp, lr, lf, lg, ty, st = row
    return (f"{name:<66} {ap:>8.2f} {ar:>5.2f} {f'({af}/{ag})':>9}   {lp:>7.2f} {lr:>5.2f} "
            f"{f'({lf}/{lg})':>9}   {ty:>5.2f} {st:>8.2f}")


def _quality_row(quality: Quality) -> tuple[float, float, int, int, float, float, int, int, float, float]:
    totals = Totals()
    totals.add(quality)
    return totals.row()


def _display(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(REPOSITORY)) if resolved.is_relative_to(REPOSITORY) else str(path)


SPEED_WORDS = 60_000
"""The throughput text: the fixtures' and dev documents' sources, repeated up to this many words."""


def speed() -> None:
    """Words per second of extract() on one core, the lexicon compiled beforehand (once per process)."""
    from partnermap.extract import extract

    paths = [d / source.path for split in ("fixtures", "dev") for d in split_maps(split)
             for source in load_map(d).sources.values()]
    documents = [path.read_text(encoding="utf-8") for path in paths]
    lexicon = load_lexicon()
    started = time.perf_counter()
    for text in documents[:2]:
        extract(text, lexicon=lexicon)  # compiles the lexicon for both languages
    compile_seconds = time.perf_counter() - started
    words = 0
    runs: list[str] = []
    while words < SPEED_WORDS:
        for text in documents:
            runs.append(text)
            words += len(re.findall(r"\w+", text))
    started = time.perf_counter()
    for text in runs:
        extract(text, lexicon=lexicon)
    seconds = time.perf_counter() - started
    print(f"extract: {words} words in {len(runs)} documents in {seconds:.2f} s = {words / seconds:,.0f} words/s "
          f"on one core (lexicon loaded and compiled once before: {compile_seconds:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list missed and extra elements")
    parser.add_argument("--splits", default=",".join(SPLITS), help=f"comma-separated, among {', '.join(SPLITS)}")
    parser.add_argument("--speed", action="store_true", help="measure throughput instead of quality")
    parser.add_argument("--cooccurrence", action="store_true", help="draft the co-occurrence model's links too, "
                        "as extract --cooccurrence does (partnermap/extract/cooccurrence.py)")
    parser.add_argument("maps", nargs="*", type=Path, help="annotated map folders (default: the splits)")
    arguments = parser.parse_args()
    if arguments.speed:
        speed()
        return
    splits = [s for s in arguments.splits.split(",") if s]
    unknown = [s for s in splits if s not in SPLITS]
    if unknown:
        parser.error(f"unknown split {unknown[0]!r}; choose among {', '.join(SPLITS)}")
    groups = [("given", list(arguments.maps))] if arguments.maps else [(s, split_maps(s)) for s in splits]
    header = (f"{'annotated map':<66} {'actors P':>8} {'R':>5} {'(found)':>9}   "
              f"{'links P':>7} {'R':>5} {'(found)':>9}   {'type':>5} {'strength':>8}")
    summary = []
    for split, maps in groups:
        print(f"\n== {split} ({len(maps)} documents)\n{header}\n{'-' * len(header)}")
        totals = Totals()
        for gold_dir in maps:
            quality = score(gold_dir, shipped_model() if arguments.cooccurrence else None)
            totals.add(quality)
            print(table_line(_display(gold_dir), _quality_row(quality)))
            if arguments.details:
                for label, items in (("missed actors", quality.missed_actors),
                                     ("extra actors", quality.extra_actors),
                                     ("missed links", quality.missed_links),
                                     ("extra links", quality.extra_links)):
                    print(f"    {label} ({len(items)}): {', '.join(items) or '-'}")
        summary.append(table_line(f"TOTAL {split} ({totals.documents} documents)", totals.row()))
        print(summary[-1])
    print(f"\n== totals per split\n{header}\n{'-' * len(header)}")
    print("\n".join(summary))
    print("\nP = precision, R = recall, (found) = gold elements found / gold elements; type/strength = share "
          "of found gold links whose type/strength one matching drafted link shares. Totals add up counts.")


if __name__ == "__main__":
    main()
