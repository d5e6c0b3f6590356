"""Waiting for a condition in a page that forbids eval.

Playwright's wait_for_function polls by evaluating its string inside the page, which the map's
Content-Security-Policy (no 'unsafe-eval') refuses; page.evaluate goes through the DevTools
protocol instead and is allowed, so the polling is done from Python.
"""

from __future__ import annotations

import time
from typing import Any


def wait_until(page: Any, expression: str, *, timeout_ms: int = 20_000, interval_s: float = 0.05) -> Any:
    """Evaluate `expression` in `page` until it is truthy; return its value, or raise TimeoutError."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        value = page.evaluate(expression)
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"still false after {timeout_ms} ms: {expression}")
        time.sleep(interval_s)
