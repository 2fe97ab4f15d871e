"""Hand-built extractions for the store tests: tiny stories of our own with every fact list filled."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

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
    article_id,
)
from sitrep.store.db import open_writer

INTERNAL_TABLES = ("runs", "schema_migrations")


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """The (start, end) of the nth occurrence of `needle` in `text`."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    return starts[nth], starts[nth] + len(needle)


def mentions(text: str, *needles: str) -> list[Mention]:
    out = []
    for needle in needles:
        for m in re.finditer(re.escape(needle), text):
            out.append(Mention(m.start(), m.end(), needle))
    return out


def base(text: str, *, published: date | None, source: str, title: str | None = None) -> Extraction:
    """An extraction with sections and sentences (split at '. ') but no facts yet."""
    sentences = []
    start = 0
    for m in re.finditer(r"(?<=[.!?\"])\s+", text):
        sentences.append(Sentence(start, m.start(), "body"))
        start = m.end()
    sentences.append(Sentence(start, len(text), "body"))
    article = Article(id=article_id(text), title=title, published=published, source=source)
    return Extraction(article=article, text=text, sections=[Section("body", 0, len(text))], sentences=sentences)


def entity(text: str, eid: str, kind: str, name: str, *needles: str, code: str | None = None) -> Entity:
    return Entity(eid, kind, name, code, mentions=mentions(text, *needles))


def quantity(text: str, qid: str, needle: str, value: float | None, unit: str, category: str, **kw: object) -> Quantity:
    s, e = span(text, needle)
    return Quantity(qid, s, e, needle, value, unit=unit, category=category, **kw)  # type: ignore[arg-type]


def time(text: str, tid: str, needle: str, value: str, role: str, **kw: str) -> Time:
    s, e = span(text, needle)
    return Time(tid, s, e, needle, "DATE", value, role=role, **kw)


def event(text: str, vid: str, type_: str, needle: str, **kw: object) -> Event:
    s, e = span(text, needle)
    return Event(vid, type_, Evidence(s, e, needle), **kw)  # type: ignore[arg-type]


def quote(text: str, uid: str, needle: str, speaker: str, speaker_entity: str | None, cue: str) -> Quote:
    s, e = span(text, needle)
    ss, se = span(text, speaker)
    cs, ce = span(text, cue, nth=0)
    return Quote(uid, s, e, needle, "direct", Speaker(speaker_entity, speaker, ss, se), Cue(cue, cs, ce))


STORY_A = (
    "The United States will keep 2,500 troops in Iraq while the mission changes, officials in Washington said. "
    "The coalition presence in Iraq will end no later than the end of September 2025 under the new plan. "
    '"We are not leaving the region," said Dana Reyes, a spokeswoman for the defense ministry. '
    "Negotiators met twice in the capital to settle the timetable and the size of the remaining force. "
    "Local leaders welcomed the plan but asked for clear guarantees about the bases near the river."
)

STORY_B = (
    "About 2,000 U.S. troops remain in Iraq, two officials said on Sunday. "
    "The figure is lower than the one given by the defense ministry earlier in the week."
)

STORY_C = (
    "Militants carried out 12 attacks on bases in Syria over the weekend. "
    "The council gave the armed groups until March 2026 to withdraw from the border towns. "
    '"These attacks must stop," said Omar Haddad, the council chairman.'
)


def story_a() -> Extraction:
    t = STORY_A
    x = base(t, published=date(2024, 9, 27), source="Wire A", title="US keeps troops in Iraq")
    x.entities = [
        entity(t, "E1", "country", "United States", "United States", code="US"),
        entity(t, "E2", "country", "Iraq", "Iraq", code="IQ"),
        entity(t, "E3", "person", "Dana Reyes", "Dana Reyes"),
        entity(t, "E4", "organization", "coalition", "coalition"),
    ]
    x.times = [time(t, "T1", "no later than the end of September 2025", "2025-09", "deadline", until="2025-09-30")]
    x.quantities = [quantity(t, "Q1", "2,500 troops", 2500, "troop", "personnel", holder="E1", location="E2")]
    x.quotes = [quote(t, "U1", '"We are not leaving the region,"', "Dana Reyes", "E3", "said")]
    x.events = [
        event(t, "V1", "RETREAT", "The coalition presence in Iraq will end", actors=["E4"], location="E2",
              time="T1", modality="planned"),
        event(t, "V2", "MOBILIZE", "will keep 2,500 troops in Iraq", actors=["E1"], location="E2",
              quantities=["Q1"]),
    ]  # fmt: skip
    return x


def story_b() -> Extraction:
    t = STORY_B
    x = base(t, published=date(2024, 9, 29), source="Wire B", title="Fewer US troops in Iraq")
    x.entities = [
        entity(t, "E1", "country", "United States", "U.S.", code="US"),
        entity(t, "E2", "country", "Iraq", "Iraq", code="IQ"),
    ]
    x.quantities = [
        quantity(t, "Q1", "About 2,000 U.S. troops", 2000, "troop", "personnel", holder="E1", location="E2",
                 approximate=True),
    ]  # fmt: skip
    return x


def story_c() -> Extraction:
    t = STORY_C
    x = base(t, published=date(2024, 12, 1), source="Wire C", title="Attacks on bases in Syria")
    x.entities = [
        entity(t, "E1", "group", "militants", "Militants"),
        entity(t, "E2", "country", "Syria", "Syria", code="SY"),
        entity(t, "E3", "person", "Omar Haddad", "Omar Haddad"),
        entity(t, "E4", "organization", "council", "council"),
    ]
    x.times = [
        time(t, "T1", "over the weekend", "2024-W48-WE", "point", begin="2024-11-30"),
        time(t, "T2", "until March 2026", "2026-03", "deadline", until="2026-03-31"),
    ]
    x.quantities = [quantity(t, "Q1", "12 attacks", 12, "attack", "attacks", holder="E1", location="E2", time="T1")]
    x.quotes = [quote(t, "U1", '"These attacks must stop,"', "Omar Haddad", "E3", "said")]
    x.events = [
        event(t, "V1", "ASSAULT", "Militants carried out 12 attacks on bases in Syria", actors=["E1"],
              location="E2", time="T1", quantities=["Q1"]),
        event(t, "V2", "COERCE", "gave the armed groups until March 2026 to withdraw", actors=["E4"],
              targets=["E1"], time="T2", modality="asserted"),
    ]  # fmt: skip
    return x


def stories() -> list[tuple[str, Extraction]]:
    return [("a", story_a()), ("b", story_b()), ("c", story_c())]


def build(path: Path, items: list[tuple[str, Extraction]] | None = None) -> Path:
    """A store at `path` holding the hand-built stories."""
    from sitrep.store.ingest import ingest_extractions

    conn = open_writer(path)
    try:
        ingest_extractions(conn, items if items is not None else stories())
    finally:
        conn.close()
    return path


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every user table's rows (FTS and bookkeeping tables left out), for comparing databases."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if r[0] not in INTERNAL_TABLES and "_fts" not in r[0] and not r[0].startswith("sqlite_")
        ]
        return {n: sorted(conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def broken_references(path: Path) -> list[tuple[object, ...]]:
    """Rows whose declared references point at no row (`PRAGMA foreign_key_check`): none in a sound store."""
    conn = sqlite3.connect(path)
    try:
        return [tuple(r) for r in conn.execute("PRAGMA foreign_key_check")]
    finally:
        conn.close()
