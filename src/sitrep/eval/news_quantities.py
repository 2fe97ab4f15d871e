"""Score quantities against sitrep's own hand-made gold on real news (`data/gold/news_quantities.jsonl`, made under
`docs/quantity-guidelines.md`; the articles are read from `../shared/data/news/dev.jsonl` at run time). The
articles and their `tune`/`check` halves are those of the news events gold.

Per half:
- quantities with the value right: a predicted quantity matches a gold one when their spans overlap and they state
  the same figure (the same numbers among value, low and high; a vague gold amount such as "dozens" matches a
  prediction with no exact value); each gold and each predicted quantity is matched at most once;
- category right: of those matched, the share with the gold category;
- holder right: of those matched whose gold names a holder, the share whose holder is that party ("A | B" in the
  gold gives names of one party, or two parties either of which is right);
- holder where the gold has none: of those matched whose gold has no holder, the share given one (lower is better);
- location right, and a location where the gold has none, the same way."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.eval import Row, news_gold, prf
from sitrep.eval.news_events import _matches, _names  # one name matcher
from sitrep.record import Entity, Extraction, Quantity

GOLD_FILE = "gold/news_quantities.jsonl"
_TOLERANCE = 1e-6


@dataclass(slots=True)
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    category_right: int = 0
    holder_gold: int = 0
    holder_right: int = 0
    holder_none: int = 0
    holder_extra: int = 0
    location_gold: int = 0
    location_right: int = 0
    location_none: int = 0
    location_extra: int = 0


def load_gold() -> list[dict[str, Any]]:
    """The gold articles, each with its half and its quantities."""
    return news_gold.load(GOLD_FILE)


def _numbers(value: float | None, low: float | None, high: float | None) -> list[float]:
    return sorted(float(n) for n in (value, low, high) if n is not None)


def same_figure(gold: dict[str, Any], q: Quantity) -> bool:
    """True when the prediction states the gold figure (a vague gold amount: any prediction without a value)."""
    want = _numbers(gold["value"], gold["low"], gold["high"])
    if not want:
        return q.value is None
    got = _numbers(q.value, q.low, q.high)
    if len(got) != len(want):
        return False
    return all(abs(a - b) <= _TOLERANCE * max(1.0, abs(b)) for a, b in zip(got, want, strict=True))


def _best(gold: dict[str, Any], quantities: list[Quantity], taken: set[int]) -> int | None:
    for n, q in enumerate(quantities):
        if n not in taken and q.start < gold["end"] and gold["start"] < q.end and same_figure(gold, q):
            return n
    return None


def _party_right(predicted: str | None, gold: str, entities: dict[str, Entity]) -> bool:
    entity = entities.get(predicted or "")
    return entity is not None and _matches(_names(entity, entities), [gold])


def score_article(gold: dict[str, Any], x: Extraction, tally: Tally) -> None:
    """Add one article's counts to `tally`."""
    entities = {e.id: e for e in x.entities}
    tally.gold += len(gold["quantities"])
    tally.predicted += len(x.quantities)
    taken: set[int] = set()
    for g in gold["quantities"]:
        n = _best(g, x.quantities, taken)
        if n is None:
            continue
        taken.add(n)
        q = x.quantities[n]
        tally.matched += 1
        tally.category_right += q.category == g["category"]
        if g["holder"]:
            tally.holder_gold += 1
            tally.holder_right += _party_right(q.holder, g["holder"], entities)
        else:
            tally.holder_none += 1
            tally.holder_extra += q.holder is not None
        if g["location"]:
            tally.location_gold += 1
            tally.location_right += _party_right(q.location, g["location"], entities)
        else:
            tally.location_none += 1
            tally.location_extra += q.location is not None


def _share(n: int, d: int) -> float:
    return n / d if d else 0.0


def rows_for(half: str, t: Tally) -> list[Row]:
    p, r, f = prf(t.matched, t.predicted, t.gold)
    dataset = f"news quantities ({half})"
    return [
        Row(dataset, "quantities (value right)", p, r, f, support=t.gold),
        Row(dataset, "category right (of matched)", None, None, _share(t.category_right, t.matched),
            support=t.matched),
        Row(dataset, "holder right (of matched with a gold holder)", None, None,
            _share(t.holder_right, t.holder_gold), support=t.holder_gold),
        Row(dataset, "holder where gold has none (lower is better)", None, None,
            _share(t.holder_extra, t.holder_none), support=t.holder_none),
        Row(dataset, "location right (of matched with a gold location)", None, None,
            _share(t.location_right, t.location_gold), support=t.location_gold),
        Row(dataset, "location where gold has none (lower is better)", None, None,
            _share(t.location_extra, t.location_none), support=t.location_none),
    ]  # fmt: skip


def score(shared: Path, limit: int | None = None) -> list[Row]:
    return news_gold.scored(shared, load_gold(), limit, score_article, Tally, rows_for)
