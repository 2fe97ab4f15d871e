"""The news-quotes scorer: speaker verdicts on records built by hand, and the shape of the hand-made gold."""

from __future__ import annotations

import json

import pytest

from sitrep.eval.news_events import load_gold as events_gold
from sitrep.eval.news_quotes import Tally, load_gold, rows_for, score_article, speaker_verdict
from sitrep.record import Article, Entity, Extraction, Mention, Quote, Speaker
from tests.conftest import SHARED

TEXT = '"The dam will hold," said Rosa Lind. Later Mr Lind spoke. "We are ready," he said.'


def _quote(start: int, end: int, speaker: Speaker | None) -> Quote:
    return Quote("U1", start, end, TEXT[start:end], "direct", speaker)


def _entities() -> dict[str, Entity]:
    lind = Entity("E1", "person", "Rosa Lind", mentions=[Mention(26, 35, "Rosa Lind")])
    return {"E1": lind, "E2": Entity("E2", "person", "Piet Lind"), "E3": Entity("E3", "person", "Ann Bo")}


def test_news_quotes_speaker_right_by_name_without_title() -> None:
    quote = _quote(0, 20, Speaker("E1", "Rosa Lind", 26, 35))
    assert speaker_verdict(quote, {"name": "Rosa Lind", "start": 0, "end": 1}, _entities()) == "right"
    titled = _quote(0, 20, Speaker(None, "Mr Lind", 43, 50))
    assert speaker_verdict(titled, {"name": "Rosa Lind", "start": 0, "end": 1}, _entities()) == "right"


def test_news_quotes_speaker_right_by_overlap_with_the_gold_mention() -> None:
    quote = _quote(58, 73, Speaker(None, "he", 75, 77))
    assert speaker_verdict(quote, {"name": "Rosa Lind", "start": 75, "end": 77}, _entities()) == "right"


def test_news_quotes_named_someone_else_is_wrong_a_bare_pronoun_is_none() -> None:
    gold = {"name": "Rosa Lind", "start": 26, "end": 35}
    assert speaker_verdict(_quote(58, 73, Speaker("E3", "he", 75, 77)), gold, _entities()) == "wrong"
    assert speaker_verdict(_quote(58, 73, Speaker(None, "he", 75, 77)), gold, _entities()) == "none"
    assert speaker_verdict(_quote(58, 73, None), gold, _entities()) == "none"


def test_news_quotes_described_speaker_matches_its_organisation() -> None:
    gold = {"described": "a company spokesman", "organisation": "Acme | Acme Ltd", "start": 0, "end": 1}
    acme = {"E4": Entity("E4", "organization", "Acme Ltd")}
    assert speaker_verdict(_quote(0, 20, Speaker("E4", "Acme", 50, 54)), gold, acme) == "right"
    assert speaker_verdict(_quote(0, 20, Speaker(None, "Globex", 50, 56)), gold, acme) == "wrong"


def test_news_quotes_tally_counts_recall_precision_and_speakers() -> None:
    gold = {
        "quotes": [
            {"kind": "direct", "start": 1, "end": 18, "speaker": {"name": "Rosa Lind", "start": 26, "end": 35}},
            {"kind": "direct", "start": 59, "end": 72, "speaker": {"name": "Rosa Lind", "start": 26, "end": 35}},
        ]
    }
    quotes = [_quote(0, 20, Speaker("E1", "Rosa Lind", 26, 35)), _quote(36, 50, None)]
    x = Extraction(Article(id="t"), TEXT, entities=list(_entities().values()), quotes=quotes)
    t = Tally()
    score_article(gold, x, t)
    rows = {r.metric: r for r in rows_for("tune", t)}
    quotes_row = rows["quotes (any kind, overlap)"]
    assert (quotes_row.precision, quotes_row.recall) == (0.5, 0.5)
    assert rows["speaker right (found direct quotes)"].f1 == 1.0
    assert rows["wrong speaker (found direct quotes; lower is better)"].f1 == 0.0


def test_news_quotes_gold_uses_the_events_articles_and_halves() -> None:
    halves = {g["article"]: g["half"] for g in events_gold()}
    gold = load_gold()
    assert {g["article"]: g["half"] for g in gold} == halves
    kinds = {q["kind"] for g in gold for q in g["quotes"]}
    assert kinds == {"direct", "partial", "indirect"}


def test_news_quotes_gold_offsets_lie_inside_their_articles() -> None:
    news = SHARED / "data" / "news" / "dev.jsonl"
    if not news.exists():
        pytest.skip("the news articles are not in ../shared")
    with news.open(encoding="utf-8") as handle:
        texts = {a["id"]: a["text"] for a in map(json.loads, handle)}
    for g in load_gold():
        text = texts[g["article"]]
        for q in g["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(text)
            assert text[q["start"]].strip() and text[q["end"] - 1].strip()
            speaker = q["speaker"]
            if speaker is not None:
                assert ("name" in speaker) != ("described" in speaker)
                assert 0 <= speaker["start"] < speaker["end"] <= len(text)
