"""bench/phases.py reports the memory of the step's own process, not that of whoever started it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import MINIMAL_MAP, REPOSITORY

BALLAST_MB = 400


def test_peak_memory_does_not_count_the_parent_process() -> None:
    ballast = bytearray(BALLAST_MB * 1024 * 1024)
    ballast[::4096] = b"\x01" * len(range(0, len(ballast), 4096))  # touch every page: all of it resident
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    completed = subprocess.run([sys.executable, "-m", "bench.phases", "load", str(MINIMAL_MAP)], cwd=REPOSITORY,
                               env=environment, capture_output=True, text=True, check=True, timeout=120)
    report = json.loads(completed.stdout)
    # Python, yaml and partnermap loading a four-actor map: far below the parent's ballast.
    assert 5 < report["peak_mb"] < BALLAST_MB / 2, report
    del ballast
