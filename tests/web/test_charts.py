"""The server-drawn charts (`web/charts.py`) and the map's markers (`web/geo.py`): round axis ticks with units,
the volume histogram by day or month, same-day events as one numbered mark, marker sizes."""

from __future__ import annotations

import pytest

from sitrep.web.charts import COLOURS, histogram, nice_ticks, tick_label, timeline
from sitrep.web.geo import legend, markers, radius

TICKS = [(10, [0, 2, 4, 6, 8, 10]), (3, [0, 1, 2, 3]), (2500, [0, 500, 1000, 1500, 2000, 2500]),
         (89, [0, 20, 40, 60, 80, 100]), (0.4, [0, 1])]  # fmt: skip


@pytest.mark.parametrize(("high", "ticks"), TICKS)
def test_charts_nice_ticks_are_round_and_even(high: float, ticks: list[float]) -> None:
    assert nice_ticks(high) == ticks


def test_charts_tick_labels_read_like_numbers_with_units() -> None:
    assert tick_label(2500, "troop") == "2,500 troops" and tick_label(1_500_000) == "1.5M"
    assert tick_label(3, "missiles") == "3 missiles" and tick_label(0) == "0"


def test_charts_histogram_by_day_then_by_month() -> None:
    short = histogram([{"day": "2025-03-01", "events": 2}, {"day": "2025-03-09", "events": 5}])
    assert short.by == "day" and [b.events for b in short.bars] == [2, 5]
    long = histogram([{"day": "2024-01-05", "events": 1}, {"day": "2024-01-20", "events": 2},
                      {"day": "2025-02-10", "events": 4}])  # fmt: skip
    assert long.by == "month" and [(b.label, b.events) for b in long.bars] == [("2024-01", 3), ("2025-02", 4)]
    assert long.bars[0].until == "2024-01-31" and long.bars[0].x < long.bars[1].x
    assert histogram([]).bars == []


def test_charts_same_day_events_are_one_numbered_mark() -> None:
    base = {"actors": "a", "targets": None, "evidence": "x", "article_id": "f" * 64, "start": 0, "end": 1}
    same = [base | {"date": "2025-01-01", "type": "ASSAULT", "modality": "asserted"} for _ in range(3)]
    other = base | {"date": "2025-01-05", "type": "ASSAULT", "modality": "asserted"}
    chart = timeline([*same, other])
    counts = sorted(m.extra["count"] for m in chart.marks)
    assert counts == [1, 3]
    group = next(m for m in chart.marks if m.extra["count"] == 3)
    assert group.href == "#day-2025-01-01" and group.extra["r"] > 6 and group.title.count("\n") == 2


def test_charts_palette_is_dark_enough_for_white_text() -> None:
    def luminance(colour: str) -> float:
        parts = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    for kind, colour in COLOURS.items():
        assert 1.05 / (luminance(colour) + 0.05) >= 4.5, kind


def test_geo_markers_grow_with_their_count_and_link_to_the_timeline() -> None:
    spots = [{"name": "Norland", "kind": "country", "lat": 10.0, "lon": 20.0, "events": 9, "articles": 3},
             {"name": "Karvik", "kind": "place", "lat": 10.5, "lon": 20.5, "events": 0, "articles": 1}]  # fmt: skip
    found = markers(spots)
    assert [m.name for m in found] == ["Norland", "Karvik"]  # the larger drawn first
    assert found[0].href == "/timeline?country=Norland" and found[1].href == "/timeline?place=Karvik"
    assert radius(1) < radius(9) < radius(100) <= 16
    assert [n for n, _ in legend(found)] == [1, 5]
