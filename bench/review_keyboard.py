"""Seconds per decision in `partnermap review`: a scripted curator goes through a draft with the keyboard.

The draft is extracted from a test document (the French diaspora declaration: about 30 items).
The run presses the keys a curator would: accept most items, change the type of every third link
before accepting it, reject every fifth actor (confirming with a second x), and undo once. For each
decision it records the time from the key press to the page showing the server's answer, and the
time the same decision takes through the API alone; their ratio is the page's share.

    python -m bench.review_keyboard [--document PATH]
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from partnermap.extract import extract_to_folder
from partnermap.render.browser import LAUNCH_ARGS, chromium_path
from partnermap.review.server import TOKEN_HEADER, ReviewServer
from partnermap.review.store import ReviewStore

REPOSITORY = Path(__file__).resolve().parent.parent
DOCUMENT = (REPOSITORY / "tests" / "data" / "extract" / "fr-declaration-diaspora" / "sources"
            / "declaration-diaspora-2021.fr.txt")
DONE = "window.partnermapReview.view().decisions > {n} && !window.partnermapReview.view().busy"


def keyboard_run(draft: Path) -> tuple[list[float], list[tuple[str, str, dict[str, Any]]], int]:
    """Seconds per decision through the page, the decisions made (for the API run), and the item count."""
    from playwright.sync_api import sync_playwright

    server = ReviewServer(ReviewStore(draft), 0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    times: list[float] = []
    made: list[tuple[str, str, dict[str, Any]]] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium_path()), args=list(LAUNCH_ARGS))
            page = browser.new_page(viewport={"width": 1400, "height": 850})
            page.goto(server.url)
            _wait(page, "window.partnermapReview && window.partnermapReview.ready")
            items = {f"{i['type']}:{i['id']}": i for i in json.loads(_get(server, "/api/items"))["items"]}
            total = len(items)
            seen_links = seen_actors = 0
            while True:
                state = page.evaluate("window.partnermapReview.view()")
                item = items.get(state["current"])
                if item is None or not item["needs_review"]:
                    break
                if item["type"] == "link":
                    seen_links += 1
                    if seen_links % 3 == 0:
                        times.append(_decide(page, ["t", "9"]))
                        made.append(("link", item["id"], {"set": {"type": "capacity_building"}}))
                    keys, body = ["a"], {"decision": "accept"}
                else:
                    seen_actors += 1
                    if seen_actors % 5 == 0:
                        keys = ["x", "x"] if item["links"] else ["x"]
                        body = {"decision": "reject"}
                    else:
                        keys, body = ["a"], {"decision": "accept"}
                times.append(_decide(page, keys))
                made.append((item["type"], item["id"], body))
                if len(made) == 6:
                    times.append(_decide(page, ["u"]))
                    made.append(("undo", "", {}))
                    times.append(_decide(page, keys))
                    made.append((item["type"], item["id"], body))
                items = {f"{i['type']}:{i['id']}": i for i in json.loads(_get(server, "/api/items"))["items"]}
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return times, made, total


def api_run(draft: Path, made: list[tuple[str, str, dict[str, Any]]]) -> list[float]:
    """The same decisions through the API alone (what the server itself takes)."""
    server = ReviewServer(ReviewStore(draft), 0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    times = []
    try:
        for item_type, item_id, body in made:
            started = time.perf_counter()
            path = "/api/undo" if item_type == "undo" else f"/api/items/{item_type}/{item_id}"
            _post(server, path, body)
            _get(server, "/api/items")  # the page reads the items again after each decision
            times.append(time.perf_counter() - started)
    finally:
        server.shutdown()
        server.server_close()
    return times


def _decide(page: Any, keys: list[str]) -> float:
    before = page.evaluate("window.partnermapReview.view().decisions")
    started = time.perf_counter()
    for key in keys:
        page.keyboard.press(key)
    _wait(page, DONE.format(n=before))
    return time.perf_counter() - started


def _wait(page: Any, expression: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(expression)
        time.sleep(0.005)


def _request(server: ReviewServer, method: str, path: str, body: Any = None) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    data = json.dumps(body).encode() if body is not None else None
    connection.request(method, path, body=data, headers={"Host": f"127.0.0.1:{server.port}",
                                                         TOKEN_HEADER: server.token})
    answer = connection.getresponse().read()
    connection.close()
    return answer


def _get(server: ReviewServer, path: str) -> bytes:
    return _request(server, "GET", path)


def _post(server: ReviewServer, path: str, body: Any) -> bytes:
    return _request(server, "POST", path, body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--document", type=Path, default=DOCUMENT)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "draft"
        extract_to_folder(options.document, draft)
        copy = Path(shutil.copytree(draft, Path(folder) / "copy"))
        page_times, made, total = keyboard_run(draft)
        server_times = api_run(copy, made)
    page_mean, server_mean = statistics.mean(page_times), statistics.mean(server_times)
    print(f"draft of {options.document.name}: {total} items; {len(made)} decisions "
          f"({sum(1 for m in made if m[2].get('decision') == 'reject')} rejects, "
          f"{sum(1 for m in made if 'set' in m[2])} type changes, 1 undo)")
    print(f"keyboard through the page: {page_mean:.3f} s per decision (median {statistics.median(page_times):.3f}, "
          f"max {max(page_times):.3f}); whole run {sum(page_times):.1f} s")
    print(f"same decisions through the API: {server_mean:.3f} s per decision; "
          f"page / API = {page_mean / server_mean:.2f}")


if __name__ == "__main__":
    main()
