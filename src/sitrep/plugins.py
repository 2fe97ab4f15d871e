"""Optional modules: components, scorers and commands that are looked up by name and may not exist yet."""

from __future__ import annotations

import importlib.util


def available(module: str) -> bool:
    """True when `module` can be imported (its parent packages exist and it is found)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False
