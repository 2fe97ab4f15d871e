"""Score main events against sitrep's second, main-events-only gold on real news (`data/gold/news_main_events.jsonl`,
made under `docs/event-guidelines.md`, "Main-events gold"): 30 more articles of `../shared/data/news/dev.jsonl`, each
with only the one to three happenings it is about, in a `tune` and a `check` half.

The matching is `news_events`' (same type, overlapping mention); since only the main events are annotated, precision
is not measured. Per half: main-event recall, actor and target right of the matched main events, and events per
non-security article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sitrep.eval import Row, news_gold
from sitrep.eval.news_events import Tally, score_article

GOLD_FILE = "gold/news_main_events.jsonl"


def load_gold() -> list[dict[str, Any]]:
    """The main-events gold articles (each with its half, topic and main events)."""
    return news_gold.load(GOLD_FILE)


def rows_for(half: str, t: Tally) -> list[Row]:
    dataset = f"news main events ({half})"

    def share(n: int, d: int) -> float:
        return n / d if d else 0.0

    return [
        Row(dataset, "main-event recall", None, share(t.main_matched, t.main_gold), None, support=t.main_gold),
        Row(dataset, "actor right (of matched)", None, None, share(t.actor_right, t.matched), support=t.matched),
        Row(dataset, "target right (of matched)", None, None, share(t.target_right, t.matched), support=t.matched),
        Row(dataset, "events per non-security article (lower is better)", None, None,
            share(t.other_events, t.other_articles), support=t.other_articles),
    ]  # fmt: skip


def score(shared: Path, limit: int | None = None) -> list[Row]:
    return news_gold.scored(shared, load_gold(), limit, score_article, Tally, rows_for)
