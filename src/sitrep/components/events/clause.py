"""Who did what to whom in one parsed clause (Universal Dependencies relations from `sitrep.syntax`).

A trigger's predicate is its syntactic head. For a verb: the agent is its subject (the by-phrase when passive),
the patient its object (the subject when passive); a verb with no subject of its own takes it from the verb it
depends on — control ("X vowed to strike Y"; "urged Y to withdraw" gives Y), coordination ("X met Y and signed"),
relative clauses ("militias, who attacked …"; "Soleimani, who was killed by …" makes Soleimani the patient) and
participles ("civilians killed in …"). For an event noun: a possessor or a by-phrase is the agent ("Iran's
attack", "attacks by militias"), "on"/"against" phrases the patient; a light verb lends its subject ("militias
carried out attacks"). The clause's extent (the evidence) is the predicate's subtree without the clauses that
hang from it, widened to a subject taken from elsewhere."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from sitrep.components.events.lexicon import lexicon
from sitrep.data_files import function_words, load_toml
from sitrep.syntax import infinitive

_CLAUSE_DEPS = frozenset({
    "ccomp", "parataxis", "advcl", "advcl:relcl", "csubj", "list", "discourse", "vocative", "appos", "acl:relcl", "dep",
})  # fmt: skip
_WIDEN = 8  # a subject taken from another clause joins the evidence only when it stands this close
_PAST = frozenset({"VBN", "VBD"})
_FINITE_OR_PAST = frozenset({"VBN", "VBD", "VBZ", "VBP"})
# Penn tags of the words of a plain noun phrase ("a senior al-Shabaab commander", "U.S. airstrikes").
_NOUN_PHRASE_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "CD", "PRP$"})
_PHRASE_OPENERS = frozenset({",", "that", "and", "but", "while", "as"})
_EXPLETIVES = frozenset({"it", "this", "that", "there"})  # "it was a shot in the heart": no one did it
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass"})
_EDGE_DEPS = frozenset({"punct", "cc", "mark", "cc:preconj"})
_ARTICLES = frozenset({"a", "an", "the"})
# Inflectional endings and what replaces them to give candidate lemmas (doubled consonants: "stopped" -> stop).
_ENDINGS = (
    ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ing", ""),
    ("ing", "e"), ("men", "man"), ("pped", "p"), ("tted", "t"), ("lled", "l"), ("nned", "n"), ("gged", "g"),
    ("bbed", "b"), ("pping", "p"), ("tting", "t"), ("lling", "l"), ("nning", "n"), ("gging", "g"),
)  # fmt: skip
_BE = function_words("passive_auxiliaries")
_PERSONAL = function_words("personal_subject_pronouns")  # subject pronouns a reporter may stand behind
_RELATIVE = function_words("relative_pronouns")
_RELATIVE_ADVERBS = function_words("relative_adverbs")
_THIRD_PERSON = function_words("third_person_subject_pronouns")
_SINGULAR = function_words("singular_subject_pronouns")
SUBORDINATORS = function_words("subordinators")  # "after", "as": they open a clause of time or cause
_PREPOSITIONS = function_words("place_prepositions")  # never open a clause ("in", "from", "near")
_HAVE = frozenset({"has", "have", "had", "having", "'ve"})  # never a passive's auxiliary
_ACCUSED_DEPS = frozenset({"obj", "iobj", "nsubj:pass"})  # the one a verb of accusing charges
_CHARGE_CASES = frozenset({"of", "for", "including"})  # "accused of attacking", "charges including attacking"
_NOMINAL_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl", "nmod", "iobj"})  # relations only a noun holds
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod:poss", "flat", "nmod:desc"})


@dataclass(frozen=True, slots=True)
class Grammar:
    """The word lists of `data/event_syntax.toml` that clause reading uses."""

    subject: frozenset[str]
    passive_subject: frozenset[str]
    object: frozenset[str]
    agent: frozenset[str]
    target_case: frozenset[str]
    verb_target_case: frozenset[str]  # "fired at the convoy"; not "an airstrike at the airport"
    of_target_case: frozenset[str]  # "the sale of jets to Taiwan": Taiwan, hung on "jets"
    agent_case: frozenset[str]
    source_case: frozenset[str]
    source_types: frozenset[str]
    left_case: frozenset[str]  # "withdraw its troops from Niger": the place left, hung on the troops
    left_types: frozenset[str]
    label_marks: frozenset[str]  # "Sudan: RSF kills 40": what comes before labels the clause
    periods: frozenset[str]  # "held last month have been freed": a time the parse made a subject
    means: frozenset[str]
    of_doer_nouns: frozenset[str]
    between_case: frozenset[str]
    place_case: frozenset[str]
    target_case_by_type: dict[str, frozenset[str]]
    means_after_object: dict[str, frozenset[str]]  # "backed the rebels with troops": the troops are the means
    stative_participles: frozenset[str]
    backing_participles: frozenset[str]  # "rebels backed by Rwanda seized ...": who they are, no event
    clause_marks: frozenset[str]  # "after the cleric told them": "after" opens a clause, the cleric tells
    place_heads: frozenset[str]  # "clashes in the Libyan capital killed 12": a place, no doer
    double_object: frozenset[str]
    judging: frozenset[str]
    light_verbs: frozenset[str]
    background_case: frozenset[str]
    state_participles: frozenset[str]  # "hostages held in Gaza": a state, no act
    time_adjuncts: frozenset[str]  # "after a gun battle between X and Y": when, a happening of its own
    speech_verbs: frozenset[str]  # "killed three fighters, sources said", the fighters read as the speakers
    topic_heads: frozenset[str]  # "talks on a ceasefire": the ceasefire is a topic
    topic_case: frozenset[str]
    object_control: frozenset[str]
    envoys: frozenset[str]  # "summoned Iran's envoy to protest": no act of Iran's
    commanding: frozenset[str]  # "ordered the men to be freed": who orders, frees
    own_gerund: frozenset[str]  # "admitted downing the jet": who admits, downed it
    negation: frozenset[str]
    casualty_verbs: frozenset[str]
    casualty_case: frozenset[str]
    hurting_types: frozenset[str]
    happening_verbs: frozenset[str]  # "clashes erupted between A and B": the verb's phrases are the noun's
    patient_nouns: frozenset[str]  # "X was the target of ...": the subject of such a noun is acted on
    undergone: frozenset[str]  # "his arrest", "their release": the possessor of such a noun is acted on
    planned_acts: frozenset[str]  # "a Russian plot to kill him": the plot's owner would kill
    instruments: frozenset[str]  # weapons: "missiles targeting US troops" were fired by someone
    asked_acts: frozenset[str]  # "called for the withdrawal of US troops": the US is asked
    asking_types: frozenset[str]
    ordinal_words: frozenset[str]  # "the first nation to impose sanctions": the subject it is said of did it
    firing_verbs: frozenset[str]  # "fired the shot that killed him": the one who fired killed
    topic_verbs: frozenset[str]  # "discussed the crisis with Blair": the object is the topic
    part_idioms: frozenset[str]  # "the attacks he took part in": an object that leaves the noun what was done
    result_verbs: frozenset[str]  # "the blast left 12 dead": what an event noun as their subject did
    generic_heads: frozenset[str]  # "a shooting incident": the head names the happening the event noun tells
    time_subjects: frozenset[str]  # "the court Thursday refused": a day read as the subject
    accusing: frozenset[str]  # "accused Iran of attacking": the one accused is who did it
    gerund_marks: frozenset[str]  # "for attacking soldiers": a charge or a reason, not a participle on a noun
    warned_against: frozenset[str]  # "warned NATO against deploying": the one warned would do it
    framed_apart: frozenset[str]  # "defended it despite a ruling": a happening told beside the framing event
    about_case: frozenset[str]  # "launched an investigation into the attack": the attack is what it is about
    naming: frozenset[str]  # "called the death a killing": what the second object names is not the subject's act
    undergoing_light: frozenset[str]  # "took her assault seriously": light verbs that do no hurting event noun
    standing_light: dict[str, frozenset[str]]  # "to keep the truce": light verbs, by type, that make no new event
    passive_phrases: frozenset[str]  # "stabbed to death": after a bare participle, it is passive
    passive_with: frozenset[str]  # "threatened with": verbs that take "with" right after them only in the passive
    wrongs_of_owned: frozenset[str]  # "a violation of Iraqi sovereignty": its "of" names what was wronged
    reason_case: frozenset[str]  # "arrested three men over a plot to attack": the plot is the men's
    by_particle_verbs: frozenset[str]  # "stood by", "abide by": "by" after them is no agent's
    by_means: frozenset[str]  # "attacked by night", "fled by boat": "by" before these names no agent
    charging_types: frozenset[str]  # "accused of attacks on soldiers": the soldiers are in the charge
    moved_units: frozenset[str]  # "forces backed by AU troops": troops that take part back them in deed
    denying_verbs: frozenset[str]  # "denied accusations that ...": who denies is accused, no accuser
    responding: frozenset[str]  # "responded with air strikes": the verb's subject does what its "with" names
    answering: frozenset[str]  # "an operative responsible for attacks": the operative did them
    doer_subject_verbs: frozenset[str]  # "EU governments agreed": never a passive without an auxiliary
    with_sides: frozenset[str]  # "clashed with protesters": the other side
    traded: frozenset[str]  # "exchanged fire with the attackers": what two sides trade
    from_agent_nouns: frozenset[str]  # "a request from the US": who sent it
    shared_object_acts: frozenset[str]  # "said a gunman shot and killed a doctor": "shot" shares the object

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Grammar:
        args, nominal = data["arguments"], data["nominal"]
        return cls(
            subject=frozenset(args["subject"]),
            passive_subject=frozenset(args["passive_subject"]),
            object=frozenset(args["object"]),
            agent=frozenset(args["agent"]),
            target_case=frozenset(args["target_case"]),
            verb_target_case=frozenset(args["verb_target_case"]),
            of_target_case=frozenset(args["of_target_case"]),
            agent_case=frozenset(args["agent_case"]),
            source_case=frozenset(args["source_case"]),
            source_types=frozenset(args["source_types"]),
            left_case=frozenset(args["left_case"]),
            left_types=frozenset(args["left_types"]),
            label_marks=frozenset(args["label_marks"]),
            periods=frozenset(args["periods"]),
            means=frozenset(args["means"]),
            of_doer_nouns=frozenset(args["of_doer_nouns"]),
            between_case=frozenset(args["between_case"]),
            place_case=frozenset(args["place_case"]),
            target_case_by_type={k: frozenset(v) for k, v in args["target_case_by_type"].items()},
            means_after_object={k: frozenset(v) for k, v in args["means_after_object"].items()},
            stative_participles=frozenset(args["stative_participles"]),
            backing_participles=frozenset(args["backing_participles"]),
            clause_marks=frozenset(args["clause_marks"]),
            place_heads=frozenset(args["place_heads"]),
            double_object=frozenset(args["double_object"]),
            judging=frozenset(args["judging"]),
            light_verbs=frozenset(nominal["light_verbs"]),
            background_case=frozenset(nominal["background_case"]),
            state_participles=frozenset(nominal["state_participles"]),
            time_adjuncts=frozenset(nominal["time_adjuncts"]),
            speech_verbs=frozenset(data["modality"]["speech_verbs"]),
            topic_heads=frozenset(nominal["topic_heads"]),
            topic_case=frozenset(nominal["topic_case"]),
            object_control=frozenset(data["control"]["object_control"]),
            envoys=frozenset(data["senses"]["envoys"]),
            commanding=frozenset(data["control"]["commanding"]),
            own_gerund=frozenset(data["control"]["own_gerund"]),
            negation=frozenset(data["modality"]["negation"]),
            casualty_verbs=frozenset(nominal["casualty_verbs"]),
            casualty_case=frozenset(nominal["casualty_case"]),
            hurting_types=frozenset(nominal["hurting_types"]),
            happening_verbs=frozenset(nominal["happening_verbs"]),
            patient_nouns=frozenset(nominal["patient_nouns"]),
            undergone=frozenset(nominal["undergone"]),
            instruments=frozenset(data["senses"]["instruments"]),
            planned_acts=frozenset(data["senses"]["planned_acts"]),
            asked_acts=frozenset(nominal["asked_acts"]),
            asking_types=frozenset(nominal["asking_types"]),
            ordinal_words=frozenset(data["modality"]["ordinal_words"]),
            firing_verbs=frozenset(data["senses"]["firing_verbs"]),
            topic_verbs=frozenset(args["topic_verbs"]),
            part_idioms=frozenset(args["part_idioms"]),
            result_verbs=frozenset(nominal["result_verbs"]),
            generic_heads=frozenset(nominal["generic_heads"]),
            time_subjects=frozenset(args["time_subjects"]),
            accusing=frozenset(data["modality"]["accusing_verbs"]),
            gerund_marks=frozenset(args["gerund_marks"]),
            warned_against=frozenset(args["warned_against"]),
            framed_apart=frozenset(args["framed_apart"]),
            about_case=frozenset(nominal["about_case"]),
            naming=frozenset(data["modality"]["naming_verbs"]),
            undergoing_light=frozenset(nominal["undergoing_light_verbs"]),
            standing_light={k: frozenset(v) for k, v in nominal["standing_light_verbs"].items()},
            passive_phrases=frozenset(args["passive_phrases"]),
            passive_with=frozenset(args["passive_with"]),
            wrongs_of_owned=frozenset(args["wrongs_of_owned"]),
            reason_case=frozenset(args["reason_case"]),
            by_particle_verbs=frozenset(args["by_particle_verbs"]),
            by_means=frozenset(args["by_means"]),
            charging_types=frozenset(args["charging_types"]),
            denying_verbs=frozenset(args["denying_verbs"]),
            moved_units=frozenset(data["senses"]["moved_units"]),
            responding=frozenset(args["responding"]),
            answering=frozenset(args["answering"]),
            doer_subject_verbs=frozenset(args["doer_subject_verbs"]),
            shared_object_acts=frozenset(args["shared_object_acts"]),
            with_sides=frozenset(args["with_sides"]),
            traded=frozenset(args["traded"]),
            from_agent_nouns=frozenset(args["from_agent_nouns"]) | frozenset(data["senses"]["offers"]),
        )


@dataclass(slots=True)
class Frame:
    """A predicate and its participants, as tokens of one parsed sentence."""

    predicate: Token
    verbal: bool
    passive: bool = False
    agents: list[Token] = field(default_factory=list)
    patients: list[Token] = field(default_factory=list)
    ofs: list[Token] = field(default_factory=list)  # "of" dependents of an event noun ("withdrawal of troops")
    modifiers: list[Token] = field(default_factory=list)  # words before an event noun that may name its agent
    places: list[Token] = field(default_factory=list)
    governor: Token | None = None  # the light verb that holds an event noun
    background: bool = False  # an event noun that only names a happening ("since the invasion", "anti-war")
    cause_of: Token | None = None  # the verb of dying or hurting an event noun happens "in" ("killed in a raid")
    start: int = 0  # the clause's extent, tokens [start, end) of the parsed sentence
    end: int = 0


def _year(token: Token) -> bool:
    """Whether a word is a year written in four digits ("2003")."""
    return len(token.text) == 4 and token.text.isdigit() and 1000 <= int(token.text) <= 2199


def _finite(verb: Token) -> bool:
    """Whether a verb has a finite auxiliary of its own ("are to be released", "will be freed"), so a subject of its
    own, however the parse lost it."""
    return any(c.dep_ in ("aux", "aux:pass") and c.tag_ in ("VBP", "VBZ", "VBD", "MD") for c in verb.children)


def _trailing_report(c: Token, speech_verbs: frozenset[str], subject_deps: frozenset[str]) -> Token | None:
    """The subject of a verb of saying after a comma that the parser joined to the clause it reports as a
    conjunct ("Sudan must leave, Russia said"); not a verb that shares the clause's subject ("he left and said")."""
    if c.dep_ != "conj" or c.i < c.head.i or not lemmas(c) & speech_verbs:
        return None
    if any(w.dep_ in ("ccomp", "obj", "xcomp") or w.lower_ == "and" for w in c.children):
        return None  # "..., and Russia said it would respond": a statement of its own
    subject = next((s for s in c.children if s.dep_ in subject_deps and s.i < c.i), None)
    if subject is None or not any(w.lower_ == "," for w in c.doc[c.head.i : subject.i]):
        return None
    return subject


def lemmas(token: Token) -> frozenset[str]:
    """A word's lemma and the lemmas its inflection suggests ("imposed" -> impose, "carried" -> carry): the
    trained lemmatizer misses some rare words, and word lists are matched against any of them."""
    key = (token.lower, token.lemma)  # string ids: reading the strings themselves decodes them on every call
    found = _LEMMAS_BY_ID.get(key)
    if found is None:
        if len(_LEMMAS_BY_ID) >= _MAX_LEMMAS:
            _LEMMAS_BY_ID.clear()
        found = _LEMMAS_BY_ID[key] = _lemmas(token.lower_, token.lemma_.lower())
    return found


_LEMMAS_BY_ID: dict[tuple[int, int], frozenset[str]] = {}
_MAX_LEMMAS = 1 << 16


@lru_cache(maxsize=1 << 16)
def _lemmas(lower: str, lemma: str) -> frozenset[str]:
    out = {lower}
    if lemma:
        out.add(lemma)
    irregular = _irregular().get(lower)
    if irregular is not None:
        out.add(irregular)
    for ending, base in _ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            out.add(lower[: -len(ending)] + base)
    return frozenset(out)


@cache
def _irregular() -> dict[str, str]:
    """Irregular forms to their base ("struck" -> strike): the lexicon's [forms], the noun lemma list and the
    irregular verbs of event_syntax.toml."""
    found = {form: base for base, forms in lexicon()["forms"].items() for form in forms}
    found.update(load_toml("noun_lemmas.toml")["lemmas"])
    found.update(load_toml("event_syntax.toml")["irregular"])
    return found


def _irregular_past(lower: str) -> bool:
    """Whether a word is the irregular past form of a verb ("shot", "held"; not "shoots", "shooting")."""
    base = _irregular().get(lower)
    return base is not None and base != lower and not lower.endswith(("s", "ing"))


def _of_after(p: Token) -> bool:
    """Whether "of" follows a participle right away ("accused of", "convicted of")."""
    return p.i + 1 < len(p.doc) and p.doc[p.i + 1].lower_ == "of"


def _resultative(p: Token) -> set[str]:
    """The relation of a word that says what a verb left its patient ("shot dead", "named envoy"; or a noun the
    parser hung there, "killed in clashes"): no clause of the verb's own."""
    complements = [c for c in p.children if c.dep_ == "xcomp"]
    return {"xcomp"} if complements and all(c.pos_ in ("ADJ", "NOUN") for c in complements) else set()


def case_of(token: Token) -> str:
    """The preposition of a nominal dependent ("on" for "on the base"), or ""."""
    for child in token.children:
        if child.dep_ in ("case", "mark") and child.i < token.i:
            return child.lower_
    return ""


def _left_places(frame: Frame, cases: frozenset[str]) -> list[Token]:
    """The place a retreat leaves, which the parse hung on what withdraws ("withdraw its troops from Niger", "the
    withdrawal of US troops from Afghanistan")."""
    held = [*frame.patients, *frame.ofs]
    found = [c for h in held for c in h.children if c.dep_ == "nmod" and case_of(c) in cases]
    if not frame.verbal:  # "announced a withdrawal from Kherson"
        found += [c for c in frame.predicate.children if c.dep_ == "nmod" and case_of(c) in cases]
    return [c for c in found if c not in frame.patients]


_LABELLED = frozenset({"appos", "conj", "list", "dep"})  # how a parse hangs a clause's subject on its label


def _after_label(subjects: list[Token], verb: Token, marks: frozenset[str]) -> list[Token]:
    """The subjects after the last label mark before the verb, when one comes after it: the name before a headline's
    colon labels the clause, it does not act ("Sudan: RSF kills 40 in village raid")."""
    labels = [t.i for t in verb.doc[: verb.i] if t.text in marks]
    if not labels:
        return subjects
    after = [c for c in subjects if labels[-1] < c.i < verb.i]
    hung = [  # "Kenya: Al-Shabaab kills 6", the name after the colon parsed as the label's apposition
        k for c in subjects if c.i < labels[-1] for k in c.children if k.dep_ in _LABELLED and labels[-1] < k.i < verb.i
    ]
    return after or hung or subjects


def _before_preposition(subject: Token) -> Token:
    """The noun a subject's parse hung on it across a preposition: in "migrants in Germany accused of ..." parsed
    with "Germany" as the subject, the migrants are."""
    doc, i = subject.doc, subject.i
    if i < 2 or doc[i - 1].tag_ != "IN" or doc[i - 1].dep_ == "case":
        return subject
    before = doc[i - 2]
    return before if before.pos_ in ("NOUN", "PROPN") and before.head.i == i else subject


def _mend_noun_phrase(doc: Doc, tokens: list[int], nominal: bool) -> None:
    """A noun of the lexicon in several words ("drone attack") is one noun phrase headed by its last noun: when the
    parser hung that noun on an earlier word of it ("Houthis claimed drone attack", "drone" read as a verb with
    "attack" its object), the noun takes that word's place in the sentence and the word becomes its compound; a
    clause's relation becomes an object's, since a noun phrase is no clause. So too for an event noun parsed as
    the object of the noun right before it ("claimed drone strike")."""
    noun = head_of(doc, tokens, nominal)
    top = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or top.i == noun.i or top.i > noun.i or noun.dep_ in ("conj", "appos"):
        return  # "rocket and drone attacks": a conjunct hangs on the first
    inner = top.i in tokens
    before = top.i == noun.i - 1 and top.pos_ == "NOUN" and noun.dep_ == "obj"
    if not (inner or before) or (top.head.i in tokens and top.head.i != top.i) or top.dep_ == "conj":
        return
    dep = "obj" if top.dep_ in ("ccomp", "xcomp") else top.dep_
    noun.head = noun if top.head.i == top.i else top.head
    noun.dep_ = dep
    top.head, top.dep_, top.pos_ = noun, "compound", "NOUN"


def _mend_shared_object(verb: Token, acts: frozenset[str]) -> None:
    """Two acts on one person joined by "and" in a reported clause ("police said a gunman shot and killed a doctor")
    that the parse read as two clauses of the verb of saying, the second with no subject of its own: the second is
    joined back to the first, which has a subject but no object, and shares the second's object. `verb` may be
    either act."""
    doc = verb.doc
    for second in (verb, *([doc[verb.i + 2]] if verb.i + 2 < len(doc) else [])):
        before = doc[second.i - 2] if second.i >= 2 else None
        if (
            before is None
            or second.dep_ != "conj"
            or before.head.i != second.head.i
            or before.dep_ != "ccomp"
            or doc[second.i - 1].dep_ != "cc"
        ):
            continue
        sides = [c.dep_ for c in before.children]
        if not (lemmas(before) & acts and lemmas(second) & acts) or "obj" in sides or "nsubj" not in sides:
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in second.children) or not any(c.dep_ == "obj" for c in second.children):
            continue
        second.head = before


def head_of(doc: Doc, tokens: list[int], nominal: bool = False) -> Token:
    """The syntactic head among a trigger's tokens: the one whose head lies outside them (a verb before a noun);
    for a noun phrase of the lexicon ("rocket and drone attacks"), its last noun."""
    if nominal:
        nouns = [doc[i] for i in tokens if doc[i].pos_ in ("NOUN", "PROPN") or doc[i].dep_ in _NOMINAL_DEPS]
        if nouns:
            return nouns[-1]
    inside = set(tokens)
    heads = [doc[i] for i in tokens if doc[i].head.i not in inside or doc[i].head.i == i]
    if not heads:
        return doc[tokens[0]]
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    nouns = [t for t in heads if t.pos_ in ("NOUN", "PROPN")]
    return (verbs or nouns or heads)[0]


class ClauseReader:
    """Reads the frame of a trigger in a parsed sentence."""

    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar

    def frame(
        self, doc: Doc, tokens: list[int], event_type: str, *, nominal: bool = False, headline: bool = False
    ) -> Frame:
        """The frame of the trigger whose words are `tokens` (indices into the parsed sentence `doc`). In a headline
        a bare participle after a noun is passive ("UK urged to act"); in running text it is the main verb the
        parser took for a reduced relative ("The statement called for ...")."""
        _mend_noun_phrase(doc, tokens, nominal)
        predicate = head_of(doc, tokens, nominal)
        _mend_shared_object(predicate, self.g.shared_object_acts)
        self._mend_object_read_as_speaker(predicate)
        tail = self._closing_report_tail(doc)  # (tags and words: the mends from here on change only arcs)
        self._mend_closing_speaker(doc, tail)
        verb = next((doc[i] for i in tokens if doc[i].dep_ == "amod" and doc[i].head.i == predicate.i), None)
        past = verb is not None and (verb.lower_.endswith("ed") or verb.lower_ in _irregular())
        read_as_adjective = verb is not None and (_after_noun(verb) or _after_verb_marker(verb))
        if verb is not None and verb.tag_ in ("VBD", "VBN") and past and read_as_adjective:
            predicate = verb  # "The bloc imposed sanctions", "its forces had struck targets": read as an adjective
        if predicate.dep_ in ("aux", "aux:pass", "mark", "cop") and predicate.head.i != predicate.i:
            predicate = predicate.head  # "Sudan must return": the event is the verb the modal serves
        if predicate.dep_ == "compound" and predicate.pos_ == "NOUN" and lemmas(predicate.head) & self.g.generic_heads:
            predicate = predicate.head  # "a shooting incident at a festival that left 50 dead": the incident's phrases
        targets = self.g.target_case | self.g.target_case_by_type.get(event_type, frozenset())
        if any(c.dep_ == "obj" for c in predicate.children):  # "backed the rebels with troops": "with" is the means
            targets = targets - self.g.means_after_object.get(event_type, frozenset())
        hurts = event_type in self.g.hurting_types
        if nominal and predicate.pos_ == "VERB" and any(doc[i].pos_ in ("ADP", "PART") for i in tokens):
            return Frame(predicate, verbal=True, background=True)  # "deal with the deficit": the noun is not there
        if predicate.dep_ == "amod" and predicate.tag_ in ("VB", "VBP") and predicate.head.pos_ == "PROPN" and (
            predicate.head.i > predicate.i
        ):
            return Frame(predicate, verbal=True, background=True)  # "told host Hugh Hewitt": a title, read as a verb
        if predicate.dep_ in ("amod", "compound") and predicate.tag_ in ("VB", "VBP") and (
            predicate.head.i == predicate.i + 1 and predicate.head.pos_ == "NOUN" and not _after_verb_marker(predicate)
        ):
            return Frame(predicate, verbal=True, background=True)  # "rulers and protest leaders": a noun's modifier
        if nominal and len(tokens) > 1 and predicate.pos_ != "NOUN" and tokens[-1] == predicate.i:
            frame = self._nominal(predicate, targets, hurts)  # "drone strikes": a compound noun of the lexicon
        elif nominal and predicate.pos_ == "VERB" and predicate.dep_ in _NOMINAL_DEPS and predicate.tag_ != "VBG":
            frame = self._nominal(predicate, targets, hurts)  # "conducted a missile launch", tagged as a verb
        elif nominal and _noun_joined_as_verb(predicate):
            frame = self._nominal(predicate, targets, hurts)  # "response to US-South Korea drills", "drills" a verb
        elif (charging := charging_verb(predicate, self.g.accusing)) is not None:
            # "indicted her on counts including attacking soldiers": she attacked them
            accused = _accused(charging)
            frame = Frame(predicate, verbal=True, agents=[accused] if accused else [], patients=[predicate.head])
        elif predicate.tag_ == "VBG" and _gerund_noun(predicate):
            frame = self._nominal(predicate, targets, hurts)  # "the killing of Soleimani": a noun in a verb's form
        elif not nominal and self._backing_relative(predicate):
            frame = Frame(predicate, verbal=True, background=True)  # "rebels backed by Rwanda took Goma": who they are
        elif predicate.tag_ == "VBN" and _describing(predicate) and not _missed_verb(predicate) and not nominal:
            frame = Frame(predicate, verbal=True, background=True)  # "the occupied territories": a state
        elif not nominal and self._kept_state(predicate):
            frame = Frame(predicate, verbal=True, background=True)  # "hostages held in Gaza": a state
        elif (
            predicate.pos_ in ("VERB", "AUX")
            or (predicate.tag_.startswith("VB") and predicate.pos_ != "NOUN")
            or (not nominal and any(c.dep_ in self.g.subject or c.dep_ in self.g.object for c in predicate.children))
            or (not nominal and predicate.dep_ == "amod" and _after_noun(predicate))
            or (not nominal and predicate.i > 0 and doc[predicate.i - 1].lower_ == "to")
        ):
            # also a verb of the lexicon the tagger took for an adjective: "Britain mobilized reservists",
            # "Shelling wounded three medics", "Alliance to deploy troops" (a headline)
            sources = self.g.source_case if event_type in self.g.source_types else frozenset()
            left = self.g.left_case if event_type in self.g.left_types else frozenset()  # "withdrew from Tigray"
            frame = self._verbal(predicate, targets | left, headline, sources)
        else:
            frame = self._nominal(predicate, targets, hurts)
        if hurts and frame.verbal:  # "clashes in the Libyan capital killed 12": the capital killed no one
            frame.agents = [a for a in frame.agents if not (a.pos_ == "NOUN" and lemmas(a) & self.g.place_heads)]
        standing = self.g.standing_light.get(event_type, frozenset())
        if not frame.verbal and frame.governor is not None and lemmas(frame.governor) & standing:
            frame.background = True  # "urged both sides to keep the truce": the truce stands, none is agreed
        if frame.verbal:
            self._unfold(frame, tokens, targets)
            if event_type in self.g.asking_types:
                frame.patients = self._asked(frame.predicate, frame.patients)
            if event_type in self.g.charging_types:
                frame.patients = [p for p in frame.patients if not _in_charge(p)]
        if event_type in self.g.charging_types and not frame.verbal and self._denied(frame.predicate):
            frame.background = True  # "Moscow denied accusations that ...": a charge it answers, told by no one
        if event_type in self.g.left_types and not frame.background:
            frame.patients += _left_places(frame, self.g.left_case)
        if tail:  # "... kills 4, governor says": the governor reports, whatever the parse hung him on
            frame.agents = [a for a in frame.agents if a.i not in tail]
            frame.patients = [p for p in frame.patients if p.i not in tail]
        self._extent(frame, tokens, asking=event_type in self.g.asking_types)
        return frame

    def _closing_report_tail(self, doc: Doc) -> range:
        """The words of a report that closes a sentence after a comma ("..., governor says", "..., police said"):
        a noun phrase and a verb of saying; empty when the sentence closes otherwise."""
        last = next((t for t in reversed(doc) if not t.is_punct), None)
        if last is None or last.tag_ not in ("VBZ", "VBP", "VBD") or not lemmas(last) & self.g.speech_verbs:
            return range(0)
        comma = _last_comma(doc, 0, last.i)
        if comma is None or comma + 1 >= last.i:
            return range(0)
        words = doc[comma + 1 : last.i]
        if not all(t.tag_ in _NOUN_PHRASE_TAGS for t in words) or words[-1].pos_ not in ("NOUN", "PROPN"):
            return range(0)
        return range(comma + 1, last.i + 1)

    def judgement(self, doc: Doc, tokens: list[int]) -> Frame:
        """The frame of a word of judgement said of its subject ("Ministers have been complacent"): the subject is
        the one judged (its agent here; the speaker who judges is found apart)."""
        predicate = head_of(doc, tokens, False)
        subjects = [c for c in predicate.children if c.dep_ in self.g.subject or c.dep_ in self.g.passive_subject]
        frame = Frame(predicate, verbal=True, agents=subjects)
        self._extent(frame, tokens)
        return frame

    def _asked(self, verb: Token, patients: list[Token]) -> list[Token]:
        """Who a demand is made of when it names only the act asked for: the one who would do it ("called for the
        withdrawal of US troops", "demanded the prime minister's resignation")."""
        if not patients:
            acts = [c for c in verb.children if c.dep_ == "obl" and case_of(c) == "for"]
            return [d for act in acts for d in self._doers_of(act)]
        return [d for p in patients for d in (self._doers_of(p) or [p])]

    def _doers_of(self, act: Token) -> list[Token]:
        """The possessor or "of" phrase of an act asked for ("the withdrawal of US troops")."""
        if not lemmas(act) & self.g.asked_acts:
            return []
        return [c for c in act.children if c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and case_of(c) == "of")]

    def _unfold(self, frame: Frame, tokens: list[int], targets: frozenset[str]) -> None:
        """An object that is itself a word of the trigger ("carried out attacks on the bases") is no patient: its
        own dependents are ("the bases"); not those of a wrong done to what someone owns ("a violation of its
        airspace")."""
        own = set(tokens)
        for patient in [p for p in frame.patients if p.i in own and p.i > frame.predicate.i]:
            if lemmas(patient) & self.g.wrongs_of_owned:
                continue  # "called it a violation of Iraqi sovereignty": Iraq is wronged, not the one blamed
            inner = self._nominal(patient, targets)
            if not (inner.patients or inner.ofs or any(self._own_agent(a) for a in inner.agents)):
                continue  # "maintain the 900 troops": the troops themselves are the ones the verb moves
            frame.patients.remove(patient)
            frame.patients += inner.patients
            frame.ofs += inner.ofs
            frame.places += inner.places
            sent = [a for a in inner.agents if case_of(a) == "from"]  # "accepted demands from the rebels": theirs
            if frame.agents:  # "the bloc suspended Mali's membership": Mali undergoes it (not "its membership")
                sent += [a for a in inner.agents if a.dep_ == "nmod:poss" and a.pos_ != "PRON" and a not in sent]
            frame.patients += sent
            frame.agents += [a for a in inner.agents if a not in frame.agents and a not in sent]

    # -- verbs --------------------------------------------------------------------------------------------
    def speaker(self, frame: Frame, speech_verbs: frozenset[str], *, trailing: bool = False) -> Token | None:
        """The subject of the verb of saying that reports the clause ("Russia said that Sudan must ..."); with
        `trailing`, also one after a comma that the parser read as a conjunct ("X was wrong, Y said")."""
        t = frame.predicate
        for _ in range(4):
            for c in t.children:
                if c.dep_ == "parataxis" and lemmas(c) & speech_verbs:
                    return next((s for s in c.children if s.dep_ in self.g.subject), None)
                if trailing and (told := _trailing_report(c, speech_verbs, self.g.subject)) is not None:
                    return told  # "Ministers have been complacent, a committee of MPs has said": read as a conj
            if t.head.i == t.i or t.dep_ not in ("ccomp", "xcomp", "conj", "parataxis"):
                break
            t = t.head
            if lemmas(t) & speech_verbs:
                return next((s for s in t.children if s.dep_ in self.g.subject), None)
        return self._said_that(frame.predicate, speech_verbs)

    def _said_that(self, p: Token, speech_verbs: frozenset[str]) -> Token | None:
        """The subject of a verb of saying that "that" follows before `p`, in its sentence, where the parse did not
        make p's clause its complement ("The administration declared Tuesday that China must drop barriers")."""
        words = p.doc[p.sent.start : p.i]
        that = next((w for w in reversed(words) if w.lower_ == "that"), None)
        if that is None:
            return None
        for w in reversed(p.doc[p.sent.start : that.i]):
            if w.pos_ in ("VERB", "AUX") and lemmas(w) & speech_verbs:
                return next((s for s in w.children if s.dep_ in self.g.subject), None)
            if w.pos_ in ("VERB", "AUX"):
                return None  # another verb stands between: not its report
        return None

    def _verbal(
        self, p: Token, targets: frozenset[str], headline: bool = False, sources: frozenset[str] = frozenset()
    ) -> Frame:
        main_subject = _main_after_set_off(p)
        passive = self._passive(p, headline) and main_subject is None
        frame = Frame(p, verbal=True, passive=passive)
        subjects = [_adjective_subject(_before_preposition(c)) for c in p.children if c.dep_ in self.g.subject]
        if main_subject is not None:
            subjects = [main_subject]  # "X, a shadow administration formed by lawmakers, called on ...": X called
        subjects = _after_label(subjects, p, self.g.label_marks)  # "Sudan: RSF kills 40": RSF kills
        if subjects and all(c.lower_ in self.g.time_subjects for c in subjects):
            # "a federal court Thursday refused ...": the day is no subject, the noun before it is
            subjects = [p.head] if p.dep_ == "acl:relcl" and p.head.pos_ in ("NOUN", "PROPN") else []
        objects = [c for c in p.children if c.dep_ in self.g.object] or _bare_name_after(p, self.g.time_subjects)
        objects = objects or _stray_phrase_after(p, self.g.time_subjects)
        objects = [c for c in objects if not misread_preposition(c, self.g.place_case)]  # "rallied outside parliament"
        if not objects:  # "sentenced to death a man", the man read as the object of "death": a noun takes none
            stray = (g for c in p.children if c.dep_ == "obl" and c.pos_ == "NOUN" for g in c.children)
            objects = [g for g in stray if g.dep_ == "obj"]
        if not objects and p.dep_ == "amod" and p.head.i > p.i and self._verb_on_noun(p):
            objects = [p.head]  # "its forces had struck military infrastructure", the verb read as the noun's modifier
            have = p.head.head
            if not subjects and p.head.dep_ == "obj" and have.lower_ in _HAVE and have.i < p.i:
                # "Washington has previously rejected accusations", "has" read as the verb: its subject's act
                subjects = [c for c in have.children if c.dep_ in self.g.subject]
                passive = frame.passive = False
        named = [c for c in p.children if c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if not objects and headline and (misread := _object_as_complement(p)) is not None:
            objects = [misread]  # "Pakistan says militants attacked checkpoint", the object read as a complement
        if not objects and len(named) > 1:
            objects = named[:1]  # "called President Bush a liar", parsed with two complements: the first is named
            if named[0].pos_ == "NOUN" and named[1].pos_ == "PROPN" and named[1].left_edge.i == named[0].i + 1:
                objects = named[1:2]  # "arrests former PM Imran Khan", the title and the name read apart
        if any(c.dep_ == "cop" for c in p.children):  # a noun read as a verb: "it was a shot", "X was a target"
            subjects, befallen = self._copular(p)
            objects = befallen + objects
        passive_subjects = [_before_preposition(c) for c in p.children if c.dep_ in self.g.passive_subject]
        if (main := main_verb_as_complement(p)) is not None:
            passive_subjects = [main]  # "A man who had mocked the president was arrested": the man was
        if (owner := _owner_past_preposition(p)) is not None:
            # "A fugitive who escaped from a prison in Ohio was charged", parsed with "in" opening a clause whose
            # subject is Ohio: the clause is the sentence's own, its subject the noun the relative clause is on
            subjects, passive_subjects = ([], [owner]) if passive_subjects else ([owner], [])
        if self._main_under_relative(p) is not None:
            # "Two aid workers kidnapped in Mali last month have been released", parsed with "kidnapped" as the main
            # verb: its subject is who was kidnapped
            passive = frame.passive = True
            subjects, passive_subjects = [], subjects
        elif p.dep_ == "advcl" and (main_verb := self._main_under_relative(p.head)) is not None and main_verb.i == p.i:
            passive_subjects = [c for c in p.head.children if c.dep_ in self.g.subject]  # ... and who was released
        mark = next((c for c in p.children if c.dep_ == "mark" and c.i < p.i), None)
        if mark is not None and any(c.i > mark.i for c in subjects):
            subjects = [c for c in subjects if c.i > mark.i]  # "X woken by sirens after Y launches": Y launches
        subjects = [_subordinated(c, p) for c in subjects]
        if any(c.i < p.i for c in subjects) and any(c.i > p.i for c in subjects):
            objects += [c for c in subjects if c.i > p.i]  # "the chief warned Russia ...": two subjects parsed
            subjects = [c for c in subjects if c.i < p.i]
        subjects = _without_verb_objects(subjects, self.g.object)
        if not passive and _contact_relative(subjects):
            objects, subjects = [subjects[0], *objects], subjects[1:]  # "the convoy a militia attacked": two nouns
        if p.pos_ == "NOUN" and not subjects:  # "Kenyan police shot dead three militants": a verb read as a noun
            subjects = [c for c in p.children if c.dep_ == "compound" and c.i < p.i][-1:]
        by = [  # "by militias"; not a place the parser took for the agent ("shot down over Hanoi")
            c for c in p.children if (c.dep_ in self.g.agent or c.dep_ == "obl") and case_of(c) in self.g.agent_case
        ]
        glued = [o for o in objects if any(o.i == b.right_edge.i + 1 for b in by)] if passive else []
        if glued:  # "forces backed by Union troops", read as "by Union" and an object: the troops are the agent
            objects, by = [o for o in objects if o not in glued], glued
        if passive and not by:  # "were shot dead by militants", the by-phrase hung on "dead"
            by = [c for x in p.children if x.dep_ == "xcomp" for c in x.children if c.dep_ in self.g.agent]
        last = self._last_conjunct(p)
        if last is not None and passive and not by:
            by = [c for c in last.children if c.dep_ in self.g.agent or (c.dep_ == "obl" and _agent_phrase(c))]
        own_complement = any(c.dep_ in ("xcomp", "ccomp") for c in p.children)  # "helped mediate the deal, and urged"
        # (not when the verb has words of its own before the next one: "sealed off the district and detained men")
        own_complement = own_complement or (
            last is not None and any(p.i < c.i < last.i and c.dep_ not in _EDGE_DEPS | {"conj"} for c in p.children)
        )
        alike = last is not None and (last.tag_ == p.tag_ or {last.tag_, p.tag_} <= _PAST)  # "shot and killed"
        if last is not None and alike and not passive and not objects and not own_complement:
            objects = [c for c in last.children if c.dep_ in self.g.object]  # "captured and killed three soldiers"
        if passive:
            frame.agents, frame.patients = by, (passive_subjects or subjects) + objects
        else:
            frame.agents, frame.patients = subjects, objects
        if not subjects and not passive_subjects:
            inherited, as_patient = self._inherited(p, passive)
            (frame.patients if as_patient else frame.agents).extend(inherited)
            if as_patient and inherited and not frame.agents and self._commanded(p):
                frame.agents = self._subject_of(p.head)  # "Putin ordered Russians to be evacuated": Putin did
        elif p.dep_ == "acl:relcl" and not passive and not objects and p.head.pos_ in ("NOUN", "PROPN") and (
            p.head not in subjects
        ):
            frame.patients.append(p.head)  # "the man an officer shot": the noun is what the clause did to
        # "refugees were forcibly returned from Lebanon": whence, not whom, when the verb has a patient of its own
        self._obliques(frame, p, targets - sources if frame.patients else targets)
        frame.patients += _aimed_at(objects, targets & self.g.verb_target_case)  # "fired dozens of rockets at X"
        if not passive and lemmas(p) & self.g.double_object:
            frame.patients = _recipients(frame.patients, "to" in targets)
        if lemmas(p) & self.g.topic_verbs:
            frame.patients = _sides(frame.patients, self.g.object)  # "discussed the crisis with Blair": Blair
        if not passive and (described := self._reduced_subject(p)) is not None:
            # "A militia backed by Iran fired rockets", parsed with Iran (or the rockets) as the subject: the militia
            frame.agents = [described]
        frame.agents = [self._wielder(self._antecedent(p, self._unrelative(p, t))) for t in frame.agents]
        frame.patients = [self._antecedent(p, self._unrelative(p, t)) for t in frame.patients]
        return frame

    def _reduced_main(self, participle: Token) -> Token | None:
        """The main verb right after a reduced relative with "by" on the sentence's subject ("Somali forces backed by
        U.S. airstrikes killed a commander"): the participle only says who the subject is; None for any other word."""
        if participle.tag_ not in _PAST or not self._by_right_after(participle):
            return None
        doc, noun = participle.doc, participle.doc[participle.i - 1]
        start = noun.i
        while start > 0 and doc[start - 1].tag_ in _NOUN_PHRASE_TAGS:
            start -= 1
        if start > 0 and doc[start - 1].lower_ not in _PHRASE_OPENERS:
            return None  # the noun phrase opens the sentence or a clause ("On Monday, rebels backed by ...")
        i = _phrase_end(doc, participle.i + 2)
        if i == participle.i + 2 or i >= len(doc) or doc[i].tag_ not in _FINITE_OR_PAST:
            return None
        return doc[i]

    def _backing_relative(self, participle: Token) -> bool:
        """Whether a participle of backing is a reduced relative with "by" on the sentence's subject, by no armed
        units ("rebels backed by Rwanda seized the town"): it says who they are, no happening."""
        if not lemmas(participle) & self.g.backing_participles or self._reduced_main(participle) is None:
            return False
        return not self._backed_by_units(participle)

    def _backed_by_units(self, participle: Token) -> bool:
        """Whether the "by" phrase of a reduced relative names armed units that take part ("forces backed by African
        Union troops recaptured the town": the troops backed them in the fighting, an act of its own)."""
        noun = max(_phrase_end(participle.doc, participle.i + 2) - 1, participle.i + 2)
        return bool(lemmas(participle.doc[noun]) & self.g.moved_units)

    def _reduced_subject(self, verb: Token) -> Token | None:
        """The subject of a main verb right after a reduced relative with "by" on it (`_reduced_main`)."""
        if verb.tag_ not in _FINITE_OR_PAST or verb.i < 3:
            return None
        for participle in verb.doc[: verb.i - 2]:
            if participle.tag_ in _PAST and (main := self._reduced_main(participle)) is not None and main.i == verb.i:
                return verb.doc[participle.i - 1]
        return None

    def _mend_object_read_as_speaker(self, verb: Token) -> None:
        """The object right after a verb that the parse made the subject of a closing verb of saying, with the
        real speakers after a comma hung on it or on a phrase of it ("killed three members of the group on Tuesday,
        security sources said"; "abducted at least 40 students, police and residents said"): the noun becomes the
        verb's object again and the speakers the subject of saying."""
        found = self._object_read_as_speaker(verb)
        if found is None:
            return
        noun, speakers = found
        said = noun.head
        noun.head, noun.dep_ = verb, "obj"
        outside = [t for t in speakers if not speakers[0].i <= t.head.i <= speakers[-1].i]
        first = outside[0]
        first.head, first.dep_ = said, "nsubj"
        for other in outside[1:]:
            other.head, other.dep_ = first, "conj"

    def _mend_closing_speaker(self, doc: Doc, tail: range) -> None:
        """A closing report after a comma ("Strike on Kharkiv kills 7, governor says"; `tail`, its words) that the
        parse joined to the clause before it, its speaker read as a conjunct or an object: the speaker becomes the
        subject of saying and the report a clause of its own beside the sentence's root."""
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if not tail or root is None:
            return
        last = doc[tail[-1]]
        outside = [doc[i] for i in tail[:-1] if not tail[0] <= doc[i].head.i <= tail[-1]]
        if len(outside) != 1:
            return
        speaker = outside[0]
        if last.i == root.i:
            if speaker.dep_ == "conj":  # "Missile strike ... kills 5, official says", "official" joined to "strike"
                speaker.head, speaker.dep_ = last, "nsubj"
            return
        if any(c.dep_ in self.g.subject for c in last.children) or root in last.subtree:
            return
        last.head, last.dep_ = root, "parataxis"  # (first: the parse may have hung the verb on the speaker)
        speaker.head, speaker.dep_ = last, "nsubj"

    def _object_read_as_speaker(self, verb: Token) -> tuple[Token, list[Token]] | None:
        """The noun `_mend_object_read_as_speaker` mends and the words of the speakers, or None."""
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in self.g.object for c in verb.children):
            return None
        after = verb.i + 1
        doc = verb.doc
        while after < len(doc) and doc[after].dep_ in ("advmod", "compound:prt"):
            after += 1
        if after >= len(doc) or verb.tag_ not in _FINITE_OR_PAST:
            return None
        noun = doc[after]
        while noun.head.i != noun.i and noun.dep_ not in self.g.subject and noun.head.i > verb.i:
            noun = noun.head  # "at least 40 students": up to the phrase's head
        if noun.dep_ not in self.g.subject or noun.left_edge.i != after or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        said = noun.head
        if said.i < noun.i or not lemmas(said) & self.g.speech_verbs or said.i == verb.i:
            return None
        comma = _last_comma(doc, noun.i, said.i)
        if comma is None or comma + 1 >= said.i:
            return None
        speakers = list(doc[comma + 1 : said.i])
        if not all(t.tag_ in _NOUN_PHRASE_TAGS or t.tag_ == "CC" for t in speakers):
            return None
        if not any(t.pos_ in ("NOUN", "PROPN") for t in speakers) or speakers[0].tag_ == "CC":
            return None
        return noun, speakers

    def _denied(self, noun: Token) -> bool:
        """Whether a verb of denial holds a noun of charge ("denied the accusations", "has repeatedly rejected
        allegations", the verb read as the noun's modifier)."""
        if noun.dep_ in self.g.object and lemmas(noun.head) & self.g.denying_verbs:
            return True
        return any(c.dep_ == "amod" and c.i < noun.i and lemmas(c) & self.g.denying_verbs for c in noun.children)

    def _verb_on_noun(self, p: Token) -> bool:
        """Whether a word the parse hung on the common noun after it as a modifier is a verb with a subject of its own
        or after an auxiliary ("its forces had struck military infrastructure"; not "its alleged operator", nor
        "the libertarian Free Democrats")."""
        if p.head.pos_ != "NOUN" or p.is_title:
            return False
        return _after_verb_marker(p) or any(c.dep_ in self.g.subject for c in p.children)

    def _main_under_relative(self, verb: Token) -> Token | None:
        """The passive main verb of a sentence that the parse hung, as a clause of its own, on the reduced relative
        of its subject, read as the main verb ("Two aid workers kidnapped in Mali last month have been released":
        "released" under "kidnapped", with the time for its subject); None when `verb` heads no such parse."""
        if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in self.g.object or c.dep_ == "aux" for c in verb.children):
            return None
        if not any(c.dep_ in self.g.subject for c in verb.children):
            return None
        for c in verb.children:
            if c.dep_ != "advcl" or c.i < verb.i or any(m.dep_ == "mark" for m in c.children):
                continue  # "when they were freed": a clause of its own
            if not any(a.dep_ == "aux:pass" for a in c.children):
                continue
            own = [t for t in c.children if t.dep_ in self.g.passive_subject or t.dep_ in self.g.subject]
            if all(t.lower_ in self.g.periods for t in own):
                return c
        return None

    def _wielder(self, agent: Token) -> Token:
        """Whoever fired a weapon that a relative clause makes the subject ("X fired the shot that killed him",
        "militants launched the rocket that hit the base"): the subject of the verb whose object it is."""
        if agent.dep_ not in self.g.object or not lemmas(agent) & self.g.instruments or agent.head.i == agent.i:
            return agent
        if not any(c.dep_ == "acl:relcl" for c in agent.children) or not lemmas(agent.head) & self.g.firing_verbs:
            return agent
        return next(iter(self._subject_of(agent.head)), agent)

    def _copular(self, p: Token) -> tuple[list[Token], list[Token]]:
        """The subjects of a predicate after "be", as its agents ("X is a critic of Y", "this is not a withdrawal")
        or, after a noun such as "target", as what the event befell ("the embassy was the target of an attack");
        an expletive "it was a shot in the heart" names no one; "the group is to target seats" is a plan, its
        subject the agent."""
        subjects = [c for c in p.children if c.dep_ in self.g.subject and c.lower_ not in _EXPLETIVES]
        planned = any(c.tag_ == "TO" for c in p.children)
        return ([], subjects) if lemmas(p) & self.g.patient_nouns and not planned else (subjects, [])

    def _last_conjunct(self, p: Token) -> Token | None:
        """The last verb coordinated with `p`, after it and with no subject of its own, whose object or by-phrase
        the coordination shares ("shot and killed three soldiers", "were beaten and robbed by a gang")."""
        first = p.head if p.dep_ == "conj" and p.head.pos_ == "VERB" else p
        members = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        last = max(members, key=lambda t: t.i)
        if last.i <= p.i or any(c.dep_ in self.g.subject or c.dep_ in self.g.passive_subject for c in last.children):
            return None
        return last

    def _antecedent(self, p: Token, token: Token) -> Token:
        """A personal pronoun in a reported clause stands for the reporter when nothing nearer is named: "Palestinian
        leaders said they would boycott", "NATO confirmed it would tighten"; a reporter named after the pronoun
        ("He fired at them, Reed said") tells of someone else."""
        if token.pos_ != "PRON" or token.lower_ not in _PERSONAL:
            return token
        t = p
        for _ in range(4):
            if t.head.i == t.i or t.dep_ not in ("ccomp", "xcomp", "conj", "parataxis"):
                break
            t = t.head
            subject = next((c for c in t.children if c.dep_ in self.g.subject), None)
            if subject is not None and subject.i > token.i and token.lower_ in _THIRD_PERSON:
                break  # but "We attacked the depot, a commander said": we who speak
            if subject is not None and token.lower_ in _SINGULAR and subject.tag_ in ("NNS", "NNPS"):
                break  # "officers concluded he had been killed": one is no several
            if subject is not None and subject.pos_ != "PRON":
                return subject
            if subject is not None and (named := self._unrelative(t, subject)) is not subject:
                return named  # "Libya, which brought the case ..., said it would press": Libya
        return token

    def _passive(self, p: Token, headline: bool = False) -> bool:
        own = {c.dep_ for c in p.children}
        if lemmas(p) & self.g.with_sides and "aux:pass" not in own:
            return False  # "Riot police clashed with miners", parsed with a passive subject: one clashes, actively
        if not headline and self._bare_passive_subject(p):
            return False  # "EU governments agreed on Wednesday to ...", the subject read as a passive's, no auxiliary
        if own & self.g.passive_subject or any(c.dep_ == "aux:pass" and c.lower_ not in _HAVE for c in p.children):
            return True  # not "which has long opposed Britain", with "has" read as a passive's auxiliary
        copula = any(c.dep_ == "cop" and c.lower_ in _BE for c in p.children)
        past = p.lower_.endswith("ed") or _irregular_past(p.lower_)
        if p.pos_ == "NOUN" and own & self.g.subject and copula and past:
            return True  # "the officer was shot twice", its "shot" read as a noun after "was": done to him
        if lemmas(p) & self.g.stative_participles:
            return False
        participle = p.tag_ in ("VBD", "VBN") or (p.tag_.startswith("VB") and p.lower_.endswith("ed"))
        if participle and not own & (self.g.object | {"aux"}) and self._passive_phrase(p):
            return True  # "Hong Kong threatened with intervention", "Man stabbed to death on train": done to them
        if headline and participle and _of_after(p) and not own & self.g.object:
            return True  # "Minister accused of lying": one is accused (or suspected, convicted) of something
        after_noun = p.i > 0 and p.doc[p.i - 1].pos_ in ("NOUN", "PROPN")
        if p.tag_ == "VBN" and after_noun and _of_after(p) and not own & (self.g.object | {"aux"}):
            return True  # "executed a man convicted of killing an officer": the man was convicted
        if headline and (participle or _irregular_past(p.lower_)) and self._bare(own - _resultative(p)):
            # a headline's "UK urged", "Four held after raid", "Two journalists shot dead" (its "shot" read as a
            # present): the subject is what was done to
            return True
        if headline and participle and self._bare(own - {"xcomp", "ccomp"}) and lemmas(p) & self.g.object_control:
            return True  # "UK urged to act": one urges someone to act, so the subject is the one urged
        if participle and self._bare(own) and any(_agent_phrase(c) and c.left_edge.i - p.i <= 3 for c in p.children):
            return True  # "the sailors freed by Iran arrived", parsed as if "freed" were the main verb
        if participle and self._by_right_after(p):
            return True  # "forces backed by African Union troops retook the town", the by-phrase misread
        participial = p.tag_ == "VBN" or (p.tag_ == "JJ" and (p.lower_.endswith("ed") or _irregular_past(p.lower_)))
        if participial and any(c.dep_ in ("aux", "cop") and c.lower_ in _BE for c in p.children):
            return True  # "workers were injured": the parser missed the passive (not "Israel is willing to")
        # (not one with an object of its own: "were treated well and asked their governments to help" is active)
        shared = not own & (self.g.subject | {"aux", "obj", "iobj"})
        if p.tag_ in _PAST and p.dep_ == "conj" and shared and p.head.tag_ in _PAST:
            # "were beaten and robbed": the second shares the first's voice (the nearer clause's, see `_nearer_clause`)
            return self._passive(_nearer_clause(p) or p.head, headline)
        if not headline and p.dep_ == "acl" and p.head.dep_ == "ROOT" and p.head.pos_ in ("NOUN", "PROPN"):
            return False  # the sentence's only verb: "The statement called for ..." (not "the statement, called")
        if p.dep_ == "amod" and _after_noun(p):
            return False  # "jets struck depots", parsed as if "struck" described the depots
        if p.dep_ == "acl" and own & self.g.object and not lemmas(p) & self.g.double_object:
            return False  # "after a coalition ousted the president": a reduced passive takes no object
        if headline and _object_as_complement(p) is not None:
            return False  # "Pakistan says militants attacked checkpoint": an object, read as a complement
        counted = any(c.dep_ in self.g.subject and any(n.dep_ == "nummod" for n in c.children) for c in p.children)
        if p.tag_ == "VBN" and self._bare(own) and counted and p.dep_ != "conj":
            return True  # "12 people injured in the violence": a count and a participle with no auxiliary
        reduced = p.tag_ == "VBD" and p.dep_ == "acl" and not own & (self.g.object | self.g.subject)
        reduced = reduced and any(c.dep_ == "det" for c in p.head.children)  # "the people killed", no subject
        after = p.doc[p.i + 1].pos_ if p.i + 1 < len(p.doc) else ""
        if reduced and after not in ("NOUN", "PROPN", "DET", "NUM", "PRON"):
            return True  # "the seven people killed and ...", tagged as a past tense (no object the parse missed)
        misread = p.tag_ in ("VB", "VBP") and p.lower_.endswith("ed")  # "200 people injured", tagged as a present
        return (p.tag_ == "VBN" or misread or hung_on_object(p)) and p.dep_ in ("acl", "amod") and "aux" not in own

    def _unmarked_after_by(self, head: Token, p: Token) -> bool:
        """Whether a past verb with no subject and no mark of its own hangs on a participle that "by" follows: the
        sentence's main verb after a subject's reduced relative ("forces backed by X recaptured ...")."""
        own = {c.dep_ for c in p.children}
        return not own & (self.g.subject | {"mark"}) and head.i < p.i and self._by_right_after(head)

    def _by_right_after(self, p: Token) -> bool:
        """Whether "by" and its noun follow a participle right after a noun ("forces backed by ..."), not a verb
        of the phrases "stand by", "abide by"."""
        after = p.doc[p.i + 1] if p.i + 1 < len(p.doc) else None
        before = p.doc[p.i - 1] if p.i > 0 else None
        if after is None or after.lower_ != "by" or before is None or before.pos_ not in ("NOUN", "PROPN"):
            return False
        if p.i + 2 < len(p.doc) and (p.doc[p.i + 2].pos_ == "NUM" or p.doc[p.i + 2].lower_ in self.g.by_means):
            return False  # "grew by 5 percent", "attacked by night", "fled by boat"
        return not lemmas(p) & self.g.by_particle_verbs

    def _bare_passive_subject(self, p: Token) -> bool:
        """Whether the main verb of a clause in running text, one whose subject always does it ("agreed", "vowed"),
        has a passive subject but no auxiliary at all: a past tense misread (not "suspects currently detained
        without trial", a reduced passive)."""
        if p.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") or p.tag_ not in ("VBD", "VBN"):
            return False
        if not lemmas(p) & self.g.doer_subject_verbs:
            return False
        if any(c.dep_ in ("aux", "aux:pass", "cop") for c in p.children):
            return False
        subjects = [c for c in p.children if c.dep_ in self.g.passive_subject]
        counted = any(n.dep_ == "nummod" or n.like_num for s in subjects for n in [s, *s.children])
        return bool(subjects) and not counted and not any(_agent_phrase(c) for c in p.children)

    def _passive_phrase(self, p: Token) -> bool:
        """Whether the words right after a participle are one of the phrases only a passive takes ("stabbed to
        death"), or "with" after a verb that takes it only in the passive ("threatened with", "charged with")."""
        after = " ".join(t.lower_ for t in p.doc[p.i + 1 : p.i + 3])
        phrase = next((f for f in self.g.passive_phrases if after == f or after.startswith(f + " ")), None)
        if phrase is not None:  # (not "a court sentenced to death a man": an object after the phrase)
            later = p.i + 1 + len(phrase.split())
            return later >= len(p.doc) or p.doc[later].pos_ not in ("DET", "NUM", "PROPN", "PRON")
        return after.startswith("with ") and bool(lemmas(p) & self.g.passive_with)

    def _bare(self, deps: set[str]) -> bool:
        """Whether a verb's relations `deps` hold a subject but no object, auxiliary or clause of its own."""
        return bool(deps & self.g.subject) and not deps & (self.g.object | {"aux", "ccomp", "xcomp", "obl:agent"})

    def _controlled_before(self, p: Token) -> Token | None:
        """The object of a verb of control that stands right before an infinitive the parser hung on another verb
        ("would use force if diplomacy fails to force Smith to back down", with "back" hung on "use")."""
        mark = p.doc[p.i - 1] if p.i > 1 else None
        if mark is None or mark.lower_ != "to" or not infinitive(p):
            return None
        last = p.doc[mark.i - 1]
        obj = next((t for t in (last, last.head) if t.dep_ in self.g.object and t.right_edge.i == last.i), None)
        if obj is None or obj.head.i == p.head.i or not lemmas(obj.head) & self.g.object_control:
            return None
        return obj if obj.head.i < obj.i else None

    def _inherited(self, p: Token, passive: bool) -> tuple[list[Token], bool]:
        """The subject a verb takes from the verb or noun it depends on, and whether it is the patient."""
        head, dep = p.head, p.dep_
        if head.i == p.i:
            return [], False
        if (accused := accused_of(p, self.g.accusing)) is not None:
            return [accused], passive  # "accused Iran of attacking tankers": Iran attacked them
        if (whole := _root_before_of(p)) is not None:
            return [whole], False  # "Supporters of the former government gathered ...", read as the government's
        if dep == "ccomp" and head.tag_ in ("VBD", "VBN") and lemmas(head) & self.g.stative_participles:
            return self._subject_of(head), passive  # "Gunmen linked to the militia attacked ...", read as linked's
        if (opened := _subject_after_mark(p, self.g.clause_marks)) is not None:
            return [opened], passive  # "left after the cleric told them to go", the cleric read as "after"'s noun
        if (said := _said_object(p)) is not None:
            return [said], passive  # "officials said a guard fired ...", with "a guard" read as what was said
        if dep == "advcl" and p.tag_ == "VBG" and lemmas(p) & self.g.result_verbs:
            # "accused X of firing at a boat, injuring two", hung on the charge or on "accused": the harm is charged too
            accused = accused_of(head, self.g.accusing) or (_accused(head) if self._charge_before(head, p) else None)
            if accused is not None:
                return [accused], passive
        if dep == "advcl" and infinitive(p) and self._charged_before(head, p):
            accused = _accused(head)  # "accused X of smuggling oil to fund Y", the purpose hung on "accused": X's
            return ([accused] if accused is not None else []), passive
        if (controlled_object := self._controlled_before(p)) is not None:
            return [controlled_object], passive  # "fails to force Smith to back down", hung on "use": Smith backs down
        if dep in ("advcl", "acl") and p.tag_ == "VBG" and marked(p, self.g.warned_against):
            warned = [c for c in head.children if c.dep_ in ("obj", "iobj") and c.i < p.i]
            if warned:
                return warned[:1], passive  # "warned NATO against deploying troops": NATO would deploy them
        if dep == "advcl" and p.i > head.i and _between_commas(head):
            return [], passive  # "..., officials said, before being shot by police": not the speakers
        if dep == "advcl" and p.i < head.i and _finite(p):
            return [], passive  # "the men are to be released, the minister said": its own clause, hung on the report
        controlled = dep == "advcl" and infinitive(p) and lemmas(head) & self.g.object_control  # read as a purpose
        if dep == "xcomp" and infinitive(p) and self._after_reason(p):
            # "arrest three men over plot to attack synagogue", the infinitive hung on the verb: the men's plot
            return [c for c in head.children if c.dep_ == "obj"][:1], passive
        if dep == "xcomp" and infinitive(p) and not lemmas(head) & self.g.object_control:
            # "confirmed the government's order to expel them", the infinitive hung on the verb: the government
            owner = self._owner_before(head, p)
            if owner:
                return owner, passive
        if dep == "xcomp" or controlled:  # "urged China and Russia to help": China and Russia help
            # (an object before its verb is a relative pronoun or a misread "that": "signals that Israel wants to")
            objects = [c for c in head.children if c.dep_ in self.g.object and c.i > head.i]
            objects = objects or [  # "called for the rebels to be expelled": the rebels
                c for c in head.children if c.dep_ == "obl" and case_of(c) == "for" and c.i < p.i
            ]
            if objects and lemmas(head) & self.g.object_control:
                return objects[:1], passive
            return self._subject_of(head), passive
        if dep == "ccomp" and p.tag_ == "VBG" and lemmas(head) & self.g.own_gerund and not _subjects(p, self.g.subject):
            return self._subject_of(head), passive  # "Iran admitted downing the airliner": Iran downed it
        if dep == "conj" and p.tag_ == "VBG" and head.pos_ == "NOUN" and head.dep_ in self.g.object:
            # "by shooting the doctors or bombing the clinics", the second verb hung on the first one's object:
            # the first verb's subject, never its object
            return self._subject_of(head.head), passive
        if dep == "conj" and p.tag_ == "VBG" and head.pos_ in ("ADV", "ADJ") and head.head.pos_ == "VERB":
            # "attacked a post overnight, killing 12 soldiers", the participle joined to "overnight": the attackers
            return self._subject_of(head.head), passive
        if dep == "conj" and (named := _set_off_subject(p)) is not None:
            return [named], passive  # "NPR reported Abdul-Mahdi, the prime minister, recommended ...": he did
        if dep == "conj" and (head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in head.children)):
            # "X met Y and signed", "X is a critic of Y and has accused Y"; "... the deal in which A and B agreed on
            # borders and allowed deployments": A and B allowed them
            return self._subject_of(reporter_of_joined(p) or _nearer_clause(p) or head), passive
        if dep == "amod" and _after_noun(p):
            return [], False  # a verb the parser hung on the next noun: its subject is not that noun
        if dep == "advcl" and p.tag_ == "VBD" and self._unmarked_after_by(head, p):
            # "forces backed by Union troops recaptured the town", the main verb hung on the participle: the forces
            return self._subject_of(head), passive
        if dep == "advcl" and _object_as_complement(head) is not None:
            return self._subject_of(head), passive  # "says militants attacked checkpoint, killing 12": theirs
        if (main := main_of_participle(p)) is not None:
            return self._subject_of(main), passive
        if dep == "advcl" and p.tag_ == "VBG" and _gerund_subject(p):
            return [], passive  # "evacuated residents as shelling intensified": the shelling is the clause's subject
        if dep == "advcl" and p.tag_ == "VBG" and _set_off(p) and head.dep_ in ("acl", "acl:relcl"):
            # "a bomb tore through a convoy carrying soldiers, killing nine", with no verb read for the bomb: the
            # participle tells of the main clause, never of the convoy
            return [], passive
        being = any(c.dep_ == "aux:pass" and c.tag_ == "VBG" for c in p.children)  # "died after being shot"
        if dep in ("advcl", "csubj") and p.tag_ == "VBG" and _set_off(p) and head.i > p.i:
            # "stormed a compound, killing nine officers, a spokesman said", hung on the later "said": who stormed
            main = _verb_before(p)
            return (self._subject_of(main) if main is not None else []), passive
        if dep == "advcl" and (p.tag_ == "VBG" or infinitive(p) or being):
            owner = self._owner_before(head, p)
            if owner and infinitive(p):
                return owner[:1], passive  # "backed the Home Office's powers to hold them", hung on the verb
            judged = any(c.dep_ in self.g.object for c in head.children) and lemmas(head) & self.g.judging
            if infinitive(p) and judged:
                return [], passive  # "condemned the decision to hold them": someone else decided
            return self._subject_of(head), passive  # "..., killing 12", "voted ... to expel the troops"
        if dep == "acl" and infinitive(p):
            owner = [c for c in head.children if c.dep_ == "nmod:poss" or _by_phrase(c)] or self._plan_owner(head)
            if owner:
                return owner[:1], passive  # "the Home Office's powers to hold them", "a decision by Russia to expel"
            if (described := self._described(head)) is not None:
                return [described], passive  # "Japan was the first nation to impose sanctions": Japan imposed them
            top = head  # "fired tear gas and rubber bullets to disperse them": the first of the joined objects
            while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN"):
                top = top.head
            judged = lemmas(top.head) & self.g.judging  # "condemned the decision to hold the men"
            if top.dep_ == "obl" and case_of(top) in self.g.reason_case:
                # "arrested three men over a plot to attack": the plot is theirs, not the arresting side's
                return [c for c in top.head.children if c.dep_ == "obj"][:1], passive
            if top.dep_ in ("obj", "obl") and top.head.i != top.i and not judged:
                return self._subject_of(top.head), passive  # "voted on a resolution to expel the troops"
        if dep == "acl" and p.tag_ == "VBG" and head.dep_ == "obl" and case_of(head) and head.head.i != head.i:
            return self._subject_of(head.head), passive  # "was filmed in the West Bank slapping troops": not the place
        if self._on_a_place(p):  # "rioted at a jail in Dili on Monday joining thousands": a place acts in nothing
            return self._subject_of(p), passive
        if dep == "acl" and p.tag_ == "VBG" and _set_off(p) and head.dep_ in self.g.object and head.head.i != head.i:
            return self._subject_of(head.head), passive  # "stormed a compound on Thursday, killing nine": who stormed
        if dep == "acl" and p.tag_ == "VBG" and lemmas(head) & self.g.instruments and head.dep_ in self.g.object:
            return self._subject_of(head.head), passive  # "Iran launched missiles targeting US troops": Iran aims
        if dep == "acl" and p.tag_ == "VBG" and marked(p, self.g.gerund_marks):
            # "Tamimi, from the village of X, for attacking soldiers": a reason given for the one the place phrase
            # tells of, not the place's act
            while head.dep_ in ("nmod", "obl") and case_of(head) in self.g.place_case and head.head.i != head.i:
                head = head.head
            return ([head] if head.pos_ in ("NOUN", "PROPN") else []), passive
        if dep in ("acl:relcl", "acl", "amod") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [head], passive
        return [], False

    def _owner_before(self, head: Token, p: Token) -> list[Token]:
        """The named owner of the verb's object right before the clause `p` hung on the verb ("their strike to
        demand": theirs; "the decision by Russia to expel"; "a Russian plot to kill him"): the one whose act the
        clause tells."""
        before = _phrase_before(head, p.left_edge.i, self.g.object)
        if before is not None and lemmas(before) & self.g.envoys:
            return []  # "summoned China's ambassador to protest the incident": the one summoning protests
        owned = list(before.children) if before is not None else []
        found = [c for c in owned if (c.dep_ == "nmod:poss" and c.pos_ != "PRON") or _by_phrase(c)][:1]
        return found or (self._plan_owner(before) if before is not None else [])  # "a Russian plot to kill"

    def _plan_owner(self, noun: Token) -> list[Token]:
        """The name or nationality before a noun of a plan or attempt ("a Russian plot", "a UN proposal")."""
        if not lemmas(noun) & self.g.planned_acts:
            return []
        return [c for c in noun.children if _naming_modifier(c) and c.i < noun.i][:1]

    def _commanded(self, p: Token) -> bool:
        """A passive infinitive that a verb of command holds ("ordered the men to be freed")."""
        return p.dep_ == "xcomp" and infinitive(p) and bool(lemmas(p.head) & self.g.commanding)

    def _described(self, noun: Token) -> Token | None:
        """The subject a noun ranked by an ordinal is said of, by a copula or "become" ("Japan was the first
        nation", "the Netherlands became the last country")."""
        if not ranked(noun, self.g.ordinal_words):
            return None
        if any(c.dep_ == "cop" for c in noun.children):
            return next((c for c in noun.children if c.dep_ == "nsubj"), None)
        if noun.dep_ == "xcomp" and lemmas(noun.head) & {"become", "remain"}:
            return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return None

    def _subject_of(self, verb: Token, depth: int = 0) -> list[Token]:
        """A verb's subject (its own, or inherited up a chain of control and coordination)."""
        own = [c for c in verb.children if c.dep_ in self.g.subject or c.dep_ in self.g.passive_subject]
        if len(own) > 1 and own[0].lower_ == "that" and own[0].tag_ == "WDT":
            own = own[1:]  # "signals that Chad wants to ...", with "that" and "Chad" both read as subjects
        if own:
            return [self._unrelative(verb, _subordinated(own[0], verb))]
        if (accused := accused_of(verb, self.g.accusing)) is not None:
            # "accused Kosovo of staging arrests to intimidate ...": Kosovo staged them ("X, who is accused of ...": X)
            return [self._unrelative(accused.head, accused)]
        if (said := _said_object(verb)) is not None:
            return [said]
        if _object_as_complement(verb) is not None and verb.head.pos_ in ("NOUN", "PROPN"):
            return [verb.head]  # "says militants attacked checkpoint, killing 12": the militants killed them
        if depth < 4 and (main := main_of_participle(verb)) is not None:
            return self._subject_of(main, depth + 1)
        controlled = verb.dep_ in ("xcomp", "advcl") and infinitive(verb) and lemmas(verb.head) & self.g.object_control
        objects = [c for c in verb.head.children if c.dep_ in self.g.object] if controlled else []
        if objects:
            return objects[:1]  # "asked the U.S. to enforce the embargo": the U.S. enforces it
        if depth < 4 and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
            return self._subject_of(verb.head, depth + 1)
        if depth < 4 and self._on_a_place(verb):
            up = next((t for t in verb.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            return self._subject_of(up, depth + 1) if up is not None else []
        if (whole := _root_before_of(verb)) is not None:
            return [whole]  # "Supporters of the former government gathered ...", read as the government's
        if verb.dep_ in ("acl:relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return [verb.head]
        return []

    def _charged_before(self, head: Token, p: Token) -> bool:
        """Whether a verb of accusing holds, before the clause `p`, the act it charges ("accused them of
        smuggling oil to fund ..."): `p` is that act's purpose, not the accuser's."""
        if not lemmas(head) & self.g.accusing:
            return False
        charges = (c for c in head.children if c.i < p.i and c.dep_ == "advcl" and c.tag_ == "VBG")
        return any(marked(c, ("of", "for")) for c in charges)

    def _charge_before(self, head: Token, p: Token) -> bool:
        """Whether a verb of accusing names, before the clause `p`, what it charges: a gerund or a phrase with "of"
        or "for" on the one accused ("accused the coast guard of firing water cannon at a boat, injuring two")."""
        if self._charged_before(head, p):
            return True
        accused = _accused(head)
        if accused is None or not lemmas(head) & self.g.accusing:
            return False
        charges = (c for c in accused.children if c.i < p.i)
        return any(
            (c.dep_ == "nmod" and case_of(c) in ("of", "for")) or (c.dep_ == "acl" and marked(c, ("of", "for")))
            for c in charges
        )

    def _after_reason(self, verb: Token) -> bool:
        """Whether an infinitive right after a reason phrase of its head ("over plot to attack") belongs to that
        phrase's noun, where the parse hung it on the verb."""
        return _phrase_before(verb.head, verb.left_edge.i, ("obl",), self.g.reason_case) is not None

    def _on_a_place(self, p: Token) -> bool:
        """A participle the parse hung on the name in a place phrase ("a jail in Dili on Monday joining ...")."""
        head = p.head
        place = head.dep_ == "nmod" and head.text[:1].isupper() and case_of(head) in self.g.place_case
        return place and p.dep_ == "acl" and p.tag_ == "VBG"

    def _unrelative(self, p: Token, token: Token) -> Token:
        """A relative pronoun stands for the noun its clause modifies ("militias, who attacked")."""
        pronoun = token.tag_ in ("WP", "WDT", "WP$")  # also an article parsed in a relative pronoun's place
        relative = token.lower_ in _RELATIVE and (pronoun or token.lower_ != "that")
        if relative or (pronoun and token.lower_ in _ARTICLES):
            clause = p
            while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ in ("acl:relcl", "acl") and clause.head.i != clause.i:
                return clause.head
        return token

    def _obliques(self, frame: Frame, p: Token, targets: frozenset[str]) -> None:
        for c in p.children:
            if c.dep_ not in ("obl", "nmod", "obl:unmarked", "advmod") or c.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            case = case_of(c)
            if case in self.g.between_case and not frame.verbal:
                frame.agents.append(c)  # "talks between Iraq and Iran", "fighting between A and B": both sides
            elif case in self.g.agent_case and (frame.passive or not frame.verbal):
                if c not in frame.agents:
                    frame.agents.append(c)
            elif case in targets or (case == "with" and self._fought_with(frame, p)):
                frame.patients.append(c)
            elif case == "of" and not frame.verbal:
                frame.ofs.append(c)
            elif case in self.g.place_case:
                frame.places.append(c)

    def _fought_with(self, frame: Frame, p: Token) -> bool:
        """Whether a "with" phrase is the other side of a fight ("clashed with protesters"): a verb of fighting
        with no object of its own, or one whose object is what the sides traded ("exchanged fire with the
        attackers")."""
        if not frame.verbal or not lemmas(p) & self.g.with_sides:
            return False
        objects = [c for c in p.children if c.dep_ == "obj"]
        return all(lemmas(o) & self.g.traded for o in objects)

    # -- event nouns --------------------------------------------------------------------------------------
    def _nominal(self, n: Token, targets: frozenset[str], hurts: bool = True) -> Frame:
        """The frame of an event noun; `hurts` when its type can hurt people ("killed in a raid", not "died during
        protests"). A noun's target is never after "at": "a shooting at a school" says where (but what a
        noun fired was fired at: "fired a barrage of rockets at the base")."""
        targets = targets - self.g.verb_target_case
        frame = Frame(n, verbal=False)
        owners = [c for c in n.children if c.dep_ == "nmod:poss" and c.lower_ not in self.g.periods]  # not "Monday's"
        frame.agents = owners + self._by_phrase_of_head(n)
        frame.modifiers = _modifiers_before(n)
        if _glued(n):  # "approved the deployment of 800 police officers": the officers are its "of" phrase
            frame.ofs.append(n.head)
        self._obliques(frame, n, targets)
        if not frame.agents and (answerable := self._answerable(n)) is not None:
            frame.agents = [answerable]  # "an operative responsible for rocket attacks on Israel": the operative's
        if not frame.ofs:  # "ordered the arrest in absentia of a journalist", the "of" hung on "absentia"
            frame.ofs += _stray_of(n)
        if not any(case_of(a) in self.g.agent_case for a in frame.agents):
            frame.agents += self._stray_by(n) or by_after_object(n, self.g.means)
        if lemmas(n) & self.g.from_agent_nouns:  # "an extradition request from the US": the US asks
            sent = [c for c in frame.places if case_of(c) == "from" and c.i > n.i]
            frame.places = [c for c in frame.places if c not in sent]
            frame.agents += sent
        if lemmas(n) & self.g.of_doer_nouns:  # "the military operation of the KPA": the KPA operates
            frame.agents += frame.ofs
            frame.patients = [c for c in frame.patients if c not in frame.ofs]
            frame.ofs = []
        hung = targets & self.g.of_target_case  # "the sale of 66 jets to Taiwan", the parse hanging it on the jets
        frame.patients += [c for o in frame.ofs for c in o.children if c.dep_ == "nmod" and case_of(c) in hung]
        if n.dep_ == "obj" and lemmas(n.head) & self.g.firing_verbs:  # "fired a barrage of rockets at X": aimed at X
            frame.patients += _aimed_at([n], self.g.verb_target_case)
        undergone = bool(lemmas(n) & self.g.undergone)
        if undergone or (hurts and not any(case_of(a) in self.g.agent_case for a in frame.agents)):
            # "the detention of the activist by police", "the seizure of the tanker by Iran": the parser hangs the
            # by-phrase on the "of" phrase (not a bare means: "the seizure of the ship by force")
            frame.agents += by_on_of_object(frame.ofs, self.g.means)
        undergoers: list[Token] = []
        if not frame.ofs and undergone:  # "their release", "the activist's arrest by police"
            undergoers = [a for a in frame.agents if a.dep_ == "nmod:poss" and self._undergoer(a)]
            frame.patients += undergoers
            frame.agents = [a for a in frame.agents if a.dep_ != "nmod:poss"]
        if any(c.dep_ == "cop" for c in n.children):  # "this is not a withdrawal"; not "it was a shot in the heart"
            doers, befallen = self._copular(n)
            frame.agents += doers
            frame.patients += befallen
        frame.background = self._background(n)
        governor = None if frame.background else self._governor(n)
        if governor is not None and lemmas(governor) & self.g.judging:
            governor = None  # "condemned a shooting that left 12 dead": who condemns did not shoot
        if governor is not None and (self._takes_undergone(governor, n, hurts) or self._names_object(governor, n)):
            governor = None  # "did not take her assault seriously", "called the death the killing of a journalist"
        if governor is not None:
            frame.governor = governor
            if not any(self._own_agent(a) for a in frame.agents):
                # "the army began its withdrawal", "X and Y set up talks between the two countries"
                # (not the noun itself, the subject of its light verb in the passive: "her detention was extended")
                subject = [s for s in self._subject_of(governor) if s.i != n.i]
                if any(c.dep_ in self.g.subject for c in governor.children):
                    # "the army began its crackdown": "its" is the army's, not anyone's named before
                    frame.agents = [a for a in frame.agents if not (a.dep_ == "nmod:poss" and a.pos_ == "PRON")]
                frame.agents = [*subject, *frame.agents]
            self._obliques(frame, governor, targets)
        elif (done := self._done_by(n)) is not None:
            frame.governor = done  # "the attack ... was carried out by al-Shabaab"
            frame.agents += [c for c in done.children if _agent_phrase(c) or c.dep_ == "obl:agent"]
        elif not frame.agents and (doers := self._relative_doers(n)):
            frame.governor = doers[0].head  # "the attacks that the militia carried out", "the raids it joined"
            frame.agents = doers
        elif n.dep_ == "nsubj" and lemmas(n.head) & self.g.happening_verbs:
            self._obliques(frame, n.head, targets)  # "clashes erupted between A and B": the sides of the clashes
            self._sides_on_place(frame, n.head)
        elif (happened := self._happening_after(n)) is not None:
            self._obliques(frame, happened, targets)  # the same, with "erupted" read as describing "fighting"
            self._sides_on_place(frame, happened)
        elif hurts and self._casualties_in(n):  # "twelve civilians died in a Russian missile strike": it hit them
            frame.patients += [c for c in n.head.children if c.dep_ in self.g.subject | self.g.passive_subject]
            frame.cause_of = _first_conjunct(n.head)  # "were killed and dozens wounded in a drone attack"
        elif n.dep_ in ("obl", "nmod") and frame.patients == undergoers and not frame.ofs and not self._owned(frame):
            # "the Turkish occupation" in a phrase of another clause names, not reports; "by a shooting that left
            # six dead" tells its own toll, "after a gun battle between X and Y" its sides
            sides = any(case_of(a) == "between" for a in frame.agents)
            sides = sides and case_of(n) not in self.g.background_case - self.g.time_adjuncts  # not "than a clash"
            frame.background = not sides and not self.results(frame)
        return frame

    def _sides_on_place(self, frame: Frame, verb: Token) -> None:
        """The sides of a happening whose "between" phrase the parser hung on its place or time ("fighting resumed
        in Tripoli on Sunday between forces loyal to the government and militias"), when none are known."""
        if frame.agents:
            return
        frame.agents += [
            m
            for c in verb.children
            if c.dep_ in ("obl", "obl:tmod", "obl:unmarked")
            for m in c.subtree
            if m.dep_ == "nmod" and m.pos_ in ("NOUN", "PROPN") and case_of(m) in self.g.between_case
        ]

    def _happening_after(self, n: Token) -> Token | None:
        """A verb of happening right after an event noun that the parse hung on it ("Heavy fighting erupted between
        A and B", with "erupted" describing "fighting")."""
        if n.i + 1 >= len(n.doc):
            return None
        verb = n.doc[n.i + 1]
        happened = verb.head.i == n.i and verb.dep_ in ("acl", "acl:relcl") and lemmas(verb) & self.g.happening_verbs
        return verb if happened else None

    def _undergoer(self, owner: Token) -> bool:
        """Whether the possessor of an undergone event noun names who underwent it: a name or a noun ("the
        journalist's arrest"); a pronoun only on the subject ("Their release came hours after ..."), since "X
        welcomed his release" may speak of X or of anyone before."""
        return owner.pos_ != "PRON" or owner.head.dep_ in self.g.subject | self.g.passive_subject

    def _by_phrase_of_head(self, n: Token) -> list[Token]:
        """A by-phrase right after an event noun that the parser hung on the noun it completes: in "a pattern of
        killings by security forces" or "a wave of attacks by militias" the forces killed, not the pattern."""
        head = n.head
        if n.dep_ not in ("nmod", "obl") or case_of(n) != "of" or head.pos_ != "NOUN" or head.i > n.i:
            return []
        after = n.right_edge.i + 1
        return [c for c in head.children if c.left_edge.i == after and case_of(c) in self.g.agent_case]

    def _stray_by(self, n: Token) -> list[Token]:
        """A name right after "by" right after an event noun, which the parser hung elsewhere ("confirmed another
        missile test by North Korea Friday morning", the name read as part of the time): the noun's doer."""
        after = n.i + 1
        if after + 1 >= len(n.doc) or n.doc[after].lower_ not in self.g.agent_case:
            return []
        name = n.doc[after + 1]
        if name.pos_ != "PROPN" or name.head.i == n.i or n.doc[after].head.i != name.i:
            return []
        return [name]

    def _casualties_in(self, n: Token) -> bool:
        """An event noun that people died, were killed or were hurt in ("killed in an ambush", "hurt after a
        shooting")."""
        if n.dep_ not in ("obl", "nmod", "advcl") or case_of(n) not in self.g.casualty_case:
            return False
        return bool(lemmas(n.head) & self.g.casualty_verbs)

    def _owned(self, frame: Frame) -> bool:
        """An event noun with a by-phrase ("killings by security forces") reports, wherever it stands; a possessor
        alone ("criticised North Korea's missile test") only names."""
        return any(case_of(a) in self.g.agent_case for a in frame.agents)

    def _own_agent(self, token: Token) -> bool:
        """A named possessor or a by-phrase: an event noun's own agent ("Iran's attack", "attacks by militias")."""
        if case_of(token) == "from" and token.head.dep_ != "ROOT" and lemmas(token.head) & self.g.from_agent_nouns:
            return True  # "an extradition request from the US"
        return (token.dep_ == "nmod:poss" and token.pos_ != "PRON") or case_of(token) in self.g.agent_case

    def _takes_undergone(self, verb: Token, n: Token, hurts: bool) -> bool:
        """Whether a light verb that does no hurting event noun takes `n`, with a possessor, as its object ("did not
        take her sexual assault seriously": the police did not assault her; not "took control of the town")."""
        owned = any(c.dep_ == "nmod:poss" for c in n.children)
        light = n.head.i == verb.i and n.dep_ in self.g.object and bool(lemmas(verb) & self.g.undergoing_light)
        return hurts and owned and light

    def _names_object(self, verb: Token, n: Token) -> bool:
        """Whether a naming verb takes the noun `n` as what it calls another object ("called the death a killing"),
        or calls the noun something ("called the sanctions politically motivated": a judgement of them)."""
        if not lemmas(verb) & self.g.naming:
            return False
        if any(c.dep_ in self.g.object and c.i < n.i for c in verb.children):
            return True
        return n.head.i == verb.i and any(c.dep_ == "xcomp" and c.i > n.i for c in verb.children)

    def _answerable(self, n: Token) -> Token | None:
        """The noun an adjective or participle of answering for an act describes, when the event noun is that act
        ("a commander responsible for the attacks", "a militant wanted for bombings"): the one who did it."""
        holder = n.head
        if n.dep_ not in ("obl", "nmod") or case_of(n) not in ("for", "of") or not lemmas(holder) & self.g.answering:
            return None
        owner = holder.head
        described = holder.dep_ in ("acl", "amod") and owner.i != holder.i and owner.pos_ in ("NOUN", "PROPN")
        return owner if described else None

    def _governor(self, n: Token) -> Token | None:
        """The light verb whose object is the event noun ("carried out attacks"), also through the noun it
        completes ("set up a process for negotiations") or a coordination the parser put in between."""
        if n.dep_ == "obl" and case_of(n) == "with" and lemmas(n.head) & self.g.responding:
            return n.head  # "responded with air strikes": the responder strikes
        holder = n
        if n.dep_ in ("nmod", "obl") and n.head.pos_ == "NOUN" and n.head.dep_ in self.g.object:
            if case_of(n) in self.g.about_case:
                return None  # "launched an investigation into the attack": the attack is what it is about
            holder = n.head
        if holder.dep_ not in self.g.object or holder.head.i == holder.i:
            return None
        head = holder.head
        for _ in range(2):
            if self._light(head):
                return head
            if head.dep_ != "conj" or head.head.i == head.i:
                break
            head = head.head
        return None

    def _relative_doers(self, n: Token) -> list[Token]:
        """The subject of a relative clause whose light verb does the event noun ("the attacks that the militia
        carried out", "the raids he planned"); not "the attack that killed 12", whose relative pronoun is the
        subject."""
        for c in n.children:
            if c.dep_ != "acl:relcl" or not self._light(c) or self._passive(c):
                continue
            other = [x for x in c.children if x.dep_ == "obj" and not lemmas(x) & self.g.part_idioms]
            if other or any(x.lower_ in _RELATIVE_ADVERBS for x in c.children):
                continue  # "detention where they do not have to present charges": the noun is not what is done
            subjects = [s for s in c.children if s.dep_ in self.g.subject]
            if subjects and subjects[0].lower_ not in _RELATIVE:
                return subjects[:1]
        return []

    def _done_by(self, n: Token) -> Token | None:
        """The passive light verb an event noun is the subject of ("the attack was carried out by X")."""
        head = n.head
        if n.dep_ not in self.g.passive_subject or head.i == n.i or not self._light(head):
            return None
        if lemmas(head) & self.g.judging:
            return None  # "the abduction was condemned by the UN": who judges it did not do it
        return head if self._passive(head) else None

    def _background(self, n: Token) -> bool:
        """An event noun that modifies another word ("anti-war protests", "the attack anniversary"), is named by its
        year ("the 2003 invasion"), is what talks are about ("talks on a ceasefire"), heads a
        background phrase with no participants of its own ("since the invasion"), is the topic of a copula ("the
        removal ... has been a main concern") or names what something is ("it is a stab in the back"; a denial,
        "this is not a withdrawal", still reports one)."""
        if n.dep_ in ("compound", "amod"):
            # (not a noun phrase of its own the parser hung on the next noun: "approved the deployment of 1,000
            # police officers", with "deployment" read as a modifier of "officers")
            return not _glued(n)
        dated = any(_year(c) for c in n.children if c.i < n.i and c.dep_ in ("nummod", "compound", "amod"))
        dated = dated and any(c.dep_ == "nmod:poss" or c.lower_ == "the" for c in n.children)  # not "1500 airstrikes"
        if dated and n.dep_ not in self.g.object and n.dep_ not in self.g.passive_subject:
            return True  # "the 2003 invasion of Iraq still shapes ...": a past happening named by its year (but
            # "bin Laden orchestrated the 2001 attacks" tells who did it)
        if self._talked_over(n):
            return True  # "held talks on a ceasefire": what is talked over, no ceasefire
        behind = (n.dep_ in ("obl", "nmod") and case_of(n) in self.g.background_case) or (
            n.dep_ in self.g.object and n.head.lower_ in self.g.background_case
        )
        if behind:  # "since the invasion"; but "following the U.S. killing of Soleimani" still tells who and whom
            return not any(c.dep_ in ("nmod:poss", "nmod") for c in n.children)
        if n.dep_ in self.g.subject and any(c.dep_ == "cop" for c in n.head.children):
            return True
        copula = any(c.dep_ == "cop" for c in n.children)
        return copula and not any(c.lower_ in self.g.negation for c in n.children)

    def _kept_state(self, participle: Token) -> bool:
        """Whether a participle of keeping hangs after a noun with no "by" phrase ("hostages held in Gaza"): the
        state its people are in, no act told."""
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if not lemmas(participle) & self.g.state_participles or participle.head.i > participle.i:
            return False
        return not any(c.dep_ == "obl:agent" or case_of(c) == "by" for c in participle.children)

    def _talked_over(self, n: Token) -> bool:
        """Whether a noun is what talks are about ("talks on a ceasefire"), also joined to another topic or hung on
        the verb whose object the talks are ("resumed talks over a ceasefire and the release of hostages")."""
        while n.dep_ == "conj" and n.head.i < n.i:
            n = n.head
        if n.dep_ not in ("obl", "nmod") or case_of(n) not in self.g.topic_case:
            return False
        talks = [n.head, *(c for c in n.head.children if c.dep_ in self.g.object and c.i < n.i)]
        return any(lemmas(t) & self.g.topic_heads for t in talks)

    def _light(self, verb: Token) -> bool:
        forms = lemmas(verb)
        if forms & self.g.light_verbs:
            return True
        particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
        return bool(particle) and any(f"{lemma} {particle}" in self.g.light_verbs for lemma in forms)

    def results(self, frame: Frame) -> list[Token]:
        """The relative clauses by which an event noun tells what it did ("a shooting that left 50 dead")."""
        if frame.verbal:
            return []
        return [c for c in frame.predicate.children if c.dep_ == "acl:relcl" and lemmas(c) & self.g.result_verbs]

    def told_whole(self, frame: Frame) -> bool:
        """An event noun with its own agent and its own target ("condemned the Russian missile strike on Odesa
        port", "the army's bombing of the camp"): reported whole, whatever frames it."""
        if frame.verbal or not (frame.patients or frame.ofs):
            return False
        named = [m for m in frame.modifiers if m.pos_ in ("PROPN", "ADJ") and m.text[:1].isupper()]
        return bool(named) or any(self._own_agent(a) for a in frame.agents)

    # -- extent -------------------------------------------------------------------------------------------
    def _extent(self, frame: Frame, tokens: list[int], *, asking: bool = False) -> None:
        """The clause: the predicate's (or its light verb's) subtree without hanging clauses, plus participants
        taken from outside it; for a demand, also the infinitive that says what is asked ("called for his death to be
        investigated", not "called for his death")."""
        root = frame.governor or frame.predicate
        results = self.results(frame)
        if asking and frame.verbal:
            results = results + [c for c in root.children if c.dep_ == "advcl" and c.i > root.i and infinitive(c)]
        alone = not frame.verbal and frame.governor is None and _size(frame.predicate) <= 2 and not results
        if alone and root.head.i != root.i:
            root = root.head  # "strikes" alone says little: take the clause that holds it
        elif not frame.verbal and root.dep_ == "nsubj" and lemmas(root.head) & self.g.result_verbs:
            root = root.head  # "a shooting at a festival left 50 dead": the clause tells what it did
        inside = _clause_tokens(root) + [i for c in results for i in _clause_tokens(c)]
        doc = root.doc
        lo, hi = min(inside), max(inside) + 1
        # (the sentence's full stop hangs on the first of two joined verbs: it does not stretch that one's clause
        # over the second, "condemned the killings and demanded an investigation")
        joined = _joined_verbs(root)
        hi = min([hi, *(doc[v].left_edge.i for v in joined if root.i < v < hi)])
        for t in [*frame.agents, *frame.patients]:
            if any(t.i < v < lo for v in joined):
                continue  # a subject shared with an earlier joined verb: taking it would swallow that verb's event
            if not lo <= t.i < hi and (lo - t.i <= _WIDEN and t.i - hi < _WIDEN):
                lo, hi = min(lo, core_start(t)), max(hi, t.i + 1)
        lo, hi = min(lo, *tokens), max(hi, max(tokens) + 1)
        while lo < hi - 1 and (doc[lo].dep_ in _EDGE_DEPS or doc[lo].is_space or _leading_case(doc[lo], frame)):
            lo += 1
        while hi - 1 > lo and (doc[hi - 1].dep_ in _EDGE_DEPS or doc[hi - 1].is_space):
            hi -= 1
        frame.start, frame.end = lo, hi


def main_of_participle(p: Token) -> Token | None:
    """The main clause's verb for a participle set off by a comma that the parser hung on a relative clause or a
    participle ("opened fire in a hospital where a militant was treated, killing two officers": the gunmen killed;
    "a strike hit a bus carrying pupils, killing dozens": the strike did) or on an infinitive under the main verb,
    else None."""
    head = p.head
    if p.dep_ != "advcl" or p.tag_ != "VBG" or not _set_off(p):
        return None
    if head.dep_ in ("xcomp", "advcl") and infinitive(head) and head.head.pos_ in ("VERB", "AUX"):
        return head.head  # "urged the junta to free them, calling their arrest unlawful": the urging's
    if head.dep_ not in ("acl:relcl", "acl"):
        return None
    main = head.head.head
    return main if main.pos_ in ("VERB", "AUX") and main.i != head.head.i else None


_TIME_BEFORE_VERB = ("obl:unmarked", "obl:tmod")


def _said_object(verb: Token) -> Token | None:
    """The subject of a reported clause that the parse made the object of the verb of saying ("officials said a
    guard fired ...", read with "a guard" as what was said): the noun phrase right before the clause's verb."""
    if verb.dep_ not in ("ccomp", "parataxis") or verb.head.i > verb.i:
        return None
    # a time the clause's verb holds may stand between ("said a drone strike by X Tuesday night killed two")
    opening = min([verb.i, *(c.left_edge.i for c in verb.children if c.dep_ in _TIME_BEFORE_VERB and c.i < verb.i)])
    said = _phrase_before(verb.head, opening, ("obj",))
    return said if said is not None and said.pos_ in ("NOUN", "PROPN", "PRON") else None


def marked(verb: Token, words: Collection[str]) -> bool:
    """Whether a verb's clause opens with one of these subordinating words ("of attacking", "for killing")."""
    return any(c.dep_ in ("mark", "case") and c.lower_ in words for c in verb.children)


def _main_after_set_off(p: Token) -> Token | None:
    """The subject of the sentence's main verb that the parse hung inside the apposition or relative clause set off
    after the subject ("Opposition leader X, who says the vote was rigged, urged ...", "The NUG, a shadow
    administration formed by lawmakers, called on ..."), with the subject noun as the root; None otherwise."""
    if p.tag_ not in ("VBD", "VBN", "VBZ") or p.i == 0 or p.doc[p.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "expl") for c in p.children):
        return None
    node = p
    for _ in range(8):
        up = node.head
        if up.i == node.i:
            return None
        if up.head.i == up.i:  # `up` is the root: `node` must be a phrase set off on the subject noun
            set_off = node.dep_ in ("appos", "acl:relcl", "acl") and node.i > up.i and node.i < p.i
            return up if set_off and up.pos_ in ("NOUN", "PROPN") else None
        node = up
    return None


def _noun_joined_as_verb(p: Token) -> bool:
    """Whether a noun of the lexicon, tagged as a verb, was joined to another verb though a name stands right before
    it and it has no subject of its own ("threatens response to US-South Korea drills"): the name's noun."""
    if p.pos_ != "VERB" or p.dep_ != "conj" or p.i == 0 or p.tag_ not in ("VBZ", "VBP"):
        return False
    before = p.doc[p.i - 1]
    return before.pos_ == "PROPN" and not any(c.dep_ in ("nsubj", "nsubj:pass", "cc") for c in p.children)


def _in_charge(p: Token) -> bool:
    """Whether a phrase right after the "of"/"for" phrase of a charge continues it ("accused of drug trafficking
    and attacks on soldiers", with "on soldiers" hung on the verb): whom the charged act hit, not who is charged."""
    if p.dep_ != "obl" or case_of(p) in ("of", "for"):
        return False
    return _phrase_before(p.head, p.left_edge.i, ("obl",), ("of", "for")) is not None


def _phrase_before(
    head: Token, at: int, deps: Collection[str], cases: Collection[str] | None = None
) -> Token | None:
    """The phrase hung on `head` (by one of the relations `deps`, opened by one of `cases` when given) that ends
    right before word `at`: the phrase that a later one the parse hung on `head` belongs with."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ in deps and c.right_edge.i == at - 1 and (cases is None or case_of(c) in cases)
        ),
        None,
    )


def _object_as_complement(p: Token) -> Token | None:
    """The bare noun right after a participle the parse hung on a noun, read as its complement ("says militants
    attacked checkpoint", a headline's article dropped): the participle's object, so the clause is active."""
    if p.dep_ != "acl" or p.i + 1 >= len(p.doc):
        return None
    after = p.doc[p.i + 1]
    return after if after.dep_ == "xcomp" and after.head.i == p.i and after.pos_ == "NOUN" else None


def accused_of(act: Token, accusing: frozenset[str]) -> Token | None:
    """The one a verb of accusing charges with the act a gerund names ("accused Iran of attacking tankers",
    "blamed the army for shelling the town", "Iran was accused of attacking"), also where the parse hung the
    gerund on the one accused; None when `act` is no such charge."""
    if act.tag_ == "VBG" and act.dep_ == "amod" and (verb := charging_verb(act, accusing)) is not None:
        return _accused(verb)
    if act.tag_ != "VBG" or not marked(act, ("of", "for")):
        return None
    head = act.head
    if act.dep_ == "advcl" and lemmas(head) & accusing:
        accused = _accused(head)
        if accused is None and head.dep_ == "xcomp" and head.head.i != head.i:
            accused = _accused(head.head)  # "found him guilty of attacking": the verdict on its own
        return accused
    verdict = next((c for c in head.children if c.dep_ in ("obj", "xcomp") and lemmas(c) & accusing), None)
    if act.dep_ == "advcl" and verdict is not None:  # "found a man guilty of murdering", "was found guilty of"
        accused = _accused(head)
        if accused is None or accused.i == verdict.i:
            accused = next((c for c in verdict.children if c.dep_ in ("compound", "nsubj") and c.i < verdict.i), None)
        return accused
    if act.dep_ in ("nmod", "acl") and head.dep_ in _ACCUSED_DEPS and lemmas(head.head) & accusing:
        return head
    return None


def _accused(verb: Token) -> Token | None:
    """The one a verb of accusing charges: its object, or its subject in the passive."""
    return next((c for c in verb.children if c.dep_ in _ACCUSED_DEPS), None)


def charging_verb(act: Token, accusing: frozenset[str]) -> Token | None:
    """The verb of accusing whose charge is a verb in -ing that the parse took for an adjective on the noun it
    governs, right after "of", "for" or "including" ("indicted her on counts including attacking soldiers"; not
    "the withdrawal of occupying forces"), else None."""
    noun = act.head
    if act.tag_ != "VBG" or act.dep_ != "amod" or noun.i < act.i or act.i == 0:
        return None
    between = act.doc[act.i + 1 : noun.i]
    if any(t.head.i != noun.i or t.dep_ not in ("nummod", "amod", "compound") for t in between):
        return None
    before = act.doc[act.i - 1]
    if before.lower_ not in _CHARGE_CASES or before.head.i != noun.i:
        return None
    verb = noun.head
    for _ in range(2):  # "on charges including attacking soldiers": up the nouns to the verb
        if verb.pos_ not in ("NOUN", "PROPN") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if lemmas(verb) & accusing else None


def ranked(noun: Token, ordinals: Collection[str]) -> bool:
    """Whether a noun is ranked by an ordinal ("the first nation", "the last country")."""
    return any(c.dep_ == "amod" and c.lower_ in ordinals for c in noun.children)


def _recipients(patients: list[Token], to: bool) -> list[Token]:
    """The patients of a verb of giving: whoever it goes to, not what is given, when the clause names both
    ("offered the government a truce"; with `to`, "promised weapons to the rebels", also where the parse hung "to
    the rebels" on the weapons)."""
    objects = [t for t in patients if t.dep_ == "obj"]
    things = objects + [t for t in patients if t.dep_ == "iobj"]
    hung = [c for t in things for c in t.children if c.dep_ == "nmod" and case_of(c) == "to"] if to else []
    if hung or (things and any(_to_phrase(t) for t in patients)):
        return [t for t in patients if t not in things] + hung
    if objects and len(things) > len(objects):
        return [t for t in patients if t not in objects]
    return patients


def _sides(patients: list[Token], objects: frozenset[str]) -> list[Token]:
    """The patients of a verb whose object is a topic ("discussed the crisis with Blair"): whoever it is discussed
    with, also where the parse hung "with Blair" on the topic; the topic itself is no side ("met to discuss
    Ukraine": no one met Ukraine)."""
    topics = [t for t in patients if t.dep_ in objects]
    hung = [c for t in topics for c in t.children if c.dep_ == "nmod" and case_of(c) == "with"]
    return [t for t in patients if t not in topics] + hung


def _to_phrase(token: Token) -> bool:
    return case_of(token) == "to"


def _agent_phrase(token: Token) -> bool:
    """A by-phrase that names an agent: a name, or a noun with its determiner ("by Iran", "by the rebels"; not "by
    night")."""
    if token.dep_ not in ("obl", "obl:agent") or case_of(token) != "by":
        return False
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children))


def _first_conjunct(verb: Token) -> Token:
    """The first of the verbs a verb is joined to ("killed" of "were killed and dozens wounded")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _gerund_subject(p: Token) -> bool:
    """A gerund after a subordinator whose past verb right after it the parser read as its modifier ("as shelling
    intensified", "when fighting erupted"): a noun, the subject of that verb, not a verb of the main clause's doer."""
    if not any(c.dep_ == "mark" and c.i == p.i - 1 for c in p.children) or p.i + 1 >= len(p.doc):
        return False
    after = p.doc[p.i + 1]
    past = after.lower_.endswith("ed") or after.lower_ in _irregular()
    return past and after.head.i == p.i and after.dep_ in ("advmod", "amod", "xcomp", "acl", "obj")


def _stray_of(n: Token) -> list[Token]:
    """The "of" phrase of an event noun that the parse hung on a phrase right after it, a sibling of the noun
    ("the arrest in absentia of a journalist", "the killing in Kabul of two aid workers")."""
    next_to = (c for c in n.head.children if c.left_edge.i == n.right_edge.i + 1 and c.dep_ in ("obl", "nmod"))
    after = next(next_to, None)
    if after is None or n.head.i == n.i or any(c.dep_ == "det" for c in after.children):
        return []  # (not "protests over the victory of X": a phrase of its own, with its own "of")
    return [c for c in after.children if c.dep_ == "nmod" and case_of(c) == "of" and c.i > after.i][:1]


def _glued(n: Token) -> bool:
    """An event noun with a determiner of its own and "of" after it, that the parser read as a modifier of the
    noun its "of" phrase ends with ("approved the deployment of 800 police officers")."""
    return n.dep_ == "compound" and n.head.i > n.i and _of_after(n) and any(c.dep_ == "det" for c in n.children)


def _naming_modifier(c: Token) -> bool:
    """A name or a capitalised adjective (a nationality) before a noun, not at its sentence's start: "a Russian
    plot", "a UN plan"."""
    if c.dep_ not in ("amod", "compound") or c.i == c.sent.start:
        return False
    return c.pos_ == "PROPN" or (c.pos_ == "ADJ" and c.text[:1].isupper())


def _set_off(p: Token) -> bool:
    """A participle set off by a comma before it ("..., killing nine officers"): an adverbial clause of the sentence,
    whatever noun the parser hung it on."""
    return p.i > 0 and p.doc[p.i - 1].text == ","


def misread_preposition(noun: Token, prepositions: Collection[str]) -> bool:
    """A noun phrase opened by a preposition the tagger read as its adjective ("rallied outside parliament", with
    "outside" an adjective of the object): a place, no object."""
    first = noun.left_edge
    return first.lower_ in prepositions and first.head.i == noun.i and first.dep_ in ("amod", "advmod")


def _aimed_at(objects: list[Token], cases: Collection[str]) -> list[Token]:
    """What a verb's object was aimed at, where the parse hung the phrase on the object ("fired rockets at the
    town") or on the thing a count of it names ("fired dozens of rockets at Israel")."""
    things = [*objects, *(c for o in objects for c in o.children if c.dep_ == "nmod" and case_of(c) == "of")]
    return [c for t in things for c in t.children if c.dep_ == "nmod" and case_of(c) in cases]


def _bare_name_after(p: Token, times: frozenset[str]) -> list[Token]:
    """A name right after a verb, or after a title right after it, that the parser made an oblique with no
    preposition ("met Russian leader Vladimir Putin", read with Putin as an oblique; "arrests former PM Khaleda Zia",
    the title read apart): the object, unless it names a day ("met Tuesday")."""
    return [
        c
        for c in p.children
        if c.dep_ == "obl" and c.pos_ == "PROPN" and _title_between(p, c) and c.lower_ not in times
        and not any(k.dep_ == "case" for k in c.children)
    ][:1]


def _stray_phrase_after(p: Token, times: frozenset[str]) -> list[Token]:
    """A counted noun phrase right after a verb that the parser hung on another verb as an oblique with no
    preposition ("police on Friday detained 30 people suspected of ..., the ministry said", with "30 people" read
    as said's): the verb's object, unless it names a time ("said Friday")."""
    if p.i + 1 >= len(p.doc) or p.dep_ == "amod":
        return []
    word = p.doc[p.i + 1]  # up from the word after the verb to the phrase it opens ("at least 20 demonstrators")
    while word.dep_ != "obl:unmarked" and word.head.i not in (word.i, p.i) and word.head.left_edge.i == p.i + 1:
        word = word.head
    stray = word.dep_ == "obl:unmarked" and word.head.i != p.i and word.pos_ in ("NOUN", "PROPN")
    stray = stray and any(c.dep_ == "nummod" for c in word.children)  # a count, read as a measure of time or size
    if not stray or word.left_edge.i != p.i + 1 or word.lower_ in times:
        return []
    opened = any(c.dep_ == "case" and c.i == word.left_edge.i for c in word.children)  # "on Friday": a phrase
    return [] if opened else [word]


def _title_between(p: Token, c: Token) -> bool:
    """Whether nothing but a short title ("former PM") stands between a verb and the noun phrase of `c` after it."""
    between = p.doc[p.i + 1 : c.left_edge.i]
    return c.left_edge.i > p.i and len(between) <= 3 and all(t.pos_ in ("ADJ", "NOUN") for t in between)


def _verb_before(p: Token) -> Token | None:
    """The nearest verb before p, in its sentence, with a subject of its own."""
    for t in reversed(p.doc[p.sent.start : p.i]):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
            return t
    return None


def _modifiers_before(n: Token) -> list[Token]:
    """The compounds and adjectives before a noun, and the leader of a "-led" or "-backed" party in a compound
    before it ("Saudi-led coalition air strikes": Saudi; not "North Korea" in "North Korea sanctions talks")."""
    found = [c for c in n.children if c.dep_ in ("compound", "amod") and c.i < n.i]
    chain, leaders = list(found), []
    for _ in range(3):
        chain = [g for c in chain for g in c.children if g.dep_ in ("compound", "amod") and g.i < c.i]
        leaders += [g for c in chain if _hyphen_participle(c) for g in c.children if g.i < c.i and not g.is_punct]
    return found + leaders


def _hyphen_participle(word: Token) -> bool:
    """A participle joined by a hyphen to the word before it ("Saudi-led", "Iranian-backed")."""
    return word.tag_ == "VBN" and word.i > 0 and word.doc[word.i - 1].text in ("-", "–")


def _describing(participle: Token) -> bool:
    """A participle before the noun it hangs on as a modifier ("the occupied territories"; "freed jailed
    journalists", where the parse may call it a number or a compound)."""
    if participle.dep_ == "amod":
        return True
    return participle.dep_ in ("nummod", "compound") and participle.head.i > participle.i and not any(
        participle.children
    )


def _after_noun(token: Token) -> bool:
    """A participle right after a noun ("tanks shelled positions") is more likely a verb the parser missed than
    an adjective ("the shelled positions")."""
    return token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN", "PRON")


def _phrase_end(doc: Doc, i: int) -> int:
    """The index of the first word from `i` on that is no word of a plain noun phrase (`len(doc)` when none)."""
    while i < len(doc) and doc[i].tag_ in _NOUN_PHRASE_TAGS:
        i += 1
    return i


def _last_comma(doc: Doc, start: int, end: int) -> int | None:
    """The index of the last comma among words [start, end) of a parse, or None."""
    return next((t.i for t in reversed(doc[start:end]) if t.text == ","), None)


def _without_verb_objects(subjects: list[Token], objects: frozenset[str]) -> list[Token]:
    """The subjects of a verb less a later one right after a verb inside the first one's phrase that has no object
    of its own ("a strike on a dormitory sheltering displaced families in Kherson killed six", parsed with two
    subjects: the families are sheltered, the strike killed)."""
    if len(subjects) < 2:
        return subjects
    first, doc = subjects[0], subjects[0].doc
    kept = [first]
    for s in subjects[1:]:
        verbs = [
            t
            for t in doc[first.i + 1 : s.left_edge.i]
            if t.tag_ in ("VBG", "VBN") and not any(c.dep_ in objects for c in t.children)
        ]
        if not (verbs and verbs[-1].i + 1 >= s.left_edge.i - 1 and s.i > first.i):
            kept.append(s)
    return kept


def _after_verb_marker(word: Token) -> bool:
    """A word right after a modal, an auxiliary or "to" ("China must drop barriers"), or a participle after a form
    of "have" and an adverb ("Washington has previously rejected accusations", "has" read as the verb): a verb,
    whatever the parse."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.tag_ == "RB" and word.tag_ in _PAST and before.i > 0:
        return word.doc[before.i - 1].lower_ in _HAVE
    return before is not None and (before.tag_ in ("MD", "TO") or before.pos_ == "AUX")


def main_verb_as_complement(p: Token) -> Token | None:
    """The noun a relative clause describes at the root of a verbless parse, when the sentence's main verb, passive,
    was hung on the relative verb as its clause with the relative verb's object for its subject ("A blogger who had
    mocked the president was arrested", parsed as "mocked [the president was arrested]"): that noun, the main verb's
    real subject."""
    relative = p.head
    if p.dep_ != "ccomp" or relative.dep_ != "acl:relcl" or relative.head.dep_ != "ROOT":
        return None
    if relative.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subject = next((c for c in p.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < p.i), None)
    aux = next((c for c in p.children if c.dep_ == "aux:pass"), None)
    if subject is None or aux is None or aux.i != subject.i + 1 or subject.i < relative.i:
        return None
    return relative.head


def _missed_verb(participle: Token) -> bool:
    """A participle right after a noun, in a noun phrase that no other verb takes as its object ("tanks shelled
    positions", read as one noun phrase): the verb the parser missed; in an object ("took over guarding captured
    fighters") it describes the noun."""
    if _after_verb_marker(participle):
        return True  # "its forces had struck military infrastructure": the auxiliary makes it the verb
    return _after_noun(participle) and participle.head.dep_ not in ("obj", "iobj", "obl", "nmod")


def _gerund_noun(token: Token) -> bool:
    """A gerund used as a noun: with a determiner, a possessor or an "of" phrase ("the shelling of the town"), or
    an adjective before it and no object ("fled after heavy shelling")."""
    if any(c.dep_ in ("det", "nmod:poss") or (c.dep_ == "nmod" and case_of(c) == "of") for c in token.children):
        return True
    described = any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < token.i for c in token.children)
    return described and not any(c.dep_ in ("obj", "iobj") for c in token.children)


def _size(token: Token) -> int:
    return token.right_edge.i - token.left_edge.i + 1


def _joined_verbs(verb: Token) -> list[int]:
    """The verbs joined with a verb by "and"/"or" ("condemned ... and demanded ..."), itself left out."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    members = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return [m.i for m in members if m.i != verb.i and m.pos_ in ("VERB", "AUX")]


def _clause_tokens(root: Token) -> list[int]:
    """The token indices of a clause: the root's subtree without clauses hanging from it."""
    out: list[int] = []
    stack = [root]
    while stack:
        t = stack.pop()
        out.append(t.i)
        for c in t.children:
            if c.dep_ in _CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and t.i == root.i):
                continue
            stack.append(c)
    return out


def _contact_relative(subjects: list[Token]) -> bool:
    """Two subjects in a row, each a common noun after an article ("The convoy a militia attacked ... was
    carrying food"): the first is what the clause with no relative pronoun did something to."""
    if len(subjects) != 2 or subjects[0].right_edge.i + 1 != subjects[1].left_edge.i:
        return False
    return all(s.pos_ == "NOUN" and s.left_edge.lower_ in _ARTICLES for s in subjects)


def _leading_case(t: Token, frame: Frame) -> bool:
    """The preposition that hangs an event noun on the clause around it ("horrified by a shooting"), or the noun a
    relative clause is on ("the arrest of a journalist who criticised ..."): not its own."""
    if t.dep_ != "case":
        return False
    if frame.verbal:  # (not "such" of "such as")
        relative = frame.predicate.dep_ in ("acl:relcl", "acl") and t.head.i == frame.predicate.head.i
        return relative and not any(c.dep_ == "fixed" for c in t.children)
    return t.head.i == frame.predicate.i


def core_start(token: Token) -> int:
    """Where a participant's noun phrase starts, without what hangs after its head."""
    start = token.i
    for c in token.children:
        if c.i < token.i and (c.dep_ in _MODIFIER_DEPS or c.dep_ in ("det", "nummod", "case")):
            start = min(start, c.left_edge.i)
    return start


def _by_phrase(token: Token) -> bool:
    """A by-phrase hung on a noun ("the decision by Russia"): who made it."""
    return token.dep_ == "nmod" and case_of(token) == "by"


def _subjects(verb: Token, subject: frozenset[str]) -> list[Token]:
    """A verb's own subjects."""
    return [c for c in verb.children if c.dep_ in subject]


def _adjective_subject(subject: Token) -> Token:
    """The noun an adjective read as a subject describes ("Militants loyal to the group attacked ...", with "loyal"
    the subject and "Militants" its own): that noun."""
    if subject.pos_ != "ADJ":
        return subject
    own = [c for c in subject.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < subject.i]
    return own[0] if own else subject


def _root_before_of(p: Token) -> Token | None:
    """The noun at the root of a verbless parse whose "of" phrase the parse hung a finite verb on ("Supporters of
    the former government gathered outside ...", read as a government that gathered): the verb's subject."""
    if p.dep_ != "acl" or p.tag_ not in ("VBD", "VBN") or any(_agent_phrase(c) for c in p.children):
        return None  # (a participle with its agent is a passive: "supporters of the leader detained by police")
    of, root = p.head, p.head.head
    if of.dep_ != "nmod" or case_of(of) != "of" or root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    return root if root.i < of.i else None


def _subject_after_mark(p: Token, marks: frozenset[str]) -> Token | None:
    """The noun right before a finite verb that the parse made a phrase of a word that opens a clause ("after the
    cleric told them", read as "after the cleric" and a verb of its own): the verb's subject."""
    if p.tag_ not in ("VBD", "VBZ", "VBP") or p.i == 0:
        return None
    noun = p.doc[p.i - 1]
    while noun.head.i != noun.i and noun.head.right_edge.i == p.i - 1 and noun.head.i < p.i:
        noun = noun.head
    if noun.dep_ not in ("obl", "nmod") or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.head.i == p.i:
        return None
    opening = noun.left_edge
    return noun if opening.dep_ == "case" and opening.head.i == noun.i and opening.lower_ in marks else None


def _set_off_subject(p: Token) -> Token | None:
    """The name a parse made the object of the verb before, where a description set off by commas follows it and a
    verb with no subject and no "and" comes next ("reported Abdul-Mahdi, the caretaker prime minister, recommended
    ..."): the name is that verb's subject."""
    head = p.head
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "cc" for c in p.children) or p.i < 2 or not _set_off(p):
        return None
    names = [c for c in head.children if c.dep_ == "obj" and c.pos_ == "PROPN" and c.i < p.i]
    if not names or p.doc[names[0].right_edge.i + 1].text != ",":
        return None
    return names[0]


def reporter_of_joined(p: Token) -> Token | None:
    """The verb of saying whose second act `p` is, where the parse joined p to the reported clause instead: "X said
    it was vital to act and urged Y to ...", "X said there was no choice and ordered ..." (a finite verb with no
    subject, joined to a reported clause that has no one to share)."""
    head = p.head
    finite = p.tag_ in ("VBD", "VBZ") or (p.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in p.children))
    if p.dep_ != "conj" or not finite or head.dep_ != "ccomp" or head.head.i == head.i:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in p.children):
        return None
    existential = any(c.dep_ == "expl" for c in head.children)  # "there was no choice": no one to share
    if not existential and any(c.dep_ in _SUBJECT_DEPS and c.lower_ not in _EXPLETIVES for c in head.children):
        return None
    return head.head


def _between_commas(verb: Token) -> bool:
    """Whether a verb and its subject stand alone between commas (", French officials said,"): an aside, whose
    subject the clause after it does not share."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.right_edge.i + 1 != verb.i:
        return False
    doc = verb.doc
    first = next(t for t in subject.subtree if not t.is_punct)  # (the parse may hang the comma on the subject)
    before = doc[first.i - 1].text if first.i > 0 else ""
    return before == "," and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def _subordinated(subject: Token, verb: Token) -> Token:
    """The noun a subordinator opens right before a verb whose subject the parse put further back ("killing 80
    people as the driver also opened fire", with "as" read as a preposition of "the driver"): that noun."""
    for t in subject.doc[subject.i + 1 : verb.i]:
        noun = t.head
        if t.lower_ not in SUBORDINATORS or t.dep_ != "case" or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        between = subject.doc[noun.right_edge.i + 1 : verb.i]
        if subject.i < noun.i < verb.i and all(w.pos_ in ("ADV", "AUX", "PART") for w in between):
            return noun
    return subject


def _owner_past_preposition(verb: Token) -> Token | None:
    """The noun a relative clause is on, when the parse made a preposition at that clause's end ("who escaped from
    a prison in Ohio was charged") the subordinator of the sentence's own verb, with the preposition's noun as its
    subject; None for any other verb."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    if mark is None or mark.pos_ != "SCONJ" or mark.lower_ in SUBORDINATORS or mark.lower_ not in _PREPOSITIONS:
        return None
    if not any(c.dep_ in _SUBJECT_DEPS and mark.i < c.i < verb.i for c in verb.children):
        return None
    relative = verb.head
    if verb.dep_ != "advcl" or relative.dep_ != "acl:relcl" or relative.i > mark.i:
        return None
    owner = relative.head
    return owner if owner.pos_ in ("NOUN", "PROPN") and owner.i < relative.i else None


def hung_on_object(p: Token) -> bool:
    """A verb the parse hung on the noun after it as its adjective, where it is the verb of that object: a past
    tense ("killed 258 people"), or a participle with a number, a possessor or an article between ("killed 40
    people", "by destroying Saddam's army": no adjective stands before those)."""
    noun = p.head
    if p.dep_ != "amod" or p.pos_ != "VERB" or not p.i < noun.i:
        return False
    between = ("nummod", "nmod:poss", "det")  # "destroying Saddam's machine": no adjective before a possessor
    return p.tag_ == "VBD" or any(c.dep_ in between and p.i < c.i < noun.i for c in noun.children)


def infinitive_joined(p: Token) -> Token | None:
    """The infinitive a bare verb is coordinated with, where the parse joined it to the verb above instead ("was
    scheduled to lay flowers, talk to guards and meet the president": she is to talk; a bare form with no "to", no
    auxiliary and no subject of its own cannot be joined to "scheduled")."""
    head = p.head
    if p.dep_ != "conj" or p.tag_ != "VB" or head.tag_ == "VB" or head.i > p.i:
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_.startswith("aux") or c.dep_ == "mark" for c in p.children):
        return None
    joined = [c for c in head.children if c.dep_ == "xcomp" and head.i < c.i < p.i and infinitive(c)]
    return joined[-1] if joined else None


def _nearer_clause(p: Token) -> Token | None:
    """The verb of an adverbial clause with a subject of its own that ends right before "and <p>", where the parse
    joined p to the verb of the sentence instead ("denounced the deal in which A and B agreed on borders and allowed
    deployments": A and B allowed them; "arrested the man after he stabbed a guard and fled": he fled). A relative
    clause ending there keeps the parse's reading ("vowed to down missiles that threaten it, and deployed ...")."""
    cc = next((c for c in p.children if c.dep_ == "cc" and c.i < p.i), None)
    if cc is None:
        return None
    end = cc.i - 1 if cc.i > 0 and cc.doc[cc.i - 1].text != "," else cc.i - 2
    for t in reversed(p.doc[p.head.i + 1 : cc.i]):
        if t.pos_ == "VERB" and t.dep_ == "advcl" and t.right_edge.i == end:
            return t if any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children) else None
    return None


def by_after_object(n: Token, means: frozenset[str]) -> list[Token]:
    """A by-phrase right after a noun that is the object of an active verb, which the parser hung on the verb
    ("criticised the shelling of the town by government forces"): an active verb has no agent after "by", so it is
    the noun's doer, unless it is a bare noun of means ("condemned the decision by letter", "by force")."""
    verb = n.head
    if n.dep_ != "obj" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children):
        return []
    after = n.right_edge.i + 1
    return [
        c
        for c in verb.children
        if c.left_edge.i == after and c.dep_ == "obl" and case_of(c) == "by" and c.pos_ in ("NOUN", "PROPN")
        and not _means(c, means)
    ]


def _means(c: Token, means: frozenset[str]) -> bool:
    """A bare noun of means after "by" ("by force", "by phone"; not "by government forces")."""
    return bool(lemmas(c) & means) and all(k.dep_ == "case" for k in c.children)


def by_on_of_object(ofs: list[Token], means: frozenset[str]) -> list[Token]:
    """The by-phrases the parser hung on the "of" objects `ofs` of a noun ("the seizure of the tanker by Iran", "the
    detention of the activist by police"): the noun's doers, not a bare means ("the seizure of the ship by force")."""
    return [c for o in ofs for c in o.children if c.i > o.i and case_of(c) == "by" and not _means(c, means)]
