"""bench/first_contact.py scores a batch's annotated maps by today's code and by an earlier commit's."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from bench.first_contact import batch_maps
from partnermap import load_map
from tests.conftest import REPOSITORY

SCRIPT = REPOSITORY / "bench" / "first_contact.py"


def test_a_batch_is_the_maps_of_both_splits_its_prefixes_start() -> None:
    maps = batch_maps(["a-", "b-"])
    assert maps["dev"] and maps["holdout"]
    assert all(m.name.startswith(("a-", "b-")) for split in maps.values() for m in split)
    assert all(m.parent.name == split for split, found in maps.items() for m in found)


@pytest.mark.skipif(shutil.which("git") is None or not (REPOSITORY / ".git").exists(),
                    reason="needs git and the repository's history")
def test_each_code_version_scores_the_whole_batch() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--base", "HEAD", "a-"], cwd=REPOSITORY,
                            capture_output=True, text=True, check=True)
    rows = [line for line in result.stdout.splitlines()[1:] if line.strip()]
    assert [row.split()[0] for row in rows] == ["HEAD"] * 3 + ["working"] * 3
    gold_actors = sum(len(load_map(m).actors) for split in batch_maps(["a-"]).values() for m in split)
    for row in rows:
        if " all (" in row:
            assert re.search(rf"\(\d+/{gold_actors}\)", row), row  # every gold actor of the batch counted


def test_a_prefix_no_map_starts_with_is_refused_in_one_line() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "zz-"], cwd=REPOSITORY, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "zz-" in result.stderr
