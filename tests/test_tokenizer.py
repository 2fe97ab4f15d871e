"""The pipeline's tokenizer: spaCy's English rules plus the split of a word glued to a closing quotation mark."""

from __future__ import annotations

from sitrep.pipeline import get_nlp


def words(text: str) -> list[str]:
    return [t.text for t in get_nlp().make_doc(text)]


def test_tokenizer_splits_a_name_glued_to_a_closing_quote() -> None:
    assert words("“We will stay,”Moreau said.") == ["“", "We", "will", "stay", ",", "”", "Moreau", "said", "."]
    assert words('"No deal."Then he left.')[:6] == ['"', "No", "deal", ".", '"', "Then"]
    assert "stay,”Moreau" not in words("“We will stay,”Moreau said.")
    assert words("“We stay”Moreau said.") == ["“", "We", "stay", "”", "Moreau", "said", "."]
    assert words('said"Hello') == ['said"Hello']  # a straight mark between words may open a quote: kept


def test_tokenizer_keeps_contractions_names_and_abbreviations() -> None:
    assert words("They don’t know O’Neil, e.g. the “so-called” envoy.") == [
        "They", "do", "n’t", "know", "O’Neil", ",", "e.g.", "the", "“", "so", "-", "called", "”", "envoy", ".",
    ]  # fmt: skip
    assert words("He said “yes,” and left.") == ["He", "said", "“", "yes", ",", "”", "and", "left", "."]
    assert words("a 3,”5 mix")[1] == "3,”5"  # digits are not words: nothing to split
