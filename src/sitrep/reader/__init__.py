"""The article reader: any source (a file, a folder, a JSON Lines corpus, an HTML page, stdin) becomes a stream of
prepared articles, each one text with its sections and metadata.

    from sitrep.reader import Options, read_sources
    for item in read_sources(["news/", "-"], Options()):   # an `Item` to extract, or a `Failure` with its reason
        ...

`prepare` reads one article given as a string (what `sitrep.extract` does before the pipeline runs)."""

from __future__ import annotations

from sitrep.reader.article import Prepared, parse_published, prepare
from sitrep.reader.sources import Failure, Item, Options, read_sources

__all__ = ["Failure", "Item", "Options", "Prepared", "parse_published", "prepare", "read_sources"]
