"""JSON Lines corpora: one article per line, `text` plus optional `title`, `published`, `url`, `source`, `id`
and `html`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from sitrep.errors import InputError
from sitrep.reader.encoding import byte_order_mark, wide_encoding
from sitrep.reader.files import refuse_binary

SUFFIXES = (".jsonl", ".ndjson")
_SKIP = 1 << 20  # bytes read at a time while skipping the rest of a line over the limit


def record_fields(line: str) -> dict[str, Any]:
    """The fields of one corpus line, or an `InputError` saying why the line cannot be used."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON ({e.msg} at column {e.colno})") from e
    except RecursionError as e:  # "[[[[…" thousands deep
        raise InputError("not a corpus line: JSON nested too deeply") from e
    if not isinstance(obj, dict):
        raise InputError("each line must be a JSON object with a `text` field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("the `text` field is missing or empty")
    return obj


def is_corpus(name: str) -> bool:
    """True for a file name that says JSON Lines (`.jsonl`, `.ndjson`)."""
    return name.lower().endswith(SUFFIXES)


def refuse_corpus_head(head: bytes, name: str) -> None:
    """Raise an `InputError` when a corpus's first bytes show a binary file or a UTF-16/32 one (JSON Lines is
    UTF-8; its lines are split on the newline byte)."""
    marked = byte_order_mark(head)
    wide = (marked[1] if marked and marked[0] != "utf-8" else None) or (w[1] if (w := wide_encoding(head)) else None)
    if wide is not None:
        raise InputError(f"{name}: a JSON Lines corpus must be UTF-8, this one is {wide}; convert it (iconv -t UTF-8)")
    refuse_binary(head, name)


def corpus_lines(handle: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line of a corpus; a line over `limit` bytes is `None`, and at most `limit` + 1
    bytes of it are ever held in memory."""
    number = 0
    while line := handle.readline(limit + 1):
        number += 1
        if len(line) <= limit:
            yield number, line
            continue
        while not line.endswith(b"\n") and (line := handle.readline(_SKIP)):
            pass
        yield number, None
