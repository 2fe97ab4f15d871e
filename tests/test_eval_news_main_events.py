"""The news-main-events scorer: its gold file's consistency (halves, main events only, offsets inside the articles,
no article shared with the full events gold) and its rows."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.eval.news_events import Tally
from sitrep.eval.news_events import load_gold as load_event_gold
from sitrep.eval.news_main_events import load_gold, rows_for

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}  # fmt: skip
MODALITIES = {"asserted", "planned", "possible", "negated", "reported"}


def test_news_main_events_gold_has_two_even_halves_of_main_events_only() -> None:
    gold = load_gold()
    assert [g["half"] for g in gold].count("tune") == [g["half"] for g in gold].count("check") == 15
    assert not {g["article"] for g in gold} & {g["article"] for g in load_event_gold()}
    for g in gold:
        for e in g["events"]:
            assert e["main"] is True and e["type"] in TYPES and e["modality"] in MODALITIES
            assert e["mentions"][0] == e["evidence"]
            assert all(m["start"] < m["end"] for m in e["mentions"])


def test_news_main_events_gold_offsets_are_clauses_of_the_articles(shared: Path) -> None:
    with (shared / "data" / "news" / "dev.jsonl").open(encoding="utf-8") as handle:
        texts = {a["id"]: a["text"] for a in map(json.loads, handle)}
    for g in load_gold():
        text = texts[g["article"]]
        for e in g["events"]:
            for m in e["mentions"]:
                clause = text[m["start"] : m["end"]]
                assert m["end"] <= len(text) and len(clause.split()) >= 3, (g["article"], clause)
                assert clause == clause.strip()


def test_news_main_events_rows_report_recall_roles_and_other_articles_per_half() -> None:
    t = Tally(main_gold=4, main_matched=3, matched=3, actor_right=2, target_right=3, other_articles=2, other_events=1)
    rows = {r.metric: r for r in rows_for("check", t)}
    assert {r.dataset for r in rows.values()} == {"news main events (check)"}
    assert rows["main-event recall"].recall == 0.75
    assert rows["actor right (of matched)"].f1 == 2 / 3
    assert rows["target right (of matched)"].f1 == 1.0
    assert rows["events per non-security article (lower is better)"].f1 == 0.5
