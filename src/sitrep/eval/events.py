"""Score the events component: PLOVER GSR sentences and CASE 2021 task 2 snippets (`../shared/data`).

Per sentence (identical sentences coded with several events are one sentence with several gold types):
- type hit rate: gold types found among the predicted types / gold types (for CASE, where one label maps to
  several acceptable PLOVER types, a snippet is hit when any of them is predicted);
- type precision: predicted types that are gold / predicted types (distinct types per sentence);
- source-actor accuracy (PLOVER GSR): sentences whose gold type was found with an actor whose mention overlaps
  a gold source actor's text / sentences with gold source actors; "of type hits" divides by the sentences whose
  gold type was found instead; target-actor accuracy likewise for gold targets. Needs the entities component; the row
  "(gold mentions)" gives the gold source and target actor texts as entity mentions instead, to measure the
  role finding alone.
Gold labels are mapped to current PLOVER types with `data/event_gold_labels.toml`."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.data_files import load_toml
from sitrep.eval import EvalError, Row
from sitrep.eval.oracle import annotate, mentions_of
from sitrep.pipeline import extract
from sitrep.record import Article, Entity, Extraction

PLOVER_FILE = Path("data") / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
CASE_FILE = Path("data") / "case2021_task2" / "test_set_final_release_with_labels.tsv"
LABELS_FILE = "event_gold_labels.toml"


@dataclass(slots=True)
class Gold:
    """One distinct sentence and the PLOVER types (and source actor texts) coded for it."""

    text: str
    types: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    alternatives: bool = False  # True: `types` are alternatives for one gold event (any one is a hit)


@dataclass(slots=True)
class Tally:
    hits: int = 0
    gold: int = 0
    right: int = 0
    predicted: int = 0
    actor_hits: int = 0
    actor_gold: int = 0
    target_hits: int = 0
    target_gold: int = 0
    hit_sources: int = 0  # sentences with gold source actors whose gold type was found

    def add(self, gold: Gold, x: Extraction) -> None:
        predicted = {e.type for e in x.events}
        if gold.alternatives:
            self.hits += int(bool(gold.types & predicted))
            self.gold += int(bool(gold.types))
        else:
            self.hits += len(gold.types & predicted)
            self.gold += len(gold.types)
        self.right += len(predicted & gold.types)
        self.predicted += len(predicted)
        if gold.sources and gold.types:
            self.actor_gold += 1
            self.actor_hits += int(_actor_found(gold, x, gold.sources, "actors"))
            self.hit_sources += int(bool(gold.types & predicted))
        if gold.targets and gold.types:
            self.target_gold += 1
            self.target_hits += int(_actor_found(gold, x, gold.targets, "targets"))


def _actor_found(gold: Gold, x: Extraction, texts: list[str], role: str) -> bool:
    spans = [(s, s + len(t)) for t in texts if (s := gold.text.find(t)) >= 0]
    mentions = {e.id: e.mentions for e in x.entities}
    for event in x.events:
        if event.type not in gold.types:
            continue
        for actor in getattr(event, role):
            for m in mentions.get(actor, []):
                if any(m.start < e and s < m.end for s, e in spans):
                    return True
    return False


def plover_gold(shared: Path, labels: dict[str, list[str]]) -> list[Gold]:
    """The PLOVER GSR DEV records grouped by sentence, labels mapped to current types."""
    try:
        records: list[dict[str, Any]] = json.loads((shared / PLOVER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise EvalError(f"cannot read PLOVER GSR: {e}") from e
    by_text: dict[str, Gold] = {}
    for record in records:
        if record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        text = record["text"].strip().strip("{}").strip()
        gold = by_text.setdefault(text, Gold(text))
        gold.types.update(labels.get(record["event"], [record["event"]]))
        sources = record.get("source") or []
        gold.sources += [s["actorText"] for s in sources if isinstance(s, dict) and s.get("actorText")]
        targets = record.get("target") or []
        gold.targets += [t["actorText"] for t in targets if isinstance(t, dict) and t.get("actorText")]
    return list(by_text.values())


def case_gold(shared: Path, labels: dict[str, list[str]]) -> list[Gold]:
    """The CASE 2021 task 2 DEV snippets with their label mapped to PLOVER types (empty: no event)."""
    try:
        with (shared / CASE_FILE).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as e:
        raise EvalError(f"cannot read CASE 2021 task 2: {e}") from e
    return [
        Gold(r["EventSnippet"].strip(), set(labels.get(r["SubType"], [])), alternatives=True)
        for r in rows
        if r.get("EventSnippet")
    ]


def tally(golds: Iterable[Gold]) -> Tally:
    """Run the pipeline on each gold sentence and count."""
    total = Tally()
    for gold in golds:
        total.add(gold, extract(gold.text))
    return total


def tally_gold_mentions(golds: Iterable[Gold]) -> Tally:
    """Actor accuracy with the gold source and target actor texts given as entity mentions (a diagnostic of
    the role finding alone, while the entities component is absent); event types as usual."""
    total = Tally()
    for gold in golds:
        surfaces = sorted({*gold.sources, *gold.targets} & _present(gold.text, [*gold.sources, *gold.targets]))
        entities = [
            Entity(f"E{n}", "organization", surface, mentions=mentions_of(gold.text, surface))
            for n, surface in enumerate(surfaces, 1)
        ]
        doc = annotate(gold.text, entities=entities)
        x = Extraction(Article(id=""), gold.text, entities=entities, events=list(doc._.events))
        total.add(gold, x)
    return total


def _present(text: str, surfaces: list[str]) -> set[str]:
    return {s for s in surfaces if s and s in text}


def rows_for(dataset: str, t: Tally, *, actors: bool) -> list[Row]:
    hit = t.hits / t.gold if t.gold else 0.0
    precision = t.right / t.predicted if t.predicted else 0.0
    rows = [
        Row(dataset, "event type hit rate", None, None, hit, support=t.gold),
        Row(dataset, "event type precision", None, None, precision, support=t.predicted),
    ]
    if actors:
        accuracy = t.actor_hits / t.actor_gold if t.actor_gold else 0.0
        rows.append(Row(dataset, "source actor accuracy", None, None, accuracy, support=t.actor_gold))
        of_hits = t.actor_hits / t.hit_sources if t.hit_sources else 0.0
        rows.append(Row(dataset, "source actor right (of type hits)", None, None, of_hits, support=t.hit_sources))
        targets = t.target_hits / t.target_gold if t.target_gold else 0.0
        rows.append(Row(dataset, "target actor accuracy", None, None, targets, support=t.target_gold))
    return rows


def score(shared: Path, limit: int | None = None) -> list[Row]:
    labels = load_toml(LABELS_FILE)
    plover = plover_gold(shared, labels["plover_gsr"])[:limit]
    rows = rows_for("plover_gsr", tally(plover), actors=True)
    oracle = tally_gold_mentions(plover)
    accuracy = oracle.actor_hits / oracle.actor_gold if oracle.actor_gold else 0.0
    rows.append(Row("plover_gsr", "source actor accuracy (gold mentions)", None, None, accuracy, oracle.actor_gold))
    if (shared / CASE_FILE).exists():
        case = case_gold(shared, labels["case2021_task2"])[:limit]
        rows += rows_for("case2021_task2", tally(case), actors=False)
    return rows
