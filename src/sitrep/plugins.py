"""Modules looked up by name. A part of sitrep that is missing is a named error (`load`), never a silent skip;
`available` is only for optional third-party packages (pyarrow for Parquet export)."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from sitrep.errors import MissingComponentError


def load(module: str, *, what: str) -> ModuleType:
    """Import `module`, which `what` ("the pipeline component sitrep_times") lives in, or raise a
    `MissingComponentError` that names what is missing."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as e:
        missing = e.name or module
        raise MissingComponentError(
            f"{what} cannot be loaded: module {missing!r} is not installed "
            "(reinstall sitrep with its dependencies: pip install -e .)"
        ) from e


def available(module: str) -> bool:
    """True when the optional package `module` can be imported (its parent packages exist and it is found)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False
