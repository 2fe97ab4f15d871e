"""The JSON API over a store built from our own stories and the bundled examples: paging, filters, one
article's full extraction, errors as JSON, the extract endpoint's size limit, that nothing is written, and that
it answers the CLI's questions as the CLI does."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.record import article_id
from sitrep.web.app import create_app
from tests.store_helpers import STORY_A, base, build, entity, quantity, stories
from tests.web.conftest import hostile_id


def _get(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, r.text
    return r.json()


def test_api_articles_pages_without_overlap(client: TestClient) -> None:
    first = _get(client, "/api/articles?limit=3")
    assert len(first["items"]) == 3 and first["next_offset"] == 3
    second = _get(client, "/api/articles?limit=3&offset=3")
    assert {a["id"] for a in first["items"]}.isdisjoint({a["id"] for a in second["items"]})
    everything = _get(client, "/api/articles?limit=500")
    assert everything["next_offset"] is None and len(everything["items"]) >= 10


def test_api_articles_filter_by_title_and_dates(client: TestClient) -> None:
    rows = _get(client, "/api/articles?title=troops")["items"]
    assert rows and all("troops" in a["title"].lower() for a in rows)
    old = _get(client, "/api/articles?until=2024-12-31")["items"]
    assert old and all(a["date"] <= "2024-12-31" for a in old)


def test_api_article_is_the_full_extraction_with_exact_spans(client: TestClient) -> None:
    doc = _get(client, f"/api/articles/{article_id(STORY_A)}")
    text = doc["text"]
    assert doc["article"]["id"] == article_id(STORY_A) and doc["article"]["source"] == "Wire A"
    spans = [m for e in doc["entities"] for m in e["mentions"]] + doc["times"] + doc["quantities"] + doc["quotes"]
    spans += [v["evidence"] for v in doc["events"]]
    assert spans and all(text[s["start"] : s["end"]] == s["text"] for s in spans)
    local = {e["id"]: e["name"] for e in doc["entities"]}
    q = doc["quantities"][0]
    assert (q["value"], local[q["holder"]], local[q["location"]]) == (2500, "United States", "Iraq")
    assert doc["times"][0]["until"] == "2025-09-30" and doc["times"][0]["role"] == "deadline"
    retreat = next(v for v in doc["events"] if v["type"] == "RETREAT")
    assert retreat["modality"] == "planned" and retreat["time"] == doc["times"][0]["id"]
    assert local[doc["quotes"][0]["speaker"]["entity"]] == "Dana Reyes"


def test_api_unknown_article_is_a_json_404(client: TestClient) -> None:
    r = client.get("/api/articles/" + "0" * 64)
    assert r.status_code == 404 and "no article" in r.json()["error"]


def test_api_events_filter_by_type_actor_and_modality(client: TestClient) -> None:
    assault = _get(client, "/api/events?type=ASSAULT")["items"]
    assert {e["type"] for e in assault} == {"ASSAULT"} and len(assault) >= 4
    negated = _get(client, "/api/events?modality=negated")["items"]
    assert "did not attack the northern villages" in [e["evidence"] for e in negated]
    assert {e["modality"] for e in negated} == {"negated"}
    assert "Rebels shelled the market in Karvik" not in {e["evidence"] for e in negated}
    council = _get(client, "/api/events?actor=council")["items"]
    assert [e["type"] for e in council] == ["COERCE"]
    dates = [e["date"] for e in _get(client, "/api/events?limit=500")["items"]]
    known = [d for d in dates if d is not None]
    assert known == sorted(known, reverse=True) and known  # newest first by default
    dates = [e["date"] for e in _get(client, "/api/events?limit=500&order=oldest")["items"]]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and known


def test_api_figures_show_where_sources_disagree(client: TestClient) -> None:
    rows = _get(client, "/api/figures?holder=United%20States&category=personnel&location=Iraq")["items"]
    wire_b = next(r for r in rows if r["source"] == "Wire B")
    assert wire_b["figure"] == "about 2,000" and "2,500" in wire_b["disagreement"]
    series = _get(client, "/api/figures/series?category=personnel")["items"]
    assert series and all(s["category"] == "personnel" for s in series)


def test_api_deadlines_split_by_status(client: TestClient) -> None:
    upcoming = _get(client, "/api/deadlines?as_of=2025-01-01&status=upcoming")["items"]
    past = _get(client, "/api/deadlines?as_of=2025-01-01&status=past")["items"]
    assert "2025-09-30" in [r["due"] for r in upcoming]
    assert all(r["due"] >= "2025-01-01" for r in upcoming) and all(r["due"] < "2025-01-01" for r in past)


def test_api_quotes_entities_and_search(client: TestClient) -> None:
    quotes = _get(client, "/api/quotes?speaker=Omar%20Haddad")["items"]
    assert [q["quote"] for q in quotes] == ['"These attacks must stop,"']
    people = _get(client, "/api/entities?kind=person&limit=100")["items"]
    assert people and {e["kind"] for e in people} == {"person"}
    found = _get(client, "/api/search?q=troops&limit=2")
    assert len(found["items"]) == 2 and found["next_offset"] == 2
    assert all("[troops]" in r["match"].lower() for r in found["items"])


def test_api_bad_input_is_a_json_message_not_a_traceback(client: TestClient) -> None:
    for url, status in (("/api/search?q=%22", 400), ("/api/events?since=yesterday", 422),
                        ("/api/articles?limit=0", 422), ("/api/events?type=PICNIC", 422)):  # fmt: skip
        r = client.get(url)
        assert r.status_code == status, (url, r.text)
        assert r.json()["error"] and "Traceback" not in r.text


def test_api_extract_returns_the_spec_document_and_writes_nothing(client: TestClient, web_db: Path) -> None:
    before = _get(client, "/api/stats")
    text = "Rebels attacked two army posts near Karvik on Monday, killing 12 soldiers, officials said."
    r = client.post("/api/extract", json={"text": text, "published": "2025-02-04"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["text"] == text and doc["article"]["published"].startswith("2025-02-04")
    assert any(q["value"] == 12 for q in doc["quantities"])
    assert _get(client, "/api/stats") == before
    assert not _get(client, "/api/search?q=Karvik%20posts")["items"]


def test_api_extract_refuses_a_body_over_the_limit(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": "word " * 60_000})
    assert r.status_code == 413 and "limit" in r.json()["error"]
    undated = client.post("/api/extract", json={"text": "Troops left.", "published": "last week"})
    assert undated.status_code == 422 and "not ISO 8601" in undated.json()["error"]


def test_api_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = set(_get(client, "/openapi.json")["paths"])
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/figures", "/api/deadlines",
                 "/api/quotes", "/api/entities", "/api/search", "/api/extract"):  # fmt: skip
        assert path in paths
    assert not any(p.startswith(("/timeline", "/static")) for p in paths)


def test_api_hostile_article_text_comes_back_verbatim(client: TestClient) -> None:
    doc = _get(client, f"/api/articles/{hostile_id()}")
    assert "<script>window.__pwned = 1;" in doc["text"]


def test_api_has_no_page_that_loads_scripts_from_a_cdn(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


def _both(runner: CliRunner, client: TestClient, db: Path, command: list[str], url: str) -> tuple[Any, Any]:
    """The CLI's JSON answer and the API's items for the same question on the same store."""
    result = runner.invoke(app, [*command, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), _get(client, url)["items"]


def test_api_answers_as_the_cli_figures_and_deadlines(runner: CliRunner, tmp_path: Path) -> None:
    text = "About 2,500 American troops are in Iraq, Wire Q reported."
    again = base(text, published=date(2024, 9, 28), source="Wire Q")
    again.entities = [entity(text, "E1", "country", "United States", "American", code="US"),
                      entity(text, "E2", "country", "Iraq", "Iraq", code="IQ")]  # fmt: skip
    again.quantities = [quantity(text, "Q1", "About 2,500 American troops", 2500, "troop", "personnel",
                                 holder="E1", location="E2", approximate=True)]  # fmt: skip
    db = build(tmp_path / "same.db", [*stories(), ("q", again)])
    with TestClient(create_app(db)) as client:
        cli, web = _both(runner, client, db, ["figures", "--holder", "US"], "/api/figures?holder=US")
        keys = ("series", "date", "figure", "unit", "disagreement", "source", "sentence", "start", "end", "article_id")
        assert [{k: r[k] for k in keys} for r in cli] == [{k: r[k] for k in keys} for r in web]
        said = {r["source"]: r["disagreement"] for r in web}
        assert said == {
            "Wire A": "sources differ: about 2,000 (Wire B, 2024-09-29)",  # about 2,500 is no other figure
            "Wire Q": "sources differ: about 2,000 (Wire B, 2024-09-29)",
            "Wire B": "sources differ: 2,500 (Wire A, 2024-09-27); about 2,500 (Wire Q, 2024-09-28)",
        }
        for as_of in ("2025-01-01", "2025-12-01"):
            cli, web = _both(runner, client, db, ["deadlines", "--as-of", as_of], f"/api/deadlines?as_of={as_of}")
            assert cli == web and cli
        cli, web = _both(runner, client, db, ["timeline"], "/api/events")  # the CLI lists oldest first
        assert [{k: r[k] for k in cli[0]} for r in reversed(web)] == cli


def test_api_stories_list_and_one_story(client: TestClient) -> None:
    listed = _get(client, "/api/stories?limit=5")
    assert listed["items"], "the web store holds articles, so it holds stories"
    first = listed["items"][0]
    assert {"id", "title", "articles", "events", "figures"} <= set(first)
    sizes = [len(s["articles"]) for s in listed["items"]]
    assert sizes == sorted(sizes, reverse=True)
    one = _get(client, f"/api/stories/{first['id']}")
    assert one["id"] == first["id"] and one["articles"] == first["articles"]
    missing = client.get("/api/stories/999999")
    assert missing.status_code == 404


def test_api_sources_lists_the_watched_sources(tmp_path: Path) -> None:
    from sitrep.store.db import open_writer
    from sitrep.store.sources import Listed, record_listing, watch_source

    db = build(tmp_path / "s.db", stories()[:1])
    conn = open_writer(db)
    try:
        feed = watch_source(conn, "https://example.org/feed.xml", "feed")
        record_listing(conn, feed.id, Listed("ok", 200, '"v1"', None, 12))
    finally:
        conn.close()
    with TestClient(create_app(db)) as client:
        (row,) = _get(client, "/api/sources")["items"]
    assert (row["url"], row["kind"], row["etag"], row["entries"], row["articles"]) == (
        "https://example.org/feed.xml",
        "feed",
        '"v1"',
        12,
        0,
    )
