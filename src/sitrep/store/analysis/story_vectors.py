"""Article vectors for story clustering: the words of an article's headline and lead, each weighted by how rare
it is in English at large (a fixed background IDF shipped in `data/stories/idf.tsv`, built by
`training/background_idf.py`), hashed into one sparse vector of unit length (scikit-learn's `FeatureHasher`).

Nothing is fitted on the store: an article's vector depends on its own text alone, so stories do not move when
unrelated articles arrive and a new batch is placed without reading the old ones' words again.
- Words are runs of two or more letters, lower-cased; English stop words (scikit-learn's list) and numbers are
  not read. A word missing from the background list is as rare as its rarest word (a name, a rare term).
- A term counts `1 + log(count)` times its IDF (damped, as in sublinear TF-IDF); the headline's words count
  `TITLE_WEIGHT` times, as the headline says what the article is about."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from scipy import sparse
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
from sklearn.preprocessing import normalize

from sitrep.data_files import load_lines

TITLE_WEIGHT = 3  # a headline word counts as this many occurrences
FEATURES = 1 << 20  # hashed dimensions: collisions among an article's few hundred words are rare
WORDS = r"(?u)\b[^\W\d_][^\W\d_]+\b"  # two or more letters (no digits: numbers say little about the story)


class Background:
    """The background IDF: a word's weight, and the weight of a word the list does not hold."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        self.unknown = max(weights.values(), default=1.0)

    def __getitem__(self, word: str) -> float:
        return self.weights.get(word, self.unknown)


@lru_cache(maxsize=1)
def background() -> Background:
    """The shipped background IDF (read once)."""
    weights: dict[str, float] = {}
    for line in load_lines("stories/idf.tsv"):
        word, weight = line.split("\t")
        weights[word] = float(weight)
    return Background(weights)


@lru_cache(maxsize=1)
def _words() -> Callable[[str], list[str]]:
    """scikit-learn's analyzer: lower-cased words of two or more letters, stop words left out."""
    words = CountVectorizer(token_pattern=WORDS, stop_words=sorted(ENGLISH_STOP_WORDS))
    analyzer: Callable[[str], list[str]] = words.build_analyzer()
    return analyzer


def terms(title: str | None, lead: str) -> dict[str, float]:
    """An article's weighted terms: damped counts times background IDF."""
    words = _words()
    counts = Counter(words(lead))
    for word in words(title or ""):
        counts[word] += TITLE_WEIGHT
    idf = background()
    weighed = ((w, n, idf.weights.get(w, idf.unknown)) for w, n in counts.items())
    return {w: (1.0 + math.log(n)) * weight for w, n, weight in weighed if weight > 0}


def vectors(articles: Iterable[tuple[str | None, str]]) -> sparse.csr_matrix:
    """Unit-length hashed vectors of (headline, lead) pairs, one row each (an article with no word is all zero)."""
    hasher = FeatureHasher(n_features=FEATURES, input_type="dict", alternate_sign=False)
    rows: Iterator[dict[str, float]] = (terms(title, lead) for title, lead in articles)
    return normalize(hasher.transform(rows).tocsr())
