"""`sitrep serve`: the web app over a store, registered on the main CLI."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from sitrep.errors import SitrepError

err = Console(stderr=True, highlight=False, soft_wrap=True)


def serve_command(
    db: Annotated[str, typer.Option("--db", envvar="SITREP_DB", help="The SQLite database file (or SITREP_DB).")] = (
        "sitrep.db"
    ),
    host: Annotated[str, typer.Option(help="The address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="The port to listen on.")] = 8000,
    max_bytes: Annotated[int, typer.Option(help="The largest article POST /api/extract accepts.")] = 1_000_000,
) -> None:
    """Serve the web app: read articles with their facts highlighted, the timeline, figures, deadlines, a map,
    and a JSON API (OpenAPI schema at /openapi.json). Read-only: nothing is written to the database.

    Examples:

      sitrep serve --db news.db

      sitrep serve --db .demo/sitrep.db --port 8080
    """
    try:
        import uvicorn

        from sitrep.store.db import open_reader
        from sitrep.web.app import create_app
    except ImportError as e:
        err.print(f"[red]error:[/] the web app needs its extra: pip install 'sitrep[web]' ({e})")
        raise typer.Exit(1) from e
    try:
        open_reader(db).close()
    except SitrepError as e:
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(1) from e
    err.print(f"sitrep: serving {db} at http://{host}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(create_app(db, max_bytes=max_bytes), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add `sitrep serve` to the `sitrep` CLI."""
    app.command("serve")(serve_command)
