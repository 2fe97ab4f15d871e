"""The pages, rendered on the server: each loads, filters apply, article text is escaped, only the package's own
static files are served, and `sitrep serve` has help and refuses a missing database."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.record import article_id
from tests.store_helpers import STORY_A, STORY_C
from tests.web.conftest import hostile_id

PAGES = {
    "/": "Newest events",
    "/articles": "Articles",
    "/stories": "The reports of one happening across articles",
    "/timeline": "<svg",
    "/figures": "Figures over time",
    "/deadlines?as_of=2025-01-01": "no later than the end of September 2025",
    "/map": 'class="land"',
    "/paste": "<textarea",
}


@pytest.mark.parametrize("url", PAGES)
def test_pages_load(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert PAGES[url] in r.text and "Traceback" not in r.text
    # Nothing is loaded from elsewhere (links to an article's original address are fine).
    assert not re.search(r"""(src|<link[^>]*href)=["']?(https?:)?//""", r.text)


def test_pages_article_highlights_every_kind_with_its_value(client: TestClient) -> None:
    html = client.get(f"/articles/{article_id(STORY_A)}").text
    for kind in ("entity", "time", "quantity", "quote", "event"):
        assert f"k-{kind}" in html
    assert "2025-09 until 2025-09-30, deadline" in html
    assert 'data-fact="Q1"' in html and "2,500 troop (personnel), holder United States, in Iraq" in html


def test_pages_article_escapes_markup(client: TestClient) -> None:
    html = client.get(f"/articles/{hostile_id()}").text
    assert "&lt;script&gt;window.__pwned" in html
    assert "<script>window" not in html and "<img src=x" not in html


def test_pages_timeline_filter_keeps_only_that_type(client: TestClient) -> None:
    html = client.get("/timeline?type=COERCE").text
    assert 'data-type="COERCE"' in html and 'data-type="ASSAULT"' not in html
    negated = client.get("/timeline?type=ASSAULT").text
    assert 'data-modality="negated"' in negated and 'fill="white"' in negated  # struck and hollow marks


def test_pages_deadlines_say_how_far_away(client: TestClient) -> None:
    html = client.get("/deadlines?as_of=2025-09-20").text
    assert "in 10 days" in html


def test_pages_search_links_to_the_sentence(client: TestClient) -> None:
    html = client.get("/?q=attacks%20must%20stop").text
    assert "1 sentence matching" in html
    start = STORY_C.index('"These attacks')
    assert f'href="/articles/{article_id(STORY_C)}#at-{start}-' in html


def test_pages_paste_shows_the_extraction(client: TestClient) -> None:
    text = "Rebels attacked two army posts near Karvik on Monday, officials said. <b>bold</b>"
    r = client.post("/paste", data={"text": text, "published": "2025-02-04"})
    assert r.status_code == 200 and "k-time" in r.text and "2025-02-03" in r.text
    assert "&lt;b&gt;bold&lt;/b&gt;" in r.text and "<b>bold" not in r.text


def test_pages_serve_only_the_package_static_files(client: TestClient) -> None:
    assert client.get("/static/app.css").status_code == 200
    for name in ("../app.py", "..%2Fapp.py", "templates", "app.CSS"):
        assert client.get(f"/static/{name}").status_code == 404


def test_pages_serve_command_refuses_a_missing_database(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such database" in result.output
    assert not (tmp_path / "none.db").exists()


def test_pages_seed_article_sets_captions_and_credits_apart(client: TestClient, shared: Path) -> None:
    text = (shared / "seed" / "article.txt").read_text(encoding="utf-8")
    html = client.get(f"/articles/{article_id(text)}").text
    assert 'data-label="caption"' in html and 'data-label="credit"' in html
    assert "until 2025-09-30, deadline" in html


def test_pages_paste_refuses_a_mangled_form(client: TestClient) -> None:
    r = client.post("/paste", content="&".join(f"f{i}=x" for i in range(50)),
                    headers={"content-type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert r.status_code == 400 and "text and published" in r.json()["error"]
    big = client.post("/paste", data={"text": "word " * 50_000})
    assert big.status_code == 413


def test_pages_story_shows_its_reports_events_and_figures(client: TestClient) -> None:
    first = client.get("/api/stories?limit=1").json()["items"][0]
    r = client.get(f"/stories/{first['id']}")
    assert r.status_code == 200
    assert all(word in r.text for word in ("Reports", "Events", "Figures"))
    assert client.get("/stories/999999").status_code == 404


def test_pages_timeline_lists_newest_first(client: TestClient) -> None:
    html = client.get("/timeline").text
    table = html[html.index('id="events"') :]
    dates = re.findall(r'<tr data-type="[A-Z_]+">\s*<td>(\d{4}(?:-\d{2}){0,2})', table)
    assert len(dates) > 3 and dates == sorted(dates, reverse=True)


def test_pages_deadlines_default_to_the_stores_newest_day(client: TestClient) -> None:
    newest = max(a["date"] for a in client.get("/api/articles?limit=500").json()["items"] if a["date"])[:10]
    html = client.get("/deadlines").text
    assert f'value="{newest}"' in html
    assert f'value="{date.today().isoformat()}"' not in html or newest == date.today().isoformat()


@pytest.mark.parametrize("url", ["/", "/timeline"])
def test_pages_event_parties_link_to_their_entity_pages(client: TestClient, url: str) -> None:
    html = client.get(url).text
    links = re.findall(r'<a href="/entities/(\d+)">([^<]+)</a>', html)
    assert links, "every event list names its parties as links"
    entity_id, name = links[0]
    page = client.get(f"/entities/{entity_id}")
    assert page.status_code == 200 and name in page.text
