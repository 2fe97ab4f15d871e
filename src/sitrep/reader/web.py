"""Web pages: a fetched HTML page becomes an article, with the address it came from (after redirects), its canonical
URL, author and site name, and what the feed or sitemap that listed it said (which fills only what the page lacks)."""

from __future__ import annotations

import codecs
import re

from sitrep.fetch.http import Response
from sitrep.reader.article import Prepared, prepare
from sitrep.reader.files import decode
from sitrep.reader.html import Page

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def prepare_page(
    response: Response,
    *,
    published: str | None = None,
    source: str | None = None,
    hints: dict[str, str] | None = None,
    via: str | None = None,
) -> Prepared:
    """The article in a fetched page (an `InputError` when there is none). `hints` are the listing's `title` and
    `published`; `via` the address of the watched source that listed the page."""
    text, warnings = page_text(response)
    fetched = Page(url=response.url, requested=response.requested, via=via, hints=dict(hints or {}))
    prepared = prepare(text, fetched=fetched, published=published, source=source)
    prepared.warnings.extend(warnings)
    return prepared


def page_text(response: Response) -> tuple[str, list[str]]:
    """The page's text, decoded as its header or its <meta charset> says (UTF-8 when neither does)."""
    charset = _codec(response.charset) or _meta_charset(response.body[:4096])
    if charset and charset != "utf-8":
        return response.body.decode(charset, errors="replace").removeprefix("\ufeff"), []
    decoded = decode(response.body, name=response.url, max_bytes=max(1, len(response.body)))
    return decoded.text, decoded.warnings


def _meta_charset(head: bytes) -> str | None:
    found = _META_CHARSET.search(head)
    return _codec(found.group(1).decode("ascii", errors="replace")) if found else None


def _codec(name: str | None) -> str | None:
    """The codec's own name ("utf-8", "cp1252", …), or None for a name Python does not know."""
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
