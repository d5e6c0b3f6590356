"""The partnermap command line: parses options, calls the library, prints. The only module that exits."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import InvalidMapError, PartnermapError
from .graph.load import check_map, default_data_dir, load_map
from .graph.model import PartnerMap

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Group(click.Group):
    """Turns library errors into a one-line message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InvalidMapError as error:
            for problem in error.problems:
                click.echo(problem.format(), err=True)
            raise click.ClickException(_count(len(error.problems), "problem") + " in the map") from None
        except PartnermapError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="partnermap")
def cli() -> None:
    """Turn a policy document into a map of who should work with whom.

    A map is a folder holding map.yaml, actors.yaml, links.yaml and the source
    documents they quote. DATA_DIR defaults to ./data when it holds a map, else
    to the map that ships with partnermap.
    """


def data_dir_argument(command: Callable) -> Callable:
    """The optional DATA_DIR argument shared by every command that reads a map."""
    return click.argument(
        "data_dir", required=False, type=click.Path(file_okay=False, path_type=Path),
        metavar="[DATA_DIR]",
    )(command)


def resolve_data_dir(data_dir: Path | None) -> Path:
    """DATA_DIR as given, or the default; a folder without map.yaml is a usage error (exit 2)."""
    chosen = data_dir if data_dir is not None else default_data_dir()
    if not chosen.is_dir():
        raise click.BadParameter(f"folder '{chosen}' does not exist", param_hint="DATA_DIR")
    if not (chosen / "map.yaml").is_file():
        raise click.BadParameter(
            f"folder '{chosen}' holds no map.yaml; a map folder has map.yaml, actors.yaml and "
            "links.yaml", param_hint="DATA_DIR")
    return chosen


def load_or_fail(data_dir: Path | None) -> PartnerMap:
    """The map in DATA_DIR; an invalid map lists its problems and exits 1 (see _Group)."""
    return load_map(resolve_data_dir(data_dir))


def _split_values(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """Accept both `--kind a --kind b` and `--kind a,b`."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


_SELECTION_OPTIONS = [
    ("--kind", "kinds", "Keep actors of this kind (repeat or separate with commas)."),
    ("--level", "levels", "Keep actors working at this level."),
    ("--type", "types", "Keep links of this type, and the actors they join."),
    ("--strength", "strengths", "Keep links of this strength (required, recommended, endorsed, possible)."),
    ("--source", "sources", "Keep links quoted from this source id."),
    ("--focus", "focus", "Keep only the actors near this actor id (see --depth)."),
]


def selection_options(command: Callable) -> Callable:
    """The options that choose part of a map, shared by render, export and stats.

    The command receives one `selection` argument (a partnermap.graph.select.Selection).
    """
    import functools

    from .graph.select import Selection

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for _, name, _ in _SELECTION_OPTIONS}
        kwargs["selection"] = Selection(depth=kwargs.pop("depth"), **values)
        return command(*args, **kwargs)

    wrapper = click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
                           help="With --focus: how many links away from the focus actors to keep.")(wrapper)
    for flag, name, help_text in reversed(_SELECTION_OPTIONS):
        wrapper = click.option(flag, name, multiple=True, callback=_split_values, metavar="ID",
                               help=help_text)(wrapper)
    return wrapper


def load_selection_or_fail(data_dir: Path | None, selection: Any) -> PartnerMap:
    """The map in DATA_DIR narrowed to `selection` (unknown ids are a usage error, exit 2)."""
    from .errors import UsageError
    from .graph.select import select

    partner_map = load_or_fail(data_dir)
    try:
        return select(partner_map, selection)
    except UsageError as error:
        raise click.UsageError(str(error)) from None


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


@cli.command()
@data_dir_argument
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: one 'file:line: message' per problem; json: for machines.")
@click.option("--no-quotes", is_flag=True, help="Skip checking that quotes appear in their sources.")
def validate(data_dir: Path | None, output_format: str, no_quotes: bool) -> None:
    """Check every file of a map and report every problem, as file:line: message.

    Exits 0 when the map is valid, 1 when it has problems.
    """
    chosen = resolve_data_dir(data_dir)
    problems = check_map(chosen, check_quotes=not no_quotes)
    if output_format == "json":
        report = {"data_dir": str(chosen), "valid": not problems,
                  "problems": [p.to_dict() for p in problems]}
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            click.echo(problem.format())
    if problems:
        if output_format == "text":
            click.echo(f"{_count(len(problems), 'problem')} in {chosen}", err=True)
        sys.exit(1)
    if output_format == "text":
        partner_map = load_map(chosen, check_quotes=not no_quotes)
        click.echo(f"{chosen}: valid ({_count(len(partner_map.actors), 'actor')}, "
                   f"{_count(len(partner_map.links), 'link')}, "
                   f"{_count(len(partner_map.sources), 'source')})", err=True)


@cli.command()
@click.argument("name", type=click.Choice(["map", "actors", "links"]))
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Include the kinds and link types this map declares.")
def schema(name: str, data_dir: Path | None) -> None:
    """Print the JSON Schema of map.yaml, actors.yaml or links.yaml, for editors.

    \b
    e.g. partnermap schema actors > actors.schema.json
    """
    from .graph.schema import json_schema

    vocabulary = load_or_fail(data_dir).vocabulary if data_dir else None
    click.echo(json.dumps(json_schema(name, vocabulary), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("source", type=click.Path(dir_okay=False, exists=True, path_type=Path))
def paragraphs(source: Path) -> None:
    """Print a source text's paragraphs with the numbers evidence uses."""
    from .graph.sources import split_paragraphs

    try:
        text = source.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise click.ClickException(f"{source}: not UTF-8 text; save it as UTF-8") from None
    for paragraph in split_paragraphs(text):
        click.echo(f"[{paragraph.number}] {paragraph.text}\n")
