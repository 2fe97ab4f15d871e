"""A made-up news site on 127.0.0.1 (short invented articles), with a feed, a news sitemap and robots.txt."""

from __future__ import annotations

import pytest

from tests.http_helpers import Site, page, site

__all__ = ["news_site", "site"]

STORIES = {
    "/news/ferry-talks": (
        "Ferry talks resume in Port Alden",
        "Negotiators for the harbour authority and the ferry crews met again on Tuesday in Port Alden, the first "
        "meeting since the strike began three weeks ago.",
        "The two sides said they would meet again on Friday to discuss pay and the new winter timetable.",
    ),
    "/news/bridge-closed": (
        "Old bridge closed for repairs",
        "The old stone bridge over the Alden river will stay closed to traffic for two months while engineers "
        "replace its worn supports, the town council said on Monday.",
        "Buses will take a longer route through the northern district until the work is finished.",
    ),
    "/news/dock-strike-ends": (
        "Dock strike ends after deal on pay",
        "Dock workers in Port Alden returned to work on Thursday after their union accepted a deal that raises "
        "pay by four percent over two years.",
        "Shipping companies said the backlog of containers would be cleared within ten days.",
    ),
    "/private/draft": (
        "An unpublished draft",
        "This page is disallowed by robots.txt and must never be requested by any polite crawler at all.",
    ),
}


def feed(site: Site, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>{STORIES.get(p, ('Feed title for ' + p,))[0]}</title>"
        f"<link>{site.url(p)}?utm_source=rss&amp;utm_medium=feed</link>"
        "<pubDate>Tue, 24 Sep 2024 08:00:00 GMT</pubDate></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>The Harbour Courier</title>'
        f"<link>{site.url('/')}</link><description>News</description>{items}</channel></rss>"
    )


def news_sitemap(site: Site, paths: list[str]) -> str:
    urls = "".join(
        f"<url><loc>{site.url(p)}</loc><news:news><news:publication><news:name>The Harbour Courier</news:name>"
        "<news:language>en</news:language></news:publication>"
        "<news:publication_date>2024-09-26T07:30:00+00:00</news:publication_date>"
        f"<news:title>{STORIES[p][0]}</news:title></news:news></url>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
    )


@pytest.fixture
def news_site(site: Site) -> Site:
    """The feed lists two stories, a disallowed draft and a missing page; the news sitemap lists the third story."""
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    for path, (title, *paragraphs) in STORIES.items():
        site.add(path, page(title, *paragraphs))
    site.add(
        "/feed.xml",
        feed(site, ["/news/ferry-talks", "/news/bridge-closed", "/private/draft", "/news/missing"]),
        content_type="application/rss+xml",
        etag='"feed-1"',
    )
    site.add(
        "/sitemap-news.xml",
        news_sitemap(site, ["/news/dock-strike-ends"]),
        content_type="application/xml",
        last_modified="Thu, 26 Sep 2024 07:30:00 GMT",
    )
    return site
