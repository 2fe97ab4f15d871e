"""A readable summary of one extraction, for people (`sitrep extract --format text`)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sitrep.record import Extraction, iso

_SNIPPET = 110


def render(extraction: Extraction, console: Console, *, name: str | None = None) -> None:
    """Print the article's metadata, its sections and every fact list that is not empty."""
    console.print(_header(extraction, name))
    console.print(_sections_table(extraction))
    for table in (
        _entities(extraction),
        _times(extraction),
        _quantities(extraction),
        _quotes(extraction),
        _events(extraction),
    ):
        if table.row_count:
            console.print(table)
    for warning in extraction.warnings:
        console.print(f"[yellow]warning:[/] {warning}")


def _snip(text: str, width: int = _SNIPPET) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _header(x: Extraction, name: str | None) -> Panel:
    a = x.article
    lines = [Text(a.title or "(no headline)", style="bold")]
    if a.subtitle:
        lines.append(Text(a.subtitle, style="italic"))
    facts = [f"published {iso(a.published) or 'unknown'}"]
    if x.place:
        facts.append(f"dateline {x.place}")
    if a.source:
        facts.append(f"source {a.source}")
    if a.url:
        facts.append(a.url)
    facts.append(f"{len(x.sentences)} sentences, {len(x.text.split()):,} words")
    lines.append(Text(" · ".join(facts), style="dim"))
    return Panel(Group(*lines), title=name, title_align="left")


def _sections_table(x: Extraction) -> Table:
    table = Table(title="Sections", title_justify="left", show_lines=False)
    table.add_column("kind", style="cyan")
    table.add_column("span", justify="right", style="dim")
    table.add_column("text")
    for s in x.sections:
        if s.kind != "body":
            table.add_row(s.kind, f"{s.start}-{s.end}", _snip(x.text[s.start : s.end]))
    body = [s for s in x.sections if s.kind == "body"]
    if body:
        words = sum(len(x.text[s.start : s.end].split()) for s in body)
        table.add_row("body", f"{len(body)} paragraphs", f"{words:,} words")
    return table


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    return table


def _entities(x: Extraction) -> Table:
    table = _table("Entities", "id", "kind", "name", "code", "mentions")
    for e in x.entities:
        table.add_row(e.id, e.kind, e.name, e.code or "", str(len(e.mentions)))
    return table


def _times(x: Extraction) -> Table:
    table = _table("Times", "id", "text", "type", "value", "begin / until", "role")
    for t in x.times:
        table.add_row(t.id, _snip(t.text, 50), t.type, t.value, f"{t.begin or ''} / {t.until or ''}", t.role)
    return table


def _quantities(x: Extraction) -> Table:
    table = _table("Quantities", "id", "text", "value", "unit", "category")
    for q in x.quantities:
        value = q.value if q.value is not None else f"{q.low or ''}–{q.high or ''}"
        table.add_row(
            q.id, _snip(q.text, 50), f"{value:g}" if isinstance(value, float) else str(value), q.unit or "", q.category
        )
    return table


def _quotes(x: Extraction) -> Table:
    table = _table("Quotes", "id", "kind", "speaker", "text")
    for q in x.quotes:
        table.add_row(q.id, q.kind, q.speaker.text if q.speaker else "?", _snip(q.text, 80))
    return table


def _events(x: Extraction) -> Table:
    names = {n.id: n.name for n in x.entities}
    table = _table("Events", "id", "type", "modality", "who → whom", "evidence", "told")
    for e in x.events:
        who = ", ".join(names.get(i, i) for i in e.actors) or "?"
        whom = ", ".join(names.get(i, i) for i in e.targets)
        table.add_row(
            e.id, e.type, e.modality, f"{who} → {whom}" if whom else who, _snip(e.evidence.text, 60),
            f"{len(e.mentions)}×",
        )  # fmt: skip
    return table
