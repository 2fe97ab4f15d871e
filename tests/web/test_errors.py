"""Errors: a browser asking for a page gets an HTML error page in the app's layout; the API, and any client that
prefers JSON, keeps JSON errors."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"}


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/no-such-page", 404, "Not Found"),
        ("/articles/" + "0" * 64, 404, "no article"),
        ("/stories/999999", 404, "no story 999999"),
        ("/deadlines?as_of=not-a-day", 400, "not an ISO date"),
        ("/articles?offset=-1", 422, "invalid request"),
    ],
)
def test_errors_browsers_get_html_in_the_layout(client: TestClient, url: str, status: int, words: str) -> None:
    r = client.get(url, headers=BROWSER)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    assert words in html and f"<h1 class=\"error\">{status}" in html
    assert '<link rel="stylesheet" href="/static/app.css">' in html and '<a class="brand" href="/">' in html
    assert '{"error"' not in html


def test_errors_html_page_escapes_what_the_request_said(client: TestClient) -> None:
    r = client.get("/articles/<script>alert(1)<x", headers=BROWSER)
    assert r.status_code == 404 and "<script>alert(1)" not in r.text and "&lt;script&gt;" in r.text


@pytest.mark.parametrize(
    "url", ["/api/articles/" + "0" * 64, "/api/nothing-here", "/api/events?since=yesterday", "/api"]
)
def test_errors_api_stays_json_even_for_browsers(client: TestClient, url: str) -> None:
    r = client.get(url, headers=BROWSER)
    assert r.status_code >= 400
    assert r.headers["content-type"].startswith("application/json") and "error" in r.json()
    assert "<html" not in r.text


@pytest.mark.parametrize("accept", [None, "*/*", "application/json", "application/json, text/html;q=0.5"])
def test_errors_pages_answer_json_to_clients_that_do_not_prefer_html(client: TestClient, accept: str | None) -> None:
    headers = {"Accept": accept} if accept else {}
    r = client.get("/no-such-page", headers=headers)
    assert r.status_code == 404 and r.json() == {"error": "Not Found"}
