"""The files around the YAML: byte-order marks, CRLF, and source documents that are not what they claim.

The broken-YAML corpus (tests/data/invalid) replaces one YAML file at a time; the cases here need
another file of the map changed too (a source document, every file at once).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from partnermap import to_networkx
from partnermap.cli import cli
from partnermap.graph.checking.load import check_map, load_map
from tests.conftest import MINIMAL_MAP, SEED_MAP
from tests.hardening.support import TRACEBACK


def validate(folder: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, ["validate", str(folder)])
    assert TRACEBACK not in result.output
    return result.exit_code, result.output.splitlines()


def as_windows_files(folder: Path) -> None:
    """Every text file of the map saved by a Windows editor: a byte-order mark and CRLF line ends."""
    for path in [*folder.glob("*.yaml"), *folder.glob("sources/*.txt")]:
        text = path.read_text(encoding="utf-8")
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))


def graph_data(graph: nx.MultiDiGraph) -> tuple:
    return (graph.graph, sorted(graph.nodes(data=True)), sorted(graph.edges(keys=True, data=True)))


@pytest.mark.parametrize("original", [MINIMAL_MAP, SEED_MAP], ids=["minimal", "seed"])
def test_bom_and_crlf_files_load_like_any_other(original: Path, tmp_path: Path) -> None:
    windows = shutil.copytree(original, tmp_path / "windows")
    as_windows_files(windows)
    assert (windows / "actors.yaml").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in (windows / "links.yaml").read_bytes()

    assert validate(windows)[0] == 0
    plain_map, windows_map = load_map(original), load_map(windows)
    assert graph_data(to_networkx(windows_map)) == graph_data(to_networkx(plain_map))
    assert [a.line for a in windows_map.actors.values()] == [a.line for a in plain_map.actors.values()]
    assert [link.line for link in windows_map.links.values()] == [link.line for link in plain_map.links.values()]
    assert windows_map.tour == plain_map.tour


def test_a_source_that_is_not_utf8_is_reported_with_its_byte_and_line(map_copy: Path) -> None:
    source = map_copy / "sources" / "accord.en.txt"
    source.write_bytes(source.read_bytes() + "\n\nRésumé en Latin-1.\n".encode("latin-1"))

    code, lines = validate(map_copy)

    assert code == 1
    assert lines[0] == (f"{map_copy / 'map.yaml'}:6: source file 'sources/accord.en.txt' is not UTF-8 text "
                        "(byte 0xe9 on its line 8); save it as UTF-8")


def test_a_source_holding_nul_characters_is_refused(map_copy: Path) -> None:
    source = map_copy / "sources" / "accord.en.txt"
    source.write_bytes(source.read_bytes() + b"\x00\x00binary")

    code, lines = validate(map_copy)

    assert code == 1
    assert lines[0] == (f"{map_copy / 'map.yaml'}:6: source file 'sources/accord.en.txt' holds NUL characters; "
                        "it is not a text file")


def test_a_symlink_out_of_the_map_folder_is_refused(map_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("governments must cooperate with trade unions on labour migration\n")
    source = map_copy / "sources" / "accord.en.txt"
    source.unlink()
    source.symlink_to(outside)

    code, lines = validate(map_copy)

    assert code == 1
    assert lines[0] == (f"{map_copy / 'map.yaml'}:6: source path 'sources/accord.en.txt' leaves the map folder; "
                        "keep sources inside it")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
@pytest.mark.parametrize("name", ["actors.yaml", "sources/accord.en.txt"])
def test_a_named_pipe_is_refused_instead_of_blocking(name: str, map_copy: Path) -> None:
    (map_copy / name).unlink()
    os.mkfifo(map_copy / name)  # reading it would wait forever for a writer

    problems = [p.format() for p in check_map(map_copy)]

    expected = (f"{map_copy / 'actors.yaml'}: not a regular file" if name == "actors.yaml" else
                f"{map_copy / 'map.yaml'}:6: source path 'sources/accord.en.txt' is not a regular file")
    assert any(p.startswith(expected) for p in problems), problems


def test_a_map_file_that_is_a_folder_is_reported(map_copy: Path) -> None:
    (map_copy / "links.yaml").unlink()
    (map_copy / "links.yaml").mkdir()

    code, lines = validate(map_copy)

    assert code == 1
    assert lines[0].startswith(f"{map_copy / 'links.yaml'}: not a regular file")


def test_checking_a_file_stops_after_a_thousand_problems(map_copy: Path) -> None:
    actors = map_copy / "actors.yaml"
    # 500 actors with three problems each: checking stops at the first actor after 1,000 problems.
    broken = "".join(f"- id: extra-{n}\n  kind: nonsense\n  evidence: []\n" for n in range(500))
    late = actors.read_text(encoding="utf-8").split("- id: trade_unions")[0].replace("governments", "late_actor", 1)
    actors.write_text(actors.read_text(encoding="utf-8") + broken + late, encoding="utf-8")
    links = map_copy / "links.yaml"
    late_link = links.read_text(encoding="utf-8").split("- id: civil-society-local")[0]
    late_link = late_link.replace("gov-unions", "late-link", 1).replace("to: trade_unions", "to: late_actor", 1)
    links.write_text(links.read_text(encoding="utf-8") + late_link, encoding="utf-8")

    code, lines = validate(map_copy)

    assert code == 1
    in_actors = [line for line in lines if line.startswith(f"{actors}:")]
    assert len(in_actors) == 1002 + 1
    first_not_checked = 24 + 3 * 334 + 1  # the minimal map's 24 lines, then 334 broken actors
    assert in_actors[-1] == (f"{actors}:{first_not_checked}: 1,002 problems found in this file; checking stopped "
                             "here: fix these, then validate again")
    # The actors after the stop are unknown, not missing: a link naming one is not reported.
    assert not [line for line in lines if line.startswith(f"{links}:")]
