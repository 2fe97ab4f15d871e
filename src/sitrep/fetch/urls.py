"""Canonical web addresses: one spelling per address, so the same article is recognised however it was linked.

Scheme and host lower-cased, default ports, fragments and tracking parameters (`data/fetch.toml`) dropped, an empty
path written "/". The rest of the address (path case, parameter order) is kept: sites differ on what it means."""

from __future__ import annotations

from functools import cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from sitrep.data_files import load_toml

_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_web_url(text: str) -> bool:
    """True for an absolute http(s) address with a host."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)


def canonical(url: str, base: str | None = None) -> str:
    """The canonical spelling of `url` (resolved against `base` when relative)."""
    parts = urlsplit(urljoin(base, url.strip()) if base else url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    netloc = host if parts.port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{parts.port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _tracking(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)  # untouched unless a tracker goes
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def origin(url: str) -> str:
    """scheme://host[:port] of an address: the unit of politeness and of robots.txt."""
    parts = urlsplit(canonical(url))
    return f"{parts.scheme}://{parts.netloc}"


def _tracking(name: str) -> bool:
    name = name.lower()
    exact, prefixes = _tracking_names()
    return name in exact or name.startswith(prefixes)


@cache
def _tracking_names() -> tuple[frozenset[str], tuple[str, ...]]:
    names = [str(n).lower() for n in load_toml("fetch.toml")["urls"]["tracking"]]
    return frozenset(n for n in names if not n.endswith("*")), tuple(n[:-1] for n in names if n.endswith("*"))
