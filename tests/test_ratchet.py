"""The floors' ratchet (`python -m tests.ratchet`): floors go up to what is measured, never down; the gate fails,
not skips, without its data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.eval import Row
from tests import ratchet as ratchet_module
from tests import test_eval_gate
from tests.ratchet import DATA_KEY, RatchetRefused, ratchet, rounded_down, with_data

FLOORS = {
    "_comment": "floors",
    "seed / quotes": {"precision": 0.8, "recall": 0.5},
    "news / events": {"f1": 0.6},
}


def rows(**values: tuple[float | None, float | None, float | None]) -> dict[str, Row]:
    names = {"quotes": "seed / quotes", "events": "news / events"}
    return {names[k]: Row(*names[k].split(" / "), *v) for k, v in values.items()}


def test_ratchet_raises_floors_to_the_measure_rounded_down() -> None:
    raised, changes = ratchet(FLOORS, rows(quotes=(0.8567, 0.5, None), events=(None, None, 0.6)))
    assert raised["seed / quotes"] == {"precision": 0.856, "recall": 0.5}
    assert raised["news / events"] == {"f1": 0.6} and raised["_comment"] == "floors"
    assert changes == ["seed / quotes precision: 0.8 -> 0.856"]
    assert FLOORS["seed / quotes"]["precision"] == 0.8  # the input is left alone


def test_ratchet_refuses_to_lower_a_floor() -> None:
    with pytest.raises(RatchetRefused, match=r"seed / quotes recall: measured 0.49, below its floor 0.5"):
        ratchet(FLOORS, rows(quotes=(0.9, 0.49, None), events=(None, None, 0.7)))


def test_ratchet_refuses_when_a_metric_is_gone() -> None:
    with pytest.raises(RatchetRefused, match="news / events: eval no longer reports it"):
        ratchet(FLOORS, rows(quotes=(0.9, 0.6, None)))


def test_ratchet_rounded_down_never_rounds_up() -> None:
    assert rounded_down(0.8999) == 0.899 and rounded_down(0.75) == 0.75 and rounded_down(1.0) == 1.0


def test_ratchet_records_the_data_after_the_notes() -> None:
    floors = with_data({**FLOORS, DATA_KEY: {"seed": "old"}}, {"seed": "new"})
    assert list(floors) == ["_comment", DATA_KEY, "seed / quotes", "news / events"]
    assert floors[DATA_KEY] == {"seed": "new"}


def _setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, measured: dict[str, Row]) -> Path:
    floors_file = tmp_path / "floors.json"
    floors_file.write_text(json.dumps(FLOORS), encoding="utf-8")
    (tmp_path / "shared" / "seed").mkdir(parents=True)
    (tmp_path / "shared" / "seed" / "article.txt").write_text("Troops left.", encoding="utf-8")
    monkeypatch.setattr(ratchet_module, "FLOORS_FILE", floors_file)
    monkeypatch.setattr(ratchet_module, "run_eval", lambda data: list(measured.values()))
    return floors_file


def test_ratchet_main_writes_raised_floors_and_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    floors_file = _setup(tmp_path, monkeypatch, rows(quotes=(0.9, 0.5, None), events=(None, None, 0.61)))
    assert ratchet_module.main(["--data", str(tmp_path / "shared")]) == 0
    written = json.loads(floors_file.read_text(encoding="utf-8"))
    assert written["seed / quotes"]["precision"] == 0.9 and written["news / events"]["f1"] == 0.61
    assert written[DATA_KEY]["seed"] != "absent" and written[DATA_KEY]["data/news"] == "absent"


def test_ratchet_main_refuses_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    floors_file = _setup(tmp_path, monkeypatch, rows(quotes=(0.7, 0.5, None), events=(None, None, 0.61)))
    before = floors_file.read_text(encoding="utf-8")
    assert ratchet_module.main(["--data", str(tmp_path / "shared")]) == 1
    assert floors_file.read_text(encoding="utf-8") == before


def test_ratchet_main_data_only_keeps_the_floors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    floors_file = _setup(tmp_path, monkeypatch, {})
    assert ratchet_module.main(["--data", str(tmp_path / "shared"), "--data-only"]) == 0
    written = json.loads(floors_file.read_text(encoding="utf-8"))
    assert {k: v for k, v in written.items() if k != DATA_KEY} == FLOORS and DATA_KEY in written


def test_eval_gate_fails_without_its_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(test_eval_gate, "SHARED", tmp_path)
    monkeypatch.delenv(test_eval_gate.OPT_OUT, raising=False)
    with pytest.raises(pytest.fail.Exception, match="cannot pass without it"):
        test_eval_gate.gold_data()
    monkeypatch.setenv(test_eval_gate.OPT_OUT, "1")
    with pytest.raises(pytest.skip.Exception):
        test_eval_gate.gold_data()
