"""Bytes in, text out: bounded reads, size limits, binary detection and decoding with a clear word on every
failure."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from io import BufferedReader
from pathlib import Path
from typing import BinaryIO

from sitrep.errors import BinaryInputError, EmptyInputError, InputError, TooLargeError
from sitrep.reader.encoding import byte_order_mark, decode_text, wide_encoding

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_CHUNK = 1 << 20  # bytes per read
_HEAD = 8192  # bytes looked at to tell text from binary


@dataclass(slots=True)
class Decoded:
    """A decoded input with what kind of article container it looks like."""

    text: str
    kind: str  # "text" or "html"
    name: str
    warnings: list[str] = field(default_factory=list)


def max_bytes_default() -> int:
    """The size limit: `SITREP_MAX_BYTES` when set, else 20 MB."""
    value = os.environ.get("SITREP_MAX_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


def read_path(path: Path, *, max_bytes: int | None = None) -> Decoded:
    """Read one file as an article container, or raise an `InputError` saying why it cannot be.

    At most the limit plus one byte is ever read, whatever the file is (a FIFO, a file still growing)."""
    limit = max_bytes or max_bytes_default()
    try:
        with open_input(path, limit) as handle:
            data = read_bounded(handle, limit, str(path))
    except OSError as e:
        raise InputError(f"{path}: {_os_reason(e)}") from e
    return decode(data, name=str(path), max_bytes=limit)


def open_input(path: Path, limit: int) -> BufferedReader:
    """An open binary handle on an input file, after refusing what is not a file to read: a missing path, a
    folder, a device (`/dev/zero` never ends), a socket, a regular file already over the limit."""
    try:
        info = path.stat()
    except OSError as e:
        raise InputError(f"{path}: {_os_reason(e)}") from e
    _refuse_kind(path, info.st_mode)
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise TooLargeError(
            f"{path}: {info.st_size:,} bytes is over the {limit:,}-byte limit (raise it with --max-bytes)"
        )
    handle = path.open("rb")
    _refuse_kind(path, os.fstat(handle.fileno()).st_mode, handle)  # the path may have been swapped meanwhile
    return handle


def _refuse_kind(path: Path, mode: int, handle: BufferedReader | None = None) -> None:
    reason = None
    if stat.S_ISDIR(mode):
        reason = "is a directory; pass the files in it, or use `sitrep ingest` for folders"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        reason = "is a device, not a file (to read a stream, pipe it to standard input: `... | sitrep extract -`)"
    elif stat.S_ISSOCK(mode):
        reason = "is a socket, not a file"
    if reason is not None:
        if handle is not None:
            handle.close()
        raise InputError(f"{path}: {reason}")


def read_bounded(stream: BinaryIO, limit: int, name: str) -> bytes:
    """Everything in `stream` when it holds at most `limit` bytes; reading stops at the limit plus one byte and a
    `TooLargeError` says so (a pipe or a device never makes sitrep read, or hold, more)."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise TooLargeError(
            f"{name}: more than {limit:,} bytes, over the {limit:,}-byte limit (raise it with --max-bytes)"
        )
    return b"".join(chunks)


def _os_reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, IsADirectoryError):
        return "is a directory; pass the files in it, or use `sitrep ingest` for folders"
    return f"cannot be read ({e.strerror or e})"


def decode(data: bytes, *, name: str = "<stdin>", max_bytes: int | None = None) -> Decoded:
    """Decode bytes (UTF-8, a byte order mark's encoding, or a detected legacy encoding, named in a warning) and
    guess whether they are HTML."""
    limit = max_bytes or max_bytes_default()
    if len(data) > limit:
        raise TooLargeError(f"{name}: {len(data):,} bytes is over the {limit:,}-byte limit (raise it with --max-bytes)")
    if not data.strip():
        raise EmptyInputError(f"{name}: the input is empty")
    wide = byte_order_mark(data) is not None or wide_encoding(data) is not None
    if not wide:
        refuse_binary(data[:_HEAD], name)
    decoded = decode_text(data, name)
    text = decoded.text.removeprefix("\ufeff")
    if wide:
        if not text.strip():
            raise EmptyInputError(f"{name}: the input is empty")
        if _looks_binary(text[:_HEAD].encode("utf-8", errors="replace")):
            raise _binary(name)
    return Decoded(text, _kind(name, text), name, [decoded.warning] if decoded.warning else [])


def refuse_binary(head: bytes, name: str) -> None:
    """Raise a `BinaryInputError` when the first bytes of an input look like a binary file, not text."""
    if _looks_binary(head):
        raise _binary(name)


def _binary(name: str) -> BinaryInputError:
    return BinaryInputError(
        f"{name}: looks like a binary file, not text (expected text, HTML or JSON Lines, in UTF-8, UTF-16 or a legacy "
        "encoding)"
    )


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(head) // 20)


def _kind(name: str, text: str) -> str:
    lower = name.lower()
    if lower.endswith(_HTML_SUFFIXES):
        return "html"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"
