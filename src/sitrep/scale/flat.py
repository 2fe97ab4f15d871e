"""Events one row each in the ACLED/POLECAT-like layout of `sitrep export --table events_flat`, made from one
extraction (the dataset's `events_flat` table). The columns and the dating rule are the store's: an event is dated
by its own time (`days.event_date`) and else by its article's publication day, and `date_source` says which."""

from __future__ import annotations

from typing import Any

from sitrep.days import event_date
from sitrep.record import Entity, Event, Extraction, Quantity, iso

COLUMNS = (
    "event_id", "event_date", "year", "date_source", "event_type", "mode", "modality", "actor1", "actors", "actor2",
    "targets", "country", "iso", "location", "latitude", "longitude", "quantities", "fatalities", "source",
    "source_url", "published", "article_id", "evidence", "evidence_start", "evidence_end",
)  # fmt: skip


def flat_events(x: Extraction) -> list[dict[str, Any]]:
    """One row per event of `x`, in the store's flat layout (`event_id` is the event's local id, "V1")."""
    entities = {e.id: e for e in x.entities}
    quantities = {q.id: q for q in x.quantities}
    days = {t.id: event_date(t) for t in x.times}
    published = iso(x.article.published)
    return [_row(x, v, entities, quantities, days, published) for v in x.events]


def _row(
    x: Extraction,
    v: Event,
    entities: dict[str, Entity],
    quantities: dict[str, Quantity],
    days: dict[str, str | None],
    published: str | None,
) -> dict[str, Any]:
    own = days.get(v.time) if v.time else None
    day = own or (published[:10] if published else None)
    actors = _names(v.actors, entities)
    targets = _names(v.targets, entities)
    place = entities.get(v.location) if v.location else None
    amounts = [quantities[q] for q in dict.fromkeys(v.quantities) if q in quantities]
    return {
        "event_id": v.id,
        "event_date": day,
        "year": day[:4] if day else None,
        "date_source": "event" if own else "published",
        "event_type": v.type,
        "mode": v.mode,
        "modality": v.modality,
        "actor1": actors[0] if actors else None,
        "actors": "; ".join(actors) or None,
        "actor2": targets[0] if targets else None,
        "targets": "; ".join(targets) or None,
        "country": place.name if place and place.kind == "country" else None,
        "iso": place.code if place and place.kind == "country" else None,
        "location": place.name if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "quantities": "; ".join(q.text for q in amounts) or None,
        "fatalities": _killed(amounts),
        "source": x.article.source,
        "source_url": x.article.url,
        "published": published,
        "article_id": x.article.id,
        "evidence": v.evidence.text,
        "evidence_start": v.evidence.start,
        "evidence_end": v.evidence.end,
    }


def _names(ids: list[str], entities: dict[str, Entity]) -> list[str]:
    return [entities[e].name for e in ids if e in entities]


def _killed(amounts: list[Quantity]) -> float | None:
    values = [q.value if q.value is not None else q.low for q in amounts if q.category == "killed"]
    known = [v for v in values if v is not None]
    return float(sum(known)) if known else None
