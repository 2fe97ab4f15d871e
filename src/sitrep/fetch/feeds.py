"""What a watched source lists: the article addresses of an RSS/Atom feed (feedparser), of a sitemap, a sitemap index
or a news sitemap (lxml, with entities and network access off), and the feeds a home page links to (trafilatura's
feed discovery). Each address comes with what the listing says of it (title, date), to fill what a page lacks.

    listing = read_listing(response.body, response.url)
    listing.kind, listing.entries, listing.sitemaps, listing.feeds
"""

from __future__ import annotations

import calendar
import gzip
import io
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
from lxml import etree
from trafilatura.feeds import FeedParameters, determine_feed

from sitrep.errors import FeedError
from sitrep.fetch.urls import canonical, is_web_url

MAX_UNZIPPED = 50_000_000  # a gzipped sitemap may not unpack to more than this (sitemaps.org's own limit)


@dataclass(slots=True, frozen=True)
class Entry:
    """One article address a listing names, with its title and date (ISO 8601) when it gives them."""

    url: str
    title: str | None = None
    published: str | None = None


@dataclass(slots=True)
class Listing:
    """A source read: its kind ("feed", "sitemap" or "home"), the article entries, child sitemaps (of a sitemap
    index) and the feeds a home page links to."""

    kind: str
    entries: list[Entry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)


def read_listing(body: bytes, url: str) -> Listing:
    """Read a fetched source as a feed, a sitemap or a home page, by what the body holds."""
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body, url)
    head = body[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and b"<rss" not in head):
        return Listing("home", feeds=discover_feeds(body.decode("utf-8", errors="replace"), url))
    if b"<urlset" in body[:4096] or b"<sitemapindex" in body[:4096]:
        return read_sitemap(body, url)
    return read_feed(body, url)


def read_feed(body: bytes, url: str) -> Listing:
    """The entries of an RSS or Atom feed (a feed that is not well-formed is read as far as it goes); a `FeedError`
    when nothing can be read from it."""
    parsed: Any = feedparser.parse(body, response_headers={"content-location": url})
    entries = []
    for item in parsed.entries:
        link = canonical(item.get("link") or "", base=url)
        if item.get("link") and is_web_url(link):
            entries.append(Entry(link, _text(item.get("title")), _feed_date(item)))
    if not entries and parsed.bozo:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "not well-formed")()
        raise FeedError(f"{url}: malformed feed ({reason}); nothing read", url=url)
    if not entries and not parsed.get("version"):
        raise FeedError(f"{url}: neither a feed nor a sitemap; nothing read", url=url, permanent=True)
    return Listing("feed", entries=entries)


def read_sitemap(body: bytes, url: str) -> Listing:
    """The pages of a sitemap (with a news sitemap's titles and dates), or the child sitemaps of an index."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as e:
        raise FeedError(f"{url}: malformed sitemap ({e}); nothing read", url=url) from e
    if etree.QName(root).localname == "sitemapindex":
        return Listing("sitemap", sitemaps=[canonical(loc, base=url) for loc in _texts(root, "sitemap", "loc")])
    entries = []
    for node in root.iterfind("{*}url"):
        loc = _child(node, "loc")
        if loc and is_web_url(canonical(loc, base=url)):
            news = node.find("{*}news")
            title = _child(news, "title") if news is not None else None
            date = (_child(news, "publication_date") if news is not None else None) or _child(node, "lastmod")
            entries.append(Entry(canonical(loc, base=url), title, _iso(date)))
    return Listing("sitemap", entries=entries)


def discover_feeds(html: str, url: str) -> list[str]:
    """The feeds a home page links to (<link rel=alternate>, else links that look like feeds)."""
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    found = determine_feed(html, FeedParameters(base, parts.hostname or "", url))
    return list(dict.fromkeys(canonical(link, base=url) for link in found))


def _gunzip(body: bytes, url: str) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
            data = handle.read(MAX_UNZIPPED + 1)
    except (OSError, EOFError) as e:
        raise FeedError(f"{url}: a broken gzip file; nothing read", url=url) from e
    if len(data) > MAX_UNZIPPED:
        raise FeedError(f"{url}: unpacks to more than {MAX_UNZIPPED:,} bytes; not read", url=url, permanent=True)
    return data


def _texts(root: Any, parent: str, child: str) -> list[str]:
    return [t for node in root.iterfind(f"{{*}}{parent}") if (t := _child(node, child))]


def _child(node: Any, name: str) -> str | None:
    found = node.find(f"{{*}}{name}")
    return _text(found.text) if found is not None else None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _feed_date(item: Any) -> str | None:
    parsed: time.struct_time | None = item.get("published_parsed") or item.get("updated_parsed")
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()


def _iso(value: str | None) -> str | None:
    """A sitemap date (W3C datetime: 2024-09-27, 2024-09-27T16:38:00+00:00, …) as ISO 8601, or None."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None
