"""Every broken input in tests/data/invalid gives the expected file:line messages and exit 1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnermap.cli import cli
from tests.conftest import INVALID_CASES

EXPECT = re.compile(r"^# expect: (?:(?P<file>[a-z]+\.yaml):)?(?P<line>\d+): (?P<fragment>.+)$")
CASES = sorted(p for p in INVALID_CASES.iterdir() if "--" in p.name)


def expectations(case: Path) -> list[tuple[str, int, str]]:
    target = case.name.split("--")[0] + ".yaml"
    header = case.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace").splitlines()
    found = []
    for line in header:
        match = EXPECT.match(line)
        if not match:
            break
        found.append((match["file"] or target, int(match["line"]), match["fragment"]))
    return found


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_broken_input_is_reported_at_its_line(case: Path, map_copy: Path) -> None:
    expected = expectations(case)
    assert expected, f"{case.name} has no '# expect: LINE: message' header"
    target = case.name.split("--")[0] + ".yaml"
    (map_copy / target).write_bytes(case.read_bytes())

    result = CliRunner().invoke(cli, ["validate", str(map_copy)])

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for file, line, fragment in expected:
        prefix = f"{map_copy / file}:{line}: "
        lines = [out for out in result.output.splitlines() if out.startswith(prefix)]
        assert any(fragment in out for out in lines), (
            f"expected {prefix}...{fragment}\ngot:\n{result.output}")


def test_the_corpus_covers_every_file_of_a_map() -> None:
    targets = {case.name.split("--")[0] for case in CASES}
    assert targets == {"map", "actors", "links"}
