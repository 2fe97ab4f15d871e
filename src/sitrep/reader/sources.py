"""Any source, one stream: files, folders, JSON Lines corpora, HTML pages and stdin become prepared articles
(`Item`) or named failures (`Failure`), in order. Every command reads its inputs through `read_sources`.

Each kind of source is a `SourceKind`: `claims(source, options)` says whether it reads that source and
`read(source, options)` yields what is in it. `read_sources` gives each source to the first kind in
`SOURCE_KINDS` that claims it; a new kind (a URL, a WARC file) is one more class and one more line there.
One bad input never stops the stream: it becomes a `Failure` with its reason, and the rest go on."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path
from typing import Any, Protocol

from sitrep.errors import InputError
from sitrep.fetch.http import HTML, Fetcher, Response, Settings
from sitrep.fetch.urls import canonical, is_web_url
from sitrep.reader.article import Prepared, prepare
from sitrep.reader.files import Decoded, decode, max_bytes_default, open_input, read_bounded, read_path
from sitrep.reader.jsonl import corpus_lines, is_corpus, record_fields, refuse_corpus_head
from sitrep.reader.warc import SUFFIXES as WARC_SUFFIXES
from sitrep.reader.warc import is_warc, read_warc
from sitrep.reader.web import prepare_page

STDIN = "-"
# what a folder walk reads
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", *WARC_SUFFIXES)
_HEAD = 8192  # bytes of a corpus looked at to tell text from binary
_NO_FILE_LIMIT = 1 << 62  # a corpus file may be of any size: the limit holds for each line


@dataclass(slots=True)
class Failure:
    """An input that could not be read or extracted, and why."""

    name: str
    reason: str
    article_id: str | None = None  # the content hash, when the article was read but could not be extracted


@dataclass(slots=True)
class Options:
    """What the caller says about every input (the caller's word beats what a text states)."""

    html: bool = False
    published: str | None = None
    url: str | None = None
    source: str | None = None
    max_bytes: int | None = None
    folders: bool = True  # walk folders; when False a folder is a failure that says what to pass instead


@dataclass(slots=True)
class Item:
    """One article ready for the pipeline, with the name to report it under."""

    name: str
    prepared: Prepared


class SourceKind(Protocol):
    """One kind of source the reader knows."""

    def claims(self, source: str, options: Options) -> bool:
        """True when this kind reads `source`."""
        ...

    def read(self, source: str, options: Options) -> Iterator[Item | Failure]:
        """Every article in `source`, or a `Failure` for each one that cannot be read."""
        ...


def read_sources(sources: Iterable[str], options: Options | None = None) -> Iterator[Item | Failure]:
    """Every article in the given sources, in order: files, folders (walked recursively, sorted), JSON Lines
    corpora (streamed line by line), HTML pages, and "-" for standard input."""
    options = options or Options()
    for source in sources:
        yield from read_source(source, options)


def read_source(source: str, options: Options) -> Iterator[Item | Failure]:
    """Every article in one source, read by the first kind in `SOURCE_KINDS` that claims it."""
    kind = next(k for k in SOURCE_KINDS if k.claims(source, options))
    return kind.read(source, options)


class Stdin:
    """Standard input ("-"): one article, plain text or HTML."""

    def claims(self, source: str, options: Options) -> bool:
        return source == STDIN

    def read(self, source: str, options: Options) -> Iterator[Item | Failure]:
        limit = options.max_bytes or max_bytes_default()
        try:
            data = read_bounded(sys.stdin.buffer, limit, "<stdin>")
            decoded = decode(data, name="<stdin>", max_bytes=limit)
        except OSError as e:
            yield Failure(source, f"<stdin>: cannot be read ({e.strerror or e})")
            return
        except InputError as e:
            yield Failure(source, str(e))
            return
        yield _article(decoded, options)


class Folder:
    """A folder: the article files in it and its subfolders (sorted, hidden ones skipped), each read as a source."""

    def claims(self, source: str, options: Options) -> bool:
        return options.folders and source != STDIN and Path(source).is_dir()

    def read(self, source: str, options: Options) -> Iterator[Item | Failure]:
        unreadable: list[OSError] = []
        for path in walk(Path(source), unreadable):
            yield from read_source(str(path), options)
        for e in unreadable:
            yield Failure(str(e.filename or source), f"{e.filename or source}: cannot be read ({e.strerror or e})")


class Corpus:
    """A JSON Lines file, streamed: one article per line, so a corpus of any size never sits in memory whole; a bad
    line is a `Failure` and the rest go on."""

    def claims(self, source: str, options: Options) -> bool:
        return source != STDIN and is_corpus(source) and not Path(source).is_dir()

    def read(self, source: str, options: Options) -> Iterator[Item | Failure]:
        limit = options.max_bytes or max_bytes_default()
        try:
            with open_input(Path(source), _NO_FILE_LIMIT) as handle:
                yield from self._lines(handle, source, limit, options)
        except InputError as e:
            yield Failure(source, str(e))
        except OSError as e:
            yield Failure(source, f"{source}: cannot be read ({e.strerror or e})")

    def _lines(self, handle: BufferedReader, source: str, limit: int, options: Options) -> Iterator[Item | Failure]:
        try:
            refuse_corpus_head(handle.peek(_HEAD)[:_HEAD], source)
        except InputError as e:
            yield Failure(source, str(e))
            return
        lines = 0
        for number, data in corpus_lines(handle, limit):
            name = f"{source}:{number}"
            if data is None:
                lines += 1
                yield Failure(name, f"{name}: over the {limit:,}-byte limit for one line (raise it with --max-bytes)")
            elif data.strip():
                lines += 1
                yield _line(data, name, limit, options)
        if not lines:
            yield Failure(source, f"{source}: the input is empty")


class Warc:
    """A WARC or WARC.gz web archive: each HTML response is one article, named by its WARC-Target-URI."""

    def claims(self, source: str, options: Options) -> bool:
        return source != STDIN and is_warc(source) and not Path(source).is_dir()

    def read(self, source: str, options: Options) -> Iterator[Item | Failure]:
        found = read_warc(source, published=options.published, source_name=options.source, max_bytes=options.max_bytes)
        for name, got in found:
            yield Failure(name, got) if isinstance(got, str) else Item(name, got)


class File:
    """Any other path: one article, plain text or HTML (by its name or its first bytes). A path that is missing,
    unreadable, too large or binary is a `Failure` saying so."""

    def claims(self, source: str, options: Options) -> bool:
        return True

    def read(self, source: str, options: Options) -> Iterator[Item | Failure]:
        try:
            decoded = read_path(Path(source), max_bytes=options.max_bytes)
        except InputError as e:
            yield Failure(source, str(e))
            return
        yield _article(decoded, options)


class Url:
    """An http(s) address: the page fetched politely (robots.txt, the size and time limits) and read as HTML."""

    def claims(self, source: str, options: Options) -> bool:
        return is_web_url(source)

    def read(self, source: str, options: Options) -> Iterator[Item | Failure]:
        with Fetcher(Settings(contact=os.environ.get("SITREP_CONTACT"))) as fetcher:
            try:
                response = fetcher.get(canonical(source), accept=HTML)
            except InputError as e:
                yield Failure(source, str(e))
                return
        yield page_item(response, options)


SOURCE_KINDS: tuple[SourceKind, ...] = (Stdin(), Url(), Folder(), Corpus(), Warc(), File())


def page_item(
    response: Response, options: Options, *, hints: dict[str, str] | None = None, via: str | None = None
) -> Item | Failure:
    """A fetched page as an article named by its address, or a `Failure` saying why it holds none."""
    try:
        prepared = prepare_page(response, published=options.published, source=options.source, hints=hints, via=via)
    except InputError as e:
        return Failure(response.url, f"{response.url}: {e}")
    return Item(response.url, prepared)


def walk(folder: Path, unreadable: list[OSError] | None = None) -> Iterator[Path]:
    """The article files in a folder and its subfolders, sorted, skipping hidden ones and what is not a regular file
    (a FIFO, a device). A subfolder that cannot be listed is added to `unreadable` (when given); the walk goes on."""
    found: list[Path] = []
    for top, folders, files in os.walk(folder, onerror=unreadable.append if unreadable is not None else None):
        folders[:] = [f for f in folders if not f.startswith(".")]
        found.extend(Path(top, f) for f in files if not f.startswith(".") and f.lower().endswith(ARTICLE_SUFFIXES))
    for path in sorted(found):
        if path.is_file() or not os.path.lexists(path):  # one removed since the listing fails when it is read
            yield path


def _article(decoded: Decoded, options: Options) -> Item | Failure:
    try:
        prepared = prepare(
            decoded.text,
            html=options.html or decoded.kind == "html",
            published=options.published,
            url=options.url,
            source=options.source,
        )
    except InputError as e:
        return Failure(decoded.name, str(e) if str(e).startswith(decoded.name) else f"{decoded.name}: {e}")
    prepared.warnings.extend(decoded.warnings)
    return Item(decoded.name, prepared)


def _line(data: bytes, name: str, limit: int, options: Options) -> Item | Failure:
    try:
        decoded = decode(data, name=name, max_bytes=limit)
        fields = record_fields(decoded.text)
    except InputError as e:
        return Failure(name, str(e) if str(e).startswith(name) else f"{name}: {e}")
    item = _record(fields, name, options)
    if isinstance(item, Item):
        item.prepared.warnings.extend(decoded.warnings)
    return item


def _record(fields: dict[str, Any], name: str, options: Options) -> Item | Failure:
    """One corpus record (`text` plus optional `title`, `published`, `url`, `source`, `id`, `html`) made ready."""
    try:
        prepared = prepare(
            fields["text"],
            html=bool(fields.get("html")),
            title=_str(fields.get("title")),
            published=options.published or _str(fields.get("published")),
            url=options.url or _str(fields.get("url")),
            source=options.source or _str(fields.get("source")),
        )
    except InputError as e:
        return Failure(name, f"{name}: {e}")
    return Item(str(fields.get("id") or name), prepared)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
