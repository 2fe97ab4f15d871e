"""The `sitrep` command: a thin layer over the library that turns errors into one line and an exit code."""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from sitrep import __version__
from sitrep.batch import Runner, nothing
from sitrep.live.commands import register as register_live_commands
from sitrep.reader import Failure, Options, read_sources
from sitrep.reader.jsonl import is_corpus
from sitrep.record import Extraction
from sitrep.render import render
from sitrep.scale.commands import register as register_scale_commands
from sitrep.store.commands import register as register_store_commands
from sitrep.web.commands import register as register_web_commands

EXIT_FAILED = 1
EXIT_LANGUAGE = 3

app = typer.Typer(
    name="sitrep",
    help="Turn security and military news into a sourced, structured record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(StrEnum):
    json = "json"
    text = "text"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output (-vv for debug).")] = 0,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """sitrep: who did what to whom, where, when, how many, and who said so — every fact with its source span."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files (text, HTML or JSON Lines), or - for stdin.")],
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date (ISO 8601) that anchors relative dates; overrides the article's own dateline."
        ),
    ] = None,
    html: Annotated[
        bool, typer.Option("--html", help="Treat the input as an HTML page (automatic for .html).")
    ] = False,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="json: the SPEC document; text: a summary.")
    ] = Format.json,
    url: Annotated[str | None, typer.Option(help="The article's URL, recorded in the output.")] = None,
    source: Annotated[str | None, typer.Option(help="The article's source (outlet), recorded in the output.")] = None,
    max_bytes: Annotated[
        int | None, typer.Option(help="Refuse inputs larger than this (default 20 MB, or SITREP_MAX_BYTES).")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extracting processes (0: one per core).")] = 1,
) -> None:
    """Extract sections, sentences and facts from articles.

    One article prints one JSON document; several (or a JSON Lines corpus) print one JSON document per line.
    A bad input is reported on stderr and the rest go on; the exit code is 1 if any failed.

    Examples:

      sitrep extract examples/wire-report.txt --format text

      sitrep extract page.html --published 2024-09-27

      cat article.txt | sitrep extract - --published 2024-09-27T16:38

      sitrep extract corpus.jsonl --jobs 2 > extractions.jsonl
    """
    options = Options(html=html, published=published, url=url, source=source, max_bytes=max_bytes, folders=False)
    runner = Runner(then=nothing, jobs=jobs, on_failure=_failed)
    unsupported = 0
    results: list[tuple[str, Extraction]] = []
    stream = len(paths) > 1 or any(is_corpus(p) for p in paths)
    out = Console(highlight=False, soft_wrap=True)
    for done in runner.run(read_sources(paths, options)):
        for warning in done.warnings:
            _say("warning", warning)
        unsupported += done.extraction.language != "en"
        if stream or fmt is Format.text:
            _emit(out, done.name, done.extraction, fmt, compact=True)
        else:
            results.append((done.name, done.extraction))
    for name, extraction in results:
        _emit(out, name, extraction, fmt, compact=False)
    _finish([f.reason for f in runner.failures], unsupported)


def _failed(failure: Failure) -> None:
    _say("error", failure.reason)


def _say(level: str, message: str) -> None:
    """One line on stderr: `error: …` or `warning: …`."""
    style = "red" if level == "error" else "yellow"
    err.print(f"[{style}]{level}:[/] {escape(message)}")


def _emit(out: Console, name: str, extraction: Extraction, fmt: Format, *, compact: bool) -> None:
    if fmt is Format.text:
        render(extraction, out, name=name)
        return
    doc = extraction.to_dict()
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=None if compact else 2) + "\n")
    sys.stdout.flush()


def _finish(failures: list[str], unsupported: int) -> None:
    if failures:
        err.print(f"[red]{len(failures)} input(s) failed:[/]")
        for reason in failures:
            err.print(f"  - {escape(reason)}")
        raise typer.Exit(EXIT_FAILED)
    if unsupported:
        err.print(
            f"[red]error:[/] {unsupported} article(s) not in English: only sections and sentences were "
            "extracted (sitrep supports English)"
        )
        raise typer.Exit(EXIT_LANGUAGE)


@app.command("eval")
def eval_command(
    data: Annotated[
        Path | None, typer.Option(help="The gold data folder (default: ../shared/data, or SITREP_DATA).")
    ] = None,
    only: Annotated[list[str] | None, typer.Option(help="Run only these scorers (repeatable).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    limit: Annotated[int | None, typer.Option(help="Score at most this many documents per dataset.")] = None,
) -> None:
    """Score every component against the gold data and print one table.

    Examples:

      sitrep eval

      sitrep eval --only seed --format json
    """
    from sitrep.eval import EvalError, run_eval
    from sitrep.eval.report import print_table

    try:
        rows = run_eval(data, only=only, limit=limit)
    except EvalError as e:
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(EXIT_FAILED) from e
    if fmt == "json":
        sys.stdout.write(json.dumps([r.to_dict() for r in rows], indent=2) + "\n")
    else:
        print_table(rows, Console(highlight=False))


register_store_commands(app)  # ingest, the views, export
register_web_commands(app)  # serve
register_live_commands(app)  # fetch, watch, sources
register_scale_commands(app)  # batch


def main() -> None:
    """Entry point for the `sitrep` script."""
    app()
