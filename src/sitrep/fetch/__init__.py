"""Fetching from the web, politely: `http` (the client: robots.txt, per-host delay and concurrency, retries, limits),
`urls` (canonical addresses) and `feeds` (RSS/Atom feeds, sitemaps, feed discovery).

This package knows nothing of articles or the store: the reader turns a fetched page into an article
(`reader.web`), and `sitrep.live` runs `sitrep fetch` and `sitrep watch` over the store."""
