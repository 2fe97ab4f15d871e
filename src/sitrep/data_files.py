"""Load the data files shipped in `sitrep/data/` (lexicons, patterns, gazetteers), once each."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from importlib import resources
from typing import Any


def data_path(name: str) -> Any:
    """A traversable path to one file in the package's data folder."""
    return resources.files("sitrep") / "data" / name


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A TOML data file, parsed once per process."""
    with data_path(name).open("rb") as handle:
        return tomllib.load(handle)


@cache
def function_words(*names: str) -> frozenset[str]:
    """The union of the named word lists of `data/function_words.toml` ("articles", "possessive_determiners", …)."""
    lists = load_toml("function_words.toml")
    unknown = [name for name in names if not isinstance(lists.get(name), list)]
    if unknown:
        known = ", ".join(lists)
        raise KeyError(f"function_words.toml has no list {', '.join(map(repr, unknown))}; its lists: {known}")
    return frozenset(word for name in names for word in lists[name])


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """A word-list data file: one entry per line, stripped; blank lines and lines starting with "#" are left out."""
    text = data_path(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def load_jsonl(name: str) -> list[dict[str, Any]]:
    """A JSON Lines data file: one object per non-blank line."""
    with data_path(name).open("r", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
