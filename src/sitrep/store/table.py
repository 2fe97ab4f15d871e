"""A view's answer: a titled list of rows, printed as a table for people or as JSON or CSV for programs."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from rich.text import Text

from sitrep.record import plain
from sitrep.store import csv_cells

FORMATS = ("table", "json", "csv")
_WIDTH = 160  # longest cell shown in `table` format


@dataclass(slots=True)
class Table:
    """Rows with a fixed column order; `notes` say what the rows mean (as of which date, what was left out)."""

    title: str
    columns: list[str]
    rows: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    show: list[str] | None = None  # the columns a person sees in `table` format (default: all)


def rows_of(items: Iterable[Any], keys: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Typed rows (dataclasses) as a table's rows: with every field, or with only `keys`, in their order."""
    if keys is None:
        return [plain(item) for item in items]
    return [{k: getattr(item, k) for k in keys} for item in items]


def print_tables(tables: list[Table], fmt: str, *, console: Console | None = None, out: TextIO | None = None) -> None:
    """Print one or more tables in a format: `table` (Rich), `json` (one document) or `csv`."""
    stream = out or sys.stdout
    if fmt == "json":
        doc: Any = tables[0].rows if len(tables) == 1 else {t.title: t.rows for t in tables}
        stream.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "csv":
        for n, t in enumerate(tables):
            if len(tables) > 1:
                stream.write(("\n" if n else "") + f"# {t.title}\n")
            csv_cells.writer(stream).writedicts(t.columns, t.rows)  # cells that start like a formula are made safe
    else:
        con = console or Console(file=stream, highlight=False)
        for t in tables:
            if t.rows:
                con.print(_rich(t))
            else:
                con.print(f"[bold]{escape(t.title)}[/]: none")
            for note in t.notes:
                con.print(f"[dim]{note}[/]")


def _rich(t: Table) -> RichTable:
    columns = t.show or t.columns
    table = RichTable(title=f"{t.title} ({len(t.rows)})", title_justify="left", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in t.rows:
        table.add_row(*(Text(_cell(row.get(c))) for c in columns))
    return table


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    text = " ".join(str(value).split())
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"
