"""A map built from hostile texts, opened in Chromium: no script of the data runs and nothing leaves.

Every text of the map is a payload that would set window.__pwned, call alert() or fetch a URL if the
page ever read it as HTML. The test uses the page as a reader would (search, select the actor and its
link, hover, switch language, workshop tour, about panel) and then asserts: no dialog opened, no
payload ran, no request went anywhere but file:, data: or blob:, no CSP violation was reported, and no
element of a payload exists in the DOM while its text is shown as text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser_wait import wait_until
from tests.hardening.support import read_html, run_cli, write_map
from tests.missing_tools import needs_tool

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
pytestmark = needs_tool(None if CHROMIUM.exists() else "Chromium is not installed at /usr/bin/chromium")

PAYLOADS = [
    "<img src=x onerror=\"window.__pwned='img';alert(1)\">",
    "<script>window.__pwned='script';alert(2)</script>",
    "</script><script>window.__pwned='close';alert(3)</script>",
    "<svg onload=\"window.__pwned='svg';alert(4)\"></svg>",
    "<iframe src=\"javascript:window.top.__pwned='iframe'\"></iframe>",
    "<a href=\"javascript:alert(5)\" id=pwned-link>x</a>",
    "<link rel=stylesheet href=\"http://127.0.0.1:9/pwned.css\">",
    "<img src=\"http://127.0.0.1:9/pwned.png\">",
    "<style>@import 'http://127.0.0.1:9/x.css';</style>",
    "\"><b class=pwned-bold>bold</b><!--",
    "' onmouseover='window.__pwned=1' x='",
    "{{constructor.constructor('window.__pwned=1')()}}",
    "${window.__pwned=1}",
    "&lt;img src=x onerror=alert(6)&gt;",
]
NAME = "Pwned " + PAYLOADS[0]
# Any element a payload would create if it were parsed as HTML.
INJECTED = ("img[src='x'], img[src^='http'], iframe, svg[onload], a#pwned-link, link[href^='http'], "
            "b.pwned-bold, [onerror], [onload], [onmouseover]")


def hostile_map(folder: Path) -> Path:
    quote = "Les acteurs " + PAYLOADS[1] + " coopèrent."
    other_quote = "Governments " + PAYLOADS[10] + " must act."
    return write_map(
        folder,
        header={
            "title": {"fr": PAYLOADS[2], "en": PAYLOADS[3]},
            "description": PAYLOADS[9],
            "languages": ["fr", "en"],
            "sources": [{"id": "doc", "path": "sources/doc.txt", "title": PAYLOADS[4], "date": "2026-01-15",
                         "language": "fr", "url": "https://example.org/\"><script>alert(7)</script>"}],
            "kinds": [{"id": "hostile_kind", "label": PAYLOADS[5], "color": "#123456", "shape": "dot"}],
            "link_types": [{"id": "hostile_type", "label": PAYLOADS[6], "color": "#654321", "dash": [4, 4]}],
            "tour": [{"title": PAYLOADS[7], "links": ["pwned-link"]}],
        },
        actors=[
            {"id": "pwned", "name": {"fr": NAME, "en": PAYLOADS[8]}, "kind": "hostile_kind",
             "aliases": [PAYLOADS[11], PAYLOADS[12]], "description": PAYLOADS[13],
             "evidence": [{"source": "doc", "para": 1, "quote": quote}]},
            {"id": "governments", "name": PAYLOADS[9], "kind": "government",
             "evidence": [{"source": "doc", "para": 2, "quote": other_quote}]},
        ],
        links=[{"id": "pwned-link", "from": "pwned", "to": "governments", "type": "hostile_type",
                "strength": "possible", "summary": PAYLOADS[10], "description": PAYLOADS[0],
                "evidence": [{"source": "doc", "para": 1, "quote": quote}]}],
        sources={"doc.txt": f"{quote}\n\n{other_quote}\n"},
    )


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = hostile_map(tmp_path_factory.mktemp("hostile"))
    output = folder.parent / "hostile.html"
    result = run_cli("render", str(folder), "-o", str(output))
    assert result.returncode == 0, result.stderr
    return output


def test_the_page_forbids_every_network_access_in_its_csp(hostile_page: Path) -> None:
    parsed = read_html(hostile_page.read_text(encoding="utf-8"))
    assert len(parsed.csp) == 1, "one Content-Security-Policy <meta>"
    directives = {d.split()[0]: d.split()[1:] for d in parsed.csp[0].split(";") if d.strip()}
    assert directives["default-src"] == ["'none'"]
    assert directives["connect-src"] == ["'none'"]
    assert all(not s.startswith(("'unsafe", "http", "*")) for s in directives["script-src"])
    for directive in ("img-src", "style-src", "font-src", "media-src", "object-src", "frame-src"):
        assert not any(s.startswith(("http", "*", "//")) for s in directives.get(directive, ["'none'"]))
    assert all(s.get("src") is None for s in parsed.scripts), "no script is loaded from anywhere"


def test_no_script_of_the_data_runs_and_no_request_leaves(hostile_page: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    dialogs: list[str] = []
    requests: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            page.add_init_script("""
                window.__violations = [];
                document.addEventListener('securitypolicyviolation',
                    (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
            """)
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.on("request", lambda request: requests.append(request.url))
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(hostile_page.as_uri())
            wait_until(page, "document.body.dataset.ready === 'true'", timeout_ms=30_000)

            # Read the map as a user would: search, open the actor, its link, hover, switch, tour.
            page.fill("#search-box", "pwned")
            page.click("#search-results .result-button")
            panel_with_actor = page.inner_text("#panel")
            page.evaluate("window.partnermap.select({type: 'link', id: 'pwned-link'})")
            panel_with_link = page.inner_text("#panel")
            position = page.evaluate("""() => {
                const network = window.partnermap.network;
                return network.canvasToDOM(network.getPositions(['pwned']).pwned);
            }""")
            box = page.locator("#network").bounding_box()
            page.mouse.move(box["x"] + position["x"], box["y"] + position["y"])
            page.wait_for_timeout(800)  # vis-network shows the tooltip after a short delay
            page.select_option("#language-switch", "en")
            page.keyboard.press("Escape")
            page.locator("body").click(position={"x": 5, "y": 5})
            page.keyboard.press("w")
            page.keyboard.press("ArrowRight")
            page.keyboard.press("ArrowDown")
            caption = page.inner_text("#caption")
            page.keyboard.press("Escape")
            page.keyboard.press("Escape")
            page.click("#panel .about-tab")  # with nothing selected, "about this map" is a folded tab
            about_panel = page.inner_text("#panel")

            pwned = page.evaluate("window.__pwned")
            violations = page.evaluate("window.__violations")
            injected = page.evaluate(f"document.querySelectorAll({INJECTED!r}).length")
            whole_text = page.evaluate("document.documentElement.innerText")
            document_title = page.title()
        finally:
            browser.close()

    assert dialogs == []
    assert pwned is None
    assert violations == []
    assert errors == []
    assert [url for url in requests if not url.startswith(("file:", "data:", "blob:"))] == []
    assert injected == 0
    # The payloads are on the page, as text.
    assert NAME in panel_with_actor and PAYLOADS[13] in panel_with_actor
    assert PAYLOADS[10] in panel_with_link and PAYLOADS[1] in panel_with_link
    assert PAYLOADS[7] in caption
    assert PAYLOADS[4] in about_panel and PAYLOADS[9] in about_panel
    assert PAYLOADS[3] in whole_text and document_title == PAYLOADS[3]
