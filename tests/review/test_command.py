"""`partnermap review` as a command: its address line, its usage errors, and how it stops."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnermap import check_map
from partnermap.cli import cli

ADDRESS = re.compile(r"^Reviewing (.+) at (http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]+))$")


def start(data_dir: Path) -> tuple[subprocess.Popen[str], re.Match[str]]:
    process = subprocess.Popen([sys.executable, "-m", "partnermap", "review", str(data_dir), "--port", "0",
                                "--no-browser"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "0"})
    assert process.stdout is not None
    line = process.stdout.readline().rstrip("\n")  # printed and flushed as soon as the server listens
    match = ADDRESS.match(line)
    assert match, (line, process.stderr.read() if process.poll() is not None and process.stderr else "")
    return process, match


def post(match: re.Match[str], path: str, body: object) -> dict[str, object]:
    request = urllib.request.Request(f"http://127.0.0.1:{match[3]}{path}", data=json.dumps(body).encode(),
                                     headers={"X-Partnermap-Token": match[4], "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def test_sigterm_stops_the_server_within_seconds_with_every_decision_written(draft: Path) -> None:
    process, match = start(draft)
    try:
        assert match[1] == str(draft)
        first = (draft / "actors.yaml").read_text().split("\n- id: ", 2)[1].split("\n")[0]
        assert post(match, f"/api/items/actor/{first}", {"decision": "accept"})["item"]["needs_review"] is False
        written = {name: (draft / name).read_bytes() for name in ("actors.yaml", "links.yaml")}
        process.send_signal(signal.SIGTERM)
        started = time.monotonic()
        assert process.wait(timeout=10) == 0
        assert time.monotonic() - started < 5
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert {name: (draft / name).read_bytes() for name in written} == written
    assert sorted(p.name for p in draft.iterdir()) == ["actors.yaml", "links.yaml", "map.yaml", "sources"]
    assert check_map(draft) == []
    assert "Stopped" in (process.stderr.read() if process.stderr else "")


def test_ctrl_c_stops_it_too(draft: Path) -> None:
    process, _ = start(draft)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0


def test_a_folder_without_a_map_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["review", str(tmp_path), "--no-browser"])
    assert result.exit_code == 2 and "holds no map.yaml" in result.output


def test_an_invalid_map_lists_its_problems_and_serves_nothing(draft: Path) -> None:
    actors = draft / "actors.yaml"
    actors.write_text(re.sub(r"\n  kind: \w+", "\n  kind: no_such_kind", actors.read_text(), count=1))
    result = CliRunner().invoke(cli, ["review", str(draft), "--no-browser"])
    assert result.exit_code == 1
    assert "unknown actor kind 'no_such_kind'" in result.output and "Reviewing" not in result.output


def test_a_record_file_that_leads_out_of_the_folder_is_refused(draft: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.yaml"
    outside.write_bytes((draft / "links.yaml").read_bytes())
    (draft / "links.yaml").unlink()
    (draft / "links.yaml").symlink_to(outside)
    result = CliRunner().invoke(cli, ["review", str(draft), "--no-browser"])
    assert result.exit_code == 1 and "leads out of" in result.output


def test_a_port_in_use_is_reported_in_one_line(draft: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["review", str(draft), "--no-browser", "--port", str(port)])
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output


def test_without_data_dir_the_bundled_map_is_not_edited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no ./data here: the default would be the map shipped with partnermap
    result = CliRunner().invoke(cli, ["review", "--no-browser"])
    assert result.exit_code == 2 and "give the folder of the map to review" in result.output
