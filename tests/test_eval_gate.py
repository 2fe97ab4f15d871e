"""The accuracy gate: every metric pinned in eval_floors.json must stay at or above its floor, measured on the gold
data whose fingerprint the file records.

Without the gold data the gate fails: it never passes by skipping. For a local run without `../shared`, set
SITREP_SKIP_EVAL_GATE=1 (never in CI). Raise the floors, and record the data anew, with `python -m tests.ratchet`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sitrep.eval import Row, fingerprint, run_eval
from tests.conftest import SHARED
from tests.ratchet import DATA_KEY, FLOORS_FILE

FLOORS = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
OPT_OUT = "SITREP_SKIP_EVAL_GATE"


def gold_data() -> Path:
    """The `shared/` folder holding the gold data, or a failure (a skip only when the opt-out is set)."""
    if not (SHARED / "data").is_dir():
        message = f"the gold data is not at {SHARED / 'data'}: put shared/ beside the repository or set SITREP_DATA"
        if os.environ.get(OPT_OUT):
            pytest.skip(f"{message} ({OPT_OUT} is set)")
        pytest.fail(f"{message}; the accuracy gate cannot pass without it ({OPT_OUT}=1 skips it, for local runs only)")
    return SHARED


@pytest.fixture(scope="module")
def rows() -> dict[str, Row]:
    return {f"{r.dataset} / {r.metric}": r for r in run_eval(gold_data() / "data")}


def test_eval_gate_scores_the_recorded_data() -> None:
    recorded = FLOORS.get(DATA_KEY, {})
    changed = {k: v for k, v in fingerprint(gold_data()).items() if recorded.get(k) != v}
    assert not changed, (
        f"the gold data differs from what the floors were measured on ({', '.join(sorted(changed))}): run "
        "`python -m tests.ratchet` to measure it and record it with its floors"
    )


@pytest.mark.parametrize("key", [k for k in FLOORS if not k.startswith("_")])
def test_eval_gate_metric_stays_above_floor(rows: dict[str, Row], key: str) -> None:
    assert key in rows, f"eval no longer reports {key!r}"
    for field, floor in FLOORS[key].items():
        value = getattr(rows[key], field)
        assert value is not None and value >= floor - 1e-9, f"{key} {field} = {value} fell below its floor {floor}"
