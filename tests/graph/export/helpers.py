"""What the export tests share: running the command, the consumers (jing, Node) and the expected values."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from partnermap import load_map
from partnermap.cli import cli
from partnermap.graph.analysis.select import Selection, select
from partnermap.graph.model.records import PartnerMap
from tests.conftest import MINIMAL_MAP, REPOSITORY, SEED_MAP
from tests.missing_tools import tool_missing

# CI clones the repository beside a copy of shared/, as on a developer's machine.
GEXF_SPEC = REPOSITORY.parent / "shared" / "gexf-spec"
JS_FOLDER = REPOSITORY / "tests" / "js"

# Inputs every format is tried on: (name, map folder, selection options, the same as a Selection).
CASES = [
    ("minimal", MINIMAL_MAP, [], Selection()),
    ("minimal-type", MINIMAL_MAP, ["--type", "social_dialogue,policy_development"],
     Selection(types=("social_dialogue", "policy_development"))),
    ("seed", SEED_MAP, [], Selection()),
    ("seed-type", SEED_MAP, ["--type", "capacity_building"], Selection(types=("capacity_building",))),
    ("seed-focus", SEED_MAP, ["--focus", "trade_unions", "--depth", "2"],
     Selection(focus=("trade_unions",), depth=2)),
    ("seed-kind", SEED_MAP, ["--kind", "government,beneficiary"], Selection(kinds=("government", "beneficiary"))),
]
CASE_IDS = [case[0] for case in CASES]


def run(*args: str) -> Result:
    """`partnermap ARGS…` through click's runner (stdout and stderr kept apart)."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def export(data_dir: Path, output: Path, *options: str) -> Path:
    """Export `data_dir` to `output` with the command; fail the test on a non-zero exit."""
    result = run("export", str(data_dir), "-o", str(output), *options)
    assert result.exit_code == 0, result.output
    return output


def selected(data_dir: Path, selection: Selection) -> PartnerMap:
    return select(load_map(data_dir), selection)


def jing_errors(files: list[Path], version: str) -> str:
    """jing's report on `files` against GEXF `version`'s RELAX NG compact schema ('' when valid)."""
    schema = GEXF_SPEC / version / "gexf.rnc"
    if not schema.is_file():
        tool_missing(f"GEXF schema not found at {schema} (shared/gexf-spec beside the repository)")
    if shutil.which("jing") is None:
        tool_missing("jing is not installed (Debian package jing; .ci/run installs it)")
    result = subprocess.run(["jing", "-c", str(schema), *map(str, files)], capture_output=True, text=True,
                            check=False)
    # jing's own warnings about optional Java libraries go to stderr; schema errors to stdout.
    return result.stdout if result.returncode else ""


def graphology_read(file_format: str, path: Path) -> dict[str, Any]:
    """What graphology (with graphology-gexf or graphology-graphml) reads from `path`."""
    if shutil.which("node") is None:
        tool_missing("Node.js is not installed")
    if not (JS_FOLDER / "node_modules" / "graphology-gexf").is_dir():
        tool_missing(f"npm packages missing: run `npm ci` in {JS_FOLDER}")
    result = subprocess.run(["node", str(JS_FOLDER / "load.js"), file_format, str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def css_hex(color: str) -> str:
    """`rgb(0,114,178)` or `#0072b2` as `#0072B2`."""
    if color.startswith("rgb("):
        red, green, blue = (int(part) for part in color[4:-1].split(","))
        return f"#{red:02X}{green:02X}{blue:02X}"
    return color.upper()
