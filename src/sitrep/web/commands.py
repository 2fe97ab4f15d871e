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
    token: Annotated[
        str | None,
        typer.Option(
            envvar="SITREP_TOKEN",
            help="Require `Authorization: Bearer <token>` on every request (or SITREP_TOKEN).",
            show_default=False,
        ),
    ] = None,
    extract_seconds: Annotated[
        float, typer.Option(help="The time budget of one extraction (POST /api/extract, the paste page).")
    ] = 30.0,
    request_seconds: Annotated[
        float, typer.Option(help="How long a client may take to send one whole request (headers and body).")
    ] = 30.0,
) -> None:
    """Serve the web app: read articles with their facts highlighted, the timeline, figures, deadlines, a map,
    and a JSON API (OpenAPI schema at /openapi.json). Read-only: nothing is written to the database.

    Examples:

      sitrep serve --db news.db

      sitrep serve --db .demo/sitrep.db --port 8080

      SITREP_TOKEN=s3cret sitrep serve --db news.db --host 0.0.0.0
    """
    try:
        import uvicorn

        from sitrep.store.db import open_reader
        from sitrep.web.app import create_app
        from sitrep.web.extractor import EXTRACTOR
        from sitrep.web.server import config, is_loopback
    except ImportError as e:
        err.print(f"[red]error:[/] the web app needs its extra: pip install 'sitrep[web]' ({e})")
        raise typer.Exit(1) from e
    try:
        open_reader(db).close()
    except SitrepError as e:
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(1) from e
    if not is_loopback(host):
        guarded = "a bearer token is required" if token else "anyone who can reach it can read the store; pass --token"
        err.print(f"[yellow]warning:[/] {host} is not a loopback address: {guarded} (and use HTTPS in front of it)")
    app = create_app(db, max_bytes=max_bytes, extract_seconds=extract_seconds, token=token)
    EXTRACTOR.start()  # loads the pipeline in the extraction worker now, not on the first request
    err.print(f"sitrep: serving {db} at http://{host}:{port}/ (Ctrl+C to stop)")
    try:
        uvicorn.Server(config(app, host=host, port=port, request_seconds=request_seconds)).run()
    finally:
        EXTRACTOR.stop()


def register(app: typer.Typer) -> None:
    """Add `sitrep serve` to the `sitrep` CLI."""
    app.command("serve")(serve_command)
