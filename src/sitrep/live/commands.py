"""The live-news commands (`sitrep fetch`, `sitrep watch`, `sitrep sources`), registered on the main CLI. Each checks
its arguments, calls one library function and prints what happened; errors become one line and exit code 1."""

from __future__ import annotations

import signal
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import FrameType
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from sitrep.errors import SitrepError
from sitrep.fetch.http import Settings
from sitrep.live.pages import Report, fetch_urls
from sitrep.live.watch import Cycle, Watcher, parse_every
from sitrep.reader import Options
from sitrep.store.db import reading
from sitrep.store.sources import sources_table
from sitrep.store.table import print_tables

err = Console(stderr=True, highlight=False, soft_wrap=True)
EXIT_FAILED = 1
DEFAULTS = Settings()

Db = Annotated[str, typer.Option("--db", envvar="SITREP_DB", help="The SQLite database file (or SITREP_DB).")]
Contact = Annotated[
    str | None,
    typer.Option(envvar="SITREP_CONTACT", help="A URL saying who runs this sitrep, sent in the User-Agent."),
]
Delay = Annotated[float, typer.Option(help="Seconds between two requests to one host.")]
PerHost = Annotated[int, typer.Option(help="Requests in flight to one host.")]
Timeout = Annotated[float, typer.Option(help="Seconds for one response, body included.")]
MaxBytes = Annotated[int, typer.Option(help="Refuse a page or feed larger than this many bytes.")]


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except SitrepError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(EXIT_FAILED) from e
    except sqlite3.Error as e:
        err.print(f"[red]error:[/] the database failed: {escape(str(e))}")
        raise typer.Exit(EXIT_FAILED) from e


def _settings(contact: str | None, delay: float, per_host: int, timeout: float, max_bytes: int) -> Settings:
    return Settings(contact=contact, delay=delay, per_host=per_host, timeout=timeout, max_bytes=max_bytes)


def fetch_command(
    urls: Annotated[list[str], typer.Argument(help="Web page addresses (http or https).")],
    db: Db = "sitrep.db",
    contact: Contact = None,
    delay: Delay = DEFAULTS.delay,
    per_host: PerHost = DEFAULTS.per_host,
    timeout: Timeout = DEFAULTS.timeout,
    max_bytes: MaxBytes = DEFAULTS.max_bytes,
    published: Annotated[str | None, typer.Option(help="Publication date (ISO 8601) for pages that lack one.")] = None,
) -> None:
    """Fetch web pages, extract each article (title, date, author, site name, canonical URL) and store it.

    robots.txt is honoured and each host is asked politely (--delay, --per-host). An address stored already, or
    whose page's canonical URL is stored already, is not stored again. A page that cannot be fetched (HTTP error,
    timeout, not HTML, too large) is reported in one line and the others go on; the exit code is then 1.

    Examples:

      sitrep fetch https://example.org/news/2024/09/27/story.html --db news.db

      SITREP_CONTACT=https://example.org/about sitrep fetch URL1 URL2 --db news.db --delay 2
    """
    settings = _settings(contact, delay, per_host, timeout, max_bytes)
    with _errors():
        report = fetch_urls(urls, db, settings=settings, options=Options(published=published))
    _report(report)
    if report.failures:
        raise typer.Exit(EXIT_FAILED)


def watch_command(
    sources: Annotated[list[str], typer.Argument(help="RSS/Atom feeds, sitemaps (index, news) or home pages.")],
    db: Db = "sitrep.db",
    once: Annotated[bool, typer.Option("--once", help="Run one cycle and exit (for cron).")] = False,
    every: Annotated[
        str | None, typer.Option(help="Run a cycle this often (30s, 15m, 2h), give or take 10%, until stopped.")
    ] = None,
    contact: Contact = None,
    delay: Delay = DEFAULTS.delay,
    per_host: PerHost = DEFAULTS.per_host,
    timeout: Timeout = DEFAULTS.timeout,
    max_bytes: MaxBytes = DEFAULTS.max_bytes,
) -> None:
    """Follow feeds, sitemaps and home pages: store every new article they list.

    Each cycle asks every source conditionally (ETag / Last-Modified: an unchanged source costs one 304), reads the
    new article addresses (canonical, tracking parameters dropped; stored ones and ones that failed for good are
    skipped), fetches and stores them; what the feed or sitemap says fills a page's missing title or date. A home
    page is watched through the feeds it links to. One line on stderr per cycle; SIGINT or SIGTERM stops after
    the current article.

    Examples:

      sitrep watch https://example.org/feed.xml --db news.db --once

      sitrep watch https://example.org/ https://example.org/sitemap-news.xml --db news.db --every 15m
    """
    if once == (every is not None):
        err.print("[red]error:[/] give either --once or --every (e.g. --every 15m)")
        raise typer.Exit(EXIT_FAILED)
    try:
        seconds = parse_every(every) if every is not None else None
    except ValueError as e:
        err.print(f"[red]error:[/] --every: {escape(str(e))}")
        raise typer.Exit(EXIT_FAILED) from e
    settings = _settings(contact, delay, per_host, timeout, max_bytes)
    with _errors(), Watcher(sources, db, settings=settings, on_cycle=_cycle_line) as watcher, _stopping(watcher.stop):
        last = watcher.run(every=seconds)
    if once and (last.report.failures or last.source_errors):
        raise typer.Exit(EXIT_FAILED)


def sources_command(
    db: Db = "sitrep.db",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table for people; json or csv for programs.")] = "table",
) -> None:
    """The watched sources: kind, last fetch, status, ETag / Last-Modified, entries listed, articles stored and
    addresses failed.

    Examples:

      sitrep sources --db news.db

      sitrep sources --db news.db --format json
    """
    if fmt not in ("table", "json", "csv"):
        err.print("[red]error:[/] --format is table, json or csv")
        raise typer.Exit(EXIT_FAILED)
    with _errors(), reading(db) as conn:
        table = sources_table(conn)
    print_tables([table], fmt)


@contextmanager
def _stopping(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set `stop` (the watcher finishes the article it is storing) instead of killing."""

    def handle(signum: int, frame: FrameType | None) -> None:
        err.print(f"[yellow]stopping:[/] {signal.Signals(signum).name} received; finishing the current article")
        stop.set()

    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _cycle_line(cycle: Cycle) -> None:
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    err.print(f"{stamp} {escape(cycle.line())}")
    for line in cycle.source_errors:
        err.print(f"  [red]source failed[/] {escape(line)}")
    for _, reason in cycle.report.failures:
        err.print(f"  [red]failed[/] {escape(reason)}")


def _report(r: Report) -> None:
    s = r.summary
    err.print(
        f"stored {s.ingested}, {r.known + s.duplicates} already stored, {s.near_duplicates} near-duplicate(s), "
        f"{r.failed_before} failed before, failed {len(s.failed)} — {s.seconds:.1f} s"
    )
    for warning in s.warnings[:10]:
        err.print(f"  [yellow]warning[/] {escape(warning)}")
    for _, reason in s.failed:
        err.print(f"  [red]failed[/] {escape(reason)}")


COMMANDS: dict[str, Callable[..., None]] = {
    "fetch": fetch_command,
    "watch": watch_command,
    "sources": sources_command,
}


def register(app: typer.Typer) -> None:
    """Add the live-news commands to the `sitrep` CLI."""
    for name, function in COMMANDS.items():
        app.command(name)(function)
