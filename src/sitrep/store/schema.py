"""The store's schema as ordered migrations, each recorded in `schema_migrations` once applied (by
`db.migrate`, when the writer opens a store).

A database written by an older sitrep upgrades by running the migrations it lacks; never edit a released
migration, add the next one. Column names follow the SPEC (`start`/`end` are character offsets into
`articles.text`, so `substr(text, start + 1, "end" - start)` gives a fact's exact words)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,          -- the SPEC's article id: SHA-256 of the exact text
    name TEXT,                            -- the input it came from (file path or corpus id)
    title TEXT, subtitle TEXT,
    published TEXT,                       -- ISO date or date-time, as in the SPEC
    date TEXT,                            -- the publication day (YYYY-MM-DD) or NULL
    url TEXT, source TEXT,
    language TEXT NOT NULL,
    chars INTEGER NOT NULL,
    duplicate_of INTEGER REFERENCES articles(id),   -- a syndicated near-copy of that article
    similarity REAL,                      -- estimated Jaccard similarity to duplicate_of
    text TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE article_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    signature BLOB NOT NULL               -- MinHash values (little-endian uint64)
);
CREATE TABLE article_bands (              -- LSH bands of the signature, to find near-copies
    article_id INTEGER NOT NULL REFERENCES articles(id),
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL
);
CREATE INDEX article_bands_lookup ON article_bands(band, hash);

CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX sections_article ON sections(article_id);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    section TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX sentences_article ON sentences(article_id, start);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');

CREATE TABLE entities (                   -- one row per real-world thing across the corpus
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                   -- canonical name
    code TEXT,                            -- ISO 3166 alpha-2 for countries
    kind TEXT NOT NULL,
    lat REAL, lon REAL,
    articles INTEGER NOT NULL DEFAULT 0,  -- how many articles mention it
    mentions INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0     -- how many quotes it is the speaker of
);
CREATE UNIQUE INDEX entities_key ON entities(name, coalesce(code, ''));
CREATE INDEX entities_articles ON entities(articles DESC);
CREATE INDEX entities_quotes ON entities(quotes DESC);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_code ON entities(code);

CREATE TABLE article_entities (           -- an entity as one article saw it (its local id, attributes)
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    kind TEXT NOT NULL,
    attributes TEXT NOT NULL,             -- JSON
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    sentence_id INTEGER REFERENCES sentences(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE times (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    sentence_id INTEGER REFERENCES sentences(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL,
    begin TEXT, until TEXT,
    role TEXT NOT NULL,
    date TEXT                             -- the day it points at (until for deadlines), when known
);
CREATE INDEX times_article ON times(article_id);
CREATE INDEX times_due ON times(date) WHERE role IN ('deadline', 'period', 'until');

CREATE TABLE quantities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    sentence_id INTEGER REFERENCES sentences(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL, low REAL, high REAL,
    approximate INTEGER NOT NULL,
    unit TEXT, category TEXT NOT NULL,
    holder_id INTEGER REFERENCES entities(id),
    location_id INTEGER REFERENCES entities(id),
    time_id INTEGER REFERENCES times(id),
    date TEXT                             -- the quantity's time where known, else the publication day
);
CREATE INDEX quantities_article ON quantities(article_id);
CREATE INDEX quantities_series ON quantities(holder_id, category, location_id, unit, date);
CREATE INDEX quantities_category ON quantities(category, date);
CREATE INDEX quantities_location ON quantities(location_id, date);
CREATE INDEX quantities_date ON quantities(date);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    sentence_id INTEGER REFERENCES sentences(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_id INTEGER REFERENCES entities(id),
    speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
    cue_text TEXT, cue_start INTEGER, cue_end INTEGER,
    date TEXT                             -- the publication day
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id, date);
CREATE INDEX quotes_date ON quotes(date);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_text, content='quotes', content_rowid='id');

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    sentence_id INTEGER REFERENCES sentences(id),
    type TEXT NOT NULL, mode TEXT,
    modality TEXT NOT NULL,
    location_id INTEGER REFERENCES entities(id),
    time_id INTEGER REFERENCES times(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL,                   -- the evidence
    date TEXT,                            -- the event's time where known, else the publication day
    date_from TEXT NOT NULL               -- 'event' or 'published'
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_location ON events(location_id, date);
CREATE INDEX events_time ON events(time_id);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    role TEXT NOT NULL,                   -- 'actor' or 'target'
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_entity ON event_actors(entity_id);

CREATE TABLE event_quantities (
    event_id INTEGER NOT NULL REFERENCES events(id),
    quantity_id INTEGER NOT NULL REFERENCES quantities(id),
    PRIMARY KEY (event_id, quantity_id)
);

CREATE TABLE runs (                       -- one row per `sitrep ingest`
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL, finished TEXT,
    inputs TEXT NOT NULL,
    ingested INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    near_duplicates INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);
"""


# A partial index whose condition is an IN list makes SQLite build a temporary table for every row inserted (nine
# times what the index itself costs); spelled with OR the condition costs almost nothing. A query must spell it
# the same way for the index to be used (`views.deadlines` does).
DUE_INDEX = """
DROP INDEX times_due;
CREATE INDEX times_due ON times(date) WHERE role = 'deadline' OR role = 'period' OR role = 'until';
"""


def resign(conn: sqlite3.Connection) -> None:
    """Sign every stored original again from its text, for a new way of computing near-copy signatures (not
    comparable with the old one), so copies of it are still found. Versions 2 and 3 changed how words are hashed."""
    from sitrep.store.dedupe import remember, signature  # dedupe needs numpy; only this step does

    conn.execute("DELETE FROM article_bands")
    conn.execute("DELETE FROM article_signatures")
    for article_id, text in conn.execute("SELECT id, text FROM articles WHERE duplicate_of IS NULL").fetchall():
        remember(conn, article_id, signature(text))


# Every clause that reports an event (the SPEC's `mentions`; position 0 is the evidence).
EVENT_MENTIONS = """
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id INTEGER NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);
INSERT OR IGNORE INTO event_mentions (event_id, position, start, "end", text)
SELECT id, 0, start, "end", text FROM events
"""

# Stories: the reports of one happening across articles (`analysis/stories.py` places every article in one).
STORIES = """
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY,
    title TEXT,                           -- its first article's headline
    first_seen TEXT, last_seen TEXT,      -- the publication days of its first and last article
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS stories_size ON stories(articles DESC, last_seen DESC);
CREATE TABLE IF NOT EXISTS story_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    story_id INTEGER NOT NULL REFERENCES stories(id)
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story_id);
"""

# Live news (`sitrep fetch`, `sitrep watch`): the watched sources with their state, where each stored article was
# fetched from, every address known to lead to a stored article (the one asked for, the one after redirects, the
# page's canonical URL), and the addresses that could not be fetched. Safe to run again (an older store's record of
# its migrations may be rewound).
WEB_SOURCES = """
CREATE TABLE IF NOT EXISTS watched_sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,             -- canonical address
    kind TEXT NOT NULL,                   -- feed, sitemap or home (a home page; the feeds found on it are sources too)
    parent_id INTEGER REFERENCES watched_sources(id),   -- the home page or sitemap index that led to it
    added TEXT NOT NULL,
    last_fetch TEXT,                      -- when it was last asked for (UTC)
    last_status TEXT,                     -- ok, not modified, or the error
    http_status INTEGER,
    etag TEXT, last_modified TEXT,        -- for the next conditional GET
    fetches INTEGER NOT NULL DEFAULT 0,
    not_modified INTEGER NOT NULL DEFAULT 0,
    entries INTEGER NOT NULL DEFAULT 0    -- article addresses in the last listing read
);
CREATE INDEX IF NOT EXISTS watched_sources_parent ON watched_sources(parent_id);

CREATE TABLE IF NOT EXISTS article_pages (  -- where a stored article was fetched from
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    url TEXT NOT NULL,                    -- the address it was fetched from, after redirects (= articles.url)
    canonical TEXT,                       -- the page's own canonical URL
    source_id INTEGER REFERENCES watched_sources(id),
    author TEXT, site_name TEXT,
    fetched TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_pages_source ON article_pages(source_id);
CREATE INDEX IF NOT EXISTS article_pages_canonical ON article_pages(canonical);

CREATE TABLE IF NOT EXISTS page_addresses (  -- every canonical address known to lead to a stored article
    address TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS page_addresses_article ON page_addresses(article_id);

CREATE TABLE IF NOT EXISTS fetch_failures (  -- addresses not fetched or read; permanent ones are skipped
    url TEXT PRIMARY KEY,
    source_id INTEGER REFERENCES watched_sources(id),
    reason TEXT NOT NULL,
    status INTEGER,
    permanent INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1,
    first TEXT NOT NULL, last TEXT NOT NULL
)
"""

# Search that stems (issue 19): both full-text indexes again with the Porter stemmer over unicode61, diacritics
# folded, so "attack" finds "attacked"; each is rebuilt from its content table.
STEMMING = """
DROP TABLE IF EXISTS sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
DROP TABLE IF EXISTS quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_text, content='quotes', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')
"""

Step = str | Callable[[sqlite3.Connection], None]  # SQL statements, or a function run in the same transaction

# (version, name, step). Append only.
MIGRATIONS: tuple[tuple[int, str, Step], ...] = (
    (1, "initial schema", V1),
    (2, "near-copy signatures from rolled word hashes", resign),
    (3, "near-copy signatures and bands computed in numpy", resign),
    (4, "deadline index without an IN list", DUE_INDEX),
    (5, "every clause that reports an event", EVENT_MENTIONS),
    (6, "stories across articles", STORIES),
    (7, "watched web sources, where articles were fetched from, failed addresses", WEB_SOURCES),
    (8, "full-text search with the Porter stemmer", STEMMING),
)
LATEST = MIGRATIONS[-1][0]


def version(conn: sqlite3.Connection) -> int:
    """The schema version a database is at (0 for a new, empty one)."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)
