"""sitrep's version, in a module of its own so that any layer can name it (the package root imports the pipeline)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sitrep")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
