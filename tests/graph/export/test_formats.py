"""The table of export formats: the CLI, the file names and the docs all follow it."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from partnermap import load_map
from partnermap.cli import cli
from partnermap.errors import UsageError
from partnermap.graph.output.export import EXPORT_FORMATS, ExportOptions, export_bytes, guess_format
from tests.conftest import MINIMAL_MAP, REPOSITORY
from tests.graph.export.helpers import run

# Flags of `partnermap export` that only some formats take, with a valid value, and the option they set.
FORMAT_FLAGS = [(["--gexf-version", "1.2draft"], "gexf_version"), (["--width", "400"], "width"),
                (["--height", "300"], "height"), (["--dpi", "72"], "dpi"), (["--bom"], "bom")]


def test_the_format_choices_of_the_cli_are_the_table() -> None:
    option = next(p for p in cli.commands["export"].params if p.name == "export_format")
    assert list(option.type.choices) == list(EXPORT_FORMATS)


def test_docs_exports_lists_every_format_of_the_table() -> None:
    text = (REPOSITORY / "docs" / "exports.md").read_text(encoding="utf-8")
    table = text.split("| format | what for | written as |")[1].split("\n\n")[0]
    documented = [name for row in table.splitlines()[2:] for name in re.findall(r"`(\w+)`", row.split("|")[1])]
    assert documented == list(EXPORT_FORMATS)


def test_each_format_reads_known_options_and_every_option_is_read() -> None:
    names = {option.name for option in fields(ExportOptions)}
    assert all(record.options <= names for record in EXPORT_FORMATS.values())
    assert set().union(*(record.options for record in EXPORT_FORMATS.values())) == names


def test_each_extension_means_one_format() -> None:
    extensions = [ext for record in EXPORT_FORMATS.values() for ext in record.extensions]
    assert len(extensions) == len(set(extensions))
    for record in EXPORT_FORMATS.values():
        for extension in record.extensions:
            assert guess_format(f"out/Map{extension.upper()}") == record.name


def test_a_folder_means_the_format_written_into_folders(tmp_path: Path) -> None:
    assert guess_format(f"{tmp_path}/tables/") == "csv"
    assert guess_format(tmp_path) == "csv"
    assert guess_format(tmp_path / "map.txt") is None


@pytest.mark.parametrize("name", list(EXPORT_FORMATS))
@pytest.mark.parametrize(("flag", "option"), FORMAT_FLAGS, ids=[flag[0] for flag, _ in FORMAT_FLAGS])
def test_the_cli_takes_an_option_exactly_for_the_formats_that_read_it(tmp_path: Path, name: str, flag: list[str],
                                                                     option: str) -> None:
    # A missing map folder: an option the format takes gets past the option check to that error.
    result = run("export", str(tmp_path / "missing"), "--format", name, "-o", str(tmp_path / "out"), *flag)
    assert result.exit_code == 2
    last = result.stderr.splitlines()[-1]
    if option in EXPORT_FORMATS[name].options:
        assert "does not exist" in last
    else:
        takers = [n for n, record in EXPORT_FORMATS.items() if option in record.options]
        flags, _, rest = last.removeprefix("Error: ").partition(" appl")
        assert flag[0] in re.split(", | and ", flags)
        assert rest.endswith(f" to {' and '.join(takers)} only, not {name}")


@pytest.mark.parametrize("name", list(EXPORT_FORMATS))
def test_standard_output_takes_the_formats_the_table_allows(tmp_path: Path, name: str) -> None:
    result = run("export", str(tmp_path / "missing"), "--format", name, "-o", "-")
    refusal = EXPORT_FORMATS[name].stdout_refusal()
    assert result.stderr.splitlines()[-1] == (f"Error: {refusal}" if refusal else
                                              f"Error: Invalid value for DATA_DIR: folder '{tmp_path / 'missing'}' "
                                              "does not exist")
    assert (refusal is None) == (name in ("gexf", "graphml", "json", "graphology", "svg"))


def test_an_unknown_format_names_the_accepted_ones() -> None:
    with pytest.raises(UsageError, match="^unknown export format 'dot'; accepted: gexf, graphml, json, graphology, "
                                         "csv, svg, png$"):
        export_bytes(load_map(MINIMAL_MAP), "dot")


def test_the_help_of_output_names_every_file_name_the_table_knows() -> None:
    help_text = " ".join(run("export", "--help").stdout.split())
    for record in EXPORT_FORMATS.values():
        for extension in record.extensions:
            assert extension in help_text, extension
