"""`sitrep batch`, registered on the main CLI: checks its arguments, calls `scale.batch.run_batch`, shows progress
and prints what was written. Dask, pyarrow and warcio are imported only when the command runs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sitrep.plugins import available
from sitrep.reader import Options
from sitrep.scale import PARTITION_SIZE

if TYPE_CHECKING:
    from sitrep.scale.batch import Summary

err = Console(stderr=True, highlight=False, soft_wrap=True)
EXIT_FAILED = 1
NEEDS = ("distributed", "pyarrow", "warcio")


def batch_command(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, folders (walked recursively), JSON Lines corpora, WARC/WARC.gz archives."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The dataset folder (created; partitions overwritten).")],
    workers: Annotated[
        int, typer.Option("--workers", "-w", help="Worker processes of a local Dask cluster (0: this process only).")
    ] = 2,
    scheduler: Annotated[
        str | None, typer.Option(help="The address of a running Dask scheduler (tcp://host:8786) to use instead.")
    ] = None,
    partition_size: Annotated[
        int, typer.Option(min=1, help="Articles per partition (one file per table).")
    ] = PARTITION_SIZE,
    published: Annotated[str | None, typer.Option(help="Publication date (ISO 8601) for inputs that lack one.")] = None,
    html: Annotated[bool, typer.Option("--html", help="Treat the inputs as HTML pages.")] = False,
    source: Annotated[str | None, typer.Option(help="The source (outlet) recorded for every input.")] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Extract many articles on a Dask cluster into a Parquet dataset: one folder per table (articles, sections,
    sentences, entities, mentions, times, quantities, quotes, events, events_flat, errors), one file per partition,
    rows keyed by article id. `sitrep ingest DIR` loads the dataset into a store without extracting again.

    Running the same inputs with the same --partition-size again overwrites each partition (idempotent). A failed
    input or article becomes a row of errors with its reason; the run goes on, and exits 1 at the end.

    Examples:

      sitrep batch corpus.jsonl crawl.warc.gz --out dataset/ --workers 2

      sitrep batch news/ --out dataset/ --scheduler tcp://10.0.0.5:8786 --partition-size 200

      sitrep ingest dataset/ --db news.db
    """
    missing = [name for name in NEEDS if not available(name)]
    if missing:
        err.print(f"[red]error:[/] sitrep batch needs {', '.join(missing)}: pip install 'sitrep[dask]'")
        raise typer.Exit(EXIT_FAILED)
    from sitrep.scale.batch import SchedulerError

    quiet_dask()
    options = Options(html=html, published=published, source=source)
    bar = Progress(
        TextColumn("partitions"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not progress,
        transient=True,
    )
    try:
        summary = _run(bar, inputs, out, workers, scheduler, partition_size, options)
    except SchedulerError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(EXIT_FAILED) from None
    _report(summary, out)


def _run(
    bar: Progress,
    inputs: list[str],
    out: Path,
    workers: int,
    scheduler: str | None,
    partition_size: int,
    options: Options,
) -> Summary:
    from sitrep.scale.batch import run_batch

    with bar:
        task = bar.add_task("batch", total=None)

        def tell(done: int, submitted: int) -> None:
            bar.update(task, completed=done, total=submitted)

        summary = run_batch(
            inputs,
            out,
            workers=workers,
            scheduler=scheduler,
            partition_size=partition_size,
            options=options,
            progress=tell,
        )
    return summary


def _report(summary: Summary, out: Path) -> None:
    from sitrep.scale.batch import TABLES

    counts = ", ".join(f"{name} {summary.rows[name]}" for name in TABLES)
    err.print(f"wrote {summary.partitions} partition(s) to {escape(str(out))}: {counts}")
    for reason in summary.failed[:20]:
        err.print(f"  [red]failed[/] {escape(reason)}")
    if len(summary.failed) > 20:
        err.print(f"  … and {len(summary.failed) - 20} more (the errors table has them all)")
    if summary.failed:
        raise typer.Exit(EXIT_FAILED)


def quiet_dask() -> None:
    """Only Dask's errors on stderr: the cluster's INFO chatter would drown the progress bar. distributed sets its
    loggers' levels when it is imported, so it is imported first."""
    import distributed  # noqa: F401

    for name in [n for n in logging.root.manager.loggerDict if n.split(".")[0] == "distributed"]:
        logging.getLogger(name).setLevel(logging.ERROR)


def register(app: typer.Typer) -> None:
    """Add `sitrep batch` to the `sitrep` CLI."""
    app.command("batch")(batch_command)
