"""The PolNeAR scorer (`sitrep.eval.quotes`): which gold contents are direct quotes. Texts written for these tests."""

from __future__ import annotations

from sitrep.eval.quotes import is_direct


def _whole(text: str, inner: str) -> list[tuple[int, int]]:
    start = text.index(inner)
    return [(start, start + len(inner))]


def test_polnear_direct_quotes_in_curly_straight_and_doubled_apostrophe_marks() -> None:
    for text in ("“The port is shut,” Roe said.", '"The port is shut," Roe said.', "''The port is shut,'' Roe said."):
        content = text[: text.index(" Roe")]
        assert is_direct(text, _whole(text, content)), text


def test_polnear_reported_speech_and_plural_possessives_are_not_direct() -> None:
    text = "Roe said the port was shut. The workers' union agreed."
    assert not is_direct(text, _whole(text, "the port was shut"))
    assert not is_direct(text, _whole(text, "The workers'"))


def test_polnear_direct_quotes_in_marks_typed_the_wrong_way_round() -> None:
    for text in ("”The port is shut,” Roe said.", "“The port is shut,“ Roe said.", "″The port is shut,” Roe said."):
        content = text[: text.index(" Roe")]
        assert is_direct(text, _whole(text, content)), text
