"""Shapes of a dependency parse that the clause reader of figures asks about (`clause.py`): the relations of
subjects, objects and agents, a word's preposition, and the parser's misreadings it mends."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

OBJECTS = frozenset({"obj", "iobj"})
PASSIVE = frozenset({"nsubj:pass"})
AGENT = frozenset({"obl:agent"})
VERBS = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "nsubj:outer"})
RAISED_SUBJECTS = SUBJECTS | PASSIVE
NOMINALS = frozenset({"NOUN", "PROPN"})
RELATIVES = frozenset({"WDT", "WP"})


def may_refer(word: Token) -> bool:
    """True unless the word is a pronoun where it seldom stands for a party: "it is believed that …", an object "it"
    (a thing far more often), "of them" ("two videos of them": people)."""
    if word.pos_ != "PRON":
        return word.pos_ == "NOUN"
    return word.dep_ != "expl" and word.dep_ not in OBJECTS and case_of(word) != "of"


def case_of(token: Token) -> str:
    """The preposition of a nominal ("of" in "of the SDF"), lower case, or ""; one the parser hung on the first word
    of a compound noun before it is the noun's ("of 1,000 police officers", "of" on "police")."""
    for child in token.children:
        if child.dep_ == "case":
            return str(child.lower_)
    for child in token.children:
        if child.dep_ == "compound" and child.i < token.i:
            for grandchild in child.children:
                if grandchild.dep_ == "case" and grandchild.i < child.i:
                    return str(grandchild.lower_)
    return ""


def time_phrase_verb(word: Token) -> Token | None:
    """The verb a time phrase hangs on ("later this year", "next month"), for a figure the parser hung on that phrase
    rather than on the verb: the verb at most three steps up through adverbs and bare nouns."""
    for _ in range(3):
        if word.dep_ not in ("advmod", "obl:unmarked", "obl:tmod") or word.head is word:
            return None
        word = word.head
        if word.pos_ in VERBS:
            return word
    return None


def hung_after_noun(verb: Token, relations: Collection[str]) -> bool:
    """True for a verb the parser hung by one of `relations` on a noun before it: a misread clause of that noun
    ("Turkey, which hosts …" as parataxis), or a main verb hung on its own subject after an apposition ("Kenya, a key
    ally, sent …", the subject read as the root). A relative clause hangs on a noun whatever the tagger made of it
    ("Chad, which has 1,200 soldiers", "Chad" tagged an interjection)."""
    head = verb.head
    nominal = head.pos_ in NOMINALS or verb.dep_.endswith(":relcl")
    return verb.dep_ in relations and head is not verb and head.i < verb.i and nominal


def main_verb_on_root(verb: Token) -> bool:
    """True for a past verb with an object that the parser hung as a participle on its own subject, read as the
    sentence's root ("Chadian soldiers fired 40 rounds": "soldiers" the root, "fired" a modifier of it); a real
    participle modifier takes no object ("the missiles fired at the base")."""
    head = verb.head
    objects = any(c.dep_ in OBJECTS for c in verb.children)
    return verb.tag_ == "VBN" and objects and head.dep_ == "ROOT" and head.i < verb.i and head.pos_ in NOMINALS


def verbal(word: Token) -> bool:
    """True for a verb, an "-ing" word the parser gave a subject but read as an adjective or noun ("with the
    country welcoming a million refugees"), an adjective with a modal and an object ("will free 30 prisoners"), or
    an infinitive with an object that the tagger read as a noun ("wants to deploy 2,000 soldiers": "deploy" tagged a
    noun, with its "to" and its object)."""
    if word.pos_ in VERBS:
        return True
    if word.lower_.endswith("ing") and any(c.dep_ in SUBJECTS for c in word.children):
        return True
    deps = {str(c.dep_) for c in word.children}
    if word.pos_ == "ADJ" and not deps.isdisjoint(OBJECTS) and "aux" in deps:
        return True  # "Iran will free 30 prisoners": "free" tagged an adjective, with its modal and its object
    return infinitive_read_as_noun(word)


def infinitive_read_as_noun(word: Token) -> bool:
    """True for a word the tagger read as a noun that the parser gave an infinitive's "to" and an object: "to deploy
    2,000 soldiers" (a noun takes neither)."""
    marked = any(c.dep_ == "mark" and c.tag_ == "TO" and c.i < word.i for c in word.children)
    return marked and word.pos_ == "NOUN" and any(c.dep_ in OBJECTS for c in word.children)


def by_agent(verb: Token) -> Token | None:
    """The "by" party of a passive verb: "held by the militants"."""
    for child in verb.children:
        if child.dep_ in AGENT or (child.dep_ == "obl" and case_of(child) == "by"):
            return child
    return None


def controller_of(verb: Token) -> Token | None:
    """The object of the verb an infinitive complements, which is then its subject: "asked Japan to send"."""
    if verb.dep_ != "xcomp" or verb.head is verb:
        return None
    return next((c for c in verb.head.children if c.dep_ in OBJECTS), None)


def range_end(token: Token) -> bool:
    """A figure hung on another one as the end of a change or range: "$419bn" in "by $19bn to $419bn"."""
    head = token.head
    numeric = head.tag_ in ("CD", "$") or any(c.dep_ == "nummod" for c in head.children)
    return token.dep_ == "nmod" and case_of(token) in ("to", "from") and numeric


def subject_word(verb: Token, *, raised: bool = False) -> Token | None:
    """The subject of a verb ("nsubj:outer" too: "Britain is to send"); with `raised`, a passive one as well, for a
    verb reached from the infinitive it governs ("Hezbollah is believed to have")."""
    relations = RAISED_SUBJECTS if raised else SUBJECTS
    subjects = [c for c in verb.children if c.dep_ in relations]
    if len(subjects) > 1:  # a misread: "Britain's Defence estimates Russia has lost" (two subjects of "lost")
        before = [c for c in subjects if c.i < verb.i]
        if len(before) > 1 and _apposition_of(before[-1], before[-2]):
            return before[-2]  # "Poland, NATO's eastern flank, will buy": the second is the first's apposition
        return before[-1] if before else subjects[0]  # the one nearest before the verb is its own
    return subjects[0] if subjects else None


def _apposition_of(second: Token, first: Token) -> bool:
    """True when the phrase of `second` stands between commas straight after the phrase of `first`."""
    doc = second.doc
    start, end = second.left_edge.i, second.right_edge.i
    if doc[start].text == ",":
        start += 1
    if doc[end].text == ",":
        end -= 1
    opened = start >= 2 and doc[start - 1].text == "," and first.right_edge.i in (start - 2, start - 1)
    return opened and end + 1 < len(doc) and doc[end + 1].text == ","
