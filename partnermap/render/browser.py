"""Driving Debian's Chromium through Playwright: the `--screenshot` option and the browser tests.

Playwright's own browser downloads are never used: partnermap talks to the system Chromium.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PartnermapError

if TYPE_CHECKING:  # Playwright is imported only when a screenshot is taken
    from playwright.sync_api import ViewportSize

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_VARIABLE = "PARTNERMAP_CHROMIUM"
# Headless, and nothing that would make Chromium itself reach the network.
LAUNCH_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
)
VIEWPORT: ViewportSize = {"width": 1400, "height": 850}
READY = "window.partnermap !== undefined && window.partnermap.ready === true"


class BrowserError(PartnermapError):
    """Chromium or Playwright is missing, or the page could not be drawn."""


def chromium_path() -> Path:
    """Chromium's executable: $PARTNERMAP_CHROMIUM, else Debian's /usr/bin/chromium."""
    return Path(os.environ.get(CHROMIUM_VARIABLE) or DEFAULT_CHROMIUM)


def check_browser() -> Path:
    """Chromium's path, after checking that it and Playwright are installed."""
    path = chromium_path()
    if not path.is_file():
        raise BrowserError(f"cannot take a screenshot: Chromium not found at {path}; install it "
                           f"(Debian: apt-get install chromium) or set {CHROMIUM_VARIABLE} to its path")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        raise BrowserError("cannot take a screenshot: Playwright is not installed; "
                           "pip install playwright (partnermap uses the system Chromium, "
                           "no 'playwright install' needed)") from None
    return path


def screenshot(page: str, *, viewport: ViewportSize | None = None, timeout_ms: int = 30_000) -> bytes:
    """A PNG picture of the HTML `page` once the map is drawn.

    The page is opened from a temporary file, so the caller can write the page and the picture
    together (both or neither) once the picture exists.
    """
    from playwright.sync_api import Error, sync_playwright

    executable = check_browser()
    with tempfile.TemporaryDirectory(prefix="partnermap-screenshot-") as folder:
        page_path = Path(folder) / "map.html"
        page_path.write_text(page, encoding="utf-8")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(executable), args=list(LAUNCH_ARGS))
                try:
                    tab = browser.new_page(viewport=viewport or VIEWPORT)
                    tab.goto(page_path.as_uri())
                    tab.wait_for_function(READY, timeout=timeout_ms)
                    return tab.screenshot(type="png")
                finally:
                    browser.close()
        except Error as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise BrowserError(f"cannot take a screenshot with Chromium at {executable}: {first_line}") from None
