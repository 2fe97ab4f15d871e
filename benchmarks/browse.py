"""What the page benchmark and the screenshot script share: a store built from the example corpus (examples/),
the app served on a free loopback port, and Debian's headless Chromium driven by Playwright (no browser is
downloaded). Nothing here touches the network beyond 127.0.0.1."""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from sitrep.store.ingest import ingest
from sitrep.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


@contextmanager
def example_store() -> Iterator[Path]:
    """A fresh store of examples/ in a temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="sitrep-pages-") as folder:
        db = Path(folder) / "examples.db"
        summary = ingest([str(EXAMPLES)], db)
        if summary.failed:
            raise SystemExit(f"examples/ did not ingest: {summary.failed}")
        yield db


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The app over `db` on a free loopback port; yields its base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise SystemExit("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium under Playwright."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise SystemExit("needs Debian's chromium (make browser)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def first_article(base: str) -> str:
    """The address of the wire report's page (the example the README shows)."""
    import json
    import urllib.request

    with urllib.request.urlopen(f"{base}/api/articles?title=Kosovo&limit=1", timeout=10) as answer:
        items = json.load(answer)["items"]
    if not items:
        with urllib.request.urlopen(f"{base}/api/articles?limit=1", timeout=10) as answer:
            items = json.load(answer)["items"]
    return f"/articles/{items[0]['id']}"
