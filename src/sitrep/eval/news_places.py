"""Score places against sitrep's own hand-made place gold on real news (`data/gold/news_places.jsonl`, made under
`docs/place-guidelines.md`; the articles are read from `../shared/data/news/dev.jsonl` at run time).

The gold has the `tune` and `check` halves of the event gold (`news_events.jsonl`), and more `tune` articles only
it holds. Per half:
- places found: gold place mentions that a predicted place or country mention overlaps;
- places within 60 km: of the gold places that are points (towns, facilities, features; not areas wider than
  about 100 km), those found whose entity has coordinates within 60 km of the gold coordinates;
- areas found: gold areas (provinces, states, seas, continents) that a predicted place or country mention overlaps;
- capitals as actors: "Washington said" — gold mentions whose overlapping predicted entity is the country the
  capital stands for;
- place mentions not in the gold: predicted `place` mentions that overlap no gold place nor capital (lower is
  better; team names, name parts and other false places land here);
- person names split into a place: gold person names with a place-like word ("Kim Jong Un", "Greg Allen") that
  a predicted place or country mention overlaps (lower is better; the target is none)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.eval import Row, news_gold
from sitrep.record import Entity, Extraction

GOLD_FILE = "gold/news_places.jsonl"
RADIUS_KM = 60.0
EARTH_DIAMETER_KM = 12742.0
_PLACE_KINDS = ("place", "country")


@dataclass(slots=True)
class Tally:
    places: int = 0
    found: int = 0
    points: int = 0
    points_near: int = 0
    areas: int = 0
    areas_found: int = 0
    actors: int = 0
    actors_right: int = 0
    predicted_places: int = 0
    predicted_outside: int = 0
    people: int = 0
    people_split: int = 0


def load_gold() -> list[dict[str, Any]]:
    """The gold articles (each with its half, places, capitals used as actors and person names)."""
    return news_gold.load(GOLD_FILE)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    r = math.pi / 180
    a = math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin(
        (lon2 - lon1) * r / 2
    ) ** 2
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, a)))


Mention = tuple[int, int, Entity]


def _mentions(x: Extraction, kinds: tuple[str, ...]) -> list[Mention]:
    return [(m.start, m.end, e) for e in x.entities if e.kind in kinds for m in e.mentions]


def _overlapping(mentions: list[Mention], start: int, end: int) -> Entity | None:
    """The entity of the predicted mention that overlaps text[start:end] most."""
    best, most = None, 0
    for s, e, entity in mentions:
        overlap = min(e, end) - max(s, start)
        if overlap > most:
            best, most = entity, overlap
    return best


def _near(entity: Entity, gold: dict[str, Any]) -> bool:
    if entity.lat is None or entity.lon is None:
        return False
    return distance_km(entity.lat, entity.lon, gold["lat"], gold["lon"]) <= RADIUS_KM


def score_article(gold: dict[str, Any], x: Extraction, tally: Tally) -> None:
    """Add one article's counts to `tally`."""
    places = _mentions(x, _PLACE_KINDS)
    for g in gold["places"]:
        entity = _overlapping(places, g["start"], g["end"])
        tally.places += 1
        tally.found += entity is not None
        if g["kind"] == "area":
            tally.areas += 1
            tally.areas_found += entity is not None
        else:
            tally.points += 1
            tally.points_near += entity is not None and _near(entity, g)
    everything = _mentions(x, ("place", "country", "organization", "group", "person"))
    for g in gold["capitals_as_actors"]:
        entity = _overlapping(everything, g["start"], g["end"])
        tally.actors += 1
        tally.actors_right += entity is not None and entity.kind == "country" and entity.code == g["country"]
    spans = [(g["start"], g["end"]) for g in gold["places"] + gold["capitals_as_actors"]]
    for s, e, _ in _mentions(x, ("place",)):
        tally.predicted_places += 1
        tally.predicted_outside += not any(a < e and s < b for a, b in spans)
    for g in gold["people"]:
        tally.people += 1
        tally.people_split += _overlapping(places, g["start"], g["end"]) is not None


def _share(n: int, d: int) -> float:
    return n / d if d else 0.0


def rows_for(half: str, t: Tally) -> list[Row]:
    dataset = f"news places ({half})"
    return [
        Row(dataset, "places found", None, _share(t.found, t.places), None, support=t.places),
        Row(dataset, f"places within {RADIUS_KM:.0f} km (points)", None, None, _share(t.points_near, t.points),
            support=t.points),
        Row(dataset, "areas found", None, _share(t.areas_found, t.areas), None, support=t.areas),
        Row(dataset, "capitals as actors resolved to their country", None, None, _share(t.actors_right, t.actors),
            support=t.actors),
        Row(dataset, "place mentions not in the gold (lower is better)", None, None,
            _share(t.predicted_outside, t.predicted_places), support=t.predicted_places),
        Row(dataset, "person names split into a place (lower is better)", None, None,
            _share(t.people_split, t.people), support=t.people),
    ]  # fmt: skip


def score(shared: Path, limit: int | None = None) -> list[Row]:
    return news_gold.scored(shared, load_gold(), limit, score_article, Tally, rows_for)
