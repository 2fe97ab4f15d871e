"""Any source, one stream: files, folders, JSON Lines corpora, HTML pages and stdin; one bad input never stops the
rest; a new source kind is one more entry in SOURCE_KINDS."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitrep.reader import sources
from sitrep.reader.sources import SOURCE_KINDS, Failure, Item, Options, read_sources, walk
from tests.conftest import EXAMPLES


def names(stream: Iterator[Item | Failure]) -> list[tuple[str, str]]:
    return [(type(i).__name__, Path(i.name).name) for i in stream]


def test_sources_jsonl_corpus_yields_each_article_with_its_fields() -> None:
    items = list(read_sources([str(EXAMPLES / "corpus.jsonl")]))
    assert [i.name for i in items if isinstance(i, Item)] == ["brief-1", "brief-2", "brief-3"]
    first = items[0]
    assert isinstance(first, Item)
    assert first.prepared.article.source == "Example Wire"
    assert str(first.prepared.article.published) == "2026-06-12"
    assert first.prepared.article.url == "https://example.org/briefs/1"


def test_sources_bad_jsonl_lines_are_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text(
        '{"text": "First good article about troops."}\nnot json\n{"title": "no text"}\n[1, 2]\n\n'
        '{"text": "Second good article."}\n'
    )
    items = list(read_sources([str(corpus)]))
    assert sum(isinstance(i, Item) for i in items) == 2
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.name.rsplit(":", 1)[1] for f in failures] == ["2", "3", "4"]
    assert failures[0].reason.startswith(f"{corpus}:2: not valid JSON")
    assert "text" in failures[1].reason and "JSON object" in failures[2].reason


def test_sources_corpus_streams_line_by_line(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"n{n}", "text": f"Article {n}."}) + "\n" for n in range(5)))
    stream = read_sources([str(corpus)], Options(max_bytes=100))  # the limit holds for each line, not the file
    first = next(stream)
    assert isinstance(first, Item) and first.name == "n0"
    assert [i.name for i in stream] == ["n1", "n2", "n3", "n4"]


def test_sources_corpus_line_keeps_its_encoding_warning(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"text": "Troops in Bogot\xe1 left."}\n')
    (item,) = read_sources([str(corpus)])
    assert isinstance(item, Item)
    assert item.prepared.warnings == [f"{corpus}:1: not UTF-8; decoded as Windows-1252 (Latin-1) (detected)"]
    assert "Bogotá" in item.prepared.text


def test_sources_empty_or_binary_corpus_is_one_failure(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    binary = tmp_path / "blob.ndjson"
    binary.write_bytes(bytes(range(256)) * 4)
    items = list(read_sources([str(empty), str(binary)]))
    assert [(type(i).__name__, i.name) for i in items] == [("Failure", str(empty)), ("Failure", str(binary))]
    assert isinstance(items[0], Failure) and "empty" in items[0].reason
    assert isinstance(items[1], Failure) and "binary" in items[1].reason


def test_sources_a_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    items = list(read_sources([str(empty), str(EXAMPLES / "dated-brief.txt"), str(tmp_path / "missing.txt")]))
    assert [type(i).__name__ for i in items] == ["Failure", "Item", "Failure"]
    assert isinstance(items[2], Failure) and items[2].reason.endswith("missing.txt: no such file")


def test_sources_folder_is_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("Ships left the harbour on Monday.")
    (tmp_path / "b" / "page.htm").write_text("<html><body><article><p>" + "Talks resumed. " * 20 + "</p></article>")
    (tmp_path / "b" / "deeper" / "c.jsonl").write_text('{"id": "c1", "text": "Talks resumed."}\n')
    (tmp_path / "b" / "notes.md").write_text("Not an article.")
    (tmp_path / ".hidden" / "skip.txt").write_text("Hidden file text.")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\x00\x00")
    assert [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)] == ["a.txt", "b/deeper/c.jsonl", "b/page.htm"]
    assert names(read_sources([str(tmp_path)])) == [("Item", "a.txt"), ("Item", "c1"), ("Item", "page.htm")]


def test_sources_folder_is_a_failure_when_folders_are_off(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ships left the harbour on Monday.")
    (failure,) = read_sources([str(tmp_path)], Options(folders=False))
    assert isinstance(failure, Failure) and "is a directory" in failure.reason


def test_sources_stdin_is_one_article(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Border guards detained nine men on Sunday."))
    monkeypatch.setattr("sys.stdin", stdin)
    (item,) = read_sources(["-"], Options(published="2026-02-01"))
    assert isinstance(item, Item) and item.name == "<stdin>"
    assert item.prepared.text.startswith("Border guards") and str(item.prepared.article.published) == "2026-02-01"


def test_sources_empty_stdin_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    (failure,) = read_sources(["-"])
    assert isinstance(failure, Failure) and failure.name == "-" and "empty" in failure.reason


def test_sources_html_page_goes_through_trafilatura() -> None:
    items = list(read_sources([str(EXAMPLES / "press-page.html")]))
    item = items[0]
    assert isinstance(item, Item)
    text = item.prepared.text
    assert text.startswith("Navy ships arrive for joint exercise")
    assert "Subscribe" not in text and "All rights reserved" not in text
    assert str(item.prepared.article.published).startswith("2026-05-04")


def test_sources_html_without_article_is_a_failure(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    items = list(read_sources([str(page)]))
    assert isinstance(items[0], Failure) and "no article text" in items[0].reason


def test_sources_caller_published_wins_over_dateline() -> None:
    items = list(read_sources([str(EXAMPLES / "dated-brief.txt")], Options(published="2026-10-09")))
    item = items[0]
    assert isinstance(item, Item) and str(item.prepared.article.published) == "2026-10-09"


class Echo:
    """A made-up source kind, as a URL or WARC reader would be: "echo:NAME" is one failure named NAME."""

    def claims(self, source: str, options: Options) -> bool:
        return source.startswith("echo:")

    def read(self, source: str, options: Options) -> Iterator[Item | Failure]:
        yield Failure(source.removeprefix("echo:"), "echoed")


def test_sources_a_new_kind_is_one_more_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "SOURCE_KINDS", (Echo(), *SOURCE_KINDS))
    items = list(read_sources(["echo:hello", str(EXAMPLES / "dated-brief.txt")]))
    assert names(iter(items)) == [("Failure", "hello"), ("Item", "dated-brief.txt")]


def test_sources_corpus_line_over_the_limit_is_skipped_and_the_rest_go_on(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    long_line = json.dumps({"text": "word " * 5000})  # no newline read in one go: skipped a block at a time
    corpus.write_text(long_line + "\n" + json.dumps({"id": "ok", "text": "Talks resumed on Monday."}) + "\n")
    items = list(read_sources([str(corpus)], Options(max_bytes=1000)))
    assert [type(i).__name__ for i in items] == ["Failure", "Item"]
    assert isinstance(items[0], Failure)
    assert items[0].reason == f"{corpus}:1: over the 1,000-byte limit for one line (raise it with --max-bytes)"
    assert items[1].name == "ok"


def test_sources_utf16_corpus_is_one_clear_failure(tmp_path: Path) -> None:
    corpus = tmp_path / "wide.jsonl"
    corpus.write_bytes(('{"text": "Talks resumed."}\n').encode("utf-16"))
    (failure,) = read_sources([str(corpus)])
    assert isinstance(failure, Failure) and "must be UTF-8, this one is UTF-16" in failure.reason


def test_sources_stdin_is_read_to_the_limit_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"word " * 1000)))
    (failure,) = read_sources(["-"], Options(max_bytes=100))
    assert isinstance(failure, Failure) and "over the 100-byte limit" in failure.reason


def test_sources_file_that_vanishes_mid_run_is_one_failure(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"Ships left harbour {name} on Monday.")
    stream = read_sources([str(tmp_path)])
    first = next(stream)
    (tmp_path / "b.txt").unlink()
    rest = list(stream)
    assert isinstance(first, Item) and [type(i).__name__ for i in rest] == ["Failure", "Item"]
    assert isinstance(rest[0], Failure) and rest[0].reason == f"{tmp_path / 'b.txt'}: no such file"


def test_sources_unlistable_subfolder_is_a_failure_and_the_walk_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text("Ships left the harbour on Monday.")
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_sources([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Item", "Failure"]
    assert isinstance(items[1], Failure)
    assert items[1].reason == f"{tmp_path / 'locked'}: cannot be read (Permission denied)"
