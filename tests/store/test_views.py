"""The cross-article views on hand-built stories: figures, deadlines, timeline, quotes, search, entities, digest."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.record import Extraction
from sitrep.store.analysis.figures import figure_text
from sitrep.store.db import StoreError, reading
from sitrep.store.digest import digest
from sitrep.store.filters import event_filter, figure_filter
from sitrep.store.lookup import fts_query
from sitrep.store.views import deadlines, entities, figures, quotes, search, timeline
from tests.store_helpers import build


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "v.db")


def test_figures_series_over_time_with_disagreement(db: Path) -> None:
    with reading(db) as conn:
        t = figures(conn, holder="United States", category="personnel", location="IQ")
    assert [(r["date"], r["figure"], r["source"]) for r in t.rows] == [
        ("2024-09-27", "2,500", "Wire A"),
        ("2024-09-29", "about 2,000", "Wire B"),
    ]
    assert t.rows[0]["series"] == "United States · personnel · in Iraq"
    assert t.rows[1]["change"] == "was 2,500"
    assert "2,500 (Wire A, 2024-09-27)" in t.rows[1]["disagreement"]
    assert t.rows[0]["sentence"].startswith("The United States will keep 2,500 troops")
    assert all(r["figure"] != "12" for r in t.rows)


def test_figures_unknown_holder_gives_nothing(db: Path) -> None:
    with reading(db) as conn:
        assert figures(conn, holder="Atlantis").rows == []
        attacks = figures(conn, category="attacks").rows
    assert [(r["figure"], r["date"]) for r in attacks] == [("12", "2024-11-30")]
    assert attacks[0]["disagreement"] is None


def test_figure_text_reads_like_a_report() -> None:
    assert figure_text(2500, None, None, False) == "2,500"
    assert figure_text(None, 170, None, False) == "at least 170"
    assert figure_text(None, 10, 12, False) == "10–12"
    assert figure_text(3000, None, None, True) == "about 3,000"


def test_deadlines_split_upcoming_and_past_with_event(db: Path) -> None:
    with reading(db) as conn:
        t = deadlines(conn, as_of="2025-01-01")
    assert [(r["status"], r["due"]) for r in t.rows] == [("upcoming", "2025-09-30"), ("upcoming", "2026-03-31")]
    assert t.rows[0]["event"].startswith("RETREAT (planned): The coalition presence in Iraq will end")
    with reading(db) as conn:
        later = deadlines(conn, as_of="2026-01-01")
    assert [(r["status"], r["due"]) for r in later.rows] == [("upcoming", "2026-03-31"), ("past", "2025-09-30")]
    with reading(db) as conn, pytest.raises(StoreError, match="not an ISO date"):
        deadlines(conn, as_of="soon")


def test_deadlines_search_the_partial_index(db: Path) -> None:
    statements: list[str] = []
    with reading(db) as conn:
        conn.set_trace_callback(statements.append)
        deadlines(conn, as_of="2025-01-01")
        conn.set_trace_callback(None)
        plans = [conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall() for sql in statements if "FROM times" in sql]
    assert len(plans) == 2
    for plan in plans:
        assert any("USING INDEX times_due" in row["detail"] for row in plan), plan


def test_timeline_in_date_order_with_filters(db: Path) -> None:
    with reading(db) as conn:
        all_events = timeline(conn)
        by_actor = timeline(conn, actor="militants")
        assaults = timeline(conn, type="assault", place="Syria")
        late = timeline(conn, since="2025-01-01")
    assert [(r["date"], r["type"]) for r in all_events.rows] == [
        ("2024-09-27", "MOBILIZE"),
        ("2024-11-30", "ASSAULT"),
        ("2025-09-30", "RETREAT"),
        ("2026-03-31", "COERCE"),
    ]
    assert {r["type"] for r in by_actor.rows} == {"ASSAULT", "COERCE"}
    assert [r["type"] for r in assaults.rows] == ["ASSAULT"]
    assert [r["type"] for r in late.rows] == ["RETREAT", "COERCE"]
    coerce = all_events.rows[-1]
    assert (coerce["actors"], coerce["targets"], coerce["modality"]) == ("council", "militants", "asserted")


def test_quotes_by_speaker_and_words(db: Path) -> None:
    with reading(db) as conn:
        by_name = quotes(conn, speaker="Dana Reyes")
        by_words = quotes(conn, search="attacks stop")
        nobody = quotes(conn, speaker="Nobody Known")
    assert [r["quote"] for r in by_name.rows] == ['"We are not leaving the region,"']
    assert [r["speaker"] for r in by_words.rows] == ["Omar Haddad"]
    assert nobody.rows == []


def test_search_finds_sentences_with_all_words(db: Path) -> None:
    with reading(db) as conn:
        hits = search(conn, "troops Iraq")
        phrase = search(conn, '"armed groups"')
        none = search(conn, "submarine")
    assert {r["article"] for r in hits.rows} == {"US keeps troops in Iraq", "Fewer US troops in Iraq"}
    assert "[troops]" in hits.rows[0]["match"]
    assert hits.rows[0]["article"] == "Fewer US troops in Iraq"  # the most recently stored first
    with reading(db) as conn:
        best = search(conn, "troops Iraq", best=True)
    assert {r["article"] for r in best.rows} == {r["article"] for r in hits.rows}
    assert len(phrase.rows) == 1
    assert none.rows == []


def test_search_query_is_escaped() -> None:
    assert fts_query('troops AND "joint statement" (x') == '"troops" AND "joint statement" "x"'
    assert fts_query("AND troops OR") == '"and" "troops" "or"'  # an operator with nothing on one side is a word
    with pytest.raises(StoreError):
        fts_query('  "" ')


def test_event_filter_serves_the_timeline_and_the_web_list(db: Path) -> None:
    from sitrep.store.analysis.timeline import events

    with reading(db) as conn:
        where, params = event_filter(conn, actor="Militants", type="assault", modality="asserted", since="2024-11-01")
        picked = [r[0] for r in conn.execute(f"SELECT e.type FROM events e WHERE {where}", params)]
        web = events(conn, actor="militants", since="2024-11-01")
        cli = timeline(conn, actor="militants", since="2024-11-01").rows
        planned = events(conn, modality="planned")
        with pytest.raises(StoreError, match="not an ISO date"):
            event_filter(conn, until="next year")
    assert picked == ["ASSAULT"]
    assert [r.type for r in web] == [r["type"] for r in cli] == ["ASSAULT", "COERCE"]
    assert [r.type for r in planned] == ["RETREAT"]


def test_figure_filter_serves_the_cli_and_the_web_list(db: Path) -> None:
    from sitrep.store.analysis.figures import reports as web_figures

    with reading(db) as conn:
        where, params = figure_filter(conn, holder="US", category="personnel", by_series=True)
        picked = [r[0] for r in conn.execute(f"SELECT q.text FROM quantities q WHERE {where}", params)]
        web = web_figures(conn, holder="US", unit="troop")
        cli = figures(conn, holder="US", unit="troop").rows
        nowhere = figure_filter(conn, location="Atlantis")
    assert "+q.category = ?" in where and params == ["personnel"]
    assert picked == ["2,500 troops", "About 2,000 U.S. troops"]
    assert [r.figure for r in web] == [r["figure"] for r in cli] == ["2,500", "about 2,000"]
    assert nowhere == ("(q.holder_id IS NOT NULL OR q.location_id IS NOT NULL) AND q.location_id IN (NULL)", [])


def test_entities_most_reported_first(db: Path) -> None:
    with reading(db) as conn:
        t = entities(conn)
        people = entities(conn, kind="person")
    assert t.rows[0]["name"] in {"United States", "Iraq"} and t.rows[0]["articles"] == 2
    assert {r["name"] for r in people.rows} == {"Dana Reyes", "Omar Haddad"}


def test_digest_has_every_section(db: Path) -> None:
    with reading(db) as conn:
        tables = digest(conn, as_of="2025-01-01")
    by_title = {t.title: t for t in tables}
    assert {r["what"]: r["count"] for r in by_title["store"].rows}["articles"] == 3
    assert by_title["newest events"].rows[-1]["type"] == "COERCE"
    changed = by_title["figures that changed"].rows
    assert [(r["holder"], r["latest"], r["before"]) for r in changed] == [("United States", "about 2,000", "2,500")]
    assert [r["due"] for r in by_title["upcoming deadlines"].rows] == ["2025-09-30", "2026-03-31"]
    assert {r["speaker"] for r in by_title["most-quoted speakers"].rows} == {"Dana Reyes", "Omar Haddad"}


def _roughly_2500() -> Extraction:
    """A later report of story A's 2,500 troops, marked approximate."""
    from datetime import date

    from tests.store_helpers import base, entity, quantity

    text = "Roughly 2,500 American troops are still in Iraq, a senior officer said on Monday."
    again = base(text, published=date(2024, 9, 30), source="Wire D")
    again.entities = [
        entity(text, "E1", "country", "United States", "American", code="US"),
        entity(text, "E2", "country", "Iraq", "Iraq", code="IQ"),
    ]
    again.quantities = [
        quantity(text, "Q1", "Roughly 2,500 American troops", 2500, "troop", "personnel", holder="E1",
                 location="E2", approximate=True),
    ]  # fmt: skip
    return again


def test_figures_same_amount_is_not_a_disagreement(tmp_path: Path) -> None:
    from tests.store_helpers import story_a

    again = _roughly_2500()
    db = build(tmp_path / "same.db", [("a", story_a()), ("d", again)])
    with reading(db) as conn:
        rows = figures(conn, holder="US").rows
    assert [(r["figure"], r["change"], r["disagreement"]) for r in rows] == [
        ("2,500", None, None),
        ("about 2,500", "same", None),
    ]


def test_digest_approximate_same_amount_is_no_change(tmp_path: Path) -> None:
    from tests.store_helpers import story_a, story_b

    again = _roughly_2500()
    same = build(tmp_path / "same.db", [("a", story_a()), ("d", again)])
    with reading(same) as conn:
        assert [t.rows for t in digest(conn) if t.title == "figures that changed"] == [[]]
    changed = build(tmp_path / "changed.db", [("a", story_a()), ("d", again), ("b", story_b())])
    with reading(changed) as conn:
        rows = next(t.rows for t in digest(conn) if t.title == "figures that changed")
    assert [(r["latest"], r["before"], r["date_before"]) for r in rows] == [
        ("about 2,500", "about 2,000", "2024-09-29")
    ]


def test_deadlines_leave_out_periods_that_look_back(tmp_path: Path) -> None:
    from datetime import date

    from tests.store_helpers import base, span, time

    text = (
        "Over the past year the council met often; over the next two years, and over the next two years only, monthly."
    )
    x = base(text, published=date(2024, 9, 27), source="Wire E")
    x.times = [
        time(text, "T1", "Over the past year", "P1Y", "period", begin="2023-09-27", until="2024-09-27"),
        time(text, "T2", "over the next two years", "P2Y", "period", begin="2024-09-27", until="2026-09-27"),
    ]
    again = time(text, "T3", "over the next two years", "P2Y", "period", begin="2024-09-27", until="2026-09-27")
    again.start, again.end = span(text, "over the next two years", nth=1)
    x.times.append(again)
    db = build(tmp_path / "p.db", [("e", x)])
    with reading(db) as conn:
        rows = deadlines(conn, as_of="2024-09-27").rows
    assert [(r["due"], r["text"]) for r in rows] == [("2026-09-27", "over the next two years")]
