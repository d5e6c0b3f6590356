"""Writing output files so that a failure never leaves a half-written file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .errors import OutputError


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename it.

    On any failure the previous file at `path`, if any, is left as it was, no temporary file
    is left behind, and the OutputError says what happened to the previous file.
    """
    path = Path(path)
    temporary = _write_temporary(path, data)
    try:
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {error.strerror}{_previous(path)}") from None
    except BaseException:  # interrupted (Ctrl-C) or a bug: still leave no temporary file behind
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic_files(files: Mapping[str | Path, bytes | str]) -> None:
    """Write files that belong together (a draft map; nodes.csv and edges.csv) all, or none of them.

    Each file is first written whole to a temporary file beside it; only when every one is written
    are they renamed into place, so a failure while writing leaves every previous file as it was.
    """
    staged: list[tuple[Path, str]] = []
    replaced = 0
    try:
        for path, data in files.items():
            staged.append((Path(path), _write_temporary(Path(path), data)))
        for path, temporary in staged:
            os.replace(temporary, path)
            replaced += 1
    except OSError as error:
        _remove([temporary for _, temporary in staged[replaced:]])
        done = ", ".join(str(path) for path, _ in staged[:replaced])
        outcome = f"only {done} replaced" if done else "the previous files are unchanged"
        raise OutputError(f"cannot write {staged[replaced][0]}: {error.strerror}; {outcome}") from None
    except BaseException:  # OutputError from _write_temporary, Ctrl-C, a bug: no temporary file stays
        _remove([temporary for _, temporary in staged[replaced:]])
        raise


def check_target(path: str | Path) -> None:
    """Raise the OutputError writing to `path` would meet at once: no such folder, or `path` is a folder.

    For a command with slow work to do before it writes (a screenshot), so that it fails first.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "does not exist"
        raise OutputError(f"cannot write {path}: folder '{folder}' {what}")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")


def _write_temporary(path: Path, data: bytes | str) -> str:
    """Write `data` whole to a new temporary file beside `path`; return its name."""
    check_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        payload = data.encode("utf-8") if isinstance(data, str) else data
    except UnicodeEncodeError as error:  # a lone surrogate: a bug upstream, reported rather than half-written
        raise OutputError(f"cannot write {path}: the output holds a character that is not valid Unicode "
                          f"(U+{ord(error.object[error.start]):04X}){_previous(path)}") from None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}{_previous(path)}") from None
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())  # the rename must never publish a file whose bytes are not on disk
        os.chmod(temporary, 0o644)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {error.strerror}{_previous(path)}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _remove(temporaries: list[str]) -> None:
    for temporary in temporaries:
        Path(temporary).unlink(missing_ok=True)


def _previous(path: Path) -> str:
    """The end of a failure message: what became of the file that was there before."""
    return "; the previous file is unchanged" if path.exists() else "; nothing was written"
