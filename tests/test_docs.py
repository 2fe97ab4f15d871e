"""Docs kept honest: every CLI command has help text and appears in the README."""

from __future__ import annotations

import re
from contextlib import chdir
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from sitrep.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_every_command_has_help_with_an_example(runner: CliRunner, name: str) -> None:
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_every_command_is_in_the_readme(name: str) -> None:
    assert f"sitrep {name}" in README


def test_docs_readme_has_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README


def test_docs_the_duckdb_queries_of_the_scale_doc_run_on_a_batch_dataset(tmp_path: Path) -> None:
    """docs/scale.md's DuckDB queries, run as written on a small dataset made by `sitrep batch`."""
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    from sitrep.scale.batch import run_batch
    from tests.scale.test_batch import corpus

    run_batch([str(corpus(tmp_path))], tmp_path / "dataset", workers=0)
    queries = re.findall(r"```sql\n(.*?)```", (ROOT / "docs" / "scale.md").read_text(encoding="utf-8"), re.S)
    assert len(queries) >= 4
    conn = duckdb.connect()
    results = []
    with chdir(tmp_path):
        for query in queries:
            results.append(conn.sql(query).fetchall())
    assert all(results), "every query finds rows in the example dataset"
