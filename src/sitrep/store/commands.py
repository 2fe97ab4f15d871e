"""The store's commands (`sitrep ingest`, the views, `sitrep export`), registered on the main CLI.

Each command checks its arguments, calls one library function and prints its answer; library errors
become one line on stderr and exit code 1."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from sitrep.batch import worker_count
from sitrep.errors import SitrepError
from sitrep.reader import Options
from sitrep.store import digest as digest_mod
from sitrep.store import export as export_mod
from sitrep.store import views
from sitrep.store.analysis import stories as stories_mod
from sitrep.store.db import explain, pending_upgrade, reading
from sitrep.store.ingest import BATCH_SIZE, Summary, ingest
from sitrep.store.progress import ingest_progress
from sitrep.store.table import Table, print_tables

err = Console(stderr=True, highlight=False, soft_wrap=True)
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130


class ViewFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


Db = Annotated[str, typer.Option("--db", envvar="SITREP_DB", help="The SQLite database file (or SITREP_DB).")]
Fmt = Annotated[ViewFormat, typer.Option("--format", "-f", help="table for people; json or csv for programs.")]
Limit = Annotated[int, typer.Option(help="Show at most this many rows.")]


@contextmanager
def _errors(db: str) -> Iterator[None]:
    try:
        yield
    except SitrepError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(EXIT_FAILED) from e
    except sqlite3.Error as e:
        err.print(f"[red]error:[/] {escape(str(explain(e, db)))}")
        raise typer.Exit(EXIT_FAILED) from e


def _show(db: str, fmt: ViewFormat, make: Callable[..., Table | list[Table]]) -> None:
    with _errors(db), reading(db) as conn:
        answer = make(conn)
    print_tables(answer if isinstance(answer, list) else [answer], fmt.value)


def ingest_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, folders (walked recursively), JSON Lines corpora, - for stdin, or a `sitrep batch` dataset."
        ),
    ] = None,
    db: Db = "sitrep.db",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extracting processes (0: one per core).")] = 1,
    published: Annotated[str | None, typer.Option(help="Publication date (ISO 8601) for inputs that lack one.")] = None,
    html: Annotated[bool, typer.Option("--html", help="Treat the inputs as HTML pages.")] = False,
    source: Annotated[str | None, typer.Option(help="The source (outlet) recorded for every input.")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.")] = BATCH_SIZE,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Extract articles and store them in a database (created if missing).

    Re-ingesting an article changes nothing (content hash); a syndicated near-copy is linked to the article
    it copies, not counted twice. Each batch commits at once, so an interrupted ingest leaves the database
    consistent and re-running the same command completes it. Without paths, only upgrades the database.
    A folder written by `sitrep batch` is loaded as it is, without extracting again (needs pyarrow).

    Examples:

      sitrep ingest examples/ --db news.db

      sitrep ingest corpus.jsonl --db news.db --jobs 2

      cat story.txt | sitrep ingest - --db news.db --published 2024-09-27

      sitrep ingest dataset/ --db news.db       # a dataset written by sitrep batch
    """
    options = Options(html=html, published=published, source=source)
    if upgrade := pending_upgrade(db):
        err.print(
            f"upgrading the database from schema version {upgrade[0]} to {upgrade[1]} first "
            "(it signs every stored article again: about a minute per 100,000 articles)"
        )
    try:
        with _errors(db), ingest_progress(err, enabled=progress and bool(paths)) as tell:
            summary = ingest(
                paths or [], db, options=options, jobs=worker_count(jobs), batch_size=batch_size, progress=tell
            )
    except KeyboardInterrupt:
        err.print("[yellow]interrupted:[/] stored batches are kept; run the same command again to complete the ingest")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    _report(summary)


def _report(s: Summary) -> None:
    if s.upgraded:
        err.print(f"upgraded the database to schema version {s.upgraded[-1]} (from {s.upgraded[0] - 1})")
    rate = s.seen / s.seconds if s.seconds else 0.0
    err.print(
        f"ingested {s.ingested}, skipped {s.duplicates} duplicate(s), linked {s.near_duplicates} near-duplicate(s), "
        f"failed {len(s.failed)} — {s.seconds:.1f} s, {rate:.1f} articles/s"
    )
    for warning in s.warnings[:10]:
        err.print(f"  [yellow]warning[/] {warning}")
    if len(s.warnings) > 10:
        err.print(f"  … and {len(s.warnings) - 10} more warning(s)")
    for name, reason in s.failed:
        err.print(f"  [red]failed[/] {name}: {reason}")
    if s.failed:
        raise typer.Exit(EXIT_FAILED)


def figures_command(
    db: Db = "sitrep.db",
    holder: Annotated[str | None, typer.Option(help="Whose figure: an entity name or country code.")] = None,
    category: Annotated[str | None, typer.Option(help="personnel, attacks, killed, displaced, money, …")] = None,
    location: Annotated[str | None, typer.Option(help="Where: an entity name or country code.")] = None,
    unit: Annotated[str | None, typer.Option(help="The unit noun lemma, e.g. troop.")] = None,
    limit: Limit = 200,
    fmt: Fmt = ViewFormat.table,
) -> None:
    """Figures over time: each series (holder, category, location) with dates, sources and sentences;
    where sources disagree at about the same time, it says so.

    Examples:

      sitrep figures --db news.db --holder "United States" --category personnel --location Iraq

      sitrep figures --db news.db --category killed --format csv
    """
    _show(
        db, fmt, lambda c: views.figures(c, holder=holder, category=category, location=location, unit=unit, limit=limit)
    )


def deadlines_command(
    db: Db = "sitrep.db",
    as_of: Annotated[str | None, typer.Option(help="The date that splits upcoming from past (default: today).")] = None,
    limit: Limit = 50,
    fmt: Fmt = ViewFormat.table,
) -> None:
    """Announced deadlines and periods, upcoming and past, with the event and the article that set them.

    Examples:

      sitrep deadlines --db news.db

      sitrep deadlines --db news.db --as-of 2025-01-01 --format json
    """
    _show(db, fmt, lambda c: views.deadlines(c, as_of=as_of, limit=limit))


def timeline_command(
    db: Db = "sitrep.db",
    actor: Annotated[str | None, typer.Option(help="Events with this actor or target (name or country code).")] = None,
    place: Annotated[str | None, typer.Option(help="Events at this location.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="A PLOVER event type, e.g. ASSAULT.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (ISO).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (ISO).")] = None,
    limit: Limit = 100,
    fmt: Fmt = ViewFormat.table,
) -> None:
    """Events in date order (the event's own time where known, else publication), with modality.

    Examples:

      sitrep timeline --db news.db --actor "United States" --since 2024-01-01

      sitrep timeline --db news.db --type ASSAULT --place Iraq --format csv
    """
    _show(
        db,
        fmt,
        lambda c: views.timeline(c, actor=actor, place=place, type=type, since=since, until=until, limit=limit),
    )


def quotes_command(
    db: Db = "sitrep.db",
    speaker: Annotated[
        str | None, typer.Option(help="Quotes by this speaker (entity name or the speaker's words).")
    ] = None,
    search: Annotated[str | None, typer.Option(help="Quotes containing these words.")] = None,
    limit: Limit = 50,
    fmt: Fmt = ViewFormat.table,
) -> None:
    """Quotes, newest first, by speaker and/or words.

    Examples:

      sitrep quotes --db news.db --speaker "Sabrina Singh"

      sitrep quotes --db news.db --search withdrawal --format json
    """
    _show(db, fmt, lambda c: views.quotes(c, speaker=speaker, search=search, limit=limit))


def search_command(
    text: Annotated[str, typer.Argument(help='Words that must all appear; "quoted words" form a phrase.')],
    db: Db = "sitrep.db",
    best: Annotated[bool, typer.Option("--best", help="Best matches first (BM25) instead of newest stored.")] = False,
    limit: Limit = 20,
    fmt: Fmt = ViewFormat.table,
) -> None:
    """Full-text search over every stored sentence (SQLite FTS5), the most recently stored first.

    Examples:

      sitrep search "troop withdrawal" --db news.db

      sitrep search '"joint statement" Iraq' --db news.db --best --format csv
    """
    _show(db, fmt, lambda c: views.search(c, text, limit=limit, best=best))


def entities_command(
    db: Db = "sitrep.db",
    kind: Annotated[str | None, typer.Option(help="country, place, organization, person, group or equipment.")] = None,
    name: Annotated[str | None, typer.Option(help="Names containing this text.")] = None,
    limit: Limit = 50,
    fmt: Fmt = ViewFormat.table,
) -> None:
    """Entities across the corpus (one row per real-world thing), the most widely reported first.

    Examples:

      sitrep entities --db news.db --kind person

      sitrep entities --db news.db --name Iraq --format json
    """
    _show(db, fmt, lambda c: views.entities(c, kind=kind, name=name, limit=limit))


class StoryFormat(StrEnum):
    text = "text"
    json = "json"


def stories_command(
    db: Db = "sitrep.db",
    since: Annotated[str | None, typer.Option(help="Stories with an article on or after this date (ISO).")] = None,
    limit: Limit = 20,
    fmt: Annotated[StoryFormat, typer.Option("--format", "-f", help="text for people; json for programs.")] = (
        StoryFormat.text
    ),
) -> None:
    """Stories: the reports of one happening across articles, largest first, each with its articles, its events
    merged across sources (with how many articles report each) and its figures with disagreements.

    Examples:

      sitrep stories --db news.db --since 2024-01-01

      sitrep stories --db news.db --limit 5 --format json
    """
    with _errors(db), reading(db) as conn:
        found = stories_mod.stories(conn, since=since, limit=limit)
        if fmt is StoryFormat.json:
            print(json.dumps([stories_mod.as_dict(s) for s in found], ensure_ascii=False, indent=2))
            return
    for story in found:
        _print_story(story)


def _print_story(story: stories_mod.Story) -> None:
    days = " – ".join(dict.fromkeys(d for d in (story.first_seen, story.last_seen) if d)) or "undated"
    print(f"#{story.id} {story.title or '(untitled)'}  [{len(story.articles)} article(s), {days}]")
    for event in story.events[:5]:
        who = ", ".join(event.actors) or "?"
        whom = f" → {', '.join(event.targets)}" if event.targets else ""
        where = f" in {event.place.name}" if event.place else ""
        print(f"  {event.type:<9} {who}{whom}{where} ({event.date or 'undated'}; {event.sources} source(s))")
    for figure in story.figures[:3]:
        flag = f"; {figure.disagreements} disagreeing" if figure.disagreements else ""
        print(f"  figure    {figure.series}: latest {figure.latest} ({len(figure.reports)} report(s){flag})")
    print()


def digest_command(
    db: Db = "sitrep.db",
    as_of: Annotated[str | None, typer.Option(help="The date that splits upcoming from past (default: today).")] = None,
    limit: Annotated[int, typer.Option(help="Rows per section.")] = 5,
    fmt: Fmt = ViewFormat.table,
) -> None:
    """The one-screen overview: counts, newest events, figures that changed, upcoming deadlines, most-quoted
    speakers.

    Examples:

      sitrep digest --db news.db

      sitrep digest --db news.db --as-of 2024-10-01 --format json
    """
    _show(db, fmt, lambda c: digest_mod.digest(c, as_of=as_of, limit=limit))


def export_command(
    out: Annotated[Path, typer.Argument(help="The folder to write one file per table into.")],
    db: Db = "sitrep.db",
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl, csv or parquet (needs pyarrow).")
    ] = ExportFormat.jsonl,
    table: Annotated[
        list[str] | None, typer.Option("--table", "-t", help=f"Only these tables: {', '.join(export_mod.EXPORTS)}.")
    ] = None,
) -> None:
    """Export the tables, plus `events_flat`: one row per event in an ACLED/POLECAT-like layout (date, type,
    mode, actors, targets, country, place, lat/lon, quantities, fatalities, source, evidence).

    Examples:

      sitrep export out/ --db news.db --format csv

      sitrep export out/ --db news.db --format parquet --table events_flat
    """
    with _errors(db), reading(db) as conn:
        written = export_mod.export(conn, out, fmt=fmt.value, tables=table)
    for path in written:
        err.print(f"wrote {path}")


COMMANDS: dict[str, Callable[..., None]] = {
    "ingest": ingest_command,
    "figures": figures_command,
    "deadlines": deadlines_command,
    "timeline": timeline_command,
    "quotes": quotes_command,
    "search": search_command,
    "entities": entities_command,
    "digest": digest_command,
    "stories": stories_command,
    "export": export_command,
}


def register(app: typer.Typer) -> None:
    """Add the store's commands to the `sitrep` CLI."""
    for name, function in COMMANDS.items():
        app.command(name)(function)
