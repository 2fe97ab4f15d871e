"""One article as a string: read it (HTML when asked), find its sections, settle its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sitrep.errors import InputError
from sitrep.reader.html import read_html
from sitrep.reader.layout import Layout, read_layout
from sitrep.record import Article, article_id

__all__ = ["Prepared", "parse_published", "prepare"]


@dataclass(slots=True)
class Prepared:
    """An article ready for the pipeline: its exact text, metadata and sections."""

    text: str
    article: Article
    layout: Layout
    warnings: list[str] = field(default_factory=list)


def prepare(
    text: str,
    *,
    published: datetime | date | str | None = None,
    url: str | None = None,
    source: str | None = None,
    html: bool = False,
    title: str | None = None,
) -> Prepared:
    """Read an article (HTML when `html`), find its sections, and settle its metadata.

    Metadata the caller gives wins over what the text states (a dateline, a wire source)."""
    given = parse_published(published)
    page_date = None
    if html:
        text, page_title, page_date = read_html(text, url=url)
        title = title or page_title
    layout = read_layout(text, title=title)
    article = Article(
        id=article_id(text),
        title=layout.title or title,
        subtitle=layout.subtitle,
        published=given or layout.published or page_date,
        url=url,
        source=source or layout.source,
    )
    return Prepared(text, article, layout)


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
