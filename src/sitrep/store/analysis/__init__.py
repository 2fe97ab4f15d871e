"""The analyses across articles, one module each, with one set of rules: `figures` (series, changes and where
sources disagree), `deadlines` (upcoming and past), `timeline` (events in date order), `facets` (the event list's
counts by type, country and month, and its volume by day), `stories`. The CLI's views, the web app and the digest
all call these; nothing else computes them."""
