"""The store's CLI: thin commands over the library, every view in three formats, export, help and README."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store.commands import COMMANDS
from sitrep.store.db import reading
from sitrep.store.export import EXPORTS, flat_events
from sitrep.store.schema import LATEST
from tests.conftest import EXAMPLES, ROOT
from tests.store_helpers import build

VIEWS = [
    ["figures"],
    ["deadlines", "--as-of", "2025-01-01"],
    ["timeline", "--actor", "militants"],
    ["quotes", "--speaker", "Omar Haddad"],
    ["search", "troops"],
    ["entities"],
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "c.db")


@pytest.mark.parametrize("args", VIEWS, ids=lambda a: a[0])
def test_commands_view_in_every_format(runner: CliRunner, db: Path, args: list[str]) -> None:
    as_json = runner.invoke(app, [*args, "--db", str(db), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    assert rows and isinstance(rows[0], dict)
    as_csv = runner.invoke(app, [*args, "--db", str(db), "--format", "csv"])
    assert len(list(csv.DictReader(io.StringIO(as_csv.stdout)))) == len(rows)
    as_table = runner.invoke(app, [*args, "--db", str(db)])
    assert as_table.exit_code == 0 and "Traceback" not in as_table.output


def test_commands_digest_prints_every_section(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(app, ["digest", "--db", str(db), "--as-of", "2025-01-01"])
    assert result.exit_code == 0
    for title in ("store", "newest events", "figures that changed", "upcoming deadlines", "most-quoted speakers"):
        assert title in result.stdout
    doc = json.loads(runner.invoke(app, ["digest", "--db", str(db), "--format", "json"]).stdout)
    assert doc["figures that changed"][0]["latest"] == "about 2,000"


def test_commands_missing_database_is_one_clear_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["digest", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such database" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "none.db").exists()


def test_commands_ingest_examples_and_stdin(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    first = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db, "--no-progress"])
    assert first.exit_code == 0, first.output
    assert "ingested 7, skipped 0 duplicate(s)" in first.output
    again = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db, "--no-progress"])
    assert "ingested 0, skipped 7 duplicate(s)" in again.output
    story = "Rescue teams reached the flooded valley on Friday after the bridge collapsed."
    piped = runner.invoke(app, ["ingest", "-", "--db", db, "--no-progress", "--published", "2026-01-02"], input=story)
    assert "ingested 1," in piped.output
    with reading(db) as conn:
        assert conn.execute("SELECT date FROM articles WHERE name = '<stdin>'").fetchone()[0] == "2026-01-02"


def test_commands_ingest_without_paths_upgrades_and_says_so(runner: CliRunner, db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM schema_migrations WHERE version > 2")  # as an older sitrep left it
    conn.close()
    result = runner.invoke(app, ["ingest", "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"upgrading the database from schema version 2 to {LATEST} first" in result.output
    assert f"upgraded the database to schema version {LATEST} (from 2)" in result.output
    again = runner.invoke(app, ["ingest", "--db", str(db), "--no-progress"])
    assert "upgrad" not in again.output
    fresh = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db.with_name("new.db")), "--no-progress"])
    assert "upgrad" not in fresh.output


def test_commands_ingest_failure_exits_one_with_reason(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "failed 1" in result.output and "no such file" in result.output


def test_commands_export_tables_and_flat_events(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", str(out), "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in out.iterdir()) == sorted(EXPORTS)
    flat = list(csv.DictReader(io.StringIO((out / "events_flat.csv").read_text(encoding="utf-8"))))
    coerce = next(r for r in flat if r["event_type"] == "COERCE")
    assert (coerce["actor1"], coerce["actor2"], coerce["event_date"]) == ("council", "militants", "2026-03-31")
    assault = next(r for r in flat if r["event_type"] == "ASSAULT")
    assert (assault["country"], assault["iso"], assault["quantities"]) == ("Syria", "SY", "12 attacks")
    assert "article_signatures" not in {p.stem for p in out.iterdir()}
    runner.invoke(app, ["export", str(out), "--db", str(db), "--table", "events"])
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["type"] == "RETREAT"


def test_commands_export_parquet_needs_pyarrow(
    runner: CliRunner, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sitrep.store.export.available", lambda name: False)
    result = runner.invoke(app, ["export", str(tmp_path / "p"), "--db", str(db), "--format", "parquet"])
    assert result.exit_code == 1 and "needs pyarrow" in result.output and "Traceback" not in result.output


def test_commands_export_parquet_round_trip(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    result = runner.invoke(app, ["export", str(tmp_path / "p"), "--db", str(db), "-f", "parquet", "-t", "events_flat"])
    assert result.exit_code == 0, result.output
    table = pq.read_table(tmp_path / "p" / "events_flat.parquet")
    assert table.num_rows == 4 and "event_type" in table.column_names


def test_commands_flat_events_one_row_per_event(db: Path) -> None:
    with reading(db) as conn:
        rows = list(flat_events(conn))
    assert [r["event_type"] for r in rows] == ["MOBILIZE", "ASSAULT", "RETREAT", "COERCE"]
    assert rows[0]["quantities"] == "2,500 troops" and rows[0]["fatalities"] is None


@pytest.mark.parametrize("name", list(COMMANDS))
def test_commands_have_help_with_example_and_readme_entry(runner: CliRunner, name: str) -> None:
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Examples" in result.stdout and f"sitrep {name}" in result.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    store_section = readme.split("\n## Store", 1)[1].split("\n## ", 1)[0]
    assert f"sitrep {name}" in store_section


def test_commands_ingest_reports_warnings_once(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 owners said the border crossing reopened on Monday after two weeks.\n")
    result = runner.invoke(app, ["ingest", str(bad), "--db", str(tmp_path / "w.db"), "--no-progress"])
    assert result.exit_code == 0
    assert result.output.count(f"warning {bad}: not UTF-8; decoded as Windows-1252") == 1
    assert f"{bad}: {bad}" not in result.output
