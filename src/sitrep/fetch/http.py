"""The polite HTTP client: robots.txt honoured (a disallowed address is never requested, redirects included), a
delay between two requests to one host and a limit on requests in flight to it, retries with backoff for 429, 5xx
and dropped connections (a Retry-After is honoured), a User-Agent naming sitrep and a contact URL, and limits on
body size and time. Every failure is a `FetchError` with one line saying what happened.

    with Fetcher(Settings(contact="https://example.org/about")) as fetcher:
        response = fetcher.get("https://example.org/news/1", accept=HTML)
        for url, outcome in fetcher.get_many(urls, accept=HTML):   # in order; other hosts fetched meanwhile
            ...
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from sitrep.data_files import load_toml
from sitrep.errors import FetchError
from sitrep.fetch.robots import RobotsCache
from sitrep.fetch.urls import canonical, origin
from sitrep.version import __version__

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
TRANSIENT_4XX = frozenset({408, 425, 429})
GENERIC_TYPES = ("", "application/octet-stream", "binary/octet-stream", "text/plain")  # say nothing: the body decides


def _defaults() -> dict[str, Any]:
    return dict(load_toml("fetch.toml")["client"])


def _types(section: str, key: str) -> tuple[str, ...]:
    return tuple(load_toml("fetch.toml")[section][key])


HTML = _types("pages", "html_types")


@dataclass(slots=True, frozen=True)
class Settings:
    """How politely and how far the client fetches (defaults in `data/fetch.toml`)."""

    contact: str | None = None  # a URL saying who runs this sitrep, put in the User-Agent
    delay: float = float(_defaults()["delay"])
    per_host: int = int(_defaults()["per_host"])
    workers: int = int(_defaults()["workers"])
    timeout: float = float(_defaults()["timeout"])
    max_bytes: int = int(_defaults()["max_bytes"])
    retries: int = int(_defaults()["retries"])
    backoff: float = float(_defaults()["backoff"])
    max_wait: float = float(_defaults()["max_wait"])
    max_redirects: int = int(_defaults()["max_redirects"])

    @property
    def user_agent(self) -> str:
        contact = f"; +{self.contact}" if self.contact else ""
        return str(_defaults()["user_agent"]).format(version=__version__, contact=contact)


@dataclass(slots=True)
class Response:
    """A fetched address: where it ended (after redirects), status, headers (lower-case names) and body."""

    url: str
    requested: str
    status: int
    headers: Mapping[str, str]
    body: bytes = b""
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'").lower()
        return None


class _Host:
    """One origin's turn-taking: requests in flight and the earliest time of the next one."""

    def __init__(self, per_host: int, delay: float) -> None:
        self.slots = threading.Semaphore(max(1, per_host))
        self.lock = threading.Lock()
        self.next_at = 0.0
        self.delay = delay


class Fetcher:
    """A polite client over one `httpx.Client`; close it (or use it as a context manager) when done.

    `stop` (a `threading.Event`) ends every wait at once: set it to shut down between two requests."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.stop = stop or threading.Event()
        self.client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent},
            timeout=httpx.Timeout(self.settings.timeout),
            follow_redirects=False,
            transport=transport,
        )
        self.robots = RobotsCache(self._robots_body)
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self.requested: list[str] = []  # every address asked for, robots.txt included, in order (for tests and logs)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(
        self,
        url: str,
        *,
        accept: tuple[str, ...] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        """Fetch `url`, following redirects that robots.txt allows; a conditional GET when `etag` or
        `last_modified` is given (a 304 comes back as a `Response` with `not_modified`). `accept` lists the content
        types wanted; another type is a permanent `FetchError`."""
        headers = {"If-None-Match": etag} if etag else {}
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        address, hops = url, []
        for _ in range(self.settings.max_redirects + 1):
            self._check_allowed(address, url)
            response = self._with_retries(address, headers, accept)
            location = response.headers.get("location")
            if response.status in (301, 302, 303, 307, 308) and location:
                hops.append(address)
                address = canonical(location, base=address)
                continue
            response.requested, response.redirects = url, hops
            self._check_status(response)
            return response
        raise FetchError(f"{url}: more than {self.settings.max_redirects} redirects", url=url, permanent=True)

    def get_many(
        self, urls: Iterable[str], *, accept: tuple[str, ...] | None = None
    ) -> Iterator[tuple[str, Response | FetchError]]:
        """Fetch every address, in input order, several hosts at once (each host still takes its turns). A bounded
        window of addresses is in flight, so a long sitemap never sits in memory as bodies."""
        window: deque[tuple[str, Future[Response | FetchError]]] = deque()
        size = max(1, self.settings.workers) * 4
        with ThreadPoolExecutor(max_workers=max(1, self.settings.workers)) as pool:
            try:
                for url in urls:
                    window.append((url, pool.submit(self._outcome, url, accept)))
                    if len(window) >= size:
                        done, future = window.popleft()
                        yield done, future.result()
                while window:
                    done, future = window.popleft()
                    yield done, future.result()
            finally:
                for _, future in window:
                    future.cancel()

    def allowed(self, url: str) -> bool:
        """True when robots.txt lets sitrep fetch `url` (fetching robots.txt first, once per host)."""
        return self.robots.allowed(url)

    def _outcome(self, url: str, accept: tuple[str, ...] | None) -> Response | FetchError:
        if self.stop.is_set():
            return FetchError(f"{url}: not fetched (shutting down)", url=url)
        try:
            return self.get(url, accept=accept)
        except FetchError as e:
            return e

    def _check_allowed(self, address: str, asked: str) -> None:
        status = self.robots.unreachable(address)
        if status is not None:
            why = f"HTTP {status}" if status else "no answer"
            raise FetchError(f"{asked}: robots.txt of {origin(address)} cannot be read ({why}); not fetched", url=asked)
        if not self.robots.allowed(address):
            where = asked if address == asked else f"{asked} (redirected to {address})"
            raise FetchError(f"{where}: disallowed by robots.txt; not fetched", url=asked, permanent=True)
        crawl_delay = self.robots.crawl_delay(address)
        if crawl_delay:
            host = self._host(address)
            host.delay = max(host.delay, min(crawl_delay, self.settings.max_wait))

    def _check_status(self, response: Response) -> None:
        status, url = response.status, response.requested
        if status == 304 or 200 <= status < 300:
            return
        reason = httpx.codes.get_reason_phrase(status) or "error"
        permanent = 400 <= status < 500 and status not in TRANSIENT_4XX
        raise FetchError(f"{url}: HTTP {status} {reason}", url=url, permanent=permanent, status=status)

    def _with_retries(self, url: str, headers: dict[str, str], accept: tuple[str, ...] | None) -> Response:
        attempt = 0
        while True:
            try:
                response = self._request(url, headers, accept)
            except FetchError as e:
                if e.permanent or attempt >= self.settings.retries:
                    raise
                wait = self._backoff(attempt)
            else:
                if response.status not in RETRY_STATUSES or attempt >= self.settings.retries:
                    return response
                wait = self._retry_after(response, attempt)
            attempt += 1
            log.info("%s: trying again in %.1f s (attempt %d)", url, wait, attempt + 1)
            if self.stop.wait(wait):
                raise FetchError(f"{url}: not fetched (shutting down)", url=url)

    def _retry_after(self, response: Response, attempt: int) -> float:
        value = response.headers.get("retry-after", "").strip()
        if not value:
            return self._backoff(attempt)
        wait = _retry_seconds(value)
        if wait is None:
            return self._backoff(attempt)
        if wait > self.settings.max_wait:
            raise FetchError(
                f"{response.url}: HTTP {response.status}, and Retry-After asks for {wait:.0f} s (more than the "
                f"{self.settings.max_wait:.0f} s sitrep waits); try again later",
                url=response.url,
                status=response.status,
            )
        return wait

    def _backoff(self, attempt: int) -> float:
        base = self.settings.backoff * 2**attempt
        return float(min(self.settings.max_wait, base * (1 + random.random() / 4)))

    def _request(self, url: str, headers: dict[str, str], accept: tuple[str, ...] | None) -> Response:
        host = self._host(url)
        with host.slots:
            self._take_turn(host, url)
            self.requested.append(url)
            log.debug("GET %s", url)
            return self._read(url, headers, accept)

    def _take_turn(self, host: _Host, url: str) -> None:
        with host.lock:
            now = time.monotonic()
            start = max(now, host.next_at)
            host.next_at = start + host.delay
        if start > now and self.stop.wait(start - now):
            raise FetchError(f"{url}: not fetched (shutting down)", url=url)

    def _read(self, url: str, headers: dict[str, str], accept: tuple[str, ...] | None) -> Response:
        limit, deadline = self.settings.max_bytes, time.monotonic() + self.settings.timeout
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                response = Response(str(r.url), url, r.status_code, {k.lower(): v for k, v in r.headers.items()})
                if not 200 <= r.status_code < 300:
                    return response
                _check_type(response, accept)
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise _too_large(url, f"{int(declared):,} bytes", limit)
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise _too_large(url, "the body", limit)
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("body too slow")
                    chunks.append(chunk)
                response.body = b"".join(chunks)
                _check_sniffed(response, accept)
                return response
        except httpx.TimeoutException as e:
            raise FetchError(f"{url}: timed out after {self.settings.timeout:g} s", url=url) from e
        except httpx.HTTPError as e:
            raise FetchError(f"{url}: {_describe(e)}", url=url) from e

    def _host(self, url: str) -> _Host:
        key = origin(url)
        with self._hosts_lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(self.settings.per_host, self.settings.delay)
            return self._hosts[key]

    def _robots_body(self, url: str) -> tuple[int, str]:
        """robots.txt of a host: (status, text); a status of 0 when it could not be reached."""
        try:
            response = self._with_retries(url, {}, None)
        except FetchError:
            return 0, ""
        for _ in range(self.settings.max_redirects):  # robots.txt may redirect (to https, say)
            location = response.headers.get("location")
            if response.status not in (301, 302, 303, 307, 308) or not location:
                break
            try:
                response = self._with_retries(canonical(location, base=response.url), {}, None)
            except FetchError:
                return 0, ""
        return response.status, response.body.decode("utf-8", errors="replace")


def _check_type(response: Response, accept: tuple[str, ...] | None) -> None:
    """Refuse, before reading it, a body whose declared type is not wanted (an unhelpful generic type is judged by
    the body itself, in `_check_sniffed`)."""
    if accept is None or response.content_type in (*accept, *GENERIC_TYPES):
        return
    _refuse(response, accept)


def _check_sniffed(response: Response, accept: tuple[str, ...] | None) -> None:
    """A page served as a generic type (application/octet-stream, say) is taken when its body starts as HTML."""
    if accept != HTML or response.content_type not in GENERIC_TYPES or not response.content_type:
        return
    head = response.body[:1024].lstrip().lower()
    if not head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" not in head:
        _refuse(response, accept)


def _refuse(response: Response, accept: tuple[str, ...]) -> None:
    kind = "HTML" if accept == HTML else f"of the types {', '.join(accept)}"
    raise FetchError(
        f"{response.requested}: not {kind} (content type {response.content_type}); not read",
        url=response.requested,
        permanent=True,
        status=response.status,
    )


def _too_large(url: str, what: str, limit: int) -> FetchError:
    return FetchError(f"{url}: {what} is over the {limit:,}-byte limit; not read", url=url, permanent=True)


def _retry_seconds(value: str) -> float | None:
    """A Retry-After value (seconds, or an HTTP date) as seconds from now."""
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _describe(error: httpx.HTTPError) -> str:
    if isinstance(error, httpx.ConnectError):
        return "cannot connect (the host is down, or the name does not resolve)"
    if isinstance(error, httpx.RemoteProtocolError):
        return "the server closed the connection without a valid answer"
    return f"request failed ({type(error).__name__}: {error})"
