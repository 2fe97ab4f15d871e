"""The analyst's pages and their API (`web/workbench.py`, `/api/events` facets, `/api/search`, `/api/outlets`):
exact totals that the CSV downloads match, facets adding up, stemmed search with highlights, the timeline's
histogram and day groups, the figures picker, the map's markers, the sources, paged highlights, the paste limit."""

from __future__ import annotations

import csv
import io
import re

import pytest
from fastapi.testclient import TestClient

from sitrep.record import article_id
from sitrep.web import highlight
from tests.store_helpers import STORY_A

HTML = {"accept": "text/html"}


def _csv_rows(client: TestClient, url: str) -> list[dict[str, str]]:
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(r.text)))


@pytest.mark.parametrize("query", ["", "?type=ASSAULT", "?country=unknown", "?since=2025-01-01", "?actor=rebels"])
def test_workbench_event_facets_add_up_and_csv_matches(client: TestClient, query: str) -> None:
    answer = client.get(f"/api/events{query}").json()
    assert set(answer["facets"]) == {"type", "country", "month"}
    for name, counts in answer["facets"].items():
        assert sum(counts.values()) == answer["total"], name
    joiner = "&" if query else "?"
    assert len(_csv_rows(client, f"/api/events{query}{joiner}format=csv")) == answer["total"]


def test_workbench_search_api_stems_counts_and_downloads(client: TestClient) -> None:
    attacked = client.get("/api/search", params={"q": "attacked"}).json()
    attack = client.get("/api/search", params={"q": "attack"}).json()
    assert attacked["total"] == attack["total"] > 0 and attacked["query"] == '"attacked"'
    assert len(_csv_rows(client, "/api/search?q=attack&format=csv")) == attack["total"]
    narrow = client.get("/api/search", params={"q": "attack NOT villages"}).json()
    assert narrow["total"] < attack["total"]
    assert all("villages" not in i["snippet"].lower() for i in narrow["items"])
    for weird in ["(attack", "attack]", 'x"', "U.S.", "a:b", "*"]:
        r = client.get("/api/search", params={"q": weird})
        assert r.status_code in (200, 400), weird  # never a crash; 400 only when no word is left
    filtered = client.get("/api/search", params={"q": "troops", "source": "Wire B"}).json()
    assert filtered["total"] == 1 and filtered["items"][0]["source"] == "Wire B"


def test_workbench_outlets_count_and_link(client: TestClient) -> None:
    answer = client.get("/api/outlets").json()
    assert answer["total"] == len(answer["items"]) >= 3
    assert sum(o["articles"] for o in answer["items"]) == client.get("/api/articles").json()["total"]
    html = client.get("/sources").text
    assert "Wire A" in html and 'href="/articles?source=Wire+A"' in html
    assert client.get("/articles?source=Wire+A").text.count('href="/articles/') == 1


def test_workbench_search_page_highlights_and_pages(client: TestClient) -> None:
    r = client.get("/?q=attacks%20must%20stop", headers=HTML)
    assert r.status_code == 200 and r.url.path == "/search"
    assert "<mark>attacks</mark>" in r.text.lower() or "<mark>attacks</mark>" in r.text
    assert 'class="download-csv"' in r.text and "/api/search?q=attacks+must+stop&amp;format=csv" in r.text
    total = int(re.search(r'data-total="(\d+)"', client.get("/search?q=the").text).group(1))  # type: ignore[union-attr]
    assert total == client.get("/api/search?q=the").json()["total"]
    bad = client.get("/search?q=%28%29")
    assert bad.status_code == 200 and "at least one word" in bad.text


def test_workbench_timeline_page_has_facets_histogram_and_days(client: TestClient) -> None:
    html = client.get("/timeline").text
    total = client.get("/api/events").json()["total"]
    assert f'data-total="{total}"' in html
    assert 'id="facet-type"' in html and 'id="facet-country"' in html and 'id="facet-month"' in html
    assert 'id="volume"' in html and 'class="bar"' in html and 'id="brush"' in html
    days = re.findall(r'<tbody id="day-([^"]+)"', html)
    assert days and len(days) == len(set(days))
    assert "/api/events?format=csv" in html
    filtered = client.get("/timeline?type=ASSAULT&since=2025-03-01&until=2025-03-31").text
    assert 'data-type="AGREE"' not in filtered


def test_workbench_figures_picker_and_axis(client: TestClient) -> None:
    html = client.get("/figures").text
    assert 'id="series-picker"' in html and 'id="series-list"' in html
    ticks = re.findall(r'class="tick-label ytick"[^>]*>([^<]+)<', html)
    assert ticks and ticks[0] == "0" and re.search(r"\d [a-z]+s$", ticks[-1])  # the top tick says the unit
    assert "sources disagree" in html


def test_workbench_map_markers_link_to_the_timeline(client: TestClient) -> None:
    html = client.get("/map").text
    assert 'id="map-legend"' in html and 'src="/static/map.js"' in html
    links = re.findall(r'<a href="(/timeline\?[^"]+)" class="marker', html)
    assert links and any("country=" in link for link in links)
    assert client.get("/static/map.js").status_code == 200


def test_workbench_long_article_is_shown_a_part_at_a_time(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(highlight, "PART_CHARS", 120)
    monkeypatch.setattr(highlight.article_view, "__defaults__", (0, 120))
    first = client.get(f"/articles/{article_id(STORY_A)}").text
    second = client.get(f"/articles/{article_id(STORY_A)}?part=2").text
    assert 'aria-label="Parts of the text"' in first and 'href="?part=2"' in first
    assert "while the mission changes" in first and "while the mission changes" not in second
    assert "Negotiators" not in first


def test_workbench_paste_over_the_limit_says_so(client: TestClient) -> None:
    from sitrep.web.pages import PASTE_CHARS

    r = client.post("/paste", data={"text": "a" * (PASTE_CHARS + 1), "published": ""})
    assert r.status_code == 200 and f"{PASTE_CHARS + 1:,} characters" in r.text
    assert len(r.text) < 20_000


def test_workbench_missing_pages_are_html_404(client: TestClient) -> None:
    for url in ["/entities/999999", "/articles/" + "0" * 64, "/nowhere"]:
        r = client.get(url, headers=HTML)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html"), url
    assert client.get("/api/entities/999999").json()["error"]
