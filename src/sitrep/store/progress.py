"""The ingest progress bar (Rich, on stderr): articles done, articles per second, elapsed time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sitrep.store.ingest import Summary


@contextmanager
def ingest_progress(console: Console, *, enabled: bool = True) -> Iterator[Callable[[Summary], None] | None]:
    """A callback for `ingest(progress=…)` that drives a live bar; None when disabled."""
    if not enabled:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("ingesting"),
        BarColumn(),
        TextColumn("{task.completed} articles · {task.fields[rate]:.1f} articles/s · {task.fields[detail]}"),
        TimeElapsedColumn(),
    )
    # Four redraws a second: each costs about 1 ms of the ingesting process (Rich's default of ten is 1% of a core).
    with Progress(*columns, console=console, transient=False, refresh_per_second=4) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0, detail="")

        def tell(s: Summary) -> None:
            rate = s.seen / s.seconds if s.seconds else 0.0
            detail = f"{s.ingested} new, {s.duplicates + s.near_duplicates} dup, {len(s.failed)} failed"
            bar.update(task, completed=s.seen, rate=rate, detail=detail)

        yield tell
