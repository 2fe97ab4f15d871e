"""One article as a string: the length limit is sitrep's own clear error (never spaCy's), and a string that is not
text (a lone surrogate) is refused with its position."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.errors import InputError, TooLargeError
from sitrep.pipeline import get_nlp
from sitrep.reader.article import MAX_CHARS, prepare


def test_article_over_the_character_limit_is_a_clear_error() -> None:
    text = "The army said. " * (MAX_CHARS // 15 + 1)
    with pytest.raises(TooLargeError, match=r"over the 1,000,000-character limit for one article"):
        sitrep.extract(text)


def test_article_limit_is_the_pipelines_own() -> None:
    assert get_nlp().max_length == MAX_CHARS


@pytest.mark.parametrize("field", ["text", "title", "source", "url"])
def test_article_lone_surrogate_is_refused(field: str) -> None:
    given = {"text": "The army said on Monday.", field: "Troops \ud800 left"}
    with pytest.raises(InputError, match=rf"the {field} holds a lone surrogate \(U\+D800\) at character 7"):
        prepare(**given)


def test_article_nul_character_is_text() -> None:
    x = sitrep.extract("The army said on Monday\x00 that five soldiers were killed.")
    assert x.text[x.sentences[0].start : x.sentences[0].end].startswith("The army")
