"""Deadlines (`store/analysis/deadlines.py`): upcoming and past as of a day, one row per deadline an article
states, and each with the events it is the time of."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.store.analysis.deadlines import as_of_day, deadline_count, deadlines, newest_day, store_as_of
from sitrep.store.db import StoreError, reading
from tests.store_helpers import base, build, span, stories, time


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "d.db")


def test_deadlines_upcoming_soonest_first_then_past_latest_first(db: Path) -> None:
    with reading(db) as conn:
        rows = deadlines(conn, as_of="2025-10-01")
    assert [(d.status, d.due, d.role) for d in rows] == [("upcoming", "2026-03-31", "deadline"),
                                                         ("past", "2025-09-30", "deadline")]  # fmt: skip
    assert rows[1].event == "RETREAT (planned): The coalition presence in Iraq will end"
    assert rows[1].sentence is not None and rows[1].sentence.startswith("The coalition presence in Iraq")


def test_deadlines_of_one_status_are_that_half_of_the_list(db: Path) -> None:
    with reading(db) as conn:
        both = deadlines(conn, as_of="2025-10-01")
        for status in ("upcoming", "past"):
            assert deadlines(conn, as_of="2025-10-01", status=status) == [d for d in both if d.status == status]


def test_deadlines_an_article_repeats_count_once(tmp_path: Path) -> None:
    text = "The army must leave by March 2026. Officials repeated that the army must leave by March 2026."
    x = base(text, published=date(2025, 1, 2), source="Wire R")
    x.times = [time(text, "T1", "by March 2026", "2026-03", "deadline", until="2026-03-31")]
    again = time(text, "T2", "by March 2026", "2026-03", "deadline", until="2026-03-31")
    again.start, again.end = span(text, "by March 2026", nth=1)
    x.times.append(again)
    db = build(tmp_path / "r.db", [("r", x)])
    with reading(db) as conn:
        assert [d.due for d in deadlines(conn, as_of="2025-01-01")] == ["2026-03-31"]
        assert deadline_count(conn, as_of="2025-01-01") == 1  # the total counts it once too


def test_deadlines_as_of_defaults_to_today_and_checks_the_date() -> None:
    assert as_of_day(None) == date.today().isoformat()
    assert as_of_day("2025-09-30T10:00") == "2025-09-30"
    with pytest.raises(StoreError, match="not an ISO date"):
        as_of_day("next week")


def test_deadlines_limit_each_half(tmp_path: Path) -> None:
    db = build(tmp_path / "l.db", stories())
    with reading(db) as conn:
        assert [d.due for d in deadlines(conn, as_of="2020-01-01", limit=1)] == ["2025-09-30"]


def test_deadlines_web_day_is_the_newest_publication_unless_given(db: Path, tmp_path: Path) -> None:
    with reading(db) as conn:
        newest = conn.execute("SELECT max(date) FROM articles").fetchone()[0]
        assert newest_day(conn) == newest[:10] and newest < "2025-09-30"
        assert store_as_of(conn, None) == newest[:10]
        assert store_as_of(conn, "2025-10-01T12:00") == "2025-10-01"
        as_of_store = deadlines(conn, as_of=store_as_of(conn, None))
        assert {d.status for d in as_of_store} == {"upcoming"}  # the store's own time: both still ahead
        assert deadline_count(conn, as_of=store_as_of(conn, None)) == len(as_of_store) == 2
        assert deadline_count(conn, as_of="2025-10-01", status="past") == 1
        assert deadline_count(conn, as_of="2025-10-01", status="upcoming") == 1
    empty = build(tmp_path / "empty.db", [])
    with reading(empty) as conn:
        assert newest_day(conn) is None and store_as_of(conn, None) == date.today().isoformat()
