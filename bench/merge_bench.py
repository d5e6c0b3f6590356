"""What adding a document to a map costs: `extract --into` against drafting the same document alone,
and the timeline's share of `stats`.

    python -m bench.merge_bench               # 5 runs each
    python -m bench.merge_bench --repeats 9

A merge drafts the document as `extract -o` does, then reads and validates the map (quotes
checked), matches actors, and validates the merged map in a scratch copy before writing: the
ratio "merge / draft" says what those checks add. Timeline: `timeline()` on the example map
against the whole `map_stats` it is part of. Medians of --repeats runs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from partnermap.extract import extract_to_folder
from partnermap.extract.merge import merge_into
from partnermap.graph.analysis.metrics import map_stats
from partnermap.graph.analysis.timeline import timeline
from partnermap.graph.checking.load import load_map

REPOSITORY = Path(__file__).resolve().parent.parent
DOCUMENT = REPOSITORY / "examples" / "over-time" / "documents" / "gcm-2018-a-res-73-195.en.txt"
EXAMPLE = REPOSITORY / "examples" / "over-time" / "map"


def median_seconds(step: Callable[[Path], object], repeats: int) -> float:
    """Median time of `step(folder)`, each run in a fresh temporary copy of the bundled map."""
    times = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            shutil.copytree(REPOSITORY / "data", folder / "map")
            start = time.perf_counter()
            step(folder)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    repeats = parser.parse_args().repeats
    draft = median_seconds(lambda folder: extract_to_folder(DOCUMENT, folder / "draft", date="2018-12-19"), repeats)
    merge = median_seconds(lambda folder: merge_into(DOCUMENT, folder / "map", date="2018-12-19"), repeats)
    print(f"extract -o {draft:.3f} s, extract --into {merge:.3f} s: merge / draft {merge / draft:.2f}")
    example = load_map(EXAMPLE)
    stats = median_seconds(lambda _: map_stats(example), repeats)
    over_time = median_seconds(lambda _: timeline(example), repeats)
    print(f"stats {stats * 1000:.1f} ms, of which timeline {over_time * 1000:.2f} ms: share {over_time / stats:.3f}")


if __name__ == "__main__":
    main()
