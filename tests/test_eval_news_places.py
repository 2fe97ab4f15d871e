"""The news-places scorer: distances, counting on hand-built extractions, and the gold file's own consistency."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.eval.news_events import load_gold as load_event_gold
from sitrep.eval.news_places import RADIUS_KM, Tally, distance_km, load_gold, rows_for, score_article
from sitrep.record import Article, Entity, Extraction, Mention


def test_news_places_distance_is_great_circle_km() -> None:
    assert distance_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, abs=3)  # London-Paris
    assert distance_km(10.0, 20.0, 10.0, 20.0) == 0.0


def _extraction(entities: list[Entity]) -> Extraction:
    return Extraction(article=Article(id="a"), text="", entities=entities)


def _gold() -> dict[str, object]:
    return {
        "places": [
            {"start": 0, "end": 6, "kind": "settlement", "lat": 55.75, "lon": 37.62},
            {"start": 20, "end": 26, "kind": "settlement", "lat": 53.48, "lon": -2.24},
            {"start": 40, "end": 45, "kind": "area", "lat": 31.0, "lon": -99.0},
        ],
        "capitals_as_actors": [{"start": 60, "end": 70, "country": "US"}],
        "people": [{"start": 80, "end": 91}],
    }


def test_news_places_score_counts_near_far_areas_actors_and_splits() -> None:
    entities = [
        Entity("E1", "place", "Moscow", None, 55.76, 37.61, {}, [Mention(0, 6, "Moscow")]),
        Entity("E2", "place", "Manchester", None, 42.99, -71.46, {}, [Mention(20, 30, "Manchester")]),
        Entity("E3", "country", "United States", "US", 38.0, -97.0, {}, [Mention(60, 70, "Washington")]),
        Entity("E4", "place", "Un", None, 1.0, 1.0, {}, [Mention(88, 90, "Un"), Mention(100, 104, "Oslo")]),
    ]
    tally = Tally()
    score_article(_gold(), _extraction(entities), tally)
    assert (tally.places, tally.found, tally.points, tally.points_near) == (3, 2, 2, 1)
    assert (tally.areas, tally.areas_found) == (1, 0)
    assert (tally.actors, tally.actors_right) == (1, 1)
    assert (tally.predicted_places, tally.predicted_outside) == (4, 2)
    assert (tally.people, tally.people_split) == (1, 1)
    rows = {r.metric: r for r in rows_for("check", tally)}
    assert rows[f"places within {RADIUS_KM:.0f} km (points)"].f1 == 0.5
    assert rows["person names split into a place (lower is better)"].f1 == 1.0


def test_news_places_gold_follows_the_event_gold_halves() -> None:
    events = {g["article"]: g["half"] for g in load_event_gold()}
    places = load_gold()
    halves = {g["article"]: g["half"] for g in places}
    assert len(halves) == len(places)
    assert {a: h for a, h in halves.items() if a in events} == events
    assert all(h == "tune" for a, h in halves.items() if a not in events)  # the places-only articles are all tune
    for gold in places:
        for place in gold["places"]:
            assert place["kind"] in ("settlement", "facility", "feature", "area")
            assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
            assert place["country"] is None or len(place["country"]) == 2


def test_news_places_gold_offsets_match_the_articles(shared: Path) -> None:
    with (shared / "data" / "news" / "dev.jsonl").open(encoding="utf-8") as handle:
        texts = {a["id"]: a["text"] for a in map(json.loads, handle)}
    for gold in load_gold():
        text = texts[gold["article"]]
        for item in gold["places"] + gold["capitals_as_actors"] + gold["people"]:
            assert text[item["start"] : item["end"]] == item["text"]
