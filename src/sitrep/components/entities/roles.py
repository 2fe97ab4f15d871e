"""Bodies no list holds, named by the role of the person written after them: "Wikileaks co-founder Julian Assange",
"Arsenal boss Mikel Arteta" (the roles are data: `patterns.toml` [organizations] roles_after_body). The same word
written alone elsewhere in the article names the same body ("a Wikileaks conference")."""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.components.entities.lexicon import (
    Gazetteer,
    common_words,
    known_people,
    last_names,
    listed_first_names,
    pattern_words,
    patterns,
)
from sitrep.components.entities.scan import Candidate, Tokens

RANK_BODY = 3  # as the capitalized runs that end in an organization word
_WORD = re.compile(r"^[A-Z][A-Za-z]{2,}$")


@cache
def _role_after() -> re.Pattern[str]:
    roles = sorted(patterns()["organizations"]["roles_after_body"], key=len, reverse=True)
    return re.compile(r" (?:" + "|".join(re.escape(r) for r in roles) + r") [A-Z]")


def bodies_before_roles(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """Every standalone mention of each capitalized word that once stands before a body's role and a name."""
    found: list[Candidate] = []
    for word in toks.capital:
        at = toks.positions[word]
        if not any(_before_role(toks, i) for i in at) or not _unknown(toks, gaz, word):
            continue
        key = f"organization:{word.lower()}"
        found += [Candidate(toks.starts[i], toks.ends[i], "organization", key, word, rank=RANK_BODY)
                  for i in at if _alone(toks, i)]  # fmt: skip
    return found


def _before_role(toks: Tokens, i: int) -> bool:
    return not _joined_before(toks, i) and _role_after().match(toks.text, toks.ends[i]) is not None


def _alone(toks: Tokens, i: int) -> bool:
    """No capitalized word joined to token i on either side: it is not part of a longer name."""
    after = i + 1 < toks.n and toks.ws[i] and toks.adjacent(i + 1) and toks.is_cap(i + 1)
    return not _joined_before(toks, i) and (not after or _role_after().match(toks.text, toks.ends[i]) is not None)


def _joined_before(toks: Tokens, i: int) -> bool:
    """A capitalized word other than a function word ("The") before token i, or a word glued to it."""
    if i == 0 or not toks.adjacent(i):
        return False
    if not toks.ws[i - 1]:
        return toks.texts[i - 1] not in _OPENERS
    return toks.is_cap(i - 1) and toks.texts[i - 1].lower() not in STOP_WORDS


_OPENERS = frozenset(['"', "“", "(", "‘", "'", "[", "—", "–"])


def _unknown(toks: Tokens, gaz: Gazetteer, word: str) -> bool:
    """A word that is nothing sitrep knows: no listed name, place, title, everyday word or person's name (nor a word
    the article writes after a given name: "Donald Trump" makes "Trump adviser" a person's)."""
    if not _WORD.match(word) or word.lower() in common_words() or word.lower() in toks.positions:
        return False
    if word in gaz.titles or word in gaz.first_names or word in listed_first_names() or word in last_names():
        return False
    if word in pattern_words("organizations", "suffixes") or word in pattern_words("organizations", "stands_alone"):
        return False  # "Commission spokesman": a body's word stands for the body the text named in full
    if gaz.lookup(word) is not None or word.lower() in _known_surnames():
        return False
    return not any(_after_a_name(toks, i) for i in toks.positions[word])


def _after_a_name(toks: Tokens, i: int) -> bool:
    """Token i follows another name word ("Barack Obama"): it is a surname there."""
    if i == 0 or not toks.ws[i - 1] or not toks.adjacent(i) or not toks.is_cap(i - 1):
        return False
    before = toks.texts[i - 1]
    return before.lower() not in STOP_WORDS and before.isalpha()


@cache
def _known_surnames() -> frozenset[str]:
    """The last words of the people `people.jsonl` knows ("trump", "obama")."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in known_people())
