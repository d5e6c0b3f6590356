"""Every command and every option of the command line is documented in README.md or docs/*.md.

The commands and options are read from the click group itself, so a new command or option fails
here until a sentence of the documentation names it (`partnermap COMMAND`, `--option`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import click
import pytest

from partnermap.cli import cli
from tests.conftest import REPOSITORY

DOCUMENTS = [REPOSITORY / "README.md", *sorted((REPOSITORY / "docs").glob("*.md"))]
DOCUMENTATION = "\n".join(path.read_text(encoding="utf-8") for path in DOCUMENTS)
WHERE = "README.md or docs/*.md"


def commands(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Every command under `group`, with the names that call it (subgroups walked too)."""
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))


def option_names(command: click.Command) -> list[str]:
    """The name each option is documented by: its long form (`--output` of `-o/--output`), else its only one."""
    names = []
    for parameter in command.params:
        if isinstance(parameter, click.Option) and not parameter.hidden:
            spelled = [*parameter.opts, *parameter.secondary_opts]
            names += [name for name in spelled if name.startswith("--")] or spelled
    return names


def mentioned(text: str) -> bool:
    """`text` stands in the documentation as a whole (`--lang` is not found in `--language`)."""
    return re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", DOCUMENTATION) is not None


COMMANDS = [" ".join(path) for path, _ in commands(cli)]
OPTIONS = [(" ".join(path), name) for path, command in [((), cli), *commands(cli)]
           for name in option_names(command) if name != "--help"]


def test_the_documentation_is_found() -> None:
    assert len(DOCUMENTS) >= 2 and len(COMMANDS) >= 8 and len(OPTIONS) >= 40


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented(command: str) -> None:
    assert mentioned(f"partnermap {command}"), f"`partnermap {command}` is not described in {WHERE}"


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[f"{c} {o}".strip() for c, o in OPTIONS])
def test_every_option_is_documented(command: str, option: str) -> None:
    called = f"partnermap {command}".strip()
    assert mentioned(option), f"{option} of `{called}` is not described in {WHERE}"
