"""What the place tests read of an extraction: each place by the text of its mentions, and nearness to a point."""

from __future__ import annotations

from sitrep.eval.news_places import distance_km
from sitrep.pipeline import extract
from sitrep.record import Entity


def places_of(text: str) -> dict[str, Entity]:
    """Each place or country entity by the text of each of its mentions."""
    return {m.text: e for e in extract(text).entities if e.kind in ("place", "country") for m in e.mentions}


def near(entity: Entity, lat: float, lon: float, km: float = 60.0) -> bool:
    """Whether an entity has coordinates within `km` of (lat, lon)."""
    return entity.lat is not None and entity.lon is not None and distance_km(entity.lat, entity.lon, lat, lon) <= km
