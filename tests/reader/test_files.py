"""Decoding inputs: each bad input gets a named error; invalid UTF-8 is replaced with a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import BinaryInputError, EmptyInputError, InputError, TooLargeError
from sitrep.reader.files import decode, read_path


def test_files_empty_input_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    with pytest.raises(EmptyInputError, match="empty"):
        read_path(path)


def test_files_directory_is_rejected_with_advice(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_files_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_files_binary_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinaryInputError, match="binary"):
        read_path(path)


def test_files_over_the_limit_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    with pytest.raises(TooLargeError, match="limit"):
        read_path(path, max_bytes=100)


def test_files_invalid_utf8_is_replaced_and_warned() -> None:
    decoded = decode(b"Troops arrived in Mos" + b"\xff\xfe" + b"ul on Monday.")
    assert "\ufffd" in decoded.text
    assert decoded.warnings and "invalid UTF-8" in decoded.warnings[0]


def test_files_kind_is_guessed_from_name_and_content() -> None:
    assert decode(b"<!DOCTYPE html><html><body>x</body></html>").kind == "html"
    assert decode(b"Plain words here.").kind == "text"
