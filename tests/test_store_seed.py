"""The seed article through the real pipeline into the store: its troop figures, deadline and events.

Each test needs some extractor components (entities, times, quantities, events) and is skipped where they are
not installed; with none installed the ingest still runs and must store the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.plugins import available
from sitrep.store.db import reading
from sitrep.store.ingest import ingest
from sitrep.store.views import deadlines, figures, timeline


def need(*components: str) -> None:
    missing = [n for n in components if not available(f"sitrep.components.{n}")]
    if missing:
        pytest.skip(f"extractor components not installed: {', '.join(missing)}")


@pytest.fixture
def seed_db(shared: Path, tmp_path: Path) -> Path:
    db = tmp_path / "seed.db"
    summary = ingest([str(shared / "seed" / "article.txt")], db)
    assert summary.ingested == 1
    return db


def test_seed_troop_figures_follow_over_time(seed_db: Path) -> None:
    need("entities", "quantities")
    with reading(seed_db) as conn:
        rows = figures(conn, holder="United States", category="personnel").rows
    found = {(r["figure"], r["series"].split(" in ")[-1]) for r in rows}
    assert ("2,500", "Iraq") in found
    assert ("900", "northeast Syria") in found
    assert all(r["date"] == "2024-09-27" for r in rows)
    assert not any(r["figure"] in {"3", "112", "44", "119", "47", "64"} for r in rows)


def test_seed_deadline_is_upcoming_on_publication_day(seed_db: Path) -> None:
    need("times")
    with reading(seed_db) as conn:
        rows = deadlines(conn, as_of="2024-09-27").rows
    due = [r for r in rows if r["status"] == "upcoming" and r["role"] == "deadline"]
    assert [r["due"] for r in due] == ["2025-09-30"]
    assert "end of September 2025" in due[0]["text"]


def test_seed_events_appear_on_the_timeline(seed_db: Path) -> None:
    need("entities", "times", "events")
    with reading(seed_db) as conn:
        rows = timeline(conn).rows
        iraq = timeline(conn, actor="Iraq", type="AGREE").rows
    assert {"AGREE", "RETREAT", "ASSAULT"} <= {r["type"] for r in rows}
    assert iraq and iraq[0]["date"] == "2024-09-27"
    assert any(r["type"] == "RETREAT" and r["modality"] == "negated" for r in rows)
