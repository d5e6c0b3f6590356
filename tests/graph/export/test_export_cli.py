"""`partnermap export` as a user runs it: formats, standard output, errors, same bytes every time."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from partnermap import load_map
from tests.conftest import MINIMAL_MAP, REPOSITORY, SEED_MAP
from tests.graph.export.helpers import CASES, run, selected

# (file name, what the file starts with)
FILES = [
    ("map.gexf", b'<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3"'),
    ("map.graphml", b'<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'),
    ("map.json", b'{\n  "directed": true,\n  "multigraph": true,'),
    ("map.zip", b"PK\x03\x04"),
    ("map.svg", b'<?xml version="1.0" encoding="utf-8" standalone="no"?>'),
    ("map.png", b"\x89PNG\r\n\x1a\n"),
]
ALL_FORMATS = [("gexf", ".gexf"), ("graphml", ".graphml"), ("json", ".json"), ("graphology", ".json"),
               ("csv", ".zip"), ("svg", ".svg"), ("png", ".png")]


@pytest.mark.parametrize(("name", "start"), FILES, ids=[name for name, _ in FILES])
def test_the_format_is_guessed_from_the_file_name(tmp_path: Path, name: str, start: bytes) -> None:
    result = run("export", str(MINIMAL_MAP), "-o", str(tmp_path / name))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"wrote {tmp_path / name} (4 actors, 3 links)\n"
    assert (tmp_path / name).read_bytes().startswith(start)
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_graphology_json_is_asked_for_by_name(tmp_path: Path) -> None:
    result = run("export", str(MINIMAL_MAP), "--format", "graphology", "-o", str(tmp_path / "lite.json"))
    assert result.exit_code == 0
    data = json.loads((tmp_path / "lite.json").read_text())
    assert data["options"] == {"type": "mixed", "multi": True, "allowSelfLoops": False}
    assert [edge["key"] for edge in data["edges"]] == ["gov-unions", "civil-society-local", "gov-unions-policy"]
    assert [edge["undirected"] for edge in data["edges"]] == [True, True, False]
    assert "type" not in data["edges"][0]["attributes"]


def test_a_folder_means_csv(tmp_path: Path) -> None:
    result = run("export", str(MINIMAL_MAP), "-o", f"{tmp_path / 'tables'}/")
    assert result.exit_code == 0
    assert result.stderr == f"wrote {tmp_path / 'tables' / 'nodes.csv'}, {tmp_path / 'tables' / 'edges.csv'} " \
                            "(4 actors, 3 links)\n"


@pytest.mark.parametrize(("export_format", "suffix"), [f for f in ALL_FORMATS if f[0] not in ("csv", "png")])
def test_dash_writes_the_same_bytes_to_standard_output(tmp_path: Path, export_format: str, suffix: str) -> None:
    output = tmp_path / f"map{suffix}"
    assert run("export", str(MINIMAL_MAP), "--format", export_format, "-o", str(output)).exit_code == 0
    result = run("export", str(MINIMAL_MAP), "--format", export_format, "-o", "-")
    assert result.exit_code == 0
    assert result.stdout_bytes == output.read_bytes()
    assert result.stderr == ""


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "-"], "cannot tell the export format with -o -; add --format gexf, graphml, json, graphology, csv, "
                  "svg or png"),
    (["-o", "map.txt"], "cannot tell the export format from 'map.txt'; add --format gexf, graphml, json, "
                        "graphology, csv, svg or png"),
    (["--format", "png", "-o", "-"], "png is not text: give a file name, e.g. -o map.png"),
    (["--format", "csv", "-o", "-"], "csv writes two files (nodes.csv, edges.csv): give a folder, a .zip or NAME.csv"),
    (["-o", "map.gexf", "--dpi", "300"], "--width, --height and --dpi apply to svg and png only, not gexf"),
    (["-o", "map.svg", "--bom"], "--bom applies to csv only, not svg"),
    (["-o", "map.graphml", "--gexf-version", "1.2draft"], "--gexf-version applies to gexf only, not graphml"),
    (["-o", "map.gexf", "--lang", "de"], "unknown language 'de'; this map has: fr, en"),
    (["-o", "map.gexf", "--type", "social_dialog"],
     "unknown link type 'social_dialog'; did you mean 'social_dialogue'?"),
])
def test_wrong_usage_exits_2_with_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                                            message: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("export", str(MINIMAL_MAP), *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: {message}"
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "map.gexf"
    result = run("export", str(MINIMAL_MAP), "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {target}: folder '{target.parent}' does not exist\n"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_way_exits_1_and_the_folder_is_untouched(tmp_path: Path) -> None:
    (tmp_path / "map.png").mkdir()
    result = run("export", str(MINIMAL_MAP), "-o", str(tmp_path / "map.png"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {tmp_path / 'map.png'}: it is a folder\n"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]
    assert list((tmp_path / "map.png").iterdir()) == []


def test_csv_into_a_missing_parent_exits_1_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "tables"
    result = run("export", str(MINIMAL_MAP), "--format", "csv", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {target}: folder '{target.parent}' does not exist\n"
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.gexf"
    target.write_text("previous")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    result = run("export", str(MINIMAL_MAP), "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot write {target}: No space left on device")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["map.gexf"]


# Every case in every format, but only one drawing of the seed map (drawing is slow; test_drawing.py draws more).
SELECTION_EXPORTS = [(*case, *fmt) for case in CASES for fmt in ALL_FORMATS
                     if fmt[0] not in ("svg", "png") or case[1] != SEED_MAP or case[0] == "seed-type"]


@pytest.mark.parametrize(("name", "data_dir", "options", "selection", "export_format", "suffix"), SELECTION_EXPORTS,
                         ids=[f"{e[0]}-{e[4]}" for e in SELECTION_EXPORTS])
def test_every_format_exports_a_selection(tmp_path: Path, name: str, data_dir: Path, options: list[str],
                                          selection: object, export_format: str, suffix: str) -> None:
    output = tmp_path / f"{name}{suffix}"
    result = run("export", str(data_dir), "--format", export_format, "-o", str(output), *options)
    expected = selected(data_dir, selection)
    assert result.exit_code == 0, result.output
    assert result.stderr.endswith(f"({len(expected.actors)} actor{'s' * (len(expected.actors) != 1)}, "
                                  f"{len(expected.links)} link{'s' * (len(expected.links) != 1)})\n")
    data = output.read_bytes()
    if export_format in ("gexf", "graphml", "json", "graphology"):
        text = data.decode()
        assert [link for link in load_map(data_dir).links if f'"{link}"' in text] == list(expected.links)
    if export_format == "csv":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.read("nodes.csv").count(b"\r\n") == len(expected.actors) + 1
            assert archive.read("edges.csv").count(b"\r\n") == len(expected.links) + 1


@pytest.mark.parametrize(("export_format", "suffix"), ALL_FORMATS, ids=[f[0] for f in ALL_FORMATS])
def test_the_same_map_gives_the_same_bytes(tmp_path: Path, export_format: str, suffix: str) -> None:
    first, second = tmp_path / f"first{suffix}", tmp_path / f"second{suffix}"
    for output in (first, second):
        assert run("export", str(SEED_MAP), "--format", export_format, "-o", str(output)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_the_same_bytes_from_separate_processes(tmp_path: Path) -> None:
    # Hash randomisation differs between processes: nothing may depend on it.
    outputs = {}
    for seed in ("1", "2"):
        folder = tmp_path / seed
        folder.mkdir()
        for name in ("map.gexf", "map.svg", "map.zip"):
            subprocess.run([sys.executable, "-m", "partnermap", "export", str(SEED_MAP), "-o", str(folder / name)],
                           check=True, capture_output=True, cwd=REPOSITORY, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs[seed] = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert outputs["1"] == outputs["2"]


def test_no_metrics_leaves_the_measures_out(tmp_path: Path) -> None:
    run("export", str(MINIMAL_MAP), "-o", str(tmp_path / "with.json"))
    run("export", str(MINIMAL_MAP), "-o", str(tmp_path / "without.json"), "--no-metrics")
    with_metrics = json.loads((tmp_path / "with.json").read_text())["nodes"][0]
    without = json.loads((tmp_path / "without.json").read_text())["nodes"][0]
    assert set(with_metrics) - set(without) == {"degree", "weighted_degree", "betweenness", "pagerank", "community"}
