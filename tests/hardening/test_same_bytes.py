"""Same map, same bytes: whatever PYTHONHASHSEED is, and whatever order the YAML's keys are written in.

The seed map is rendered and exported to every format in two fresh processes: one with
PYTHONHASHSEED=1 reading the map as committed, one with PYTHONHASHSEED=2 reading a copy whose
mappings list their keys in another order (records, texts, evidence, map.yaml). Every output file
must be byte for byte the same.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import REPOSITORY, SEED_MAP
from tests.hardening.support import EXPORTS, dump

# Runs several partnermap commands in one process, so that one hash seed covers them all.
RUNNER = """
import json, sys
from partnermap.cli import cli
for arguments in json.loads(sys.argv[1]):
    try:
        cli.main(arguments, prog_name="partnermap", standalone_mode=False)
    except SystemExit as exit:
        if exit.code:
            raise
"""


def shuffled(value: object, chooser: random.Random) -> object:
    """`value` with the keys of every mapping in another order; lists keep theirs (it has a meaning)."""
    if isinstance(value, dict):
        keys = list(value)
        chooser.shuffle(keys)
        if len(keys) > 1 and keys == list(value):
            keys.reverse()
        return {key: shuffled(value[key], chooser) for key in keys}
    if isinstance(value, list):
        return [shuffled(item, chooser) for item in value]
    return value


def shuffled_copy(target: Path) -> Path:
    shutil.copytree(SEED_MAP, target)
    chooser = random.Random(8)
    for name in ("map.yaml", "actors.yaml", "links.yaml"):
        value = yaml.safe_load((SEED_MAP / name).read_text(encoding="utf-8"))
        (target / name).write_text(dump(shuffled(value, chooser)), encoding="utf-8")
    return target


def outputs_of(data_dir: Path, out: Path, hash_seed: str) -> dict[str, bytes]:
    out.mkdir()
    commands = [["render", str(data_dir), "-o", str(out / "map.html")]]
    commands += [["export", str(data_dir), "--format", export_format, "-o", str(out / name)]
                 for export_format, name in EXPORTS.items()]
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(REPOSITORY)}
    result = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(commands)], capture_output=True,
                            text=True, env=environment, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def test_render_and_every_export_give_the_same_bytes(tmp_path: Path) -> None:
    # Both copies live at the same depth, so that any path written into an output would differ too.
    plain = shutil.copytree(SEED_MAP, tmp_path / "a" / "data")
    other = shuffled_copy(tmp_path / "b" / "data")
    assert (plain / "actors.yaml").read_bytes() != (other / "actors.yaml").read_bytes()

    first = outputs_of(plain, tmp_path / "out1", "1")
    second = outputs_of(other, tmp_path / "out2", "2")

    assert sorted(first) == sorted(["map.html", *EXPORTS.values()])
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    assert all(len(data) > 1000 for data in first.values())


def printed(arguments: list[str], hash_seed: str) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(REPOSITORY)}
    result = subprocess.run([sys.executable, "-m", "partnermap", *arguments], capture_output=True, text=True,
                            env=environment, timeout=600, check=False)
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


def test_stats_and_diff_print_the_same_text(tmp_path: Path) -> None:
    plain = shutil.copytree(SEED_MAP, tmp_path / "a" / "data")
    other = shuffled_copy(tmp_path / "b" / "data")
    smaller = shutil.copytree(SEED_MAP, tmp_path / "c" / "data")
    links = yaml.safe_load((smaller / "links.yaml").read_text(encoding="utf-8"))
    (smaller / "links.yaml").write_text(dump(links[::2]), encoding="utf-8")
    header = yaml.safe_load((smaller / "map.yaml").read_text(encoding="utf-8"))
    header.pop("tour", None)  # its steps name links that are gone
    (smaller / "map.yaml").write_text(dump(header), encoding="utf-8")

    for arguments in (["stats", "--format", "json"], ["stats", "--format", "csv"], ["stats"],
                      ["diff", "--format", "json"], ["diff"]):
        maps = [smaller] if arguments[0] == "diff" else []
        first = printed([*arguments[:1], *map(str, maps), str(plain), *arguments[1:]], "1")
        second = printed([*arguments[:1], *map(str, maps), str(other), *arguments[1:]], "2")
        assert len(first) > 100, arguments
        assert first.replace(str(plain), "MAP") == second.replace(str(other), "MAP"), arguments
