"""CSV that a spreadsheet cannot run: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
is a formula to Excel, LibreOffice and Google Sheets, so it is written with a leading apostrophe (the OWASP rule
for CSV injection). Numbers stay numbers. Every CSV sitrep writes (`sitrep export`, the views' `--format csv`,
the web app) goes through `writer`."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The value as a CSV cell a spreadsheet shows as text: a string that starts like a formula gets a leading
    apostrophe; numbers, None and other strings are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeWriter:
    """`csv.writer` with every cell made safe."""

    def __init__(self, handle: TextIO) -> None:
        self._writer = csv.writer(handle, lineterminator="\n")

    def writerow(self, row: Sequence[Any]) -> None:
        self._writer.writerow([safe_cell(v) for v in row])

    def writerows(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.writerow(row)

    def writedicts(self, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
        """A header of `columns`, then each row's values in that order (keys not in `columns` are left out)."""
        self.writerow(columns)
        self.writerows([row.get(c) for c in columns] for row in rows)


def writer(handle: TextIO) -> SafeWriter:
    """A CSV writer whose cells a spreadsheet cannot run as formulas."""
    return SafeWriter(handle)
