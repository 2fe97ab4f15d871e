from __future__ import annotations

import gzip

import pytest

from sitrep.errors import FeedError
from sitrep.fetch.feeds import read_listing

BASE = "http://127.0.0.1:8000"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Courier</title><link>http://127.0.0.1:8000/</link>
<item><title>Ferry talks resume</title><link>http://127.0.0.1:8000/news/1?utm_source=rss</link>
<pubDate>Fri, 27 Sep 2024 16:38:00 GMT</pubDate></item>
<item><title>Second story</title><link>/news/2</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id><updated>2024-09-27T10:00:00Z</updated>
<entry><title>An atom entry</title><id>urn:1</id><link href="http://127.0.0.1:8000/a/1"/>
<updated>2024-09-26T08:00:00Z</updated></entry></feed>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://127.0.0.1:8000/news/3</loc>
  <news:news><news:publication><news:name>Courier</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>2024-09-25T09:00:00+00:00</news:publication_date><news:title>Dock strike ends</news:title>
  </news:news></url>
<url><loc>http://127.0.0.1:8000/news/4</loc><lastmod>2024-09-24</lastmod></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://127.0.0.1:8000/sitemap-news.xml</loc></sitemap></sitemapindex>"""


def test_feeds_rss_entries_are_canonical_with_title_and_date() -> None:
    listing = read_listing(RSS, f"{BASE}/feed.xml")
    assert listing.kind == "feed"
    assert [e.url for e in listing.entries] == [f"{BASE}/news/1", f"{BASE}/news/2"]
    assert listing.entries[0].title == "Ferry talks resume"
    assert listing.entries[0].published == "2024-09-27T16:38:00+00:00"
    assert listing.entries[1].published is None


def test_feeds_atom_entries() -> None:
    (entry,) = read_listing(ATOM, f"{BASE}/atom").entries
    assert (entry.url, entry.title, entry.published) == (f"{BASE}/a/1", "An atom entry", "2024-09-26T08:00:00+00:00")


def test_feeds_news_sitemap_gives_titles_and_dates_and_an_index_its_sitemaps() -> None:
    listing = read_listing(NEWS_SITEMAP, f"{BASE}/sitemap-news.xml")
    assert listing.kind == "sitemap"
    assert [(e.url, e.title, e.published) for e in listing.entries] == [
        (f"{BASE}/news/3", "Dock strike ends", "2024-09-25T09:00:00+00:00"),
        (f"{BASE}/news/4", None, "2024-09-24T00:00:00"),
    ]
    assert read_listing(INDEX, f"{BASE}/sitemap.xml").sitemaps == [f"{BASE}/sitemap-news.xml"]
    assert read_listing(gzip.compress(NEWS_SITEMAP), f"{BASE}/s.xml.gz").entries[0].url == f"{BASE}/news/3"


def test_feeds_home_page_discovers_its_feeds() -> None:
    html = (
        b'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>'
    )
    listing = read_listing(html, f"{BASE}/")
    assert listing.kind == "home" and listing.feeds == [f"{BASE}/feed.xml"]


def test_feeds_malformed_feed_and_sitemap_are_named_errors() -> None:
    with pytest.raises(FeedError, match="malformed feed"):
        read_listing(b"<rss><channel><item><title>broken", f"{BASE}/bad.xml")
    with pytest.raises(FeedError, match="malformed sitemap"):
        read_listing(b"<urlset><url><loc>x</loc>", f"{BASE}/bad-sitemap.xml")


def test_feeds_sitemap_entities_are_not_expanded() -> None:
    evil = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://127.0.0.1:8000/&e;</loc></url></urlset>"""
    listing = read_listing(evil, f"{BASE}/s.xml")
    assert all("root:" not in e.url for e in listing.entries)
