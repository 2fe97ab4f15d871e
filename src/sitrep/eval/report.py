"""Print eval rows as one table."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from sitrep.eval import Row


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def print_table(rows: list[Row], console: Console) -> None:
    """dataset, metric, precision, recall, F1 (and the number of gold items scored)."""
    table = Table(title="sitrep eval")
    for column in ("dataset", "metric"):
        table.add_column(column)
    for column in ("precision", "recall", "F1", "n"):
        table.add_column(column, justify="right")
    for r in rows:
        table.add_row(r.dataset, r.metric, _cell(r.precision), _cell(r.recall), _cell(r.f1), str(r.support))
    console.print(table)
