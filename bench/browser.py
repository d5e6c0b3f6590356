"""Timing a map page in headless Chromium: first draw, and how fast a pan or zoom is answered.

vis-network emits `afterDrawing` after each frame it paints. A script injected before the page's
own records the time of every frame (and how long each took to paint, from `beforeDrawing`),
for any page that loads vis-network: partnermap's and plain pyvis's alike. Times are in ms
from the start of navigation.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("PARTNERMAP_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 800}

# vis-network's bundle does `vis = globalThis.vis || {}` then `vis.Network = ...`: catching that
# assignment lets us wrap Network.prototype.emit before the first network exists.
_HOOK = """
(() => {
  const frames = [];
  let started = null;
  window.__bench = {frames, network: null};
  const vis = {};
  let Network;
  Object.defineProperty(vis, "Network", {
    configurable: true, enumerable: true,
    get() { return Network; },
    set(value) {
      Network = value;
      const emit = value.prototype.emit;
      value.prototype.emit = function (name, ...rest) {
        if (name === "beforeDrawing") started = performance.now();
        if (name === "afterDrawing") {
          const now = performance.now();
          frames.push({at: now, took: started === null ? null : now - started});
          window.__bench.network = this;
        }
        return emit.call(this, name, ...rest);
      };
    },
  });
  window.vis = vis;
})();
"""


def open_browser() -> Any:
    """(playwright, browser) for the benchmark; close both with close_browser."""
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
    return playwright, browser


def close_browser(handles: Any) -> None:
    playwright, browser = handles
    browser.close()
    playwright.stop()


def measure_page(handles: Any, page_path: Path, *, timeout: float) -> dict[str, Any]:
    """Open `page_path` and time it.

    Returns first_draw_ms (None when nothing was drawn within `timeout` seconds), pan_ms (a
    programmatic moveTo until the next frame), drag_ms (a mouse drag until its last frame),
    drag_frame_ms (median paint time of the frames during the drag) and zoom_ms (a wheel turn
    until the next frame).
    """
    _, browser = handles
    context = browser.new_context(viewport=VIEWPORT)
    # Pages must work offline: requests to the network (pyvis's CDN links) are refused at once.
    context.route(re.compile(r"^(https?|wss?)://"), lambda route: route.abort())
    page = context.new_page()
    page.add_init_script(_HOOK)
    result: dict[str, Any] = {"first_draw_ms": None, "pan_ms": None, "drag_ms": None,
                              "drag_frame_ms": None, "zoom_ms": None}
    try:
        # Frames are timed inside the page, from the start of navigation; waiting for the DOM first
        # only keeps the polling below out of the blank page that navigation replaces.
        page.goto(page_path.resolve().as_uri(), wait_until="domcontentloaded", timeout=timeout * 1000)
        try:
            page.wait_for_function("window.__bench && window.__bench.frames.length > 0",
                                   timeout=timeout * 1000, polling=50)
        except Exception:  # noqa: BLE001 - playwright's TimeoutError: nothing drawn in time
            return result
        result["first_draw_ms"] = page.evaluate("window.__bench.frames[0].at")
        result["pan_ms"] = _after_next_frame(page, """
            const net = window.__bench.network; const at = net.getViewPosition();
            net.moveTo({position: {x: at.x + 200, y: at.y + 120}, animation: false});""", timeout)
        result.update(_drag(page, timeout))
        result["zoom_ms"] = _after_next_frame(page, None, timeout, wheel=True)
    finally:
        context.close()
    return result


def _after_next_frame(page: Any, script: str | None, timeout: float, *, wheel: bool = False) -> float | None:
    """ms from running `script` (or turning the mouse wheel) to the next frame painted."""
    page.wait_for_timeout(300)  # let frames of the previous step finish
    count, start = page.evaluate("[window.__bench.frames.length, performance.now()]")
    if wheel:
        page.mouse.move(VIEWPORT["width"] / 2, VIEWPORT["height"] / 2)
        page.mouse.wheel(0, -240)
    else:
        page.evaluate(f"() => {{ {script} }}")
    try:
        page.wait_for_function(f"window.__bench.frames.length > {count}", timeout=timeout * 1000, polling=10)
    except Exception:  # noqa: BLE001 - playwright's TimeoutError
        return None
    return page.evaluate(f"window.__bench.frames[{count}].at") - start


def _drag(page: Any, timeout: float) -> dict[str, Any]:
    """Drag the view with the mouse: ms from its last move to the next frame, and paint time per frame."""
    page.wait_for_timeout(300)
    count = page.evaluate("window.__bench.frames.length")
    x, y = VIEWPORT["width"] / 2, VIEWPORT["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, 5):
        page.mouse.move(x + 30 * step, y + 20 * step)
    released = page.evaluate("performance.now()")  # before the last move: is it answered, and how fast?
    page.mouse.move(x + 150, y + 100)
    page.mouse.up()
    try:
        page.wait_for_function(f"window.__bench.frames.length > {count} && "
                               f"window.__bench.frames[window.__bench.frames.length - 1].at > {released}",
                               timeout=timeout * 1000, polling=10)
    except Exception:  # noqa: BLE001
        return {"drag_ms": None, "drag_frame_ms": None}
    page.wait_for_timeout(200)
    frames = page.evaluate(f"window.__bench.frames.slice({count})")
    after = [f["at"] for f in frames if f["at"] > released]
    took = sorted(f["took"] for f in frames if f["took"] is not None)
    return {"drag_ms": after[0] - released, "drag_frame_ms": took[len(took) // 2] if took else None}
