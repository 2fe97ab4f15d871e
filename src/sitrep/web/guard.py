"""What stands between a request and the app: security headers on every answer, the bearer token when the server
has one, query strings that cannot be text refused with 400, request bodies bounded. Each is a plain ASGI
middleware; `create_app` puts them in that order, the headers outermost so that every answer carries them."""

from __future__ import annotations

import hmac
import logging
from urllib.parse import unquote_to_bytes

from fastapi import HTTPException
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

# The pages load their one script and stylesheet from the app itself and nothing from anywhere else; style
# attributes carry the chart colours; no page may be framed (clickjacking).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


def error(status: int, message: str, **extra: object) -> JSONResponse:
    """The JSON answer of every error: `{"error": message}`."""
    return JSONResponse({"error": message, **extra}, status_code=status)


class SecurityHeaders:
    """Adds the security headers to every answer, and answers 500 (with them) for an error nothing else caught."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        except Exception as e:
            log.error("unexpected error on %s %s", scope.get("method"), scope.get("path"), exc_info=e)
            if started:
                raise
            await error(500, "internal error: the server could not answer this request")(scope, receive, with_headers)


class RequireToken:
    """With a token, every request needs `Authorization: Bearer <token>`; others get 401."""

    def __init__(self, app: ASGIApp, *, token: str | None) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode() if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.expected is None:
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"authorization", b"")
        if hmac.compare_digest(given, self.expected):
            await self.app(scope, receive, send)
            return
        response = error(401, "this server needs a token: send the header `Authorization: Bearer <token>`")
        response.headers["WWW-Authenticate"] = "Bearer"
        await response(scope, receive, send)


class RefuseUnreadableQuery:
    """A path or query string holding a NUL or other control character, or bytes that are not UTF-8, is refused
    with 400: no lookup could match it, and no layer below has to guard against it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            problem = _unreadable(unquote_to_bytes(scope.get("query_string", b"")), "query") or _unreadable(
                scope.get("path", "").encode("utf-8", "surrogateescape"), "path"
            )
            if problem:
                await error(400, problem)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _unreadable(raw: bytes, what: str) -> str | None:
    if any(b < 32 and b not in (9, 10, 13) for b in raw) or b"\x7f" in raw:
        return f"the {what} holds a NUL or another control character; send text"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return f"the {what} is not UTF-8 text (after %-decoding)"
    return None


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413, by Content-Length or by counting what arrives (so at most
    `max_bytes` plus one chunk is ever read)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await error(413, self.message)(scope, _no_body, send)
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


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}
