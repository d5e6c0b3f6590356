"""Fit the co-occurrence model of partnermap extract (partnermap/extract/cooccurrence.py) on the dev documents.

    python bench/train_pair_model.py                  # fit on bench/extract/dev, write pair_model.json
    python bench/train_pair_model.py --exclude aq- …  # leave out a new batch until its first-contact run
    python bench/train_pair_model.py --check          # fit again on the documents pair_model.json lists and
                                                      # fail if it differs (after a change of the rules, fit again)

Every pair of actors that share a sentence of a dev document, and that no rule links, is one example:
positive when the gold map links the gold actors the two match (the rules of
partnermap/extract/quality.py). A logistic regression with a light L2 penalty is fitted by Newton's
method (few features, so exact and deterministic). The threshold is the lowest that keeps the F1 of
all drafted links (the rules' and the model's) within F1_TOLERANCE of the rules' alone, when each fifth
of the documents is scored by a model fitted on the other four fifths; the holdout is never read.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from bench.extract_quality import CORPUS, gold_and_draft, split_maps  # noqa: E402
from partnermap.extract import load_lexicon  # noqa: E402
from partnermap.extract.cooccurrence import MODEL_FILE, PairModel, pair_candidates  # noqa: E402
from partnermap.extract.links import find_links  # noqa: E402
from partnermap.extract.pipeline import read_sentences  # noqa: E402
from partnermap.extract.quality import actor_matches, compare_maps  # noqa: E402

MODEL_PATH = REPOSITORY / "partnermap" / "extract" / MODEL_FILE
PENALTY = 1.0
FOLDS = 5
THRESHOLDS = tuple(round(0.15 + 0.05 * i, 2) for i in range(10))
F1_TOLERANCE = 0.01
"""The threshold is the lowest whose cross-validated F1 stays this close to the rules' alone: recall
first, because a curator rejects a wrong draft link in one keystroke but must find a missed one in the
text, and on dev the F1 hardly moves with the threshold (the rules were tuned on those documents)."""


@dataclass
class Example:
    document: str
    features: dict[str, float]
    gold_links: int
    """How many gold links join the gold actors of the pair (0: a negative example)."""


@dataclass
class RuleCounts:
    """How the rules alone do on one document: links right, drafted, gold links found, gold links."""

    right: int
    drafted: int
    found: int
    gold: int


def examples_of(gold_dir: Path) -> tuple[list[Example], RuleCounts]:
    """The candidate pairs of one annotated document, labelled, and how the rules alone score on it."""
    lexicon = load_lexicon()
    gold, draft = gold_and_draft(gold_dir)  # the rules' links alone
    (source,) = gold.sources.values()
    reading = read_sentences((gold_dir / source.path).read_text(encoding="utf-8"), lexicon=lexicon)
    rule_links, _ = find_links(reading.sentences, reading.lexicon)
    candidates, actors = pair_candidates(reading.sentences, rule_links, reading.lexicon)
    quality = compare_maps(draft, gold, lexicon)
    gold_for = actor_matches(draft, gold, lexicon)
    examples = []
    for candidate in candidates:
        ends_a, ends_b = gold_for.get(candidate.first, set()), gold_for.get(candidate.second, set())
        joined = sum(1 for link in gold.links.values()
                     if (link.from_actor in ends_a and link.to_actor in ends_b)
                     or (link.from_actor in ends_b and link.to_actor in ends_a))
        examples.append(Example(gold_dir.name, candidate.features(actors), joined))
    counts = RuleCounts(quality.links.matched_extracted, quality.links.extracted, quality.links.matched_gold,
                        quality.links.gold)
    return examples, counts


def fit(examples: list[Example], names: list[str]) -> list[float]:
    """Intercept then one weight per name: L2-penalised logistic regression by Newton's method."""
    rows = [[1.0, *(e.features[n] for n in names)] for e in examples]
    labels = [1.0 if e.gold_links else 0.0 for e in examples]
    size = len(names) + 1
    weights = [0.0] * size
    for _ in range(50):
        gradient = [PENALTY * w if i else 0.0 for i, w in enumerate(weights)]
        hessian = [[(PENALTY if i == j and i else 0.0) for j in range(size)] for i in range(size)]
        for row, label in zip(rows, labels, strict=True):
            p = _sigmoid(sum(w * x for w, x in zip(weights, row, strict=True)))
            for i in range(size):
                gradient[i] += (p - label) * row[i]
                for j in range(i, size):
                    hessian[i][j] += p * (1 - p) * row[i] * row[j]
        for i in range(size):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return weights


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is small and positive definite)."""
    n = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(n):
            if r != col and rows[r][col]:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][n] / rows[i][i] for i in range(n)]


def cross_validated(examples: list[Example], names: list[str], documents: list[str]) -> list[float]:
    """Each example's score by a model fitted on the documents of the other folds."""
    scores = [0.0] * len(examples)
    for fold in range(FOLDS):
        held = set(documents[fold::FOLDS])
        weights = fit([e for e in examples if e.document not in held], names)
        for i, e in enumerate(examples):
            if e.document in held:
                scores[i] = _sigmoid(weights[0] + sum(w * e.features[n]
                                                      for w, n in zip(weights[1:], names, strict=True)))
    return scores


def figures(examples: list[Example], scores: list[float], rules: RuleCounts, threshold: float
            ) -> tuple[float, float, float]:
    """Precision, recall and F1 of all links, the rules' and the pairs scoring at `threshold` or more."""
    chosen = [e for e, s in zip(examples, scores, strict=True) if s >= threshold]
    right = rules.right + sum(1 for e in chosen if e.gold_links)
    drafted = rules.drafted + len(chosen)
    found = rules.found + sum(e.gold_links for e in chosen)
    precision, recall = right / drafted, found / rules.gold
    return precision, recall, 2 * precision * recall / (precision + recall)


def train(documents: list[Path]) -> dict[str, object]:
    examples: list[Example] = []
    rules = RuleCounts(0, 0, 0, 0)
    for gold_dir in documents:
        found, counts = examples_of(gold_dir)
        examples += found
        rules = RuleCounts(rules.right + counts.right, rules.drafted + counts.drafted,
                           rules.found + counts.found, rules.gold + counts.gold)
    names = sorted(examples[0].features)
    scores = cross_validated(examples, names, [d.name for d in documents])
    table = {t: figures(examples, scores, rules, t) for t in THRESHOLDS}
    rules_f1 = 2 * rules.right / rules.drafted * rules.found / rules.gold / (
        rules.right / rules.drafted + rules.found / rules.gold)
    threshold = min(t for t in THRESHOLDS if table[t][2] >= rules_f1 - F1_TOLERANCE)
    weights = fit(examples, names)
    precision, recall, f1 = table[threshold]
    return {
        "about": "Fitted by bench/train_pair_model.py on the dev documents; read by "
                 "partnermap/extract/cooccurrence.py.",
        "documents": [d.name for d in documents],
        "examples": len(examples),
        "positives": sum(1 for e in examples if e.gold_links),
        "rules_alone": {"precision": round(rules.right / rules.drafted, 4),
                        "recall": round(rules.found / rules.gold, 4)},
        "cross_validated": {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)},
        "rules_alone_f1": round(rules_f1, 4),
        "threshold": threshold,
        "intercept": round(weights[0], 4),
        "weights": {n: round(w, 4) for n, w in zip(names, weights[1:], strict=True)},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if the shipped model differs from a fresh fit")
    parser.add_argument("--exclude", nargs="*", default=[], metavar="PREFIX",
                        help="leave out dev documents whose id starts so (a new batch before its first-contact run)")
    args = parser.parse_args()
    shipped = MODEL_PATH.relative_to(REPOSITORY)
    if args.check:
        listed = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["documents"]
        documents = [CORPUS / "dev" / name for name in listed]
    else:
        documents = [d for d in split_maps("dev") if not d.name.startswith(tuple(args.exclude))]
    model = train(documents)
    text = json.dumps(model, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if args.check:
        if MODEL_PATH.read_text(encoding="utf-8") != text:
            print(f"{shipped} differs from a fresh fit on the documents it lists; run bench/train_pair_model.py")
            return 1
        print(f"{shipped} is the fit of the {len(documents)} dev documents it lists")
        return 0
    PairModel(float(model["intercept"]), dict(model["weights"]), float(model["threshold"]))  # type: ignore[arg-type]
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
