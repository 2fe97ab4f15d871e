"""The real-news time scorer: alignment of predicted and gold times, and what each half counts."""

from __future__ import annotations

from sitrep.eval.news_times import Tally, align, load_gold, rows_for, score_article
from sitrep.record import Time


def _time(start: int, end: int, value: str, role: str = "point", kind: str = "DATE") -> Time:
    return Time(id="T1", start=start, end=end, text="x" * (end - start), type=kind, value=value, begin=None,
                until=None, role=role)  # fmt: skip


GOLD = [
    {"start": 3, "end": 9, "text": "Friday", "type": "DATE", "value": "2019-11-08", "role": "point"},
    {"start": 20, "end": 30, "text": "7:45 p.m.", "type": "TIME", "value": "2019-11-08T19:45", "role": "point"},
    {"start": 40, "end": 44, "text": "2011", "type": "DATE", "value": "2011", "role": "since"},
]


def test_eval_news_times_align_pairs_overlaps_once_and_keeps_extras() -> None:
    found = [_time(0, 9, "2019-11-08"), _time(22, 30, "2019-11-10T19:45", kind="TIME"), _time(50, 54, "2020")]
    matches, extra = align(GOLD, found)
    assert [m.predicted is not None for m in matches] == [True, True, False]
    assert [t.value for t in extra] == ["2020"]


def test_eval_news_times_counts_strict_spans_values_and_roles() -> None:
    tally = Tally()
    found = [_time(3, 9, "2019-11-08"), _time(22, 30, "2019-11-10T19:45", kind="TIME"), _time(40, 44, "2011")]
    score_article(GOLD, found, tally)
    assert (tally.gold, tally.predicted, tally.matched, tally.strict, tally.value, tally.role) == (3, 3, 3, 2, 2, 2)
    value = next(r for r in rows_for("tune", tally) if r.metric.startswith("values"))
    assert round(value.f1 or 0, 3) == 0.667


def test_eval_news_times_gold_has_both_halves_and_exact_offsets() -> None:
    gold = load_gold()
    assert {g["half"] for g in gold} == {"tune", "check"} and len(gold) == 40
    for article in gold:
        spans = [(t["start"], t["end"]) for t in article["times"]]
        assert spans == sorted(spans)
        assert all(t["end"] - t["start"] == len(t["text"]) for t in article["times"])
        assert all(t["role"] in {"point", "deadline", "period", "since", "until"} for t in article["times"])
