"""What the web app's routers share: its settings (which store, the largest body, the extraction budget, the
token), a read-only connection to the store per request, extraction in the worker process, the templates, and how
a list is cut into pages. The routers (`api`, `pages`) import this module; `app` imports the routers."""

from __future__ import annotations

import asyncio
import io
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from sitrep.record import plain
from sitrep.store.csv_cells import writer
from sitrep.store.db import reading
from sitrep.web.extractor import EXTRACTOR, Job

HERE = Path(__file__).resolve().parent
MAX_BYTES = 1_000_000  # the largest request body accepted (POST /api/extract, /paste)
EXTRACT_SECONDS = 30.0  # the time budget of one extraction (POST /api/extract, /paste)
MAX_ROWS = 10_000  # the deepest a page may reach into a list (offset + limit)
CSV_ROWS = 10_000  # the most rows one `format=csv` answer holds (the first ones of the list, in its order)
DISCONNECT_CHECK_SECONDS = 0.25  # how often a request waiting for its extraction looks whether its client is there

templates = Jinja2Templates(directory=HERE / "templates")  # .html templates are autoescaped


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path
    max_bytes: int = MAX_BYTES
    extract_seconds: float = EXTRACT_SECONDS
    token: str | None = None  # when set, every request needs `Authorization: Bearer <token>`


def settings(request: Request) -> Settings:
    found: Settings = request.app.state.settings
    return found


@contextmanager
def store(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the app's store, closed on exit."""
    with reading(settings(request).db) as conn:
        yield conn


async def extract(request: Request, job: Job) -> dict[str, Any]:
    """The SPEC document of a posted article (nothing is stored), made in the worker process within the app's time
    budget; when the client goes away, the extraction stops."""
    gone = threading.Event()
    work = asyncio.ensure_future(
        run_in_threadpool(EXTRACTOR.run, job, seconds=settings(request).extract_seconds, cancelled=gone.is_set)
    )
    try:
        while not work.done():
            await asyncio.wait({work}, timeout=DISCONNECT_CHECK_SECONDS)
            if not work.done() and await request.is_disconnected():
                gone.set()
    except BaseException:  # the request itself was cancelled: stop the extraction too
        gone.set()
        raise
    return work.result()


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


def listing(
    fetch: Callable[[int, int], Sequence[Any]], total: int, offset: int, limit: int, *,
    download: tuple[str, str] | None = None, columns: Any = None, **extra: Any,
) -> dict[str, Any] | Response:  # fmt: skip
    """A list's answer: a page with the list's `total`, or with `download` (a format, "csv" or "json", and the
    list's name) every matching row up to `CSV_ROWS` as a file: CSV with a header of the row type's fields
    (`columns`), or a JSON array of row objects. `fetch(offset, limit)` gives rows."""
    if download is None:
        return page(fetch(offset, limit + 1), offset, limit) | {"total": total} | extra
    kind, name = download
    rows = [plain(r) for r in fetch(0, CSV_ROWS)][:CSV_ROWS]
    headers = {"Content-Disposition": f'attachment; filename="{name}.{kind}"', "X-Total-Count": str(total)}
    if kind == "json":
        return JSONResponse(rows, headers=headers)
    names = [f.name for f in fields(columns)] if columns is not None else list(rows[0]) if rows else []
    out = io.StringIO()
    writer(out).writedicts(names, rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
