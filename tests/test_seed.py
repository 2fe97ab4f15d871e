"""The mission's own article: every section the user expects, `published` from its dateline, exact offsets."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.eval.seed import expected_sections, score_sections
from sitrep.pipeline import extract


def test_seed_sections_match_expected(shared: Path, seed_text: str) -> None:
    expected = expected_sections((shared / "seed" / "expected.md").read_text(encoding="utf-8"))
    assert len(expected) >= 10
    tp, n_pred, n_gold = score_sections(extract(seed_text), expected)
    assert tp == n_gold == n_pred


def test_seed_published_from_dateline(seed_text: str) -> None:
    assert extract(seed_text).article.published == datetime(2024, 9, 27, 16, 38)


def test_seed_cli_json_offsets_are_exact(shared: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(shared / "seed" / "article.txt"), "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    text = doc["text"]
    assert text == (shared / "seed" / "article.txt").read_text(encoding="utf-8")
    assert doc["article"]["published"] == "2024-09-27T16:38"
    for span in doc["sections"] + doc["sentences"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
    for key in ("times", "quantities", "quotes"):
        for record in doc[key]:
            assert text[record["start"] : record["end"]] == record["text"]
    for entity in doc["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for event in doc["events"]:
        ev = event["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
    body = [s for s in doc["sections"] if s["kind"] == "body"]
    assert len(body) == 16
