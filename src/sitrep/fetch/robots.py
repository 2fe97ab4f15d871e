"""robots.txt, read once per host (with protego) and asked before every request.

As RFC 9309 says: a robots.txt that is missing or forbidden (4xx) allows everything; one that cannot be reached (a
5xx, a dropped connection) allows nothing for now, and the host is asked again next run."""

from __future__ import annotations

import threading
from collections.abc import Callable

from protego import Protego

from sitrep.fetch.urls import origin

AGENT = "sitrep"  # the token robots.txt rules name


class RobotsCache:
    """The rules of every host seen, fetched on first use by `fetch_body(url) -> (status, text)` (status 0: the
    host could not be reached)."""

    def __init__(self, fetch_body: Callable[[str], tuple[int, str]], user_agent: str = AGENT) -> None:
        self.fetch_body = fetch_body
        self.user_agent = user_agent
        self._rules: dict[str, tuple[int, Protego | None]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        """True when `url` may be fetched."""
        status, rules = self._for(url)
        if rules is not None:
            return bool(rules.can_fetch(url, AGENT))
        return 400 <= status < 500

    def unreachable(self, url: str) -> int | None:
        """The status (0: no answer) when the host's robots.txt could not be read, so nothing is fetched from it."""
        status, rules = self._for(url)
        return None if rules is not None or 400 <= status < 500 else status

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay robots.txt asks of sitrep, in seconds."""
        _, rules = self._for(url)
        delay = rules.crawl_delay(AGENT) if rules is not None else None
        return float(delay) if delay else None

    def sitemaps(self, url: str) -> list[str]:
        """The sitemaps robots.txt lists for the host of `url`."""
        _, rules = self._for(url)
        return list(rules.sitemaps) if rules is not None else []

    def _for(self, url: str) -> tuple[int, Protego | None]:
        key = origin(url)
        with self._lock:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:  # one fetch of robots.txt per host, however many threads ask
            if key not in self._rules:
                status, text = self.fetch_body(f"{key}/robots.txt")
                self._rules[key] = (status, Protego.parse(text) if 200 <= status < 300 else None)
            return self._rules[key]
