"""A view's answer (`store/table.py`): typed rows as table rows, printed as JSON, CSV or a table."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from sitrep.store.table import Table, print_tables, rows_of


@dataclass(slots=True)
class _Row:
    name: str
    count: int
    note: str | None = None


def test_table_rows_of_keep_every_field_or_the_keys_asked() -> None:
    rows = [_Row("troops", 2500), _Row("attacks", 12, "weekend")]
    assert rows_of(rows) == [{"name": "troops", "count": 2500, "note": None},
                             {"name": "attacks", "count": 12, "note": "weekend"}]  # fmt: skip
    assert rows_of(rows, ["count", "name"]) == [{"count": 2500, "name": "troops"}, {"count": 12, "name": "attacks"}]
    assert list(rows_of(rows, ["count", "name"])[0]) == ["count", "name"]


def test_table_prints_json_and_csv() -> None:
    table = Table("figures", ["name", "count"], rows_of([_Row("troops", 2500)]))
    out = io.StringIO()
    print_tables([table], "json", out=out)
    assert json.loads(out.getvalue()) == [{"name": "troops", "count": 2500, "note": None}]
    out = io.StringIO()
    print_tables([table], "csv", out=out)
    assert out.getvalue() == "name,count\ntroops,2500\n"
