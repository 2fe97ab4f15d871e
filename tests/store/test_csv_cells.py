"""CSV a spreadsheet cannot run (`store/csv_cells.py`): text cells that start like a formula get a leading
apostrophe in every CSV sitrep writes (the views' `--format csv`, `sitrep export`); numbers stay numbers."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from sitrep.store.csv_cells import safe_cell, writer
from sitrep.store.db import open_writer
from sitrep.store.export import export
from sitrep.store.ingest import ingest_extractions
from sitrep.store.table import Table, print_tables
from tests.store_helpers import base

HOSTILE = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


@pytest.mark.parametrize("cell", HOSTILE)
def test_csv_cells_formula_starts_are_neutralised(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Iraq", "", " =x", "'quoted", None, -5, 2.5, 0])
def test_csv_cells_other_values_are_unchanged(cell: object) -> None:
    assert safe_cell(cell) == cell


def test_csv_cells_writer_writes_dicts_in_column_order() -> None:
    out = io.StringIO()
    writer(out).writedicts(["a", "b"], [{"b": "=1", "a": -3, "extra": "left out"}])
    assert out.getvalue() == "a,b\n-3,'=1\n"


def test_csv_cells_view_csv_is_safe() -> None:
    out = io.StringIO()
    table = Table("quotes", ["speaker", "count"], [{"speaker": "=cmd|' /C calc'!A0", "count": -1}])
    print_tables([table], "csv", out=out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row == {"speaker": "'=cmd|' /C calc'!A0", "count": "-1"}


def test_csv_cells_export_is_safe(tmp_path: Path) -> None:
    text = "@SUM(1+1) rebels seized the town on Monday."
    x = base(text, published=date(2025, 3, 5), source="=HYPERLINK(\"http://evil\")", title="+Breaking")
    db = tmp_path / "x.db"
    conn = open_writer(db)
    try:
        ingest_extractions(conn, [("hostile", x)])
        (path,) = export(conn, tmp_path / "out", fmt="csv", tables=["articles"])
    finally:
        conn.close()
    (row,) = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    assert row["source"] == "'=HYPERLINK(\"http://evil\")" and row["title"] == "'+Breaking"
    cells = [v for v in row.values() if v]
    assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in cells)
