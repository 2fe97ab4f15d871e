from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.fetch.http import Settings
from sitrep.live.pages import fetch_urls
from tests.http_helpers import Site, page
from tests.live.conftest import STORIES

FAST = Settings(delay=0.0, timeout=0.5, retries=0)


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_pages_fetch_stores_one_page_with_its_title_url_and_metadata(news_site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    url = news_site.url("/news/ferry-talks")
    report = fetch_urls([url + "?utm_campaign=x"], db, settings=FAST)
    assert report.summary.ingested == 1 and not report.failures
    assert rows(db, "SELECT title, url, source FROM articles") == [
        ("Ferry talks resume in Port Alden", url, "The Harbour Courier")
    ]
    assert rows(db, "SELECT url, author, site_name FROM article_pages") == [(url, "Mara Quell", "The Harbour Courier")]


def test_pages_fetch_reports_a_404_and_a_disallowed_page_and_goes_on(news_site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    urls = [news_site.url(p) for p in ("/news/missing", "/private/draft", "/news/bridge-closed")]
    report = fetch_urls(urls, db, settings=FAST)
    reasons = [r for _, r in report.failures]
    assert any("/news/missing: HTTP 404 Not Found" in r for r in reasons)
    assert any("/private/draft: disallowed by robots.txt" in r for r in reasons)
    assert report.summary.ingested == 1
    assert news_site.hits("/private/draft") == 0
    assert rows(db, "SELECT url, permanent, status FROM fetch_failures ORDER BY url") == [
        (news_site.url("/news/missing"), 1, 404),
        (news_site.url("/private/draft"), 1, None),
    ]
    again = fetch_urls(urls, db, settings=FAST)  # nothing is asked again: stored, or failed for good
    assert (again.known, again.failed_before, again.summary.ingested) == (1, 2, 0)
    assert news_site.hits("/news/missing") == 1 and news_site.hits("/news/bridge-closed") == 1


def test_pages_same_article_by_two_addresses_is_stored_once(site: Site, tmp_path: Path) -> None:
    title, *paragraphs = STORIES["/news/ferry-talks"]
    canonical = site.url("/news/ferry-talks")
    site.add("/news/ferry-talks", page(title, *paragraphs, canonical=canonical))
    # the same story under another address, with a different page around it (so the text differs too)
    site.add("/amp/ferry-talks", page(title, *paragraphs, "Read this story on the full site.", canonical=canonical))
    site.add("/old/ferry-talks", status=301, headers={"Location": "/news/ferry-talks"})
    db = tmp_path / "news.db"
    first = fetch_urls([canonical], db, settings=FAST)
    second = fetch_urls([site.url("/amp/ferry-talks"), site.url("/old/ferry-talks")], db, settings=FAST)
    assert first.summary.ingested == 1 and second.summary.ingested == 0 and second.known == 2
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]
    addresses = {a for (a,) in rows(db, "SELECT address FROM page_addresses")}
    assert {canonical, site.url("/amp/ferry-talks"), site.url("/old/ferry-talks")} <= addresses


def test_pages_redirected_page_keeps_the_address_it_was_fetched_from(site: Site, tmp_path: Path) -> None:
    title, *paragraphs = STORIES["/news/bridge-closed"]
    site.add("/news/bridge-closed", page(title, *paragraphs))
    site.add("/b/1", status=302, headers={"Location": "/news/bridge-closed"})
    db = tmp_path / "news.db"
    fetch_urls([site.url("/b/1")], db, settings=FAST)
    assert rows(db, "SELECT url FROM articles") == [(site.url("/news/bridge-closed"),)]


def test_pages_errors_for_a_slow_page_and_non_html(site: Site, tmp_path: Path) -> None:
    site.add("/slow", page("Slow", "words"), delay=1.5)
    site.add("/report.pdf", b"%PDF-1.4 ...", content_type="application/pdf")
    report = fetch_urls(
        [site.url("/slow"), site.url("/report.pdf"), "ftp://example.org/x"], tmp_path / "n.db", settings=FAST
    )
    reasons = sorted(r for _, r in report.failures)
    assert len(reasons) == 3
    assert any("timed out after 0.5 s" in r for r in reasons)
    assert any("not HTML (content type application/pdf)" in r for r in reasons)
    assert any("not an http(s) address" in r for r in reasons)


def test_pages_cli_fetch_stores_a_page_and_lists_nothing_to_watch(
    news_site: Site, tmp_path: Path, runner: CliRunner
) -> None:
    db = str(tmp_path / "news.db")
    result = runner.invoke(app, ["fetch", news_site.url("/news/dock-strike-ends"), "--db", db, "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert rows(Path(db), "SELECT title FROM articles") == [("Dock strike ends after deal on pay",)]
    missing = runner.invoke(app, ["fetch", news_site.url("/news/missing"), "--db", db, "--delay", "0"])
    assert missing.exit_code == 1 and "HTTP 404 Not Found" in missing.output
