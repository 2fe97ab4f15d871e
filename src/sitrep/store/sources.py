"""What `sitrep ingest` reads: files, folders (recursively), JSON Lines corpora streamed line by line, stdin.

Plain files and stdin go through the reader's `iter_articles`; corpora are read one line at a time so a corpus
of any size never sits in memory whole."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.errors import InputError
from sitrep.reader.files import decode, max_bytes_default
from sitrep.reader.jsonl import iter_jsonl
from sitrep.reader.sources import Failure, Item, Options, iter_articles, prepare_fields

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson")
_CORPUS_SUFFIXES = (".jsonl", ".ndjson")


def iter_inputs(paths: Iterable[str], options: Options) -> Iterator[Item | Failure]:
    """Every article under the given paths, in a stable order; folders are walked recursively."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            for file in walk(path):
                yield from _file(str(file), options)
        else:
            yield from _file(raw, options)


def walk(folder: Path) -> Iterator[Path]:
    """The article files in a folder and its subfolders, sorted, skipping hidden ones."""
    for path in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if not hidden and path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path


def _file(raw: str, options: Options) -> Iterator[Item | Failure]:
    if raw != "-" and raw.lower().endswith(_CORPUS_SUFFIXES) and Path(raw).is_file():
        yield from iter_corpus(Path(raw), options)
    else:
        yield from iter_articles([raw], options)


def iter_corpus(path: Path, options: Options) -> Iterator[Item | Failure]:
    """A JSON Lines corpus, streamed: one article per line; a bad line is a `Failure` and the rest go on."""
    limit = options.max_bytes or max_bytes_default()
    try:
        handle = path.open("rb")
    except OSError as e:
        yield Failure(str(path), f"{path}: cannot be read ({e.strerror})")
        return
    with handle:
        for number, data in enumerate(handle, start=1):
            if data.strip():
                yield _line(data, f"{path}:{number}", limit, options)


def _line(data: bytes, name: str, limit: int, options: Options) -> Item | Failure:
    try:
        decoded = decode(data, name=name, max_bytes=limit)
    except InputError as e:
        return Failure(name, str(e))
    record = next(iter_jsonl(decoded.text, name=name), None)
    if record is None or record.fields is None:
        reason = record.error if record and record.error else "unreadable line"
        return Failure(name, reason.replace(f"{name}:1:", f"{name}:"))
    item = prepare_fields(record.fields, name, options)
    if isinstance(item, Item):
        item.prepared.warnings.extend(decoded.warnings)
        item.warnings = decoded.warnings
    return item
