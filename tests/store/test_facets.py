"""Facets of the event list (`store/analysis/facets.py`): counts by type, country and month that each add up to
the list's total, with the same filters; the country of a place from its article's `within`; volume by day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.store.analysis.facets import event_facets, volume
from sitrep.store.analysis.timeline import count, events
from sitrep.store.db import reading
from sitrep.store.filters import EventFilters
from tests.store_helpers import base, build, entity, event, stories

TOWN = "Rebels shelled Karvik, a town in Norland, on Monday. Nobody has said when the talks will resume."


def _town() -> tuple[str, object]:
    x = base(TOWN, published=date(2025, 3, 4), source="Wire T", title="Karvik shelled")
    karvik = entity(TOWN, "E1", "place", "Karvik", "Karvik")
    karvik.attributes = {"within": "E2"}
    x.entities = [karvik, entity(TOWN, "E2", "country", "Norland", "Norland", code="NL"),
                  entity(TOWN, "E3", "group", "rebels", "Rebels")]  # fmt: skip
    x.events = [event(TOWN, "V1", "ASSAULT", "Rebels shelled Karvik", actors=["E3"], location="E1")]
    return "town", x


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "f.db", [*stories(), _town()])  # type: ignore[list-item]


FILTERS = [{}, {"type": "ASSAULT"}, {"country": "Norland"}, {"country": "NL"}, {"country": "unknown"},
           {"since": "2024-10-01"}, {"source": "Wire A"}, {"actor": "rebels"}]  # fmt: skip


@pytest.mark.parametrize("filters", FILTERS)
def test_facets_add_up_to_the_total(db: Path, filters: EventFilters) -> None:
    with reading(db) as conn:
        total = count(conn, **filters)
        found = event_facets(conn, **filters)
        listed = events(conn, **filters, order="newest", limit=1000)
    assert set(found) == {"type", "country", "month"}
    for name, counts in found.items():
        assert sum(counts.values()) == total == len(listed), (name, counts)


def test_facets_country_of_a_place_and_their_order(db: Path) -> None:
    with reading(db) as conn:
        found = event_facets(conn)
        norland = events(conn, country="Norland", order="newest")
    assert found["country"]["Norland"] == 1 and list(found["country"])[-1] == "unknown"
    assert [e.location for e in norland] == ["Karvik"]
    months = [m for m in found["month"] if m != "undated"]
    assert months == sorted(months, reverse=True) and "2025-03" in months
    types = list(found["type"].values())
    assert types == sorted(types, reverse=True)


def test_facets_volume_by_day(db: Path) -> None:
    with reading(db) as conn:
        days = volume(conn)
        total = count(conn)
    assert [d.day for d in days] == sorted(d.day for d in days)
    assert 0 < sum(d.events for d in days) <= total
