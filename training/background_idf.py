"""Build the background word weights of story clustering (`src/sitrep/data/stories/idf.tsv`).

    pip install wordfreq==3.1.1 && python training/background_idf.py

Story clustering weighs the words two articles share by how rare they are in English at large, not in whatever
the store happens to hold: a fixed inverse document frequency (IDF), so an article's vector never changes when
unrelated articles arrive, and no store has to be read to build it.

The source is wordfreq's large English list (Robyn Speer et al., CC BY-SA 4.0: Wikipedia, news, books, subtitles,
web text, Reddit and Twitter, mixed). wordfreq gives how often a word occurs per token; an article is taken as a
bag of `TOKENS` tokens, so the share of articles that hold a word of frequency f is about 1 - exp(-f * TOKENS),
and its IDF is minus the logarithm of that share. Words rarer than `MIN_ZIPF` are left out: the clustering gives
a word that is not in the file the largest IDF the file holds (a rare word or a name, as informative as the
rarest listed). Only words of letters alone are kept, as the clustering reads nothing else."""

from __future__ import annotations

import math
import re
from pathlib import Path

from wordfreq import get_frequency_dict  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "stories" / "idf.tsv"
TOKENS = 400  # the words of an article's headline and lead, as the clustering reads them (about 2,000 characters)
MIN_ZIPF = 2.5  # log10 of occurrences per billion words: rarer words are not listed
WORD = re.compile(r"^[^\W\d_]{2,}$")


def idf(frequency: float) -> float:
    """Minus the log of the share of `TOKENS`-token articles that hold a word of this frequency per token."""
    return -math.log(-math.expm1(-frequency * TOKENS))


def main() -> None:
    floor = 10 ** (MIN_ZIPF - 9)
    rows = sorted(
        ((word, idf(f)) for word, f in get_frequency_dict("en", wordlist="large").items() if f >= floor),
        key=lambda row: (row[1], row[0]),
    )
    lines = [
        "# Background IDF of English words for story clustering; built by training/background_idf.py from",
        "# wordfreq 3.1.1's large English list (CC BY-SA 4.0, see LICENSE beside this file). word<TAB>idf",
    ]
    lines += [f"{word}\t{weight:.2f}" for word, weight in rows if WORD.match(word)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 2} words to {OUT}")


if __name__ == "__main__":
    main()
