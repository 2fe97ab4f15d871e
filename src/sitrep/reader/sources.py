"""Many inputs, one stream: files, stdin and JSON Lines corpora become prepared articles or named failures.

One bad input never stops the stream: it becomes a `Failure` with its reason, and the rest go on."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.reader import Prepared, prepare
from sitrep.reader.files import Decoded, decode, read_path
from sitrep.reader.jsonl import iter_jsonl


@dataclass(slots=True)
class Failure:
    """An input that could not be read, and why."""

    name: str
    reason: str


@dataclass(slots=True)
class Options:
    """What the caller says about every input (the caller's word beats what a text states)."""

    html: bool = False
    published: str | None = None
    url: str | None = None
    source: str | None = None
    max_bytes: int | None = None


@dataclass(slots=True)
class Item:
    """One article ready for the pipeline, with the name to report it under."""

    name: str
    prepared: Prepared
    warnings: list[str] = field(default_factory=list)


def iter_articles(paths: Iterable[str], options: Options) -> Iterator[Item | Failure]:
    """Every article in the given paths ("-" is standard input), in order."""
    for raw in paths:
        try:
            decoded = _decode(raw, options)
        except InputError as e:
            yield Failure(raw, str(e))
            continue
        yield from _articles(decoded, options)


def _decode(raw: str, options: Options) -> Decoded:
    if raw == "-":
        return decode(sys.stdin.buffer.read(), name="<stdin>", max_bytes=options.max_bytes)
    return read_path(Path(raw), max_bytes=options.max_bytes)


def _articles(decoded: Decoded, options: Options) -> Iterator[Item | Failure]:
    if decoded.kind == "jsonl":
        yield from _corpus(decoded, options)
        return
    try:
        prepared = prepare(
            decoded.text,
            html=options.html or decoded.kind == "html",
            published=options.published,
            url=options.url,
            source=options.source,
        )
    except InputError as e:
        yield Failure(decoded.name, str(e) if str(e).startswith(decoded.name) else f"{decoded.name}: {e}")
        return
    prepared.warnings.extend(decoded.warnings)
    yield Item(decoded.name, prepared, decoded.warnings)


def _corpus(decoded: Decoded, options: Options) -> Iterator[Item | Failure]:
    for record in iter_jsonl(decoded.text, name=decoded.name):
        name = f"{decoded.name}:{record.line}"
        if record.fields is None:
            yield Failure(name, record.error or "unreadable line")
            continue
        yield prepare_fields(record.fields, name, options)


def prepare_fields(fields: dict[str, Any], name: str, options: Options) -> Item | Failure:
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
