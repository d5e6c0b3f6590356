"""Fixtures for the HTML map's tests: Chromium through Playwright, one browser per test module."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from partnermap.render.browser import LAUNCH_ARGS, chromium_path
from tests.browser_wait import wait_until
from tests.missing_tools import needs_tool, tool_missing


def _browser_missing() -> str | None:
    if not chromium_path().is_file():
        return f"Chromium not found at {chromium_path()}: browser tests need Debian's chromium package"
    if importlib.util.find_spec("playwright") is None:
        return "Playwright is not installed: pip install -e '.[test]'"
    return None


BROWSER_MISSING = _browser_missing()
needs_chromium = needs_tool(BROWSER_MISSING)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for a whole test module."""
    if BROWSER_MISSING:
        tool_missing(BROWSER_MISSING)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(chromium_path()), args=list(LAUNCH_ARGS))
        yield chromium
        chromium.close()


class OpenedPage:
    """A page opened from a file, with everything it logged and every request it made."""

    def __init__(self, browser: Any, path: Path, *, viewport: dict[str, int] | None = None) -> None:
        self.context = browser.new_context(viewport=viewport or {"width": 1400, "height": 850},
                                           accept_downloads=True)
        self.page = self.context.new_page()
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.failures: dict[str, str] = {}
        self.routed: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        # Every request but the page itself is recorded and refused.
        self.context.route("**/*", self._route)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("requestfailed", lambda request: self.failures.update({request.url: request.failure}))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        wait_until(self.page, "window.partnermap !== undefined && window.partnermap.ready === true")

    def _route(self, route: Any) -> None:
        if route.request.url == self.url:
            route.continue_()
            return
        self.routed.append(route.request.url)
        route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def view(self) -> dict[str, Any]:
        return self.page.evaluate("window.partnermap.view()")

    def close(self) -> None:
        self.context.close()


def write_pages(folder: Path, pages: dict[str, str]) -> dict[str, Path]:
    """Each rendered page written to `folder`/NAME.html; the paths by name."""
    paths = {}
    for name, page in pages.items():
        paths[name] = folder / f"{name}.html"
        paths[name].write_text(page, encoding="utf-8")
    return paths


@pytest.fixture
def open_page(browser: Any, pages: dict[str, Path]) -> Iterator[Any]:
    """Opens one of the module's `pages` by name; every page opened must log no error, unless the
    test says it expects some (`expect_errors=True`), and is closed after the test."""
    opened: list[tuple[OpenedPage, bool]] = []

    def opener(name: str, *, expect_errors: bool = False) -> OpenedPage:
        opened.append((OpenedPage(browser, pages[name]), expect_errors))
        return opened[-1][0]

    yield opener
    for page, expect_errors in opened:
        errors = page.errors
        page.close()
        assert expect_errors or errors == [], errors
