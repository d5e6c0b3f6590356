"""Fixtures for partnermap review: a draft made by `partnermap extract`, and a review server on it."""

from __future__ import annotations

import http.client
import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from partnermap.cli import cli
from partnermap.review.server import TOKEN_HEADER, ReviewServer
from partnermap.review.store import ReviewStore
from tests.conftest import TESTS

DOCUMENT = TESTS / "data" / "extract" / "en-round-table-protection" / "sources" / "round-table-protection-2018.en.txt"


@pytest.fixture(scope="session")
def extracted_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A draft written by `partnermap extract` from one of the test documents (made once)."""
    folder = tmp_path_factory.mktemp("extracted") / "draft"
    result = CliRunner().invoke(cli, ["extract", str(DOCUMENT), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def draft(extracted_draft: Path, tmp_path: Path) -> Path:
    """A writable copy of the extracted draft."""
    return Path(shutil.copytree(extracted_draft, tmp_path / "draft"))


@dataclass
class Served:
    """A review server running in a thread of the test, and a way to call it as a script would."""

    server: ReviewServer
    data_dir: Path

    @property
    def port(self) -> int:
        return self.server.port

    def call(self, method: str, path: str, body: Any = None, *, token: str | None = "right",
             host: str | None = None, raw: bytes | None = None) -> tuple[int, Any]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": host or f"127.0.0.1:{self.port}"}
        if token is not None:
            headers[TOKEN_HEADER] = self.server.token if token == "right" else token
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        if data is not None:
            headers["Content-Type"] = "application/json"
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        payload = response.read()
        connection.close()
        is_json = response.getheader("Content-Type", "").startswith("application/json")
        return response.status, json.loads(payload) if is_json else payload

    def items(self) -> dict[str, dict[str, Any]]:
        status, answer = self.call("GET", "/api/items")
        assert status == 200, answer
        return {f"{item['type']}:{item['id']}": item for item in answer["items"]}


@pytest.fixture
def served(draft: Path) -> Iterator[Served]:
    server = ReviewServer(ReviewStore(draft), 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield Served(server, draft)
    server.shutdown()
    server.server_close()


def ids_of(items: dict[str, dict[str, Any]], item_type: str) -> list[str]:
    """The ids of one type of item, in file order (the draft's content depends on extract's lexicons)."""
    return [item["id"] for item in items.values() if item["type"] == item_type]


def most_linked_actor(items: dict[str, dict[str, Any]]) -> str:
    actors = [item for item in items.values() if item["type"] == "actor"]
    chosen = max(actors, key=lambda item: item["links"])
    assert chosen["links"] > 0, "the draft has no link"
    return str(chosen["id"])
