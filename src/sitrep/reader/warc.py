"""WARC and WARC.gz files (web archives, as crawlers write them): every HTML response in the archive is one article.

The URL is the record's `WARC-Target-URI`; its `WARC-Date` (when the page was captured) is the publication date
only when the page states none. Records that are not HTML responses (requests, metadata, images) are skipped. A
damaged archive is a `Failure` at the place it breaks; what came before it is kept. Reading needs the optional
package warcio (`pip install 'sitrep[warc]'`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import InputError
from sitrep.plugins import available
from sitrep.reader.article import Prepared, prepare
from sitrep.reader.files import decode, max_bytes_default
from sitrep.reader.html import Page

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(name: str) -> bool:
    """True for a file name that says WARC (`.warc`, `.warc.gz`)."""
    return name.lower().endswith(SUFFIXES)


def read_warc(
    source: str, *, published: str | None, source_name: str | None, max_bytes: int | None
) -> Iterator[tuple[str, Prepared | str]]:
    """Every HTML response in the archive at `source`: (its URL, the prepared article) or (a name, why it failed)."""
    if not available("warcio"):
        yield source, (f"{source}: reading WARC files needs warcio: pip install 'sitrep[warc]'")
        return
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = max_bytes or max_bytes_default()
    found = 0
    number = 0
    try:
        with Path(source).open("rb") as handle:
            for record in ArchiveIterator(handle):
                number += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if kind not in HTML_TYPES:
                    continue
                found += 1
                url = record.rec_headers.get_header("WARC-Target-URI") or f"{source}:{number}"
                captured = record.rec_headers.get_header("WARC-Date")
                data = record.content_stream().read(limit + 1)
                try:
                    decoded = decode(data, name=url, max_bytes=limit)
                    prepared = prepare(
                        decoded.text,
                        published=published,
                        source=source_name,
                        fetched=Page(url=url, hints={"published": captured} if captured else {}),
                    )
                except InputError as e:
                    yield url, str(e) if str(e).startswith(url) else f"{url}: {e}"
                    continue
                prepared.warnings.extend(decoded.warnings)
                yield url, prepared
    except OSError as e:
        yield source, f"{source}: cannot be read ({e.strerror or e})"
        return
    except (ArchiveLoadFailed, ValueError, EOFError) as e:
        yield source, f"{source}: not a readable WARC file after record {number} ({e})"
        return
    if not found:
        yield source, f"{source}: the archive holds no HTML responses"
