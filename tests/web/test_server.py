"""Running the app (`web/server.py`, `sitrep serve`): a request that arrives slowly or half-way is timed out, a
client that goes away stops its extraction, a non-loopback address warns, the token comes from --token or
SITREP_TOKEN."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.web import commands
from sitrep.web.app import create_app
from sitrep.web.extractor import EXTRACTOR
from sitrep.web.server import config, is_loopback
from tests.conftest import example

REQUEST_SECONDS = 1.0


@pytest.fixture(scope="module")
def live(web_db: Path) -> Iterator[int]:
    """The app served by Uvicorn on a free local port, with a one-second request limit; yields the port."""
    server = uvicorn.Server(config(create_app(web_db), host="127.0.0.1", port=0, request_seconds=REQUEST_SECONDS))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    try:
        yield server.servers[0].sockets[0].getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(10)


def _talk(port: int, data: bytes, *, wait: float = 10) -> tuple[bytes, float]:
    """Send `data`, then read until the server closes the connection; (what came back, seconds until it closed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(data)
        started = time.monotonic()
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
        return answer, time.monotonic() - started


def test_server_answers_a_whole_request(live: int) -> None:
    answer, _ = _talk(live, b"GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200") and b"x-content-type-options: nosniff" in answer


def test_server_half_sent_headers_are_timed_out(live: int) -> None:
    answer, seconds = _talk(live, b"GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    assert answer.startswith(b"HTTP/1.1 408") and seconds < REQUEST_SECONDS + 3


def test_server_half_sent_body_is_timed_out(live: int) -> None:
    head = b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    answer, seconds = _talk(live, head + b'{"text": "Troops')
    assert not answer.startswith(b"HTTP/1.1 200") and seconds < REQUEST_SECONDS + 3


def test_server_silent_connection_is_closed(live: int) -> None:
    _, seconds = _talk(live, b"")
    assert seconds < REQUEST_SECONDS + 3


def test_server_client_that_goes_away_stops_its_extraction(live: int) -> None:
    body = json.dumps({"text": (example("wire-report.txt") + "\n\n") * 200}).encode()
    head = f"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {len(body)}"
    EXTRACTOR.start()
    worker = EXTRACTOR._process
    with socket.create_connection(("127.0.0.1", live)) as s:
        s.sendall(head.encode() + b"\r\n\r\n" + body)
        time.sleep(0.5)  # the extraction is under way
    deadline = time.monotonic() + 5
    while EXTRACTOR._process is worker and time.monotonic() < deadline:
        time.sleep(0.05)
    # The extractor lets go of the worker before it kills and reaps it: give it those moments too.
    while worker is not None and worker_alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert worker is not None and not worker_alive(worker)
    answer, _ = _talk(live, b"GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200")


def worker_alive(process: Any) -> bool:
    try:
        return bool(process.is_alive())
    except ValueError:  # closed: it was stopped and reaped
        return False


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("0.0.0.0", False), ("::", False), ("192.168.1.5", False),
                                                ("example.org", False)])  # fmt: skip
def test_server_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


class _Served:
    def __init__(self) -> None:
        self.apps: list[Any] = []

    def __call__(self, cfg: uvicorn.Config) -> _Served:
        self.apps.append(cfg.app)
        return self

    def run(self) -> None:
        return None


@pytest.fixture
def no_serving(monkeypatch: pytest.MonkeyPatch) -> _Served:
    served = _Served()
    monkeypatch.setattr(uvicorn, "Server", served)
    monkeypatch.setattr(EXTRACTOR, "start", lambda: None)
    return served


def test_server_non_loopback_host_warns(runner: CliRunner, web_db: Path, no_serving: _Served) -> None:
    result = runner.invoke(app, ["serve", "--db", str(web_db), "--host", "0.0.0.0"], env={"SITREP_TOKEN": ""})
    assert result.exit_code == 0, result.output
    assert "warning: 0.0.0.0 is not a loopback address: anyone who can reach it can read the store" in result.stderr
    quiet = runner.invoke(app, ["serve", "--db", str(web_db)], env={"SITREP_TOKEN": ""})
    assert "warning" not in quiet.stderr


def test_server_token_from_the_environment(runner: CliRunner, web_db: Path, no_serving: _Served) -> None:
    result = runner.invoke(app, ["serve", "--db", str(web_db), "--host", "0.0.0.0"], env={"SITREP_TOKEN": "s3cret"})
    assert result.exit_code == 0 and "a bearer token is required" in result.stderr
    assert no_serving.apps[-1].state.settings.token == "s3cret"
    assert commands.serve_command.__doc__ and "SITREP_TOKEN" in commands.serve_command.__doc__
