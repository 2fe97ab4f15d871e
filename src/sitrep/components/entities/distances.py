"""Places written with their distance and direction from a city: "Qayyarah, 60 km south of Mosul", "the village of
Tel Uwayr, about 10 miles northeast of Kirkuk". The name is a place, put that far from the city in that direction
(not farther than `max_km`, where a direction's width would put it more than a few tens of km off).

The words that decide are in `data/entities/patterns.toml` [places.distances]."""

from __future__ import annotations

import math
import re
from functools import cache

from sitrep.components.entities.lexicon import RANK_CITY, common_words, gazetteer, patterns
from sitrep.components.entities.scan import Candidate, Tokens
from sitrep.components.entities.toponyms import is_area

_KM_PER_DEGREE = 111.2


def places_by_distance(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """Each "<name>, <figure> <unit> <direction> of <city>" puts the name at its distance from the city: a place no
    rule placed gets that point, a name no rule took becomes a place there."""
    cities = {c.start: c for c in chosen if c.kind == "place" and not c.inner and c.lat is not None}
    starts = {c.start: c for c in chosen if not c.inner}
    found: list[Candidate] = []
    for match in _pattern().finditer(toks.text):
        city = cities.get(match.start("city"))
        if city is None or city.rank > RANK_CITY or city.lat is None or city.lon is None:
            continue
        km = float(match.group("figure")) * _units()[match.group("unit").lower()]
        if km > patterns()["places"]["distances"]["max_km"]:
            continue
        lat, lon = _moved(city.lat, city.lon, km, match.group("direction").lower())
        held = starts.get(match.start("name"))
        town = _town_before(toks, chosen, held) if held is not None and is_area(gazetteer(), held) else None
        if town is not None:  # "Sutherland Springs, Texas, 30 miles east of …" places the town, not the state
            if town.lat is None:
                town.lat, town.lon, town.country = lat, lon, town.country or city.country
            continue
        if held is not None:
            area = is_area(gazetteer(), held)
            if held.kind == "place" and held.lat is None and held.end == match.end("name") and not area:
                held.lat, held.lon, held.country = lat, lon, held.country or city.country
            continue
        if _plain_name(match.group("name")) and not any(c.start < match.end("name") < c.end for c in chosen):
            name = match.group("name")
            found.append(Candidate(match.start("name"), match.end("name"), "place", f"place:{name.lower()}", name,
                                   lat=lat, lon=lon, country=city.country, rank=RANK_CITY))  # fmt: skip
    return sorted(chosen + found, key=lambda c: (c.start, -c.end)) if found else chosen


def _town_before(toks: Tokens, chosen: list[Candidate], area: Candidate) -> Candidate | None:
    """The place written right before ", <state or province>", which the distance after the area places."""
    before = next((c for c in chosen if c.end + 2 == area.start and not c.inner and c.kind == "place"), None)
    return before if before is not None and toks.text[before.end : area.start] == ", " else None


def _moved(lat: float, lon: float, km: float, direction: str) -> tuple[float, float]:
    """The point `km` from (lat, lon) towards a compass direction ("north", "south-west")."""
    bearing = math.radians(_bearings()[direction.replace("-", "")])
    dlat = km * math.cos(bearing) / _KM_PER_DEGREE
    dlon = km * math.sin(bearing) / (_KM_PER_DEGREE * max(0.1, math.cos(math.radians(lat))))
    return round(lat + dlat, 4), round(lon + dlon, 4)


def _plain_name(name: str) -> bool:
    """Every word of the name is capitalized and none is an everyday word."""
    return all(w[:1].isupper() and w.lower() not in common_words() for w in name.split())


@cache
def _bearings() -> dict[str, float]:
    return dict(patterns()["places"]["distances"]["bearings"])


@cache
def _units() -> dict[str, float]:
    return dict(patterns()["places"]["distances"]["units"])


@cache
def _pattern() -> re.Pattern[str]:
    conf = patterns()["places"]["distances"]
    units = "|".join(sorted(map(re.escape, conf["units"]), key=len, reverse=True))
    written = [*conf["bearings"], *(f"{d[:5]}-{d[5:]}" for d in conf["bearings"] if len(d) > 5)]  # "north-east"
    dirs = "|".join(sorted(written, key=len, reverse=True))
    hedges = "|".join(conf["hedges"])
    return re.compile(
        rf"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?: (?:al-|el-)?[A-Z][\w'’-]+){{0,3}}), (?:(?:{hedges}) )?"
        rf"(?P<figure>\d+(?:\.\d+)?)[ -]?(?P<unit>{units})(?: \([^)]{{1,30}}\))? (?P<direction>{dirs}) of "
        rf"(?:the (?:\w+ )?(?:city|town|capital)(?: of)? )?(?P<city>[A-Z])"
    )
