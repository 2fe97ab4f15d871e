"""Score events against sitrep's own hand-made gold on real news (`data/gold/news_events.jsonl`, made under
`docs/event-guidelines.md`; the articles are read from `../shared/data/news/dev.jsonl` at run time).

The gold is split into a `tune` half, which rules may be developed against, and a `check` half, which is only
measured. Per half:
- event precision and recall: a predicted event matches a gold event of the same type when one of its
  mentions overlaps one of the gold event's mentions (each gold and each predicted event matched at most once);
- main-event recall: the gold events marked `main` that are matched;
- actor / target right: of matched events, those whose predicted actors (targets) include one that the gold
  names (or both name none); roles reversed: a predicted actor that the gold names as a target or the reverse;
- modality right: of matched events, those with the gold modality;
- reciprocal types (AGREE, CONSULT, COOPERATE: "talks with", "a deal between") have no direction: their actors
  and targets are scored as one set of participants on both sides;
- events per non-security article; duplicates (events of one article with the same type, actors and targets);
  events with neither actor nor target; events whose evidence has one or two words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.eval import Row, news_gold, prf
from sitrep.record import Entity, Event, Extraction

GOLD_FILE = "gold/news_events.jsonl"
_WORD = re.compile(r"[\w']+")
RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(slots=True)
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    main_gold: int = 0
    main_matched: int = 0
    actor_right: int = 0
    target_right: int = 0
    reversed: int = 0
    modality_right: int = 0
    other_articles: int = 0
    other_events: int = 0
    duplicates: int = 0
    bare: int = 0
    short: int = 0
    notes: list[str] = field(default_factory=list)


def load_gold() -> list[dict[str, Any]]:
    """The gold articles (each with its half, topic and events)."""
    return news_gold.load(GOLD_FILE)


def _names(entity: Entity, entities: dict[str, Entity]) -> set[str]:
    names = {_norm(entity.name), *(_norm(m.text) for m in entity.mentions)}
    affiliation = entity.attributes.get("affiliation")
    if isinstance(affiliation, str) and affiliation in entities:
        names.add(_norm(entities[affiliation].name))
    return names


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("’", "'"))).removeprefix("the ")


def _matches(names: set[str], gold: list[str]) -> bool:
    """A predicted participant's names against gold participants ("A | B" alternatives)."""
    for entry in gold:
        for alt in entry.split("|"):
            want = _norm(alt)
            if not want:
                continue
            for name in names:
                if name == want or f" {want} " in f" {name} " or f" {name} " in f" {want} ":
                    return True
    return False


def _overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> int:
    best = 0
    bs = list(b)
    for s, e in a:
        for s2, e2 in bs:
            best = max(best, min(e, e2) - max(s, s2))
    return best


def score_article(gold: dict[str, Any], x: Extraction, tally: Tally) -> None:
    """Add one article's counts to `tally`."""
    entities = {e.id: e for e in x.entities}
    events = x.events
    tally.gold += len(gold["events"])
    tally.predicted += len(events)
    if not gold.get("security", True):
        tally.other_articles += 1
        tally.other_events += len(events)
    seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
    for v in events:
        key = (v.type, tuple(sorted(v.actors)), tuple(sorted(v.targets)))
        tally.duplicates += key in seen
        seen.add(key)
        tally.bare += not (v.actors or v.targets)
        tally.short += len(v.evidence.text.split()) <= 2
    taken: set[int] = set()
    for g in gold["events"]:
        tally.main_gold += bool(g.get("main"))
        spans = [(m["start"], m["end"]) for m in g.get("mentions") or [g["evidence"]]]
        best, best_overlap = None, 0
        for n, v in enumerate(events):
            if n in taken or v.type != g["type"]:
                continue
            overlap = _overlap([(m.start, m.end) for m in v.mentions or [v.evidence]], spans)
            if overlap > best_overlap:
                best, best_overlap = n, overlap
        if best is None:
            continue
        taken.add(best)
        _score_match(g, events[best], entities, tally)


def _score_match(g: dict[str, Any], v: Event, entities: dict[str, Entity], tally: Tally) -> None:
    tally.matched += 1
    tally.main_matched += bool(g.get("main"))
    actor_names = [_names(entities[a], entities) for a in v.actors if a in entities]
    target_names = [_names(entities[t], entities) for t in v.targets if t in entities]
    if g["type"] in RECIPROCAL:
        both, everyone = actor_names + target_names, [*g["actors"], *g["targets"]]
        right = _role_right(both, everyone)
        tally.actor_right += right
        tally.target_right += right
        tally.modality_right += v.modality == g["modality"]
        return
    tally.actor_right += _role_right(actor_names, g["actors"])
    tally.target_right += _role_right(target_names, g["targets"])
    flipped = any(_matches(n, g["targets"]) and not _matches(n, g["actors"]) for n in actor_names) or any(
        _matches(n, g["actors"]) and not _matches(n, g["targets"]) for n in target_names
    )
    tally.reversed += flipped
    tally.modality_right += v.modality == g["modality"]


def _role_right(predicted: list[set[str]], gold: list[str]) -> bool:
    if not gold:
        return not predicted
    return any(_matches(names, gold) for names in predicted)


def rows_for(half: str, t: Tally) -> list[Row]:
    p, r, f = prf(t.matched, t.predicted, t.gold)
    dataset = f"news events ({half})"

    def share(n: int, d: int) -> float:
        return n / d if d else 0.0

    return [
        Row(dataset, "events (type + overlapping clause)", p, r, f, support=t.gold),
        Row(dataset, "main-event recall", None, share(t.main_matched, t.main_gold), None, support=t.main_gold),
        Row(dataset, "actor right (of matched)", None, None, share(t.actor_right, t.matched), support=t.matched),
        Row(dataset, "target right (of matched)", None, None, share(t.target_right, t.matched), support=t.matched),
        Row(dataset, "roles reversed (of matched; lower is better)", None, None, share(t.reversed, t.matched),
            support=t.matched),
        Row(dataset, "modality right (of matched)", None, None, share(t.modality_right, t.matched),
            support=t.matched),
        Row(dataset, "events per non-security article (lower is better)", None, None,
            share(t.other_events, t.other_articles), support=t.other_articles),
        Row(dataset, "duplicate events (lower is better)", None, None, share(t.duplicates, t.predicted),
            support=t.predicted),
        Row(dataset, "events with no actor nor target (lower is better)", None, None, share(t.bare, t.predicted),
            support=t.predicted),
        Row(dataset, "events with 1-2 word evidence (lower is better)", None, None, share(t.short, t.predicted),
            support=t.predicted),
    ]  # fmt: skip


def tallies(shared: Path, limit: int | None = None) -> dict[str, Tally]:
    """Run the pipeline on every gold article and count, per half."""
    return news_gold.by_half(news_gold.extracted(shared, load_gold(), limit), score_article, Tally)


def score(shared: Path, limit: int | None = None) -> list[Row]:
    return news_gold.scored(shared, load_gold(), limit, score_article, Tally, rows_for)
