"""Pages into the store: the one path by which `sitrep fetch` and `sitrep watch` turn web addresses into stored
articles. Addresses already stored (by any address known for them) or failed for good are skipped; the rest are
fetched politely, read by the reader as HTML pages, and stored by the ingest path. A page whose canonical URL (or
address after redirects) is already stored is the same article reached by another address: it is not stored again.

    report = fetch_urls(["https://example.org/news/1"], "news.db")
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sitrep.errors import FetchError
from sitrep.fetch.http import HTML, Fetcher, Response, Settings
from sitrep.fetch.urls import canonical, is_web_url
from sitrep.reader import Failure, Item, Options
from sitrep.reader.sources import page_item
from sitrep.store.db import open_and_upgrade
from sitrep.store.ingest import Progress, Summary, ingest_items
from sitrep.store.sources import add_addresses, failed_permanently, known_address, record_failure, source_at

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


@dataclass(slots=True, frozen=True)
class Wanted:
    """An article address to fetch, with what its listing said of it (`title`, `published`) and the source's
    address."""

    url: str
    hints: tuple[tuple[str, str], ...] = ()
    via: str | None = None


@dataclass(slots=True)
class Report:
    """What fetching a set of addresses did: the ingest's summary, and what was skipped and why."""

    summary: Summary = field(default_factory=Summary)
    asked: int = 0
    known: int = 0  # stored already (this address, or the page's canonical URL)
    failed_before: int = 0  # failed for good on an earlier run: not asked again
    stopped: bool = False  # a shutdown was asked for before every address was fetched

    @property
    def failures(self) -> list[tuple[str, str]]:
        return self.summary.failed


def fetch_urls(
    urls: list[str],
    db: str | Path,
    *,
    settings: Settings | None = None,
    options: Options | None = None,
    progress: Progress | None = None,
) -> Report:
    """Fetch web pages and store their articles in the store at `db` (created if missing)."""
    bad = [u for u in urls if not is_web_url(u)]
    conn, _ = open_and_upgrade(db)
    try:
        with Fetcher(settings) as fetcher:
            report = fetch_pages(
                conn, fetcher, [Wanted(canonical(u)) for u in urls if is_web_url(u)], options=options, progress=progress
            )
    finally:
        conn.close()
    report.summary.failed[:0] = [(u, f"{u}: not an http(s) address") for u in bad]
    return report


def fetch_pages(
    conn: sqlite3.Connection,
    fetcher: Fetcher,
    wanted: list[Wanted],
    *,
    options: Options | None = None,
    progress: Progress | None = None,
) -> Report:
    """Fetch the addresses not stored yet and store their articles, through the one ingest path."""
    report = Report()
    todo = _unknown(conn, _once(wanted), report)
    stream = _Pages(conn, fetcher, options or Options(), report).stream(todo)
    report.summary = ingest_items(conn, stream, [w.url for w in todo], progress=progress)
    report.stopped = fetcher.stop.is_set()
    return report


def _once(wanted: list[Wanted]) -> list[Wanted]:
    seen: dict[str, Wanted] = {}
    for w in wanted:
        seen.setdefault(w.url, w)
    return list(seen.values())


def _unknown(conn: sqlite3.Connection, wanted: list[Wanted], report: Report) -> list[Wanted]:
    todo = []
    for w in wanted:
        report.asked += 1
        if known_address(conn, w.url) is not None:
            report.known += 1
        elif failed_permanently(conn, w.url):
            report.failed_before += 1
        else:
            todo.append(w)
    return todo


class _Pages:
    """The stream of fetched pages as the reader's items; failures are remembered in the store as they come."""

    def __init__(self, conn: sqlite3.Connection, fetcher: Fetcher, options: Options, report: Report) -> None:
        self.conn = conn
        self.fetcher = fetcher
        self.options = options
        self.report = report
        self.canonicals: set[str] = set()  # pages of this run, by canonical URL

    @property
    def stop(self) -> threading.Event:
        return self.fetcher.stop

    def stream(self, todo: list[Wanted]) -> Iterator[Item | Failure]:
        outcomes = self.fetcher.get_many([w.url for w in todo], accept=HTML)
        for wanted, (_, outcome) in zip(todo, outcomes, strict=False):
            if self.stop.is_set():
                return
            item = self._item(wanted, outcome)
            if item is not None:
                yield item

    def _item(self, wanted: Wanted, outcome: Response | FetchError) -> Item | Failure | None:
        if isinstance(outcome, FetchError):
            self._failed(wanted, str(outcome), permanent=outcome.permanent, status=outcome.status)
            return Failure(wanted.url, str(outcome))
        item = page_item(outcome, self.options, hints=dict(wanted.hints), via=wanted.via)
        if isinstance(item, Failure):  # no article text in the page
            self._failed(wanted, item.reason, permanent=True, status=outcome.status)
            return item
        return None if self._seen(wanted, item) else item

    def _seen(self, wanted: Wanted, item: Item) -> bool:
        """True when the page is an article stored already (or met earlier in this run) under another address."""
        page = item.prepared.page
        if page is None:
            return False
        fetched = canonical(page.url or wanted.url)
        declared = _canonical_of(page.canonical, page.url)
        for address in (fetched, declared):
            stored = known_address(self.conn, address) if address else None
            if stored is not None:
                add_addresses(self.conn, stored, [wanted.url, fetched, declared])
                self.report.known += 1
                log.info("%s: the article stored from %s", wanted.url, address)
                return True
        key = declared or fetched
        if key in self.canonicals:
            self.report.known += 1
            return True
        self.canonicals.add(key)
        page.url, page.requested, page.canonical = fetched, wanted.url, declared
        return False

    def _failed(self, wanted: Wanted, reason: str, *, permanent: bool, status: int | None) -> None:
        source = source_at(self.conn, wanted.via) if wanted.via else None
        if self.stop.is_set():
            return
        record_failure(
            self.conn, wanted.url, reason, permanent=permanent, status=status, source_id=source.id if source else None
        )


def _canonical_of(declared: str | None, url: str | None) -> str | None:
    """The page's declared canonical URL in canonical spelling; None when absent, not http(s), or only the site's
    home page (some sites declare that on every page)."""
    if not declared:
        return None
    address = canonical(declared, base=url)
    if not is_web_url(address) or urlsplit(address).path in ("", "/"):
        return None
    return address
