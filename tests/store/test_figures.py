"""Figure series (`store/analysis/figures.py`): the rules for the same figure and for disagreeing sources, on
numbers alone and on small hand-built stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.record import Extraction
from sitrep.store.analysis.figures import Amount, changed, figure_text, over_time, reports, series, series_reports
from sitrep.store.db import reading
from tests.store_helpers import base, build, entity, quantity, story_a, story_b, time


def test_amount_about_fits_a_tenth_either_side() -> None:
    about = Amount(3000, approximate=True)
    assert not about.disagrees(Amount(3000)) and not Amount(3000).disagrees(about)
    assert not about.disagrees(Amount(2900)) and not about.disagrees(Amount(3300))
    assert about.disagrees(Amount(3400)) and Amount(2000, approximate=True).disagrees(Amount(2500))


def test_amount_exact_figures_disagree_when_different() -> None:
    assert Amount(2500).disagrees(Amount(2400)) and not Amount(2500).disagrees(Amount(2500.0))


def test_amount_bounds_fit_what_they_allow() -> None:
    at_least, up_to, between = Amount(None, low=170), Amount(None, high=50), Amount(None, low=10, high=12)
    assert not at_least.disagrees(Amount(200)) and at_least.disagrees(Amount(150))
    assert not up_to.disagrees(Amount(40)) and up_to.disagrees(Amount(60))
    assert not between.disagrees(Amount(11)) and between.disagrees(Amount(13))
    assert not Amount(None).disagrees(Amount(1))  # a figure without numbers fits anything


def test_amount_same_ignores_about() -> None:
    assert Amount(3000, approximate=True).same(Amount(3000))
    assert not Amount(None, low=170).same(Amount(170))


def test_figure_text_reads_like_a_report() -> None:
    assert [Amount(2500).text, Amount(3000, approximate=True).text] == ["2,500", "about 3,000"]
    assert [Amount(None, low=170).text, Amount(None, high=50).text] == ["at least 170", "up to 50"]
    assert figure_text(None, 10, 12, False) == "10–12" and figure_text(2.5, None, None, False) == "2.50"
    assert figure_text(None, None, None, False) == "?"


def _troops(
    source: str, day: date, words: str, value: float | None, *, when: str = "", **kw: object
) -> tuple[str, Extraction]:
    """One article of our own: `words` American troops are in Iraq (`when`)."""
    text = f"{words} American troops are in Iraq{when}, {source} reported."
    x = base(text, published=day, source=source)
    x.entities = [entity(text, "E1", "country", "United States", "American", code="US"),
                  entity(text, "E2", "country", "Iraq", "Iraq", code="IQ")]  # fmt: skip
    x.quantities = [quantity(text, "Q1", f"{words} American troops", value, "troop", "personnel", holder="E1",
                             location="E2", **kw)]  # fmt: skip
    return source, x


@pytest.fixture
def troops(tmp_path: Path) -> Path:
    return build(tmp_path / "troops.db", [
        _troops("Wire A", date(2024, 9, 27), "3,000", 3000),
        _troops("Wire B", date(2024, 9, 28), "About 3,000", 3000, approximate=True),
        _troops("Wire C", date(2024, 9, 30), "3,500", 3500),
        _troops("Wire D", date(2024, 10, 20), "5,000", 5000),  # more than a week after the others
    ])  # fmt: skip


def test_reports_about_the_same_figure_do_not_disagree(troops: Path) -> None:
    with reading(troops) as conn:
        found = {r.source: r.disagreement for r in reports(conn)}
    assert found == {
        "Wire A": "sources differ: 3,500 (Wire C, 2024-09-30)",
        "Wire B": "sources differ: 3,500 (Wire C, 2024-09-30)",
        "Wire C": "sources differ: 3,000 (Wire A, 2024-09-27); about 3,000 (Wire B, 2024-09-28)",
        "Wire D": None,  # no other report within a week
    }


def test_disagreement_is_the_same_on_every_page(troops: Path) -> None:
    with reading(troops) as conn:
        everything = reports(conn)
        pages = [r for n in range(4) for r in reports(conn, offset=n, limit=1)]
        cut, _ = over_time(conn, limit=1)
        one = series_reports(conn, holder="United States", category="personnel", location="Iraq", unit="troop")
    assert pages == everything == one
    assert cut[0].disagreement == everything[0].disagreement == "sources differ: 3,500 (Wire C, 2024-09-30)"


def test_over_time_says_how_each_step_changed(troops: Path) -> None:
    with reading(troops) as conn:
        points, cut = over_time(conn, holder="US")
        _, short = over_time(conn, limit=2)
    assert [(p.figure, p.change) for p in points] == [
        ("3,000", None), ("about 3,000", "same"), ("3,500", "was about 3,000"), ("5,000", "was 3,500"),
    ]  # fmt: skip
    assert points[0].series == "United States · personnel · in Iraq"
    assert not cut and short


def test_over_time_shows_a_repeated_figure_once(tmp_path: Path) -> None:
    source, x = _troops("Wire A", date(2024, 9, 27), "3,000", 3000)
    again = quantity(x.text, "Q2", "Iraq", 3000, "troop", "personnel", holder="E1", location="E2")
    x.quantities.append(again)  # the same figure, said twice in one article
    db = build(tmp_path / "twice.db", [(source, x)])
    with reading(db) as conn:
        assert len(reports(conn)) == 2
        assert [p.figure for p in over_time(conn)[0]] == ["3,000"]


def test_figures_dated_by_month_meet_only_the_same_month(tmp_path: Path) -> None:
    def in_month(source: str, words: str, value: int, month: str) -> tuple[str, Extraction]:
        name, x = _troops(source, date(2024, 10, 5), words, value, when=" in September")
        x.times = [time(x.text, "T1", "in September", month, "point")]
        x.quantities[0].time = "T1"
        return name, x

    db = build(tmp_path / "months.db", [
        in_month("Wire A", "3,000", 3000, "2024-09"),
        in_month("Wire B", "4,000", 4000, "2024-09"),
        in_month("Wire C", "5,000", 5000, "2024-08"),
    ])  # fmt: skip
    with reading(db) as conn:
        found = {r.source: (r.date, r.disagreement) for r in reports(conn)}
    assert found["Wire A"] == ("2024-09", "sources differ: 4,000 (Wire B, 2024-09)")
    assert found["Wire C"] == ("2024-08", None)


def test_series_and_changed_figures(tmp_path: Path) -> None:
    db = build(tmp_path / "s.db", [("a", story_a()), ("b", story_b())])
    with reading(db) as conn:
        listed = series(conn)
        moved = changed(conn)
        nothing = series(conn, category="killed")
    assert [(s.holder, s.location, s.figures, s.articles, s.first, s.last) for s in listed] == [
        ("United States", "Iraq", 2, 2, "2024-09-27", "2024-09-29")
    ]
    assert [(c.latest, c.before, c.date_before) for c in moved] == [("about 2,000", "2,500", "2024-09-27")]
    assert nothing == []
