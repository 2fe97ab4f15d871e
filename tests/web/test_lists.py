"""Every API list: an exact `total` beside its page (a count with the same filters), and `format=csv` with every
matching row (to `CSV_ROWS`) through the project's CSV writer."""

from __future__ import annotations

import csv
import io
from dataclasses import fields
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.store import lookup
from sitrep.store.analysis import deadlines, figures, timeline
from sitrep.web import state

LISTS = [
    ("/api/articles?", lookup.ArticleRow),
    ("/api/articles?title=troops", lookup.ArticleRow),
    ("/api/events?", timeline.TimelineEvent),
    ("/api/events?type=ASSAULT", timeline.TimelineEvent),
    ("/api/figures?", figures.Report),
    ("/api/figures?category=personnel", figures.Report),
    ("/api/quotes?", lookup.QuoteRow),
    ("/api/quotes?speaker=Dana%20Reyes", lookup.QuoteRow),
    ("/api/entities?", lookup.EntityRow),
    ("/api/entities?kind=country", lookup.EntityRow),
    ("/api/deadlines?", deadlines.Deadline),
    ("/api/deadlines?as_of=2025-10-01&status=past", deadlines.Deadline),
    ("/api/search?q=troops", lookup.SentenceHit),
]


def _all_pages(client: TestClient, url: str, limit: int = 3) -> tuple[list[dict[str, Any]], set[int]]:
    items, totals, offset = [], set(), 0
    while offset is not None:
        r = client.get(f"{url}&limit={limit}&offset={offset}")
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["items"]
        totals.add(body["total"])
        offset = body["next_offset"]
    return items, totals


def _csv(client: TestClient, url: str) -> tuple[list[str], list[list[str]], Any]:
    r = client.get(f"{url}&format=csv")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    return rows[0], rows[1:], r.headers


@pytest.mark.parametrize(("url", "row_type"), LISTS)
def test_lists_total_is_every_page_and_csv_has_total_rows(client: TestClient, url: str, row_type: Any) -> None:
    items, totals = _all_pages(client, url)
    assert totals == {len(items)} and items, url  # the same exact total on every page
    header, rows, headers = _csv(client, url)
    assert header == [f.name for f in fields(row_type)]
    assert len(rows) == len(items) == int(headers["x-total-count"])
    assert "attachment" in headers["content-disposition"]


def test_lists_csv_keeps_the_filters_and_order(client: TestClient) -> None:
    header, rows, _ = _csv(client, "/api/events?type=ASSAULT")
    kinds = {r[header.index("type")] for r in rows}
    assert kinds == {"ASSAULT"}  # no other type comes through
    everything = _csv(client, "/api/events?")[1]
    assert len(everything) > len(rows)
    json_first = client.get("/api/events?limit=1").json()["items"][0]
    assert int(everything[0][header.index("event")]) == json_first["event"]
    countries = _csv(client, "/api/entities?kind=country")
    assert {r[countries[0].index("kind")] for r in countries[1]} == {"country"}


def test_lists_csv_stops_at_its_cap(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "CSV_ROWS", 2)
    total = client.get("/api/articles").json()["total"]
    _, rows, headers = _csv(client, "/api/articles?")
    assert len(rows) == 2 < total == int(headers["x-total-count"])
    assert state.MAX_ROWS == 10_000


def test_lists_csv_cells_cannot_run_as_formulas(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lookup, "entities", lambda conn, **kw: [lookup.EntityRow(
        1, "=HYPERLINK(\"http://x\")", "person", None, 1, 1, 0, None, None)])  # fmt: skip
    r = client.get("/api/entities?format=csv")
    assert "'=HYPERLINK" in r.text and "\n=HYPERLINK" not in r.text


def test_lists_json_download_holds_every_row_and_bad_format_is_refused(client: TestClient) -> None:
    page = client.get("/api/events?limit=2").json()
    r = client.get("/api/events?format=json")
    assert r.headers["content-type"].startswith("application/json") and "attachment" in r.headers["content-disposition"]
    rows = r.json()
    assert len(rows) == page["total"] == int(r.headers["x-total-count"]) > 2  # every row, not one page
    assert rows[0]["event"] == page["items"][0]["event"]
    bad = client.get("/api/events?format=xlsx")
    assert bad.status_code == 422 and "format" in bad.json()["error"]


def test_lists_deadlines_carry_their_day(client: TestClient) -> None:
    body = client.get("/api/deadlines?as_of=2025-10-01").json()
    assert body["as_of"] == "2025-10-01"
    assert all(d["status"] == ("upcoming" if d["due"] >= "2025-10-01" else "past") for d in body["items"])
    newest = max(a["date"] for a in client.get("/api/articles?limit=500").json()["items"] if a["date"])
    assert client.get("/api/deadlines").json()["as_of"] == newest[:10]  # the store's newest day, not today


def test_lists_without_a_count_do_not_pretend_to_have_one(client: TestClient) -> None:
    for url in ("/api/stories", "/api/figures/series", "/api/sources"):
        body = client.get(url).json()
        assert "items" in body and "total" not in body and "as_of" not in body, url
    assert "as_of" not in client.get("/api/events").json()
    assert client.get("/api/search?q=troops").json()["query"] == '"troops"'
