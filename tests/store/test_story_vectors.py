"""Story vectors: words weighed by the shipped background IDF, nothing fitted on the articles given."""

from __future__ import annotations

import numpy as np

from sitrep.store.analysis import story_vectors


def test_story_vectors_background_weighs_rare_words_above_common_ones() -> None:
    idf = story_vectors.background()
    assert idf["missile"] > idf["government"] > idf["said"]
    assert idf["zqxwvblorf"] == idf.unknown == max(idf.weights.values())  # not listed: as rare as the rarest


def test_story_vectors_an_article_vector_does_not_depend_on_the_others() -> None:
    one = ("Dam bursts near Lakeside", "The dam above Lakeside burst on Monday and flooded the valley.")
    alone = story_vectors.vectors([one])
    among = story_vectors.vectors([("Bank holds rates", "The bank kept its rate."), one])
    assert np.allclose(alone.toarray()[0], among.toarray()[1])
    assert abs(float(alone.multiply(alone).sum()) - 1.0) < 1e-9


def test_story_vectors_numbers_and_stop_words_are_not_read() -> None:
    terms = story_vectors.terms("The 40 of them", "They were 2024 and 17 there")
    assert terms == {}
    assert story_vectors.vectors([("The 40", "and 17")]).nnz == 0


def test_story_vectors_headline_words_count_more_than_body_words() -> None:
    terms = story_vectors.terms("Flood warning", "A flood warning was issued for the coast.")
    assert terms["flood"] > terms["coast"] / story_vectors.background()["coast"] * story_vectors.background()["flood"]
