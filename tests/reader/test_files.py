"""Reading and decoding inputs: each bad input gets a named error, reads are bounded, devices are refused; other
encodings than UTF-8 are read and named in a warning, damaged UTF-8 is replaced with a warning."""

from __future__ import annotations

import contextlib
import io
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import BinaryInputError, EmptyInputError, InputError, TooLargeError
from sitrep.reader.files import decode, read_bounded, read_path


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
    # UTF-8 (the dashes and the é are well formed) with two damaged bytes: replaced, not read as another encoding
    decoded = decode("Troops — in Mosul — met the café owner ".encode() + b"\xff\xfe" + b" on Monday.")
    assert "\ufffd" in decoded.text and "— in Mosul —" in decoded.text
    assert decoded.warnings and "invalid UTF-8" in decoded.warnings[0]


def test_files_kind_is_guessed_from_name_and_content() -> None:
    assert decode(b"<!DOCTYPE html><html><body>x</body></html>").kind == "html"
    assert decode(b"Plain words here.").kind == "text"


ARTICLE = "Officials said the “attack” on Monday killed five soldiers — including a café owner — in Bogotá.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"])
def test_files_byte_order_marks_and_wide_encodings_are_read(codec: str) -> None:
    decoded = decode(ARTICLE.encode(codec), name="a.txt")
    assert decoded.text == ARTICLE
    if codec == "utf-8-sig":
        assert decoded.warnings == []
    else:
        assert decoded.warnings and decoded.warnings[0].startswith("a.txt: not UTF-8; decoded as UTF-")


def test_files_utf16_file_is_not_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert read_path(path).text == ARTICLE


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_files_legacy_western_text_is_not_replaced(codec: str) -> None:
    text = ARTICLE if codec == "cp1252" else ARTICLE.replace("“", '"').replace("”", '"').replace("—", "-")
    decoded = decode(text.encode(codec), name="old.txt")
    assert decoded.text == text and "\ufffd" not in decoded.text
    assert decoded.warnings == ["old.txt: not UTF-8; decoded as Windows-1252 (Latin-1) (detected)"]


def test_files_cyrillic_code_page_is_detected() -> None:
    text = "Министр обороны заявил в понедельник, что войска покинули город после боёв.\n" * 3
    decoded = decode(text.encode("cp1251"), name="ru.txt")
    assert decoded.text == text
    assert decoded.warnings and "cp1251" in decoded.warnings[0]


def test_files_utf16_binary_is_still_binary() -> None:
    with pytest.raises(BinaryInputError):
        decode(("".join(map(chr, range(1, 9))) * 100).encode("utf-16"), name="blob")  # control characters


def test_files_device_is_refused_without_reading_it() -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(InputError, match="is a device"):
        read_path(zero)


def test_files_stream_is_read_to_the_limit_plus_one_byte() -> None:
    class Endless(io.RawIOBase):
        def __init__(self) -> None:
            self.given = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            buffer[:] = b"a" * len(buffer)
            self.given += len(buffer)
            return len(buffer)

    endless = Endless()
    with pytest.raises(TooLargeError, match="over the 1,000-byte limit"):
        read_bounded(endless, 1000, "<stdin>")  # type: ignore[arg-type]
    assert endless.given == 1001


def test_files_fifo_is_read_with_the_same_bound(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as handle:
            for _ in range(100):
                handle.write(b"word " * 1000)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        with pytest.raises(TooLargeError, match="over the 10,000-byte limit"):
            read_path(fifo, max_bytes=10_000)
    finally:
        writer.join(timeout=10)


def test_files_vanished_file_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gone.txt"
    path.write_text("The army said.")
    real_open = Path.open

    def vanish(self: Path, *args: Any, **kwargs: Any) -> Any:
        self.unlink()  # removed between the check and the read
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", vanish)
    with pytest.raises(InputError, match=r"gone\.txt: no such file"):
        read_path(path)
