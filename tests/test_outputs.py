"""Outputs are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnermap.errors import OutputError
from partnermap.outputs import write_atomic


def test_writes_and_replaces_leaving_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "map.html"
    write_atomic(target, "first")
    write_atomic(target, b"second")
    assert target.read_text() == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="folder '.*nowhere' does not exist"):
        write_atomic(tmp_path / "nowhere" / "map.html", "x")


def test_failed_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.html"
    target.write_text("previous")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("partnermap.outputs.os.replace", fail)
    with pytest.raises(OutputError, match="No space left on device; the previous file is unchanged"):
        write_atomic(target, "new")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]
