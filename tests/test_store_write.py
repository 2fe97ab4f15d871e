"""Writing extractions: every fact keeps its article and span, entities merge across the corpus, copies link."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.days import event_date, iso_day, point_date, time_date
from sitrep.store.analysis import stories as story_mod
from sitrep.store.db import open_writer, reading, transaction
from sitrep.store.dedupe import signature
from sitrep.store.ingest import ingest_extractions
from sitrep.store.write import Batch, write_extraction
from tests.store_helpers import STORY_A, base, broken_references, build, dump, entity, stories, story_a, story_b, time

FACT_TABLES = ("mentions", "times", "quantities", "quotes", "events")


def test_write_every_fact_keeps_article_and_span(tmp_path: Path) -> None:
    db = build(tmp_path / "w.db")
    with reading(db) as conn:
        for table in FACT_TABLES:
            rows = conn.execute(
                f'SELECT f.text, substr(a.text, f.start + 1, f."end" - f.start), f.article_id '
                f"FROM {table} f JOIN articles a ON a.id = f.article_id"
            ).fetchall()
            assert rows, table
            assert all(r[0] == r[1] and r[2] is not None for r in rows), table
        orphans = conn.execute(
            "SELECT count(*) FROM quantities q LEFT JOIN sentences s ON s.id = q.sentence_id "
            'WHERE s.id IS NULL OR q.start < s.start OR q.start >= s."end"'
        ).fetchone()[0]
        assert orphans == 0


def test_write_entities_merge_by_name_and_code(tmp_path: Path) -> None:
    db = build(tmp_path / "w.db")
    with reading(db) as conn:
        rows = conn.execute("SELECT name, code, articles, mentions FROM entities ORDER BY id").fetchall()
    us = [tuple(r) for r in rows if r["name"] == "United States"]
    assert us == [("United States", "US", 2, 2)]
    assert [r["name"] for r in rows].count("Iraq") == 1
    assert "Syria" in [r["name"] for r in rows]


def test_write_same_name_other_code_stays_apart(tmp_path: Path) -> None:
    text = "Georgia and Georgia met."
    one = base(text, published=None, source="x")
    one.entities = [entity(text, "E1", "country", "Georgia", "Georgia", code="GE")]
    two = base(text + " Again.", published=None, source="y")
    two.entities = [entity(two.text, "E1", "place", "Georgia", "Georgia")]
    db = build(tmp_path / "g.db", [("one", one), ("two", two)])
    with reading(db) as conn:
        assert [tuple(r) for r in conn.execute("SELECT name, code FROM entities ORDER BY id")] == [
            ("Georgia", "GE"),
            ("Georgia", None),
        ]


def test_write_event_actors_times_and_quantities_link(tmp_path: Path) -> None:
    db = build(tmp_path / "w.db")
    with reading(db) as conn:
        retreat = conn.execute(
            "SELECT e.date, e.date_from, e.modality, t.until, n.name FROM events e JOIN times t ON t.id = e.time_id "
            "JOIN event_actors x ON x.event_id = e.id JOIN entities n ON n.id = x.entity_id WHERE e.type = 'RETREAT'"
        ).fetchone()
        assert tuple(retreat) == ("2025-09-30", "event", "planned", "2025-09-30", "coalition")
        mobilize = conn.execute("SELECT date, date_from FROM events WHERE type = 'MOBILIZE'").fetchone()
        assert tuple(mobilize) == ("2024-09-27", "published")
        linked = conn.execute(
            "SELECT q.text FROM event_quantities eq JOIN quantities q ON q.id = eq.quantity_id"
        ).fetchall()
        assert sorted(r[0] for r in linked) == ["12 attacks", "2,500 troops"]
        assert conn.execute("SELECT count(*) FROM event_actors WHERE role = 'target'").fetchone()[0] == 1


def test_write_same_article_twice_changes_nothing(tmp_path: Path) -> None:
    db = build(tmp_path / "w.db")
    before = dump(db)
    conn = open_writer(db)
    try:
        summary = ingest_extractions(conn, [("again", story_a()), ("b", story_b())])
    finally:
        conn.close()
    assert (summary.ingested, summary.duplicates) == (0, 2)
    assert dump(db) == before


def test_write_near_copy_is_linked_not_counted(tmp_path: Path) -> None:
    copy_text = "Exclusive: troops stay\nBy a staff reporter\n" + STORY_A.replace("twice", "three times")
    copy = base(copy_text, published=date(2024, 9, 28), source="Wire Z")
    copy.entities = [entity(copy_text, "E1", "country", "United States", "United States", code="US")]
    unrelated = base("A storm closed the harbour for two days and ferries were cancelled.", published=None, source="q")
    db = build(tmp_path / "n.db", [("a", story_a()), ("copy", copy), ("other", unrelated)])
    with reading(db) as conn:
        rows = conn.execute("SELECT name, duplicate_of, similarity FROM articles ORDER BY id").fetchall()
        assert rows[0]["duplicate_of"] is None and rows[2]["duplicate_of"] is None
        assert rows[1]["duplicate_of"] == 1 and rows[1]["similarity"] >= 0.7
        assert conn.execute("SELECT articles FROM entities WHERE name = 'United States'").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM sentences WHERE article_id = 2").fetchone()[0] == 0


def test_write_batch_equals_one_article_at_a_time(tmp_path: Path) -> None:
    batched = build(tmp_path / "batched.db")  # one transaction, rows and entity counters sent together
    conn = open_writer(tmp_path / "single.db")
    try:
        for name, x in stories():
            with transaction(conn):
                write_extraction(conn, x, name=name, sig=signature(x.text))
        with transaction(conn):
            story_mod.update(conn)  # ingest places the articles in stories after its batches
    finally:
        conn.close()
    assert dump(tmp_path / "single.db") == dump(batched)
    assert broken_references(batched) == []


def test_write_batch_forget_drops_rows_and_counters(tmp_path: Path) -> None:
    conn = open_writer(tmp_path / "r.db")
    try:
        batch = Batch(conn)
        with pytest.raises(KeyboardInterrupt), transaction(conn):
            write_extraction(conn, story_a(), name="a", sig=None, batch=batch)
            assert batch.rows["mentions"] and batch.entities.pending
            raise KeyboardInterrupt
        batch.forget()
        assert not any(batch.rows.values()) and not batch.entities.pending and not batch.entities.known
        with transaction(conn):
            write_extraction(conn, story_a(), name="a", sig=None, batch=batch)
            batch.flush()
        counts = conn.execute("SELECT articles, mentions FROM entities WHERE name = 'United States'").fetchone()
        assert counts == (1, 1)  # not twice: the rolled-back counts were dropped
        assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == sum(
            len(e.mentions) for e in story_a().entities
        )
    finally:
        conn.close()


def test_time_date_prefers_deadline_end_then_begin_then_value() -> None:
    t = time("by the end of 2025 and more", "T1", "by the end of 2025", "2025", "deadline", until="2025-12-31")
    assert time_date(t) == "2025-12-31"
    t.role, t.begin = "point", "2025-01-01"
    assert time_date(t) == "2025-01-01"
    t.begin, t.until = None, None
    assert time_date(t) == "2025"
    t.value = "PRESENT_REF"
    assert time_date(t) is None


def test_time_dates_for_events_and_figures() -> None:
    text = "within the next two years, by March 2026, over the weekend"
    period = time(text, "T1", "the next two years", "P2Y", "period", begin="2024-09-27", until="2026-09-27")
    deadline = time(text, "T2", "by March 2026", "2026-03", "deadline", until="2026-03-31")
    weekend = time(text, "T3", "over the weekend", "2024-W48-WE", "point", begin="2024-11-30")
    assert (time_date(period), event_date(period), point_date(period)) == ("2026-09-27", "2024-09-27", None)
    assert (time_date(deadline), event_date(deadline), point_date(deadline)) == ("2026-03-31", "2026-03-31", None)
    assert point_date(weekend) == "2024-11-30"
    weekend.begin = None
    assert point_date(weekend) is None and iso_day("2024-W48-WE") is None
    assert iso_day("2024-09-27T16:38") == "2024-09-27" and iso_day("PRESENT_REF") is None
