"""The speech lexicon (`data/speech.toml`): reporting verbs, source nouns, titles, pronouns, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sitrep.data_files import load_lines, load_toml


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists the quote finder reads; every entry is lower case."""

    verbs: frozenset[str]
    characterizing: frozenset[str]
    lead_in: frozenset[str]
    bare_clause: frozenset[str]
    parsed_clause: frozenset[str]
    finite_only: frozenset[str]
    noun_cues: frozenset[str]
    directive: frozenset[str]
    negations: frozenset[str]
    say: frozenset[str]
    question_verbs: frozenset[str]
    question_words: frozenset[str]
    commitment_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    quoted_saying: frozenset[str]
    addressees: frozenset[str]
    inverted: frozenset[str]
    between: frozenset[str]
    stop: frozenset[str]
    clause_blockers: frozenset[str]
    approximators: frozenset[str]
    conditional_openers: frozenset[str]
    manner_openers: frozenset[str]
    clause_connectives: frozenset[str]
    that_determined: frozenset[str]
    relative_that: frozenset[str]
    lone_answers: frozenset[str]
    lone_speakers: frozenset[str]
    owned_people: frozenset[str]
    headline_verbs: frozenset[str]
    phrase_prepositions: frozenset[str]
    adjunct_prepositions: frozenset[str]
    adjunct_openers: frozenset[str]
    governors: frozenset[str]
    medium_prepositions: frozenset[str]
    party_letters: frozenset[str]
    tail_prepositions: frozenset[str]
    pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    writer_pronouns: frozenset[str]
    source_nouns: frozenset[str]
    according_sources: frozenset[str]
    time_names: frozenset[str]  # "Tuesday": never a speaker's name
    role_nouns: frozenset[str]
    referring_roles: frozenset[str]
    title_roles: dict[str, str]  # "gen." -> "general"
    referring_bodies: frozenset[str]
    generic_bodies: frozenset[str]
    body_pronouns: frozenset[str]
    topic_prepositions: frozenset[str]
    quote_only: frozenset[str]
    documents: frozenset[str]
    titles: frozenset[str]
    days: frozenset[str]
    determiners: frozenset[str]
    aspect_verbs: frozenset[str]
    issuer_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]
    person_relatives: frozenset[str]
    speaking_relatives: frozenset[str]
    source_prepositions: frozenset[str]
    credit_marks: frozenset[str]
    name_joiners: frozenset[str]
    phrase_joiners: frozenset[str]
    verb_endings: tuple[str, ...]
    gender: Gender
    syntax: SyntaxRules


@dataclass(frozen=True, slots=True)
class SyntaxRules:
    """The dependency relations and words the parse-based speaker reader uses (`speech.toml` [syntax])."""

    subjects: frozenset[str]
    lost_subjects: frozenset[str]
    inverted_objects: frozenset[str]
    passive_subjects: frozenset[str]
    climb_any: frozenset[str]
    climb_nonfinite: frozenset[str]
    climb_after_comma: frozenset[str]
    nonfinite_tags: frozenset[str]
    participles: frozenset[str]
    relative_clauses: frozenset[str]
    relative_pronouns: frozenset[str]
    phrase: frozenset[str]
    phrase_nmod: frozenset[str]
    phrase_stops: frozenset[str]
    inner_punct: frozenset[str]
    appositions: frozenset[str]
    within_subject: frozenset[str]
    complements: frozenset[str]
    objects: frozenset[str]
    request_objects: frozenset[str]
    singular_nouns: frozenset[str]
    determiners: frozenset[str]
    fronted: frozenset[str]
    fronted_heads: frozenset[str]
    characterized: frozenset[str]
    characterized_modifiers: frozenset[str]
    characterized_complements: frozenset[str]
    second_objects: frozenset[str]
    that_clauses: frozenset[str]
    nominal: frozenset[str]
    nominal_words: frozenset[str]
    verbal: frozenset[str]
    finite_tags: frozenset[str]
    question_marks: frozenset[str]
    relative_frames: frozenset[str]
    never_speakers: frozenset[str]
    colon_subject_tags: frozenset[str]
    colon_subjects: frozenset[str]
    colon_clauses: frozenset[str]
    characterized_openers: frozenset[str]
    dashes: frozenset[str]
    absolute_prepositions: frozenset[str]


@dataclass(frozen=True, slots=True)
class Gender:
    """What tells a person's gender: pronouns, titles and first names ("male" and "female" word sets)."""

    pronouns: dict[str, str]  # "he" -> "male"
    titles: dict[str, str]  # "mrs" -> "female"
    names: dict[str, str]  # "Anna" -> "female" (first names as written)
    reach: int  # characters looked back for a person a pronoun may stand for

    def of_words(self, words: tuple[str, ...] | list[str]) -> str | None:
        """The gender a name's words tell ("Mrs Bell", "Anna Bell", "the brother"), or None. A first name tells it
        only in a name, whose last word is capitalized (not in "the Tory leader")."""
        for word in words:
            if (found := self.titles.get(word.lower().rstrip(","))) is not None:  # "Her husband, Abdi Warsame"
                return found
        return self.names.get(words[0]) if words and words[-1][:1].isupper() else None


def _words(table: dict[str, object], key: str) -> frozenset[str]:
    values = table.get(key, [])
    if not isinstance(values, list):
        return frozenset()
    return frozenset(str(v).lower() for v in values)


def _exact(table: dict[str, object], key: str) -> frozenset[str]:
    """A list of marks or word parts, as written (not lower-cased)."""
    values = table.get(key, [])
    if not isinstance(values, list):
        return frozenset()
    return frozenset(str(v) for v in values)


@cache
def load_lexicon(name: str = "speech.toml") -> Lexicon:
    """The lexicon in `sitrep/data/<name>`, parsed once per process."""
    table = load_toml(name)
    return Lexicon(
        verbs=_words(table, "verbs"),
        characterizing=_words(table, "characterizing_verbs"),
        lead_in=_words(table, "verbs") | _words(table, "characterizing_verbs") | _words(table, "opinion_verbs"),
        bare_clause=_words(table, "bare_clause_verbs"),
        parsed_clause=_words(table, "parsed_clause_verbs"),
        finite_only=_words(table, "finite_only_verbs"),
        noun_cues=_words(table, "noun_cues"),
        directive=_words(table, "directive_verbs"),
        negations=_words(table, "negations"),
        say=_words(table, "say_verbs"),
        question_verbs=_words(table, "question_verbs"),
        question_words=_words(table, "question_words"),
        commitment_verbs=_words(table, "commitment_verbs"),
        quoting_verbs=_words(table, "quoting_verbs"),
        quoted_saying=_words(table, "quoted_saying"),
        addressees=_words(table, "addressees"),
        inverted=_words(table, "inverted_verbs"),
        between=_words(table, "between"),
        stop=_words(table, "stop_words"),
        clause_blockers=_words(table, "clause_blockers"),
        approximators=_words(table, "approximators"),
        conditional_openers=_words(table, "conditional_openers"),
        manner_openers=_words(table, "manner_openers"),
        clause_connectives=_words(table, "clause_connectives"),
        that_determined=_words(table, "that_determined"),
        relative_that=_words(table, "relative_that_verbs"),
        lone_answers=_words(table, "lone_answers"),
        lone_speakers=_words(table, "lone_speakers"),
        owned_people=_words(table, "owned_people"),
        headline_verbs=_words(table, "headline_verbs"),
        phrase_prepositions=_words(table, "phrase_prepositions"),
        adjunct_prepositions=_words(table, "adjunct_prepositions"),
        adjunct_openers=_words(table, "adjunct_openers"),
        governors=_words(table, "governors"),
        medium_prepositions=_words(table, "medium_prepositions"),
        party_letters=_words(table, "party_letters"),
        tail_prepositions=_words(table, "tail_prepositions"),
        pronouns=_words(table, "pronouns"),
        group_pronouns=_words(table, "group_pronouns"),
        writer_pronouns=_words(table, "writer_pronouns"),
        source_nouns=_words(table, "source_nouns"),
        according_sources=_words(table, "according_sources"),
        time_names=_words(table, "time_names"),
        role_nouns=_words(table, "role_nouns"),
        referring_roles=_words(table, "referring_roles"),
        title_roles=_title_roles(table),
        referring_bodies=_words(table, "referring_bodies") | _words(table, "generic_bodies"),
        generic_bodies=_words(table, "generic_bodies"),
        body_pronouns=_words(table, "body_pronouns"),
        topic_prepositions=_words(table, "topic_prepositions"),
        quote_only=_words(table, "quote_only_verbs"),
        documents=_words(table, "document_nouns"),
        titles=_words(table, "titles"),
        days=_words(table, "time_words"),
        determiners=_words(table, "determiners"),
        aspect_verbs=_words(table, "aspect_verbs"),
        issuer_prepositions=_words(table, "issuer_prepositions"),
        origin_prepositions=_words(table, "origin_prepositions"),
        person_relatives=_words(table, "person_relatives"),
        speaking_relatives=_words(table, "speaking_relatives"),
        source_prepositions=_words(table, "source_prepositions"),
        credit_marks=_exact(table, "credit_marks"),
        name_joiners=_exact(table, "name_joiners"),
        phrase_joiners=_exact(table, "phrase_joiners"),
        verb_endings=tuple(sorted(_exact(table, "verb_endings"))),
        gender=_gender(table),
        syntax=_syntax(table),
    )


def _title_roles(table: dict[str, object]) -> dict[str, str]:
    data = table.get("title_roles", {})
    assert isinstance(data, dict)
    return {str(k).lower(): str(v).lower() for k, v in data.items()}


def _syntax(table: dict[str, object]) -> SyntaxRules:
    data = table.get("syntax", {})
    assert isinstance(data, dict)

    def exact(key: str) -> frozenset[str]:
        return frozenset(str(v) for v in data.get(key, []))

    return SyntaxRules(
        subjects=exact("subjects"),
        lost_subjects=exact("lost_subjects"),
        inverted_objects=exact("inverted_objects"),
        passive_subjects=exact("passive_subjects"),
        climb_any=exact("climb_any"),
        climb_nonfinite=exact("climb_nonfinite"),
        climb_after_comma=exact("climb_after_comma"),
        nonfinite_tags=exact("nonfinite_tags"),
        participles=exact("participles"),
        relative_clauses=exact("relative_clauses"),
        relative_pronouns=_words(data, "relative_pronouns"),
        phrase=exact("phrase"),
        phrase_nmod=exact("phrase_nmod"),
        phrase_stops=exact("phrase_stops"),
        inner_punct=exact("inner_punct"),
        appositions=exact("appositions"),
        within_subject=exact("within_subject"),
        complements=exact("complements"),
        objects=exact("objects"),
        request_objects=exact("request_objects"),
        determiners=exact("determiners"),
        singular_nouns=exact("singular_nouns"),
        fronted=exact("fronted"),
        fronted_heads=exact("fronted_heads"),
        characterized=exact("characterized"),
        characterized_modifiers=exact("characterized_modifiers"),
        characterized_complements=exact("characterized_complements"),
        second_objects=exact("second_objects"),
        that_clauses=exact("that_clauses"),
        nominal=exact("nominal"),
        nominal_words=_words(data, "nominal_words"),
        verbal=exact("verbal"),
        finite_tags=exact("finite_tags"),
        question_marks=_words(data, "question_marks"),
        relative_frames=_words(data, "relative_frames"),
        never_speakers=_words(data, "never_speakers"),
        colon_subject_tags=exact("colon_subject_tags"),
        colon_subjects=_words(data, "colon_subjects"),
        colon_clauses=exact("colon_clauses"),
        characterized_openers=_words(data, "characterized_openers"),
        dashes=exact("dashes"),
        absolute_prepositions=_words(data, "absolute_prepositions"),
    )


def _gender(table: dict[str, object]) -> Gender:
    data = table.get("gender", {})
    assert isinstance(data, dict)
    pronouns = {w: "male" for w in data["male_pronouns"]} | {w: "female" for w in data["female_pronouns"]}
    titles = {w: "male" for w in data["male_titles"]} | {w: "female" for w in data["female_titles"]}
    names = {n: "male" for n in load_lines(data["male_names"])}
    names |= {n: "female" for n in load_lines(data["female_names"])}
    return Gender(pronouns, titles, names, int(data["reach"]))
