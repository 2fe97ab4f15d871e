"""The accuracy gate: every metric pinned in eval_floors.json must stay at or above its floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.eval import Row, run_eval

FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rows() -> dict[str, Row]:
    from tests.conftest import SHARED

    if not (SHARED / "data").is_dir():
        pytest.skip("../shared/data is not beside the repository")
    return {f"{r.dataset} / {r.metric}": r for r in run_eval(SHARED / "data")}


@pytest.mark.parametrize("key", [k for k in FLOORS if not k.startswith("_")])
def test_eval_gate_metric_stays_above_floor(rows: dict[str, Row], key: str) -> None:
    assert key in rows, f"eval no longer reports {key!r}"
    for field, floor in FLOORS[key].items():
        value = getattr(rows[key], field)
        assert value is not None and value >= floor - 1e-9, f"{key} {field} = {value} fell below its floor {floor}"
