"""The web app: `create_app(db)` gives a FastAPI application serving the JSON API (`/api/...`, OpenAPI at
`/openapi.json`) and the pages, over one store opened read-only per request."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep import __version__
from sitrep.errors import InputError, SitrepError
from sitrep.store.db import StoreError
from sitrep.web import api, pages
from sitrep.web.state import MAX_BYTES, Settings

log = logging.getLogger(__name__)


def create_app(db: str | Path, *, max_bytes: int = MAX_BYTES) -> FastAPI:
    """The app over the store at `db` (opened read-only for each request; nothing is ever written)."""
    app = FastAPI(
        title="sitrep",
        version=__version__,
        description="Security and military news as a sourced record: every fact points at its words.",
        docs_url=None,  # FastAPI's interactive docs load scripts from a CDN; the app fetches nothing
        redoc_url=None,
    )
    app.state.settings = Settings(Path(db), max_bytes)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(StoreError, _store_error)  # type: ignore[arg-type]
    app.add_exception_handler(InputError, _input_error)  # type: ignore[arg-type]
    app.add_exception_handler(SitrepError, _input_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _crash)
    app.add_middleware(BodyLimit, max_bytes=max_bytes)
    return app


def error(status: int, message: str, **extra: object) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    return error(exc.status_code, str(exc.detail))


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()]
    return error(422, "invalid request: " + "; ".join(problems))


async def _store_error(request: Request, exc: StoreError) -> Response:
    return error(400, str(exc))


async def _input_error(request: Request, exc: SitrepError) -> Response:
    return error(422, str(exc))


async def _crash(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error(500, "internal error: the server could not answer this request")


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413, by Content-Length or by counting what arrives."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send)
            return
        seen = 0

        async def counting() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise HTTPException(413, self.message)  # answered as JSON by the app's error handler
            return message

        await self.app(scope, counting, send)

    @property
    def message(self) -> str:
        return f"request body over the {self.max_bytes:,}-byte limit"

    async def _refuse(self, send: Send) -> None:
        response = error(413, self.message)
        await response({"type": "http"}, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}
