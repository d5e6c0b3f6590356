"""An installed partnermap (not a source checkout) carries the bundled map and works from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPOSITORY


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """partnermap built as a wheel and installed into a folder of its own (dependencies from this env)."""
    work = tmp_path_factory.mktemp("packaging")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "wheel"), str(REPOSITORY)],
        capture_output=True, text=True, check=False)
    # A wheel that does not build is a packaging bug (or a missing build backend) a user would meet too.
    if build.returncode != 0:
        pytest.fail(f"pip wheel failed (exit {build.returncode}); pip needs hatchling, from PyPI or "
                    f"installed:\n{build.stderr[-1500:]}", pytrace=False)
    wheel = next((work / "wheel").glob("partnermap-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(work / "site"),
                    str(wheel)], check=True, capture_output=True)
    return work / "site"


def test_installed_package_validates_the_bundled_map_from_an_unrelated_folder(
        installed: Path, tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(installed)}
    completed = subprocess.run([sys.executable, "-m", "partnermap", "validate"], cwd=tmp_path,
                               env=environment, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    assert f"{installed}/partnermap/bundled_map: valid (" in completed.stderr
    assert (installed / "partnermap" / "bundled_map" / "sources").is_dir()
    assert (installed / "partnermap" / "vocab" / "kinds.yaml").is_file()
    assert (installed / "partnermap" / "extract" / "pair_model.json").is_file()  # read by extract --cooccurrence
