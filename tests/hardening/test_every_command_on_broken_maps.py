"""Every command that reads a map answers a broken one like `validate` does: every problem, exit 1.

Each case of the broken-input corpus (tests/data/invalid) is given to every command that takes a
DATA_DIR (found in the CLI itself, so commands added later are covered): the command prints every
`file:line: message` line the checker finds (the corpus test checks those against each case's
expected codes and lines), exits 1, prints no traceback and writes nothing.
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from partnermap.cli import cli
from partnermap.graph.checking.load import check_map
from tests.conftest import MINIMAL_MAP
from tests.graph.test_invalid_corpus import CASES
from tests.hardening.support import TRACEBACK

MAP_COMMANDS = sorted(name for name, command in cli.commands.items()
                      if any(param.name == "data_dir" for param in command.params))


def arguments(command: click.Command, data_dir: Path, out: Path) -> list[str]:
    """The map (as argument or option), the first choice of other required arguments, and an output
    file in `out` for commands that write one."""
    positional: list[str] = []
    options: list[str] = []
    for param in command.params:
        if param.name == "data_dir" and isinstance(param, click.Argument):
            positional.append(str(data_dir))
        elif param.name == "data_dir":  # schema's --data-dir
            options.extend([param.opts[0], str(data_dir)])
        elif isinstance(param, click.Argument) and param.required:
            assert isinstance(param.type, click.Choice), f"{command.name}: how to fill {param.name}?"
            positional.append(param.type.choices[0])
        elif isinstance(param, click.Option) and "-o" in param.opts:
            options.extend(["-o", str(out / "out.gexf")])
    return [*positional, *options]


def test_the_commands_that_read_a_map_are_found() -> None:
    assert {"validate", "render", "export"} <= set(MAP_COMMANDS)


@pytest.mark.parametrize("name", MAP_COMMANDS)
@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_a_broken_map_gives_every_problem_and_exit_1(name: str, case: Path, map_copy: Path,
                                                     tmp_path: Path) -> None:
    (map_copy / (case.name.split("--")[0] + ".yaml")).write_bytes(case.read_bytes())
    out = tmp_path / "out"
    out.mkdir()

    result = CliRunner().invoke(cli, [name, *arguments(cli.commands[name], map_copy, out)])

    assert result.exit_code == 1, result.output
    assert TRACEBACK not in result.output
    expected = [problem.format() for problem in check_map(map_copy)]
    assert expected
    missing = [row for row in expected if row not in result.output.splitlines()]
    assert not missing, f"{name}: expected {missing}\ngot:\n{result.output}"
    assert list(out.iterdir()) == []


# `diff` exits 1 when two maps differ, so a map it cannot read is exit 2 (like diff(1)); it does not
# check quotes against the sources (see its help), so quote problems are not expected from it.


@pytest.mark.parametrize("side", ["old", "new"])
@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_diff_of_a_broken_map_gives_every_problem_and_exit_2(side: str, case: Path, map_copy: Path,
                                                             tmp_path: Path) -> None:
    (map_copy / (case.name.split("--")[0] + ".yaml")).write_bytes(case.read_bytes())
    expected = [problem.format() for problem in check_map(map_copy, check_quotes=False)]
    if not expected:
        pytest.skip("only quote problems, which diff leaves to validate")
    pair = [str(map_copy), str(MINIMAL_MAP)] if side == "old" else [str(MINIMAL_MAP), str(map_copy)]

    result = CliRunner().invoke(cli, ["diff", *pair])

    assert result.exit_code == 2, result.output
    assert TRACEBACK not in result.output
    missing = [row for row in expected if row not in result.output.splitlines()]
    assert not missing, f"diff: expected {missing}\ngot:\n{result.output}"
