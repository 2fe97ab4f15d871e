"""What the web app's routers share: its settings (which store, the largest body), a read-only connection to
the store per request, the one extraction lock, the templates, and how a list is cut into pages. The routers
(`api`, `pages`) import this module; `app` imports the routers."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates

import sitrep
from sitrep.record import plain
from sitrep.store.db import reading

HERE = Path(__file__).resolve().parent
MAX_BYTES = 1_000_000  # the largest request body accepted (POST /api/extract, /paste)
MAX_ROWS = 10_000  # the deepest a page may reach into a list (offset + limit)

templates = Jinja2Templates(directory=HERE / "templates")  # .html templates are autoescaped
_extracting = threading.Lock()  # one extraction at a time: the spaCy pipeline is shared


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path
    max_bytes: int = MAX_BYTES


def settings(request: Request) -> Settings:
    found: Settings = request.app.state.settings
    return found


@contextmanager
def store(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the app's store, closed on exit."""
    with reading(settings(request).db) as conn:
        yield conn


def extract(
    text: str, *, published: str | None, url: str | None = None, source: str | None = None, html: bool = False
) -> dict[str, Any]:
    """The SPEC document of a posted article (nothing is stored), one extraction at a time."""
    with _extracting:
        return sitrep.extract(text, published=published, url=url, source=source, html=html).to_dict()


def page(rows: Sequence[Any], offset: int, limit: int) -> dict[str, Any]:
    """A page of rows fetched with one more than `limit`, the extra one telling that more follow; typed rows
    become JSON-ready dicts."""
    more = len(rows) > limit
    return {"items": [plain(r) for r in rows[:limit]], "offset": offset, "limit": limit,
            "next_offset": offset + limit if more else None}  # fmt: skip


def paged(make: Callable[[int], Sequence[Any]], offset: int, limit: int) -> dict[str, Any]:
    """One page of a list that takes only a row limit: asks for one row more than the page to know if more
    follow."""
    return page(make(offset + limit + 1)[offset:], offset, limit)
