"""A 100 MB file is refused before it is read: a clear message, exit 1, and little memory.

Reading 100 MB of actors would take about 90 s and 3 GB here (measured); partnermap refuses any map
file or source larger than partnermap.textread.textfile.MAX_FILE_BYTES after one stat() call. The files
are generated in the test's folder (real YAML, not a sparse file) and never committed. Time is not
asserted (see bench/); memory is, as the child process's own peak (Linux only: /proc).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from partnermap.textread.textfile import MAX_FILE_BYTES
from tests.conftest import REPOSITORY
from tests.hardening.support import TRACEBACK

SIZE = 100 * 1024 * 1024
ACTOR = ("- id: actor_{n}\n  name: {{fr: Acteur {n}, en: Actor {n}}}\n  kind: civil_society\n"
         "  evidence:\n    - {{source: accord, para: 2, quote: trade unions}}\n")
# Runs `partnermap validate` and reports the process's peak memory, whatever the exit code.
# The peak is read from VmHWM: on Linux, ru_maxrss of a program also counts the memory of the process
# that started it (here pytest, hundreds of MB into the suite), as it stood when the program was started.
RUNNER = """
import json, sys
from click.testing import CliRunner
from partnermap.cli import cli
result = CliRunner().invoke(cli, ["validate", sys.argv[1]])
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) // 1024
print(json.dumps({"code": result.exit_code, "output": result.output, "peak_mb": peak}))
"""
BASELINE_MB = 200  # python, click, yaml and partnermap, with room to spare
needs_proc = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc")


def fill(path: Path, unit_of: Callable[[int], str]) -> None:
    """Write real YAML records to `path` until it holds SIZE bytes."""
    with path.open("w", encoding="utf-8") as file:
        n = 0
        while file.tell() < SIZE:
            file.write("".join(unit_of(i) for i in range(n, n + 2000)))
            n += 2000


def validate_in_child(data_dir: Path) -> dict:
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    result = subprocess.run([sys.executable, "-c", RUNNER, str(data_dir)], capture_output=True, text=True,
                            env=environment, timeout=300, check=True)
    return json.loads(result.stdout)


def test_the_limit_is_below_100_mb() -> None:
    assert MAX_FILE_BYTES < SIZE


@needs_proc
@pytest.mark.parametrize("name", ["actors.yaml", "links.yaml", "map.yaml"])
def test_a_100_mb_map_file_is_refused_with_little_memory(name: str, map_copy: Path) -> None:
    fill(map_copy / name, lambda n: ACTOR.format(n=n))
    size_mb = (map_copy / name).stat().st_size / 1024 / 1024

    report = validate_in_child(map_copy)

    assert report["code"] == 1
    assert TRACEBACK not in report["output"]
    assert f"{map_copy / name}: file is {size_mb:.0f} MB, larger than the 64 MB partnermap reads; " \
           "split the map into smaller maps" in report["output"].splitlines()
    assert report["peak_mb"] < BASELINE_MB


@needs_proc
def test_a_100_mb_source_document_is_refused_with_little_memory(map_copy: Path) -> None:
    fill(map_copy / "sources" / "accord.en.txt", lambda n: f"Paragraph {n}: governments must cooperate.\n\n")

    report = validate_in_child(map_copy)

    assert report["code"] == 1
    assert TRACEBACK not in report["output"]
    assert (f"{map_copy / 'map.yaml'}:6: source file 'sources/accord.en.txt' is 100 MB, larger than the 64 MB "
            "partnermap reads; split the document") in report["output"].splitlines()
    assert report["peak_mb"] < BASELINE_MB
