"""WARC and WARC.gz archives as a source kind: each HTML response is one article (URL from WARC-Target-URI, the
capture date from WARC-Date when the page states none)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.reader import Failure, Item, read_sources

PAGE = """<html><head><title>Drone strike hits depot</title></head><body><article>
<h1>Drone strike hits depot</h1>
<p>A drone struck a fuel depot near Kharkiv on Tuesday, officials said, killing two workers.</p>
<p>The regional governor said 12 people were wounded and that repairs would take weeks.</p>
</article></body></html>"""


def write_warc(path: Path, records: list[tuple[str, str, bytes]], *, gzip: bool) -> None:
    """A WARC file of (url, content type, body) responses, plus one request record that must be skipped."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, kind, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                length=len(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-09-27T16:38:00Z"},
            )
            writer.write_record(record)
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/", "request", payload=BytesIO(b""), length=0, http_headers=request
            )
        )


@pytest.mark.parametrize("name, gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_are_articles(tmp_path: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    write_warc(
        path,
        [
            ("https://news.example.org/drone", "text/html; charset=utf-8", PAGE.encode()),
            ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n"),
        ],
        gzip=gzip,
    )
    items = list(read_sources([str(path)]))
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, Item)
    assert item.name == "https://news.example.org/drone"
    assert item.prepared.article.url == "https://news.example.org/drone"
    assert str(item.prepared.article.published).startswith("2024-09-27")
    assert "fuel depot near Kharkiv" in item.prepared.text


def test_warc_folder_walk_reads_archives(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", [("https://x.example/1", "text/html", PAGE.encode())], gzip=True)
    items = list(read_sources([str(tmp_path)]))
    assert [i.name for i in items] == ["https://x.example/1"]


def test_warc_damaged_or_empty_archive_is_a_failure(tmp_path: Path) -> None:
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    empty = tmp_path / "images.warc"
    write_warc(empty, [("https://x.example/i.png", "image/png", b"\x89PNG")], gzip=False)
    items = list(read_sources([str(broken), str(empty)]))
    assert all(isinstance(i, Failure) for i in items), items
    assert [i.name for i in items] == [str(broken), str(empty)]
    assert "no HTML responses" in items[1].reason  # type: ignore[union-attr]
