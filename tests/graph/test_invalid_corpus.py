"""Every broken input in tests/data/invalid gives the expected problems, at their lines, and exit 1.

Problems are matched by code (docs/errors.md), which stays when a message is reworded; a case
also gives a fragment of the message where the wording is the point (a did-you-mean suggestion,
where a quote stops matching).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnermap.cli import cli
from tests.conftest import INVALID_CASES

EXPECT = re.compile(r"^# expect: (?:(?P<file>[a-z]+\.yaml):)?(?P<line>\d+): (?P<code>[a-z0-9-]+)"
                    r"(?:: (?P<fragment>.+))?$")
CASES = sorted(p for p in INVALID_CASES.iterdir() if "--" in p.name)


def expectations(case: Path) -> list[tuple[str, int, str, str]]:
    """(file, line, code, message fragment or "") for each '# expect:' line heading `case`."""
    target = case.name.split("--")[0] + ".yaml"
    header = case.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace").splitlines()
    found = []
    for line in header:
        match = EXPECT.match(line)
        if not match:
            break
        found.append((match["file"] or target, int(match["line"]), match["code"], match["fragment"] or ""))
    return found


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_broken_input_is_reported_at_its_line(case: Path, map_copy: Path) -> None:
    expected = expectations(case)
    assert expected, f"{case.name} has no '# expect: LINE: code' header"
    target = case.name.split("--")[0] + ".yaml"
    (map_copy / target).write_bytes(case.read_bytes())

    result = CliRunner().invoke(cli, ["validate", "--format", "json", str(map_copy)])

    assert result.exit_code == 1, result.output
    problems = json.loads(result.stdout)["problems"]
    for file, line, code, fragment in expected:  # each expectation takes a problem of its own
        found = next((p for p in problems if (p["file"], p["line"], p["code"]) == (str(map_copy / file), line, code)
                      and fragment in p["message"]), None)
        assert found, f"expected {file}:{line}: {code} {fragment!r}\ngot:\n{json.dumps(problems, indent=1)}"
        problems.remove(found)


def test_the_text_format_gives_the_same_problems_as_messages(map_copy: Path) -> None:
    (map_copy / "actors.yaml").write_bytes((INVALID_CASES / "actors--unknown-kind.yaml").read_bytes())

    text = CliRunner().invoke(cli, ["validate", str(map_copy)])
    report = json.loads(CliRunner().invoke(cli, ["validate", "--format", "json", str(map_copy)]).stdout)

    assert text.stdout.splitlines() == [f"{p['file']}:{p['line']}: {p['message']}" for p in report["problems"]]
    assert "unknown-kind" not in text.stdout


def test_the_corpus_covers_every_file_of_a_map() -> None:
    targets = {case.name.split("--")[0] for case in CASES}
    assert targets == {"map", "actors", "links"}
