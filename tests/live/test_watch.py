from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.fetch.http import Settings
from sitrep.live.watch import Watcher, parse_every, watch
from tests.http_helpers import Site, page
from tests.live.conftest import STORIES

FAST = Settings(delay=0.0, timeout=0.5, retries=0)
PAGES = ["/news/ferry-talks", "/news/bridge-closed", "/news/dock-strike-ends"]


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_watch_once_stores_every_reachable_article_and_reports_the_rest(news_site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    cycle = watch([news_site.url("/feed.xml"), news_site.url("/sitemap-news.xml")], db, settings=FAST)
    stored = dict(rows(db, "SELECT url, title FROM articles"))
    assert stored == {news_site.url(p): STORIES[p][0] for p in PAGES}
    assert news_site.hits("/private/draft") == 0
    reasons = [r for _, r in cycle.report.failures]
    assert len(reasons) == 2 and any("HTTP 404" in r for r in reasons) and any("robots.txt" in r for r in reasons)
    via = dict(rows(db, "SELECT a.url, s.url FROM article_pages a JOIN watched_sources s ON s.id = a.source_id"))
    assert via[news_site.url("/news/dock-strike-ends")] == news_site.url("/sitemap-news.xml")
    assert via[news_site.url("/news/ferry-talks")] == news_site.url("/feed.xml")


def test_watch_second_cycle_asks_conditionally_and_fetches_no_page_again(news_site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    sources = [news_site.url("/feed.xml"), news_site.url("/sitemap-news.xml")]
    watch(sources, db, settings=FAST)
    before = len(news_site.requests)
    second = watch(sources, db, settings=FAST)
    later = news_site.requests[before:]
    assert sorted(p for p, _ in later) == ["/feed.xml", "/robots.txt", "/sitemap-news.xml"]
    feed_headers = next(h for p, h in later if p == "/feed.xml")
    sitemap_headers = next(h for p, h in later if p == "/sitemap-news.xml")
    assert feed_headers["if-none-match"] == '"feed-1"'
    assert sitemap_headers["if-modified-since"] == "Thu, 26 Sep 2024 07:30:00 GMT"
    assert second.not_modified == 2 and second.report.summary.ingested == 0
    statuses = rows(db, "SELECT url, last_status, not_modified, kind FROM watched_sources ORDER BY id")
    assert statuses == [
        (sources[0], "not modified", 1, "feed"),
        (sources[1], "not modified", 1, "sitemap"),
    ]


def test_watch_changed_feed_brings_only_the_new_article(news_site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    feed = news_site.url("/feed.xml")
    watch([feed], db, settings=FAST)
    news_site.add(
        "/news/new-pier",
        page(
            "A new pier opens",
            "The long awaited pier opened to walkers on Sunday "
            "morning after a year of building work by the harbour authority.",
        ),
    )
    from tests.live.conftest import feed as make_feed

    body = make_feed(news_site, ["/news/new-pier", "/news/ferry-talks", "/news/bridge-closed"])
    news_site.add("/feed.xml", body, content_type="application/rss+xml", etag='"feed-2"')
    before = len(news_site.requests)
    cycle = watch([feed], db, settings=FAST)
    assert sorted(p for p, _ in news_site.requests[before:]) == ["/feed.xml", "/news/new-pier", "/robots.txt"]
    assert cycle.report.summary.ingested == 1 and cycle.report.known == 2


def test_watch_feed_fills_the_date_a_page_lacks(news_site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    watch([news_site.url("/feed.xml")], db, settings=FAST)
    published = dict(rows(db, "SELECT url, published FROM articles"))
    assert published[news_site.url("/news/ferry-talks")] == "2024-09-24T08:00+00:00"


def test_watch_home_page_is_followed_through_the_feed_it_links_to(news_site: Site, tmp_path: Path) -> None:
    news_site.add(
        "/",
        '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>'
        "<body><a href='/news/ferry-talks'>Ferry talks</a></body></html>",
    )
    db = tmp_path / "news.db"
    watch([news_site.url("/")], db, settings=FAST)
    kinds = rows(db, "SELECT url, kind, parent_id FROM watched_sources ORDER BY id")
    assert kinds == [(news_site.url("/"), "home", None), (news_site.url("/feed.xml"), "feed", 1)]
    assert len(rows(db, "SELECT id FROM articles")) == 2


def test_watch_malformed_feed_is_reported_and_other_sources_go_on(news_site: Site, tmp_path: Path) -> None:
    news_site.add("/broken.xml", "<rss><channel><item><title>cut off", content_type="application/rss+xml")
    db = tmp_path / "news.db"
    cycle = watch([news_site.url("/broken.xml"), news_site.url("/sitemap-news.xml")], db, settings=FAST)
    assert len(cycle.source_errors) == 1 and "malformed feed" in cycle.source_errors[0]
    assert cycle.report.summary.ingested == 1
    status = rows(db, "SELECT last_status FROM watched_sources WHERE url LIKE '%broken.xml'")[0][0]
    assert isinstance(status, str) and "malformed feed" in status


def test_watch_stops_when_asked_between_cycles(news_site: Site, tmp_path: Path) -> None:
    with Watcher([news_site.url("/sitemap-news.xml")], tmp_path / "news.db", settings=FAST) as watcher:
        threading.Timer(0.2, watcher.stop.set).start()
        last = watcher.run(every=3600)
    assert watcher.cycles == 1 and last.report.summary.ingested == 1


def test_watch_parse_every() -> None:
    assert [parse_every(t) for t in ("90", "30s", "15m", "2h", "1d")] == [90, 30, 900, 7200, 86400]
    with pytest.raises(ValueError, match="not a duration"):
        parse_every("soon")


def test_watch_cli_once_and_sources(news_site: Site, tmp_path: Path, runner: CliRunner) -> None:
    db = str(tmp_path / "news.db")
    result = runner.invoke(app, ["watch", news_site.url("/sitemap-news.xml"), "--db", db, "--once", "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert "cycle 1: 1 source(s)" in result.output and "stored 1" in result.output
    listed = runner.invoke(app, ["sources", "--db", db, "--format", "csv"])
    assert listed.exit_code == 0 and news_site.url("/sitemap-news.xml") in listed.stdout
    both = runner.invoke(app, ["watch", news_site.url("/feed.xml"), "--db", db])
    assert both.exit_code == 1 and "--once or --every" in both.output


def test_watch_feed_served_as_a_generic_type_is_read(news_site: Site, tmp_path: Path) -> None:
    from tests.live.conftest import feed as make_feed

    news_site.add("/feed", make_feed(news_site, ["/news/bridge-closed"]), content_type="application/octet-stream")
    cycle = watch([news_site.url("/feed")], tmp_path / "news.db", settings=FAST)
    assert not cycle.source_errors and cycle.report.summary.ingested == 1
