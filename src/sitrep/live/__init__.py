"""Live news: `sitrep fetch` (web pages into the store) and `sitrep watch` (feeds, sitemaps and home pages followed
into the store), over the polite client of `sitrep.fetch`, the reader's web pages and the store's ingest path.

`pages` is the one path from addresses to stored articles; `watch` reads the sources and runs the cycles;
`commands` registers the CLI commands."""

from __future__ import annotations

from sitrep.live.pages import Report, fetch_urls
from sitrep.live.watch import Cycle, Watcher, parse_every, watch

__all__ = ["Cycle", "Report", "Watcher", "fetch_urls", "parse_every", "watch"]
