"""The quantity battery of session 22 (branch qty15): news sentences of our own, one figure each, with the category
and holder written down before any run (benchmarks/data/holder_battery.tsv; set A found the rules, set B was kept
aside). Counts, per set, the figures found, the categories right and the holders right, wrong or missing.
Session 23 (qty16) added a second battery of kinds the first lacks (benchmarks/data/holder_battery_b.tsv; set T
found the rules, set H was kept aside): victims' sides in "of the X" phrases, possessives, asides and the sentence
before, custodians, troops a country has, payers, and a location column scored like the holder.
Session 23b (qty17) added a third (benchmarks/data/holder_battery_c.tsv, sets T and H as the second's): sides named
after wounded or killed figures, money and weapons of a party named before them, pronouns for the sentence before.
Session 24 (qty18) added a fourth (benchmarks/data/holder_battery_d.tsv, 47 sentences in set T, 43 in set H held out,
all written before the first run): troops a country has or sends, victims' sides in passives with "by", possessives
and "of" phrases, detainees and their custodians, payers, and parties named by a pronoun or a description.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_holder_battery.py [--battery FILE] [--verbose]

The holder column holds names joined by "|" (any of them is right; a part of a name is enough), "-" where the
sentence names no holder, and "?" where the holder is not scored. A "-" among names means none is right too, but a
missing holder is still counted as missing."""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from sitrep.pipeline import extract
from sitrep.record import Entity, Extraction, Quantity

BATTERY = Path(__file__).resolve().parent / "data" / "holder_battery.tsv"


def names(extraction: Extraction, entity_id: str) -> list[str]:
    """The entity's name and the text of each of its mentions."""
    entity: Entity | None = next((e for e in extraction.entities if e.id == entity_id), None)
    return [entity.name, *(m.text for m in entity.mentions)] if entity is not None else []


def holder_verdict(extraction: Extraction, quantity: Quantity, want: str) -> str:
    """"right", "wrong", "none", "extra" (a holder where the sentence names none), "ok-none" or "skip"."""
    if want == "?":
        return "skip"
    got = names(extraction, quantity.holder) if quantity.holder else []
    if want == "-":
        return "extra" if got else "ok-none"
    if not got:
        return "none"
    wanted = [w.lower() for w in want.split("|")]
    return "right" if any(w in n.lower() for w in wanted for n in got) else "wrong"


def location_verdict(extraction: Extraction, quantity: Quantity, want: str | None) -> str:
    """The location's verdict, as holder_verdict gives it; "skip" where the battery has no location column."""
    if want is None or want == "?":
        return "skip"
    got = names(extraction, quantity.location) if quantity.location else []
    if want == "-":
        return "extra" if got else "ok-none"
    if not got:
        return "none"
    return "right" if any(want.lower() in n.lower() for n in got) else "wrong"


def score(row: dict[str, str], counts: Counter[str], verbose: bool) -> None:
    text, figure = row["text"], row["figure"]
    extraction = extract(text)
    at = text.find(figure)
    found = [q for q in extraction.quantities if q.start < at + len(figure) and q.end > at]
    counts["sentences"] += 1
    if not found:
        counts["missed"] += 1
        if verbose:
            print(f"MISSED  {figure!r} | {text}")
        return
    quantity = found[0]
    counts["found"] += 1
    counts["category right"] += quantity.category == row["category"]
    verdict = holder_verdict(extraction, quantity, row["holder"])
    counts[f"holder {verdict}"] += 1
    place = location_verdict(extraction, quantity, row.get("location"))
    if place != "skip":
        counts[f"location {place}"] += 1
    if verbose and (verdict in ("wrong", "none", "extra") or place in ("wrong", "none", "extra")
                    or quantity.category != row["category"]):
        print(f"{quantity.category:10} (want {row['category']:10}) holder {verdict:6} location {place:6} | {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--battery", type=Path, default=BATTERY, help="the battery file (a TSV like the default)")
    parser.add_argument("--verbose", action="store_true", help="print each figure not right")
    args = parser.parse_args()
    by_set: dict[str, Counter[str]] = {}
    with args.battery.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            score(row, by_set.setdefault(row["set"], Counter()), args.verbose)
    for name, counts in sorted(by_set.items()):
        print(f"set {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
