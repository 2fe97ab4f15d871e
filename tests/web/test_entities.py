"""Entities: list items carry their `id`; `/api/entities/{id}` and `/entities/{id}` show one entity with its
counts and its newest events, quotes and figures; the entities page links each name to it."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def _find(client: TestClient, name: str) -> dict[str, Any]:
    items = client.get("/api/entities", params={"name": name, "limit": 100}).json()["items"]
    return next(e for e in items if e["name"] == name)


def test_entities_api_one_entity_with_events_quotes_and_figures(client: TestClient) -> None:
    us = _find(client, "United States")
    assert isinstance(us["id"], int)
    one = client.get(f"/api/entities/{us['id']}").json()
    assert (one["id"], one["name"], one["kind"], one["code"]) == (us["id"], "United States", "country", "US")
    assert one["mentions"] == us["mentions"] > 0
    assert one["figures"] and all("United States" in (f["holder"] or "", f["location"] or "") for f in one["figures"])
    assert one["events"] and all(
        "United States" in (e["actors"] or "") + (e["targets"] or "") + (e["location"] or "") for e in one["events"]
    )
    dates = [e["date"] for e in one["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert len(one["events"]) <= 20 and len(one["quotes"]) <= 20 and len(one["figures"]) <= 20


def test_entities_api_quotes_are_the_speakers_own(client: TestClient) -> None:
    reyes = client.get(f"/api/entities/{_find(client, 'Dana Reyes')['id']}").json()
    assert reyes["quotes"] and {q["speaker"] for q in reyes["quotes"]} == {"Dana Reyes"}
    iraq = client.get(f"/api/entities/{_find(client, 'Iraq')['id']}").json()
    assert "Dana Reyes" not in {q["speaker"] for q in iraq["quotes"]}


def test_entities_unknown_id_is_404(client: TestClient) -> None:
    r = client.get("/api/entities/99999999")
    assert r.status_code == 404 and "no entity" in r.json()["error"]
    assert client.get("/api/entities/abc").status_code == 422
    assert client.get("/entities/99999999").status_code == 404


def test_entities_pages_link_names_to_their_page(client: TestClient) -> None:
    us = _find(client, "United States")
    html = client.get("/entities?kind=country").text
    assert f'<a href="/entities/{us["id"]}">United States</a>' in html
    assert "Dana Reyes" not in html  # a person, not a country
    page = client.get(f"/entities/{us['id']}").text
    assert '<h1 id="entity-name">United States</h1>' in page
    assert 'id="entity-events"' in page and 'id="entity-figures"' in page and "/articles/" in page
    assert "No entities." not in page
