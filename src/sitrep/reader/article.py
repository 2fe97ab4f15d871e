"""One article as a string: read it (HTML when asked), find its sections, settle its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sitrep.errors import InputError, TooLargeError
from sitrep.reader.html import read_html
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
    for what, value in (("text", text), ("title", title), ("url", url), ("source", source)):
        check_text(value, what)
    given = parse_published(published)
    page_date = None
    if html:
        text, page_title, page_date = read_html(text, url=url)
        title = title or page_title
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
        source=source or layout.source,
    )
    return Prepared(text, article, layout)


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
