"""Streams of inputs: JSON Lines corpora and HTML pages; one bad item never stops the rest."""

from __future__ import annotations

from pathlib import Path

from sitrep.reader.sources import Failure, Item, Options, iter_articles
from tests.conftest import EXAMPLES


def test_sources_jsonl_corpus_yields_each_article_with_its_fields() -> None:
    items = list(iter_articles([str(EXAMPLES / "corpus.jsonl")], Options()))
    assert [i.name for i in items if isinstance(i, Item)] == ["brief-1", "brief-2", "brief-3"]
    first = items[0]
    assert isinstance(first, Item)
    assert first.prepared.article.source == "Example Wire"
    assert str(first.prepared.article.published) == "2026-06-12"
    assert first.prepared.article.url == "https://example.org/briefs/1"


def test_sources_bad_jsonl_lines_are_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text(
        '{"text": "First good article about troops."}\nnot json\n{"title": "no text"}\n[1, 2]\n'
        '{"text": "Second good article."}\n'
    )
    items = list(iter_articles([str(corpus)], Options()))
    assert sum(isinstance(i, Item) for i in items) == 2
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.name.rsplit(":", 1)[1] for f in failures] == ["2", "3", "4"]
    assert "not valid JSON" in failures[0].reason and "text" in failures[1].reason


def test_sources_a_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    items = list(iter_articles([str(empty), str(EXAMPLES / "dated-brief.txt"), str(tmp_path)], Options()))
    assert [type(i).__name__ for i in items] == ["Failure", "Item", "Failure"]


def test_sources_html_page_goes_through_trafilatura() -> None:
    items = list(iter_articles([str(EXAMPLES / "press-page.html")], Options()))
    item = items[0]
    assert isinstance(item, Item)
    text = item.prepared.text
    assert text.startswith("Navy ships arrive for joint exercise")
    assert "Subscribe" not in text and "All rights reserved" not in text
    assert str(item.prepared.article.published).startswith("2026-05-04")


def test_sources_html_without_article_is_a_failure(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    items = list(iter_articles([str(page)], Options()))
    assert isinstance(items[0], Failure) and "no article text" in items[0].reason


def test_sources_caller_published_wins_over_dateline() -> None:
    items = list(iter_articles([str(EXAMPLES / "dated-brief.txt")], Options(published="2026-10-09")))
    item = items[0]
    assert isinstance(item, Item) and str(item.prepared.article.published) == "2026-10-09"
