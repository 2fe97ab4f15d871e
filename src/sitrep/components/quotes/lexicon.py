"""The speech lexicon (`data/speech.toml`): reporting verbs, source nouns, titles, pronouns, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sitrep.data_files import load_toml


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists the quote finder reads; every entry is lower case."""

    verbs: frozenset[str]
    bare_clause: frozenset[str]
    inverted: frozenset[str]
    between: frozenset[str]
    stop: frozenset[str]
    clause_blockers: frozenset[str]
    phrase_prepositions: frozenset[str]
    pronouns: frozenset[str]
    source_nouns: frozenset[str]
    role_nouns: frozenset[str]
    documents: frozenset[str]
    titles: frozenset[str]
    days: frozenset[str]
    determiners: frozenset[str]


def _words(table: dict[str, object], key: str) -> frozenset[str]:
    values = table.get(key, [])
    if not isinstance(values, list):
        return frozenset()
    return frozenset(str(v).lower() for v in values)


@cache
def load_lexicon(name: str = "speech.toml") -> Lexicon:
    """The lexicon in `sitrep/data/<name>`, parsed once per process."""
    table = load_toml(name)
    return Lexicon(
        verbs=_words(table, "verbs"),
        bare_clause=_words(table, "bare_clause_verbs"),
        inverted=_words(table, "inverted_verbs"),
        between=_words(table, "between"),
        stop=_words(table, "stop_words"),
        clause_blockers=_words(table, "clause_blockers"),
        phrase_prepositions=_words(table, "phrase_prepositions"),
        pronouns=_words(table, "pronouns"),
        source_nouns=_words(table, "source_nouns"),
        role_nouns=_words(table, "role_nouns"),
        documents=_words(table, "document_nouns"),
        titles=_words(table, "titles"),
        days=_words(table, "time_words"),
        determiners=_words(table, "determiners"),
    )
