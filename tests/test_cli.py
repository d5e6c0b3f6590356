"""The command line as a user meets it: help, version, exit codes and default folders."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from partnermap import __version__
from partnermap.cli import cli
from tests.conftest import MINIMAL_MAP, SEED_MAP


def all_commands() -> list[str]:
    return sorted(cli.commands)


@pytest.mark.parametrize("name", all_commands())
def test_every_command_has_help_text(name: str) -> None:
    command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 20
    result = CliRunner().invoke(cli, [name, "-h"])
    assert result.exit_code == 0
    assert "Usage: cli " + name in result.output or f"Usage: partnermap {name}" in result.output
    for parameter in command.params:
        if isinstance(parameter, click.Option):
            assert parameter.help, f"option {parameter.name} of {name} has no help"


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.output == f"partnermap, version {__version__}\n"


def test_validate_a_valid_map_exits_0() -> None:
    result = CliRunner().invoke(cli, ["validate", str(MINIMAL_MAP)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"{MINIMAL_MAP}: valid (4 actors, 3 links, 1 source)\n"


def test_validate_lists_every_problem_not_only_the_first(map_copy: Path) -> None:
    actors = (map_copy / "actors.yaml").read_text()
    actors = actors.replace("kind: trade_union", "kind: union").replace("kind: civil_society", "kind: ngo")
    (map_copy / "actors.yaml").write_text(actors)
    result = CliRunner().invoke(cli, ["validate", str(map_copy)])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{map_copy}/actors.yaml:10: unknown actor kind 'union' in 'kind'; did you mean 'trade_union'?",
        f"{map_copy}/actors.yaml:15: unknown actor kind 'ngo' in 'kind'; accepted: academia, "
        "beneficiary, civil_society, employers_organization, government, government_sector, "
        "international_organization, local_authority, migrant_association, multilateral_process, "
        "official, private_sector, …",
    ]
    assert result.stderr == f"2 problems in {map_copy}\n"


def test_validate_json_format(map_copy: Path) -> None:
    (map_copy / "links.yaml").write_text((map_copy / "links.yaml").read_text().replace(
        "strength: possible", "strength: maybe"))
    result = CliRunner().invoke(cli, ["validate", "--format", "json", str(map_copy)])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert report["problems"] == [{
        "file": f"{map_copy}/links.yaml", "line": 15, "code": "unknown-strength",
        "message": "unknown strength 'maybe' in 'strength'; accepted: endorsed, possible, recommended, required",
    }]


def test_a_folder_without_a_map_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(tmp_path)])
    assert result.exit_code == 2
    assert "holds no map.yaml" in result.output


def test_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_data_dir_defaults_to_local_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    shutil.copytree(MINIMAL_MAP, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 0
    assert result.stderr == "data: valid (4 actors, 3 links, 1 source)\n"


def test_data_dir_defaults_to_bundled_map_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 0, result.output
    assert str(SEED_MAP.resolve()) in result.stderr or "bundled_map" in result.stderr


def test_schema_prints_json_schema() -> None:
    result = CliRunner().invoke(cli, ["schema", "links"])
    schema = json.loads(result.output)
    assert schema["type"] == "array"
    item = schema["items"]
    assert item["required"] == ["id", "from", "to", "type", "strength", "evidence"]
    assert "capacity_building" in item["properties"]["type"]["enum"]


def test_schema_includes_a_maps_own_kinds(map_copy: Path) -> None:
    with (map_copy / "map.yaml").open("a") as file:
        file.write("kinds:\n  - {id: diaspora, label: Diaspora, color: '#123456', shape: star}\n")
    result = CliRunner().invoke(cli, ["schema", "actors", "--data-dir", str(map_copy)])
    assert "diaspora" in json.loads(result.output)["items"]["properties"]["kind"]["enum"]


def test_paragraphs_prints_numbered_paragraphs() -> None:
    result = CliRunner().invoke(cli, ["paragraphs", str(MINIMAL_MAP / "sources" / "accord.en.txt")])
    assert result.output.splitlines()[0] == "[1] Summary of the test meeting"
    assert result.output.count("[3] Civil society could help") == 1


def test_python_dash_m_runs_the_cli() -> None:
    completed = subprocess.run([sys.executable, "-m", "partnermap", "validate", str(MINIMAL_MAP)],
                               capture_output=True, text=True, check=False)
    assert completed.returncode == 0
    assert "valid (4 actors" in completed.stderr
