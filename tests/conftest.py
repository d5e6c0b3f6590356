"""Fixtures shared by every test: the small valid map and a copy of it to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
MINIMAL_MAP = TESTS / "data" / "minimal"
INVALID_CASES = TESTS / "data" / "invalid"
REPOSITORY = TESTS.parent
SEED_MAP = REPOSITORY / "data"


@pytest.fixture
def map_copy(tmp_path: Path) -> Path:
    """A writable copy of the minimal valid map."""
    target = tmp_path / "map"
    shutil.copytree(MINIMAL_MAP, target)
    return target
