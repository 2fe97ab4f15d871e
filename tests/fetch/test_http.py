from __future__ import annotations

import time

import pytest

from sitrep.errors import FetchError
from sitrep.fetch.http import HTML, Fetcher, Settings
from tests.http_helpers import Site, page

FAST = Settings(delay=0.0, timeout=0.5, retries=1, backoff=0.01, max_bytes=50_000)


def test_http_get_names_sitrep_and_the_contact_in_the_user_agent(site: Site) -> None:
    url = site.add("/a", page("A", "words"))
    with Fetcher(Settings(delay=0.0, contact="https://example.org/contact")) as fetcher:
        response = fetcher.get(url, accept=HTML)
    assert response.status == 200 and response.body.startswith(b"<!doctype html>")
    agent = site.requests[-1][1]["user-agent"]
    assert agent.startswith("sitrep/") and "+https://example.org/contact" in agent


def test_http_robots_disallowed_page_is_never_requested(site: Site) -> None:
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    url = site.add("/private/secret", page("Secret", "words"))
    with Fetcher(FAST) as fetcher, pytest.raises(FetchError, match=r"disallowed by robots\.txt") as caught:
        fetcher.get(url, accept=HTML)
    assert caught.value.permanent
    assert site.hits("/private/secret") == 0 and site.hits("/robots.txt") == 1


def test_http_redirect_is_followed_unless_robots_disallows_its_target(site: Site) -> None:
    site.add("/robots.txt", "User-agent: sitrep\nDisallow: /hidden\n", content_type="text/plain")
    site.add("/old", status=301, headers={"Location": "/new"})
    site.add("/new", page("New", "words"))
    site.add("/sneaky", status=302, headers={"Location": "/hidden"})
    with Fetcher(FAST) as fetcher:
        response = fetcher.get(site.url("/old"), accept=HTML)
        assert response.url == site.url("/new") and response.requested == site.url("/old")
        with pytest.raises(FetchError, match=r"redirected to .*/hidden.*disallowed"):
            fetcher.get(site.url("/sneaky"), accept=HTML)
    assert site.hits("/hidden") == 0


def test_http_errors_are_one_line_each(site: Site) -> None:
    site.add("/slow", page("Slow", "words"), delay=1.5)
    site.add("/pdf", b"%PDF-1.4", content_type="application/pdf")
    site.add("/huge", "x" * 60_000)
    with Fetcher(FAST) as fetcher:
        messages = {}
        for path in ("/missing", "/slow", "/pdf", "/huge"):
            with pytest.raises(FetchError) as caught:
                fetcher.get(site.url(path), accept=HTML)
            messages[path] = caught.value
    assert "HTTP 404 Not Found" in str(messages["/missing"]) and messages["/missing"].permanent
    assert "timed out" in str(messages["/slow"]) and not messages["/slow"].permanent
    assert "not HTML (content type application/pdf)" in str(messages["/pdf"])
    assert "over the 50,000-byte limit" in str(messages["/huge"])
    assert all("\n" not in str(m) for m in messages.values())


def test_http_retries_a_503_and_honours_retry_after(site: Site) -> None:
    site.add("/busy", "busy", status=503, headers={"Retry-After": "0"})
    site.add("/later", "later", status=429, headers={"Retry-After": "3600"})
    with Fetcher(FAST) as fetcher:
        with pytest.raises(FetchError, match="HTTP 503"):
            fetcher.get(site.url("/busy"))
        with pytest.raises(FetchError, match="Retry-After asks for 3600 s"):
            fetcher.get(site.url("/later"))
    assert site.hits("/busy") == 2 and site.hits("/later") == 1


def test_http_conditional_get_gives_304(site: Site) -> None:
    url = site.add("/feed", "<rss/>", content_type="application/rss+xml", etag='"v1"')
    with Fetcher(FAST) as fetcher:
        first = fetcher.get(url)
        again = fetcher.get(url, etag=first.headers["etag"])
    assert not first.not_modified and again.not_modified and again.body == b""
    assert site.requests[-1][1]["if-none-match"] == '"v1"'


def test_http_waits_between_two_requests_to_one_host(site: Site) -> None:
    urls = [site.add(f"/p{i}", page("P", "words")) for i in range(3)]
    with Fetcher(Settings(delay=0.2, timeout=2.0)) as fetcher:
        started = time.monotonic()
        outcomes = list(fetcher.get_many(urls, accept=HTML))
    assert [u for u, _ in outcomes] == urls
    assert time.monotonic() - started >= 0.6  # robots.txt, then three pages, 0.2 s apart


def test_http_get_many_reports_a_failure_and_goes_on(site: Site) -> None:
    good = site.add("/good", page("Good", "words"))
    with Fetcher(FAST) as fetcher:
        outcomes = dict(fetcher.get_many([site.url("/gone"), good], accept=HTML))
    assert isinstance(outcomes[site.url("/gone")], FetchError)
    assert not isinstance(outcomes[good], FetchError) and outcomes[good].status == 200


def test_http_generic_content_type_is_judged_by_the_body(site: Site) -> None:
    html = site.add("/story", page("Story", "words"), content_type="application/octet-stream")
    blob = site.add("/blob", b"\x00\x01binary", content_type="application/octet-stream")
    with Fetcher(FAST) as fetcher:
        assert fetcher.get(html, accept=HTML).body.startswith(b"<!doctype html>")
        with pytest.raises(FetchError, match=r"not HTML \(content type application/octet-stream\)"):
            fetcher.get(blob, accept=HTML)
