"""HTML pages: trafilatura finds the article text, the title, the date and what the page says about itself
(canonical URL, author, site name). Its options are data: `[html.trafilatura]` in `data/reader.toml`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import trafilatura

from sitrep.data_files import load_toml
from sitrep.errors import NoArticleError


@dataclass(slots=True)
class Page:
    """Where a web page came from and what it says about itself beyond the SPEC's article fields (the store keeps
    it beside the article). `url` is the address it was fetched from, after redirects."""

    url: str | None = None
    requested: str | None = None  # the address asked for, before redirects
    canonical: str | None = None  # the page's own canonical URL (<link rel=canonical>, og:url)
    author: str | None = None
    site_name: str | None = None
    via: str | None = None  # the watched source (feed, sitemap) that listed it
    hints: dict[str, str] = field(default_factory=dict)  # what the feed or sitemap said: title, published


@dataclass(slots=True)
class HtmlArticle:
    """The article a page holds: text (the title first, as its own paragraph), title, date and page metadata."""

    text: str
    title: str | None
    published: datetime | date | None
    page: Page


def read_page(html: str, *, url: str | None = None) -> HtmlArticle:
    """The article in an HTML page, or a `NoArticleError` when the page holds none."""
    settings = load_toml("reader.toml")["html"]
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, **settings.get("trafilatura", {}))
    result: dict[str, object] = {}
    if isinstance(document, dict):
        result = document
    elif document is not None:
        result = document.as_dict()
    body = str(result.get("text") or "")
    if len(body.split()) < int(settings["min_words"]):
        raise NoArticleError("no article text found in the HTML page (is it an index, a login or an error page?)")
    title = _field(result, "title")
    text = body if title is None or body.startswith(title) else f"{title}\n\n{body}"
    page = Page(
        url=url,
        canonical=_field(result, "url"),
        author=_field(result, "author"),
        site_name=_field(result, "sitename"),
    )
    return HtmlArticle(text, title, _page_date(result.get("date")), page)


def read_html(html: str, *, url: str | None = None) -> tuple[str, str | None, datetime | date | None]:
    """The article text of a page (the title first, as its own paragraph), its title and its date."""
    article = read_page(html, url=url)
    return article.text, article.title, article.published


def _field(result: dict[str, object], name: str) -> str | None:
    value = result.get(name)
    return value.strip() or None if isinstance(value, str) else None


def _page_date(value: object) -> datetime | date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.date() if len(value) <= 10 else parsed
