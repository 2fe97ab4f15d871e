"""The timeline (`store/analysis/timeline.py`): events in date order, from the oldest or the latest, with names,
and the flat ACLED-like rows `sitrep export` writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.store.analysis.timeline import count, events, flat
from sitrep.store.db import reading
from tests.store_helpers import base, build, event, stories


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "t.db")


def test_timeline_from_the_oldest_pages_in_date_order(db: Path) -> None:
    with reading(db) as conn:
        everything = events(conn)
        second = events(conn, offset=1, limit=2)
    assert [(e.date, e.type, e.date_from) for e in everything] == [
        ("2024-09-27", "MOBILIZE", "published"),
        ("2024-11-30", "ASSAULT", "event"),
        ("2025-09-30", "RETREAT", "event"),
        ("2026-03-31", "COERCE", "event"),
    ]
    assert second == everything[1:3]


def test_timeline_latest_are_the_newest_still_oldest_first(db: Path) -> None:
    with reading(db) as conn:
        latest = events(conn, limit=2, latest=True)
        everything = events(conn)
    assert latest == everything[-2:]


def test_timeline_rows_carry_names_place_and_evidence(db: Path) -> None:
    with reading(db) as conn:
        coerce = events(conn, type="coerce")[0]
        in_syria = events(conn, place="SY")
    assert (coerce.actors, coerce.targets, coerce.local_id) == ("council", "militants", "V2")
    assert coerce.evidence == "gave the armed groups until March 2026 to withdraw"
    assert [(e.type, e.location) for e in in_syria] == [("ASSAULT", "Syria")]


def test_timeline_flat_is_one_row_per_event_in_date_order(db: Path) -> None:
    with reading(db) as conn:
        cursor = flat(conn)
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, r, strict=True)) for r in cursor]
        timeline = events(conn)
    assert [(r["event_id"], r["event_date"]) for r in rows] == [(e.event, e.date) for e in timeline]
    assert [r["event_type"] for r in rows] == ["MOBILIZE", "ASSAULT", "RETREAT", "COERCE"]
    coerce = rows[-1]
    assert (coerce["actor1"], coerce["actors"], coerce["actor2"], coerce["targets"]) == (
        "council",
        "council",
        "militants",
        "militants",
    )
    assert rows[1]["country"] == "Syria" and rows[1]["iso"] == "SY" and rows[1]["quantities"] == "12 attacks"


def _with_undated(tmp_path: Path) -> Path:
    text = "Gunmen attacked a checkpoint, police said."
    undated = base(text, published=None, source="Wire U", title="Undated report")
    undated.events = [event(text, "V1", "ASSAULT", "Gunmen attacked a checkpoint")]
    return build(tmp_path / "u.db", [*stories(), ("u", undated)])


def test_timeline_newest_first_puts_undated_events_last(tmp_path: Path) -> None:
    with reading(_with_undated(tmp_path)) as conn:
        newest = events(conn, order="newest")
        oldest = events(conn, order="oldest")
        legacy = events(conn)
        page = events(conn, order="newest", offset=1, limit=2)
        assert count(conn) == len(newest) == 5 and count(conn, type="ASSAULT") == 2
        with pytest.raises(ValueError):
            events(conn, order="sideways")
    assert [e.date for e in newest] == ["2026-03-31", "2025-09-30", "2024-11-30", "2024-09-27", None]
    assert [e.date for e in oldest] == ["2024-09-27", "2024-11-30", "2025-09-30", "2026-03-31", None]
    assert page == newest[1:3]
    assert legacy[0].date is None  # the CLI's order is unchanged: SQLite sorts a missing date first
