"""One stored article rebuilt as the SPEC's records (`record.Extraction`), so that its document is the record's
own `to_dict()`: the same JSON `sitrep extract` prints. The web app's `/api/articles/{id}` and article page ask
here.

Facts come back in the order they were extracted (their row order), with their local ids (E1, T1, Q1, U1, V1).
An entity's name, code and coordinates are the corpus entity's (merged by canonical name and code), so they are
what the first article that named it gave. A near-copy is stored without facts: it comes back with its text
only, and `duplicate_of` names the original."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from sitrep.record import (
    Article,
    Cue,
    Entity,
    Event,
    Evidence,
    Extraction,
    Mention,
    Quantity,
    Quote,
    Section,
    Sentence,
    Speaker,
    Time,
    from_iso,
)


@dataclass(slots=True)
class StoredArticle:
    """A stored article: its extraction, the input it came from, the article it copies, and the day the store
    dates each event by (`timeline`'s date)."""

    extraction: Extraction
    name: str | None
    duplicate_of: str | None  # the original's article id, for a near-copy
    event_dates: dict[str, str | None]  # local event id → its date

    def to_dict(self) -> dict[str, Any]:
        """The SPEC document, plus `name`, `duplicate_of` and each event's `date`."""
        doc = self.extraction.to_dict() | {"name": self.name, "duplicate_of": self.duplicate_of}
        for event in doc["events"]:
            event["date"] = self.event_dates.get(event["id"])
        return doc


def document(conn: sqlite3.Connection, sha: str) -> dict[str, Any] | None:
    """The stored article with this id as a document (see `StoredArticle.to_dict`), or None when not stored."""
    found = load(conn, sha)
    return None if found is None else found.to_dict()


def load(conn: sqlite3.Connection, sha: str) -> StoredArticle | None:
    """The stored article with this id (the SHA-256 of its text), or None when it is not stored."""
    a = conn.execute(
        "SELECT id, title, subtitle, published, url, source, language, text, name, duplicate_of FROM articles"
        " WHERE sha256 = ?",
        (sha,),
    ).fetchone()
    if a is None:
        return None
    aid = a[0]
    local = _local_entities(conn, aid)
    times = _times(conn, aid)
    quantities = _quantities(conn, aid, local, times)
    events, dates = _events(conn, aid, local, times, quantities)
    x = Extraction(
        article=Article(sha, a["title"], a["subtitle"], from_iso(a["published"]), a["url"], a["source"]),
        text=a["text"],
        sections=[Section(*r) for r in _rows(conn, "sections", 'kind, start, "end"', aid)],
        sentences=[Sentence(*r) for r in _rows(conn, "sentences", 'start, "end", section', aid)],
        entities=_entities(conn, aid),
        times=list(times.values()),
        quantities=list(quantities.values()),
        quotes=_quotes(conn, aid, local),
        events=events,
        language=a["language"],
    )
    return StoredArticle(x, a["name"], _sha(conn, a["duplicate_of"]), dates)


def _rows(conn: sqlite3.Connection, table: str, columns: str, aid: int) -> list[sqlite3.Row]:
    """One article's rows of a fact table, in the order they were written (the order of the extraction)."""
    return conn.execute(f"SELECT {columns} FROM {table} WHERE article_id = ? ORDER BY id", (aid,)).fetchall()


def _sha(conn: sqlite3.Connection, rowid: int | None) -> str | None:
    if rowid is None:
        return None
    row = conn.execute("SELECT sha256 FROM articles WHERE id = ?", (rowid,)).fetchone()
    return str(row[0]) if row else None


def _local_entities(conn: sqlite3.Connection, aid: int) -> dict[int, str]:
    rows = conn.execute("SELECT entity_id, local_id FROM article_entities WHERE article_id = ?", (aid,))
    return {int(r[0]): str(r[1]) for r in rows}


def _entities(conn: sqlite3.Connection, aid: int) -> list[Entity]:
    mentions: dict[int, list[Mention]] = {}
    for r in _rows(conn, "mentions", 'entity_id, start, "end", text', aid):
        mentions.setdefault(r[0], []).append(Mention(*r[1:]))
    rows = conn.execute(
        """SELECT ae.local_id, ae.kind, n.name, n.code, n.lat, n.lon, ae.attributes, ae.entity_id
           FROM article_entities ae JOIN entities n ON n.id = ae.entity_id WHERE ae.article_id = ? ORDER BY ae.rowid""",
        (aid,),
    )
    return [
        Entity(r["local_id"], r["kind"], r["name"], r["code"], r["lat"], r["lon"], json.loads(r["attributes"] or "{}"),
               mentions.get(r["entity_id"], []))
        for r in rows
    ]  # fmt: skip


def _times(conn: sqlite3.Connection, aid: int) -> dict[int, Time]:
    columns = 'id, local_id, start, "end", text, type, value, begin, until, role'
    return {r[0]: Time(*r[1:]) for r in _rows(conn, "times", columns, aid)}


def _quantities(
    conn: sqlite3.Connection, aid: int, local: dict[int, str], times: dict[int, Time]
) -> dict[int, Quantity]:
    out = {}
    for r in _rows(conn, "quantities", "*", aid):
        time = times.get(r["time_id"])
        out[r["id"]] = Quantity(
            r["local_id"], r["start"], r["end"], r["text"], r["value"], r["low"], r["high"], bool(r["approximate"]),
            r["unit"], r["category"], local.get(r["holder_id"]), local.get(r["location_id"]), time.id if time else None
        )  # fmt: skip
    return out


def _quotes(conn: sqlite3.Connection, aid: int, local: dict[int, str]) -> list[Quote]:
    out = []
    for r in _rows(conn, "quotes", "*", aid):
        speaker = None
        if r["speaker_text"] is not None:
            speaker = Speaker(local.get(r["speaker_id"]), r["speaker_text"], r["speaker_start"], r["speaker_end"])
        cue = Cue(r["cue_text"], r["cue_start"], r["cue_end"]) if r["cue_text"] is not None else None
        out.append(Quote(r["local_id"], r["start"], r["end"], r["text"], r["kind"], speaker, cue))
    return out


def _events(
    conn: sqlite3.Connection, aid: int, local: dict[int, str], times: dict[int, Time], quantities: dict[int, Quantity]
) -> tuple[list[Event], dict[str, str | None]]:
    roles: dict[int, dict[str, list[str]]] = {}
    for r in conn.execute(
        "SELECT x.event_id, x.entity_id, x.role FROM event_actors x JOIN events e ON e.id = x.event_id"
        " WHERE e.article_id = ? ORDER BY x.event_id, x.role, x.position",
        (aid,),
    ):
        if r[1] in local:
            roles.setdefault(r[0], {}).setdefault(r[2], []).append(local[r[1]])
    amounts: dict[int, list[str]] = {}
    for r in conn.execute(
        "SELECT x.event_id, x.quantity_id FROM event_quantities x JOIN events e ON e.id = x.event_id"
        " WHERE e.article_id = ? ORDER BY x.event_id, x.quantity_id",
        (aid,),
    ):
        if r[1] in quantities:
            amounts.setdefault(r[0], []).append(quantities[r[1]].id)
    clauses: dict[int, list[Evidence]] = {}
    for r in conn.execute(
        'SELECT x.event_id, x.start, x."end", x.text FROM event_mentions x JOIN events e ON e.id = x.event_id'
        " WHERE e.article_id = ? ORDER BY x.event_id, x.position",
        (aid,),
    ):
        clauses.setdefault(r[0], []).append(Evidence(*r[1:]))
    events, dates = [], {}
    for r in _rows(conn, "events", "*", aid):
        eid, time = r["id"], times.get(r["time_id"])
        parties = roles.get(eid, {})
        events.append(
            Event(r["local_id"], r["type"], Evidence(r["start"], r["end"], r["text"]), r["mode"],
                  parties.get("actor", []), parties.get("target", []), local.get(r["location_id"]),
                  time.id if time else None, amounts.get(eid, []), r["modality"], clauses.get(eid, []))
        )  # fmt: skip
        dates[r["local_id"]] = r["date"]
    return events, dates
