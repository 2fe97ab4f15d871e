"""Running the web app with Uvicorn, with limits for clients that are slow on purpose.

What is covered (README, "Serve"):
- a request (its headers and its body) must arrive whole within `request_seconds` of the connection opening or of
  the previous answer; if not, the connection is closed (with 408 when no request had started). Uvicorn alone
  never times out headers or a body that stop half-way (slowloris);
- an idle keep-alive connection is closed after `keep_alive_seconds` (Uvicorn's `timeout_keep_alive`);
- request headers may take at most `MAX_HEADER_BYTES` (h11's `max_incomplete_event_size`); bodies are bounded by
  the app (`BodyLimit`), an extraction by its time budget;
- at most `MAX_CONNECTIONS` connections at once; more get 503.
Not covered: a client that reads the answer slowly (the operating system's socket buffers bound what waits)."""

from __future__ import annotations

import asyncio
import ipaddress
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

REQUEST_SECONDS = 30.0
KEEP_ALIVE_SECONDS = 5
MAX_HEADER_BYTES = 16 * 1024
MAX_CONNECTIONS = 200
_TIMEOUT_ANSWER = b"HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


class TimedH11Protocol(H11Protocol):
    """Uvicorn's h11 protocol, closing a connection whose request does not arrive whole in `request_seconds`."""

    request_seconds = REQUEST_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._request_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self._request_timer = self.loop.call_later(self.request_seconds, self._too_slow)

    def _disarm(self) -> None:
        if self._request_timer is not None:
            self._request_timer.cancel()
            self._request_timer = None

    def _too_slow(self) -> None:
        self._request_timer = None
        if self.transport.is_closing() or self.conn.their_state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED):
            return  # the request arrived whole: the app is answering it
        if self.conn.their_state is h11.IDLE and self.conn.our_state is h11.IDLE:
            self.transport.write(_TIMEOUT_ANSWER)
        self.transport.close()


def protocol(request_seconds: float) -> type[TimedH11Protocol]:
    """The protocol class with its request time limit."""
    return type("TimedH11Protocol", (TimedH11Protocol,), {"request_seconds": request_seconds})


def config(
    app: Any, *, host: str, port: int, request_seconds: float = REQUEST_SECONDS, log_level: str = "warning"
) -> uvicorn.Config:
    """Uvicorn's configuration for the app, with every limit above."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        http=protocol(request_seconds),
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        limit_concurrency=MAX_CONNECTIONS,
    )


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to any interface
