"""What stands between a request and the app (`web/guard.py`): security headers on every answer, the bearer token,
query strings and bodies that cannot be text answered with 4xx (never 500)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.web.app import create_app
from sitrep.web.guard import SECURITY_HEADERS

URLS = ["/", "/api/stats", "/api/articles", "/timeline", "/static/app.css", "/openapi.json", "/api/articles/nope",
        "/api/search?q=%00", "/nowhere"]  # fmt: skip


@pytest.mark.parametrize("url", URLS)
def test_guard_security_headers_on_every_answer(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert {name.decode() for name, _ in SECURITY_HEADERS} <= set(headers)


def test_guard_security_headers_on_refused_and_failed_answers(client: TestClient) -> None:
    too_big = client.post("/api/extract", content=b"x" * 300_000, headers={"content-type": "application/json"})
    assert too_big.status_code == 413 and too_big.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "url",
    ["/api/quotes?speaker=%00", "/api/quotes?search=a%00b", "/api/search?q=%00", "/?q=%00", "/api/articles?title=%00",
     "/api/entities?name=%01", "/timeline?actor=%00", "/api/articles/%00", "/articles/%00x",
     "/api/quotes?speaker=%ED%A0%80", "/api/search?q=%FF%FE", "/figures?holder=%00"],
)  # fmt: skip
def test_guard_nul_and_non_text_in_the_url_is_a_400(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 400, r.text
    assert r.json()["error"]


@pytest.mark.parametrize("field", ["text", "source", "url", "published"])
def test_guard_lone_surrogate_in_posted_json_is_a_422(client: TestClient, field: str) -> None:
    body = {"text": "The army said on Monday that troops left.", field: "Troops \\ud800 left"}
    raw = ("{" + ", ".join(f'"{k}": "{v}"' for k, v in body.items()) + "}").encode()
    r = client.post("/api/extract", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]


def test_guard_lone_surrogate_in_the_paste_form_is_an_answer(client: TestClient) -> None:
    r = client.post("/paste", content=b"text=Troops+%ED%A0%80+left+on+Monday.&published=",
                    headers={"content-type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert r.status_code == 200 and "Troops" in r.text


def test_guard_bad_json_and_wrong_types_are_422(client: TestClient) -> None:
    for raw in (b"{", b"[]", b'{"text": 5}', b'{"text": "x", "html": "maybe"}', b"\xff\xfe"):
        r = client.post("/api/extract", content=raw, headers={"content-type": "application/json"})
        assert r.status_code == 422, (raw, r.text)


def test_guard_token_is_needed_for_everything(web_db: Path) -> None:
    with TestClient(create_app(web_db, token="s3cret")) as c:
        for url in ("/", "/api/stats", "/static/app.js", "/openapi.json", "/articles"):
            refused = c.get(url)
            assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
            assert "Authorization: Bearer" in refused.json()["error"]
            assert c.get(url, headers={"Authorization": "Bearer wrong"}).status_code == 401
            assert c.get(url, headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.post("/api/extract", json={"text": "Troops left."}).status_code == 401


def test_guard_no_token_means_open(client: TestClient) -> None:
    assert client.get("/api/stats").status_code == 200
