"""`sitrep watch`: follow feeds, sitemaps and home pages into the store, once or every so often.

Each cycle asks every source with a conditional GET (its stored ETag / Last-Modified: a 304 means nothing new; the
body, not its declared content type, says whether it is a feed, a sitemap or a home page),
reads the article addresses it lists (a home page: the feeds it links to, else the sitemaps its robots.txt names;
a sitemap index: its sitemaps, each a source of its own), and fetches and stores the new ones (`pages.fetch_pages`).

    with Watcher(["https://example.org/feed.xml"], "news.db") as watcher:
        watcher.run(every=900)          # until watcher.stop is set (SIGINT / SIGTERM in the CLI)
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import FetchError, InputError
from sitrep.fetch.feeds import Entry, read_listing
from sitrep.fetch.http import Fetcher, Settings
from sitrep.fetch.urls import canonical
from sitrep.live.pages import Report, Wanted, fetch_pages
from sitrep.reader import Options
from sitrep.store.db import open_and_upgrade
from sitrep.store.sources import Listed, WatchedSource, children, record_listing, source_at, watch_source

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

MAX_DEPTH = 2  # home page -> feed, sitemap index -> sitemap: no deeper
MAX_CHILDREN = 10  # feeds taken from one home page, sitemaps from one index
JITTER = 0.1  # each wait is `every` give or take this share of it

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_every(text: str) -> float:
    """Seconds from "90", "30s", "15m", "2h" or "1d"; a `ValueError` for anything else."""
    found = _DURATION.match(text)
    if not found or float(found.group(1)) <= 0:
        raise ValueError(f"{text!r} is not a duration such as 30s, 15m, 2h or 1d")
    return float(found.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[found.group(2).lower()]


@dataclass(slots=True)
class Cycle:
    """What one cycle did, for its log line."""

    number: int
    sources: int = 0
    not_modified: int = 0
    source_errors: list[str] = field(default_factory=list)
    listed: int = 0
    report: Report = field(default_factory=Report)
    seconds: float = 0.0

    def line(self) -> str:
        s = self.report.summary
        return (
            f"cycle {self.number}: {self.sources} source(s), {self.not_modified} not modified, "
            f"{len(self.source_errors)} failed; {self.listed} address(es) listed, {self.report.known} known, "
            f"{self.report.failed_before} failed before; stored {s.ingested}, {s.duplicates + s.near_duplicates} "
            f"duplicate(s), {len(s.failed)} failed — {self.seconds:.1f} s"
        )


class Watcher:
    """Watches sources into one store. `stop` ends the run between two pages (the article being stored is
    finished, or its batch rolled back)."""

    def __init__(
        self,
        sources: list[str],
        db: str | Path,
        *,
        settings: Settings | None = None,
        options: Options | None = None,
        on_cycle: Callable[[Cycle], None] | None = None,
    ) -> None:
        self.sources = [canonical(s) for s in sources]
        self.stop = threading.Event()
        self.fetcher = Fetcher(settings, stop=self.stop)
        self.conn, _ = open_and_upgrade(db)
        self.options = options or Options()
        self.on_cycle = on_cycle
        self.cycles = 0

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.fetcher.close()
        self.conn.close()

    def run(self, *, every: float | None = None) -> Cycle:
        """One cycle (`every` None), or a cycle every `every` seconds (with jitter) until `stop` is set; the last
        cycle run."""
        last = self.cycle()
        while every is not None and not self.stop.is_set():
            if self.stop.wait(every * (1 + random.uniform(-JITTER, JITTER))):
                break
            last = self.cycle()
        return last

    def cycle(self) -> Cycle:
        """Ask every source once and store the new articles it lists."""
        self.cycles += 1
        cycle = Cycle(self.cycles)
        started = time.perf_counter()
        wanted: list[Wanted] = []
        for url in self.sources:
            source = source_at(self.conn, url) or watch_source(self.conn, url, "unknown")
            wanted += self._entries(source, cycle, depth=0)
        cycle.listed = len({w.url for w in wanted})
        if not self.stop.is_set():
            cycle.report = fetch_pages(self.conn, self.fetcher, wanted, options=self.options)
        cycle.seconds = time.perf_counter() - started
        if self.on_cycle is not None:
            self.on_cycle(cycle)
        return cycle

    def _entries(self, source: WatchedSource, cycle: Cycle, *, depth: int) -> list[Wanted]:
        """The article addresses a source lists now (none when it is not modified), its children's included."""
        if self.stop.is_set():
            return []
        cycle.sources += 1
        found = self._read(source, cycle)
        if depth < MAX_DEPTH:
            for child in children(self.conn, source.id):
                found += self._entries(child, cycle, depth=depth + 1)
        return found

    def _read(self, source: WatchedSource, cycle: Cycle) -> list[Wanted]:
        try:
            response = self.fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified)
            if response.not_modified:
                cycle.not_modified += 1
                record_listing(self.conn, source.id, Listed("not modified", 304, not_modified=True))
                return []
            listing = read_listing(response.body, response.url)
        except InputError as e:
            status = e.status if isinstance(e, FetchError) else None
            cycle.source_errors.append(str(e))
            log.warning("%s", e)
            record_listing(self.conn, source.id, Listed(str(e), status))
            return []
        watch_source(self.conn, source.url, listing.kind)
        if listing.kind == "home":
            self._adopt(source, listing.feeds or self.fetcher.robots.sitemaps(source.url), "unknown")
        self._adopt(source, listing.sitemaps, "sitemap")
        headers = response.headers
        listed = Listed("ok", response.status, headers.get("etag"), headers.get("last-modified"), len(listing.entries))
        record_listing(self.conn, source.id, listed)
        return [_wanted(e, source.url) for e in listing.entries]

    def _adopt(self, parent: WatchedSource, urls: list[str], kind: str) -> None:
        for url in urls[:MAX_CHILDREN]:
            address = canonical(url, base=parent.url)
            if address != parent.url:
                watch_source(self.conn, address, kind, parent.id)


def watch(
    sources: list[str],
    db: str | Path,
    *,
    every: float | None = None,
    settings: Settings | None = None,
    options: Options | None = None,
    on_cycle: Callable[[Cycle], None] | None = None,
) -> Cycle:
    """Watch `sources` into the store at `db`: one cycle, or one every `every` seconds (see `Watcher`)."""
    with Watcher(sources, db, settings=settings, options=options, on_cycle=on_cycle) as watcher:
        return watcher.run(every=every)


def _wanted(entry: Entry, via: str) -> Wanted:
    hints = tuple((k, v) for k, v in (("title", entry.title), ("published", entry.published)) if v)
    return Wanted(entry.url, hints, via)
