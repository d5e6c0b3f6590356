"""Every command that writes files: a failure leaves the previous files as they were, and says so.

For each writer (render, export to each kind of target, extract), the write fails in each way a
user meets: no space left halfway through, Ctrl-C just before the rename, a folder it may not
write to, a folder that does not exist, an output path that is a folder. The command exits 1 with
a one-line message, no traceback, the previous bytes intact and no temporary file left behind.
"""

from __future__ import annotations

import errno
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnermap.cli import cli
from tests.conftest import MINIMAL_MAP, SEED_MAP
from tests.hardening.support import TRACEBACK
from tests.missing_tools import tool_missing

DOCUMENT = next(SEED_MAP.glob("sources/*.txt"))


@dataclass(frozen=True)
class Writer:
    """A command that writes files: its arguments for an output path, and the files that path means."""

    name: str
    arguments: Callable[[Path], list[str]]
    output: str  # the -o value, relative to the test's folder
    files: tuple[str, ...]  # what it writes, relative to the test's folder

    def previous(self, folder: Path) -> dict[Path, bytes]:
        """Stand-ins for the outputs of an earlier run."""
        contents = {}
        for name in self.files:
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(f"previous {name}\n".encode())
            contents[path] = path.read_bytes()
        return contents


MAP = str(MINIMAL_MAP)
WRITERS = [
    Writer("render", lambda out: ["render", MAP, "-o", str(out)], "map.html", ("map.html",)),
    Writer("export-gexf", lambda out: ["export", MAP, "-o", str(out)], "map.gexf", ("map.gexf",)),
    Writer("export-graphml", lambda out: ["export", MAP, "-o", str(out)], "map.graphml", ("map.graphml",)),
    Writer("export-json", lambda out: ["export", MAP, "-o", str(out)], "map.json", ("map.json",)),
    Writer("export-png", lambda out: ["export", MAP, "-o", str(out)], "map.png", ("map.png",)),
    Writer("export-csv-zip", lambda out: ["export", MAP, "-o", str(out)], "map.zip", ("map.zip",)),
    Writer("export-csv-pair", lambda out: ["export", MAP, "-o", str(out)], "map.csv",
           ("map-nodes.csv", "map-edges.csv")),
    Writer("export-csv-folder", lambda out: ["export", MAP, "--format", "csv", "-o", str(out)], "tables",
           ("tables/nodes.csv", "tables/edges.csv")),
    Writer("extract", lambda out: ["extract", str(DOCUMENT), "-o", str(out), "--force"], "draft",
           ("draft/map.yaml", "draft/actors.yaml", "draft/links.yaml", f"draft/sources/{DOCUMENT.name}")),
]
FILE_WRITERS = [w for w in WRITERS if w.files == (w.output,)]


def run(writer: Writer, folder: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, writer.arguments(folder / writer.output))
    return result.exit_code, result.output


def leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.tmp"))


def assert_unchanged(previous: dict[Path, bytes]) -> None:
    assert {path: path.read_bytes() for path in previous} == previous


@pytest.mark.parametrize("writer", WRITERS, ids=[w.name for w in WRITERS])
def test_the_writer_works_when_nothing_fails(writer: Writer, tmp_path: Path) -> None:
    previous = writer.previous(tmp_path)

    code, output = run(writer, tmp_path)

    assert code == 0, output
    assert all(path.read_bytes() != data for path, data in previous.items())
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("writer", WRITERS, ids=[w.name for w in WRITERS])
def test_no_space_left_halfway_keeps_the_previous_files(writer: Writer, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    previous = writer.previous(tmp_path)
    calls = []

    def disk_full(descriptor: int) -> None:
        calls.append(descriptor)
        if len(calls) == len(writer.files):  # the last file: the others are already written
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("partnermap.outputs.os.fsync", disk_full)
    code, output = run(writer, tmp_path)

    assert code == 1, output
    assert TRACEBACK not in output
    assert "No space left on device; the previous file" in output
    assert_unchanged(previous)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("writer", WRITERS, ids=[w.name for w in WRITERS])
def test_interrupted_before_the_rename_keeps_the_previous_files(writer: Writer, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    previous = writer.previous(tmp_path)

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("partnermap.outputs.os.replace", interrupted)
    code, output = run(writer, tmp_path)

    assert code == 1
    assert "Aborted!" in output and TRACEBACK not in output
    assert_unchanged(previous)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("writer", WRITERS, ids=[w.name for w in WRITERS])
def test_a_folder_it_may_not_write_to_keeps_the_previous_files(writer: Writer, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    previous = writer.previous(tmp_path)

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("partnermap.outputs.tempfile.mkstemp", refused)
    code, output = run(writer, tmp_path)

    assert code == 1, output
    assert TRACEBACK not in output
    assert "Permission denied; the previous file" in output
    assert_unchanged(previous)


def _read_only_folder() -> Path | None:
    """/sys refuses new files even to root; None where it does not (then the test is skipped)."""
    try:
        handle, name = tempfile.mkstemp(dir="/sys")
    except OSError:
        return Path("/sys")
    os.close(handle)
    os.unlink(name)
    return None


@pytest.mark.skipif(_read_only_folder() is None, reason="no read-only folder (/sys) on this machine")
@pytest.mark.parametrize("writer", FILE_WRITERS, ids=[w.name for w in FILE_WRITERS])
def test_a_really_read_only_location_is_a_clear_error(writer: Writer) -> None:
    target = Path("/sys") / writer.output
    result = CliRunner().invoke(cli, writer.arguments(target))

    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        f"Error: cannot write {target}: Permission denied; nothing was written")


NOBODY = 65534  # the unprivileged user and group of Debian and most Linux systems


@functools.cache
def _as_nobody() -> tuple[tuple[str, ...], str]:
    """How root runs a program as user nobody (setpriv's arguments), or why it cannot ('' when it can)."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return (), "setpriv is not installed (Debian package util-linux)"
    command = (setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups")
    # Python may sit in a folder only root may enter (pyenv under /root): CAP_DAC_READ_SEARCH lets nobody
    # read and enter every folder, and refuses every write nobody's own permissions refuse.
    read_everywhere = ("--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search")
    failure = ""
    for extra in ((), read_everywhere):
        # From "/", as the command runs from nobody's home: the current folder must not be what finds partnermap.
        probe = subprocess.run([*command, *extra, sys.executable, "-c", "import partnermap"], cwd="/",
                               capture_output=True, text=True, check=False, env=_nobody_environment(Path("/")))
        if probe.returncode == 0:
            return (*command, *extra), ""
        failure = (probe.stderr.strip().splitlines() or [f"exit {probe.returncode}"])[-1]
    return (), f"cannot run Python as user {NOBODY} with setpriv: {failure}"


def _nobody_environment(home: Path) -> dict[str, str]:
    return {**os.environ, "HOME": str(home), "MPLCONFIGDIR": str(home / "matplotlib"),
            "PYTHONDONTWRITEBYTECODE": "1"}


def _folder_of_nobody() -> Path:
    """A new folder under /tmp owned by nobody: pytest's own folders are for root alone, and click
    checks that nobody may reach an output folder without the help of CAP_DAC_READ_SEARCH."""
    folder = Path(tempfile.mkdtemp(prefix="partnermap-nobody-"))
    os.chown(folder, NOBODY, NOBODY)
    return folder


@pytest.fixture(scope="module")
def nobody_home() -> Iterator[Path]:
    """A home folder user nobody may write to (matplotlib keeps its font cache there)."""
    home = _folder_of_nobody()
    yield home
    shutil.rmtree(home)


@pytest.fixture
def work_folder(tmp_path: Path) -> Iterator[Path]:
    """Where a writer writes: tmp_path, or for root a folder that user nobody can reach."""
    if os.geteuid() != 0:
        yield tmp_path
        return
    folder = _folder_of_nobody()
    yield folder
    shutil.rmtree(folder)


def run_as_nobody(writer: Writer, folder: Path, home: Path) -> tuple[int, str]:
    """`partnermap` run by user nobody, who owns the folders it writes to but has made them read-only."""
    command, missing = _as_nobody()
    if missing:
        tool_missing(missing)
    arguments = writer.arguments(folder / writer.output)
    completed = subprocess.run([*command, sys.executable, "-m", "partnermap", *arguments], cwd=home,
                               env=_nobody_environment(home), capture_output=True, text=True, check=False,
                               timeout=300)
    return completed.returncode, completed.stdout + completed.stderr


@pytest.mark.parametrize("writer", WRITERS, ids=[w.name for w in WRITERS])
def test_a_read_only_folder_keeps_the_previous_files(writer: Writer, work_folder: Path,
                                                     request: pytest.FixtureRequest) -> None:
    previous = writer.previous(work_folder)
    folders = {path.parent for path in previous}
    as_root = os.geteuid() == 0  # root writes into any folder: the command then runs as nobody
    for folder in folders:
        if as_root:
            os.chown(folder, NOBODY, NOBODY)  # read-only by its owner's choice, not merely someone else's
        folder.chmod(0o555)
    try:
        if as_root:
            code, output = run_as_nobody(writer, work_folder, request.getfixturevalue("nobody_home"))
        else:
            code, output = run(writer, work_folder)
    finally:
        for folder in folders:
            folder.chmod(0o755)
    assert code == 1, output
    assert TRACEBACK not in output and "Permission denied" in output
    assert_unchanged(previous)
    assert leftovers(work_folder) == []


@pytest.mark.parametrize("writer", FILE_WRITERS, ids=[w.name for w in FILE_WRITERS])
def test_a_missing_folder_is_a_clear_error(writer: Writer, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / writer.output
    result = CliRunner().invoke(cli, writer.arguments(target))

    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        f"Error: cannot write {target}: folder '{tmp_path / 'nowhere'}' does not exist")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("writer", FILE_WRITERS, ids=[w.name for w in FILE_WRITERS])
def test_an_output_that_is_a_folder_is_a_clear_error(writer: Writer, tmp_path: Path) -> None:
    target = tmp_path / writer.output
    target.mkdir()
    (target / "keep.txt").write_text("kept")
    arguments = writer.arguments(target)
    if writer.name.startswith("export"):  # an existing folder would otherwise mean "CSV files in it"
        arguments[-2:-2] = ["--format", Path(writer.output).suffix.lstrip(".").replace("zip", "csv")]

    result = CliRunner().invoke(cli, arguments)

    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[-1] == f"Error: cannot write {target}: it is a folder"
    assert (target / "keep.txt").read_text() == "kept"


def test_extract_into_a_file_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "draft"
    target.write_text("not a folder")

    result = CliRunner().invoke(cli, ["extract", str(DOCUMENT), "-o", str(target)])

    assert result.exit_code == 2  # a usage error, caught by click before anything runs
    assert TRACEBACK not in result.output
    assert result.output.strip().splitlines()[-1] == (
        f"Error: Invalid value for '-o' / '--output': Directory '{target}' is a file.")
    assert target.read_text() == "not a folder"
