"""Looking things up (`store/lookup.py`): articles with their fact counts, quotes, sentences, entities and
places, as typed rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.store.db import StoreError, open_writer, reading
from sitrep.store.lookup import (
    ArticleRow,
    articles,
    entities,
    fts_query,
    places,
    quotes,
    search,
    search_newest,
)
from tests.store_helpers import STORY_A, base, build, stories


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "l.db")


def test_lookup_articles_newest_first_with_fact_counts(db: Path) -> None:
    with reading(db) as conn:
        rows = articles(conn)
        troops = articles(conn, title="troops", until="2024-09-28")
        paged = articles(conn, offset=1, limit=1)
    assert [a.source for a in rows] == ["Wire C", "Wire B", "Wire A"]
    a = rows[-1]
    assert isinstance(a, ArticleRow) and a.title == "US keeps troops in Iraq" and a.chars == len(STORY_A)
    assert (a.entities, a.times, a.quantities, a.quotes, a.events) == (4, 1, 1, 1, 2)
    assert [r.source for r in troops] == ["Wire A"] and paged == rows[1:2]


def test_lookup_articles_leave_near_copies_out(tmp_path: Path) -> None:
    copy = base("Exclusive\n" + STORY_A, published=None, source="Wire Z")
    db = build(tmp_path / "c.db", [*stories(), ("copy", copy)])
    with reading(db) as conn:
        assert "Wire Z" not in {a.source for a in articles(conn)}


def test_lookup_quotes_entities_and_search(db: Path) -> None:
    with reading(db) as conn:
        said = quotes(conn, speaker="Omar Haddad")
        people = entities(conn, kind="person")
        newest = search(conn, "troops Iraq")
        ranked = search_newest(conn, "troops Iraq")
        second = search_newest(conn, "troops Iraq", offset=1, limit=1)
    assert [(q.speaker, q.quote, q.cue) for q in said] == [("Omar Haddad", '"These attacks must stop,"', "said")]
    assert {e.name for e in people} == {"Dana Reyes", "Omar Haddad"}
    assert newest[0].article == "Fewer US troops in Iraq" and "[troops]" in newest[0].match
    assert {h.article_id for h in ranked} == {h.article_id for h in newest} and second == ranked[1:2]


def test_lookup_search_errors_name_the_words() -> None:
    with pytest.raises(StoreError, match="at least one word"):
        fts_query('  "" ')


def test_lookup_places_only_with_coordinates(tmp_path: Path) -> None:
    db = build(tmp_path / "p.db")
    conn = open_writer(db)
    conn.execute("UPDATE entities SET lat = 33.2, lon = 43.7 WHERE name = 'Iraq'")
    conn.close()
    with reading(db) as conn:
        found = places(conn)
    assert [(p.name, p.kind, p.code, p.articles, p.events) for p in found] == [("Iraq", "country", "IQ", 2, 2)]


def test_lookup_one_entity_and_what_it_did_said_and_held(db: Path) -> None:
    from sitrep.store.analysis.figures import entity_reports
    from sitrep.store.analysis.timeline import entity_events
    from sitrep.store.lookup import entity, entity_count, entity_quotes

    with reading(db) as conn:
        listed = entities(conn, limit=500)
        assert entity_count(conn) == len(listed) and entity_count(conn, kind="country") < len(listed)
        by_name = {e.name: e for e in listed}
        us, reyes = by_name["United States"], by_name["Dana Reyes"]
        assert entity(conn, us.id) == us and entity(conn, 10**9) is None
        assert [q.speaker for q in entity_quotes(conn, reyes.id)] == ["Dana Reyes"]
        assert entity_quotes(conn, us.id) == []
        held = entity_reports(conn, us.id)
        assert held and all(us.name in (r.holder, r.location) for r in held)
        acted = entity_events(conn, us.id, limit=1)
        assert len(acted) == 1 and us.name in (acted[0].actors or "") + (acted[0].targets or "") + (
            acted[0].location or "")  # fmt: skip
        assert entity_events(conn, reyes.id) == []
