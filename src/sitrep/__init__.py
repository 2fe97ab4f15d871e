"""sitrep: security and military news into a sourced, structured, queryable record."""

from __future__ import annotations

import logging

from sitrep.errors import InputError, SitrepError
from sitrep.pipeline import extract
from sitrep.record import Extraction
from sitrep.version import __version__

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Extraction", "InputError", "SitrepError", "__version__", "extract"]
