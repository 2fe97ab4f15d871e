"""Raise the accuracy floors in `tests/eval_floors.json` to what `sitrep eval` measures now; never lower one.

    python -m tests.ratchet               # run every scorer, raise the floors it beats, record the data fingerprint
    python -m tests.ratchet --dry-run     # say what would change, write nothing
    python -m tests.ratchet --data-only   # record the fingerprint of the gold data only (the floors stay)

A floor is raised to the measured value rounded down to three decimals. A metric measured below its floor, or no
longer reported, makes the tool refuse to write anything: the gate is failing, so fix the regression (or, for a
deliberate change of design, lower that floor by hand with a note in the file that says why, as `_events_reset`
does). The fingerprint says which gold data the floors were measured on (`sitrep.eval.fingerprint`); the gate
fails when the data no longer matches it."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

from sitrep.eval import Row, fingerprint, run_eval

FLOORS_FILE = Path(__file__).resolve().parent / "eval_floors.json"
DATA_KEY = "_data"  # the fingerprint of the gold data the floors were measured on
PLACES = 3  # decimals a floor keeps


class RatchetRefused(Exception):
    """A metric fell below its floor or is no longer reported; nothing is written."""


def rounded_down(value: float) -> float:
    """`value` cut to `PLACES` decimals (never up: a floor must not exceed what was measured)."""
    scale = 10**PLACES
    return math.floor(value * scale + 1e-9) / scale


def ratchet(floors: dict[str, Any], rows: dict[str, Row]) -> tuple[dict[str, Any], list[str]]:
    """The floors raised to the measured `rows` (keyed "dataset / metric"), and a line per raised floor.

    Raises `RatchetRefused` when a floor is above its measure or its metric is missing: floors only go up."""
    raised = dict(floors)
    changes: list[str] = []
    problems: list[str] = []
    for key, pinned in floors.items():
        if key.startswith("_"):
            continue
        row = rows.get(key)
        if row is None:
            problems.append(f"{key}: eval no longer reports it")
            continue
        new = dict(pinned)
        for field, floor in pinned.items():
            value = getattr(row, field)
            if value is None or value < floor - 1e-9:
                problems.append(f"{key} {field}: measured {value}, below its floor {floor}")
            elif rounded_down(value) > floor:
                new[field] = rounded_down(value)
                changes.append(f"{key} {field}: {floor} -> {new[field]}")
        raised[key] = new
    if problems:
        raise RatchetRefused("floors only go up; refused because:\n  " + "\n  ".join(problems))
    return raised, changes


def with_data(floors: dict[str, Any], data: dict[str, str]) -> dict[str, Any]:
    """The floors with the data fingerprint recorded (placed first, after the comments)."""
    notes = {k: v for k, v in floors.items() if k.startswith("_") and k != DATA_KEY}
    metrics = {k: v for k, v in floors.items() if not k.startswith("_")}
    return {**notes, DATA_KEY: data, **metrics}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ratchet", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="the gold data folder (default: ../shared/data)")
    parser.add_argument("--dry-run", action="store_true", help="print what would change, write nothing")
    parser.add_argument("--data-only", action="store_true", help="record the data fingerprint, leave the floors")
    args = parser.parse_args(argv)
    from tests.conftest import SHARED

    shared = args.data.parent if args.data is not None and args.data.name == "data" else (args.data or SHARED)
    floors = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    changes: list[str] = []
    if not args.data_only:
        rows = {f"{r.dataset} / {r.metric}": r for r in run_eval(shared / "data")}
        try:
            floors, changes = ratchet(floors, rows)
        except RatchetRefused as e:
            print(e, file=sys.stderr)
            return 1
    data = fingerprint(shared)
    if floors.get(DATA_KEY) != data:
        changes.append("the gold data fingerprint is recorded anew")
    print("\n".join(changes) or "nothing to raise")
    if changes and not args.dry_run:
        text = json.dumps(with_data(floors, data), indent=2, ensure_ascii=False) + "\n"
        FLOORS_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {FLOORS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
