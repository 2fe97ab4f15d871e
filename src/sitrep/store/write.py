"""Writing one extraction into the store: an article row, its sections and sentences, and every fact with its
article id, character span and the sentence it sits in. Entities merge across the corpus by canonical name
and code. A transaction's fact rows and entity counters wait in a `Batch`, which the caller flushes before it
commits; the caller owns the transaction (see `db.transaction`)."""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.days import event_date, point_date, time_date
from sitrep.record import Extraction, iso
from sitrep.store.dedupe import find_original, remember
from sitrep.store.entity_ids import EntityIds

# Every fact table's INSERT, in an order that satisfies the foreign keys (a batch is written in this order).
INSERTS = {
    "sections": 'INSERT INTO sections (article_id, kind, start, "end") VALUES (?, ?, ?, ?)',
    "sentences": 'INSERT INTO sentences (id, article_id, section, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
    "sentences_fts": "INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)",
    "article_entities": "INSERT INTO article_entities (article_id, local_id, entity_id, kind, attributes)"
    " VALUES (?, ?, ?, ?, ?)",
    "mentions": 'INSERT INTO mentions (article_id, entity_id, sentence_id, start, "end", text)'
    " VALUES (?, ?, ?, ?, ?, ?)",
    "times": 'INSERT INTO times (id, article_id, local_id, sentence_id, start, "end", text, type, value, begin, until,'
    " role, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "quantities": 'INSERT INTO quantities (id, article_id, local_id, sentence_id, start, "end", text, value, low, high,'
    " approximate, unit, category, holder_id, location_id, time_id, date)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "quotes": 'INSERT INTO quotes (id, article_id, local_id, sentence_id, start, "end", text, kind, speaker_id,'
    " speaker_text, speaker_start, speaker_end, cue_text, cue_start, cue_end, date)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "quotes_fts": "INSERT INTO quotes_fts (rowid, text, speaker_text) VALUES (?, ?, ?)",
    "events": "INSERT INTO events (id, article_id, local_id, sentence_id, type, mode, modality, location_id, time_id,"
    ' start, "end", text, date, date_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    "event_actors": "INSERT INTO event_actors (event_id, entity_id, role, position) VALUES (?, ?, ?, ?)",
    "event_quantities": "INSERT INTO event_quantities (event_id, quantity_id) VALUES (?, ?)",
    "event_mentions": 'INSERT INTO event_mentions (event_id, position, start, "end", text) VALUES (?, ?, ?, ?, ?)',
}


@dataclass(slots=True)
class Written:
    """Where an article went: its row id and, for a near-copy, the original it was linked to."""

    article_id: int
    original: int | None = None
    similarity: float | None = None


class Batch:
    """The fact rows of the articles written in one transaction, sent to SQLite together by `flush()`.

    Row ids are handed out here, so facts can point at each other before any of them is written; article rows,
    signatures and new entities are written at once (later articles of the batch look them up)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.entities = EntityIds()
        self.rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in INSERTS}
        self._next: dict[str, int] = {}

    def ids(self, table: str, count: int) -> int:
        """The first of `count` new row ids in `table`."""
        first = self._next.get(table) or _next_id(self.conn, table)
        self._next[table] = first + count
        return first

    def flush(self) -> None:
        """Write every waiting row and entity counter; call inside the transaction, before it commits."""
        for table, rows in self.rows.items():
            if rows:
                self.conn.executemany(INSERTS[table], rows)
                rows.clear()
        self.entities.flush(self.conn)
        self._next.clear()  # another writer may add rows between transactions

    def forget(self) -> None:
        """Drop what is waiting: after a rollback none of it applies."""
        for rows in self.rows.values():
            rows.clear()
        self.entities.forget()
        self._next.clear()


def write_extraction(
    conn: sqlite3.Connection, x: Extraction, *, name: str | None, sig: bytes | None, batch: Batch | None = None
) -> Written:
    """Store one extraction. A near-copy of a stored article is kept as a linked row without its facts.

    With `batch`, the facts wait in it for `batch.flush()`; without, they are written at once."""
    found = find_original(conn, sig) if sig else None
    article_id = _article(conn, x, name, found)
    if found:
        return Written(article_id, found[0], found[1])
    if sig:
        remember(conn, article_id, sig)
    own = batch if batch is not None else Batch(conn)
    _Facts(own, article_id, x).write()
    if batch is None:
        own.flush()
    return Written(article_id)


def has_article(conn: sqlite3.Connection, sha256: str) -> bool:
    """True when an article with exactly this text is already stored."""
    return conn.execute("SELECT 1 FROM articles WHERE sha256 = ?", (sha256,)).fetchone() is not None


def _article(conn: sqlite3.Connection, x: Extraction, name: str | None, found: tuple[int, float] | None) -> int:
    a = x.article
    published = iso(a.published)
    cur = conn.execute(
        "INSERT INTO articles (sha256, name, title, subtitle, published, date, url, source, language, chars,"
        " duplicate_of, similarity, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.id,
            name,
            a.title,
            a.subtitle,
            published,
            published[:10] if published else None,
            a.url,
            a.source,
            x.language,
            len(x.text),
            found[0] if found else None,
            round(found[1], 4) if found else None,
            x.text,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


class _Facts:
    """The rows of one article's facts, with local ids (E1, T1, …) mapped to store ids."""

    def __init__(self, batch: Batch, article_id: int, x: Extraction) -> None:
        self.batch = batch
        self.rows = batch.rows
        self.article_id = article_id
        self.x = x
        published = iso(x.article.published)
        self.day = published[:10] if published else None
        self.sentence_starts: list[int] = []
        self.sentence_ids: list[int] = []
        self.entities: dict[str, int] = {}
        self.times: dict[str, int] = {}
        self.time_dates: dict[str, str | None] = {}
        self.event_dates: dict[str, str | None] = {}
        self.point_dates: dict[str, str | None] = {}
        self.quantities: dict[str, int] = {}

    def write(self) -> None:
        self._sections()
        self._sentences()
        self._entities()
        self._times()
        self._quantities()
        self._quotes()
        self._events()

    def sentence_at(self, offset: int) -> int | None:
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_ids[i] if i >= 0 else None

    def _sections(self) -> None:
        self.rows["sections"] += [(self.article_id, s.kind, s.start, s.end) for s in self.x.sections]

    def _sentences(self) -> None:
        ordered = sorted(self.x.sentences, key=lambda s: s.start)
        first = self.batch.ids("sentences", len(ordered))
        rows = [
            (first + i, self.article_id, s.section, s.start, s.end, self.x.text[s.start : s.end])
            for i, s in enumerate(ordered)
        ]
        self.rows["sentences"] += rows
        self.rows["sentences_fts"] += [(r[0], r[5]) for r in rows]
        self.sentence_starts = [s.start for s in ordered]
        self.sentence_ids = [r[0] for r in rows]

    def _entities(self) -> None:
        mentions: dict[int, int] = {}
        for e in self.x.entities:
            entity_id = self.entities[e.id] = self.batch.entities.id_of(self.batch.conn, e)
            mentions[entity_id] = mentions.get(entity_id, 0) + len(e.mentions)
        for entity_id, n in mentions.items():
            self.batch.entities.count(entity_id, articles=1, mentions=n)
        self.rows["article_entities"] += [
            (
                self.article_id,
                e.id,
                self.entities[e.id],
                e.kind,
                json.dumps(e.attributes, ensure_ascii=False, sort_keys=True) if e.attributes else "{}",
            )
            for e in self.x.entities
        ]
        self.rows["mentions"] += [
            (self.article_id, self.entities[e.id], self.sentence_at(m.start), m.start, m.end, m.text)
            for e in self.x.entities
            for m in e.mentions
        ]

    def _times(self) -> None:
        first = self.batch.ids("times", len(self.x.times))
        rows = []
        for i, t in enumerate(self.x.times):
            self.times[t.id] = first + i
            self.time_dates[t.id] = time_date(t)
            self.event_dates[t.id] = event_date(t)
            self.point_dates[t.id] = point_date(t)
            rows.append(
                (first + i, self.article_id, t.id, self.sentence_at(t.start), t.start, t.end, t.text, t.type,
                 t.value, t.begin, t.until, t.role, self.time_dates[t.id])
            )  # fmt: skip
        self.rows["times"] += rows

    def _quantities(self) -> None:
        first = self.batch.ids("quantities", len(self.x.quantities))
        rows = []
        for i, q in enumerate(self.x.quantities):
            self.quantities[q.id] = first + i
            date = self._date_of(q.time)
            rows.append(
                (first + i, self.article_id, q.id, self.sentence_at(q.start), q.start, q.end, q.text, q.value, q.low,
                 q.high, int(q.approximate), q.unit, q.category, self._entity(q.holder), self._entity(q.location),
                 self.times.get(q.time) if q.time else None, date)
            )  # fmt: skip
        self.rows["quantities"] += rows

    def _quotes(self) -> None:
        first = self.batch.ids("quotes", len(self.x.quotes))
        rows: list[tuple[Any, ...]] = []
        for i, u in enumerate(self.x.quotes):
            s, c = u.speaker, u.cue
            rows.append(
                (first + i, self.article_id, u.id, self.sentence_at(u.start), u.start, u.end, u.text, u.kind,
                 self._entity(s.entity) if s else None, s.text if s else None, s.start if s else None,
                 s.end if s else None, c.text if c else None, c.start if c else None, c.end if c else None, self.day)
            )  # fmt: skip
        self.rows["quotes"] += rows
        self.rows["quotes_fts"] += [(r[0], r[6], r[9]) for r in rows]
        for row in rows:
            if row[8] is not None:
                self.batch.entities.count(row[8], quotes=1)

    def _events(self) -> None:
        first = self.batch.ids("events", len(self.x.events))
        rows, actors, amounts, clauses = [], [], [], []
        for i, v in enumerate(self.x.events):
            event_id = first + i
            date = self.event_dates.get(v.time) if v.time else None
            ev = v.evidence
            rows.append(
                (event_id, self.article_id, v.id, self.sentence_at(ev.start), v.type, v.mode, v.modality,
                 self._entity(v.location), self.times.get(v.time) if v.time else None, ev.start, ev.end, ev.text,
                 date or self.day, "event" if date else "published")
            )  # fmt: skip
            actors += _roles(event_id, "actor", v.actors, self.entities)
            actors += _roles(event_id, "target", v.targets, self.entities)
            amounts += [(event_id, self.quantities[q]) for q in dict.fromkeys(v.quantities) if q in self.quantities]
            clauses += [(event_id, n, m.start, m.end, m.text) for n, m in enumerate(v.mentions or [ev])]
        self.rows["events"] += rows
        self.rows["event_mentions"] += clauses
        self.rows["event_actors"] += actors
        self.rows["event_quantities"] += amounts

    def _entity(self, local: str | None) -> int | None:
        return self.entities.get(local) if local else None

    def _date_of(self, time: str | None) -> str | None:
        date = self.point_dates.get(time) if time else None
        return date or self.day


def _roles(
    event_id: int, role: str, locals_: Sequence[str], entities: dict[str, int]
) -> list[tuple[int, int, str, int]]:
    return [(event_id, entities[e], role, n) for n, e in enumerate(locals_) if e in entities]
