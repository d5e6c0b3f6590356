"""First contact: how the extractor does on a newly annotated batch, before any rule is tuned on it.

    python bench/first_contact.py cy- cz- da-                  # the batch's documents (dev and holdout),
                                                               # by the code of the working tree
    python bench/first_contact.py --base 8d6095c cy- cz- da-   # and by the code of an earlier commit too
    python bench/first_contact.py --cooccurrence cy- cz-       # with the co-occurrence model's links

A batch is the documents of bench/extract/dev and bench/extract/holdout whose names start with one of
the prefixes given. Each code version drafts them and bench/extract_quality.py scores the drafts; the
totals print one line per code version and split, and one for the whole batch. `--base` extracts the
package, the lexicons and the pair model of that commit (`git archive`) into a temporary folder and runs
its own bench/extract_quality.py there, on today's annotated maps: the code of a session's start, which
never saw the batch. Run it before tuning on the batch, and before fitting the pair model on it
(bench/train_pair_model.py --exclude PREFIX…), so the figures stay a first contact.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
CORPUS = REPOSITORY / "bench" / "extract"
SPLITS = ("dev", "holdout")


def batch_maps(prefixes: list[str]) -> dict[str, list[Path]]:
    """The annotated map folders of the batch, by split."""
    return {split: sorted(p.parent for p in (CORPUS / split).glob("*/map.yaml")
                          if p.parent.name.startswith(tuple(prefixes)))
            for split in SPLITS}


def totals(code: Path, maps: list[Path], cooccurrence: bool) -> str:
    """The TOTAL line bench/extract_quality.py of the code in `code` prints for `maps`."""
    command = [sys.executable, str(code / "bench" / "extract_quality.py"), *(["--cooccurrence"] if cooccurrence
                                                                            else []), *map(str, maps)]
    result = subprocess.run(command, cwd=code, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"first_contact: {' '.join(command[1:3])} failed in {code}:\n{result.stderr.strip()}")
    line = next((line for line in result.stdout.splitlines() if line.startswith("TOTAL")), "")
    return line.split(")", 1)[1].strip() if ")" in line else line


def archive(revision: str, into: Path) -> None:
    """The package, the benchmarks, the seed data and the test fixtures of `revision`, written into `into`."""
    tar = subprocess.run(["git", "-C", str(REPOSITORY), "archive", revision, "partnermap", "bench", "data",
                          "tests/data"], capture_output=True, check=False)
    if tar.returncode != 0:
        raise SystemExit(f"first_contact: git archive {revision} failed: {tar.stderr.decode().strip()}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=tar.stdout, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prefixes", nargs="+", help="document name prefixes of the batch (cy- cz- …)")
    parser.add_argument("--base", help="a commit whose code drafts the batch too (a session's start)")
    parser.add_argument("--cooccurrence", action="store_true", help="draft the co-occurrence model's links too")
    args = parser.parse_args()
    maps = batch_maps(args.prefixes)
    if not any(maps.values()):
        print(f"first_contact: no annotated map in {CORPUS} starts with {' or '.join(args.prefixes)}",
              file=sys.stderr)
        return 1
    print(f"{'code':<16}{'documents':<22}actors P     R   (found)   links P     R   (found)    type strength")
    with tempfile.TemporaryDirectory() as folder:
        versions = [("working tree", REPOSITORY)]
        if args.base:
            archive(args.base, Path(folder))
            versions.insert(0, (args.base[:12], Path(folder)))
        for label, code in versions:
            for split, found in [*maps.items(), ("all", [m for split_maps in maps.values() for m in split_maps])]:
                if found:
                    print(f"{label:<16}{f'{split} ({len(found)})':<22}{totals(code, found, args.cooccurrence)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
