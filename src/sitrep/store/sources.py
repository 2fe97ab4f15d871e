"""Live news in the store: watched sources and their state (for conditional GETs), where each article was fetched
from, the addresses known to lead to a stored article, and the addresses that failed. `sitrep fetch`, `sitrep watch`,
`sitrep sources` and the web app's `/api/sources` all go through these functions."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from sitrep.reader.html import Page
from sitrep.store.table import Table, rows_of


@dataclass(slots=True)
class WatchedSource:
    """A feed, sitemap or home page that `sitrep watch` follows, with its state."""

    id: int
    url: str
    kind: str
    parent_id: int | None
    added: str
    last_fetch: str | None
    last_status: str | None
    http_status: int | None
    etag: str | None
    last_modified: str | None
    fetches: int
    not_modified: int
    entries: int
    articles: int  # stored through it
    failures: int  # addresses it listed that failed (and are still remembered)


@dataclass(slots=True)
class Listed:
    """What one fetch of a source found: its HTTP status, validators for next time, the entries it listed."""

    status: str
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    entries: int | None = None  # None: not read (not modified, or failed)
    not_modified: bool = False


COLUMNS = ["id", "url", "kind", "parent_id", "added", "last_fetch", "last_status", "http_status", "etag",
           "last_modified", "fetches", "not_modified", "entries", "articles", "failures"]  # fmt: skip
_SELECT = (
    f"SELECT {', '.join(COLUMNS[:-2])},"
    " (SELECT count(*) FROM article_pages p WHERE p.source_id = s.id) AS articles,"
    " (SELECT count(*) FROM fetch_failures f WHERE f.source_id = s.id) AS failures"
    " FROM watched_sources s"
)


def now() -> str:
    """The current UTC time as the store writes it."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def watch_source(conn: sqlite3.Connection, url: str, kind: str, parent_id: int | None = None) -> WatchedSource:
    """The source at `url`, added when new (its kind is updated when it turned out different)."""
    conn.execute(
        "INSERT INTO watched_sources (url, kind, parent_id, added) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, parent_id = coalesce(excluded.parent_id, parent_id)",
        (url, kind, parent_id, now()),
    )
    found = source_at(conn, url)
    assert found is not None
    return found


def source_at(conn: sqlite3.Connection, url: str) -> WatchedSource | None:
    """The watched source with this (canonical) address, if any."""
    row = conn.execute(f"{_SELECT} WHERE url = ?", (url,)).fetchone()
    return WatchedSource(*row) if row else None


def children(conn: sqlite3.Connection, parent_id: int) -> list[WatchedSource]:
    """The sources a home page or sitemap index led to."""
    return [WatchedSource(*r) for r in conn.execute(f"{_SELECT} WHERE parent_id = ? ORDER BY id", (parent_id,))]


def watched_sources(conn: sqlite3.Connection, *, limit: int = 500) -> list[WatchedSource]:
    """Every watched source, in the order they were added."""
    return [WatchedSource(*r) for r in conn.execute(f"{_SELECT} ORDER BY id LIMIT ?", (limit,))]


def sources_table(conn: sqlite3.Connection, *, limit: int = 500) -> Table:
    """The watched sources as the CLI's table (`sitrep sources`)."""
    show = ["url", "kind", "last_fetch", "last_status", "entries", "articles", "failures"]
    return Table("sources", COLUMNS, rows_of(watched_sources(conn, limit=limit), COLUMNS), show=show)


def record_listing(conn: sqlite3.Connection, source_id: int, listed: Listed) -> None:
    """Remember one fetch of a source: when, how it went, and the validators for the next conditional GET."""
    conn.execute(
        "UPDATE watched_sources SET last_fetch = ?, last_status = ?, http_status = coalesce(?, http_status),"
        " etag = CASE WHEN ? THEN etag ELSE ? END, last_modified = CASE WHEN ? THEN last_modified ELSE ? END,"
        " fetches = fetches + 1, not_modified = not_modified + ?, entries = coalesce(?, entries) WHERE id = ?",
        (
            now(),
            listed.status,
            listed.http_status,
            listed.not_modified or listed.entries is None,
            listed.etag,
            listed.not_modified or listed.entries is None,
            listed.last_modified,
            int(listed.not_modified),
            listed.entries,
            source_id,
        ),
    )


def known_address(conn: sqlite3.Connection, address: str) -> int | None:
    """The id of the stored article this canonical address leads to, if one does."""
    row = conn.execute("SELECT article_id FROM page_addresses WHERE address = ?", (address,)).fetchone()
    return int(row[0]) if row else None


def article_with_text(conn: sqlite3.Connection, sha256: str) -> int | None:
    """The id of the stored article with exactly this text (its SHA-256), if any."""
    row = conn.execute("SELECT id FROM articles WHERE sha256 = ?", (sha256,)).fetchone()
    return int(row[0]) if row else None


def record_page(conn: sqlite3.Connection, article_id: int, page: Page) -> None:
    """Keep where an article was fetched from (the first time), and every address of the page as leading to it."""
    source = source_at(conn, page.via) if page.via else None
    if page.url:
        conn.execute(
            "INSERT OR IGNORE INTO article_pages (article_id, url, canonical, source_id, author, site_name, fetched)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, page.url, page.canonical, source.id if source else None, page.author, page.site_name, now()),
        )
    add_addresses(conn, article_id, [page.requested, page.url, page.canonical])


def add_addresses(conn: sqlite3.Connection, article_id: int, addresses: list[str | None]) -> None:
    """Record addresses (canonical spellings) as leading to a stored article; an address known already keeps its
    article."""
    conn.executemany(
        "INSERT OR IGNORE INTO page_addresses (address, article_id) VALUES (?, ?)",
        [(a, article_id) for a in dict.fromkeys(addresses) if a],
    )
    for address in addresses:
        if address:
            forget_failure(conn, address)


def failed_permanently(conn: sqlite3.Connection, url: str) -> bool:
    """True when fetching this address failed for good (a 404, robots.txt, not HTML): it is not asked again."""
    row = conn.execute("SELECT permanent FROM fetch_failures WHERE url = ?", (url,)).fetchone()
    return bool(row and row[0])


def record_failure(
    conn: sqlite3.Connection,
    url: str,
    reason: str,
    *,
    permanent: bool,
    status: int | None = None,
    source_id: int | None = None,
) -> None:
    """Remember that an address could not be fetched or read, and why."""
    stamp = now()
    conn.execute(
        "INSERT INTO fetch_failures (url, source_id, reason, status, permanent, first, last)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET reason = excluded.reason,"
        " status = excluded.status, permanent = excluded.permanent, attempts = attempts + 1, last = excluded.last",
        (url, source_id, reason, status, int(permanent), stamp, stamp),
    )


def forget_failure(conn: sqlite3.Connection, url: str) -> None:
    """An address that failed before has now been read."""
    conn.execute("DELETE FROM fetch_failures WHERE url = ?", (url,))
