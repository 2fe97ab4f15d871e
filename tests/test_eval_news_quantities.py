"""The real-news quantities scorer, on records written for these tests, and its gold file against the articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep.eval.news_quantities import Tally, load_gold, rows_for, same_figure, score_article
from sitrep.record import QUANTITY_CATEGORIES, Article, Entity, Extraction, Mention, Quantity

_TEXT = "Rebels said 14 soldiers died in Gao, and dozens fled."


def _gold(start: int, text: str, **fields: Any) -> dict[str, Any]:
    base = {"start": start, "end": start + len(text), "text": text, "value": None, "low": None, "high": None,
            "category": "other", "holder": None, "location": None}  # fmt: skip
    return base | fields


def _quantity(start: int, text: str, **fields: Any) -> Quantity:
    fields.setdefault("value", None)
    return Quantity(id=fields.pop("id", "Q1"), start=start, end=start + len(text), text=text, **fields)


def test_eval_news_quantities_same_figure_compares_the_stated_numbers() -> None:
    exact = _gold(0, "14", value=14)
    assert same_figure(exact, _quantity(0, "14", value=14))
    assert not same_figure(exact, _quantity(0, "14", value=15))
    bound = _gold(0, "at least 14", low=14)
    assert same_figure(bound, _quantity(0, "at least 14", low=14))
    vague = _gold(0, "dozens")
    assert same_figure(vague, _quantity(0, "dozens", low=24, high=99))
    assert not same_figure(vague, _quantity(0, "dozens", value=24))


def test_eval_news_quantities_scores_value_category_holder_and_location() -> None:
    soldiers = _TEXT.index("14")
    fled = _TEXT.index("dozens")
    gold = {"quantities": [
        _gold(soldiers, "14", value=14, category="killed", holder="Mali | Malian army", location="Gao"),
        _gold(fled, "dozens", category="displaced"),
    ]}  # fmt: skip
    gao = Entity(id="E1", kind="place", name="Gao", mentions=[Mention(32, 35, "Gao")])
    extraction = Extraction(
        article=Article(id="a"),
        text=_TEXT,
        entities=[gao],
        quantities=[
            _quantity(soldiers, "14 soldiers", id="Q1", value=14, category="killed", location="E1"),
            _quantity(fled, "dozens", id="Q2", low=24, high=99, category="other", location="E1"),
            _quantity(0, "Rebels", id="Q3", value=1),
        ],
    )
    tally = Tally()
    score_article(gold, extraction, tally)
    assert (tally.gold, tally.predicted, tally.matched, tally.category_right) == (2, 3, 2, 1)
    assert (tally.holder_gold, tally.holder_right) == (1, 0)  # a holder named in the gold, none predicted
    assert (tally.location_gold, tally.location_right, tally.location_extra) == (1, 1, 1)
    rows = {r.metric: r for r in rows_for("tune", tally)}
    assert rows["quantities (value right)"].precision == 2 / 3
    assert rows["category right (of matched)"].f1 == 0.5


def test_eval_news_quantities_gold_spans_are_the_articles_text(shared: Path) -> None:
    with (shared / "data" / "news" / "dev.jsonl").open(encoding="utf-8") as handle:
        articles = {a["id"]: a["text"] for a in map(json.loads, handle)}
    gold = load_gold()
    assert {g["half"] for g in gold} == {"tune", "check"}
    for article in gold:
        text = articles[article["article"]]
        for q in article["quantities"]:
            assert text[q["start"] : q["end"]] == q["text"], (article["article"], q)
            assert q["category"] in QUANTITY_CATEGORIES


def test_eval_news_quantities_gold_covers_the_event_gold_articles() -> None:
    events = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "gold" / "news_events.jsonl"
    with events.open(encoding="utf-8") as handle:
        halves = {e["article"]: e["half"] for e in map(json.loads, handle)}
    assert {g["article"]: g["half"] for g in load_gold()} == halves
