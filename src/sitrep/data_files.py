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


def load_jsonl(name: str) -> list[dict[str, Any]]:
    """A JSON Lines data file: one object per non-blank line."""
    with data_path(name).open("r", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
