"""The trigger lexicon (`data/events.toml`) and cue lists (`data/event_cues.toml`) as spaCy Matcher patterns.

A phrase is written in plain words: "word+" is inflected like a verb, "word~" like a noun, "..." is a gap.
Inflection uses simple suffix rules plus the irregular forms listed in the data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language

from sitrep.data_files import load_toml

LEXICON_FILE = "events.toml"
CUES_FILE = "event_cues.toml"
_VOWELS = frozenset("aeiou")

Pattern = list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class TriggerKey:
    """What a matched trigger means: its PLOVER type, mode and whether it was written as a noun."""

    type: str
    mode: str
    nominal: bool


def verb_forms(word: str, irregular: dict[str, list[str]]) -> list[str]:
    """The base form and its -s, -ed and -ing forms (irregular ones from the data)."""
    if word in irregular:
        return [word, *irregular[word]]
    return [word, _third_person(word), _past(word), _gerund(word)]


def noun_forms(word: str) -> list[str]:
    """A noun and its plural."""
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return [word, word + "es"] if not word.endswith("s") else [word]
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return [word, word[:-1] + "ies"]
    return [word, word + "s"]


def _third_person(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word[:-1] + "ied"
    return word + "ed"


def _gerund(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "oe", "ye")):
        return word[:-1] + "ing"
    return word + "ing"


class PatternBuilder:
    """Turns written phrases into Matcher token patterns over the pipeline's own tokenizer."""

    def __init__(self, nlp: Language, *, gap: int, irregular: dict[str, list[str]]) -> None:
        self.nlp = nlp
        self.gap = gap
        self.irregular = irregular

    def phrase(self, text: str) -> Pattern:
        """A pattern for one phrase with "+", "~" and "..." marks."""
        pattern: Pattern = []
        for word in text.lower().split():
            if word == "...":
                pattern.append({"OP": f"{{0,{self.gap}}}"})
            elif word.endswith("+") and len(word) > 1:
                pattern.append({"LOWER": {"IN": verb_forms(word[:-1], self.irregular)}})
            elif word.endswith("~") and len(word) > 1:
                pattern.append({"LOWER": {"IN": noun_forms(word[:-1])}})
            else:
                pattern.extend({"LOWER": tok.text} for tok in self.nlp.make_doc(word))
        return pattern

    def verb(self, text: str) -> Pattern:
        """A verb or phrasal verb: its first word is inflected."""
        first, *rest = text.lower().split()
        return self.phrase(" ".join([first + "+", *rest]))

    def noun(self, text: str) -> Pattern:
        """A noun or noun phrase: its last word may be plural."""
        *rest, last = text.lower().split()
        return self.phrase(" ".join([*rest, last + "~"]))


@cache
def lexicon() -> dict[str, Any]:
    """The trigger lexicon, parsed once."""
    return load_toml(LEXICON_FILE)


@cache
def cues() -> dict[str, Any]:
    """The clause and modality cue lists, parsed once."""
    return load_toml(CUES_FILE)


def trigger_patterns(builder: PatternBuilder) -> list[tuple[TriggerKey, Pattern]]:
    """Every trigger pattern of the lexicon with what it means."""
    found: list[tuple[TriggerKey, Pattern]] = []
    for block in lexicon()["trigger"]:
        verbal, nominal = (
            TriggerKey(block["type"], block["mode"], False),
            TriggerKey(block["type"], block["mode"], True),
        )
        found += [(verbal, builder.verb(v)) for v in block.get("verbs", [])]
        found += [(nominal, builder.noun(n)) for n in block.get("nouns", [])]
        found += [(verbal, builder.phrase(p)) for p in block.get("phrases", [])]
    return found


def type_flags(name: str) -> frozenset[str]:
    """The event types whose [types] entry sets `name` (e.g. "frames", "mover")."""
    return frozenset(t for t, flags in lexicon()["types"].items() if flags.get(name))
