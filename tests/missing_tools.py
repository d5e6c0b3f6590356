"""Tests that need a tool from outside Python (jing, Chromium, Node, setpriv, the GEXF schemas).

On a developer's machine without the tool they are skipped, with the reason shown by `pytest -ra`.
Under CI=true they fail instead: there a skip would hide that a check never ran.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


def tool_missing(reason: str) -> NoReturn:
    """Skip the running test because `reason`, or fail it under CI=true."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: a missing tool fails the test instead of skipping it)", pytrace=False)
    pytest.skip(reason)


def needs_tool(missing: str | None) -> pytest.MarkDecorator:
    """A mark that skips a test when `missing` (why the tool is absent) is set; under CI=true the test
    runs anyway, and fails where it reaches for the tool."""
    return pytest.mark.skipif(missing is not None and not IN_CI, reason=missing or "")
