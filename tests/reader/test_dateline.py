"""Datelines: recognized only when the line is a date, parsed to a date or a date-time."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sitrep.reader.dateline import parse_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 3, 2026, 9:15 AM", datetime(2026, 3, 3, 9, 15)),
        ("Thursday, October 8, 2026", date(2026, 10, 8)),
        ("Updated: 11:05 PM ET, Sat June 6, 2026", datetime(2026, 6, 6, 23, 5)),
        ("8 October 2026", date(2026, 10, 8)),
        ("Published Oct. 8, 2026 at 12:30 a.m.", datetime(2026, 10, 8, 0, 30)),
        ("2026-10-08", date(2026, 10, 8)),
        ("2026-10-08T14:20", datetime(2026, 10, 8, 14, 20)),
        ("10/8/2026", date(2026, 10, 8)),
    ],
)
def test_dateline_parses_common_forms(line: str, expected: date) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Troops left on March 3, 2026, officials said.",
        "March",
        "3rd Battalion, 2026",
        "February 30, 2026",
        "By Jane Doe",
    ],
)
def test_dateline_rejects_lines_that_are_not_only_a_date(line: str) -> None:
    assert parse_dateline(line) is None
