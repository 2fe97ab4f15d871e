"""JSON Lines corpora: one article per line, `text` plus optional `title`, `published`, `url`, `source`, `id`
and `html`."""

from __future__ import annotations

import json
from typing import Any

from sitrep.errors import InputError

SUFFIXES = (".jsonl", ".ndjson")


def record_fields(line: str) -> dict[str, Any]:
    """The fields of one corpus line, or an `InputError` saying why the line cannot be used."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON ({e.msg} at column {e.colno})") from e
    if not isinstance(obj, dict):
        raise InputError("each line must be a JSON object with a `text` field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("the `text` field is missing or empty")
    return obj


def is_corpus(name: str) -> bool:
    """True for a file name that says JSON Lines (`.jsonl`, `.ndjson`)."""
    return name.lower().endswith(SUFFIXES)
