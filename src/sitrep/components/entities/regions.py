"""Where a part of a country named by a direction lies ("eastern Congo", "northern Syria", "southern Lebanon"): the
middle (the median latitude and longitude) of the country's towns that lie furthest that way, not the middle of the
whole country (the middle of the Democratic Republic of the Congo is some 550 km from Goma, in the east where the news
is).

The towns are GeoNames' towns of the country (`lexicon.towns`); the share of them read is `patterns.toml` [places]
direction_share."""

from __future__ import annotations

from functools import lru_cache
from statistics import median

from sitrep.components.entities.lexicon import patterns, towns

_AXES = {"north": (1.0, 0.0), "south": (-1.0, 0.0), "east": (0.0, 1.0), "west": (0.0, -1.0)}
_MIN_TOWNS = 6  # fewer towns than this make no part of a country
_HALF_TURN = 180.0
_EDGE = 0.02


def direction_point(code: str, direction: str) -> tuple[float, float] | None:
    """The point of "<direction> <country>": the median of the country's towns that lie furthest that way (their
    `direction_share`), or of those nearest its middle for "central"; None for a word of no direction or a country
    with too few towns."""
    return _point(code, direction.lower().replace("-", "").removesuffix("ern"))


@lru_cache(maxsize=512)
def _point(code: str, way: str) -> tuple[float, float] | None:
    axes = [axis for name, axis in _AXES.items() if name in way]
    if not axes and way != "central":
        return None
    rows = towns().of_country(code)
    if len(rows) < _MIN_TOWNS:
        return None
    points = _unwrapped([(float(r["latitude"]), float(r["longitude"])) for r in rows])
    lat_mid, lat_half = _extent([p[0] for p in points])
    lon_mid, lon_half = _extent([p[1] for p in points])
    at = [((p[0] - lat_mid) / lat_half, (p[1] - lon_mid) / lon_half) for p in points]  # -1 … 1 across the country
    if axes:  # "northeast": far north and far east, as the country's own extent measures them
        d_lat, d_lon = sum(a[0] for a in axes), sum(a[1] for a in axes)
        score = [d_lat * a[0] + d_lon * a[1] for a in at]
    else:  # "central": nearest the middle of that extent
        score = [-(a[0] ** 2) - a[1] ** 2 for a in at]
    ranked = [points[k] for k in sorted(range(len(points)), key=lambda k: -score[k])]
    chosen = ranked[: max(1, round(len(ranked) * patterns()["places"]["direction_share"]))]
    lat, lon = median(p[0] for p in chosen), median(p[1] for p in chosen)
    return round(lat, 2), round(lon - 360.0 if lon > _HALF_TURN else lon, 2)


def _extent(values: list[float]) -> tuple[float, float]:
    """The middle and the half width of the values between their `_EDGE` and 1 - `_EDGE` quantiles (a far island or
    exclave does not stretch the country)."""
    ordered = sorted(values)
    low = ordered[int(_EDGE * (len(ordered) - 1))]
    high = ordered[int((1 - _EDGE) * (len(ordered) - 1))]
    return (low + high) / 2, ((high - low) / 2) or 1.0


def _unwrapped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes west of the date line moved east of it when the country spans it (Russia's Chukotka, Fiji)."""
    if max(p[1] for p in points) - min(p[1] for p in points) <= _HALF_TURN:
        return points
    return [(lat, lon + 360.0 if lon < 0 else lon) for lat, lon in points]
