"""The offline world map: country outlines from the GeoJSON that the `countryinfo` package ships (Natural Earth
shapes, installed as a dependency), projected equirectangularly into SVG path data once per process."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlencode

import countryinfo

WIDTH = 1000.0
HEIGHT = 500.0
SHOWN = 420.0  # the map is cut at 61°S: Antarctica holds no news


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    path: str


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: longitude -180..180 to 0..WIDTH, latitude 90..-90 to 0..HEIGHT."""
    return round((lon + 180.0) * WIDTH / 360.0, 1), round((90.0 - lat) * HEIGHT / 180.0, 1)


@cache
def countries() -> tuple[Country, ...]:
    """Every country the package has a shape for, as SVG path data."""
    out = []
    for info in countryinfo.CountryInfo.all().values():
        shape = info.get("geoJSON") or {}
        path = "".join(_feature(f) for f in shape.get("features", []))
        if path:
            code = str((info.get("ISO") or {}).get("alpha2") or "")
            out.append(Country(code, str(info.get("name", "")), path))
    return tuple(sorted(out, key=lambda c: c.name))


def _feature(feature: dict[str, Any]) -> str:
    geometry = feature.get("geometry") or {}
    if geometry.get("type") == "Polygon":
        polygons = [geometry["coordinates"]]
    elif geometry.get("type") == "MultiPolygon":
        polygons = geometry["coordinates"]
    else:
        return ""
    return "".join(_ring(ring) for polygon in polygons for ring in polygon)


def _ring(ring: list[list[float]]) -> str:
    points: list[str] = []
    last = ""
    for lon, lat, *_ in ring:
        x, y = project(lat, lon)
        here = f"{x:g},{y:g}"
        if here != last:
            points.append(here)
            last = here
    return "M" + "L".join(points) + "Z" if len(points) > 2 else ""


@dataclass(frozen=True, slots=True)
class Marker:
    """A place on the map: where, how much happened there, how big it is drawn, where a click goes."""

    name: str
    kind: str  # country or place
    x: float
    y: float
    events: int
    articles: int
    r: float  # radius in map units: grows with the square root of the events (articles when none)
    href: str  # the timeline filtered to it


def radius(count: int) -> float:
    """A marker's radius for a count: its area grows with the count."""
    return round(min(3.0 + 1.6 * math.sqrt(count), 16.0), 1)


def markers(spots: list[dict[str, Any]]) -> list[Marker]:
    """The map's markers for stored places with coordinates; the timeline link filters by country for a country
    (its places included) and by place otherwise."""
    out = []
    for s in spots:
        x, y = project(s["lat"], s["lon"])
        key = "country" if s["kind"] == "country" else "place"
        link = "/timeline?" + urlencode({key: s["name"]})
        out.append(Marker(s["name"], key, x, y, s["events"], s["articles"], radius(s["events"] or s["articles"]), link))
    return sorted(out, key=lambda m: -m.r)  # the small ones drawn last, on top


def legend(found: list[Marker]) -> list[tuple[int, float]]:
    """Counts to show in the size legend, with their radius: 1, and round numbers up to the largest count."""
    top = max((m.events or m.articles for m in found), default=1)
    counts = [c for c in (1, 5, 20, 100, 500) if c <= max(top, 1)]
    return [(c, radius(c)) for c in counts]
