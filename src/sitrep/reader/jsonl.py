"""JSON Lines corpora: one article per line, `text` plus optional `title`, `published`, `url`, `source`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sitrep.errors import InputError


@dataclass(slots=True)
class JsonlRecord:
    """One corpus line: the article fields, or the reason the line cannot be used."""

    line: int
    fields: dict[str, Any] | None
    error: str | None = None


def iter_jsonl(text: str, *, name: str = "<jsonl>") -> Iterator[JsonlRecord]:
    """Every non-blank line of a corpus, each parsed on its own so one bad line loses nothing else."""
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            yield JsonlRecord(number, _fields(raw))
        except InputError as e:
            yield JsonlRecord(number, None, f"{name}:{number}: {e}")


def _fields(raw: str) -> dict[str, Any]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON ({e.msg} at column {e.colno})") from e
    if not isinstance(obj, dict):
        raise InputError("each line must be a JSON object with a `text` field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("the `text` field is missing or empty")
    return obj
