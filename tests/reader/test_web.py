from __future__ import annotations

from sitrep.fetch.http import Response
from sitrep.reader import Item, Options, read_sources
from sitrep.reader.web import prepare_page
from tests.http_helpers import Site, page

BODY = (
    "Harbour pilots in Port Alden agreed on Wednesday to extend their contract by a year, ending a month of talks.",
    "The agreement keeps night crossings running through the winter, the pilots' association said.",
)


def _response(html: bytes, content_type: str = "text/html") -> Response:
    url = "http://127.0.0.1:9/news/pilots"
    return Response(url, url, 200, {"content-type": content_type}, html)


def test_web_page_keeps_its_address_canonical_url_author_and_site_name() -> None:
    html = page("Pilots extend contract", *BODY, canonical="http://127.0.0.1:9/news/pilots-contract").encode()
    prepared = prepare_page(_response(html), via="http://127.0.0.1:9/feed.xml")
    assert prepared.article.title == "Pilots extend contract"
    assert prepared.article.url == "http://127.0.0.1:9/news/pilots"
    assert prepared.article.source == "The Harbour Courier"
    assert prepared.page is not None
    assert (prepared.page.canonical, prepared.page.author, prepared.page.via) == (
        "http://127.0.0.1:9/news/pilots-contract",
        "Mara Quell",
        "http://127.0.0.1:9/feed.xml",
    )


def test_web_listing_fills_only_what_the_page_lacks() -> None:
    dated = page("Pilots extend contract", *BODY, published="2024-09-25").encode()
    hints = {"title": "Feed title", "published": "2024-01-01T00:00:00+00:00"}
    prepared = prepare_page(_response(dated), hints=hints)
    assert prepared.article.title == "Pilots extend contract"
    assert str(prepared.article.published) == "2024-09-25"
    undated = prepare_page(_response(page("Pilots extend contract", *BODY).encode()), hints=hints)
    assert str(undated.article.published) == "2024-01-01 00:00:00+00:00"


def test_web_page_is_decoded_as_its_charset_says() -> None:
    html = page("Pilots extend contract", *BODY, "Le caf\u00e9 du port reste ouvert.").encode("cp1252")
    prepared = prepare_page(_response(html, "text/html; charset=windows-1252"))
    assert "caf\u00e9" in prepared.text and not prepared.warnings


def test_web_address_is_a_source_kind(site: Site) -> None:
    url = site.add("/news/pilots", page("Pilots extend contract", *BODY))
    (item,) = list(read_sources([url], Options()))
    assert isinstance(item, Item) and item.prepared.article.url == url
    (missing,) = list(read_sources([site.url("/nothing")], Options()))
    assert not isinstance(missing, Item) and "HTTP 404" in missing.reason
