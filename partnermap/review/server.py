"""The review server: the page and its JSON API on 127.0.0.1, for one curator.

The standard library's ThreadingHTTPServer is enough for one local user and adds no dependency.
Every request must name the server itself in its Host header (a page of another site that
rebinds its DNS name to 127.0.0.1 sends its own name), and every API call must carry the token
printed at start-up, which other pages of the same browser cannot know.
"""

from __future__ import annotations

import hmac
import json
import secrets
import signal
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import unquote, urlsplit

from ..errors import InvalidMapError, PartnermapError
from .decisions import DecisionError
from .store import ReviewStore

TOKEN_HEADER = "X-Partnermap-Token"
MAX_BODY_BYTES = 1024 * 1024
_ASSETS = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/review.css": ("review.css", "text/css; charset=utf-8"),
    **{f"/{name}": (name, "text/javascript; charset=utf-8")
       for name in ("i18n.js", "text.js", "neighbourhood.js", "api.js", "review.js")},
}
# The page runs its own files only, talks only to this server, and cannot be framed by another site.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                           "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
_SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the page's address holds the token
    "Cache-Control": "no-store",
}


class ReviewServer(ThreadingHTTPServer):
    """Serves one map folder's review page on 127.0.0.1:`port` (0: a free port chosen by the system)."""

    daemon_threads = True

    def __init__(self, store: ReviewStore, port: int = 0, token: str | None = None):
        super().__init__(("127.0.0.1", port), ReviewHandler)
        self.store = store
        self.token = token or secrets.token_urlsafe(32)
        self.hosts = {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?token={self.token}"


def serve(store: ReviewStore, *, port: int, on_ready: Callable[[ReviewServer], None]) -> None:
    """Serve until SIGTERM or Ctrl-C, then stop once the decision being written, if any, is written."""
    server = ReviewServer(store, port)
    stop = threading.Event()
    previous = {number: signal.signal(number, lambda *_: stop.set()) for number in (signal.SIGTERM, signal.SIGINT)}
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    try:
        on_ready(server)
        while not stop.wait(0.5):
            pass
    finally:
        server.shutdown()
        store.close()  # a decision being written finishes; none starts after it
        server.server_close()
        for number, handler in previous.items():
            signal.signal(number, handler)


class ReviewHandler(BaseHTTPRequestHandler):
    """One request: the Host and token checks, then the page's files or the API."""

    server: ReviewServer
    protocol_version = "HTTP/1.1"
    server_version = "partnermap-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Quiet: the command prints its address once, not one line per request."""

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def _handle(self, method: str) -> None:
        if self.headers.get("Host", "") not in self.server.hosts:
            self._json(HTTPStatus.FORBIDDEN, {"error": "this server answers only requests addressed to "
                                                       f"{sorted(self.server.hosts)[0]}"})
            return
        path = urlsplit(self.path).path
        try:
            self._serve(method, path)
        except Exception:  # a bug: the curator gets an answer, the files stay as the last decision left them
            self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal error; the files are unchanged by "
                                                                   "this request"})

    def _serve(self, method: str, path: str) -> None:
        if path.startswith("/api/"):
            self._api(method, path)
        elif method == "GET" and path in _ASSETS:
            self._asset(*_ASSETS[path])
        elif method == "GET" and path == "/favicon.ico":  # browsers ask for it; the page has none
            self._send(HTTPStatus.NO_CONTENT, b"", "text/plain")
        else:
            self._json(HTTPStatus.NOT_FOUND, {"error": f"nothing at {path}"})

    def _api(self, method: str, path: str) -> None:
        if not hmac.compare_digest(self.headers.get(TOKEN_HEADER, "").encode(), self.server.token.encode()):
            self._json(HTTPStatus.FORBIDDEN, {"error": f"missing or wrong {TOKEN_HEADER} header; open the address "
                                                       "partnermap review printed"})
            return
        try:
            status, answer = self._route(method, path.removeprefix("/api/").split("/"))
        except DecisionError as error:
            status, answer = error.status, {"error": str(error), "problems": list(error.problems)}
        except InvalidMapError as error:
            status, answer = HTTPStatus.CONFLICT, {"error": "the map on disk is no longer valid; fix it, then reload",
                                                   "problems": [p.format() for p in error.problems]}
        except PartnermapError as error:  # a file that cannot be read or written
            status, answer = HTTPStatus.INTERNAL_SERVER_ERROR, {"error": str(error)}
        self._json(status, answer)

    def _route(self, method: str, parts: list[str]) -> tuple[int, Any]:
        store = self.server.store
        if parts == ["items"] and method == "GET":
            return HTTPStatus.OK, {"items": store.items()}
        if parts == ["map"] and method == "GET":
            return HTTPStatus.OK, store.map_info()
        if parts == ["undo"] and method == "POST":
            self._body()
            return HTTPStatus.OK, store.undo()
        if len(parts) == 3 and parts[0] == "items" and method == "POST":
            return HTTPStatus.OK, store.decide(parts[1], unquote(parts[2]), self._body())
        if parts in (["items"], ["map"], ["undo"]) or (len(parts) == 3 and parts[0] == "items"):
            raise DecisionError(f"{method} is not allowed here", HTTPStatus.METHOD_NOT_ALLOWED)
        raise DecisionError(f"no API at /api/{'/'.join(parts)}", HTTPStatus.NOT_FOUND)

    def _body(self) -> Any:
        """The request's JSON body (empty: None)."""
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY_BYTES:
            self.close_connection = True
            raise DecisionError(f"a request body is JSON of at most {MAX_BODY_BYTES} bytes, with its Content-Length")
        data = self.rfile.read(length)
        if not data:
            return None
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise DecisionError(f"the request body is not JSON: {error}") from None

    def _asset(self, name: str, content_type: str) -> None:
        data = (resources.files("partnermap.review") / "assets" / name).read_bytes()
        self._send(HTTPStatus.OK, data, content_type)

    def _json(self, status: int, answer: Any) -> None:
        data = json.dumps(answer, ensure_ascii=False).encode("utf-8")
        self._send(status, data, "application/json; charset=utf-8")

    def _send(self, status: int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        if status >= 400:  # a refused request's body may be unread: never read it as the next request
            self.send_header("Connection", "close")
            self.close_connection = True
        for header, value in _SECURITY_HEADERS.items():
            self.send_header(header, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
