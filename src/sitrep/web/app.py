"""The web app: `create_app(db)` gives a FastAPI application serving the JSON API (`/api/...`, OpenAPI at
`/openapi.json`) and the pages, over one store opened read-only per request.

Errors: the API (any path under `/api`) answers JSON, `{"error": …}`; a browser (a request whose Accept header
prefers `text/html` to JSON) asking for a page gets an HTML page in the app's layout with the same status."""

from __future__ import annotations

import logging
from http import HTTPStatus
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep import __version__
from sitrep.errors import InputError, SitrepError
from sitrep.store.db import StoreError
from sitrep.web import api, pages, workbench
from sitrep.web.extractor import WorkerError
from sitrep.web.guard import BodyLimit, RefuseUnreadableQuery, RequireToken, SecurityHeaders, error
from sitrep.web.state import EXTRACT_SECONDS, MAX_BYTES, Settings, templates

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
    app.include_router(workbench.router)
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


def wants_html(request: Request) -> bool:
    """A page (not under `/api`) asked for by a client whose Accept header prefers HTML to JSON."""
    path = request.url.path
    if path == "/api" or path.startswith("/api/"):
        return False
    weights: dict[str, float] = {}
    for part in request.headers.get("accept", "").split(","):
        kind, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        weights[kind.lower()] = max(q, weights.get(kind.lower(), 0.0))
    html = max(weights.get("text/html", 0.0), weights.get("application/xhtml+xml", 0.0))
    return html > 0 and html > weights.get("application/json", 0.0)


def _answer(request: Request, status: int, message: str) -> Response:
    if not wants_html(request):
        return error(status, message)
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    context = {"status": status, "reason": reason, "message": message, "nav": None}
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    return _answer(request, exc.status_code, str(exc.detail))


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()]
    return _answer(request, 422, "invalid request: " + "; ".join(problems))


async def _store_error(request: Request, exc: StoreError) -> Response:
    return _answer(request, 400, str(exc))


async def _input_error(request: Request, exc: SitrepError) -> Response:
    return _answer(request, 422, str(exc))


async def _unavailable(request: Request, exc: WorkerError) -> Response:
    return _answer(request, 503, str(exc))


async def _crash(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return _answer(request, 500, "internal error: the server could not answer this request")
