"""Score times against sitrep's own hand-made gold on real news (`data/gold/news_times.jsonl`, made under
`docs/time-guidelines.md`; the articles are read from `../shared/data/news/dev.jsonl` at run time).

The gold covers the articles of the event gold, with the same `tune` half (rules may be developed against it)
and `check` half (only measured). Per half:
- strict spans: a predicted time whose start and end equal a gold time's;
- spans: a predicted time that overlaps a gold time (each gold and each predicted time matched at most once,
  the largest overlap first);
- values: a span match whose TIMEX3 type and value are both the gold's;
- role right: of span matches, those with the gold role (point, deadline, period, since, until)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.eval import Row, news_gold, prf
from sitrep.record import Time

GOLD_FILE = "gold/news_times.jsonl"


@dataclass(slots=True)
class Tally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    matched: int = 0
    value: int = 0
    role: int = 0


@dataclass(frozen=True, slots=True)
class Match:
    """A gold time (a dict of the gold file) and the predicted time it was matched with, or None."""

    gold: dict[str, Any]
    predicted: Time | None


def load_gold() -> list[dict[str, Any]]:
    """The gold articles (each with its half and times)."""
    return news_gold.load(GOLD_FILE)


def _overlap(gold: dict[str, Any], t: Time) -> int:
    start: int = gold["start"]
    end: int = gold["end"]
    return min(end, t.end) - max(start, t.start)


def align(gold: list[dict[str, Any]], predicted: list[Time]) -> tuple[list[Match], list[Time]]:
    """Each gold time with the predicted time it overlaps most (largest overlaps paired first), and the predicted
    times left unmatched."""
    pairs = sorted(
        ((_overlap(g, t), i, j) for i, g in enumerate(gold) for j, t in enumerate(predicted) if _overlap(g, t) > 0),
        reverse=True,
    )
    chosen: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in chosen and j not in used:
            chosen[i] = j
            used.add(j)
    matches = [Match(g, predicted[chosen[i]] if i in chosen else None) for i, g in enumerate(gold)]
    return matches, [t for j, t in enumerate(predicted) if j not in used]


def score_article(gold: list[dict[str, Any]], predicted: list[Time], tally: Tally) -> None:
    """Add one article's counts to `tally`."""
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    matches, _ = align(gold, predicted)
    for match in matches:
        g, t = match.gold, match.predicted
        if t is None:
            continue
        tally.matched += 1
        tally.strict += (t.start, t.end) == (g["start"], g["end"])
        tally.value += (t.type, t.value) == (g["type"], g["value"])
        tally.role += t.role == g["role"]


def predictions(shared: Path, limit: int | None = None) -> list[tuple[dict[str, Any], list[Time]]]:
    """Each gold article with the times the pipeline finds in it."""
    return [(gold, x.times) for gold, x in news_gold.extracted(shared, load_gold(), limit)]


def rows_for(half: str, t: Tally) -> list[Row]:
    dataset = f"news times ({half})"
    return [
        Row(dataset, "strict spans", *prf(t.strict, t.predicted, t.gold), support=t.gold),
        Row(dataset, "spans (overlapping)", *prf(t.matched, t.predicted, t.gold), support=t.gold),
        Row(dataset, "values (type + value)", *prf(t.value, t.predicted, t.gold), support=t.gold),
        Row(dataset, "role right (of matched)", None, None, t.role / t.matched if t.matched else 0.0,
            support=t.matched),
    ]  # fmt: skip


def score(shared: Path, limit: int | None = None) -> list[Row]:
    tallies = {"tune": Tally(), "check": Tally()}
    for gold, found in predictions(shared, limit):
        score_article(gold["times"], found, tallies[gold["half"]])
    rows: list[Row] = []
    for half, tally in tallies.items():
        rows += rows_for(half, tally)
    return rows
