"""sitrep: security and military news into a sourced, structured, queryable record."""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from sitrep.errors import InputError, SitrepError
from sitrep.pipeline import extract
from sitrep.record import Extraction

try:
    __version__ = version("sitrep")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Extraction", "InputError", "SitrepError", "__version__", "extract"]
