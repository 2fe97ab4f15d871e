"""The web app: `create_app(db)` gives a FastAPI application serving the JSON API (`/api/...`, OpenAPI at
`/openapi.json`) and the pages, over one store opened read-only per request."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep import __version__
from sitrep.errors import InputError, SitrepError
from sitrep.store.db import StoreError
from sitrep.web import api, pages
from sitrep.web.extractor import WorkerError
from sitrep.web.guard import BodyLimit, RefuseUnreadableQuery, RequireToken, SecurityHeaders, error
from sitrep.web.state import EXTRACT_SECONDS, MAX_BYTES, Settings

log = logging.getLogger(__name__)


def create_app(
    db: str | Path,
    *,
    max_bytes: int = MAX_BYTES,
    extract_seconds: float = EXTRACT_SECONDS,
    token: str | None = None,
) -> FastAPI:
    """The app over the store at `db` (opened read-only for each request; nothing is ever written). Bodies are
    refused over `max_bytes`, an extraction stops after `extract_seconds`, and with a `token` every request needs
    `Authorization: Bearer <token>`."""
    app = FastAPI(
        title="sitrep",
        version=__version__,
        description="Security and military news as a sourced record: every fact points at its words.",
        docs_url=None,  # FastAPI's interactive docs load scripts from a CDN; the app fetches nothing
        redoc_url=None,
    )
    app.state.settings = Settings(Path(db), max_bytes, extract_seconds, token or None)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(StoreError, _store_error)  # type: ignore[arg-type]
    app.add_exception_handler(InputError, _input_error)  # type: ignore[arg-type]
    app.add_exception_handler(WorkerError, _unavailable)  # type: ignore[arg-type]
    app.add_exception_handler(SitrepError, _input_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _crash)
    # Added innermost first: the security headers wrap everything, so every answer (a 401, a 413) carries them.
    app.add_middleware(BodyLimit, max_bytes=max_bytes)
    app.add_middleware(RefuseUnreadableQuery)
    app.add_middleware(RequireToken, token=token or None)
    app.add_middleware(SecurityHeaders)
    return app


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    return error(exc.status_code, str(exc.detail))


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()]
    return error(422, "invalid request: " + "; ".join(problems))


async def _store_error(request: Request, exc: StoreError) -> Response:
    return error(400, str(exc))


async def _input_error(request: Request, exc: SitrepError) -> Response:
    return error(422, str(exc))


async def _unavailable(request: Request, exc: WorkerError) -> Response:
    return error(503, str(exc))


async def _crash(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error(500, "internal error: the server could not answer this request")
