"""Reading a large list in two processes gives exactly what reading it whole gives.

Every test lowers the size from which a file is read in two, then compares what is read in
two (values, the line of every key and item, the problems; for a map, every actor, link and
problem) with what one pass over the whole file gives.
"""

from __future__ import annotations

import _thread
import os
import re
import shutil
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.generate import generate_map
from partnermap.graph.checking import validate
from partnermap.textread import yamlread, yamlsplit
from tests.conftest import INVALID_CASES, MINIMAL_MAP, SEED_MAP

pytestmark = pytest.mark.skipif(
    not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
    reason="a list is only read in two processes on Linux with two cores or more",
)


def record(number: int) -> str:
    return (
        f"- id: link-{number}\n"
        f"  from: actor-{number}\n"
        f"  to: actor-{number + 1}\n"
        f"  directed: {'true' if number % 2 else 'false'}\n"
        f"  evidence:\n"
        f"    - {{source: doc, para: {number % 9 + 1}, quote: \"Les États et l'OIM, n° {number}\"}}\n"
    )


RECORDS = "# links\n\n" + "\n".join(record(n) for n in range(60))


def snapshot(value: object) -> object:
    """A value with every line it remembers, for comparing two readings."""
    if isinstance(value, yamlread.LineDict):
        return ("map", value.line, [(key, value.key_lines[key], snapshot(item)) for key, item in value.items()])
    if isinstance(value, yamlread.LineList):
        return ("list", value.line, value.item_lines, [snapshot(item) for item in value])
    return (type(value).__name__, value)


def list_part(data: bytes, display: str, first_line: int) -> tuple[object, list]:
    value, problems = yamlread.read_yaml_part(data, display, first_line)
    return (value if isinstance(value, yamlread.LineList) else None), problems


def read_in_two_or_whole(data: bytes) -> tuple[object, list]:
    """The list in `data`, the way a caller of yamlsplit reads it: in two parts joined, or whole."""
    data = yamlread.without_bom(data)
    parts = yamlsplit.read_in_two(data, "links.yaml", list_part)
    if parts is None:
        return yamlread.read_yaml_part(data, "links.yaml", 1)
    first, second = parts
    first.extend(second)
    first.item_lines.extend(second.item_lines)
    return first, []


def read_both_ways(data: bytes) -> tuple[object, object]:
    whole = yamlread.read_yaml_bytes(data, "links.yaml")
    maybe_split = read_in_two_or_whole(data)
    return (snapshot(whole[0]), [p.format() for p in whole[1]]), (snapshot(maybe_split[0]),
                                                                   [p.format() for p in maybe_split[1]])


RUNNING_THREADS = yamlsplit.running_threads


@pytest.fixture(autouse=True)
def split_small_files(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Reads every file in two when it can; the list collects the cuts that were trusted.

    The threads the test process already runs (a BLAS's idle workers) are not counted: these
    tests compare the two ways of reading; the refusal to fork beside other threads has its own.
    """
    monkeypatch.setattr(yamlsplit, "MIN_BYTES", 0)
    already = RUNNING_THREADS()  # e.g. the idle thread OpenBLAS starts once another test imported numpy
    monkeypatch.setattr(yamlsplit, "running_threads", lambda: RUNNING_THREADS() - already + 1)
    trusted: list[int] = []
    read_halves = yamlsplit._read_halves

    def recording(data: bytes, cut: int, display: str, read: yamlsplit.Read) -> tuple | None:
        result = read_halves(data, cut, display, read)
        if result is not None:
            trusted.append(cut)
        return result

    monkeypatch.setattr(yamlsplit, "_read_halves", recording)
    return trusted


def test_a_list_of_records_is_read_in_two_with_the_lines_of_the_whole_file(split_small_files: list[int]) -> None:
    whole, split = read_both_ways(RECORDS.encode())
    assert split == whole and whole[1] == []
    assert len(split_small_files) == 1
    cut_line = RECORDS.encode()[: split_small_files[0]].count(b"\n") + 1
    value, _ = read_in_two_or_whole(RECORDS.encode())
    assert cut_line in value.item_lines  # the second part's records kept their lines in the file
    assert value.item_lines[-1] == RECORDS.count("\n") - 5


def test_windows_line_ends_and_a_byte_order_mark_are_read_in_two_too(split_small_files: list[int]) -> None:
    data = b"\xef\xbb\xbf" + RECORDS.replace("\n", "\r\n").encode()
    whole, split = read_both_ways(data)
    assert split == whole and whole[1] == []
    assert split_small_files


@pytest.mark.parametrize(
    "text",
    [
        # The only record start after the cut share is inside a quoted text.
        pytest.param(RECORDS + '- id: last\n  quote: "a text\n- that goes on"\n', id="quoted text over the cut"),
        pytest.param("[" + ", ".join(f"x{n}" for n in range(400)) + "]\n- a\n- b\n",
                     id="a [flow list] before the records"),
        pytest.param(RECORDS + "---\n- id: other\n", id="a second document"),
        pytest.param(RECORDS + "...\n", id="an end-of-document marker"),
        pytest.param("%YAML 1.1\n---\n" + RECORDS, id="a directive"),
        pytest.param("links:\n" + RECORDS.replace("# links\n\n", ""), id="a list under a key"),
        pytest.param(RECORDS + "- [a,\n- b]\n", id="a flow list over the cut"),
        pytest.param(RECORDS.replace("link-59", "link-59\u2028"), id="a line separator"),
        pytest.param(RECORDS.replace("actor-50\n", "actor-50\r"), id="a lone carriage return"),
    ],
)
def test_files_a_cut_could_misread_are_read_whole(text: str) -> None:
    whole, split = read_both_ways(text.encode())
    assert split == whole


def test_problems_in_the_second_part_are_those_of_the_whole_file(split_small_files: list[int]) -> None:
    broken = RECORDS.replace("  to: actor-58\n", "  to: actor-58\n  to: again\n")
    broken = broken.replace("  from: actor-55\n", "  from: &anchor actor-55\n")
    whole, split = read_both_ways(broken.encode())
    assert split == whole
    assert any("duplicate key 'to'" in message for message in whole[1])
    assert any("anchor" in message for message in whole[1])
    assert not split_small_files  # problems: the file was read again, whole


def test_a_child_that_dies_leaves_the_file_to_be_read_whole(split_small_files: list[int]) -> None:
    def read_or_die(data: bytes, display: str, first_line: int) -> tuple[object, list]:
        if first_line > 1:  # in the child
            os._exit(3)
        return list_part(data, display, first_line)

    assert yamlsplit.cut_point(RECORDS.encode()) is not None
    assert yamlsplit.read_in_two(RECORDS.encode(), "links.yaml", read_or_die) is None


def test_no_second_process_while_other_threads_run(split_small_files: list[int]) -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert yamlsplit.read_in_two(RECORDS.encode(), "links.yaml", list_part) is None
    finally:
        release.set()
        thread.join()
    assert not split_small_files


def test_no_second_process_while_a_thread_python_did_not_start_runs(split_small_files: list[int]) -> None:
    # A thread started below the threading module, as a native library or a browser driver starts theirs.
    release, finished = _thread.allocate_lock(), _thread.allocate_lock()
    release.acquire()
    finished.acquire()

    def wait() -> None:
        release.acquire()
        finished.release()

    before = RUNNING_THREADS()
    _thread.start_new_thread(wait, ())
    try:
        assert threading.active_count() == 1  # what the threading module knows of
        assert RUNNING_THREADS() == before + 1
        assert yamlsplit.read_in_two(RECORDS.encode(), "links.yaml", list_part) is None
    finally:
        release.release()
        finished.acquire()
    deadline = time.monotonic() + 5
    while RUNNING_THREADS() > before and time.monotonic() < deadline:  # until the thread has ended
        time.sleep(0.01)
    assert yamlsplit.read_in_two(RECORDS.encode(), "links.yaml", list_part) is not None
    assert len(split_small_files) == 1


# Pieces that change how YAML reads what follows them, inserted anywhere in a list of records.
_PIECES = ["- ", "-\n", "\n- ", "\n", '"', "'", "[", "]", "{", "}", ": ", "#", "&a ", "*a", "!!str ", "|\n",
           ">\n ", "---\n", "...\n", "\t", "\r", "\r\n", "\u2028", "\x85", "  ", "? ", "%TAG ! x\n", "\ufeff"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(RECORDS)), st.sampled_from(_PIECES)), min_size=1, max_size=4))
def test_any_edit_of_a_list_reads_the_same_in_two_as_whole(edits: list[tuple[int, str]]) -> None:
    text = RECORDS
    for position, piece in sorted(edits, reverse=True):
        text = text[:position] + piece + text[position:]
    whole, split = read_both_ways(text.encode("utf-8", "surrogatepass"))
    assert split == whole


# Whole maps: each record file read and checked in two processes, or whole.


def map_snapshot(folder: Path) -> tuple[object, ...]:
    partner_map, problems = validate.read_map(folder)
    if partner_map is None:
        return None, [p.format() for p in problems]
    return (
        [(a, a.line) for a in partner_map.actors.values()],
        [(link, link.line) for link in partner_map.links.values()],
        partner_map.tour,
        [p.format() for p in problems],
    )


def read_map_both_ways(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    maybe_split = map_snapshot(folder)
    monkeypatch.setattr(yamlsplit, "MIN_BYTES", 10**12)
    whole = map_snapshot(folder)
    monkeypatch.setattr(yamlsplit, "MIN_BYTES", 0)
    return whole, maybe_split


def test_a_generated_map_reads_the_same_in_two_processes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_small_files: list[int]) -> None:
    generate_map(tmp_path / "map", actors=300)
    whole, split = read_map_both_ways(tmp_path / "map", monkeypatch)
    assert split == whole
    assert whole[-1] == [] and len(whole[1]) > 800
    assert len(split_small_files) == 2  # actors.yaml and links.yaml were each read in two


def test_the_seed_map_reads_the_same_in_two_processes(
        monkeypatch: pytest.MonkeyPatch, split_small_files: list[int]) -> None:
    whole, split = read_map_both_ways(SEED_MAP, monkeypatch)
    assert split == whole and len(split_small_files) == 2


def test_an_id_in_both_parts_is_reported_as_when_read_whole(
        map_copy: Path, monkeypatch: pytest.MonkeyPatch, split_small_files: list[int]) -> None:
    links = (map_copy / "links.yaml").read_text(encoding="utf-8")
    first_id = links.split("- id: ", 1)[1].split("\n", 1)[0]
    extra = (f"\n- id: {first_id}\n  from: a\n  to: a\n  type: nonsense\n  strength: required\n"
             "  evidence: []\n")
    (map_copy / "links.yaml").write_text(links + extra * 3, encoding="utf-8")
    whole, split = read_map_both_ways(map_copy, monkeypatch)
    assert split == whole
    assert any(f"duplicate link id '{first_id}'" in message for message in whole[-1])


CASES = sorted(p for p in INVALID_CASES.iterdir() if "--" in p.name)


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_every_broken_map_gives_the_same_problems_in_two_processes(
        case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "map"
    shutil.copytree(MINIMAL_MAP, folder)
    (folder / (case.name.split("--")[0] + ".yaml")).write_bytes(case.read_bytes())
    whole, split = read_map_both_ways(folder, monkeypatch)
    assert split == whole


@pytest.mark.parametrize("broken_share", [(0.0, 0.6), (0.0, 1.0), (0.6, 1.0), (0.3, 0.8), (0.45, 0.65)],
                         ids=["first part only", "everywhere", "second part only", "over the cut", "few"])
def test_a_file_with_too_many_problems_stops_where_it_would_read_whole(
        broken_share: tuple[float, float], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "map"
    generate_map(folder, actors=600)
    records = (folder / "links.yaml").read_text(encoding="utf-8").split("\n- id: ")
    start, end = (int(len(records) * share) for share in broken_share)
    for index in range(max(start, 1), end):  # two problems per link: an unknown type and strength
        records[index] = re.sub(r"\n  strength: \w+", "\n  strength: nonsense", records[index])
        records[index] = re.sub(r"\n  type: \w+", "\n  type: nonsense", records[index])
    (folder / "links.yaml").write_text("\n- id: ".join(records), encoding="utf-8")
    whole, split = read_map_both_ways(folder, monkeypatch)
    assert split == whole
    assert any("checking stopped here" in message for message in whole[-1]) == (2 * (end - start) > 1000)
