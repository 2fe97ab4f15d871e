"""The offline world map: country outlines from the GeoJSON that the `countryinfo` package ships (Natural Earth
shapes, installed as a dependency), projected equirectangularly into SVG path data once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

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
