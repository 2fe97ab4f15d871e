"""The quantities component's word lists, read once from `sitrep/data/` (quantities.toml, quantity_units.csv,
noun_lemmas.toml; the word classes shared with other components come from function_words.toml)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from typing import Any

from sitrep.data_files import data_path, load_toml
from sitrep.errors import SitrepError
from sitrep.record import QUANTITY_CATEGORIES


class LexiconError(SitrepError):
    """A data file of the quantities component is malformed; fix the file it names."""


@dataclass(frozen=True, slots=True)
class Qualifier:
    """What a qualifier does to the figure it stands beside."""

    bound: str  # "low", "high" or "value"
    approximate: bool


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """What the clause reader needs (quantities.toml [clause]): which categories which party holds, and the verbs
    that give a figure to their subject, their object, their "from" party or no one."""

    agent_categories: frozenset[str]
    keeper_categories: frozenset[str]
    keeping_verbs: frozenset[str]
    host_categories: frozenset[str]
    maker_categories: frozenset[str]
    making_verbs: frozenset[str]
    claim_categories: frozenset[str]
    transfer_categories: frozenset[str]
    transfer_verbs: frozenset[str]
    transfer_nouns: frozenset[str]  # "the sale of 12 jets to Norway": the taker's
    instrument_categories: frozenset[str]  # "attacked Kyiv with 40 drones": the verb's subject uses them
    instrument_cases: frozenset[str]
    attack_cases: frozenset[str]  # "killed 40 people in 12 strikes": the doer's attacks
    befalling_verbs: frozenset[str]  # "40 fighters died in 12 strikes": the subject uses none of them
    instrument_participles: frozenset[str]  # "an attack involving 500 drones"
    launching_verbs: frozenset[str]  # "Russia launched an attack": its subject does the attack
    claim_nouns: frozenset[str]
    claiming_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    sufferer_categories: frozenset[str]
    sufferer_verbs: frozenset[str]
    foreign_object_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    payer_object_verbs: frozenset[str]
    measure_cases: frozenset[str]
    change_verbs: frozenset[str]
    changed_categories: frozenset[str]  # figures a verb of change takes as its object measure its subject's
    custody_categories: frozenset[str]
    custody_verbs: frozenset[str]
    custody_nouns: frozenset[str]
    personal: frozenset[str]
    leading_participles: frozenset[str]
    party_cases: frozenset[str]
    allegiance_words: frozenset[str]
    allegiance_cases: frozenset[str]
    origin_cases: frozenset[str]
    leaving_verbs: frozenset[str]  # "withdrew 1,500 soldiers from Niger": the "from" phrase is the place left
    service_cases: frozenset[str]
    force_cases: frozenset[str]
    force_kinds: frozenset[str]
    people: frozenset[str]
    group_nouns: frozenset[str]
    body_nouns: frozenset[str]
    member_nouns: frozenset[str]  # "Members of the X militia": people of the body of their "of" phrase
    member_cases: frozenset[str]
    holder_kinds: frozenset[str]
    phrasal_verbs: frozenset[tuple[str, str]]
    buying_verbs: frozenset[str]
    intention_nouns: frozenset[str]
    readiness_adjectives: frozenset[str]
    intending_verbs: frozenset[str]
    agent_participles: frozenset[str]
    payer_origins: frozenset[str]
    money_categories: frozenset[str]
    part_nouns: frozenset[str]
    part_cases: frozenset[str]
    sum_making_verbs: frozenset[str]
    deed_units: frozenset[str]
    act_nouns: frozenset[str]
    act_categories: frozenset[str]
    ordering_verbs: frozenset[str]
    time_subjects: frozenset[str]  # "North Korea this month threatened …": "month" misread as a second subject

    def role(self, category: str, unit: str | None) -> str:
        """The category whose party holds a figure: its own, or "deeds" for a count of acts a party does that has no
        category of its own ("North Korea has carried out 80 missile tests", "the army held three drills")."""
        return "deeds" if category == "other" and unit in self.deed_units else category

    def keeping_of(self, category: str) -> frozenset[str]:
        """The verbs whose subject keeps a figure of this category: verbs of having, for people who fled, of taking
        them in, and for other things, of making, selling or hiring them."""
        if category in self.host_categories:
            return self.keeping_verbs | self.hosting_verbs
        return self.keeping_verbs | self.making_verbs if category in self.maker_categories else self.keeping_verbs


@dataclass(frozen=True, slots=True)
class AntecedentWords:
    """What a pronoun or a definite description holding a figure may stand for (quantities.toml [antecedents])."""

    reach: int
    pronouns: dict[str, frozenset[str]]  # word -> entity kinds it can stand for
    plural_pronouns: frozenset[str]
    descriptions: dict[str, frozenset[str]]  # noun lemma of "the group", "the ministry" -> entity kinds
    named_descriptions: frozenset[str]  # nouns whose entity's name holds them ("the ministry")
    nonstate_descriptions: frozenset[str]  # nouns never standing for a state's body ("the group": no army)
    armed_categories: frozenset[str]  # entity categories such a noun stands for wherever it is named
    named_by: dict[str, tuple[str, ...]]  # or one of these words ("the military": "Israel Defense Forces")
    not_parties: frozenset[str]  # entity categories never referred to as a party (news agencies)
    people: frozenset[str]  # categories of counted people: an unnamed plural of them may be what "they" is
    plural_people: frozenset[str]  # plural nouns of people without a plural -s ("people", "police")
    owned_people: frozenset[str]  # plural nouns of a state's men a name before them owns ("Iraqi forces")
    clause_verbs: frozenset[str]  # verbs of saying: a description after one is in a clause of its own
    said_kinds: frozenset[str]  # kinds of the descriptions after a verb of saying that may stand for its subject
    openers: frozenset[str]  # first words of an opening phrase before a sentence's subject ("On Monday, …")
    titles: frozenset[str]  # titles before a person's name ("Mr.", "President")
    prepositions: frozenset[str]  # a name after one is inside a phrase, not what a possessive stands for
    singular_kinds: frozenset[str]  # kinds "they" stands for only in a plural name ("the Russians")
    quote_pronouns: frozenset[str]  # "we", "our": in a quote, its speaker's
    quote_kinds: frozenset[str]  # kinds of speaker such a pronoun stands for
    doer_categories: frozenset[str]  # nouns whose modifying name is their doer ("Russian shelling")
    personal_possessives: frozenset[str]  # "his", "her": of a person named before
    homelands: frozenset[str]  # nouns that after one stand for the person's country ("his country")
    speakers: frozenset[str]  # nouns of one who speaks for a party named after speaker_cases ("A spokesman for")
    speaker_cases: frozenset[str]


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    numbers: dict[str, float]
    scales: dict[str, float]
    suffix_scales: dict[str, float]
    currencies: dict[str, str]
    percent: tuple[tuple[str, ...], ...]
    qualifiers: dict[tuple[str, ...], Qualifier]
    qualifiers_first: frozenset[str]
    trailing: dict[tuple[str, ...], Qualifier]
    vague: dict[tuple[str, ...], tuple[float, float | None]]
    range_words: frozenset[str]
    between: frozenset[str]
    between_and: frozenset[str]
    tallies: frozenset[str]
    two_figures: frozenset[str]
    ellipsis_cues: frozenset[str]
    ellipsis_after: frozenset[str]
    ellipsis_joiners: frozenset[str]
    absolute_joiners: frozenset[str]
    ellipsis_clause_after: frozenset[str]
    ellipsis_categories: frozenset[str]
    designators: frozenset[str]
    recipient_verbs: frozenset[str]
    designator_verb_cues: frozenset[str]
    of_designators: frozenset[str]
    bare_designators: frozenset[str]
    ranks: frozenset[str]
    superlatives: frozenset[str]
    generic: frozenset[str]
    age_subjects: frozenset[str]
    age_verbs: frozenset[str]
    age_adjectives: frozenset[str]
    age_bounds: frozenset[str]
    age_holders: frozenset[str]
    clock: frozenset[str]
    time_units: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    year_cues: frozenset[str]
    skip_sections: frozenset[str]
    anaphoric: frozenset[str]
    one_pronouns: frozenset[str]
    stop: frozenset[str]
    joiners: frozenset[str]
    after_of: frozenset[str]
    partitive_pronouns: frozenset[str]
    part_links: frozenset[str]
    member_links: frozenset[str]
    part_pronouns: frozenset[str]
    inclusion: frozenset[str]
    others: frozenset[str]
    numbering: frozenset[str]
    people_categories: frozenset[str]
    partitive_least: float
    verb_openers: frozenset[str]
    deed_categories: frozenset[str]
    intransitive_verbs: frozenset[str]
    invariant: frozenset[str]
    invariant_demonyms: frozenset[str]
    collective: frozenset[str]
    measure_heads: frozenset[str]
    street_words: frozenset[str]
    compass: frozenset[str]
    categories: dict[str, str]
    lemmas: dict[str, str]
    verbs: dict[str, str]
    verb_gap: frozenset[str]
    outcome_words: frozenset[str]
    states: dict[tuple[str, str], str]
    particle_verbs: dict[tuple[str, str], str]
    relatives: frozenset[str]
    relative_heads: frozenset[str]  # "those": people of their own before a relative pronoun in a phrase
    state_determiners: frozenset[str]
    state_participle_cases: frozenset[str]
    custody_complements: frozenset[str]
    custody_category: str
    before_figure: frozenset[str]
    tallies_before: frozenset[str]
    tally_cases: frozenset[str]
    overridable: frozenset[str]
    people: frozenset[str]
    coordinators: frozenset[str]
    subject_openers: frozenset[str]
    noun_verbs: frozenset[str]
    open_outcomes: frozenset[str]
    mixed_outcomes: frozenset[str]
    loss_verbs: frozenset[str]
    phrase_cases: frozenset[str]
    phrase_participles: frozenset[str]
    describing_participles: frozenset[str]
    outcome_over_participle: frozenset[str]
    injury_nouns: frozenset[str]
    injury_verbs: frozenset[str]
    injury_reach: int
    injury_negations: frozenset[str]
    injury_category: str
    loss_categories: frozenset[str]
    loss_category: str
    holding_verbs: frozenset[str]
    hosted_categories: frozenset[str]
    mixed_category: str
    passive_words: frozenset[str]
    single_openers: frozenset[str]
    of_cues: dict[str, str]
    for_cues: dict[str, str]
    group_verbs: frozenset[str]
    group_openers: frozenset[str]
    group_determiners: frozenset[str]
    groups: dict[str, str]
    sources: frozenset[str]
    speech: frozenset[str]
    holder_kinds: frozenset[str]
    maker_participles: frozenset[str]
    location_prepositions: frozenset[str]
    location_kinds: frozenset[str]
    destination_categories: frozenset[str]
    destination_prepositions: frozenset[str]
    place_followers: frozenset[str]
    agent_participles: frozenset[str]
    credit_nouns: frozenset[str]
    money_in_nouns: frozenset[str]
    predicate_copulas: frozenset[str]
    predicate_closers: frozenset[str]
    whole_words: frozenset[str]
    whole_cases: frozenset[str]  # "all from the Iraqi army"
    aside_openers: frozenset[str]  # words opening an aside on counted people the clause goes on after
    victim_categories: frozenset[str]
    victim_cases: frozenset[str]
    target_verbs: frozenset[str]
    target_cases: frozenset[str]
    target_reach: int
    side_cases: frozenset[str]
    side_nouns: frozenset[str]
    side_places: frozenset[str]  # "on the Ukrainian side of the border": a place
    loss_verb_words: frozenset[str]  # "were wounded" before "on the Ukrainian side"
    money_in_categories: frozenset[str]
    event_nouns: frozenset[str]
    country_events: frozenset[str]
    place_nouns: frozenset[str]
    event_categories: frozenset[str]
    shared_place_categories: frozenset[str]
    listed_categories: frozenset[str]
    listed_phrase: int
    listed_openers: frozenset[str]
    restated_categories: frozenset[str]
    restating_marks: frozenset[str]
    restated_phrase: int
    counted_party_attributes: tuple[str, ...]
    own_party_kinds: frozenset[str]
    subject_place_cues: frozenset[str]
    kept_with_categories: frozenset[str]
    owned_figure_modifiers: frozenset[str]  # "its last 1,500 soldiers": words between a possessive and the figure
    place_modifiers: frozenset[str]
    origin_categories: frozenset[str]
    report_verbs: frozenset[str]
    measured_categories: frozenset[str]
    measured_prepositions: frozenset[str]
    target_words: frozenset[str]
    striking_verbs: frozenset[str]  # a place straight after one is where the clause happened ("struck Kyiv")
    sufferer_verbs: frozenset[str]
    time_roles: frozenset[str]
    clause_breaks: frozenset[str]
    clause: ClauseWords
    antecedents: AntecedentWords

    @property
    def phrase_firsts(self) -> frozenset[str]:
        """The first word of every multi-word entry (qualifiers, vague amounts, percent words)."""
        return frozenset(_phrase_lengths(self))

    @property
    def phrase_lengths(self) -> dict[str, tuple[int, ...]]:
        """For each first word of a multi-word entry, the lengths of the entries it starts, longest first."""
        return _phrase_lengths(self)

    @property
    def phrase_pairs(self) -> frozenset[tuple[str, str]]:
        """The first two words of every entry of two words or more: a cheap test before building a longer key."""
        return _phrase_pairs(self)


@cache
def _phrase_pairs(lex: Lexicon) -> frozenset[tuple[str, str]]:
    keys = (*lex.qualifiers, *lex.trailing, *lex.vague, *lex.percent)
    return frozenset((key[0], key[1]) for key in keys if len(key) >= 2)


@cache
def _phrase_lengths(lex: Lexicon) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in (*lex.qualifiers, *lex.trailing, *lex.vague, *lex.percent):
        lengths.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


def _qualifiers(table: dict[str, Any]) -> dict[tuple[str, ...], Qualifier]:
    return {_words(k): Qualifier(bound=v["bound"], approximate=bool(v["approximate"])) for k, v in table.items()}


def _categories() -> dict[str, str]:
    text = data_path("quantity_units.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))))
    found: dict[str, str] = {}
    for row in rows:
        category = row["category"].strip()
        if category not in QUANTITY_CATEGORIES:
            raise LexiconError(f"quantity_units.csv: {row['lemma']!r} has unknown category {category!r}")
        found[row["lemma"].strip().lower()] = category
    return found


def _lower_set(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


@cache
def lexicon() -> Lexicon:
    """All word lists, parsed once per process."""
    data = load_toml("quantities.toml")
    guards, nouns, context, verb_gap = data["guards"], data["nouns"], data["context"], data["verb_gap"]
    vague = {_words(k): (float(v["low"]), float(v["high"]) or None) for k, v in data["vague"].items()}
    return Lexicon(
        numbers={k: float(v) for k, v in data["numbers"].items()},
        scales={k: float(v) for k, v in data["scales"].items()},
        suffix_scales={k: float(v) for k, v in data["suffix_scales"].items()},
        currencies=dict(data["currencies"]),
        percent=tuple(_words(w) for w in data["percent"]["words"]),
        qualifiers=_qualifiers(data["qualifiers"]),
        qualifiers_first=frozenset(k.split()[0].lower() for k in data["qualifiers"]),
        trailing=_qualifiers(data["trailing_qualifiers"]),
        vague=vague,
        range_words=_lower_set(data["connectors"]["range"]),
        between=_lower_set(data["connectors"]["between"]),
        between_and=_lower_set(data["connectors"]["between_and"]),
        tallies=_lower_set(data["connectors"]["tallies"]),
        two_figures=_lower_set(data["connectors"]["two_figures"]),
        ellipsis_cues=_lower_set(data["connectors"]["ellipsis_cues"]),
        ellipsis_after=_lower_set(data["connectors"]["ellipsis_after"]),
        ellipsis_joiners=_lower_set(data["connectors"]["ellipsis_joiners"]),
        absolute_joiners=_lower_set(data["connectors"]["absolute_joiners"]),
        ellipsis_clause_after=_lower_set(data["connectors"]["ellipsis_clause_after"]),
        ellipsis_categories=_lower_set(data["connectors"]["ellipsis_categories"]),
        designators=_lower_set(guards["designators"]),
        of_designators=_lower_set(guards["of_designators"]),
        bare_designators=_lower_set(guards["bare_designators"]),
        recipient_verbs=_lower_set(guards["recipient_verbs"]),
        designator_verb_cues=_lower_set(guards["designator_verb_cues"]),
        ranks=_lower_set(guards["ranks"]),
        superlatives=_lower_set(guards["superlatives"]),
        generic=_lower_set(guards["generic"]),
        age_subjects=_lower_set(guards["age_subjects"]),
        age_verbs=_lower_set(guards["age_verbs"]),
        age_adjectives=_lower_set(guards["age_adjectives"]),
        age_bounds=_lower_set(guards["age_bounds"]),
        age_holders=_lower_set(guards["age_holders"]),
        clock=_lower_set(guards["clock"]),
        time_units=_lower_set(guards["time_units"]),
        months=_lower_set(guards["months"]),
        weekdays=_lower_set(guards["weekdays"]),
        year_cues=_lower_set(guards["year_cues"]),
        skip_sections=_lower_set(guards["skip_sections"]),
        anaphoric=_lower_set(guards["anaphoric"]),
        one_pronouns=_lower_set(guards["one_pronouns"]),
        stop=_lower_set(nouns["stop"]),
        joiners=_lower_set(nouns["joiners"]),
        after_of=_lower_set(nouns["after_of"]),
        partitive_pronouns=_lower_set(nouns["partitive_pronouns"]),
        part_links=_lower_set(nouns["part_links"]),
        member_links=_lower_set(nouns["member_links"]),
        part_pronouns=_lower_set(nouns["part_pronouns"]),
        inclusion=_lower_set(nouns["inclusion"]),
        others=_lower_set(nouns["others"]),
        numbering=_lower_set(nouns["numbering"]),
        people_categories=_lower_set(data["clause"]["people_categories"]),
        partitive_least=float(nouns["partitive_least"]),
        verb_openers=_lower_set(nouns["verb_openers"]),
        invariant=_lower_set(nouns["invariant"]) | _lower_set(nouns["invariant_demonyms"] + nouns["invariant_groups"]),
        invariant_demonyms=_lower_set(nouns["invariant_demonyms"] + nouns["invariant_groups"]),
        collective=_lower_set(nouns["collective"]),
        measure_heads=_lower_set(nouns["measure_heads"]),
        street_words=_lower_set(guards["street_words"]),
        compass=_lower_set(guards["compass"]),
        categories=_categories(),
        lemmas={k.lower(): v for k, v in load_toml("noun_lemmas.toml")["lemmas"].items()},
        verbs={k.lower(): v for k, v in data["verbs"].items()},
        verb_gap=_lower_set(verb_gap["words"]),
        outcome_words=_lower_set(verb_gap["outcome_words"]),
        states={_state(k): v for k, v in data["states"].items()},
        particle_verbs={_pair(k): v for k, v in data["particle_verbs"].items()},
        relatives=_lower_set(verb_gap["relatives"]),
        relative_heads=_lower_set(verb_gap["relative_heads"]),
        state_determiners=_lower_set(verb_gap["state_determiners"]),
        state_participle_cases=_lower_set(verb_gap["state_participle_cases"]),
        custody_complements=_lower_set(verb_gap["custody_complements"]),
        custody_category=str(verb_gap["custody_category"]),
        deed_categories=_lower_set(verb_gap["deed_categories"]),
        intransitive_verbs=_lower_set(verb_gap["intransitive_verbs"]),
        before_figure=_lower_set(verb_gap["before"]) | _lower_set(verb_gap["tally_words"]),
        tallies_before=_lower_set(verb_gap["tallies"]),
        tally_cases=_lower_set(verb_gap["tally_cases"]),
        overridable=_lower_set(verb_gap["overridable"]),
        people=_lower_set(verb_gap["people"]),
        coordinators=_lower_set(verb_gap["coordinators"]),
        subject_openers=_lower_set(verb_gap["subject_openers"]),
        noun_verbs=_lower_set(verb_gap["noun_verbs"]),
        open_outcomes=_lower_set(verb_gap["open_outcomes"]),
        mixed_outcomes=_lower_set(verb_gap["mixed_outcomes"]),
        loss_verbs=_lower_set(verb_gap["loss_verbs"]),
        phrase_cases=_lower_set(verb_gap["phrase_cases"]),
        phrase_participles=_lower_set(verb_gap["phrase_participles"]),
        describing_participles=_lower_set(verb_gap["describing_participles"]),
        outcome_over_participle=_lower_set(verb_gap["outcome_over_participle"]),
        injury_nouns=_lower_set(verb_gap["injury_nouns"]),
        injury_verbs=_lower_set(verb_gap["injury_verbs"]),
        injury_reach=int(verb_gap["injury_reach"]),
        injury_negations=_lower_set(verb_gap["injury_negations"]),
        injury_category=str(verb_gap["injury_category"]),
        loss_categories=_lower_set(verb_gap["loss_categories"]),
        loss_category=str(verb_gap["loss_category"]),
        holding_verbs=_lower_set(verb_gap["holding_verbs"]),
        hosted_categories=_lower_set(verb_gap["hosted_categories"]),
        mixed_category=str(verb_gap["mixed_category"]),
        passive_words=_lower_set(verb_gap["passive_words"]),
        single_openers=_lower_set(verb_gap["single_openers"]),
        of_cues={k.lower(): v for k, v in data["of_cues"].items()},
        for_cues={k.lower(): v for k, v in data["for_cues"].items()},
        group_verbs=_lower_set(data["groups"]["verbs"]),
        group_openers=_lower_set(data["groups"]["openers"]),
        group_determiners=_lower_set(data["groups"]["determiners"]),
        groups={k.lower(): v for k, v in data["groups"].items() if isinstance(v, str)},
        sources=_lower_set(data["attribution"]["sources"]),
        speech=_lower_set(data["attribution"]["speech"]),
        holder_kinds=_lower_set(context["holder_kinds"]),
        maker_participles=_lower_set(context["maker_participles"]),
        location_prepositions=_lower_set(context["location_prepositions"]),
        location_kinds=_lower_set(context["location_kinds"]),
        destination_categories=_lower_set(context["destination_categories"]),
        destination_prepositions=_lower_set(context["destination_prepositions"]),
        place_followers=_lower_set(context["place_followers"]),
        agent_participles=_lower_set(context["agent_participles"]),
        credit_nouns=_lower_set(context["credit_nouns"]),
        money_in_nouns=_lower_set(context["money_in_nouns"]),
        predicate_copulas=_lower_set(context["predicate_copulas"]),
        predicate_closers=_lower_set(context["predicate_closers"]),
        whole_words=_lower_set(context["whole_words"]),
        whole_cases=_lower_set(context["whole_cases"]),
        aside_openers=_lower_set(context["aside_openers"]),
        victim_categories=_lower_set(context["victim_categories"]),
        victim_cases=_lower_set(context["victim_cases"]),
        target_verbs=_lower_set(context["target_verbs"]),
        target_cases=_lower_set(context["target_cases"]),
        target_reach=int(context["target_reach"]),
        side_cases=_lower_set(context["side_cases"]),
        loss_verb_words=_lower_set(context["loss_verb_words"]),
        side_places=_lower_set(context["side_places"]),
        side_nouns=_lower_set(context["side_nouns"]),
        money_in_categories=_lower_set(context["money_in_categories"]),
        event_nouns=_lower_set(context["event_nouns"]),
        country_events=_lower_set(context["country_events"]),
        place_nouns=_lower_set(context["place_nouns"]),
        event_categories=_lower_set(context["event_categories"]),
        shared_place_categories=_lower_set(context["shared_place_categories"]),
        listed_categories=_lower_set(context["listed_categories"]),
        listed_phrase=int(context["listed_phrase"]),
        listed_openers=_lower_set(context["listed_openers"]),
        restated_categories=_lower_set(context["restated_categories"]),
        restating_marks=_lower_set(context["restating_marks"]),
        restated_phrase=int(context["restated_phrase"]),
        counted_party_attributes=tuple(context["counted_party_attributes"]),
        own_party_kinds=_lower_set(context["own_party_kinds"]),
        subject_place_cues=_lower_set(context["subject_place_cues"]),
        kept_with_categories=_lower_set(context["kept_with_categories"]),
        owned_figure_modifiers=_lower_set(context["owned_figure_modifiers"]),
        place_modifiers=_lower_set(context["place_modifiers"]),
        origin_categories=_lower_set(context["origin_categories"]),
        report_verbs=_lower_set(context["report_verbs"]) | _lower_set(data["attribution"]["speech"]),
        measured_categories=_lower_set(context["measured_categories"]),
        measured_prepositions=_lower_set(context["measured_prepositions"]),
        target_words=_lower_set(context["target_words"]),
        striking_verbs=_lower_set(context["striking_verbs"]),
        sufferer_verbs=_lower_set(context["sufferer_verbs"]),
        time_roles=_lower_set(context["time_roles"]),
        clause_breaks=_lower_set(context["clause_breaks"]),
        clause=_clause_words(data),
        antecedents=_antecedent_words(data),
    )


def _antecedent_words(data: dict[str, Any]) -> AntecedentWords:
    table = data["antecedents"]
    return AntecedentWords(
        reach=int(table["reach"]),
        pronouns={k.lower(): _lower_set(v) for k, v in table["pronouns"].items()},
        plural_pronouns=_lower_set(table["plural_pronouns"]),
        descriptions={k.lower(): _lower_set(v) for k, v in table["descriptions"].items()},
        named_descriptions=_lower_set(table["named_descriptions"]),
        nonstate_descriptions=_lower_set(table["nonstate_descriptions"]),
        armed_categories=_lower_set(table["armed_categories"]),
        named_by={k.lower(): tuple(w.lower() for w in v) for k, v in table["named_by"].items()},
        not_parties=_lower_set(table["not_party_categories"]),
        people=_lower_set(data["clause"]["people_categories"]),
        plural_people=_lower_set(table["plural_people"]),
        owned_people=_lower_set(table["owned_people"]),
        openers=_lower_set(table["openers"]),
        titles=_lower_set(table["titles"]),
        clause_verbs=_lower_set(table["clause_verbs"]),
        said_kinds=_lower_set(table["said_kinds"]),
        prepositions=_lower_set(table["prepositions"]),
        singular_kinds=_lower_set(table["singular_kinds"]),
        quote_pronouns=_lower_set(table["quote_pronouns"]),
        quote_kinds=_lower_set(table["quote_kinds"]),
        doer_categories=_lower_set(table["doer_categories"]),
        personal_possessives=_lower_set(table["personal_possessives"]),
        homelands=_lower_set(table["homelands"]),
        speakers=_lower_set(table["speakers"]),
        speaker_cases=_lower_set(table["speaker_cases"]),
    )


def _clause_words(data: dict[str, Any]) -> ClauseWords:
    clause, context = data["clause"], data["context"]
    return ClauseWords(
        agent_categories=_lower_set(clause["agent_categories"]),
        keeper_categories=_lower_set(clause["keeper_categories"]),
        keeping_verbs=_lower_set(clause["keeping_verbs"]),
        host_categories=_lower_set(clause["host_categories"]),
        maker_categories=_lower_set(clause["maker_categories"]),
        making_verbs=_lower_set(clause["making_verbs"]),
        claim_categories=_lower_set(clause["claim_categories"]),
        transfer_categories=_lower_set(clause["transfer_categories"]),
        transfer_verbs=_lower_set(clause["transfer_verbs"]),
        transfer_nouns=_lower_set(clause["transfer_nouns"]),
        instrument_categories=_lower_set(clause["instrument_categories"]),
        instrument_cases=_lower_set(clause["instrument_cases"]),
        attack_cases=_lower_set(clause["attack_cases"]),
        befalling_verbs=_lower_set(clause["befalling_verbs"]),
        instrument_participles=_lower_set(clause["instrument_participles"]),
        launching_verbs=_lower_set(clause["launching_verbs"]),
        claim_nouns=_lower_set(clause["claim_nouns"]),
        claiming_verbs=_lower_set(clause["claiming_verbs"]),
        hosting_verbs=_lower_set(clause["hosting_verbs"]),
        sufferer_categories=_lower_set(clause["sufferer_categories"]),
        sufferer_verbs=_lower_set(context["sufferer_verbs"]),
        foreign_object_verbs=_lower_set(clause["foreign_object_verbs"]),
        receiving_verbs=_lower_set(clause["receiving_verbs"]),
        payer_object_verbs=_lower_set(clause["payer_object_verbs"]),
        measure_cases=_lower_set(clause["measure_cases"]),
        change_verbs=_lower_set(clause["change_verbs"]),
        changed_categories=_lower_set(clause["changed_categories"]),
        time_subjects=_lower_set(clause["time_subjects"]),
        custody_categories=_lower_set(clause["custody_categories"]),
        custody_verbs=_lower_set(clause["custody_verbs"]),
        custody_nouns=_lower_set(clause["custody_nouns"]),
        personal=_lower_set(clause["personal_kinds"]),
        leading_participles=_lower_set(clause["leading_participles"]),
        party_cases=_lower_set(clause["party_cases"]),
        allegiance_words=_lower_set(clause["allegiance_words"]),
        allegiance_cases=_lower_set(clause["allegiance_cases"]),
        origin_cases=_lower_set(clause["origin_cases"]),
        leaving_verbs=_lower_set(clause["leaving_verbs"]),
        service_cases=_lower_set(clause["service_cases"]),
        force_cases=_lower_set(clause["force_cases"]),
        force_kinds=_lower_set(clause["force_kinds"]),
        people=_lower_set(clause["people_categories"]),
        group_nouns=_lower_set(clause["group_nouns"]) | _lower_set(data["nouns"]["collective"]),
        body_nouns=_lower_set(clause["body_nouns"]),
        member_nouns=_lower_set(clause["member_nouns"]),
        member_cases=_lower_set(clause["member_cases"]),
        holder_kinds=_lower_set(context["holder_kinds"]),
        phrasal_verbs=frozenset(_pair(p) for p in clause["phrasal_verbs"]),
        buying_verbs=_lower_set(clause["buying_verbs"]),
        intention_nouns=_lower_set(clause["intention_nouns"]),
        readiness_adjectives=_lower_set(clause["readiness_adjectives"]),
        intending_verbs=_lower_set(clause["intending_verbs"]),
        agent_participles=_lower_set(context["agent_participles"]),
        payer_origins=_lower_set(clause["payer_origin_categories"]),
        money_categories=_lower_set(clause["money_categories"]),
        part_nouns=_lower_set(clause["part_nouns"]),
        part_cases=_lower_set(clause["part_cases"]),
        sum_making_verbs=_lower_set(clause["sum_making_verbs"]),
        deed_units=_lower_set(clause["deed_units"]),
        act_nouns=_lower_set(clause["act_nouns"]),
        act_categories=_lower_set(clause["act_categories"]),
        ordering_verbs=_lower_set(clause["ordering_verbs"]),
    )


def _state(phrase: str) -> tuple[str, str]:
    """A preposition and the noun of a state, past an article between them: "among the dead" -> ("among", "dead")."""
    first, *rest = phrase.lower().split()
    return first, rest[-1]


def _pair(phrase: str) -> tuple[str, str]:
    """A verb and its particle, "taken in" -> ("taken", "in")."""
    verb, particle = phrase.lower().split()
    return verb, particle
