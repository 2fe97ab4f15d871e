"""Events: who did what to whom, coded in PLOVER, with modality (`doc._.events`, SPEC `events`).

Trigger words from the lexicon (`data/events.toml`) mark the sentences that may state an event; only those are
parsed (`sitrep.syntax`). On the parse, each trigger's predicate and its participants are read from the clause
(`clause.py`: subject and object, passive by-phrases, relative clauses, control, coordination, event nouns and
their light verbs), mapped to the entities, times and figures the earlier components found (`roles.py`), and
given a modality (`modality.py`). What is kept must hold a participant of a fitting kind; sport, business and
entertainment senses, background nouns ("since the invasion"), page furniture and accidents are left out. The
clauses of an article that report one happening become one event with every clause in `mentions`
(`merge.py`)."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.components import register_extensions, text_of, token_texts
from sitrep.components.events.clause import (
    SUBORDINATORS,
    ClauseReader,
    Frame,
    Grammar,
    accused_of,
    case_of,
    hung_on_object,
    lemmas,
    marked,
    misread_preposition,
)
from sitrep.components.events.context import Clause, DocIndex, Words, build_index, clauses, words_of
from sitrep.components.events.lexicon import (
    PatternBuilder,
    TokenPatterns,
    base_verbs,
    cues,
    event_nouns,
    lexicon,
    mode_nouns,
    type_flags,
    type_nouns,
    verb_forms,
)
from sitrep.components.events.merge import Areas, Claims, merge
from sitrep.components.events.modality import Modality, ModalWords
from sitrep.components.events.parties import add_parties, unify
from sitrep.components.events.roles import Party, PartyWords, RoleMapper, Roles, party_head, unnamed_key
from sitrep.components.events.triggers import Trigger, TriggerFinder
from sitrep.data_files import function_words, load_toml
from sitrep.record import Entity, Event, Evidence
from sitrep.syntax import (
    Parsed,
    ParserMissing,
    headline_tree,
    infinitive,
    parse_again,
    parse_ahead,
    parse_sentences,
    parse_standing_in,
    plan_parses,
)

__all__ = ["EventExtractor", "Trigger", "make_events"]

log = logging.getLogger(__name__)
SPAN_KEY = "events"
_TITLE_MIN, _TITLE_SHARE = 3, 0.8  # a headline of at least three words, four in five capitalised, is in title case
_HEADLINES = frozenset({"headline", "subtitle"})
_NONE: frozenset[str] = frozenset()
_WORD = re.compile(r"[a-z]+")
_Parses = dict[int, Parsed]
_Names = list[tuple[int, int, str]]
_Misread = tuple[Callable[[Parsed], Token | None], str, Callable[[int, Parsed], bool]]
_StandIn = tuple[str, Callable[[Parsed], bool]]  # the stand-in word, and the test the new parse must pass
_DETERMINING = frozenset({"det", "nummod", "nmod:poss"})
_TAKEN = frozenset({"obj", "ccomp", "xcomp"})  # what a transitive "demonstrate" takes
_ABOUT = frozenset({"about", "on"})  # what a work is about
_AIMED_AT = frozenset({"on", "upon", "against"})  # the prepositions of what a noun of attack hits
_ARTICLES = frozenset({"a", "an"})
_TELLER = frozenset({"nsubj", "compound", "amod"})  # the work that tells ("the novel tells", at times one noun)
_NAMED_POS = frozenset({"PROPN", "PRON", "NUM"})  # words that name or count, never a thing
_ANYONE = function_words("anyone")
_ADJECTIVAL = frozenset({"amod", "acl", "acl:relcl", "compound", "conj", "appos"})  # a verb read as describing
_OBJECT_STARTS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"})
_ANY = function_words("any")
_ADDRESSED = frozenset({"obj", "iobj"})  # who a directive is told to
_PLACE_KINDS = frozenset({"place", "country"})  # entity kinds of one place, singular whatever their last letter
_REFLEXIVES = function_words("reflexives")
_HAVE_FORMS = function_words("have_forms")
_QUESTION_WORDS = function_words("question_words")
_FORCEFUL = frozenset({"ASSAULT", "COERCE"})  # types a figurative "fight" or "curb" of a scourge takes
_SKIPPED_SECTIONS = frozenset({"dateline", "byline", "credit", "boilerplate"})
_DASHES = frozenset({"–", "—", "--", "-"})  # after a place that opens a sentence: a dateline
_BY_FORCE = frozenset({"amod", "compound"})  # relations of a modifier that may be a word of armed force
_ABSORBING = frozenset({"xcomp", "ccomp", "obj", "acl", "obl", "nmod"})
_COMPLEMENTS = frozenset({"obj", "iobj", "ccomp", "xcomp"})  # what a verb's own clause goes on with
_THING_SUBJECTS = frozenset({"it", "this", "that", "which", "what", "these", "those", "there"})
_RULED = frozenset({"ccomp", "xcomp", "acl", "acl:relcl", "advcl", "obj", "obl"})  # what a ruling says
_CASUALTIES = frozenset({"killed", "wounded", "casualties", "detained"})
_SYNTAX_FILE = "event_syntax.toml"
_PLANNED = "sitrep_event_plan"  # the words and triggers `plan_parse` read, for `__call__` to use
_CLAUSE_PARTS = frozenset({"nsubj", "nsubj:pass", "csubj", "cop", "aux", "aux:pass", "mark", "expl"})
_SHORT = 2  # an evidence of this many words or fewer ("Howard attacks") is widened to its sentence, else dropped


@Language.factory(
    "sitrep_events",
    default_config={"spans_key": SPAN_KEY},
    assigns=["doc._.events", "doc.spans"],
    requires=[
        "token.is_sent_start",
        "doc._.sections",
        "doc._.entities",
        "doc._.times",
        "doc._.quantities",
        "doc._.quotes",
    ],
)
def make_events(nlp: Language, name: str, *, spans_key: str) -> EventExtractor:
    return EventExtractor(nlp, spans_key=spans_key)


@dataclass(frozen=True, slots=True)
class _Planned:
    """What `plan_parse` read of a Doc: its words and its trigger candidates."""

    words: Words
    triggers: list[Trigger]


@dataclass(frozen=True, slots=True)
class _FirstRead:
    """What `_reparses_ahead` read of a sentence's first parse, so that `_reparse_body` reads it only once: the
    first misreading found (its place among `_misreads`, its word and the word that stands in for it), or none
    (`misread` is the list's length) and then the stand-ins `_stand_ins` gives (None for none)."""

    parsed: Parsed
    misread: int
    word: Token | None
    standin: str = ""
    stand_ins: tuple[dict[int, str], Callable[[Parsed], bool]] | None = None

    def word_of(self, parsed: Parsed, k: int) -> tuple[bool, Token | None]:
        """Whether misreading k of `parsed` was read already, and its word if so."""
        if parsed is not self.parsed or k > self.misread:
            return False, None
        return True, self.word if k == self.misread else None


@dataclass(slots=True)
class Found:
    """One event before merging, with the trigger that stated it and the unnamed parties it names."""

    trigger: Trigger
    event: Event
    parties: dict[str, Party]
    judges: str | None = None  # "condemned the raid": the type of an act told before, whose doer is the one judged
    judged_noun: str = ""  # ... and the noun that points back to it ("raid")


class EventExtractor:
    """Finds PLOVER events; `match()` finds trigger candidates, `set_annotations()` reads their clauses."""

    def __init__(self, nlp: Language, *, spans_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.spans_key = spans_key
        self.strings: dict[int, str] = {}  # texts of string hashes seen (see `context.words_of`)
        data, syntax = cues(), load_toml(_SYNTAX_FILE)
        builder = PatternBuilder(nlp, gap=int(lexicon()["settings"]["gap"]), irregular=lexicon()["forms"])
        self.breaks = frozenset(data["clause"]["breaks"])
        self.triggers = TriggerFinder(nlp, builder, self.breaks, frozenset(data["clause"]["late_breaks"]))
        self.reader = ClauseReader(Grammar.from_data(syntax))
        modal_words = ModalWords.from_data(syntax)
        self.modality = Modality(modal_words)
        self.speech_verbs = modal_words.speech_verbs
        self.party_words = PartyWords.from_data(syntax, data)
        self.accidents = TokenPatterns(nlp.vocab, [(True, builder.phrase(p)) for p in data["accidents"]["causes"]])
        self.causes = frozenset(c for c in data["accidents"]["causes"] if " " not in c)
        self.agentive = type_flags("agentive")
        self.framers = type_flags("frames")
        self.movers = type_flags("mover")
        senses = syntax["senses"]
        self.verbal_attack_modes = frozenset(senses["verbal_attack_modes"])
        self.perpetrating = frozenset(senses["perpetrating"])
        self.threat_types = frozenset(senses["threat_of_act_types"])
        self.bodily_targets = frozenset(senses["bodily_targets"])
        self.epistemic = frozenset(senses["epistemic_verbs"])
        self.state_verbs = frozenset(senses["state_verbs"])
        self.crowd_verbs = frozenset(senses["crowd_verbs"])
        self.clause_cues = frozenset(senses["clause_cues"])
        self.clause_cue_verbs = frozenset(senses["clause_cue_verbs"])
        self.business_parties = frozenset(senses["business_parties"])
        self.works = frozenset(senses["works"])
        self.narrating = frozenset(senses["narrating"])
        self.habitual = frozenset(senses["habitual"])
        self.clash_verbs = frozenset(senses["clash_verbs"])
        self.debating_parties = frozenset(senses["debating_parties"])
        self.speech_when_clausal = frozenset(senses["speech_when_clausal"])
        self.intransitive_only = frozenset(senses["intransitive_only"])
        self.readiness = frozenset(senses["readiness"])
        self.court_bargains = frozenset(senses["court_bargains"])
        self.active_only = frozenset(senses["active_only"])
        self.dangers = frozenset(senses["dangers"])
        self.needs_target = {type_: frozenset(words) for type_, words in senses["needs_target"].items()}
        self.needs_people = {type_: frozenset(words) for type_, words in senses["needs_people"].items()}
        self.armed_defence = {
            type_: (frozenset(d["verbs"]), frozenset(d["ground"])) for type_, d in senses["armed_defence"].items()
        }
        self.things_met = {
            type_: (frozenset(met["verbs"]), frozenset(met["objects"])) for type_, met in senses["things_met"].items()
        }
        self.advisories = {type_: frozenset(words) for type_, words in senses["advisories"].items()}
        self.needs_persons = {type_: frozenset(words) for type_, words in senses["needs_persons"].items()}
        self.contests = {type_: frozenset(words) for type_, words in senses["contests"].items()}
        self.particle_nonsenses = {verb: frozenset(words) for verb, words in senses["particle_nonsenses"].items()}
        self.adverb_nonsenses = {verb: frozenset(words) for verb, words in senses["adverb_nonsenses"].items()}
        self.typed_particle_nonsenses = {
            kind: {verb: frozenset(words) for verb, words in verbs.items()}
            for kind, verbs in senses["particle_nonsenses_by_type"].items()
        }
        self.needs_actor = {type_: frozenset(words) for type_, words in senses["needs_actor"].items()}
        self.authority_acts = frozenset(senses["authority_acts"])
        self.lawless_modes = frozenset(senses["lawless_modes"])
        self.display_nouns = frozenset(senses["display_nouns"])
        self.preventing_verbs = frozenset(senses["preventing_verbs"])
        self.force_modifiers = frozenset(senses["force_modifiers"])
        self.using_verbs = frozenset(senses["using_verbs"])
        self.pro_verbs = frozenset(senses["pro_verbs"])
        self.gatherings = frozenset(senses["gatherings"]["words"])
        self.going_verbs = frozenset(senses["going_verbs"])
        self.striving_verbs = frozenset(senses["striving_verbs"])
        self.fights = frozenset(senses["fights"])
        self.struggle_modifiers = frozenset(senses["struggle_modifiers"])
        self.armed_parties = frozenset(senses["armed_parties"])
        self.force_nouns = frozenset(senses["force_words"]) | frozenset(senses["instruments"])
        self.alerting_verbs = frozenset(senses["alerting_verbs"])
        self.the_public = frozenset(senses["the_public"])
        self.welcoming = frozenset(senses["welcoming"])
        self.judged = {k: frozenset(v) for k, v in senses["judged_attacks"].items()}
        # the noun heads of each type's acts that a judgement may point back to ("condemned the drills")
        self.judged_nouns = mode_nouns(self.judged["acts"])
        self.parts = [_Part.from_data(rule) for rule in senses["parts_of_acts"]]
        self.official_protest = frozenset(senses["official_protest"]["verbs"])
        self.state_offices = frozenset(senses["official_protest"]["offices"])
        self.instruments = frozenset(senses["instruments"])
        self.struck_things = frozenset(senses["struck_things"])
        self.struck_types = frozenset(senses["struck_types"])
        self.two_sided_verbs = frozenset(senses["two_sided_verbs"])
        self.press = frozenset(senses["press"])
        self.received_with = frozenset(senses["received_with"])
        self.anonymity = frozenset(senses["anonymity"])
        self.withheld_words = frozenset(senses["withheld_words"])
        self.happened_heads = modal_words.happened_heads
        self.private_people = frozenset(senses["private_people"])
        self.private_travel = frozenset(senses["private_travel"])
        self.no_aim = frozenset(senses["no_aim"])
        self.aim_case = frozenset(syntax["arguments"]["aim_case"])
        self.aiming_verbs = frozenset(syntax["arguments"]["aiming_verbs"])
        self.scourges = frozenset(senses["scourges"])
        nominal = syntax["nominal"]
        self.verb_nouns = event_nouns() | frozenset(nominal["verb_nouns"])
        self.known_subjects = (
            self.party_words.documents
            | self.verb_nouns
            | self.party_words.parties
            | self.party_words.part_of
            | self.party_words.instruments
        )
        self.lone_next = frozenset(nominal["lone_noun_next"])
        self.lone_window = int(nominal["lone_noun_window"])
        self.lone_before = frozenset(nominal["lone_noun_before"])
        light = {verb.split()[0] for verb in nominal["light_verbs"]}
        self.light_forms = frozenset(
            [form for verb in light for form in verb_forms(verb, lexicon()["forms"])]
            + [form for form, base in syntax["irregular"].items() if base in light]
        )
        # a hyphenated verb's last part too: "test-fires" is "test", "-", "fires" in the pipeline's tokens
        headline_verbs = light | {w.split()[0].split("-")[-1] for w in _lexicon_verbs()}
        self.headline_past = _past_of_third_person(headline_verbs)
        self.past_forms = frozenset(self.headline_past.values()) - frozenset(self.headline_past)
        self.base_past = _past_of_base(headline_verbs)
        self.base_forms = frozenset(w.split()[0] for w in _lexicon_verbs())
        self.event_heads = event_nouns()
        self.collective = frozenset(syntax["headline"]["collective"])
        self.time_marks = frozenset(syntax["reparse"]["time_marks"])
        self.resultatives = frozenset(syntax["reparse"]["resultatives"])
        self.hyphened_verb_parts = frozenset(syntax["reparse"]["hyphened_verb_parts"])
        self.said_things = frozenset(senses["said_things"])
        self.verbal_attack_modifiers = frozenset(senses["verbal_attack_modifiers"])
        self.decided_nouns = frozenset(senses["decided_nouns"])
        self.grievance_types = frozenset(senses["grievance_types"])
        self.region_words = frozenset(senses["region_words"])
        claims, attacks, attackers = senses["claims"], senses["claimed_attacks"], senses["attackers"]
        self.claims = Claims(frozenset(claims), frozenset(attacks), frozenset(attackers))
        self.retellers = frozenset(senses["retelling_heads"])
        self.day_parts = frozenset(syntax["arguments"]["day_parts"])
        self.capacity_nouns = frozenset(senses["capacity_nouns"])
        self.topic_marks = frozenset(senses["topic_marks"])
        self.aims = frozenset(senses["aims"])
        self.ground_in_plural = frozenset(senses["ground_in_plural"])
        self.as_senses = frozenset(senses["as_senses"])
        self.property_modes = frozenset(senses["property_modes"])
        self.armed_property = frozenset(senses["armed_property"])
        self.promising_verbs = frozenset(senses["promising_verbs"])
        self.promised_types = frozenset(senses["promised_types"])
        self.self_harm_verbs = frozenset(senses["self_harm_verbs"])
        self.threatening_verbs = frozenset(senses["threatening_verbs"])
        self.threatened_acts = frozenset(senses["threatened_acts"])
        self.future_aux = frozenset(senses["future_aux"])
        self.warner_pronouns = frozenset(senses["warner_pronouns"])
        self.penalties = frozenset(senses["penalties"])
        self.threatened_objects = {k: frozenset(v) for k, v in senses["threatened_objects"].items()}
        self.modal_aux = self.future_aux | modal_words.possible_aux  # "will be arrested", "may be arrested"
        self.probing_modes = frozenset(senses["probing_modes"])
        self.ruling_modes = frozenset(senses["ruling_modes"])
        self.armed_modes = frozenset(senses["armed_modes"])
        self.judging_modes = frozenset(senses["judging_modes"])
        self.agreeing_types = frozenset(senses["agreeing_types"])
        self.agreed_acts = frozenset(senses["agreed_acts"])
        self.forceful_parties = self.armed_parties | self.party_words.home_authorities  # whose force is political
        self.unlawful_words = frozenset(senses["unlawful_words"])
        self.report_nouns = frozenset(senses["report_nouns"])
        self.harms = frozenset(senses["harms"]) | self.reader.g.undergone
        self.complement_targets = frozenset(syntax["complement"]["target_types"])
        self.helped_types = frozenset(syntax["complement"]["helped_types"])
        self.complement_case = frozenset(syntax["complement"]["aimed_case"])
        self.freeing = frozenset(syntax["freed"]["verbs"])
        self.keeping = frozenset(syntax["freed"]["keepers"])
        self.retype = {mode: (to["type"], to["mode"]) for mode, to in syntax["retype"].items()}
        taken = syntax["people_taken"]
        self.people_taken = (frozenset(taken["verbs"]), taken["to"]["type"], taken["to"]["mode"])
        opposed = syntax["opposed"]
        self.opposed = (opposed["from"], opposed["to"]["type"], opposed["to"]["mode"], frozenset(opposed["wrongs"]))
        self.received = frozenset(syntax["received"]["modes"])
        self.ruled_out = frozenset(syntax["ruled_out"]["types"])
        self.received_from = frozenset(syntax["received"]["agent_case"])
        register = syntax["register"]
        self.register_words = frozenset(register["words"])
        self.register_rate = float(register["per_thousand"])
        self.register_min = int(register["min_words"])
        self.low_register_types = frozenset(register["types"])
        domains = data["register"]
        self.domain_words = frozenset(domains["domains"])
        self.domain_min_words = int(domains["min_words"])
        self.domain_min_hits = int(domains["min_hits"])
        self.domain_ratio = float(domains["ratio"])
        self.domain_rate = float(domains["per_thousand"])
        self.domain_score = re.compile(domains["score"])
        self.domain_conflict = self.register_words - frozenset(domains["figurative"])
        self.domain_forceful = frozenset(domains["forceful"])
        self.stories = frozenset(domains["stories"])
        figures = data["figures"]
        self.figure_subjects = frozenset(figures["said_of"])
        self.money_or_contest = frozenset(figures["money_or_contest"])
        self.across_history = frozenset(figures["across_history"])
        self._domain_of: tuple[DocIndex, bool] | None = None  # the last article judged, and its judgement
        pronouns = syntax["pronouns"]
        self.candidates = self.party_words.parties | self.party_words.plural_parties | frozenset(
            w for group in ("person", "collective", "plural", "speaker") for w in pronouns[group]
        ) | self.party_words.crowd_counts
        self.object_senses = {verb: frozenset(nouns) for verb, nouns in senses["object_senses"].items()}
        self.object_nonsenses = {verb: frozenset(nouns) for verb, nouns in senses["object_nonsenses"].items()}
        self.complements = {verb: frozenset(kinds) for verb, kinds in senses["complements"].items()}
        self.noun_only = frozenset(senses["noun_only"])

    def __call__(self, doc: Doc) -> Doc:
        planned = doc.user_data.pop(_PLANNED, None)  # read already by `plan_parse`
        if isinstance(planned, _Planned):
            self.set_annotations(doc, planned.triggers, words=planned.words)
        else:
            self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc, words: Words | None = None) -> list[Trigger]:
        """The trigger candidates of the Doc, in text order (`words`: the Doc's `words_of`, if read already)."""
        return self.triggers(doc, words if words is not None else words_of(doc, self.strings))

    def set_annotations(self, doc: Doc, triggers: list[Trigger], *, words: Words | None = None) -> None:
        """Read each candidate's clause and write `doc._.events` (ids V1, V2, ... in text order) and the trigger
        spans in `doc.spans` (`words`: the Doc's `words_of`, if read already; the tokens and sentences of a Doc do
        not change after the sentence component)."""
        index = build_index(doc, words if words is not None else words_of(doc, self.strings))
        found = _unified(self._found(doc, index, triggers))
        times = {t.id: t.value for t in doc._.times or []}
        sides = {**_sides_of(doc._.entities or []), **index.resolve}
        areas = _areas(doc._.entities or [], self.region_words)
        sentence_at = partial(_sentence_at, index)
        tolls = {  # the figure, or the bound of one told as "more than 50" (the headline's "kills 50")
            q.id: (q.category, figure)
            for q in doc._.quantities or []
            if q.category in _CASUALTIES and (figure := q.value if q.value is not None else q.low) is not None
            and figure > 1
        }
        merged = merge(
            [f.event for f in found],
            times,
            index.section_at,
            sides,
            areas,
            sentence_at,
            self.claims,
            tolls=tolls,
            retellers=self.retellers,
        )
        judging = {id(f.event): (f.judges, f.judged_noun) for f in found if f.judges is not None}
        _judged_doers(merged, judging)
        events = [e for e in merged if _words(e) > _SHORT]
        if self._low_register(index):
            events = [e for e in events if e.type in self.low_register_types]
        parties = [p for f in found for p in f.parties.values()]  # a merged-away clause's parties may be named
        used = {i for e in events for i in (*e.actors, *e.targets)}
        add_parties(doc, [p for p in parties if p.key in used], events)
        for n, event in enumerate(events, 1):
            event.id = f"V{n}"
        doc._.events = events
        first = {id(f.event): f.trigger for f in found}
        doc.spans[self.spans_key] = [
            Span(doc, t.start, t.end, label=t.type) for e in events if (t := first.get(id(e))) is not None
        ]

    # -- reading clauses ----------------------------------------------------------------------------------
    def plan_parse(self, doc: Doc) -> None:
        """Note the sentences this component will parse (`syntax.plan_parses`), so that the parse an earlier
        component asks for takes them in the same batch."""
        words = words_of(doc, self.strings)
        index = build_index(doc, words)
        triggers = self.match(doc, words)
        doc.user_data[_PLANNED] = _Planned(words, triggers)
        groups = self._groups(index, triggers)
        plan_parses(doc, self._to_parse(doc, index, groups), _parser_names(index))

    def _groups(self, index: DocIndex, triggers: list[Trigger]) -> list[tuple[Clause, list[Trigger]]]:
        """The sentences worth a parse, each with its triggers."""
        return [
            (clause, mine)
            for clause, mine in clauses(index.words, triggers)
            if index.section_at(index.token_starts[clause.start]) not in _SKIPPED_SECTIONS
            and self._may_take_part(index, clause)
            and any(self._worth_parsing(index, t) for t in mine)
        ]

    def _to_parse(self, doc: Doc, index: DocIndex, groups: list[tuple[Clause, list[Trigger]]]) -> list[Span]:
        """The sentences of `groups`, and the sentence before each that opens with a subject pronoun: a pronoun
        that opens a sentence stands for the subject of the one before (`RoleMapper`), which its parse names."""
        starts = index.words.sent_starts
        out = [doc[c.start : c.end] for c, _ in groups]
        taken = {c.start for c, _ in groups}
        for clause, _ in groups:
            at = bisect_right(starts, clause.start) - 1
            opening = index.lower[clause.start : min(clause.start + 2, clause.end)]
            if at > 0 and starts[at - 1] not in taken and any(w in self.party_words.pronoun_kinds for w in opening):
                taken.add(starts[at - 1])
                out.append(doc[starts[at - 1] : starts[at]])
        return sorted(out, key=lambda s: s.start)

    def _found(self, doc: Doc, index: DocIndex, triggers: list[Trigger]) -> list[Found]:
        groups = self._groups(index, triggers)
        try:
            names = _parser_names(index)
            parses = parse_sentences(doc, self._to_parse(doc, index, groups), names)
            read: dict[int, _FirstRead] = {}
            parse_ahead(doc, self._reparses_ahead(doc, index, groups, parses, read), names)
            for clause, mine in groups:
                if index.section_at(index.token_starts[clause.start]) in _HEADLINES:
                    self._reparse_headline(doc, index, clause, parses, names, mine)
                else:
                    self._reparse_body(doc, index, clause, parses, names, mine, read.get(clause.start))
        except ParserMissing as e:
            log.warning("%s; no events are extracted", e)
            return []
        holders = {q.id: q.holder for q in doc._.quantities or []}
        kinds = {e.id: e.kind for e in doc._.entities or []}
        names_of = {e.id: e.name for e in doc._.entities or []}
        speakers = [
            (u.start, u.end, u.speaker.entity)
            for u in doc._.quotes or []
            if u.kind == "direct" and u.speaker is not None and u.speaker.entity
        ]
        mapper = RoleMapper(index, self.party_words, holders, speakers)
        roles_of = {t.id: t.role for t in doc._.times or []}
        accidents = sorted(start for _k, start, _e, _i in self.accidents(index.words))
        found: list[Found] = []
        for clause, mine in groups:
            parsed = parses.get(clause.start)
            if parsed is None:
                continue
            headline = index.section_at(index.token_starts[clause.start]) in _HEADLINES
            frames = self._frames(parsed, [t for t in mine if not _inside_name(index, t)], headline, index)
            kept: list[tuple[Frame, Found]] = []
            for trig, frame in frames:
                judged = trig.mode in self.judging_modes
                speaker = self.reader.speaker(frame, self.speech_verbs, trailing=judged) if trig.addressed else None
                roles = mapper.roles(
                    parsed, frame, mover=trig.type in self.movers, addressed=trig.addressed, speaker=speaker
                )
                if trig.mode in self.probing_modes and frame.patients and all(self._harm(p) for p in frame.patients):
                    roles.targets = []  # "called for his death to be investigated": the victim is not who is probed
                if trig.mode in self.probing_modes and self._probes_reports(frame):
                    roles.non_political = False  # "police are investigating reports of assaults": the assaults
                if trig.mode in self.ruling_modes and (against := self._ruled_against(frame)) is not None:
                    roles.targets = [  # "ruled against the ministry"; not "the detention of suspects, which ..."
                        i for t in against for i in mapper.participants(parsed, t, roles)
                    ]
                if trig.mode in self.ruling_modes and not roles.targets:
                    roles.targets = [  # "ruled that the government's policy was unlawful": the government
                        i for t in _ruled_unlawful(frame.predicate) for i in mapper.participants(parsed, t, roles)
                    ]
                if not roles.actors and trig.type in self.ruled_out and (ruler := self._ruler(frame)) is not None:
                    roles.actors = mapper.participants(parsed, ruler, roles)  # "X said there would be no deal"
                if not roles.targets and trig.type in self.complement_targets and frame.verbal:
                    roles.targets = [  # "threatened to break off relations with Congo": Congo is threatened
                        i for t in self._aims_of_complement(frame) for i in mapper.participants(parsed, t, roles)
                    ]
                if not roles.targets and trig.type in self.helped_types and frame.verbal:
                    roles.targets = [  # "will help Mali fight the insurgents": Mali is helped
                        i for t in _complement_subjects(frame.predicate) for i in mapper.participants(parsed, t, roles)
                    ]
                if not roles.actors and frame.passive and (keeper := self._keeper(frame)) is not None:
                    roles.actors = mapper.participants(parsed, keeper, roles)  # "hostages held by X were freed"
                lawful = trig.type in self.authority_acts and trig.mode not in self.lawless_modes
                if lawful and frame.passive and not roles.actors:
                    said_by = self.reader.speaker(frame, self.speech_verbs)  # "police said 40 were detained"
                    roles.actors = mapper.authority(parsed, said_by, roles) if said_by is not None else []
                roles.actors = [a for a in roles.actors if not _on_dateline(a, clause, index)]
                if not self._fits(trig, frame, roles, _holds(accidents, clause), index, parsed):
                    continue
                business = _business_only(roles, mapper.makers, self.business_parties)
                if business and not (trig.type == "ASSAULT" and _hurt(roles, index)):
                    # "Siemens announced plans to pull out of Iran", "Google captured 90 percent of the market": a
                    # company is no political actor (but "Blackwater guards opened fire, killing 17")
                    continue
                event = self._event(doc, index, parsed, trig, frame, roles, roles_of)
                event.judges = self._judged_act(frame, roles) if trig.type in self.judged["types"] else None
                if event.judges is not None:
                    event.judged_noun = _judged_noun(frame)
                plural = parsed.token(trig.end - 1).tag_ == "NNS"
                bodily = any(lemmas(t) & self.bodily_targets for t in frame.patients)
                bodily = bodily or (frame.governor is not None and bool(lemmas(frame.governor) & self.perpetrating))
                noun = parsed.token(trig.end - 1)  # "launched a tank attack": an attack by weapons, never words
                armed = any(c.dep_ in ("compound", "amod") and lemmas(c) & self.force_nouns for c in noun.children)
                physical = plural or bodily or armed
                self._verbal_attack(event.event, kinds, physical=physical, said=self._attacks_words(frame))
                self._welcome(event.event, frame)
                if not headline:  # "Iran protests spread": a headline's verb of protest is often its noun
                    self._protest_in_words(event.event, frame, kinds, names_of)
                named = all(p.pos_ == "PROPN" for p in frame.patients)  # "destroy Hamas", not "Palestinian homes"
                states = named and _states_or_groups(event.event.targets, kinds)
                hurt = self._hurts_people(frame, event.event, index) or states or self._arms_hit(frame)
                if event.event.mode in self.property_modes and hurt:
                    # "a man was set on fire": a person hurt; "would destroy North Korea": a state attacked
                    event.event.type, event.event.mode = "ASSAULT", "attack"
                kept.append((frame, event))
            kept = _without_parts(kept, self.parts)
            found += _without_circumstances(_threats_of_acts(kept, self.threat_types))
        return found

    def _reparse_headline(
        self,
        doc: Doc,
        index: DocIndex,
        clause: Clause,
        parses: dict[int, Parsed],
        names: list[tuple[int, int, str]],
        triggers: list[Trigger],
    ) -> None:
        """A headline whose root is no verb ("Envoy backs plan", its verb read as a plural noun) is parsed again
        with the verb of the lexicon after a name in its past form ("Envoy backed plan"); if the parser still finds
        no verb, the headline is read by its own grammar around its verb (`syntax.headline`)."""
        parsed = parses.get(clause.start)
        if parsed is None:
            return
        titled = _title_case(doc, index, clause)
        if titled:
            again = parse_again(doc, doc[clause.start : clause.end], names, titled)
            if again is not None:
                parses[clause.start] = parsed = again
        lower = index.lower
        after_names = {
            i: mention
            for i in range(max(clause.start, 1), clause.end)
            if lower[i] in self.headline_past
            and (mention := index.mentions.holding(_word_start(lower, i, clause.start) - 1)) is not None
        }
        after_parties = {i for i in range(max(clause.start, 1), clause.end) if self._verb_after_party(lower, i)}
        after_plurals = {i for i in range(max(clause.start, 1), clause.end) if self._verb_after_plural(index, i)}
        if _verb_rooted(parsed):
            # "Howard attacks 'pay later' Budget": a person does not head a noun phrase of his own verb's -s form;
            # nor does a party ("Army chief slams government over pay")
            # but "Venezuela frees jailed leader", "frees" read as a subject: a word that is no noun is the verb
            after_names = {
                i: m
                for i, m in after_names.items()
                if (parsed.token(i).pos_ != "VERB" and m.kind == "person")
                or (parsed.token(i).dep_ != "ROOT" and not self._noun_form(lower[i]))
                or (parsed.token(i).pos_ != "VERB" and self._object_follows(parsed, i))
            }
            after_parties = {i for i in after_parties if parsed.token(i).pos_ != "VERB"}
            after_plurals = {i for i in after_plurals if parsed.token(i).pos_ != "VERB"}
            if not after_names and not after_parties and not after_plurals:
                return
        words = titled | {i: self.headline_past[lower[i]] for i in [*after_names, *after_parties]}
        words |= {i: self.base_past[lower[i]] for i in after_plurals}
        if words:
            again = parse_again(doc, doc[clause.start : clause.end], names, words)
            if again is not None:
                parses[clause.start] = parsed = again
        if _verb_rooted(parsed):
            return
        verb = self._headline_verb(parsed, triggers, lower)
        if verb is not None:
            tree = headline_tree(parsed, verb, past=parsed.doc[verb].lower_ in self.past_forms)
            if tree is not None:
                parses[clause.start] = tree

    def _verb_after_plural(self, index: DocIndex, i: int) -> bool:
        """A verb's base form right after a plural name or party word, in a headline: its verb ("Houthis claim
        drone attack", with "drone" read as the verb; "Rebels seize town"). A place's name ending in -s is one
        place, and a country takes a verb in the -s form: "Paris attack" and "Las Vegas attack" name an attack."""
        before = index.lower[i - 1]
        if index.lower[i] not in self.base_past or not before.endswith("s"):
            return False
        mention = index.mentions.holding(i - 1)
        if mention is not None:
            return mention.kind not in _PLACE_KINDS
        return before[:-1] in self.party_words.parties

    def _object_follows(self, parsed: Parsed, i: int) -> bool:
        """Whether an object's opening follows word i of a headline ("Ethiopia releases thousands of detainees",
        "Iraq strikes the camp"): no noun phrase goes on that way, the word is the verb."""
        word = parsed.token(i)
        after = parsed.doc[word.i + 1] if word.i + 1 < len(parsed.doc) else None
        return after is not None and (after.pos_ in ("DET", "NUM") or after.lower_ in self.party_words.crowd_counts)

    def _noun_form(self, form: str) -> bool:
        """Whether an -s form is also the plural of an event noun ("strikes", "talks"; not "frees", "slams")."""
        stems = (form[:-1], form[:-2], form[:-3] + "y") if form.endswith("s") else ()
        return any(stem in self.event_heads for stem in stems)

    def _verb_after_party(self, lower: list[str], i: int) -> bool:
        """An -s form of a verb of the lexicon right after a party word, in a headline: its verb ("Army chief slams",
        "Rebels seizes" is no English, but "chief slams" and "police chief warns" are)."""
        if lower[i] not in self.headline_past or not lower[i].endswith("s"):
            return False
        return lower[i - 1] in self.party_words.parties and lower[i - 1] not in self.party_words.instruments

    def _reparse_body(
        self,
        doc: Doc,
        index: DocIndex,
        clause: Clause,
        parses: _Parses,
        names: _Names,
        triggers: list[Trigger],
        read: _FirstRead | None = None,
    ) -> None:
        """A sentence of running text whose verb trigger the parser misread is parsed again with a word that can
        only be a verb in its place (`_stand_in`), and that parse is kept when the verb then heads a clause of its
        own (`syntax.parse_standing_in` gives the word back its own text and lemma). Before that, a time the parser
        took for the subject of a clause ("held since 2016 were released") is parsed again as a time. (`read`: what
        `_reparses_ahead` read of the first parse, not read again while that parse stands.)"""
        parsed = parses.get(clause.start)
        if parsed is None:
            return
        sentence = doc[clause.start : clause.end]
        standing: dict[int, str] = {}  # the stand-ins of the parse kept so far, given again to a later parse
        for k, (misread, standin, test) in enumerate(self._misreads(index, triggers)):
            known, word = read.word_of(parsed, k) if read is not None else (False, None)
            word = word if known else misread(parsed)
            if word is None:
                continue
            words = {**standing, parsed.article_index(word): standin}
            kept = parse_standing_in(doc, sentence, names, words, partial(test, word.i))
            if kept is not None and kept is not parsed:
                parsed, standing = kept, words
        day = self._day_before_verb(parsed)
        if day is not None:  # "a strike by X Tuesday night killed three", parsed as "X on Tuesday killed three"
            part = parsed.doc[day.i + 1]
            words = {**standing, parsed.article_index(day): "on", parsed.article_index(part): day.text}
            kept = parse_standing_in(doc, sentence, names, words, partial(_subject_of_next, day.i + 2))
            if kept is not None and kept is not parsed:
                parsed, standing = kept, words
        unchanged = read is not None and read.parsed is parsed and read.word is None and not standing
        found = read.stand_ins if read is not None and unchanged else self._stand_ins(parsed, triggers, standing)
        if found is not None:
            parse_standing_in(doc, sentence, names, *found)

    def _misreads(self, index: DocIndex, triggers: list[Trigger]) -> list[_Misread]:
        """The misreadings `_reparse_body` mends in turn, each with the word that stands in for the one misread and
        the test the new parse must pass."""
        return [
            (partial(self._time_mark, index=index), "in", _no_time_subject),  # "held since 2016 were released"
            (self._closing_report, "said", _rooted_at),  # "..., police warned." read as a relative clause
            (self._plural_misread, "men", _noun_again),  # "foreign terror suspects" with "suspects" as the verb
            (_verb_as_plural, "took", _rooted_at),  # "The airline transports weapons", read with no verb
            (partial(self._event_noun_misread, triggers=triggers), "attack", _noun_again),  # "the US airstrike that"
            (self._count_at_root, "them", _count_as_subject),  # "Tens of thousands rallied", read with no verb
            (self._hyphened_verb, "has", _verb_two_after),  # "North Korea test-fired two missiles", one noun phrase
            (self._hyphened_perfect, "just", _verb_two_after),  # "Pakistan has test-fired", "has" read as a verb
            (_relative_object_as_subject, "him", _object_under_verb_root),  # "A man who had criticised X was shot"
        ]

    def _hyphened_verb(self, parsed: Parsed) -> Token | None:
        """The first part of a verb written with a hyphen whose verb the parser read as an adjective ("North Korea
        test-fired two missiles", one noun phrase): parsed again as "Korea has-fired two missiles"."""
        verb = self._hyphened(parsed)
        return parsed.doc[verb.i - 2] if verb is not None and verb.dep_ == "amod" else None

    def _hyphened_perfect(self, parsed: Parsed) -> Token | None:
        """The same after "has", which the parser then read as the verb ("Pakistan has test-fired a missile", as
        if "has to"): parsed again as "has just-fired"."""
        verb = self._hyphened(parsed)
        if verb is None or verb.dep_ != "xcomp" or not lemmas(verb.head) & {"have"}:
            return None
        return parsed.doc[verb.i - 2]

    def _hyphened(self, parsed: Parsed) -> Token | None:
        """The first past verb written with a hyphen after one of the parts in `hyphened_verb_parts`."""
        doc, texts = parsed.doc, token_texts(parsed.doc)  # the texts first: a Token is built only for a word read
        for i in range(1, len(texts) - 1):
            if texts[i] in ("-", "–") and texts[i - 1].lower() in self.hyphened_verb_parts:
                verb = doc[i + 1]
                if verb.tag_ in ("VBD", "VBN"):
                    return verb
        return None

    def _count_at_root(self, parsed: Parsed) -> Token | None:
        """The second count of a crowd counted twice at the head of a verbless parse, whose verb the parse hung on
        it ("Tens of thousands rallied in Hong Kong"): parsed again as "Tens of them rallied"."""
        root = _root(parsed)
        if root is None or root.pos_ != "NOUN" or root.lower_ not in self.party_words.crowd_counts:
            return None
        counts = self.party_words.crowd_counts
        inner = next((c for c in root.children if c.lower_ in counts and case_of(c) == "of"), None)
        if inner is None or not any(c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN") for c in inner.children):
            return None
        if any(case_of(c) == "of" for c in inner.children):
            return None  # "Tens of thousands of teachers marched": the teachers are named, not "them"
        return inner

    def _first_read(self, parsed: Parsed, index: DocIndex, triggers: list[Trigger]) -> _FirstRead:
        """The first misreading `_reparse_body` will mend in a sentence's parse; when there is none, the stand-ins it
        will parse the sentence again with."""
        misreads = self._misreads(index, triggers)
        for k, (misread, standin, _test) in enumerate(misreads):
            word = misread(parsed)
            if word is not None:
                return _FirstRead(parsed, k, word, standin)
        return _FirstRead(parsed, len(misreads), None, stand_ins=self._stand_ins(parsed, triggers, {}))

    def _stand_ins(
        self, parsed: Parsed, triggers: list[Trigger], standing: dict[int, str]
    ) -> tuple[dict[int, str], Callable[[Parsed], bool]] | None:
        """The words `_reparse_body` parses a sentence again with for the first trigger the parser misread (with
        the stand-ins kept so far), and the test the new parse must pass."""
        root = _root(parsed)
        for trig in triggers:
            found = self._stand_in(parsed, trig, root)
            if found is not None:
                standin, keep = found
                return {**standing, trig.start: standin}, keep
            opening = self._contact_opening(parsed, trig)
            if opening is not None:  # "the man an officer shot": "the man whom officer took"
                words = {**standing, parsed.article_index(opening): "whom", trig.start: "took"}
                return words, partial(_relative_of, parsed.token(trig.start).i, opening.i)
        return None

    def _reparses_ahead(
        self,
        doc: Doc,
        index: DocIndex,
        groups: list[tuple[Clause, list[Trigger]]],
        parses: _Parses,
        read: dict[int, _FirstRead],
    ) -> list[tuple[Span, dict[int, str]]]:
        """The sentences `_reparse_headline` and `_reparse_body` will first parse again, with their words, as far as
        the first parse tells (`syntax.parse_ahead` parses them in one batch; what a later step asks differently
        is parsed then, as before); what was read of each sentence of running text goes to `read`, by its start."""
        asked: list[tuple[Span, dict[int, str]]] = []
        for clause, mine in groups:
            parsed = parses.get(clause.start)
            if parsed is None:
                continue
            sentence = doc[clause.start : clause.end]
            if index.section_at(index.token_starts[clause.start]) in _HEADLINES:
                titled = _title_case(doc, index, clause)
                asked += [(sentence, titled)] if titled else []
                continue
            first = read[clause.start] = self._first_read(parsed, index, mine)
            if first.word is not None:  # what follows depends on that parse
                asked.append((sentence, {parsed.article_index(first.word): first.standin}))
                continue
            asked += [(sentence, first.stand_ins[0])] if first.stand_ins is not None else []
        return asked

    def _event_noun_misread(self, parsed: Parsed, triggers: list[Trigger]) -> Token | None:
        """An event noun of the lexicon that the parser read as a verb's base form inside a noun phrase, after a
        determiner, a name or an adjective ("in response to the US airstrike that killed ...")."""
        for trig in triggers:
            word = parsed.token(trig.start)
            if trig.end - trig.start != 1 or word.i == 0 or word.pos_ != "VERB" or word.tag_ != "VB":
                continue
            after = parsed.doc[word.i + 1] if word.i + 1 < len(parsed.doc) else None
            if after is not None and after.pos_ in _OBJECT_STARTS and after.tag_ not in ("WDT", "WP"):
                continue  # "pushing for the US support its plan": a verb with its object
            if word.lower_ in self.event_heads and parsed.doc[word.i - 1].pos_ in ("DET", "PROPN", "ADJ"):
                return word
        return None

    def _topic(self, gerund: Token) -> bool:
        """Whether a gerund, or the first of the gerunds it is joined to, is introduced by "about" after a noun or
        a verb ("outbursts about", "talked about"; not a stance, "cautious about holding them responsible")."""
        first = gerund
        while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.i != first.i:
            first = first.head
        return marked(first, self.topic_marks) and first.head.pos_ in ("NOUN", "VERB")

    def _day_before_verb(self, parsed: Parsed) -> Token | None:
        """A day's name and a part of the day between a noun and a past verb ("a drone strike by X Tuesday night
        killed three fighters"), with no preposition before them."""
        doc, texts = parsed.doc, token_texts(parsed.doc)  # the texts first: a Token is built only for a word read
        for i in range(1, len(texts) - 2):
            if texts[i].lower() not in self.reader.g.time_subjects:
                continue
            word, before, part, verb = doc[i], doc[i - 1], doc[i + 1], doc[i + 2]
            if part.lower_ not in self.day_parts or verb.tag_ not in ("VBD", "VBZ"):
                continue
            if before.pos_ in ("NOUN", "PROPN") and before.lower_ not in self.reader.g.time_subjects:
                return word
        return None

    def _closing_report(self, parsed: Parsed) -> Token | None:
        """A verb of saying that closes the sentence after a comma and its subject ("..., police warned."), which the
        parser hung on a noun before it as a relative clause: parsed again with "said", the verb the parser knows
        best in that place, so that it heads the sentence."""
        verb = _last_word(parsed.doc)
        if verb is None or verb.dep_ == "ROOT" or verb.tag_ not in ("VBD", "VBZ"):
            return None
        subject = _own_subject(verb)
        if subject is None or not lemmas(verb) & self.speech_verbs:
            return None
        opening = next((t for t in subject.subtree if not t.is_punct), subject)  # the comma may hang on the subject
        return verb if opening.i > 0 and parsed.doc[opening.i - 1].lower_ == "," else None

    def _plural_misread(self, parsed: Parsed) -> Token | None:
        """A party's or a weapon's plural noun the parser read as a verb with nothing after it of its own, right
        after a noun, an adjective or a name ("not to release foreign terror suspects despite ...", "suspects" read as
        a verb, "terror" as its subject; "Ukrainian drones struck ..."): parsed again with a plain plural noun in its
        place."""
        for word in parsed.doc:
            if word.tag_ != "VBZ" or word.i == 0:
                continue
            noun = word.lower_[:-1]
            if noun not in self.party_words.parties and noun not in self.instruments:
                continue
            before, subject = parsed.doc[word.i - 1], _own_subject(word)
            if before.pos_ not in ("NOUN", "ADJ", "PROPN") or (subject is not None and subject.i != before.i):
                continue
            after = parsed.doc[word.i + 1] if word.i + 1 < len(parsed.doc) else None
            if before.pos_ == "PROPN" and (after is None or after.tag_ not in ("VBD", "VBZ", "VBP", "MD")):
                continue  # after a name, only before the sentence's verb ("Ukrainian drones struck")
            if not any(c.dep_ in _COMPLEMENTS for c in word.children):
                return word
            if before.pos_ == "ADJ" or (before.pos_ == "NOUN" and not lemmas(before) & self.party_words.parties):
                return word  # "the detention of foreign terror suspects without trial is unlawful": no party suspects
        return None

    def _time_mark(self, parsed: Parsed, index: DocIndex) -> Token | None:
        """A subordinator of time ("since", "until") the parser read as opening a clause whose subject is the time
        right after it ("held since 2016 were released": "2016" as the subject of "released")."""
        for word in parsed.doc:
            if word.dep_ != "mark" or word.lower_ not in self.time_marks or word.i + 1 >= len(parsed.doc):
                continue
            after = parsed.doc[word.i + 1]
            subject = _own_subject(word.head)
            if subject is None or subject.left_edge.i != after.i:
                continue
            if after.tag_ == "CD" or index.times.holding(parsed.article_index(after)) is not None:
                return word
        return None

    def _stand_in(self, parsed: Parsed, trig: Trigger, root: Token | None) -> _StandIn | None:
        """The stand-in for a verb trigger the parser misread, and the test its new parse must pass: a past verb
        read as an adjective in a parse with no verb at its root ("Turkish warplanes struck Kurdish positions") or
        under a verb of saying after it ("troops captured on Thursday a key district, the army said": "took",
        kept only with an object of its own), a past verb read as a noun right after a name or a pronoun ("said
        officer Dan Cole shot and killed a man"), a verb after "to" read as an adjective ("pushed to oust Huthi
        rebels": "take"); "took" before an object, "went" before none."""
        word = parsed.token(trig.start)
        if trig.nominal or word.i == 0 or parsed.token(trig.start - 1).i == word.i:
            return None
        before = parsed.doc[word.i - 1]
        rooted = root is not None and root.pos_ in ("VERB", "AUX")
        reported = rooted and root is not None and root.i > word.i and bool(lemmas(root) & self.speech_verbs)
        # "The raid wounded three officers": a past form with a subject of its own, whatever its tag
        subject = before.dep_ == "nsubj" and before.head.i == word.i and self._past_form(word.lower_)
        # "Armenia ceded control of ...", with "ceded" read as an adjective and no verb in the whole parse
        verbless_past = not rooted and word.tag_ == "JJ" and self._past_form(word.lower_)
        past = word.tag_ in ("VBD", "VBN") or subject or verbless_past
        adjective = (not rooted or reported) and past and word.dep_ in _ADJECTIVAL
        adjective = adjective and (before.pos_ in ("NOUN", "PROPN") or subject)
        noun = word.pos_ == "NOUN" and self._past_form(word.lower_)
        noun = noun and (before.pos_ in ("PROPN", "PRON") or self._paired(parsed, word, before))
        # "after the army withdrew from its positions": a past tense read as the head of a phrase of "after", with
        # its subject as a compound
        phrase = word.tag_ == "VBD" and word.dep_ in ("obl", "nmod") and before.dep_ == "compound"
        noun = noun or (phrase and before.head.i == word.i and before.pos_ == "NOUN")
        bare = word.pos_ != "VERB" and before.lower_ == "to" and word.lower_ in base_verbs() and word.i > 1
        told = parsed.doc[word.i - 2] if word.i > 1 else word
        addressee = told.dep_ in ("obj", "iobj") and told.head.pos_ == "VERB" and told.head.i < told.i
        # not "a reference to"; but "urged the junta to free ...", an addressee told to act
        bare = bare and (told.pos_ not in _NAMED_POS | {"NOUN", "DET"} or addressee)
        after = parsed.doc[word.i + 1] if word.i + 1 < len(parsed.doc) else None
        if self._joined(word, before, after, root):
            return "took", partial(_joined_verb, word.i)
        if _bare_participle(word):
            return "taken", partial(_describes, word.i)
        if not (adjective or noun or bare):
            return None
        standin = "took" if (after is not None and after.pos_ in _OBJECT_STARTS) or reported else "went"
        keep = partial(_heads_clause, word.i, not rooted and not bare, reported and adjective)
        return ("take" if bare else standin), keep

    def _joined(self, word: Token, before: Token, after: Token | None, root: Token | None) -> bool:
        """A past verb after "and" read as describing the noun phrase that follows it, in a clause whose verb
        comes first ("a gunman opened fire ... and wounded five people", with "wounded" read as an adjective of
        "people"): the second verb of the clause, when a determiner or a number opens that noun phrase."""
        if root is None or root.pos_ != "VERB" or root.i > word.i or before.lower_ != "and":
            return False
        if word.pos_ == "VERB" or word.dep_ not in _ADJECTIVAL or not self._past_form(word.lower_):
            return False
        return after is not None and after.pos_ in ("DET", "NUM")

    def _paired(self, parsed: Parsed, word: Token, before: Token) -> bool:
        """A past verb read as a noun after a party's noun, before its object ("a soldier shot two protesters") or
        before "and" and a second past verb ("a gunman shot and wounded two officers"), with "soldier shot" read
        as one noun; a result may stand between the verb and its object ("assailants shot dead a journalist")."""
        if before.pos_ != "NOUN" or not lemmas(before) & self.party_words.parties or word.i + 2 >= len(parsed.doc):
            return False
        opening = before.i
        while opening > 0 and _modifies_from(parsed.doc[opening - 1], opening):  # "a U.S. Navy destroyer shot"
            opening -= 1
        if opening > 0 and parsed.doc[opening - 1].pos_ in ("NOUN", "PROPN"):
            return False  # "the man an officer shot and killed": a relative clause with no pronoun
        after, second = parsed.doc[word.i + 1], parsed.doc[word.i + 2]
        if after.lower_ in self.resultatives or after.tag_ == "RP":  # "gunmen shot dead a journalist", "shot down"
            after = second
        if after.pos_ in ("DET", "NUM", "PRON", "PROPN") and after.tag_ != "POS":
            return True
        # the second past verb may itself be misread as an adjective of its object ("shot and wounded a clerk")
        return after.lower_ == "and" and second.tag_ in ("VBD", "VBN", "JJ") and self._past_form(second.lower_)

    def _contact_opening(self, parsed: Parsed, trig: Trigger) -> Token | None:
        """The determiner that opens a relative clause with no pronoun, whose past verb the parser read as a noun
        ("identified the man an officer shot and killed"): a noun, then a determiner and a party's noun, then the
        verb; None for any other trigger."""
        word = parsed.token(trig.start)
        if trig.nominal or word.pos_ != "NOUN" or not self._past_form(word.lower_) or word.i < 3:
            return None
        party, opening, noun = parsed.doc[word.i - 1], parsed.doc[word.i - 2], parsed.doc[word.i - 3]
        if party.pos_ != "NOUN" or not lemmas(party) & self.party_words.parties:
            return None
        return opening if opening.pos_ == "DET" and noun.pos_ == "NOUN" else None

    def _past_form(self, form: str) -> bool:
        """Whether a word is the past form of a verb ("shot", "attacked")."""
        return form in self.past_forms or form.endswith("ed")

    def _headline_verb(self, parsed: Parsed, triggers: list[Trigger], lower: list[str]) -> int | None:
        """The parsed word of a headline's verb: a verb trigger (not the first word) in a form a headline's verb
        takes — the -s form ("condemns") first, then a past form ("freed"), then the base form after a plural
        noun, a name or a collective noun ("Police arrest")."""
        found: list[tuple[int, int]] = []
        for trig in triggers:
            if trig.nominal:
                continue
            at = _hyphenated_end(lower, trig)  # "test-fires": its last part is the verb's form
            word = parsed.token(at)
            if word.i == 0 or parsed.token(trig.start - 1).i == word.i:
                continue
            form = lower[at]
            before = parsed.doc[parsed.token(trig.start).i - 1] if parsed.token(trig.start).i else word
            plural = before.tag_ in ("NNS", "NNPS") or before.pos_ == "PROPN" or before.lower_ in self.collective
            planned = before.lower_ == "to" and before.i > 0  # "Poland to expel diplomat": a plan, after its doer
            if form in self.headline_past:
                found.append((0, word.i))
            elif form in self.past_forms:
                found.append((1, word.i))
            elif (plural or planned) and form in self.base_forms:
                found.append((2, word.i))
        return min(found)[1] if found else None

    def _low_register(self, index: DocIndex) -> bool:
        """An article that hardly speaks of conflict (see event_syntax.toml [register])."""
        words = [w for w in index.lower if w[:1].isalpha()]
        if len(words) < self.register_min:
            return False
        hits = len(index.words.where(self.register_words))
        return 1000 * hits / len(words) < self.register_rate

    def _story_told(self, word: Token) -> bool:
        """Whether a word is in what a verb of telling tells as a story ("tells the story of a soldier who ...")."""
        return any(
            lemmas(head) & self.narrating and any(c.dep_ == "obj" and lemmas(c) & self.stories for c in head.children)
            for head in word.ancestors
        )

    def _scores(self, lower: list[str]) -> int:
        """How many scores a text holds ("6-1" as one token, or as "6", "-", "1")."""
        one = sum(1 for w in lower if self.domain_score.match(w))
        split = sum(
            1
            for i in range(1, len(lower) - 1)
            if lower[i] == "-" and self.domain_score.match(f"{lower[i - 1]}-{lower[i + 1]}")
        )
        return one + split

    def _forceful_in_domain(self, roles: Roles, frame: Frame) -> bool:
        """Whether the police or an armed party acts, by the words of event_cues.toml [register] forceful."""
        return any(party_head(a) in self.domain_forceful for a in roles.actors) or any(
            lemmas(a) & self.domain_forceful for a in frame.agents
        )

    def _other_domain(self, index: DocIndex) -> bool:
        """An article of sport, business, culture, science, weather or health (see event_cues.toml [register])."""
        if self._domain_of is not None and self._domain_of[0] is index:
            return self._domain_of[1]
        words = sum(1 for w in index.lower if w[:1].isalpha())
        hits = len(index.words.where(self.domain_words)) + self._scores(index.lower)
        conflict = len(index.words.where(self.domain_conflict))
        dense = hits >= self.domain_min_hits and 1000 * hits >= self.domain_rate * words
        other = words >= self.domain_min_words and dense and hits >= self.domain_ratio * conflict
        self._domain_of = (index, other)
        return other

    def _frame(self, parsed: Parsed, trig: Trigger, headline: bool, index: DocIndex) -> tuple[Trigger, Frame]:
        """The trigger's frame; a trigger of a mode in event_syntax.toml [retype] whose clause names what it was
        aimed at takes the other type ("fired rockets at the town" is an attack, not a weapons test; "on Tuesday" is
        no aim)."""
        tokens = sorted({parsed.token(i).i for i in trig.own})
        if trig.mode in self.judging_modes:
            return trig, self.reader.judgement(parsed.doc, tokens)
        if headline and any(self._made_past(parsed, parsed.doc[t], index) for t in tokens):
            headline = False  # "Kennedy calls for ..." given as "called for": an active verb, not "UK urged"
        other = self.retype.get(trig.mode)
        if other is not None:
            frame = self.reader.frame(parsed.doc, tokens, other[0], nominal=trig.nominal, headline=headline)
            heads = [*frame.patients, *(parsed.doc[t] for t in tokens)]
            hung = [c for h in heads for c in h.children if c.dep_ in ("nmod", "obl")]  # "dozens of rockets at X"
            aiming = self.aiming_verbs  # "launched missiles targeting U.S. troops"
            aimed = [c for h in heads for c in h.children if c.dep_ in ("acl", "advcl") and lemmas(c) & aiming]
            if aimed or any(p.i not in tokens and self._aim(parsed, p, index) for p in [*frame.patients, *hung]):
                return replace(trig, type=other[0], mode=other[1]), frame
        frame = self.reader.frame(parsed.doc, tokens, trig.type, nominal=trig.nominal, headline=headline)
        if self._people_taken(frame):
            return replace(trig, type=self.people_taken[1], mode=self.people_taken[2]), frame
        rejecting, type_, mode, wrongs = self.opposed
        if trig.type == rejecting and frame.verbal and any(lemmas(p) & wrongs for p in frame.patients):
            return replace(trig, type=type_, mode=mode), frame  # "opposes the intimidation of journalists": condemns
        if trig.mode in self.received:
            self._received(frame)
        if headline and trig.nominal and trig.type in self.reader.g.hurting_types:
            frame = self._with_toll(parsed, frame, index)
        return trig, frame

    def _people_taken(self, frame: Frame) -> bool:
        """Whether a verb of taking ground took people other than fighters ("captured a cartel boss", "the
        detainees, who were captured in 2019"): they were detained, no ground was taken (soldiers captured are
        taken in the fighting, part of the attack)."""
        if not frame.verbal or not lemmas(frame.predicate) & self.people_taken[0] or not frame.patients:
            return False
        fighters = any(lemmas(p) & self.bodily_targets for p in frame.patients)
        return not fighters and all(self._people_word(p) for p in frame.patients)

    def _people_word(self, word: Token) -> bool:
        """Whether a patient names people by a party word ("soldiers", "detainees", "who" after one) or a person."""
        if word.tag_ in ("WP", "PRP") and word.dep_.startswith("nsubj") and word.head.dep_ == "acl:relcl":
            word = word.head.head  # "the detainees, who were captured"
        return bool(lemmas(word) & self.party_words.parties) or word.ent_type_ == "PERSON"

    def _with_toll(self, parsed: Parsed, frame: Frame, index: DocIndex) -> Frame:
        """A headline's attack noun whose phrase a colon closes, with only a count of the dead or hurt after it:
        that count is the attack's toll ("Kabul blast: 20 dead")."""
        doc = parsed.doc
        colon = next((t.i for t in doc[frame.predicate.i + 1 :] if t.text == ":" or t.pos_ in ("VERB", "AUX")), None)
        if colon is None or doc[colon].text != ":":
            return frame
        rest = [t for t in doc[colon + 1 :] if not t.is_punct]
        if not rest:
            return frame
        start, end = parsed.article_range(rest[0].i, rest[-1].i + 1)
        tolls = [q for q in index.quantities.within(start, end) if q.kind in _CASUALTIES]
        if not tolls or tolls[0].start != start or max(q.end for q in tolls) < end:
            return frame
        return replace(frame, end=rest[-1].i + 1)

    def _ruler(self, frame: Frame) -> Token | None:
        """Who rules out an event noun that "there" will be none of ("Blair said there could be no concession"):
        the subject of the verb of saying the clause is reported by; the speaker rules out their own side's act."""
        noun = frame.predicate
        be = noun.head
        if frame.verbal or noun.dep_ != "nsubj" or not any(c.dep_ == "expl" for c in be.children):
            return None
        if not any(c.lower_ == "no" for c in noun.children) or be.dep_ != "ccomp":
            return None
        said = be.head
        return next((c for c in said.children if c.dep_ == "nsubj"), None) if lemmas(said) & self.speech_verbs else None

    def _aims_of_complement(self, frame: Frame) -> list[Token]:
        """What the act an infinitive names is aimed at: its object ("threatened to attack Ukraine"), or the party
        after "with", "on", "against" on that object ("to break off relations with Congo", "to lift the curfew on the
        villagers")."""
        act = next((c for c in frame.predicate.children if c.dep_ == "xcomp" and infinitive(c)), None)
        if act is None:  # "warned that protesters would be arrested": the ones it would be done to
            told = [c for c in frame.predicate.children if c.dep_ == "ccomp" and _passive(c)]
            named = _NAMED_POS | {"NOUN"}
            return [s for c in told[:1] for s in c.children if s.dep_ == "nsubj:pass" and s.pos_ in named]
        objects = [c for c in act.children if c.dep_ == "obj" and not _mass_noun(c)]  # not "to use force"
        for head in [c for c in act.children if c.dep_ in ("obj", "obl")]:  # in the order of the text
            if case_of(head) in self.complement_case:
                return [head]  # "to impose sanctions on Iran", the parse hanging "on Iran" on the verb
            aims = [c for c in head.children if c.dep_ == "nmod" and case_of(c) in self.complement_case]
            if aims:
                return aims[:1]
        return objects

    def _keeper(self, frame: Frame) -> Token | None:
        """Who freed people that the clause says they held ("two hostages held by the rebels since May were
        released"): the agent of the holding verb on the freed, when the freeing clause names no one."""
        if not lemmas(frame.predicate) & self.freeing:
            return None
        for patient in frame.patients:
            for c in patient.children:
                if c.dep_ in ("acl", "acl:relcl") and lemmas(c) & self.keeping:
                    agent = next((a for a in c.children if a.dep_ == "obl:agent"), None)
                    if agent is not None:
                        return agent
        return None

    def _received(self, frame: Frame) -> None:
        """ "X came under fire from Y": X is the one criticised, Y the critic."""
        doers = [p for p in frame.places if case_of(p) in self.received_from]
        frame.places = [p for p in frame.places if p not in doers]
        frame.patients, frame.agents = [*frame.agents, *frame.patients], doers
        frame.passive = True

    def _made_past(self, parsed: Parsed, word: Token, index: DocIndex) -> bool:
        """Whether a headline's verb was given to the parser in the past form (`_reparse_headline`)."""
        return word.lower_ in self.past_forms and word.lower_ != index.lower[parsed.article_index(word)]

    def _aim(self, parsed: Parsed, patient: Token, index: DocIndex) -> bool:
        """Whether a patient names what a weapon was aimed at: a phrase ("at the town"; not the weapon itself, the
        object), not a time, not where a test weapon falls."""
        if case_of(patient) not in self.aim_case:
            return False  # "conducted dozens of missile tests", "under Kim": no aim
        return index.times.holding(parsed.article_index(patient)) is None and not lemmas(patient) & self.no_aim

    def _worth_parsing(self, index: DocIndex, trig: Trigger) -> bool:
        """A lone event noun with no sign of participants around it is not worth a parse (see
        event_syntax.toml [nominal] lone_noun_*); every other trigger is."""
        if not trig.nominal or trig.end - trig.start > 1:
            return True
        lower = index.lower
        if trig.end < len(lower) and lower[trig.end] in self.lone_next:
            return True
        before = lower[max(trig.start - 3, 0) : trig.start]
        if self.lone_before.intersection(before) or index.mentions.within(max(trig.start - 3, 0), trig.start):
            return True
        if index.section_at(index.token_starts[trig.start]) in _HEADLINES:
            return True
        return any(w in self.light_forms for w in lower[max(trig.start - self.lone_window, 0) : trig.start])

    def _may_take_part(self, index: DocIndex, clause: Clause) -> bool:
        """Whether a sentence names anyone who could take part (an entity, an unnamed party, a pronoun, a figure):
        a sentence with none states no event this component can code, so it is not parsed."""
        if index.mentions.within(clause.start, clause.end) or index.quantities.within(clause.start, clause.end):
            return True
        return any(
            w in self.candidates or w[:-1] in self.candidates or self.party_words.ends_as_person(w)
            for w in index.lower[clause.start : clause.end]
        )

    def _frames(
        self, parsed: Parsed, triggers: list[Trigger], headline: bool, index: DocIndex
    ) -> list[tuple[Trigger, Frame]]:
        """The frame of each trigger, without triggers framed by another ("threatened to shell" is one
        THREATEN, "condemned the attack" one ACCUSE) and without two triggers on one predicate."""
        frames: list[tuple[Trigger, Frame]] = []
        seen: set[int] = set()
        for given in triggers:
            trig, frame = self._frame(parsed, given, headline, index)
            if frame.predicate.i in seen or frame.background:
                continue
            seen.add(frame.predicate.i)
            frames.append((trig, frame))
        framing = {
            parsed.token(i).i: trig
            for trig, frame in frames
            if trig.type in self.framers and self._reads_as_event(trig, frame)
            for i in trig.own
        }  # "signed a decree banning veils": a signing that is no agreement frames nothing
        unagreed = {i: t for i, t in framing.items() if t.type not in self.agreeing_types}
        return [  # "condemned a shooting that left 12 dead": a noun that tells its own toll is reported here
            (trig, frame)
            for trig, frame in frames
            if not _framed(frame, trig, framing, self.decided_nouns, self.reader.g)
            or (  # "EU leaders agreed new sanctions against Russia": the sanctions are told beside the agreement
                trig.type in self.agreed_acts
                and not _framed(frame, trig, unagreed, self.decided_nouns, self.reader.g)
            )
            or self.reader.results(frame)
            or self._told_whole(trig, frame)
            or self._charged_act(frame)
        ]

    def _charged_act(self, frame: Frame) -> bool:
        """An act someone is accused of, told with its own object ("accused Russia of detaining two journalists"):
        an event as the accuser tells it, beside the accusation."""
        return bool(frame.patients) and accused_of(frame.predicate, self.reader.g.accusing) is not None

    def _told_whole(self, trig: Trigger, frame: Frame) -> bool:
        """An act of force with its own agent and target, told whole where another verb judges it ("condemned the
        Russian missile strike on Odesa port"); a stance judged ("criticism of their arms industries") is not."""
        return trig.type in self.reader.g.hurting_types and self.reader.told_whole(frame)

    def _fits(self, trig: Trigger, frame: Frame, roles: Roles, accident: bool, index: DocIndex, parsed: Parsed) -> bool:
        """Precision: the sense is political, someone fitting takes part, and what is kept can be told right."""
        counted = {q.kind for q in index.quantities.items if q.id in roles.quantities and not _scored(q.start, index)}
        hurt = bool(counted & _CASUALTIES)  # "opened fire at a music festival, leaving 50 dead" is no show
        non_political = roles.non_political and trig.type not in self.grievance_types  # "protests over prices"
        armed = self._by_authority(roles, index) or self._armed_agents(frame)  # "rebels kidnapped a boxer's father"
        forced = trig.type in self.reader.g.hurting_types and armed
        if (non_political or not self._political_sense(frame, parsed, index)) and not hurt and not forced:
            return False  # a sport, business or entertainment sense (not "police arrested a famous actor")
        if not hurt and not self._forceful_in_domain(roles, frame) and self._other_domain(index):
            return False  # "stormed clear in the final mile" in a marathon report: no one hurt, no armed party acts
        if self._story_told(frame.predicate) and self._other_domain(index):
            return False  # "the record tells the story of a soldier who kills his commander" in a review
        if not self._reads_as_event(trig, frame, partial(_is_time, index, parsed)):
            return False
        if self._in_work(frame.predicate) or self._work_topic(frame.predicate):
            # "the novel tells of a sniper who kills a general", "a film about the assassination of the leader": a
            # story's event, or the topic of a work, none reported
            return False
        if frame.verbal and self._habit(frame.predicate):
            return False  # "police officers are often attacked on duty": what tends to happen, no happening
        if self._across_history(frame.predicate):
            return False  # "have historically been accused of spreading germs": a generalization, no happening
        if self._figure(frame.predicate) or self._money_or_contest(frame.predicate):
            return False  # "the speech was a shot across the bows", "the budget request": a figure, no event
        if trig.type == "ASSAULT" and self._clash_of_words(frame, roles, index) and not hurt:
            return False  # "senators clashed over the budget": a quarrel, no fighting
        if trig.type == "ASSAULT" and trig.mode not in self.verbal_attack_modes and self._words_only(frame):
            return False  # "the proposal was shot down by her colleagues", "the senate killed the bill"
        if frame.predicate.dep_ == "compound" and lemmas(frame.predicate.head) & self.happened_heads:
            return False  # "paid tribute to bombing victims": the bombing named as what befell them, not reported
        lone_verb = not trig.nominal and trig.end - trig.start == 1
        if lone_verb and not frame.verbal and not self._names_event(frame.predicate):
            return False  # a verb of the lexicon used as a noun that names no event ("a stab in the back")
        if frame.verbal and lemmas(frame.predicate) & self.alerting_verbs and self._public(frame):
            return False  # "an announcement warns people of an incoming missile": an alert, no threat
        ready = trig.type == "AGREE" and index.lower[trig.end - 1] == "to" and index.lower[trig.start] in self.readiness
        if ready and not _verb_after(parsed, trig):
            return False  # "are committed to the reconstruction efforts": a dedication, no promise to do something
        if trig.type == "AGREE" and self.court_bargains.intersection(index.lower[max(trig.start - 2, 0) : trig.end]):
            return False  # "a plea agreement offered by prosecutors": a bargain in a court case
        if trig.type == "AGREE" and self._force_offered(frame):
            return False  # "prepared to use suicide bombers", "ready to use the full range of its military power"
        if frame.verbal and _prevented(frame.predicate, self.preventing_verbs):
            return False  # "resolutions ban North Korea from launching missiles": no launch, the ban is the event
        if not frame.verbal and self._display(frame.predicate):
            return False  # "a demonstration of America's commitment": a show of something, no protest
        if lone_verb and frame.predicate.tag_ in ("NN", "NNS") and self._befell_no_event(frame.predicate, trig.type):
            return False  # "the target of criticism", "of a disinformation campaign": no attack ("of a rocket attack")
        if trig.type in self.agentive and not roles.actors and accident:
            return False  # "an earthquake killed eight": no one attacked
        if trig.mode in self.probing_modes and not roles.targets and accident:
            return False  # "police are investigating the crash": an inquiry into an accident accuses no one
        if lemmas(frame.predicate) & self.striving_verbs and frame.patients and not roles.targets and not any(
            t.pos_ == "PROPN" or lemmas(t) & (self.party_words.parties | self.fights) for t in frame.patients
        ):
            # "lead the fight against amnesty": a struggle against a policy or an idea, no battle (but "troops and
            # rebels fought a fierce battle" fight one)
            return False
        if trig.mode in self.armed_modes and not self._armed_agents(frame):
            return False  # "refugees crossed into Turkey", "the firm pushed into Asia": no armed side enters
        if trig.mode in self.ruling_modes and not self._finds_against(frame.predicate):
            return False  # "the army has ruled the country since 1962", "a ruling on fishing rights": no one at fault
        striving = trig.type == "ASSAULT" and bool(lemmas(frame.predicate) & self.striving_verbs)
        if striving and self._struggle(frame, roles, index):
            return False  # "a legal battle", "the relatives are fighting for custody": a struggle, no one fought
        if trig.type in self.agentive and any(self._cause(t) for t in frame.agents):
            return False  # "the Spanish flu pandemic killed millions": a disease, whatever its name holds
        if frame.verbal and _generic(frame.predicate) and roles.time is None and roles.location is None:
            return False  # "a safe zone for women who have been assaulted": anyone's, no happening told
        if frame.verbal and frame.predicate.tag_ == "VBG" and self._topic(frame.predicate):
            return False  # "outbursts about blowing up the president", "talked about attacking": a topic, no act
        if frame.verbal and _of_capacity(frame.predicate, self.capacity_nouns):
            return False  # "removes the need to detain suspects", "the right to protest": what may be done
        if frame.verbal and (_permitted(frame.predicate) or _allowed_to_do(frame.predicate)):
            return False  # "under the act, suspects can be held without trial": what a law allows, no happening
        if frame.verbal and lemmas(frame.predicate) & self.crowd_verbs and _all_people(roles.actors, index):
            return False  # "the gunman marched toward the classrooms": one person marching is no protest
        if self._by_force(trig, frame, roles, index):
            return False  # "soldiers massed to defend Saudi Arabia": a defence by arms, no words of support
        if self._requirement_met(trig, frame):
            return False  # "met the test for custody", "met the deadline": no meeting
        if not frame.verbal and self._advisory(trig, frame.predicate):
            return False  # "lifted a warning against travel to Kenya": advice to travellers, no threat
        needy = lemmas(frame.predicate) & self.needs_target.get(trig.type, frozenset())
        backed = trig.type == "SUPPORT" and self._words_only(frame)  # "backed calls for an inquiry": a stance
        if needy and not roles.targets and not counted & _CASUALTIES and not self._counted_people(frame) and not backed:
            return False  # "released a statement", "executed a shutdown"
        needs_actor = bool(lemmas(frame.predicate) & self.needs_actor.get(trig.type, _NONE))
        if not frame.passive and not roles.actors and needs_actor:
            return False  # "plans to allow the minister to hold suspects": a text permits, no one concedes
        texts = self.party_words.documents
        if needs_actor and frame.agents and all(lemmas(a) & texts for a in frame.agents):
            return False  # "approved a bill that would allow the police to ...": what the bill permits
        people = lemmas(frame.predicate) & self.needs_people.get(trig.type, frozenset())
        held = frame.patients[0] if frame.patients else None  # the core patient: the object or a passive subject
        gathering = held is not None and self._gathering(held, parsed, index)
        things = held is not None and self._things_counted(held)
        if people and (_all_places(roles.targets, index) or (held is not None and self._no_party(held)) or gathering):
            return False  # "freed the province from the militants", "a review was held": no one was released or held
        if people and things:
            return False  # "capable of holding 500 and 1,000 songs": things held, no one
        contest = lemmas(frame.predicate) & self.contests.get(trig.type, frozenset())
        if contest and roles.targets and not any(unnamed_key(k) for k in [*roles.targets, *roles.actors]):
            return False  # "Democrats beat Gov. Bevin", "Kukushkin had beaten Van de Zandschulp 6-2": a contest won
        persons = lemmas(frame.predicate) & self.needs_persons.get(trig.type, frozenset())
        if persons and not _all_persons(roles.targets, index):
            return False  # "Liverpool beat Chelsea": a match won, no one beaten
        own = [c for c in frame.predicate.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if trig.addressed and any(t.lower_ in self.party_words.first_person for t in [*own, *frame.agents]):
            return False  # "we must become ...", "I should go": the speaker's own resolve, asked of no one else
        modal = parsed.token(trig.start)
        judged = trig.mode in self.judging_modes  # its word is its predicate: no modal
        if trig.addressed and not judged and modal.i == frame.predicate.i and _verb_left_out(modal):
            return False  # "a victory it must not (and will not) have": a modal with its verb left out asks nothing
        if trig.addressed and any(_anyone(t) for t in frame.agents):
            return False  # "no one should be held without trial", "any leader should ...": a norm, asked of no one
        if trig.addressed and frame.passive and frame.agents and not roles.actors:
            return False  # "orders must be issued by the minister": a rule stated, no one asked
        if trig.addressed and frame.passive and not roles.targets:
            return False  # "violence should be treated as a crime", "that must be done by a judge": no one asked
        if trig.mode in self.judging_modes and (not roles.targets or set(roles.targets) & set(roles.actors)):
            return False  # "the figures were wrong", "he said he had been wrong": no party judged by another
        if trig.addressed and not roles.actors:
            return False  # "he is a fine writer and should keep to fiction": an opinion in no one's demand
        one_sided = len(roles.actors) + len(roles.targets) < 2 or (not roles.targets and len(roles.actors) < 2)
        if lemmas(frame.predicate) & self.two_sided_verbs and one_sided and not _counted_sides(frame):
            return False  # "spoke to a reporter": one side of a meeting says too little
        if frame.passive and lemmas(frame.predicate) & self.received_with and _with_phrase(frame.predicate):
            return False  # "would be met with fire and fury": how it is received, no meeting
        if trig.type == "CONSULT" and self._to_the_press(frame, roles):
            return False  # "the minister spoke to journalists": the press is no side of a meeting
        travels = needs_actor or (roles.actors and lemmas(frame.predicate) & self.private_travel)
        if trig.type == "CONSULT" and travels and all(party_head(a) in self.private_people for a in roles.actors):
            # "migrants who had arrived in Germany", "a man visiting Nice with his family": no visit by anyone who
            # acts for a party
            return False
        if trig.type == "REQUEST" and not roles.actors and self._asks_public(frame):
            return False  # "forecasters urged people to stay indoors": advice to the public from no party named
        if trig.type == "REQUEST" and self._anonymity(frame):
            return False  # "an official who asked not to be named": the source's request to the reporter
        if trig.type == "REJECT" and self._withholds(frame):
            return False  # "declined to comment", "refused to identify himself": words withheld from the reporter
        if roles.actors:
            return True
        named = [t for t in frame.agents if t.pos_ in ("NOUN", "PROPN")]
        if trig.type in self.agentive and named and not all(lemmas(t) & self.instruments for t in named):
            return False  # a subject that is no party ("the virus killed 1,000"): not an attack by anyone
        if not frame.passive and any(self._thing(t, frame) for t in named):
            return False  # a thing as the subject ("the footage released ...", "the price hike hit ..."): no party
        if roles.targets:
            return True  # "three guards were killed", "Sudan must return ...": the one it befell
        if trig.type == "PROTEST" and roles.location is not None and self._broke_out(frame.predicate):
            return True  # "protests against economic hardship erupted in Tripoli": who protests is not named
        if trig.type in self.struck_types and self._thing_struck(frame):
            return True  # "a merchant vessel was struck by a missile": a craft or a building attacked by no one named
        return trig.type in ("ASSAULT", "COERCE") and bool(counted & _CASUALTIES)

    def _thing_struck(self, frame: Frame) -> bool:
        """Whether a verb's core patient is a craft or a building attacked (event_syntax.toml [senses] struck_things)
        and what struck it, if named, a weapon or an event ("hit by a missile", "a blast hit a market")."""
        held = frame.patients[0] if frame.patients else None
        if not frame.verbal or held is None or held.head.i != frame.predicate.i:
            return False
        if not lemmas(held) & self.struck_things:
            return False
        weapons = self.instruments | self.event_heads
        return all(lemmas(a) & weapons for a in frame.agents)

    def _broke_out(self, noun: Token) -> bool:
        """Whether an event noun is the subject of a verb that says it happened ("protests erupted in Tripoli",
        "clashes broke out"), not named in passing ("as anti-government protests ...")."""
        return noun.dep_ == "nsubj" and bool(lemmas(noun.head) & self.reader.g.happening_verbs)

    def _anonymity(self, frame: Frame) -> bool:
        """Whether a verb asks not to be named ("who asked not to be identified"): a negated passive infinitive of
        naming under it."""
        for c in frame.predicate.children:
            if c.dep_ not in ("xcomp", "advcl", "ccomp") or not infinitive(c) or not lemmas(c) & self.anonymity:
                continue
            before = c.doc[c.left_edge.i - 1] if c.left_edge.i else None  # "asked not to be ...", "not" on "asked"
            negated = any(a.lower_ == "not" for a in c.children) or (before is not None and before.lower_ == "not")
            if negated and _passive(c):
                return True
        return False

    def _cause(self, agent: Token) -> bool:
        """Whether an agent's phrase (and the word after it, which the parse may leave out) names a disaster or
        a disease ("the Spanish flu pandemic")."""
        doc = agent.doc
        words = doc[agent.left_edge.i : min(agent.right_edge.i + 2, len(doc))]
        return any(w.lower_ in self.causes for w in words)

    def _withholds(self, frame: Frame) -> bool:
        """Whether a refusal is of telling ("refused to identify himself"): an infinitive of telling under it."""
        return any(
            c.dep_ in ("xcomp", "advcl", "ccomp") and infinitive(c) and bool(lemmas(c) & self.withheld_words)
            for c in frame.predicate.children
        )

    def _counted_people(self, frame: Frame) -> bool:
        """A bare number as the object of a verb whose patients are people: "Police arrest 40 after clashes"."""
        held = [t for t in frame.patients if t.dep_ == "obj"]
        victims = lemmas(frame.predicate) & self.party_words.counted_victims
        return bool(victims) and any(t.tag_ == "CD" and not list(t.children) for t in held)

    def _state(self, p: Token) -> bool:
        """A participle that says how someone feels or seems ("feel threatened"; parsed as its complement or with
        the verb of seeming hung on it)."""
        if p.tag_ not in ("VBN", "JJ"):
            return False
        if p.dep_ == "xcomp" and lemmas(p.head) & self.state_verbs:
            return True
        return p.i > 0 and p.doc[p.i - 1].head.i == p.i and bool(lemmas(p.doc[p.i - 1]) & self.state_verbs)

    def _gathering(self, word: Token, parsed: Parsed, index: DocIndex) -> bool:
        """Whether a word names a gathering by its last word as the article writes it ("the Shangri-La Dialogue is
        being held", whatever stand-in the parse was given for the name)."""
        start, end = parsed.char_span(word)
        words = text_of(index.doc)[start:end].lower().split()
        return bool(words) and words[-1] in self.gatherings

    def _things_counted(self, held: Token) -> bool:
        """Whether a bare number held is coordinated only with counts of things ("holding 500 and 1,000 songs")."""
        nouns = [t for t in held.conjuncts if t.pos_ == "NOUN"]
        return held.pos_ == "NUM" and bool(nouns) and all(self._no_party(t) for t in nouns)

    def _no_party(self, word: Token) -> bool:
        """Whether a word in lower case (or opening the sentence) names no party ("a review was held",
        "Demonstrations are being held"; not "four Britons held", "two journalists were held")."""
        if word.lower_ in self.party_words.thing_objects:
            return True  # "it was released on Tuesday": a thing
        counted = [c for c in word.children if c.dep_ == "nmod" and case_of(c) == "of"]
        if word.lower_ in self.party_words.crowd_counts and counted:
            return self._no_party(counted[0])  # "released thousands of detainees": the detainees
        named = word.pos_ in _NAMED_POS or not (word.i == 0 or word.text.islower())
        return not named and not lemmas(word) & self.party_words.parties

    def _thing(self, subject: Token, frame: Frame) -> bool:
        """Whether the predicate's own subject is a common noun that names no party, document, weapon or event."""
        if subject.pos_ != "NOUN" or subject.head.i != frame.predicate.i or subject.dep_ != "nsubj":
            return False
        return not lemmas(subject) & self.known_subjects

    def _befell_no_event(self, noun: Token, type_: str) -> bool:
        """Whether a noun of what befalls ("target", "victim") names, by its "of" phrase, no event of the type."""
        if not lemmas(noun) & self.reader.g.patient_nouns:
            return False
        befell = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "of"]
        return bool(befell) and not any(_names_type(c, type_) for c in befell)

    def _force_offered(self, frame: Frame) -> bool:
        """Whether what a party is ready, willing or prepared to do is to use force ("prepared to use bombers",
        "ready to use military power"), a readiness to fight, to go somewhere ("willing to leave"), or names no act
        ("willing to do things"): no agreement."""
        for c in frame.predicate.children:
            if c.dep_ in ("xcomp", "advcl") and lemmas(c) & self.pro_verbs:
                return True  # "willing to do things their predecessors did not": no act named
            if c.dep_ in ("xcomp", "advcl") and lemmas(c) & self.going_verbs:
                return True  # "offered to travel alone", "willing to leave tomorrow": a trip, no promise
            if c.dep_ not in ("xcomp", "advcl") or not lemmas(c) & self.using_verbs:
                continue
            used = [o for o in c.children if o.dep_ == "obj"]
            if any(lemmas(o) & self.force_nouns or self._modified_by_force(o, _BY_FORCE) for o in used):
                return True
        return False

    def _describes_its_noun(self, p: Token) -> bool:
        """Whether a present participle stands right before the noun it describes ("the attacking forces", "warring
        factions"; not a happening it heads: "a shooting incident", nor a verb hung on its object)."""
        noun = p.head
        if p.tag_ != "VBG" or p.dep_ not in _BY_FORCE or noun.pos_ != "NOUN" or noun.i != p.i + 1:
            return False
        before = p.doc[p.i - 1] if p.i > 0 else None
        if before is not None and (before.pos_ in ("ADP", "VERB", "AUX") or before.dep_ in ("case", "mark")):
            return False  # "charged with attacking soldiers", "including attacking soldiers": a gerund and its object
        return not hung_on_object(p) and not lemmas(noun) & self.reader.g.generic_heads

    def _aim_given_up(self, p: Token) -> bool:
        """Whether a verb of retreat leaves an aim or a state "from" or "out of" ("retreated from its goal", "would
        pull out of its slump"; not "withdrew from its positions")."""
        left = [c for c in p.children if {k.lower_ for k in c.children if k.dep_ == "case"} & {"from", "of"}]
        ground = [c for c in left if c.tag_ == "NNS" and lemmas(c) & self.ground_in_plural]  # "from its positions"
        return any(lemmas(c) & self.aims for c in left if c not in ground)

    def _strives(self, frame: Frame) -> bool:
        """Whether a verb of striving names its aim by an infinitive and no armed party strives ("fought to keep
        the boy"; not "forces fought to retake the town")."""
        aimed = any(c.dep_ in ("xcomp", "advcl", "acl") and infinitive(c) for c in frame.predicate.children)
        return aimed and not self._armed_agents(frame)

    def _finds_against(self, p: Token) -> bool:
        """Whether a ruling or a finding finds against someone: its complement says what is ruled is against the law
        ("ruled that the detention was unlawful", "ruled it illegal", "a ruling that the ban breached the treaty",
        "was found guilty"), or it rules "against" someone."""
        told = [c for c in p.children if c.dep_ in _RULED]
        told += [g for c in told if c.dep_ != "obl" for g in c.children if g.dep_ in ("xcomp", "ccomp")]
        if any(lemmas(c) & self.unlawful_words or _against(c) for c in told):
            return True
        # "ruled that the detention of suspects without trial breaches human rights law", its verb misparsed
        said = [c for c in p.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)]
        return any(lemmas(w) & self.unlawful_words for c in said for w in c.subtree)

    def _ruled_against(self, frame: Frame) -> list[Token] | None:
        """What a ruling "against" something is against, when it names a party ("ruled against the interior
        ministry"); None when it rules against nothing. A ruling against an act ("ruled against the detention
        measures", "the detention of suspects, which the judges ruled against") has no target: who underwent the
        act is not whom the court found against."""
        against = [c for c in frame.predicate.children if _against(c)]
        if not against:
            return None
        return [c for c in against if c.pos_ == "PROPN" or lemmas(c) & self.party_words.parties]

    def _by_force(self, trig: Trigger, frame: Frame, roles: Roles, index: DocIndex) -> bool:
        """Whether a verb of defence defends by arms: an armed side defends, or what is defended is ground (a
        place below a country, "our north"; a country may be defended in words: "defended Iraq against criticism")."""
        verbs, ground = self.armed_defence.get(trig.type, (_NONE, _NONE))
        if not frame.verbal or not lemmas(frame.predicate) & verbs:
            return False
        held = any(index.kinds.get(t) == "place" for t in roles.targets)
        return self._armed_agents(frame) or held or any(lemmas(p) & ground for p in frame.patients)

    def _requirement_met(self, trig: Trigger, frame: Frame) -> bool:
        """Whether a verb of meeting takes a requirement as its object ("met the test", "met the deadline"), or
        shares one with a verb it is coordinated with ("would meet or surpass all of its targets")."""
        verbs, objects = self.things_met.get(trig.type, (_NONE, _NONE))
        p = frame.predicate
        if not frame.verbal or not lemmas(p) & verbs:
            return False
        shared = [c for c in p.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        taken = [c for v in (p, *shared) for c in v.children if c.dep_ == "obj"]
        taken += [c for t in taken for c in t.children if c.dep_ == "nmod" and case_of(c) == "of"]  # "all of"
        return any(lemmas(c) & objects for c in taken)

    def _advisory(self, trig: Trigger, noun: Token) -> bool:
        """Whether a noun of warning warns of going somewhere ("a warning against travel to Kenya", "a travel
        warning")."""
        words = self.advisories.get(trig.type, _NONE)
        about = [c for c in noun.children if c.dep_ in ("nmod", "compound", "amod")]
        return any(lemmas(c) & words for c in about)

    def _by_authority(self, roles: Roles, index: DocIndex) -> bool:
        """Whether the police, a court or an armed force, unnamed, is among the actors: what it does by force is
        political whoever undergoes it ("police arrested a famous actor"; a state named as the actor may act in any
        sense: "Russia regained control of the satellite")."""
        return any(party_head(a) in self.forceful_parties for a in roles.actors)

    def _struggle(self, frame: Frame, roles: Roles, index: DocIndex) -> bool:
        """Whether a word of striving names a struggle rather than fighting: it has a modifier of another contest
        ("a legal battle", "the custody fight"), or no one is fought, no place and no casualty is named, and every
        side that strives is a person or an unnamed party that bears no arms ("the family vowed to continue the
        battle"; not "the rebels vowed to continue the battle", "Kurdish fighters battled for the town")."""
        modifiers = [c for c in frame.predicate.children if c.dep_ in ("amod", "compound")]
        if any(lemmas(c) & self.struggle_modifiers for c in modifiers):
            return True
        if roles.targets or roles.location is not None or roles.quantities or not roles.actors:
            return False
        return all(self._unarmed(a, index) for a in roles.actors) and not any(
            self._modified_by_force(a, _BY_FORCE) for a in frame.agents
        )

    def _unarmed(self, key: str, index: DocIndex) -> bool:
        """Whether a side is a named person or an unnamed party whose head word names no armed party."""
        head = party_head(key)
        return index.kinds.get(key) == "person" if head is None else head not in self.armed_parties

    def _armed_agents(self, frame: Frame) -> bool:
        """Whether an armed party is among a frame's agents ("forces", "military power")."""
        return any(lemmas(a) & self.armed_parties or self._modified_by_force(a, _BY_FORCE) for a in frame.agents)

    def _modified_by_force(self, noun: Token, deps: frozenset[str]) -> bool:
        """Whether a noun has a modifier (of relations `deps`) that is a word of armed force ("military power")."""
        return any(c.dep_ in deps and lemmas(c) & self.force_modifiers for c in noun.children)

    def _public(self, frame: Frame) -> bool:
        """Whether a verb of warning warns the public of something ("warned residents of the storm"; not "warned
        residents to leave the town", which may threaten them)."""
        if any(c.dep_ in ("xcomp", "ccomp") for c in frame.predicate.children):
            return False
        return any(lemmas(p) & self.the_public for p in frame.patients if p.dep_ in ("obj", "iobj"))

    def _habit(self, verb: Token) -> bool:
        """Whether a verb in the present is modified by an adverb of habit ("are often attacked", "routinely
        kill"): a tendency, not a happening."""
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
        if any("have" in lemmas(c) for c in auxiliaries):
            return False  # "has routinely threatened the U.S.": done, time and again
        present = verb.tag_ in ("VBP", "VBZ") or any(c.tag_ in ("VBP", "VBZ") for c in auxiliaries)
        return present and any(c.dep_ == "advmod" and c.lower_ in self.habitual for c in verb.children)

    def _across_history(self, verb: Token) -> bool:
        """Whether an adverb of history modifies the predicate ("historically", "traditionally")."""
        return any(c.dep_ == "advmod" and c.lower_ in self.across_history for c in verb.children)

    def _figure(self, noun: Token) -> bool:
        """Whether an event noun is said with "be" of a subject of speech, text or policy ("the speech was a
        shot across the bows", "the plan is an attack on the poor")."""
        if noun.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in noun.children):
            return False
        return any(c.dep_ == "nsubj" and lemmas(c) & self.figure_subjects for c in noun.children)

    def _money_or_contest(self, noun: Token) -> bool:
        """Whether an event noun is modified by a word of money or contest ("the budget request", "a title
        fight"), the modifier right before it."""
        return noun.pos_ == "NOUN" and any(
            c.dep_ == "compound" and c.i == noun.i - 1 and lemmas(c) & self.money_or_contest for c in noun.children
        )

    def _clash_of_words(self, frame: Frame, roles: Roles, index: DocIndex) -> bool:
        """Whether a verb of clashing has only named people or debating parties on its sides ("lawmakers clashed
        over the bill"; not "a man fought with officers", "police clashed with protesters")."""
        if not frame.verbal or not lemmas(frame.predicate) & self.clash_verbs:
            return False
        sides = [*roles.actors, *roles.targets]
        return bool(sides) and all(
            (not unnamed_key(k) and index.kinds.get(k) == "person") or party_head(k) in self.debating_parties
            for k in sides
        )

    def _words_only(self, frame: Frame) -> bool:
        """Whether what an act of force is done to is only things said or decided (its object, or the subject of
        its passive): "shot down the proposal", "killed the bill"."""
        core = [t for t in frame.patients if t.dep_ in ("obj", "nsubj:pass") and not case_of(t)]
        return bool(core) and len(core) == len(frame.patients) and all(lemmas(t) & self.said_things for t in core)

    def _asks_public(self, frame: Frame) -> bool:
        """Whether everyone asked is the public ("urged people to stay indoors", "asked residents to ...")."""
        asked = [p for p in frame.patients if p.dep_ in ("obj", "iobj")]
        return bool(asked) and all(lemmas(p) & self.the_public for p in asked)

    def _display(self, noun: Token) -> bool:
        """Whether a noun of showing ("demonstration", "show") shows, by its "of" phrase, something that is no party
        ("a demonstration of resolve"; not "a demonstration of thousands of students")."""
        if not lemmas(noun) & self.display_nouns:
            return False
        shown = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "of"]
        return bool(shown) and all(c.pos_ != "NUM" and self._no_party(c) for c in shown)

    def _names_event(self, noun: Token) -> bool:
        """A verb trigger read as a noun names an event when it is a gerund ("the targeting of civilians") or
        its noun is an event noun (event_syntax.toml [nominal] verb_nouns and the nouns of the lexicon) or the
        happening it heads ("a shooting incident")."""
        return noun.tag_ == "VBG" or bool(lemmas(noun) & (self.verb_nouns | self.reader.g.generic_heads))

    def _political_sense(self, frame: Frame, parsed: Parsed, index: DocIndex) -> bool:
        """No word of the clause marks a sport, business or entertainment sense (words of names do not count:
        the Arab League is no sports league; a verb counts only if it is a cue as a verb)."""
        for word in frame.predicate.doc[frame.start : frame.end]:
            cues = self.clause_cue_verbs if word.pos_ == "VERB" else self.clause_cues
            if not lemmas(word) & cues:
                continue
            named = index.mentions.holding(parsed.article_index(word)) is not None
            if not named and not self._force_modified(word, parsed, index):
                return False
        return True

    def _in_work(self, word: Token) -> bool:
        """Whether a word is told as the story of a film, a book or a game: under a verb of telling whose subject
        is the work ("the film follows a soldier who deserts"; "the novel tells" read as one noun, the work its
        modifier), or in a clause set "in" the work ("in the game, players invade ...")."""
        for head in (word, *word.ancestors):
            if self._set_in_work(head):
                return True  # "In the series, rebels storm ...", parsed with the series as the root
            if any(
                (c.dep_ in _TELLER and lemmas(head) & self.narrating and self._work(c))
                or (c.dep_ == "obl" and self._set_in_work(c))
                for c in head.children
            ):
                return True
        return False

    def _work_topic(self, noun: Token) -> bool:
        """Whether an event noun is what a work is about ("a film about the assassination", "a book on the war"),
        its phrase right after the work wherever the parse hangs it."""
        mark = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in _ABOUT), None)
        if mark is None or mark.i == 0:
            return False
        work = noun.doc[mark.i - 1]
        return work.pos_ == "NOUN" and bool(lemmas(work) & self.works)

    def _set_in_work(self, noun: Token) -> bool:
        """Whether a noun is a work that a clause is set "in" ("in the film"; not "in a series of raids")."""
        return noun.pos_ == "NOUN" and case_of(noun) == "in" and self._work(noun)

    def _work(self, word: Token) -> bool:
        """Whether a word names a film, a book or a game ("the series"; not "a series of raids", "a show of force")."""
        if word.pos_ == "VERB" or not lemmas(word) & self.works:
            return False
        return not any(c.dep_ == "nmod" and case_of(c) == "of" for c in word.children)

    def _force_modified(self, word: Token, parsed: Parsed, index: DocIndex) -> bool:
        """Whether a cue word is modified by a word of armed force or by a named party ("the military takeover",
        "the Taliban takeover"): then it names no business sense."""
        if self._modified_by_force(word, _BY_FORCE | {"nmod:poss"}):
            return True
        mods = (c for c in word.children if c.dep_ in _BY_FORCE or c.dep_ == "nmod:poss")
        return any(index.mentions.holding(parsed.article_index(c)) is not None for c in mods)

    def _reads_as_event(self, trig: Trigger, frame: Frame, is_time: Callable[[Token], bool] | None = None) -> bool:
        """Senses of a trigger word that state no event: speech ("warned that ..."), a transitive "demonstrate",
        a guess or a state after a modal ("it must have been", "Ireland should be favourites"), a verb without the
        complement or object its sense needs (event_syntax.toml [senses])."""
        p = frame.predicate
        forms = lemmas(p)
        conditions = self.modality.w.conditional_mark  # not "if ..."
        told = [c for c in p.children if c.dep_ == "ccomp" and not marked(c, conditions) and _a_clause(c)]
        clausal = frame.verbal and forms & self.speech_when_clausal and bool(told)
        if clausal and not (trig.type == "THREATEN" and self._warns_of_force(p)):
            return False
        taken = [c for c in p.children if c.dep_ in _TAKEN and not (is_time and is_time(c))]  # not "marched Monday"
        taken = [c for c in taken if not misread_preposition(c, self.reader.g.place_case)]  # "rallied outside X"
        if frame.verbal and forms & self.intransitive_only and taken:
            return False
        if frame.verbal and frame.passive and forms & self.active_only:
            return False
        said = [*frame.patients, *frame.ofs, *(c for c in p.children if case_of(c))]
        if trig.type == "THREATEN" and any(c.pos_ == "NOUN" and lemmas(c) & self.dangers for c in said):
            return False  # "warned of imminent bankruptcy": a danger, no threat
        if trig.mode in self.judging_modes:
            return _judgement(p)  # "Ministers have been complacent": a party judged, not asked
        if trig.addressed and (forms & self.epistemic or any(c.dep_ == "cop" for c in p.children)):
            return False
        if trig.addressed and (_inverted(p) or _questioned(p)):
            # "should he survive the war", "Should Iran be punished?", "when the U.S. should intervene": a
            # condition or a question
            return False
        if trig.addressed and any(c.dep_ == "aux" and c.lower_ in _HAVE_FORMS for c in p.children):
            return False  # "the officers should have conducted counts": a judgement of the past, nothing asked
        if frame.verbal and forms & self.self_harm_verbs and _reflexive_object(p):
            return False  # "he hanged himself in his cell": harm done to oneself (not "blew themselves up")
        if frame.verbal and forms & self.as_senses and any(case_of(c) == "as" for c in p.children):
            return False  # "that struck me as different": an impression, no blow
        threatened = p.dep_ in ("xcomp", "advcl") and infinitive(p) and bool(lemmas(p.head) & self.threatening_verbs)
        if frame.verbal and trig.type != "THREATEN" and threatened:
            return False  # "threatened to kill the lawmaker": the threat tells it
        if frame.verbal and self._describes_its_noun(p):
            return False  # "the attacking forces crossed the river": what the forces are, no attack reported
        if frame.verbal and forms & self.striving_verbs and self._strives(frame):
            return False  # "the relatives fought to keep the boy": a struggle for an aim, no fighting
        if frame.verbal and self._state(p):
            return False  # "women who feel threatened", "seemed isolated": a state, not an event
        if frame.verbal and _compound_adjective(p):
            return False  # "non-life threatening injuries": an adjective made of a verb and its object
        after = p.doc[p.i + 1].lower_ if p.i + 1 < len(p.doc) else ""
        typed = self.typed_particle_nonsenses.get(trig.type, {})
        other = any(after in self.particle_nonsenses.get(f, ()) or after in typed.get(f, ()) for f in forms)
        if frame.verbal and other:
            return False  # "wound up with", "seized on", "beaten out for first place": another verb
        owning = [self.adverb_nonsenses[f] for f in forms if f in self.adverb_nonsenses]
        if frame.verbal and any(c.dep_ == "advmod" and c.lower_ in words for words in owning for c in p.children):
            return False  # "a closely held company": owned, no one held
        if frame.verbal and forms & self.noun_only and p.pos_ == "VERB":
            return False  # "to deal with the threat"
        if trig.type in _FORCEFUL and frame.patients and all(lemmas(t) & self.scourges for t in frame.patients):
            return False  # "we must fight terrorism", "curbing the deficit"
        if trig.type == "RETREAT" and self._aim_given_up(p):
            return False  # "retreated from its goal of ousting him": an aim given up, no force moved
        needed = next((self.complements[f] for f in forms if f in self.complements), None)
        if frame.verbal and needed is not None and not any(_complement(c) & needed for c in p.children):
            return False  # "I agree with him": an opinion, no agreement
        unwanted = next((self.object_nonsenses[f] for f in forms if f in self.object_nonsenses), None)
        done_to = _done_to(frame)  # "ads targeted at voters" too
        undergoing = [c for c in p.children if c.dep_ in done_to or c.dep_ == "iobj" or _bare_oblique(c)]
        if frame.verbal and unwanted is not None and any(_titled(c) & unwanted for c in undergoing):
            return False  # "offered condolences", "offering a reward", "ousted security adviser Bolton"
        wanted = next((self.object_senses[f] for f in forms if f in self.object_senses), None)
        if frame.verbal and wanted is not None:
            signed = [c for c in p.children if c.dep_ == "obj"] + (frame.patients if frame.passive else [])
            objects = [lemmas(c) for c in signed]  # "signed a treaty", not "signed a petition", "a letter signed by"
            return not objects or any(o & wanted for o in objects)
        return True

    def _event(
        self,
        doc: Doc,
        index: DocIndex,
        parsed: Parsed,
        trig: Trigger,
        frame: Frame,
        roles: Roles,
        time_roles: dict[str, str],
    ) -> Found:
        start, end = _evidence_span(parsed, frame, index)
        p_start, p_end = parsed.char_span(frame.predicate)
        quoted = index.in_quote(p_start, p_end)
        deadline = roles.time is not None and time_roles.get(roles.time) == "deadline"
        evidence = Evidence(start, end, text_of(doc)[start:end])
        event = Event(
            id="",
            type=trig.type,
            mode=trig.mode,
            evidence=evidence,
            actors=roles.actors,
            targets=roles.targets,
            location=roles.location,
            time=roles.time,
            quantities=roles.quantities,
            modality=self.modality.of(frame, quoted=quoted, deadline=deadline, own=_own_words(parsed, trig)),
            mentions=[evidence],
        )
        promised = trig.type in self.promised_types and bool(lemmas(frame.predicate) & self.promising_verbs)
        if promised and event.modality in ("asserted", "reported"):
            event.modality = "planned"  # "offered assistance", "pledged funds": aid to be given
        said = trig.addressed and event.modality == "reported" and bool(roles.actors)
        if said and not _directly_quoted(doc, p_start, p_end):
            # "Sudan must leave, Russia said": the saying is the demand, made (in a quotation, the speaker's words)
            event.modality = "asserted"
        return Found(trig, event, roles.parties)

    def _verbal_attack(self, event: Event, kinds: dict[str, str], *, physical: bool, said: bool) -> None:
        """ "Howard attacks the plan": an attack by named people that hurts no one, or an attack on what was said or
        decided ("critics attacked a plan to deport them"), is criticism (ACCUSE); a `physical` attack is not words
        (attacks named in the plural, "orchestrated the 2001 attacks"; an attack on soldiers or police)."""
        if event.type != "ASSAULT" or event.mode not in self.verbal_attack_modes or physical:
            return
        people = bool(event.actors) and all(kinds.get(a) == "person" for a in event.actors)
        persons = any(kinds.get(a) == "person" for a in event.actors) and all(  # "Trump has been targeting Machado"
            kinds.get(a) in ("person", "country") for a in event.actors
        )
        people = people or (persons and bool(event.targets) and all(kinds.get(t) == "person" for t in event.targets))
        if (people or said) and not event.quantities:
            event.type, event.mode = "ACCUSE", "disapprove"

    def _warns_of_force(self, verb: Token) -> bool:
        """Whether a warning's clause says the one warning will use force ("warned Washington that it would
        retaliate", told by a pronoun subject) or deal a penalty ("warned that protesters would be arrested"): a
        threat, not a statement (not "warned that the rebels would attack", nor "that the storm would hit")."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and lemmas(c) & self.threatened_acts]
        if any(
            any(a.dep_ == "aux" and a.lower_ in self.future_aux for a in c.children)
            and any(s.dep_ == "nsubj" and s.lower_ in self.warner_pronouns for s in c.children)
            for c in clauses
        ):
            return True
        told = [c for c in verb.children if c.dep_ == "ccomp" and any(a.lower_ in self.future_aux for a in c.children)]
        if any(self._threatened_object(c) for c in told):
            return True  # "warned Israel it would pay a heavy price"
        penalties = [c for c in verb.children if c.dep_ == "ccomp" and _passive(c) and lemmas(c) & self.penalties]
        return any(
            any(a.dep_ == "aux" and a.lower_ in self.modal_aux for a in c.children)
            and not any(a.dep_ == "obl:agent" for a in c.children)
            for c in penalties
        )

    def _threatened_object(self, verb: Token) -> bool:
        """Whether a clause's verb and object say that someone will pay or face for it ("pay a heavy price")."""
        objects = {w for k, words in self.threatened_objects.items() if k in lemmas(verb) for w in words}
        return any(c.dep_ in ("obj", "nsubj:pass") and lemmas(c) & objects for c in verb.children)

    def _arms_hit(self, frame: Frame) -> bool:
        """Whether what a verb of destroying is done to is arms in use ("destroyed 40 drones", "two tanks were
        destroyed"): a strike on the force that bears them; not the doer's own arms ("Iraq has destroyed its
        missiles": disarmament)."""
        done_to = [p for p in frame.patients if p.dep_ in ("obj", "nsubj:pass")]
        own = any(c.dep_ == "nmod:poss" and c.pos_ == "PRON" for p in done_to for c in p.children)
        return frame.verbal and bool(done_to) and not own and all(lemmas(p) & self.armed_property for p in done_to)

    def _hurts_people(self, frame: Frame, event: Event, index: DocIndex) -> bool:
        """Whether what a verb of destroying is done to is people ("a man was set on fire"; not "set the police
        station on fire")."""
        done_to = [p for p in frame.patients if p.dep_ in ("obj", "iobj", "nsubj:pass")]
        people = all(  # not "patrol cars were burned": a vehicle is a party word only as a weapon
            p.pos_ == "PROPN" or (lemmas(p) & self.party_words.parties and not lemmas(p) & self.instruments)
            for p in done_to
        )
        return bool(done_to) and people and _all_persons(event.targets, index)

    def _to_the_press(self, frame: Frame, roles: Roles) -> bool:
        """Whether all a meeting is with is the press: its targets are all press parties ("spoke to journalists"),
        or the clause's sides are all press words, whatever country names them ("spoke with German channel n-tv")."""
        if roles.targets and all(party_head(t) in self.press for t in roles.targets):
            return True
        p = frame.predicate
        sides = [c for c in p.children if c.dep_ == "obl" and case_of(c) in ("with", "to")] or frame.patients
        return bool(sides) and all(lemmas(s) & self.press for s in sides)

    def _probes_reports(self, frame: Frame) -> bool:
        """Whether what is probed is only reports or claims of something ("investigating reports of assaults"),
        by someone who is no sport, business or entertainment party: the probe is of what they report."""
        patients = frame.patients
        if not patients or any(lemmas(a) & self.party_words.non_political for a in frame.agents):
            return False
        return all(lemmas(p) & self.report_nouns and any(case_of(c) == "of" for c in p.children) for p in patients)

    def _harm(self, noun: Token) -> bool:
        """Whether a patient names a harm someone underwent ("his death", "the killing of the journalist")."""
        return noun.pos_ in ("NOUN", "VERB") and bool(lemmas(noun) & self.harms)

    def _welcome(self, event: Event, frame: Frame) -> None:
        """Welcoming what was said or decided ("a paper welcoming the administration's plans") is support, not
        a visit received."""
        if event.type == "CONSULT" and lemmas(frame.predicate) & self.welcoming and self._attacks_words(frame):
            event.type, event.mode = "SUPPORT", "praise"

    def _judged_act(self, frame: Frame, roles: Roles) -> str | None:
        """The type of the act told before that a verb judges by a bare pointing noun ("condemned the raid": any
        attack), or its "TYPE/mode" ("condemned the launch": a weapons test), naming no one it was done by or to;
        None for none."""
        if roles.targets or not frame.verbal:
            return None
        objects = [c for c in frame.predicate.children if c.dep_ == "obj"]
        if len(objects) != 1 or not _points_back(objects[0], self.judged["days"]):
            return None
        noun = objects[0]
        if noun.lower_ in self.claims.nouns:
            return "ASSAULT"
        return next((t for t, nouns in self.judged_nouns.items() if lemmas(noun) & nouns), None)

    def _protest_in_words(self, event: Event, frame: Frame, kinds: dict[str, str], names: dict[str, str]) -> None:
        """A state or its government that protests does so in words ("Iraq protested the incursion", "the foreign
        ministry protested"): a disapproval, not a demonstration (people, crowds, unions and parties still march)."""
        if event.type != "PROTEST" or not frame.verbal or not lemmas(frame.predicate) & self.official_protest:
            return
        if not any(c.dep_ in ("obj", "ccomp") for c in frame.predicate.children):
            return  # what is protested is said ("protested the raid")
        # a state named as the one who protests ("Iraq", "the ministry"), not people of it ("Iranians", "the Cuban
        # people", "thousands"), nor one a pronoun or an inherited subject stands for
        # (nor a city whose people protest: "Paris protests" is no French protest note)
        named = bool(frame.agents) and all(a.tag_ in ("NNP", "NN") for a in frame.agents)
        told = " ".join(names.get(a, a) for a in event.actors)
        named = named and all(a.text in told for a in frame.agents)
        head = frame.predicate.head
        envoy = frame.predicate.dep_ == "advcl" and any(  # "summoned the ambassador to protest the raid"
            c.dep_ == "obj" and lemmas(c) & self.party_words.envoys for c in head.children
        )
        if event.actors and (named or envoy) and all(self._state_office(a, kinds, names) for a in event.actors):
            event.type, event.mode = "ACCUSE", "disapprove"

    def _state_office(self, key: str, kinds: dict[str, str], names: dict[str, str]) -> bool:
        """Whether a party is a country or an office of its government ("Iraq's foreign ministry", "the embassy")."""
        if kinds.get(key) == "country":
            return True
        name = names.get(key, key.partition(":")[2] if unnamed_key(key) else "").lower()
        return any(name == o or name.endswith(" " + o) for o in self.state_offices)

    def _attacks_words(self, frame: Frame) -> bool:
        """Whether a verb's objects are all things said or decided ("attacked the plan", "the decision"; in the
        passive, its subject: "the idea has not been welcomed by everyone"), or a noun of attack is one in words
        ("a blistering attack on ...") or on such things ("an attack on the government's tax plan")."""
        p = frame.predicate
        nouns = [c for c in p.children if c.dep_ == "obj"] if frame.verbal else [p]  # "launched an attack"
        if any(lemmas(m) & self.verbal_attack_modifiers for n in nouns for m in n.children if m.dep_ == "amod"):
            return True
        aimed = [t for t in frame.patients if case_of(t) in _AIMED_AT]
        if aimed and all(lemmas(t) & self.said_things for t in aimed):
            return True
        objects = [t for t in frame.patients if t.dep_ in _done_to(frame) and not case_of(t)]  # not "for women"
        return frame.verbal and bool(objects) and all(lemmas(t) & self.said_things for t in objects)


def _without_circumstances(kept: list[tuple[Frame, Found]]) -> list[Found]:
    """The events of one sentence without an attack noun people were killed in when the killing is itself one of
    them ("were killed in a raid": the killing is the event, the raid its circumstance), nor one that is the
    subject or the object of a verb of its type ("a drone strike killed a commander", "offered to host a summit":
    one happening, told by the verb, which takes the noun's doer when it names none)."""
    verbs = {(f.event.type, frame.predicate.i): f for frame, f in kept}
    out = []
    for frame, f in kept:
        verb = _telling_verb(frame)
        told = verbs.get((f.event.type, verb)) if verb is not None else None
        if told is None:
            out.append(f)
        elif not told.event.actors and f.event.actors:  # "Saudi-led coalition air strikes killed 20": the coalition's
            told.event.actors = list(f.event.actors)
            told.parties |= f.parties
    return out


def _points_back(noun: Token, days: frozenset[str]) -> bool:
    """Whether a noun points back with an article, a demonstrative or a day ("the raid", "this attack", "Sunday's
    bombing"), with no phrase of its own saying by or on whom."""
    pointing = any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        or (c.dep_ == "nmod:poss" and c.lower_ in days)
        for c in noun.children
    )
    return pointing and not any(c.dep_ in ("nmod", "amod", "compound", "acl", "acl:relcl") for c in noun.children)


def _judged_doers(events: list[Event], judging: dict[int, tuple[str, str]]) -> None:
    """Each event that judges an act told before by a pointing noun ("The Authority condemned the raid", "condemned
    the drills as a provocation") takes the doers of the latest act of that type (an attack) or type and mode (the
    rest, when one side alone did such acts before it) told before it as its targets, when they are not its own
    side; of attacks, the latest one told by that noun comes first ("condemned the strike" after an air strike and
    rockets fired back: the strike)."""
    latest: dict[str, Event] = {}
    attacks: list[Event] = []
    sides: dict[str, int] = {}  # how many doers of unshared sides each type and mode has had so far
    for event in sorted(events, key=lambda e: min(m.start for m in e.mentions or [e.evidence])):
        key, noun = judging.get(id(event), ("", ""))
        judged = latest.get(key)
        if key == "ASSAULT" and noun:
            judged = next((e for e in reversed(attacks) if e is not event and _told_by(e, noun)), judged)
        if judged is not None and not event.targets and sides.get(key, 1) == 1:
            doers = judged.actors
            if doers and not set(doers) & set(event.actors):
                event.targets = list(doers)
        if event.type == "ASSAULT":
            attacks.append(event)
        if event.actors:
            moded = f"{event.type}/{event.mode}"
            before = latest.get(moded)
            if before is not None and not set(before.actors) & set(event.actors):
                sides[moded] = sides.get(moded, 1) + 1  # "the launch" after two sides' launches: whose is unsaid
            latest[event.type] = latest[moded] = event


def _told_by(event: Event, noun: str) -> bool:
    """Whether a clause of an event names it by a noun ("strike": "an Israeli drone strike on a car ...")."""
    forms = {noun, f"{noun}s"}
    return any(forms & set(_WORD.findall(m.text.lower())) for m in event.mentions or [event.evidence])


def _judged_noun(frame: Frame) -> str:
    """The noun a judging verb points back by ("condemned the strike": strike), singular."""
    objects = [c for c in frame.predicate.children if c.dep_ == "obj"]
    return min(lemmas(objects[0]), key=lambda w: (len(w), w)) if objects else ""


@dataclass(frozen=True, slots=True)
class _Part:
    """An act told inside another as part of it, no happening of its own (event_syntax.toml [parts_of_acts]): the
    type of the act it hangs on (`whole`, a verb's frame only when `verbal`), the relations and form of its verb
    (`deps`; a participle in -ing, or an infinitive), its own type or modes and verbs (none: any), and whether it
    must have the whole's doer or none."""

    whole: str
    deps: frozenset[str]
    infinitive: bool
    types: frozenset[str]
    modes: frozenset[str]
    verbs: frozenset[str]
    verbal: bool
    same_doer: bool

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> _Part:
        return cls(
            whole=data["whole"],
            deps=frozenset(data["deps"]),
            infinitive=data["form"] == "infinitive",
            types=frozenset(data.get("types", ())),
            modes=frozenset(data.get("modes", ())),
            verbs=frozenset(data.get("verbs", ())),
            verbal=data.get("verbal", False),
            same_doer=data.get("same_doer", False),
        )

    def whole_of(self, frame: Frame, f: Found) -> bool:
        """Whether an event is of the kind this part hangs on."""
        return f.event.type == self.whole and (frame.verbal or not self.verbal)

    def of(self, frame: Frame, f: Found, wholes: dict[int, Found]) -> bool:
        """Whether the event `f` is this kind of part of one of `wholes` (the events of the type, by predicate)."""
        p = frame.predicate
        whole = wholes.get(p.head.i)
        if whole is None or p.dep_ not in self.deps:
            return False
        if not (infinitive(p) if self.infinitive else p.tag_ == "VBG"):
            return False
        if (self.types and f.event.type not in self.types) or (self.modes and f.event.mode not in self.modes):
            return False
        if self.verbs and not lemmas(p) & self.verbs:
            return False
        return not self.same_doer or not f.event.actors or f.event.actors == whole.event.actors


def _without_parts(kept: list[tuple[Frame, Found]], parts: list[_Part]) -> list[tuple[Frame, Found]]:
    """Without the acts told as parts of others ("attacked a ship, setting it on fire"; "deployed the army to help
    the police"; "imposed sanctions, targeting its shadow fleet"): each rule reads the events kept before it."""
    for part in parts:
        wholes = {frame.predicate.i: f for frame, f in kept if part.whole_of(frame, f)}
        kept = [(frame, f) for frame, f in kept if not part.of(frame, f, wholes)]
    return kept


def _threats_of_acts(kept: list[tuple[Frame, Found]], types: frozenset[str]) -> list[tuple[Frame, Found]]:
    """A threat noun whose "of" phrase is an act told with its own sides ("the threat of NATO air strikes against
    X"): the act's doer threatens, the one it would hit is threatened (not NATO as the one threatened)."""
    acts = {frame.predicate.i: f for frame, f in kept}
    for frame, f in kept:
        if frame.verbal or f.event.type not in types:
            continue
        act = next((acts[o.i] for o in frame.ofs if o.i in acts and acts[o.i] is not f), None)
        if act is not None and act.event.actors:
            f.event.actors, f.event.targets = list(act.event.actors), list(act.event.targets)
            f.parties |= act.parties
    return kept


def _telling_verb(frame: Frame) -> int | None:
    """The verb an event noun is the circumstance, the subject or the object of ("killed in a raid", "the strike
    killed", "to host a summit": one happening when the verb is of the noun's type)."""
    if frame.cause_of is not None:
        return frame.cause_of.i
    noun = frame.predicate
    if frame.verbal or noun.head.i == noun.i:
        return None
    # (not a noun whose sides are its own: "mediating talks between Israel and Hamas" tells the talks too)
    own = any(a.dep_ == "nmod:poss" or case_of(a) in ("between", "by") for a in frame.agents)
    told = noun.dep_ == "nsubj" or (noun.dep_ == "obj" and not own)
    return noun.head.i if told else None


def _unified(found: list[Found]) -> list[Found]:
    """The found events with the keys of their unnamed parties unified (`parties.unify`), before merging."""
    one = unify(p for f in found for p in f.parties.values())
    for f in found:
        f.event.actors = list(dict.fromkeys(one.get(a, a) for a in f.event.actors))
        f.event.targets = [t for t in dict.fromkeys(one.get(t, t) for t in f.event.targets) if t not in f.event.actors]
        f.parties = {k: replace(p, same_as=one[p.own_key]) for k, p in f.parties.items()}
    return found


def _lexicon_verbs() -> list[str]:
    return [v for block in lexicon()["trigger"] for v in block.get("verbs", [])]


def _business_only(roles: Roles, companies: set[str], firms: frozenset[str]) -> bool:
    """Whether companies, or unnamed people of the markets ("analysts"), are all an event's actors and all its
    targets: a business act, no political one ("Siemens will pull out of Iran", "the airline sued its rival"; not
    "the firm sued the government")."""
    sides = [*roles.actors, *roles.targets]
    return bool(roles.actors) and all(side in companies or party_head(side) in firms for side in sides)


def _scored(start: int, index: DocIndex) -> bool:
    """Whether a figure follows "a" or "an": a score or a model ("shot a 68", "a 747"), never people counted."""
    return start > 0 and index.lower[start - 1] in _ARTICLES


def _hurt(roles: Roles, index: DocIndex) -> bool:
    """Whether an event counts people killed, wounded or held among its figures."""
    return any(q.kind in _CASUALTIES for q in index.quantities.items if q.id in roles.quantities)


def _all_people(actors: list[str], index: DocIndex) -> bool:
    """Whether every actor is one person (a named person, or an unnamed one: "+person:gunman")."""
    return bool(actors) and all(a.startswith("+person:") or index.kinds.get(a) == "person" for a in actors)


def _states_or_groups(targets: list[str], kinds: dict[str, str]) -> bool:
    """Whether every target is a named country or organisation (never a place or a thing)."""
    return bool(targets) and all(kinds.get(t) in ("country", "organization") for t in targets)


def _areas(entities: list[Entity], region_words: frozenset[str]) -> Areas:
    """The country of each place, and the countries and regions of a country ("northern Afghanistan") an article
    names, each with its country: a happening told in a region and in a town of that country may be one."""
    within = {e.id: c for e in entities if e.kind != "country" and isinstance(c := e.attributes.get("country"), str)}
    broad = {e.id: e.id for e in entities if e.kind == "country"}
    first_words = {e.id: e.name.split()[0].lower() for e in entities if e.name.split()}
    broad |= {i: c for i, c in within.items() if first_words.get(i) in region_words}
    places = frozenset(e.id for e in entities if e.kind == "place")
    return Areas(within=within, broad=broad, qualified=_qualified(entities), places=places)


def _qualified(entities: list[Entity]) -> dict[str, str]:
    """Each place the text names with the wider place that qualifies it right after a comma ("El Paso, Texas")."""
    at = {m.start: e.id for e in entities if e.kind in ("place", "country") for m in e.mentions}
    return {
        e.id: at[m.end + 2]
        for e in entities
        if e.kind == "place"
        for m in e.mentions
        if m.end + 2 in at and at[m.end + 2] != e.id
    }


def _sides_of(entities: list[Entity]) -> dict[str, str]:
    """Organisation id -> the id of the country the entity component gave it ("U.S. forces": United States), or
    the country it is affiliated to where the text names that country right before it ("Iran's Revolutionary
    Guards"; not the Taliban, whom the text does not make Afghanistan's); person id -> the country or organisation
    the person acts for."""
    ends = {m.end: e.id for e in entities if e.kind == "country" for m in e.mentions}
    found: dict[str, str] = {}
    for e in entities:
        affiliation = e.attributes.get("affiliation")
        if e.kind == "person" and isinstance(affiliation, str):
            found[e.id] = affiliation  # "U.N. Secretary-General Antonio Guterres" acts for the U.N.
        if e.kind != "organization":
            continue
        country = e.attributes.get("country")
        if isinstance(country, str):
            found[e.id] = country
        named_before = any(ends.get(m.start - k) == affiliation for m in e.mentions for k in (1, 3))
        if named_before and isinstance(affiliation, str):
            found[e.id] = affiliation  # "Iran's Revolutionary Guards", "Iranian Revolutionary Guards"
    return found


def _prevented(verb: Token, preventing: frozenset[str]) -> bool:
    """Whether a gerund after "from" names what a verb of preventing keeps from happening ("banned Iran from
    launching", "barred the party from holding rallies")."""
    return verb.tag_ == "VBG" and marked(verb, ("from",)) and bool(lemmas(verb.head) & preventing)


def _complement_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb's complement clauses ("help Mali fight": Mali)."""
    return [s for c in verb.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]


def _counted_sides(frame: Frame) -> bool:
    """Whether the subject is a counted plural that holds every side ("the two leaders met", "both ministers
    discussed ...")."""
    return any(
        a.tag_ == "NNS" and any(c.dep_ == "nummod" or c.lower_ == "both" for c in a.children) for a in frame.agents
    )


def _with_phrase(verb: Token) -> bool:
    """Whether a verb has a phrase of its own after "with"."""
    return any(c.dep_ in ("obl", "nmod") and case_of(c) == "with" for c in verb.children)


def _all_persons(targets: list[str], index: DocIndex) -> bool:
    """Whether every target is people: a named person, or an unnamed person or group ("+group:protester")."""
    unnamed = ("+person:", "+group:")
    return bool(targets) and all(t.startswith(unnamed) or index.kinds.get(t) == "person" for t in targets)


def _all_places(targets: list[str], index: DocIndex) -> bool:
    """Whether every target is a place below a country ("the province of Anbar"; a country may receive the
    people released to it)."""
    return bool(targets) and all(index.kinds.get(t) == "place" for t in targets)


def _names_type(noun: Token, type_: str) -> bool:
    """Whether a noun, with the modifiers right before it, is a noun trigger of that type ("a rocket attack" is
    an ASSAULT; "a disinformation campaign" is none, though "a bombing campaign" is)."""
    nouns = type_nouns(type_)
    words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    return any(" ".join([*words[n:], w]) in nouns for w in lemmas(noun) for n in range(len(words) + 1))


def _title_case(doc: Doc, index: DocIndex, clause: Clause) -> dict[int, str]:
    """A headline In Title Case ("Navy Seizes Tanker Off Coast") as the parser reads it best: each capitalised word
    after the first that is no name in lower case (the tagger takes capitalised words for names); empty for a
    headline in sentence case."""
    words = [i for i in range(clause.start, clause.end) if doc[i].is_alpha]
    capitalised = [i for i in words if doc[i].text[0].isupper()]
    if len(words) < _TITLE_MIN or len(capitalised) < _TITLE_SHARE * len(words):
        return {}
    return {i: index.lower[i] for i in capitalised[1:] if index.mentions.holding(i) is None}


def _heads_clause(i: int, root: bool, transitive: bool, parsed: Parsed) -> bool:
    """Whether word i is the root of a parse (`root`), or else a verb with a subject of its own, or an infinitive
    (and, when `transitive`, with an object)."""
    word = parsed.doc[i]
    if root:
        return word.dep_ == "ROOT"
    deps = {c.dep_ for c in word.children}
    clause = bool(deps & {"nsubj", "nsubj:pass"}) or infinitive(word)
    return word.pos_ == "VERB" and clause and (not transitive or "obj" in deps)


def _bare_participle(word: Token) -> bool:
    """A past participle read as the verb of a sentence with no auxiliary, with a subject and a by-phrase ("three
    aid workers kidnapped by pirates were released ...", read with "kidnapped" at the root): a participle alone
    heads no sentence of running text, it describes the noun before it."""
    deps = {c.dep_ for c in word.children}
    if word.tag_ != "VBN" or word.dep_ != "ROOT" or deps & {"aux", "aux:pass", "cop"} or "nsubj" not in deps:
        return False
    return any(case_of(c) == "by" for c in word.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _verb_as_plural(parsed: Parsed) -> Token | None:
    """A verb's -s form read as a plural noun in a sentence the parser gave no finite verb ("The airline transports
    weapons and fighters ...", one noun phrase): the word after a determiner and a singular noun, before the
    opening of another noun phrase."""
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in parsed.doc):
        return None  # a finite verb of its own
    for word in parsed.doc[2 : len(parsed.doc) - 1]:
        before, first, after = parsed.doc[word.i - 1], parsed.doc[word.i - 2], parsed.doc[word.i + 1]
        if word.tag_ != "NNS" or not word.lower_.endswith("s") or before.tag_ not in ("NN", "NNP"):
            continue
        if first.pos_ == "DET" and after.pos_ in ("NOUN", "DET", "NUM", "ADJ", "PROPN"):
            return word
    return None


def _verb_left_out(modal: Token) -> bool:
    """Whether a modal has no verb of its own after it: none at all, or a conjunction right after it and its
    negation ("it must not and will not have")."""
    rest = [w for w in modal.doc[modal.i + 1 :] if w.lower_ not in ("not", "n't")]
    if not any(w.tag_ == "VB" for w in rest):
        return True
    return rest[0].pos_ == "CCONJ"  # (not "They must, with Europe and others, watch over ...")


def _sentence_at(index: DocIndex, char: int) -> int:
    """The number of the sentence that holds a character."""
    token = bisect_right(index.token_starts, char) - 1
    return bisect_right(index.words.sent_starts, token)


def _modifies_from(word: Token, opening: int) -> bool:
    """Whether a word before a noun phrase opening at `opening` belongs to it: a determiner, an adjective, a number,
    or a noun or name that modifies a word of it ("U.S. Navy" in "a U.S. Navy destroyer")."""
    if word.pos_ in ("DET", "ADJ", "NUM"):
        return True
    return word.dep_ in ("compound", "amod", "flat") and word.head.i >= opening


def _last_word(doc: Doc) -> Token | None:
    """The last token that is no punctuation."""
    for i in range(len(doc) - 1, -1, -1):
        if not doc[i].is_punct:
            return doc[i]
    return None


def _root(parsed: Parsed) -> Token | None:
    """The root of a parse."""
    return next((t for t in parsed.doc if t.dep_ == "ROOT"), None)


def _against(word: Token) -> bool:
    """A phrase of "against" or a stranded "against" ("ruled against the ministry", "which the judges ruled
    against")."""
    return "against" in (case_of(word), word.lower_)


def _count_as_subject(i: int, parsed: Parsed) -> bool:
    """Whether the count that word i hangs on is now a verb's subject."""
    return parsed.doc[i].head.dep_ == "nsubj"


def _subject_of_next(i: int, parsed: Parsed) -> bool:
    """Whether word i has a subject of its own in the new parse."""
    return _own_subject(parsed.doc[i]) is not None


def _rooted_at(i: int, parsed: Parsed) -> bool:
    """Whether word i heads the new parse."""
    return parsed.doc[i].dep_ == "ROOT"


def _relative_object_as_subject(parsed: Parsed) -> Token | None:
    """The object of a relative clause that the parser took for the subject of the sentence's main verb, hung as
    a clause on the relative verb ("A journalist who had criticised the government was shot dead", parsed as "the
    government was shot" with no main verb): parsed again as "who had criticised the him was shot dead"."""
    root = _root(parsed)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return None
    for verb in parsed.doc:
        if verb.dep_ != "ccomp" or verb.head.dep_ != "acl:relcl" or verb.head.head.i != root.i:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN"), None)
        aux = parsed.doc[subject.i + 1] if subject is not None and subject.i + 1 < verb.i else None
        if aux is not None and aux.dep_ in ("aux", "aux:pass") and aux.head.i == verb.i:
            return subject
    return None


def _object_under_verb_root(i: int, parsed: Parsed) -> bool:
    """Whether word i is an object in the new parse, whose root is a verb."""
    root = _root(parsed)
    return root is not None and root.pos_ == "VERB" and parsed.doc[i].dep_ == "obj"


def _verb_two_after(i: int, parsed: Parsed) -> bool:
    """Whether the word two after word i heads a clause with a subject in the new parse ("Korea has-fired")."""
    verb = parsed.doc[i + 2] if i + 2 < len(parsed.doc) else None
    return verb is not None and verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children)


def _noun_again(i: int, parsed: Parsed) -> bool:
    """Whether word i is read as a noun in the new parse."""
    return parsed.doc[i].pos_ == "NOUN"


def _relative_of(i: int, opening: int, parsed: Parsed) -> bool:
    """Whether word i heads a relative clause on the noun before `opening`, which opens its subject or stands
    for its object (`ClauseReader` reads an article the parse took for a relative pronoun as one)."""
    verb, det = parsed.doc[i], parsed.doc[opening]
    return verb.dep_ == "acl:relcl" and verb.head.i == opening - 1 and det.dep_ in ("det", "obj")


def _titled(token: Token) -> frozenset[str]:
    """A word's lemmas and those of the nouns compounded before it: a name's title ("adviser Bolton")."""
    out = lemmas(token)
    for c in token.children:
        if c.dep_ in ("compound", "nmod:desc") and c.i < token.i:
            out |= lemmas(c)
    return out


def _bare_oblique(token: Token) -> bool:
    """A noun phrase the parser hung as an oblique with no preposition: the verb's object ("ousted adviser Bolton")."""
    return token.dep_ == "obl" and not any(c.dep_ == "case" for c in token.children)


def _compound_adjective(p: Token) -> bool:
    """A participle before a noun with its object compounded in front ("life threatening injuries",
    "peace-keeping force", "self-reinforcing forces"): an adjective, no act."""
    if p.tag_ != "VBG" or p.dep_ != "amod":
        return False
    hyphened = p.i > 1 and p.doc[p.i - 1].text == "-" and not p.doc[p.i - 2].whitespace_  # "self-reinforcing"
    return hyphened or any(c.dep_ == "compound" and c.i < p.i for c in p.children)


def _describes(i: int, parsed: Parsed) -> bool:
    """Whether word i describes a noun (a reduced relative clause)."""
    return parsed.doc[i].dep_ in ("acl", "acl:relcl")


def _mass_noun(t: Token) -> bool:
    """A singular common noun with nothing before it ("force" in "to use force"): a substance or a means, no party."""
    return t.tag_ == "NN" and not any(c.i < t.i for c in t.children)


def _no_time_subject(i: int, parsed: Parsed) -> bool:
    """Whether the word after word i (a time) is no longer the subject of a clause."""
    return i + 1 < len(parsed.doc) and parsed.doc[i + 1].dep_ not in ("nsubj", "nsubj:pass")


def _joined_verb(i: int, parsed: Parsed) -> bool:
    """Whether word i is a verb joined to another verb, with an object of its own."""
    word = parsed.doc[i]
    return word.pos_ == "VERB" and word.dep_ == "conj" and any(c.dep_ == "obj" for c in word.children)


def _anyone(subject: Token) -> bool:
    """A subject that names no one in particular: "anyone", "no one", "any leader", "every country"."""
    if subject.lower_ in _ANYONE:
        return True
    return any(c.dep_ == "det" and c.lower_ in _ANY for c in subject.children)


def _generic(verb: Token) -> bool:
    """A verb in the present or the present perfect in a relative clause on a bare plural ("women who have been
    assaulted", "people who flee the fighting"): it tells of a kind of people, not of a happening."""
    if verb.dep_ != "acl:relcl" or verb.head.tag_ != "NNS" or verb.tag_ == "VBD":
        return False
    if any(c.dep_ in _DETERMINING for c in verb.head.children):
        return False  # "the women who have been assaulted", "two men who have been held"
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return False  # "fighters whom European nations have refused to take back": the nations refused
    perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in verb.children)
    return perfect or verb.tag_ in ("VBP", "VBZ")


def _of_capacity(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether a verb is the infinitive of a noun of need, right or power ("the need to detain them"), or hung on
    the verb right after such a noun, its object."""
    if verb.dep_ == "acl" and infinitive(verb) and verb.head.pos_ == "NOUN" and lemmas(verb.head) & nouns:
        return True
    return _after_object_of(verb, nouns)


def _permitted(verb: Token) -> bool:
    """A passive with "can" or "may" whose subject is a bare plural and whose doer is not named ("foreign suspects
    can be detained without trial"): what may be done to a kind of people, not a happening."""
    if not _passive(verb) or any(c.dep_ == "obl:agent" for c in verb.children):
        return False
    if not _may_be_done(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
    return subject is not None and _bare_plural(subject)


def _allowed_to_do(verb: Token) -> bool:
    """An active verb with "can" or "may" whose object is a bare plural ("the government can hold suspects without
    charge"): what a power allows done to a kind of people, not a happening."""
    if _passive(verb) or not _may_be_done(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "obj"]
    return bool(objects) and all(_bare_plural(o) for o in objects)


def _may_be_done(verb: Token) -> bool:
    """Whether a verb has "can" or "may", of what is allowed ("can be held", "can hold")."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in verb.children)


def _bare_plural(noun: Token) -> bool:
    """A plural noun with no determiner, number or possessor ("suspects", "foreign nationals")."""
    return noun.tag_ == "NNS" and not any(c.dep_ in _DETERMINING for c in noun.children)


def _parser_names(index: DocIndex) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.kind) for m in index.mentions.items]


def _hyphenated_end(lower: list[str], trig: Trigger) -> int:
    """The last part of a trigger written as one hyphenated word ("fires" of "test - fires"), else its start."""
    i = trig.start
    while i + 2 < trig.end and lower[i + 1] == "-":
        i += 2
    return i


def _word_start(lower: list[str], i: int, start: int) -> int:
    """The first token of the hyphenated word whose last part is token i ("test" of "test - fires"), else i."""
    while i - 2 >= start and lower[i - 1] == "-" and lower[i - 2][:1].isalpha():
        i -= 2
    return i


def _verb_rooted(parsed: Parsed) -> bool:
    return any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in parsed.doc)


def _past_of_third_person(verbs: set[str]) -> dict[str, str]:
    """ "backs" -> "backed", "holds" -> "held" for each verb (irregular forms from the lexicon's [forms]: the -s
    form first, then the past)."""
    irregular = lexicon()["forms"]
    out: dict[str, str] = {}
    for verb in verbs:
        forms = verb_forms(verb, irregular)
        if len(forms) < 2 or not forms[1].endswith("s"):
            continue
        out[forms[1]] = next((f for f in forms[2:] if not f.endswith("ing")), verb)  # "cuts" -> "cut"
    return out


def _past_of_base(verbs: set[str]) -> dict[str, str]:
    """ "claim" -> "claimed", "seize" -> "seized" for each verb with a past form unlike its base ("cut" has none)."""
    irregular = lexicon()["forms"]
    out: dict[str, str] = {}
    for verb in verbs:
        past = next((f for f in verb_forms(verb, irregular)[2:] if not f.endswith("ing")), verb)
        if past != verb:
            out[verb] = past
    return out


def _complement(token: Token) -> frozenset[str]:
    """A dependent's relation and the preposition or "to" that marks it (also the "to" of an infinitive the parser
    hung on it: "agreed in principle to provide")."""
    marks = [c.lower_ for c in token.children if c.dep_ in ("case", "mark") and c.i < token.i]
    hung = [c for c in token.children if c.dep_ == "acl" and c.i > token.i and infinitive(c)]
    marks += ["to" for _ in hung]
    controlled = ["xcomp"] if _controlled(token) or (hung and token.dep_ in _ADDRESSED) else []
    return frozenset([token.dep_, *marks, *controlled])


def _controlled(token: Token) -> bool:
    """Whether an infinitive the parser hung as an adverbial clause right after its verb's object is the verb's
    complement, said of that object ("told the troops to withdraw"), as one hung on the object is ("told the
    rebels to quit", "to quit" read as describing "rebels")."""
    if token.dep_ != "advcl" or not infinitive(token) or token.i < token.head.i:
        return False
    objects = [c for c in token.head.children if c.dep_ in _ADDRESSED and c.i < token.i]
    return bool(objects) and max(c.i for c in objects) >= token.i - 6


def _evidence_span(parsed: Parsed, frame: Frame, index: DocIndex) -> tuple[int, int]:
    """The clause's characters, widened to whole entity mentions at its edges and, when it has two words or
    fewer, to its sentence; never opening on the preposition of a phrase it holds ("of opposition supporters who
    marched ...": the supporters)."""
    doc = parsed.doc
    first_word = frame.start
    while first_word < frame.end - 1 and _opening_preposition(doc[first_word], frame.end):
        first_word += 1
    start, end = parsed.char_span(doc[first_word])[0], parsed.char_span(doc[frame.end - 1])[1]
    if len(text_of(index.doc)[start:end].split()) <= _SHORT:
        words = [t for t in doc if not (t.is_punct or t.is_space)]
        if words:
            start, end = parsed.char_span(words[0])[0], parsed.char_span(words[-1])[1]
    first, last = parsed.article_range(frame.start, frame.end)
    for m in index.mentions.within(max(first - 12, 0), last):
        if m.start < first < m.end:
            start = min(start, m.char_start)
        if m.start < last < m.end:
            end = max(end, m.char_end)
    return start, end


def _opening_preposition(t: Token, end: int) -> bool:
    """Whether a word is the "of" of a noun phrase inside the clause, left by the count it hangs on ("thousands of
    opposition supporters who marched": the clause opens on the supporters; an opening "In March", "For weeks" is
    the clause's own)."""
    return t.lower_ == "of" and t.dep_ == "case" and t.head.i < end and t.head.pos_ in ("NOUN", "PROPN", "PRON")


def _words(event: Event) -> int:
    return len(event.evidence.text.split())


def _framed(frame: Frame, trig: Trigger, framing: dict[int, Trigger], decided: frozenset[str], g: Grammar) -> bool:
    """True when the predicate hangs (within three steps) from the words of another framing trigger (also a gerund
    after "against": "warned NATO against deploying troops" is one warning; not a phrase told beside it, "despite a
    ruling"); not an event noun that tells when another act was done ("would deploy troops after a gun battle
    between X and Y", a happening of its own)."""
    t = frame.predicate
    if not frame.verbal and t.dep_ in ("obl", "nmod") and case_of(t) in g.time_adjuncts:
        return False
    for _ in range(3):
        warned = t.dep_ == "advcl" and t.tag_ == "VBG" and marked(t, g.warned_against)
        if t.head.i == t.i or (t.dep_ not in _ABSORBING and not _to_complement(t) and not warned):
            return False
        if _told_apart(t, g.framed_apart):
            return False
        clause = t.pos_ == "VERB" and t.dep_ == "acl"
        if clause and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in t.children):
            return False  # "protests on the streets after students clashed with police": a clause of its own
        if clause and t.head.pos_ == "NOUN" and lemmas(t.head) & decided and framing.get(t.head.i) is None:
            return False  # "defended his decision not to free them": the act chosen is told beside the defence
        if t.dep_ == "xcomp" and _after_object_of(t, decided):
            return False  # the same, with the infinitive hung on the verb
        t = t.head
        if clause and t.dep_ in ("nmod", "obl") and case_of(t) in SUBORDINATORS:
            return False  # the same, read as "after demonstrators" with the verb hung on them
        other = framing.get(t.i)
        if other is not None and other is not trig:
            return True
    return False


def _a_clause(t: Token) -> bool:
    """Whether a complement the parse calls a clause is one: a verb, or a word with its own subject, copula,
    auxiliary or "that" ("warned that the economy was weak"; not a bare noun of a headline misread as a clause,
    "China warns Taiwan over independence push")."""
    if t.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ in _CLAUSE_PARTS for c in t.children)


def _told_apart(t: Token, cases: frozenset[str]) -> bool:
    """Whether a phrase on the way up to a framing event is told beside it: a phrase on a verb opened by one of
    `cases` ("praised the deal despite the killing of two soldiers"), or a clause whose subject is ("defended the
    policy despite a court ruling that it was unlawful", the parse hanging "ruling" on "policy")."""
    if t.dep_ == "obl" and case_of(t) in cases:
        return True
    return any(c.dep_ == "nsubj" and case_of(c) in cases for c in t.children)


def _after_object_of(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether an infinitive the parser hung on a verb comes right after that verb's object, one of `nouns`
    ("defended his decision not to free them", "to free" read as the verb's complement, not the noun's)."""
    opening = verb.left_edge
    if opening.i == 0 or verb.dep_ not in ("xcomp", "advcl") or not infinitive(verb):
        return False
    before = verb.doc[opening.i - 1]
    return before.dep_ in ("obj", "iobj") and before.head.i == verb.head.i and bool(lemmas(before) & nouns)


def _to_complement(t: Token) -> bool:
    """A noun or gerund after "to" the parser hung as an adverbial clause ("calls for an end to fighting"): the
    object of a preposition, what is asked for (not an infinitive of purpose, "to deport", nor "after troops
    killed five")."""
    to = any(c.dep_ == "mark" and c.lower_ == "to" for c in t.children)
    return t.dep_ == "advcl" and to and t.tag_ in ("VBG", "NN", "NNS")


def _on_dateline(key: str, clause: Clause, index: DocIndex) -> bool:
    """Whether a participant is only the place of a dateline that opens the sentence ("Indianapolis – Several
    thousand teachers ... to call for better pay"): where the story was filed, never who acts."""
    opening = [m for m in index.mentions.within(clause.start, clause.start + 1) if m.id == key]
    spaced = [m for m in opening if index.doc[m.end - 1].whitespace_]  # not "Saudi-led coalition air strikes"
    return any(m.end < len(index.lower) and index.lower[m.end] in _DASHES for m in spaced)


def _is_time(index: DocIndex, parsed: Parsed, word: Token) -> bool:
    """Whether a parsed word is part of a time the times component found ("marched Wednesday")."""
    return index.times.holding(parsed.article_index(word)) is not None


def _inside_name(index: DocIndex, trig: Trigger) -> bool:
    """A trigger word inside a name ("the Ceasefire Violations Committee") or a time ("began in March") is not an
    event."""
    if index.times.holding(trig.start) is not None:
        return True
    near = index.mentions.within(max(trig.start - 8, 0), trig.start + 1)
    return any(m.kind != "country" and m.start <= trig.start and trig.end <= m.end for m in near)


def _holds(starts: list[int], clause: Clause) -> bool:
    """True when one of the sorted token positions lies in the clause."""
    at = bisect_left(starts, clause.start)
    return at < len(starts) and starts[at] < clause.end


def _done_to(frame: Frame) -> tuple[str, ...]:
    """The relations of what a verb is done to: its object, and in the passive its subject."""
    return ("obj", "nsubj:pass") if frame.passive else ("obj",)


def _verb_after(parsed: Parsed, trig: Trigger) -> bool:
    """Whether a verb follows a trigger that ends with "to" ("committed to send", "ready to open talks"), after an
    adverb at most; not a noun ("committed to the talks")."""
    words = [parsed.token(i) for i in range(trig.end, min(trig.end + 3, parsed.offsets[-1]))]
    words = [w for w in dict.fromkeys(words) if w.pos_ != "ADV"]
    return bool(words) and (words[0].pos_ in ("VERB", "AUX") or words[0].tag_ in ("VB", "VBG"))


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject, active or passive."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _questioned(verb: Token) -> bool:
    """Whether a question word opens the verb's clause, before its subject ("when officers should use force")."""
    subject = _own_subject(verb)
    first = subject.left_edge.i if subject is not None else verb.i
    return any(c.i < first and c.lower_ in _QUESTION_WORDS for c in verb.children)


def _inverted(verb: Token) -> bool:
    """Whether an auxiliary of a verb comes before the verb's subject ("should he survive", "must we leave?")."""
    subject = _own_subject(verb)
    return subject is not None and any(c.dep_ == "aux" and c.i < subject.i < verb.i for c in verb.children)


def _ruled_unlawful(p: Token) -> list[Token]:
    """Who a ruling finds acted against the law: the subject of its "that" clause ("ruled that the ministry had
    breached the law"), or that subject's possessor ("that the government's policy was unlawful")."""
    said = [c for c in p.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)]
    subjects = [s for c in said for s in c.children if s.dep_ in ("nsubj", "nsubj:pass")]
    owners = [o for s in subjects for o in s.children if o.dep_ == "nmod:poss" and o.pos_ != "PRON"]
    return [s for s in subjects if s.pos_ == "PROPN"] or owners


def _directly_quoted(doc: Doc, start: int, end: int) -> bool:
    """Whether the character span lies inside a direct quote (the speaker's own words)."""
    return any(u.kind == "direct" and u.start <= start and end <= u.end for u in doc._.quotes or [])


def _judgement(word: Token) -> bool:
    """Whether a word of judgement is said of its subject: the predicate of a copula ("have been complacent") or of
    a clause with no verb ("Ministers 'naive' over phone-taps"), with a subject of its own."""
    predicate = any(c.dep_ == "cop" for c in word.children) or word.dep_ == "ROOT"
    subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubj:pass", "expl")]
    # "it would be irresponsible to ...", "that was wrong": a thing or a deed judged, no party
    return predicate and bool(subjects) and not any(c.lower_ in _THING_SUBJECTS for c in subjects)


def _reflexive_object(verb: Token) -> bool:
    """Whether a verb's only object is a reflexive pronoun ("hanged himself"; not "killed himself and 12 others")."""
    objects = [c for c in verb.children if c.dep_ == "obj"]
    alone = len(objects) == 1 and not any(c.dep_ == "conj" for c in objects[0].children)
    return alone and objects[0].lower_ in _REFLEXIVES


def _own_words(parsed: Parsed, trig: Trigger) -> frozenset[int]:
    """The parsed words of a trigger's own tokens: a negation among them is part of its meaning ("will not
    tolerate" threatens), not a denial of it. So is the negation right after the modal of an obligation ("they
    must not send weapons" demands that none be sent)."""
    own = {parsed.token(i).i for i in trig.own}
    if trig.addressed:
        modal = parsed.token(trig.start)
        after = modal.nbor() if modal.i + 1 < len(modal.doc) else None
        if after is not None and after.dep_ == "advmod" and after.lower_ in ("not", "n't", "never"):
            own.add(after.i)
    return frozenset(own)
