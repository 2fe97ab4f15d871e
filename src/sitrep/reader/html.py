"""HTML pages: trafilatura finds the title, the date and the article text."""

from __future__ import annotations

from datetime import date, datetime

import trafilatura

from sitrep.data_files import load_toml
from sitrep.errors import NoArticleError


def read_html(html: str, *, url: str | None = None) -> tuple[str, str | None, datetime | date | None]:
    """The article text of a page (the title first, as its own paragraph), its title and its date."""
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    result: dict[str, object] = {}
    if isinstance(document, dict):
        result = document
    elif document is not None:
        result = document.as_dict()
    body = str(result.get("text") or "")
    if len(body.split()) < int(load_toml("reader.toml")["html"]["min_words"]):
        raise NoArticleError("no article text found in the HTML page (is it an index, a login or an error page?)")
    title = str(result.get("title") or "").strip() or None
    text = body if title is None or body.startswith(title) else f"{title}\n\n{body}"
    return text, title, _page_date(result.get("date"))


def _page_date(value: object) -> datetime | date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.date() if len(value) <= 10 else parsed
