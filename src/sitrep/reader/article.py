"""One article as a string: read it (HTML when asked), find its sections, settle its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sitrep.errors import InputError, TooLargeError
from sitrep.reader.html import Page, read_page
from sitrep.reader.layout import Layout, read_layout
from sitrep.record import Article, article_id

__all__ = ["MAX_CHARS", "Prepared", "check_text", "parse_published", "prepare"]

# The longest article text the pipeline takes (spaCy's `nlp.max_length`, which the pipeline sets from this): a
# longer one is a `TooLargeError`, never spaCy's own error. For HTML it is the extracted article text that counts.
MAX_CHARS = 1_000_000


@dataclass(slots=True)
class Prepared:
    """An article ready for the pipeline: its exact text, metadata and sections."""

    text: str
    article: Article
    layout: Layout
    warnings: list[str] = field(default_factory=list)
    page: Page | None = None  # for an HTML page: its canonical URL, author, site name (and where it was fetched)


def prepare(
    text: str,
    *,
    published: datetime | date | str | None = None,
    url: str | None = None,
    source: str | None = None,
    html: bool = False,
    title: str | None = None,
    fetched: Page | None = None,
) -> Prepared:
    """Read an article (HTML when `html`), find its sections, and settle its metadata.

    Metadata the caller gives wins over what the text states (a dateline, a wire source). A page `fetched` from the
    web is HTML; what its feed or sitemap said (`fetched.hints`) fills only what the page itself lacks, and its site
    name is the source when neither the caller nor a wire opening names one."""
    for what, value in (("text", text), ("title", title), ("url", url), ("source", source)):
        check_text(value, what)
    given = parse_published(published)
    page_date = None
    page = None
    if fetched is not None:
        html, url = True, fetched.url or url
    if html:
        found = read_page(text, url=url)
        text, page_date, page = found.text, found.published, found.page
        hints = fetched.hints if fetched is not None else {}
        title = title or found.title or hints.get("title")
        page_date = page_date or _hint_date(hints.get("published"))
        if fetched is not None:
            page = replace(fetched, canonical=page.canonical, author=page.author, site_name=page.site_name)
    if len(text) > MAX_CHARS:
        raise TooLargeError(
            f"the article is {len(text):,} characters long, over the {MAX_CHARS:,}-character limit for one article; "
            "split it into several"
        )
    layout = read_layout(text, title=title)
    article = Article(
        id=article_id(text),
        title=layout.title or title,
        subtitle=layout.subtitle,
        published=given or layout.published or page_date,
        url=url,
        source=source or layout.source or (page.site_name if fetched is not None and page else None),
    )
    return Prepared(text, article, layout, page=page)


def _hint_date(value: str | None) -> datetime | date | None:
    try:
        return parse_published(value)
    except InputError:
        return None


def check_text(value: object, what: str = "text") -> None:
    """Raise an `InputError` when a string cannot be text: it holds a lone surrogate (from a JSON escape such as
    "\\ud800"), which no output encoding can write."""
    if not isinstance(value, str):
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(
            f"the {what} holds a lone surrogate (U+{ord(value[e.start]):04X}) at character {e.start}, which is not "
            "text; send valid Unicode"
        ) from e


def parse_published(value: datetime | date | str | None) -> datetime | date | None:
    """A publication date from a `datetime`, a `date` or an ISO 8601 string."""
    if value is None or isinstance(value, datetime | date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as e:
        raise InputError(
            f"published date {value!r} is not ISO 8601 (for example 2024-09-27 or 2024-09-27T16:38)"
        ) from e
    return parsed.date() if len(text) <= 10 else parsed
