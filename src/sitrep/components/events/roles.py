"""From a clause's participant tokens to the records the earlier components made: entity ids for actors and
targets (through appositions, coordination, modifiers such as "U.S. troops", "members of the coalition" and the
holder of a counted figure), unnamed parties ("gunmen", "a truck driver") for the entities component to add, and
the event's place, time and figures."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from sitrep.components import text_of
from sitrep.components.events.clause import (
    Frame,
    by_after_object,
    by_on_of_object,
    case_of,
    core_start,
    hung_on_object,
    lemmas,
)
from sitrep.components.events.context import DocIndex, Item, SpanIndex
from sitrep.components.events.lexicon import event_nouns, noun_forms, present_verbs
from sitrep.data_files import function_words, load_toml
from sitrep.record import Entity
from sitrep.syntax import Parsed, parsed_at

_ATTACKS = frozenset({"ASSAULT"})
_GENDER_REACH = 25  # tokens after a name within which "said she" tells its gender
# Figures whose holder is another side than the people counted (the custodian of the detained, the attacker of the
# killed and wounded: `components/quantities`): never those people's own party.
_HELD_BY_OTHERS = frozenset({"detained", "killed", "wounded", "casualties", "missing"})
# "2,500 American troops", "29 Ukrainian drones" are America's, Ukraine's, whatever is done to them
_HELD_BY_OWN_SIDE = frozenset({"personnel", "weapons"})
_UNDERGOING = frozenset({"obj", "iobj", "nsubj:pass"})
_MODIFIERS = frozenset({"compound", "amod", "nmod:poss", "flat", "nmod:desc", "nmod:unmarked"})
_PRONOUNS = frozenset({"PRON"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_OPENERS = frozenset({"CCONJ", "ADV", "PUNCT"})  # "But it ...", "Later, they ..."
_NAMING = frozenset({"NOUN", "ADJ", "PROPN"})
_QUANTIFIERS = function_words("quantifiers")
_NOT_PLURAL = function_words("not_plural")
_POSSESSIVES = function_words("possessive_endings")
_ATTRIBUTION_FORMS = function_words("attribution_forms")
_QUOTE_MARKS = frozenset({'"', "“", "”"})
_CLAUSE_ENDS = _QUOTE_MARKS | {",", "''", "’"}  # what ends the words a closing attribution reports
_STOPS = _QUOTE_MARKS | frozenset(
    {";", ":", "(", ")", "that", "which", "who", "whom", "where", "when", "while", "because", "if"}
    | {"after", "before", "as", "since", "although", "but", "said", "says"}
)


@dataclass(frozen=True, slots=True)
class PartyWords:
    """The word lists of `data/event_syntax.toml` for participants that no entity names."""

    parties: frozenset[str]
    instruments: frozenset[str]
    collectives: frozenset[str]
    part_of: frozenset[str]
    documents: frozenset[str]
    non_political: frozenset[str]
    ammunition: frozenset[str]  # "live rounds", "rubber bullets": no round of a match
    actor_kinds: frozenset[str]
    place_kinds: frozenset[str]
    place_case: frozenset[str]
    locative_case: frozenset[str]  # "in", "at": a place right after one is where, never who (whatever the parse)
    # "protests against the government": what an event is aimed at, even a mover's ("withdrawal from Iraq": left)
    aimed_case: frozenset[str]
    pronoun_kinds: dict[str, frozenset[str]]  # pronoun -> the entity kinds it may stand for
    pronoun_reach: int
    armed_group_heads: frozenset[str]  # "the group": the armed group named last
    first_person: frozenset[str]
    counted_victims: frozenset[str]  # verbs whose counted patient is people ("337 users were arrested")
    vague_counted: frozenset[str]  # counted words that name no party ("10 others")
    units: frozenset[str]  # what a mover moves, never its target ("pull 3,000 soldiers out")
    operations: frozenset[str]  # "killed in a U.S. operation": the party on the noun did it
    taking: frozenset[str]  # verbs of taking: "seized weapons from X" is done to X
    tailing_speech: frozenset[str]  # "..., a rights group charged": verbs whose speaker may close the sentence
    offers: frozenset[str]  # "an appeal from X", "an offer from X": X's
    owned: frozenset[str]  # what a party owns, named with the party's word before it ("government positions")
    sites: frozenset[str]  # last words of places that never act ("Guantanamo Bay holds 40 detainees")
    site_parties: frozenset[str]  # parties that are buildings: what an attack noun they modify hit ("embassy")
    doers: frozenset[str]  # heads whose modifiers name who attacks: weapons and the lexicon's attack nouns
    stances: frozenset[str]  # "pro", "anti": a name after one is what a party is for or against
    likeness_suffixes: frozenset[str]  # "style", "era": a name before one is what something is likened to
    happenings: frozenset[str]  # the lexicon's event nouns that name no party nor attack ("rally", "talks")
    state_services: frozenset[str]  # "American service members": the service's modifier names the state
    elsewhere: frozenset[str]  # the lexicon's event nouns and other happenings, whose place is their own ("war")
    boundaries: frozenset[str]  # "near the Afghan border": a country that names one side of a border is no place
    relations: frozenset[str]  # people known by whom they belong to ("his wife"), never that owner
    plural_pronouns: frozenset[str]  # "they", "them", "their"
    modified_heads: frozenset[str]  # "police source": the party word before one of these names no party
    speech_verbs: frozenset[str]  # "..., the leader said. He ...": the speaker is what the next sentence is about
    judging_verbs: frozenset[str]  # "..., which it described as ...": the subject of the sentence judges
    means: frozenset[str]  # "by force", "by phone": how, not who
    private_people: frozenset[str]  # "a Palestinian girl": the nationality before them names no party
    officials: frozenset[str]  # "the Iranian foreign minister": that official, who speaks for Iran
    home_authorities: frozenset[str]  # "prosecutors in Sweden": Sweden's
    thing_objects: frozenset[str]  # "it" as an object: a thing
    alleging: frozenset[str]  # "accusing it of ...": an object they charge is a party
    envoys: frozenset[str]  # "its ambassador to Guyana": Guyana
    posted_case: frozenset[str]
    not_naming: frozenset[str]  # nouns of time that never name a party's kind ("by the time police ...")
    never_act: frozenset[str]  # entity categories that report, never act ("news agency")
    makers: frozenset[str]  # entity categories whose name before a noun names a product ("a Volvo XC90")
    plural_parties: frozenset[str]  # the plural forms of the parties ("women", "soldiers", "police")
    authorities: frozenset[str]  # words naming a state body that holds and frees people ("ministry", "police")
    authority_categories: frozenset[str]  # entity categories that do too ("armed group")
    authority_titles: frozenset[str]  # words of a person's title that hold a state office ("Home Secretary")
    person_suffixes: tuple[str, ...]  # "pharmacist", "shopkeeper": nouns of people by their ending
    pronoun_genders: dict[str, str]  # "he", "his" -> "male"
    gender_telling: frozenset[str]  # "X said she ...": she is X
    subject_genders: frozenset[str]  # "he", "she": the first after a name that opens its sentence is that person
    bare_not_parties: frozenset[str]  # "seized power": no party without a determiner or modifier
    topic_nouns: frozenset[str]  # "the discussion of Ukraine": its "of" is a topic
    doer_of_nouns: frozenset[str]  # "the request of the United States": its "of" made it
    visit_nouns: frozenset[str]  # "during a visit to Iraq": the clause's subject visits
    visit_case: frozenset[str]
    doer_modifiers: frozenset[str]  # "rebel attacks": the rebels attack
    crowd_acts: frozenset[str]  # "Thousands protested": what a bare count of people does as a crowd
    crowd_counts: frozenset[str]  # "thousands", "dozens": counts of people with no noun of their own
    not_persons: frozenset[str]

    @classmethod
    def from_data(cls, syntax: dict[str, Any], cues: dict[str, Any]) -> PartyWords:
        senses = syntax["senses"]
        return cls(
            parties=frozenset(senses["parties"]),
            instruments=frozenset(senses["instruments"]),
            collectives=frozenset(senses["collectives"]),
            part_of=frozenset(syntax["nominal"]["part_of"]),
            documents=frozenset(syntax["nominal"]["documents"]),
            non_political=frozenset(senses["non_political"]),
            ammunition=frozenset(senses["ammunition_modifiers"]),
            actor_kinds=frozenset(cues["roles"]["actor_kinds"]),
            place_kinds=frozenset(cues["roles"]["location_kinds"]),
            place_case=frozenset(syntax["arguments"]["place_case"]),
            locative_case=frozenset(syntax["arguments"]["locative_case"]),
            aimed_case=frozenset(syntax["arguments"]["target_case"] + syntax["arguments"]["left_case"]),
            pronoun_kinds=_pronoun_kinds(syntax["pronouns"]),
            pronoun_reach=int(syntax["pronouns"]["reach"]),
            armed_group_heads=frozenset(syntax["pronouns"]["armed_group_heads"]),
            first_person=frozenset(syntax["pronouns"]["speaker"]),
            counted_victims=frozenset(senses["counted_victims"]),
            vague_counted=frozenset(senses["vague_counted"]),
            units=frozenset(senses["moved_units"]),
            operations=frozenset(senses["operations"]),
            offers=frozenset(senses["offers"]),
            means=frozenset(syntax["arguments"]["means"]),
            taking=frozenset(senses["taking"]),
            tailing_speech=frozenset(syntax["modality"]["speech_verbs"]) | frozenset(senses["tailing_speech"]),
            owned=frozenset(senses["owned"]),
            sites=frozenset(senses["sites"]),
            site_parties=frozenset(senses["site_parties"]),
            doers=frozenset(senses["instruments"]) | event_nouns(_ATTACKS),
            stances=frozenset(senses["stances"]),
            likeness_suffixes=frozenset(senses["likeness_suffixes"]),
            happenings=_happenings(senses),
            elsewhere=frozenset(event_nouns()) | frozenset(senses["other_happenings"]),
            boundaries=frozenset(senses["boundaries"]),
            state_services=frozenset(senses["state_services"]),
            relations=frozenset(senses["relations"]),
            plural_pronouns=frozenset(syntax["pronouns"]["plural"]),
            modified_heads=frozenset(syntax["pronouns"]["modified_heads"]),
            speech_verbs=frozenset(syntax["modality"]["speech_verbs"]),
            judging_verbs=frozenset(syntax["modality"]["speech_verbs"]) | frozenset(syntax["pronouns"]["judging"]),
            private_people=frozenset(senses["private_people"]),
            officials=frozenset(senses["officials"]),
            home_authorities=frozenset(senses["home_authorities"]),
            thing_objects=frozenset(syntax["pronouns"]["thing_objects"]),
            alleging=frozenset(syntax["modality"]["alleging_verbs"]),
            envoys=frozenset(senses["envoys"]),
            posted_case=frozenset(senses["posted_case"]),
            not_naming=frozenset(senses["not_naming"]),
            never_act=frozenset(senses["never_act"]),
            makers=frozenset(senses["maker_categories"]),
            authorities=frozenset(senses["authorities"]),
            authority_categories=frozenset(senses["authority_categories"]),
            authority_titles=frozenset(senses["authority_titles"]),
            person_suffixes=tuple(senses["person_suffixes"]),
            pronoun_genders={w: g for g, words in syntax["pronouns"]["genders"].items() for w in words},
            gender_telling=frozenset(syntax["pronouns"]["gender_telling"]),
            subject_genders=frozenset(syntax["pronouns"]["subject_genders"]),
            bare_not_parties=frozenset(senses["bare_not_parties"]),
            topic_nouns=frozenset(syntax["arguments"]["topic_nouns"]),
            doer_of_nouns=frozenset(syntax["arguments"]["doer_of_nouns"]),
            visit_nouns=frozenset(syntax["arguments"]["visit_nouns"]),
            visit_case=frozenset(syntax["arguments"]["visit_case"]),
            crowd_acts=frozenset(senses["crowd_acts"]),
            doer_modifiers=frozenset(senses["doer_modifiers"]),
            crowd_counts=frozenset(senses["crowd_counts"]),
            not_persons=frozenset(senses["not_persons"]),
            plural_parties=_plurals(
                set(senses["parties"]) - set(senses["instruments"]) - set(syntax["pronouns"]["not_antecedents"])
            ),
        )


    def ends_as_person(self, word: str) -> bool:
        """Whether a lower-case word ends as a noun of people does ("pharmacist", "shopkeeper")."""
        return len(word) >= 6 and word.endswith(self.person_suffixes) and word not in self.not_persons

def _plurals(nouns: set[str]) -> frozenset[str]:
    """The plural forms of party nouns ("soldier" -> "soldiers", "gunman" -> "gunmen"); collective nouns as they are."""
    out = {noun[:-3] + "men" if noun.endswith("man") else plural for noun in nouns for plural in noun_forms(noun)[1:]}
    return frozenset(out | {"people", "police", "children", "youths"})


def _pronoun_kinds(data: dict[str, Any]) -> dict[str, frozenset[str]]:
    kinds: dict[str, frozenset[str]] = {}
    for group in ("person", "collective", "plural"):
        for word in data[group]:
            kinds[word] = frozenset(data[f"{group}_kinds"])
    return kinds


_ARTICLES = function_words("articles")
_SAME_HEADS: dict[str, str] = load_toml("event_syntax.toml")["senses"]["same_heads"]


@dataclass(frozen=True, slots=True)
class Party:
    """An unnamed participant: its noun phrase's characters, its name and kind ("group" or "person")."""

    start: int
    end: int
    name: str
    kind: str
    same_as: str = ""  # the key of the party this one is one with (`parties.unify`)

    @property
    def key(self) -> str:
        return self.same_as or self.own_key

    @property
    def own_key(self) -> str:
        """The party's words, singular and without articles: "the security forces" -> "+group:security force"."""
        return f"+{self.kind}:{' '.join(self._words())}"

    @property
    def head(self) -> str:
        """The key of the party's head word alone ("+group:force")."""
        return f"+{self.kind}:{self._words()[-1]}"

    def _words(self) -> list[str]:
        words = [w for w in self.name.lower().split() if w not in _ARTICLES] or self.name.lower().split()
        head = _singular(words[-1])
        return [*words[:-1], _SAME_HEADS.get(head, head)]


def unnamed_key(key: str) -> bool:
    """Whether a participant's key is an unnamed party's ("+group:protester"), not an entity the article names."""
    return key.startswith("+")


def party_head(key: str) -> str | None:
    """The head word of an unnamed party's key ("+group:security force" -> "force"); None for a named entity."""
    return key.partition(":")[2].rpartition(" ")[2] if unnamed_key(key) else None


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@dataclass(slots=True)
class Roles:
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    location: str | None = None
    time: str | None = None
    quantities: list[str] = field(default_factory=list)
    parties: dict[str, Party] = field(default_factory=dict)  # temporary id -> unnamed party
    non_political: bool = False  # a participant's head marks a sport, business or entertainment sense
    places: set[str] = field(default_factory=set)  # participants that are sites (a prison, a bay): never actors


class RoleMapper:
    """Maps the frames of one Doc to its records."""

    def __init__(
        self,
        index: DocIndex,
        words: PartyWords,
        holders: dict[str, str | None],
        speakers: Sequence[tuple[int, int, str]] = (),
    ) -> None:
        self.index = index
        self.speakers = sorted(speakers)  # (start, end, speaker entity) of each quote with a known speaker
        self.speaker_starts = [q[0] for q in self.speakers]
        self.words = words
        self.holders = holders  # quantity id -> holder entity id
        self.agents = SpanIndex(m for m in index.mentions.items if m.kind in words.actor_kinds)
        self._learn_genders()
        self.places = SpanIndex(m for m in index.mentions.items if m.kind in words.place_kinds)
        entities = list(index.doc._.entities or [])
        self.names = {e.id: e.name for e in entities}
        self.place_ids = {e.id for e in entities if e.kind in words.place_kinds}
        self.armed_ids = {e.id for e in entities if e.attributes.get("category") in words.authority_categories}
        self.makers = {e.id for e in entities if e.attributes.get("category") in words.makers}
        self.reporters = {  # "AP: North Korea fired ...", a credit beside a clause: the agency reports, never acts
            e.id for e in entities if e.attributes.get("category") in words.never_act
        }
        titled: dict[str, list[str]] = {}
        for e in entities:
            title = e.attributes.get("title")
            if e.kind == "person" and isinstance(title, str):
                titled.setdefault(title.lower(), []).append(e.id)
        self.titled = {title: ids[0] for title, ids in titled.items() if len(ids) == 1}  # "Home Secretary X"
        self.authorities = {
            e.id
            for e in entities
            if e.kind == "country"
            or e.attributes.get("category") in words.authority_categories
            or (e.kind == "organization" and self._names_authority(e.name))
            or (e.kind == "person" and _holds_office(e, words.authority_titles))
        }

    def roles(self, parsed: Parsed, frame: Frame, *, mover: bool, addressed: bool, speaker: Token | None) -> Roles:
        """The records of a frame. For an obligation (`addressed`: "Sudan must return"), the frame's agents are
        those asked and `speaker` (the subject of the verb of saying) is the one who asks."""
        roles = Roles()
        agents, patients, of_phrases = frame.agents, frame.patients, frame.ofs
        if not frame.verbal and not agents and lemmas(frame.predicate) & self.words.doer_of_nouns:
            # "at the request of the United States and Japan", "the visit of the Pope": they made it
            agents = [*(p for p in patients if case_of(p) == "of"), *of_phrases]
            patients, of_phrases = [p for p in patients if p not in agents], []
        if addressed:
            agents, patients = ([speaker] if speaker is not None else []), [*frame.agents, *frame.patients]
        actors = [self.participants(parsed, t, roles) for t in agents if not self._happening_before(frame, t)]
        if addressed and speaker is None and (asker := self._quoted_by(*parsed.char_span(frame.predicate))):
            actors = [[asker]]  # "These men should be tried", in a quote: its speaker asks
        actors += [[m] for t in frame.modifiers if (m := self._named(parsed, t) or self._named_on(parsed, t))]
        if not any(actors) and not frame.verbal:  # "rebel attacks on the ferry": the rebels'
            nested = [  # "rebel bomb attacks"; not "an army commander meeting"
                c
                for t in frame.modifiers
                if lemmas(t) & self.words.instruments
                for c in t.children
                if c.dep_ == "compound"
            ]
            actors += [[p] for t in [*frame.modifiers, *nested] if (p := self._doer_modifier(parsed, t, roles))]
        if frame.passive and not agents and not addressed:
            actors.append(self._operation(parsed, frame.predicate, roles))
        if not any(actors) and (traveller := self._traveller(frame)) is not None:
            actors = [self.participants(parsed, traveller, roles)]  # "spoke to troops during a visit to Iraq"
        owned = not frame.verbal and any(c.dep_ == "nmod:poss" for c in frame.predicate.children)
        if not any(actors) and not addressed and not frame.passive and not frame.agents and not owned:
            # (not for a noun with a possessor, who is told: "her detention has been extended")
            actors = [self._left_group(parsed, frame.governor or frame.predicate, roles, frame.predicate)]
        victims = bool(lemmas(frame.predicate) & self.words.counted_victims)
        targets = [self.participants(parsed, t, roles) or self._counted(parsed, t, roles, victims) for t in patients]
        posted = [self._posted_to(parsed, t, roles) for t in patients]  # "recalled its ambassador to Guyana"
        targets = [where or named for where, named in zip(posted, targets, strict=True)]
        taking = frame.verbal and not frame.passive and bool(lemmas(frame.predicate) & self.words.taking)
        if taking and (not any(targets) or self._named_places_only(targets)):
            # "seized weapons from the militias"; "recaptured the town of X from the rebels": the rebels
            taken = self._taken_from(parsed, frame.predicate, roles)
            targets = [taken] if taken or not any(targets) else targets
        if not any(targets) and frame.verbal and not frame.passive and not addressed and not frame.patients:
            targets = [self._right_group(parsed, frame.predicate, roles)]
        ofs = [self.participants(parsed, t, roles) for t in of_phrases]
        if mover and not any(actors) and (any(ofs) or not frame.agents):
            aimed = self._aimed(targets, patients)
            moved = [g for g in targets if g not in aimed]
            actors, targets = ofs + moved, aimed  # "withdrawal of U.S. troops", "maintain 900 troops": they move
        elif mover and not any(actors):  # an agent no entity holds: named units move, unnamed ones say nothing
            moved = [[i for i in g if i not in roles.parties] for g in self._units(targets, patients)]
            actors, targets = moved, self._not_units(targets, patients)  # "maintain the 900 [U.S.] troops"
        elif mover:  # "Russia will pull 3,000 soldiers out": what a mover moves is its own, never its target
            targets = self._not_units(targets, patients) + self._not_units(ofs, of_phrases)
        elif not lemmas(frame.predicate) & self.words.topic_nouns:
            targets += ofs  # not "the discussion of Ukraine", a topic
        start, end = parsed.article_range(frame.start, frame.end)
        products = self._products(parsed, start, end)  # "struck by a Volvo XC90", "the Mitsubishi truck"
        roles.actors = self._with_countries(
            [i for group in actors for i in group if i not in roles.places and i not in self.reporters | products]
        )
        targets = [[i for i in group if i not in products] for group in targets]
        roles.targets = [
            t for t in self._with_countries([i for group in targets for i in group]) if t not in roles.actors
        ]
        roles.location = self._location(parsed, frame, start, end)
        roles.time = self._time(parsed, frame, start, end)
        roles.quantities = [q.id for q in self.index.quantities.within(start, end) if q.kind != "distance"]
        return roles

    def _doer_modifier(self, parsed: Parsed, t: Token, roles: Roles) -> str | None:
        """An unnamed party that modifies an event noun as its doer ("rebel attacks", "police raids"), not a site
        between them ("police station attacks")."""
        if t.dep_ != "compound" or not lemmas(t) & self.words.doer_modifiers or self._on_site(parsed, t, t.head):
            return None
        return self._party(parsed, t, roles)

    def _traveller(self, frame: Frame) -> Token | None:
        """Who makes a visit told as the circumstance of their own clause ("The president spoke to troops during a
        visit to Iraq", "On a trip to Moscow, the minister signed ..."): the subject of the finite verb the phrase
        hangs on (not of a participle: "reporters traveling with him during a visit")."""
        noun, verb = frame.predicate, frame.predicate.head
        if frame.verbal or not lemmas(noun) & self.words.visit_nouns or case_of(noun) not in self.words.visit_case:
            return None
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "acl:relcl", "amod", "advcl") or verb.i == noun.i:
            return None
        if any(c.dep_ == "nmod:poss" or case_of(c) in ("of", "by") for c in noun.children):
            return None  # "after the visit of the Pope", "during his visit": the noun names its own traveller
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)

    def authority(self, parsed: Parsed, said_by: Token, roles: Roles) -> list[str]:
        """Who holds or frees people in a passive clause an authority reports ("the ministry said 40 protesters
        were detained"): that authority (a country, an armed group, a state body); none for anyone else ("Amnesty
        said ...")."""
        who = self.participants(parsed, said_by, roles)
        named = all(w in self.authorities for w in who if w not in roles.parties)
        unnamed = all(self._names_authority(roles.parties[w].name) for w in who if w in roles.parties)
        return who if who and named and unnamed else []

    def _names_authority(self, name: str) -> bool:
        """Whether a name holds a word of a state body ("Interior Ministry", "riot police")."""
        return bool(self.words.authorities.intersection(name.lower().split()))

    def _aimed(self, groups: list[list[str]], tokens: list[Token]) -> list[list[str]]:
        """The participants an event is aimed at by a preposition ("protests against the government")."""
        if len(groups) != len(tokens):
            return []  # found by position, not by the parse
        return [g for g, t in zip(groups, tokens, strict=True) if case_of(t) in self.words.aimed_case]

    def _not_units(self, groups: list[list[str]], tokens: list[Token]) -> list[list[str]]:
        """The participants that are not a mover's own units (event_syntax.toml [senses] moved_units)."""
        if len(groups) != len(tokens):
            return groups
        return [g for g, t in zip(groups, tokens, strict=True) if not lemmas(t) & self.words.units]

    def _units(self, groups: list[list[str]], tokens: list[Token]) -> list[list[str]]:
        """The participants that are a mover's own units."""
        if len(groups) != len(tokens):
            return []
        return [g for g, t in zip(groups, tokens, strict=True) if lemmas(t) & self.words.units]

    # -- participants -------------------------------------------------------------------------------------
    def participants(self, parsed: Parsed, token: Token, roles: Roles) -> list[str]:
        """The ids of a participant and of those coordinated with it."""
        found: list[str] = []
        if not (token.pos_ == "PRON" and token.dep_ == "nmod:poss"):  # "Kuwait and its buildup": no pair
            found += [m.id for m in self._coordinated_before(parsed, token)]
        site = case_of(token) in self.words.locative_case and lemmas(token) & self.words.sites
        if site and token.pos_ == "NOUN" and not any(c.pos_ == "PROPN" and not _demonym(c) for c in token.children):
            return found  # "killed 12 at a Nigerian church": the church is where, its country no one hit
        named = _appositive_name(token)
        for t in [named] if named is not None else [token, *_conjuncts(token)]:
            counting = lemmas(t) & self.words.part_of and any(case_of(c) == "of" for c in t.children)
            armed = any(c.lower_ in self.words.ammunition for c in t.children)  # "fired live rounds"
            if t.pos_ == "NOUN" and lemmas(t) & self.words.non_political and not counting and not armed:
                roles.non_political = True  # but "scores of refugees" counts people
            one = self._one(parsed, t, roles, depth=0)
            if one is not None:
                found.append(one)
                found += [m for m in self._joined_modifiers(parsed, t, one) if m not in found]
        return found

    def _joined_modifiers(self, parsed: Parsed, t: Token, named: str) -> list[str]:
        """The entities named by modifiers joined to the one that named a participant ("Armenian and Azerbaijani
        troops" are both countries' troops)."""
        for c in t.children:
            if c.dep_ in _MODIFIERS and c.i < t.i and self._named(parsed, c) == named:
                return [m for j in c.children if j.dep_ == "conj" and (m := self._named(parsed, j)) is not None]
        return []

    def _counted(self, parsed: Parsed, token: Token, roles: Roles, victims: bool) -> list[str]:
        """A counted patient ("337 suspected users") of a verb whose patients are people (event_syntax.toml
        [senses] counted_victims), as an unnamed group."""
        if not victims or token.pos_ != "NOUN" or lemmas(token) & (self.words.instruments | self.words.vague_counted):
            return []
        if not any(c.dep_ == "nummod" for c in token.children):
            return []
        found = self._unnamed(parsed, token, roles, "group")
        return [found] if found is not None else []

    def _coordinated_before(self, parsed: Parsed, token: Token) -> list[Item]:
        """Names coordinated with a participant that the parse left out ("Prime Minister Ana Bell and President
        Karl Ost began ...", with "Ana Bell" hung elsewhere): "<name> and" or "<name>," right before it."""
        doc = parsed.doc
        found: list[Item] = []
        i = self._skip_titles(parsed, core_start(token) - 1)
        # a name that is a subject of its own pairs with no name a preposition governs before it ("In the United
        # Nations, Libya called for ..."; but "with the U.S., South Korea and other countries condemning")
        subject = token.pos_ == "PROPN" and token.dep_ in _SUBJECTS
        while i > 0 and doc[i].lower_ in ("and", ",") and len(found) < 8:
            m = self._mention(parsed, doc[i - 1])
            if m is None or (subject and self._governed(parsed, m)):
                break
            found.append(m)
            i = self._skip_titles(parsed, parsed.token(m.start).i - 1)
        return found

    def _governed(self, parsed: Parsed, m: Item) -> bool:
        """Whether a preposition opens the noun phrase of a mention ("in the United Nations"), or of the first name
        it is joined to ("in Iraq and Afghanistan")."""
        head = parsed.token(m.end - 1)
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        if case_of(head):
            return True
        first = parsed.token(m.start).i
        while first > 0 and parsed.doc[first - 1].pos_ in ("DET", "ADJ", "PROPN"):
            first -= 1
        return first > 0 and parsed.doc[first - 1].pos_ == "ADP"

    def _skip_titles(self, parsed: Parsed, i: int) -> int:
        """Step left over capitalised words that name no entity: titles such as "President"."""
        while i > 0 and parsed.doc[i].pos_ == "PROPN" and self._mention(parsed, parsed.doc[i]) is None:
            i -= 1
        return i

    def _one(self, parsed: Parsed, t: Token, roles: Roles, depth: int) -> str | None:
        own = self._mention(parsed, t)
        if own is not None and own.kind == "country" and _counted_people(t, self.words.crowd_counts):
            return self._unnamed(parsed, t, roles, _kind_of_number(t))  # "an American", "two Australians"
        if own is None and (own := self._place(parsed, t)) is not None:
            if self._after_locative(parsed, own) or self._before_attack(parsed, t):
                return None
            if self._site(own):
                roles.places.add(own.id)
        if own is not None:
            return own.id
        if t.pos_ in _PRONOUNS:
            return self._antecedent(parsed, t, roles)
        if depth > 2:
            return None
        for c in t.children:
            if c.dep_ == "appos" and self._speaker_after(c):
                continue
            if c.dep_ == "appos" and (found := self._one(parsed, c, roles, depth + 1)) is not None:
                return found
            if c.dep_ == "flat" and c.i > t.i and (m := self._mention(parsed, c)) is not None:
                return m.id  # "opposition leader Maulana Rehman": the leader is the one named
        if (titled := self._titled_person(parsed, t)) is not None:
            return titled
        private = bool(lemmas(t) & self.words.private_people)  # "a teenage Palestinian girl" is a girl
        if (named := self._named_before(parsed, t)) is not None:
            official = lemmas(t) & self.words.officials and self.index.kinds.get(named) == "country"
            official = official and t.pos_ == "NOUN" and t.dep_ != "appos"  # not a named one's title
            official = official and not any(c.dep_ in ("appos", "flat") for c in t.children)
            official = official and not self._after_named_person(parsed, t)  # "Kurt Volker, the U.S. envoy"
            if official and (party := self._party(parsed, t, roles)) is not None:
                self.index.resolve[party] = named  # "a senior U.S. official": that official, then the U.S.
                return party
            if not private or self.index.kinds.get(named) in ("organization", "group"):
                return named  # "Israeli troops" are Israel's; "Taliban prisoners" are the Taliban's
            # "a British engineer", "three Iraqi civilians": people named by their nationality, not its state
            return self._party(parsed, t, roles) or self._unnamed(parsed, t, roles, _kind_of_number(t))
        if (home := self._home_country(parsed, t)) is not None and (party := self._party(parsed, t, roles)):
            self.index.resolve[party] = home  # "prosecutors in Sweden": those prosecutors, then Sweden
            return party
        if lemmas(t) & self.words.doers:
            found = self._doer(parsed, t, roles)
            if found is not None:
                return found
        own_object = any(c.lower_ == "own" for c in t.children) or (  # "his own backbenchers" are not him
            t.dep_ in ("obj", "iobj") and any(c.dep_ == "nsubj" for c in t.head.children)
        )
        for c in t.children:
            if c.dep_ != "nmod:poss" or c.pos_ not in _PRONOUNS or lemmas(t) & self.words.relations or own_object:
                continue  # "X defended his decision": the object's pronoun is the subject's own
            if (who := self._antecedent(parsed, c, roles)) is not None:
                return who  # "Turkey said its move ...": the move is Turkey's (but "his wife" is not him)
        if t.pos_ == "NOUN" and not lemmas(t) & (self.words.parties | self.words.relations):
            for c in t.children:
                if c.dep_ == "nmod:poss" and c.pos_ in ("NOUN", "PROPN") and (who := self._party(parsed, c, roles)):
                    return who  # "criticised the home secretary's proposals": the proposals are the secretary's
                maker = case_of(c) == "by" or (case_of(c) == "from" and lemmas(t) & self.words.offers)
                if c.dep_ == "nmod" and maker and (who := self._one(parsed, c, roles, depth + 1)):
                    return who  # "attacked the decision by the top court", "rejected an offer from Kabul": theirs
        if t.pos_ == "NOUN":
            ofs = [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "of" and c.tag_ != "VBG"]
            for c in by_after_object(t, self.words.means) + by_on_of_object(ofs, self.words.means):
                if (who := self._one(parsed, c, roles, depth + 1)) is not None:
                    return who  # "criticised the shelling of the town by government forces": the forces'
        if lemmas(t) & self.words.part_of:
            for c in t.children:
                gerund = c.left_edge.lower_ == "of" and c.left_edge.nbor().lower_.endswith("ing")  # "of misleading X"
                of = c.dep_ == "nmod" and case_of(c) == "of" and not gerund
                if of and (found := self._one(parsed, c, roles, depth + 1)) is not None:
                    return found
        if lemmas(t) & self.words.units:
            for c in t.children:  # "troops from Chad", "peacekeepers from Bangladesh": a state's units
                state = self._mention(parsed, c) if c.dep_ == "nmod" and case_of(c) == "from" else None
                if state is not None and state.kind == "country":
                    return state.id
        holder = self._holder(parsed, t)
        if holder is not None:
            return holder
        if lemmas(t) & self.words.documents and t.dep_ in ("obj", "nsubj:pass") and t.head.i != t.i:
            verb = t.head
            while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head  # "X met and decided to approve a plan": the plan is X's
            issuer = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "X issued a declaration"
            if issuer is not None:
                return self._one(parsed, issuer, roles, depth + 1)
        return self._party(parsed, t, roles) or self._owner_on(parsed, t, roles)

    def _taken_from(self, parsed: Parsed, verb: Token, roles: Roles) -> list[str]:
        """Whom a thing was taken from: the party after "from" ("confiscated weapons from armed groups", "the town of
        X on the border from the rebels", the parse hanging it inside the object's phrase)."""
        objects = [o for c in verb.children if c.dep_ == "obj" for o in [c, *_conjuncts(c)]]
        for c in [*verb.children, *(d for o in objects for d in o.subtree if d.i != o.i)]:
            if c.dep_ in ("obl", "nmod") and case_of(c) == "from":
                return self.participants(parsed, c, roles)
        return []

    def _posted_to(self, parsed: Parsed, t: Token, roles: Roles) -> list[str]:
        """The country an envoy of the actor's is posted to or in ("its ambassador to Guyana"), none for anyone else
        or for an envoy named by the country sending them ("the Libyan ambassador to Greece": Libya's)."""
        if not lemmas(t) & self.words.envoys:
            return []
        if any(c.dep_ in ("amod", "compound", "nmod:poss") and c.pos_ in ("ADJ", "PROPN") for c in t.children):
            return []
        posts = [c for c in t.children if c.dep_ == "nmod" and case_of(c) in self.words.posted_case]
        return self.participants(parsed, posts[0], roles) if posts else []

    def _named_places_only(self, groups: list[list[str]]) -> bool:
        """Whether every participant named is a place ("recaptured the town of Myawaddy")."""
        named = [p for g in groups for p in g]
        return bool(named) and all(p in self.place_ids for p in named)

    def _speaker_after(self, t: Token) -> bool:
        """Whether an apposition is the speaker of the sentence, misread ("abused migrants, a rights group charged"):
        a noun with a verb of saying hung on it that has no object."""
        return any(
            c.dep_ == "acl" and c.pos_ == "VERB" and lemmas(c) & self.words.tailing_speech
            and not any(o.dep_ in ("obj", "ccomp") for o in c.children)
            for c in t.children
        )

    def _owner_on(self, parsed: Parsed, t: Token, roles: Roles) -> str | None:
        """The unnamed party a noun that names no one belongs to, named by the noun before it ("government
        positions", "an army base", "a police station"; not "a passenger jet")."""
        if t.pos_ != "NOUN" or not lemmas(t) & self.words.owned:
            return None
        for c in t.children:
            private = lemmas(c) & self.words.private_people
            if c.dep_ == "compound" and c.i == t.i - 1 and c.pos_ == "NOUN" and not private:
                return self._party(parsed, c, roles)
        return None

    def _doer(self, parsed: Parsed, t: Token, roles: Roles) -> str | None:
        """Who carries out an attack or wields a weapon named by a noun phrase: a party named on a noun that
        modifies it ("Israeli air strikes", "a Russian missile strike"), else an unnamed party that modifies it
        ("an army attack", "police fire")."""
        nouns = [c for c in t.children if c.dep_ == "compound" and c.i < t.i and c.pos_ == "NOUN"]
        nouns = [n for n in nouns if not lemmas(n) & self.words.site_parties]  # "the Dutch embassy attack" hit it
        for noun in nouns:
            if (named := self._named_before(parsed, noun)) is not None:
                return named
        for noun in nouns:
            if lemmas(noun) & self.words.private_people:
                continue  # "a passenger jet": its passengers wield nothing
            if (party := self._party(parsed, noun, roles)) is not None:
                return party
        return None

    def _operation(self, parsed: Parsed, verb: Token, roles: Roles) -> list[str]:
        """The party of the operation a passive verb happened in ("was killed in a U.S. counter-terrorism
        operation", "died in an Israeli raid"): named on the operation's noun."""
        for c in verb.children:
            if c.dep_ in ("obl", "nmod") and case_of(c) == "in" and lemmas(c) & self.words.operations:
                if (named := self._named_before(parsed, c)) is not None:
                    return [named]
                found_id = self._doer(parsed, c, roles)
                return [found_id] if found_id is not None else []
        return []

    def _named_before(self, parsed: Parsed, t: Token) -> str | None:
        """The entity a modifier before a noun names ("U.S." in "U.S. troops", "Israeli" in "an Israeli raid"), or a
        modifier of a compound before it ("American" in "American service members", read as the service's). Of a
        state and an organisation both named, the organisation ("Colombia's ELN guerrillas" are the ELN's)."""
        found: list[str] = []
        for c in t.children:
            if c.dep_ not in _MODIFIERS or c.i > t.i or self._on_site(parsed, c, t):
                continue
            if (m := self._named(parsed, c)) is not None:
                found.append(m)
                continue
            inner = (g for g in c.children if g.dep_ == "amod" and g.i < c.i)
            service = c.dep_ == "compound" and bool(lemmas(c) & self.words.state_services)
            if service and (m := next((n for g in inner if (n := self._named(parsed, g))), None)):
                found.append(m)
        bodies = [m for m in found if self.index.kinds.get(m) == "organization"]
        states = all(self.index.kinds.get(m) in ("organization", "country") for m in found)
        return bodies[-1] if bodies and len(found) > 1 and states else (found[0] if found else None)

    def _on_site(self, parsed: Parsed, name: Token, noun: Token) -> bool:
        """Whether a name before a noun names a building between them ("U.S." in "the U.S. embassy bombing"),
        whatever the parse hung it on."""
        return any(lemmas(w) & self.words.site_parties for w in parsed.doc[name.i + 1 : noun.i])

    def _named_on(self, parsed: Parsed, t: Token) -> str | None:
        """The entity named on a noun that modifies an attack noun ("Russian" in "a Russian missile strike"; also
        where the parse took the noun for an adjective: "an Israeli drone strike")."""
        if t.dep_ not in ("compound", "amod") or t.pos_ != "NOUN" or not lemmas(t.head) & self.words.doers:
            return None
        if lemmas(t) & (self.words.happenings | self.words.site_parties):
            # a happening of its own: at a "Trump rally shooting" Trump shot no one; a building hit: "the U.S.
            # embassy bombing"
            return None
        return next((m for c in t.children if c.dep_ in _MODIFIERS and (m := self._named(parsed, c))), None)

    def _named(self, parsed: Parsed, t: Token) -> str | None:
        """The entity a modifier names ("U.S." in "U.S. strikes"), never an unnamed party, nor a name the party is for
        or against ("pro-Morales demonstrators")."""
        m = self._mention(parsed, t)
        return m.id if m is not None and not self._stance(m) else None

    def _mention(self, parsed: Parsed, t: Token) -> Item | None:
        return self.agents.holding(parsed.article_index(t))

    def _site(self, place: Item) -> bool:
        """A place named for a site (a prison, a bay, an oil field): it is acted on or at, never acts."""
        return self.index.lower[place.end - 1] in self.words.sites

    def _after_locative(self, parsed: Parsed, place: Item) -> bool:
        """A place whose words follow "in", "at", ... (over at most two plain words: "in downtown Seattle", "at the
        border town of X" is not) says where, even where the parse made it a core participant."""
        first = parsed.token(place.start)
        words = (parsed.token(k) for k in range(place.start, place.end))
        if any(c.dep_ == "case" for w in words for c in w.children):
            return False  # the parse saw the preposition (on "Israel" of "at northern Israel"): its reading stands
        i = first.i - 1
        for _ in range(3):
            if i < 0:
                return False
            word = parsed.doc[i]
            if word.lower_ in self.words.locative_case:
                return True
            if word.pos_ not in ("DET", "ADJ", "NOUN") or not word.text.islower():
                return False
            i -= 1
        return False

    def _on_happening(self, parsed: Parsed, t: Token, verb: Token) -> bool:
        """A name on the noun of another happening right before the verb: "a Trump rally shooting" is a shooting at
        Trump's rally, not by him (not "test" of "North Korea test-fired", one word with its verb)."""
        if t.i + 2 != verb.i:
            return False
        noun = parsed.doc[t.i + 1]
        return noun.pos_ == "NOUN" and bool(noun.whitespace_) and bool(lemmas(noun) & self.words.happenings)

    def _happening_before(self, frame: Frame, t: Token) -> bool:
        """An event noun the parser made the doer of the -ing word after it: "a rally shooting" is a shooting at a
        rally, not a rally that shoots (a party's "gunmen shooting" are not this)."""
        p = frame.predicate
        if p.dep_ != "acl" or p.head.i != t.i or p.i != t.i + 1 or not p.lower_.endswith("ing"):
            return False
        return bool(lemmas(t) & self.words.happenings)

    def _stance(self, m: Item) -> bool:
        """A name a party is for or against ("pro-Morales demonstrators", "anti-Trump protesters"), or that something
        is likened to ("an Iraq-style invasion"): not who acts."""
        lower = self.index.lower
        if m.end + 1 < len(lower) and lower[m.end] == "-" and lower[m.end + 1] in self.words.likeness_suffixes:
            return True
        if lower[m.start].split("-")[0] in self.words.stances and (m.end - m.start > 1 or "-" in lower[m.start]):
            return True  # the name holds its prefix ("Anti-Trump")
        return m.start > 1 and lower[m.start - 1] == "-" and lower[m.start - 2] in self.words.stances

    def _before_attack(self, parsed: Parsed, t: Token) -> bool:
        """A place named right before an attack noun in the singular says where it happened, whatever the parse
        ("Seattle shooting leaves five hurt", "a Kabul blast", "a Kabul suicide blast"; a country's "U.S. strike" is
        its own, see `_one`)."""
        if t.i + 1 >= len(parsed.doc):
            return False
        after = parsed.doc[t.i + 1]
        while not self._attack_noun(after) and after.dep_ == "compound" and after.i + 1 < len(parsed.doc):
            after = parsed.doc[after.i + 1]  # "a Kabul suicide blast", "the Mogadishu car bomb"
        return self._attack_noun(after)

    def _attack_noun(self, word: Token) -> bool:
        """An attack noun in the singular: a form that is no verb of a singular subject (not "Moscow attacks
        Kyiv", "Texas attacked the plan")."""
        return not word.lower_.endswith(("s", "ed")) and bool(lemmas(word) & self.words.doers)

    def _place(self, parsed: Parsed, t: Token) -> Item | None:
        """A place that heads a participant stands for its government or people ("Texas sued"); a site never
        acts (see `_site`)."""
        named = t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper())  # "Odesa" tagged as a noun
        return self.places.holding(parsed.article_index(t)) if named else None

    def _learn_genders(self) -> None:
        """The gender of each person whose name does not tell it, from the pronoun that follows a verb of saying
        after the name, in the same sentence with no other party named between ("Anneika Lopez, a pupil at the
        school, said she first saw ..."), or from the first subject pronoun after a name that opens its sentence
        (not a possessor: "Tamimi's father said he"), with no other person named between ("Tamimi made headlines
        in 2015 when she bit a soldier's hand as he held her brother": she is Tamimi, so he is not)."""
        lower, genders, starts = self.index.lower, self.index.genders, self.index.words.sent_starts
        people = [m for m in self.agents.items if m.kind == "person"]
        for n, m in enumerate(people):
            if m.id in genders:
                continue
            after = bisect_right(starts, m.start)  # the next sentence's start, if any
            end = starts[after] if after < len(starts) else len(lower)
            stop = min(end, people[n + 1].start if n + 1 < len(people) else end, m.end + _GENDER_REACH)
            said = next((i for i in range(m.end, stop) if lower[i] in self.words.gender_telling), None)
            if said is None:
                opens = starts[after - 1] == m.start and (m.end >= len(lower) or lower[m.end] not in _POSSESSIVES)
                subject = next((i for i in range(m.end, stop) if lower[i] in self.words.subject_genders), None)
                if opens and subject is not None:  # "Tamimi made headlines in 2015 when she bit ...": she
                    genders[m.id] = self.words.pronoun_genders[lower[subject]]
                continue
            told = said + 2 if said + 1 < stop and lower[said + 1] == "that" else said + 1  # "said (that) she"
            if told < stop and lower[told] in self.words.pronoun_genders:
                genders[m.id] = self.words.pronoun_genders[lower[told]]

    def _antecedent(self, parsed: Parsed, t: Token, roles: Roles) -> str | None:
        """The nearest earlier entity a pronoun can stand for ("He" -> the last person named)."""
        if t.lower_ in self.words.first_person:
            return self._quoted_by(*parsed.char_span(t))
        kinds = self.words.pronoun_kinds.get(t.lower_)
        charged = bool(lemmas(t.head) & self.words.alleging)  # "accusing it of spreading lies": a party
        if kinds is None or (t.lower_ in self.words.thing_objects and t.dep_ in ("obj", "iobj") and not charged):
            return None
        if (named := self._bracketed_name(parsed, t)) is not None:
            return named
        if (sayer := self._sayer(parsed, t, roles)) is not None:
            return sayer
        if (same := self._parallel_object(parsed, t, roles)) is not None:
            return same
        if (owner := self._parallel_possessor(parsed, t, roles)) is not None:
            return owner
        at = parsed.article_index(t)
        if (subject := self._parallel_subject(parsed, t, kinds, roles)) is not None:
            return subject or None
        if (judge := self._judge(parsed, t, kinds, roles)) is not None:
            return judge
        singular = t.lower_ in self.words.thing_objects  # "it" never stands for "Syrian rebels"
        for m in reversed(self.agents.within(max(at - self.words.pronoun_reach, 0), at)):
            if not self._gender_fits(t, m.id):
                continue  # "he" is no "Queen Elizabeth"
            if self.index.lower[max(m.start - 2, 0) : m.start] == ["according", "to"]:
                continue  # "..., according to Cohen. He fired ...": a source named, not who the text goes on about
            if self._closing_source(m, at) and not self._speaks(t):
                continue  # "He left later, Johnston said. Before that, he had fired ...": the shooter, not Johnston
            if singular and self._modifier_only(m):
                continue  # "it" is no "Syrian" of "the Syrian city of Aleppo"
            if m.kind in kinds and not (singular and self._plural_name(m)):
                nearer = self._party_between(t, m.end, at)
                if nearer is None:
                    return m.id
                return None if self._other_plural(nearer + 1, at) else self._unnamed_at(nearer, roles)
        return None

    def _sayer(self, parsed: Parsed, t: Token, roles: Roles) -> str | None:
        """The party whose words hold a possessive pronoun of its number on its forces ("The army said its forces
        had pulled out": the army's forces; "The rebels said their troops ..."), as far as the clause it says."""
        if t.dep_ != "nmod:poss" or t.lower_ not in ("its", "their") or not lemmas(t.head) & self.words.units:
            return None  # (its forces, their troops; not "their state", which may be another's)
        clause = t.head
        for _ in range(4):
            if clause.dep_ == "ccomp" and lemmas(clause.head) & self.words.speech_verbs:
                break
            if _said_in(clause, self.words.speech_verbs):
                clause = clause.head  # "said in a statement that its fighters had ...", the clause hung on the noun
                break
            if clause.head.i == clause.i:
                return None
            clause = clause.head
        else:
            return None
        speaker = clause.head
        first = speaker.head
        joined = speaker.dep_ == "conj" and first.dep_ != "acl:relcl" and any(c.dep_ == "nsubj" for c in first.children)
        if joined and not any(c.dep_ == "nsubj" for c in speaker.children):
            speaker = first  # "The army denied the claim and said its troops ...": the army's
        subject = next((c for c in speaker.children if c.dep_ == "nsubj"), None) or _relative_head(speaker)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        if (subject.tag_ in ("NNS", "NNPS")) != (t.lower_ == "their"):
            return None  # "its" for one party, "their" for many
        return self._one(parsed, subject, roles, depth=0)

    def _modifier_only(self, m: Item) -> bool:
        """A nationality word before a lowercase noun that is no party ("the Syrian city", not "the Turkish
        ministry"): it names no one a pronoun stands for."""
        doc = self.index.doc
        if m.end - m.start != 1 or m.end >= len(doc) or not _demonym(doc[m.start]):
            return False
        if doc[m.start].text == self.names.get(m.id):
            return False  # "aid to Jordan if it ...": the country's own name, no nationality word
        after = doc[m.end].text
        if after in ("-", "–"):
            return True  # "a British-flagged tanker"
        return after.isalpha() and after.islower() and _singular(after) not in self.words.parties

    def _closing_source(self, m: Item, at: int) -> bool:
        """Whether a name is the speaker of an attribution that closes an earlier sentence than the one at token
        `at` (", Johnston said.")."""
        lower, doc = self.index.lower, self.index.doc
        first = m.start
        while first > 0 and m.start - first < 4 and doc[first - 1].text[:1].isupper():
            first -= 1  # over a title: ", Sheriff Phil Noor said."
        if first == 0 or lower[first - 1] not in _CLAUSE_ENDS or m.end + 1 >= len(lower):
            return False
        closing = lower[m.end] in _ATTRIBUTION_FORMS and lower[m.end + 1] in (".", "\n")
        starts = self.index.words.sent_starts
        return closing and bisect_right(starts, m.start) != bisect_right(starts, at)

    def _speaks(self, t: Token) -> bool:
        """Whether a pronoun is the subject of a verb of saying ("He added that ...")."""
        return t.dep_ in _SUBJECTS and bool(lemmas(t.head) & self.words.speech_verbs)

    def _parallel_object(self, parsed: Parsed, t: Token, roles: Roles) -> str | None:
        """The object of the verb before for the object pronoun of a verb joined to it ("arrested the editor and
        charged him", "captured two rebels and questioned them"), when their number agrees."""
        verb = t.head
        if t.dep_ != "obj" or verb.dep_ != "conj" or t.lower_ in self.words.thing_objects:
            return None
        first = next((c for c in verb.head.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")), None)
        if first is None or (first.tag_ in ("NNS", "NNPS")) != (t.lower_ in self.words.plural_pronouns):
            return None
        return self._one(parsed, first, roles, depth=1)

    def _parallel_possessor(self, parsed: Parsed, t: Token, roles: Roles) -> str | None:
        """The possessor of the noun before for the possessive pronoun of a noun joined to it ("Iraq's invasion of
        Kuwait and its military buildup": Iraq's buildup, not Kuwait's; "his praise of Putin and his call for a ban":
        the same "his")."""
        noun = t.head
        if t.dep_ != "nmod:poss" or noun.dep_ != "conj" or noun.head.i > noun.i:
            return None
        joined = noun.head
        if joined.dep_ == "nmod" and not any(c.dep_ == "nmod:poss" for c in joined.children):
            joined = joined.head  # "Syria's invasion of Lebanon and its buildup", joined to "Lebanon" by the parse
        same = next((c for c in joined.children if c.dep_ == "nmod:poss" and c.lower_ == t.lower_), None)
        if same is not None and same.i < t.i:
            return self._antecedent(parsed, same, roles)  # "defend his praise of Putin and his call for a ban"
        first = next((c for c in joined.children if c.dep_ == "nmod:poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if first is None or (first.tag_ in ("NNS", "NNPS")) != (t.lower_ in self.words.plural_pronouns):
            return None
        return self._one(parsed, first, roles, depth=1)

    def _bracketed_name(self, parsed: Parsed, t: Token) -> str | None:
        """The name an editor put in brackets right after a pronoun ("He (Abe) will shoot them down", "they [the
        rebels]"): whom it stands for."""
        doc = parsed.doc
        if t.i + 3 >= len(doc) or doc[t.i + 1].text not in ("(", "["):
            return None
        first = t.i + 3 if doc[t.i + 2].lower_ == "the" else t.i + 2
        m = self._mention(parsed, doc[first])
        if m is None or parsed.token(m.end).text not in (")", "]"):
            return None
        return m.id

    def _judge(self, parsed: Parsed, t: Token, kinds: frozenset[str], roles: Roles) -> str | None:
        """A pronoun that says or judges in a relative clause ("called on Iran to halt the executions, which it
        described as a breach of law"; "rejected the report, which it called baseless") stands for the subject of
        the sentence, who speaks, not for the nearer party spoken of."""
        verb = t.head
        if t.dep_ not in _SUBJECTS or verb.dep_ != "acl:relcl" or not lemmas(verb) & self.words.judging_verbs:
            return None
        root = next((w for w in parsed.doc if w.dep_ == "ROOT"), None)
        subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None) if root is not None else None
        if subject is None or subject.i > t.i:
            return None
        m = self._mention(parsed, subject)
        if m is None:
            return self._party_of_kind(parsed, subject, kinds, roles)  # "the rights group urged ..."
        return m.id if m.kind in kinds and self._gender_fits(t, m.id) else None

    def _gender_fits(self, pronoun: Token, entity: str) -> bool:
        """Whether a pronoun's gender, if it tells one, is not the other of an entity's known gender."""
        gender = self.words.pronoun_genders.get(pronoun.lower_)
        return gender is None or self.index.genders.get(entity, gender) == gender

    def _plural_name(self, m: Item) -> bool:
        """Whether a mention ends in a plural common noun ("Syrian rebels", "Houthi fighters")."""
        last = self.index.lower[m.end - 1]
        return last in self.words.plural_parties and self.index.doc[m.end - 1].text.islower()

    def _parallel_subject(self, parsed: Parsed, t: Token, kinds: frozenset[str], roles: Roles) -> str | None:
        """A pronoun that opens its sentence as its subject stands for the subject of the sentence before, when
        that sentence was parsed: the subject, not the nearest name, is what the next sentence goes on about
        ("North Korea is pursuing ... sanctions of the U.S. It has fired ..."; "The two men were flown out on U.S.
        helicopters. Their release ..."); after an attribution, its speaker first ("..., the Tory leader said. He
        went on to ..."). "" when that subject is a thing of the pronoun's number ("The talks ended. They ..."):
        the pronoun stands for no party. None when the sentence before says nothing."""
        subjectlike = t.dep_ in _SUBJECTS or (t.dep_ == "nmod:poss" and t.head.dep_ in _SUBJECTS)  # "Their release"
        if not subjectlike or any(w.pos_ not in _OPENERS for w in parsed.doc[: t.i]):
            return None
        starts = self.index.words.sent_starts
        at = bisect_right(starts, parsed.start) - 1
        before = parsed_at(self.index.doc, starts[at - 1]) if at > 0 else None
        root = next((w for w in before.doc if w.dep_ == "ROOT"), None) if before is not None else None
        if before is None or root is None:
            return None
        for subject in self._topics(root):
            found = self._stands_for(before, subject, parsed, t, kinds, roles)
            if found is not None:
                return found
        return None

    def _stands_for(
        self, before: Parsed, subject: Token, parsed: Parsed, t: Token, kinds: frozenset[str], roles: Roles
    ) -> str | None:
        """What pronoun `t` stands for when `subject` (of the sentence before) is what it goes on about."""
        m = self._mention(before, subject)
        if m is not None:
            if m.kind not in kinds or self._party_between(t, m.end, parsed.article_index(t)) is not None:
                return None  # "The U.S. holds no detainees. They are held by ...": they are the detainees
            if not self._gender_fits(t, m.id):
                return None  # "Queen Elizabeth spoke. He ...": someone else
            return m.id
        plural = t.lower_ in self.words.plural_pronouns
        if subject.pos_ != "NOUN" or (subject.tag_ == "NNS") != plural:
            return None
        at_subject = before.article_index(subject)
        if plural and self.index.lower[at_subject] in self.words.plural_parties:
            return self._unnamed_at(at_subject, roles)
        if not plural and lemmas(subject) & self.words.parties:
            return self._party_of_kind(before, subject, kinds, roles)  # "..., the Tory leader said. He went on"
        return None if lemmas(subject) & self.words.parties else ""

    def _topics(self, root: Token) -> list[Token]:
        """The subjects a sentence goes on about: the speaker of an attribution ("..., the Tory leader said"),
        then the subject of what is said or of the root."""
        speech = self.words.speech_verbs
        said = root if lemmas(root) & speech else None
        said = said or next((c for c in root.children if c.dep_ == "parataxis" and lemmas(c) & speech), None)
        told = next((c for c in root.children if c.dep_ == "ccomp"), None) if said is root else None
        verbs = [v for v in (said, told, root if said is not root else None) if v is not None]
        return [s for v in verbs if (s := next((c for c in v.children if c.dep_ in _SUBJECTS), None)) is not None]

    def _party_of_kind(self, parsed: Parsed, t: Token, kinds: frozenset[str], roles: Roles) -> str | None:
        """The party a noun names ("the Tory leader": the one person so titled, or an unnamed person), when its kind
        is one of `kinds`."""
        key = self._party(parsed, t, roles)
        if key is None:
            return None
        party = roles.parties.get(key)
        kind = party.kind if party is not None else self.index.kinds.get(key)
        return key if kind in kinds else None

    def _quoted_by(self, start: int, end: int) -> str | None:
        """The speaker of the direct quote that holds the characters [start, end), if known."""
        at = bisect_right(self.speaker_starts, start) - 1
        return self.speakers[at][2] if at >= 0 and end <= self.speakers[at][1] else None

    def _other_plural(self, start: int, end: int) -> bool:
        """Whether a word that looks like another plural noun ("deportations") stands between a party and a
        pronoun: then which of them the pronoun stands for is not known."""
        doc, lower = self.index.doc, self.index.lower
        return any(
            len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NOT_PLURAL and doc[i].text.islower()
            for i, w in zip(range(start, end), lower[start:end], strict=False)
        )

    def _party_between(self, pronoun: Token, start: int, end: int) -> int | None:
        """The last unnamed party a plural pronoun may stand for between an entity and itself ("... ISIS detainees.
        They are held by ..."): the pronoun stands for them, not for the entity named before."""
        if pronoun.lower_ not in self.words.plural_pronouns:
            return None
        lower, plural, heads = self.index.lower, self.words.plural_parties, self.words.modified_heads
        found = [
            i
            for i in range(start, end)
            if lower[i] in plural and self.agents.holding(i) is None and (i + 1 >= end or lower[i + 1] not in heads)
        ]
        return found[-1] if found else None

    def _unnamed_at(self, i: int, roles: Roles) -> str:
        """The unnamed group one plural noun of the article names (its head word alone)."""
        token = self.index.doc[i]
        start, end = token.idx, token.idx + len(token.text)
        text = text_of(self.index.doc)
        party = Party(start, end, text[start:end], "group")
        roles.parties[party.key] = party
        return party.key

    def _home_country(self, parsed: Parsed, t: Token) -> str | None:
        """The country an authority is placed in by "in" ("prosecutors in Sweden"), None for any other noun."""
        if t.pos_ != "NOUN" or not lemmas(t) & self.words.home_authorities:
            return None
        for c in t.children:
            m = self._mention(parsed, c) if c.dep_ == "nmod" and case_of(c) == "in" else None
            if m is not None and m.kind == "country":
                return m.id
        return None

    def _with_countries(self, ids: list[str]) -> list[str]:
        """Each person followed by the country they speak for, where the entity has that affiliation."""
        out: list[str] = []
        for i in ids:
            out.append(i)
            country = self.index.resolve.get(i)
            if country is not None:
                out.append(country)
        return _unique(out)

    def _holder(self, parsed: Parsed, t: Token) -> str | None:
        """The holder of a figure that counts this participant ("the 2,500 American troops")."""
        at = parsed.article_index(t)
        for q in self.index.quantities.within(max(at - 8, 0), at + 1):
            if q.kind in _HELD_BY_OTHERS or (t.dep_ in _UNDERGOING and q.kind not in _HELD_BY_OWN_SIDE):
                # "two hostages held by X": the custodian or the attacker holds the figure, not its people; nor
                # does a figure of other people done to name them ("police arrest three men in Germany")
                continue
            if q.start <= at < q.end and (holder := self.holders.get(q.id)):
                return holder
        return None

    def _party(self, parsed: Parsed, t: Token, roles: Roles) -> str | None:
        words = lemmas(t)
        if t.pos_ not in ("NOUN", "PROPN") or words & self.words.instruments:
            return None
        named = self.index.mentions.holding(parsed.article_index(t))
        if named is not None and named.kind == "equipment":
            return None  # "the MV Galaxy Leader", "Adam Air Flight 574": a ship or a flight, no party
        crowd = _crowd_subject(t, self.words.crowd_counts) and bool(lemmas(t.head) & self.words.crowd_acts)
        if not words & self.words.parties and not self._person_shaped(t) and not crowd:
            return None
        if t.lower_.endswith("ing") and t.lower_ not in self.words.parties:
            return None  # "guarding" is no guard
        if t.lower_ in self.words.bare_not_parties and not any(c.dep_ in _MODIFIERS | {"det"} for c in t.children):
            return None  # "the Taliban seized power"
        if "fighter" in words and any(c.dep_ == "compound" and lemmas(c) & self.words.instruments for c in t.children):
            return None  # "F-16 jet fighters" are aircraft, not fighters
        if t.pos_ == "PROPN" and self._titles_name(parsed, t):
            return None  # "President-elect Donald Trump": a title before a name is no other party
        # a plural party noun the tagger reads as a name, as often at the head of a sentence ("Demonstrators rallied")
        plural = t.tag_ == "NNP" and t.lower_ in self.words.plural_parties
        if (named_group := self._the_group(parsed, t)) is not None:
            return named_group  # "The group said its fighters had ...": the armed group named last
        kind = "group" if crowd or plural or words & self.words.collectives else _kind_of_number(t)
        return self._unnamed(parsed, t, roles, kind)

    def _the_group(self, parsed: Parsed, t: Token) -> str | None:
        """The armed group named last before a bare "the group" (or movement, militia ...), within a pronoun's
        reach; None for any other noun or none named."""
        if t.lower_ not in self.words.armed_group_heads:
            return None
        if [c.lower_ for c in t.children if c.dep_ not in ("case", "punct")] != ["the"]:
            return None
        at = parsed.article_index(t)
        earlier = self.agents.within(max(at - self.words.pronoun_reach, 0), at)
        return next((m.id for m in reversed(earlier) if m.id in self.armed_ids), None)

    def _person_shaped(self, t: Token) -> bool:
        """A common noun whose ending names a person ("pharmacist", "shopkeeper"), in lower case."""
        return t.pos_ == "NOUN" and t.text.islower() and self.words.ends_as_person(t.lower_)

    def _after_named_person(self, parsed: Parsed, t: Token) -> bool:
        """Whether a noun phrase comes right after a named person and a comma: it describes them, whatever the
        parse ("Kurt Volker, the U.S. envoy, resigned", read with "envoy" as the subject)."""
        edge = t.left_edge.i
        if edge < 2 or parsed.doc[edge - 1].text != ",":
            return False
        named = self._mention(parsed, parsed.doc[edge - 2])
        return named is not None and named.kind == "person"

    def _titles_name(self, parsed: Parsed, t: Token) -> bool:
        """Whether a capitalised party word runs on into a name ("President-elect Donald Trump"; not "Militants
        kidnapped a Briton")."""
        for w in parsed.doc[t.i + 1 : t.i + 4]:
            if self._mention(parsed, w) is not None:
                return True
            if w.pos_ != "PROPN" and "-" not in (w.text, parsed.doc[w.i - 1].text):
                return False
        return False

    def _titled_person(self, parsed: Parsed, t: Token) -> str | None:
        """The person a title with "of" names, read from its first word ("Secretary of State Antony Blinken", parsed
        with the name hung on "State"): that person, not an unnamed secretary."""
        doc = parsed.doc
        if t.pos_ != "PROPN" or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of":
            return None
        for w in doc[t.i + 2 : t.i + 5]:
            m = self._mention(parsed, w)
            if m is not None:
                return m.id if m.kind == "person" else None
            if w.pos_ != "PROPN":
                return None
        return None

    def _unnamed(self, parsed: Parsed, t: Token, roles: Roles, kind: str) -> str | None:
        """An unnamed party headed by `t`, with the words right before it that name its kind ("truck driver");
        None when those words hold no letter."""
        first = t.i
        while first > 0:
            before = parsed.doc[first - 1]
            if before.head.i != t.i or before.dep_ not in ("compound", "amod") or before.pos_ not in _NAMING:
                break
            if before.lower_ in _QUANTIFIERS or before.like_num or lemmas(before) & self.words.not_naming:
                break  # "several villagers" are villagers ("Seventeen people" too), "the time police shot him" police
            subject = parsed.doc[first - 2] if first > 1 else None
            if before.lower_ in present_verbs() and subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                break  # "Police detain protesters": a verb read as a modifier (but "Liberian riot police")
            if subject is not None and subject.lower_ == "to" and before.pos_ != "PROPN":
                break  # "agree to resume border patrols": the verb after "to" names no patrol
            if self.index.times.holding(parsed.article_index(before)) is not None:
                break  # "this year women" are women
            first -= 1
        edge = parsed.doc[first].left_edge.i
        while edge < first and not parsed.doc[edge].text[0].isalnum():
            edge += 1
        joined = parsed.doc[edge:first]
        if any(w.text == "-" for w in joined) and not any(w.whitespace_ for w in joined):
            first = edge  # "a 16-year-old girl": the whole of the hyphenated word
        start, _ = parsed.char_span(parsed.doc[first])
        _, end = parsed.char_span(self._count_counted(t))
        text = text_of(self.index.doc)
        if not any(c.isalpha() for c in text[start:end]):
            return None
        party = Party(start, end, text[start:end], kind)
        named = self.titled.get(" ".join(party.name.lower().split()).removeprefix("the "))
        qualified = any(c.dep_ == "nmod" for c in t.children)  # "the president of South Korea" may be anyone's
        if kind == "person" and named is not None and not qualified:
            return named  # "the home secretary" after "Home Secretary Charles Clarke": the one person so titled
        roles.parties[party.key] = party
        return party.key

    def _products(self, parsed: Parsed, start: int, end: int) -> set[str]:
        """Makers named in [start, end) only before the noun of what they make ("a Volvo XC90", "the Mitsubishi
        truck", "Pan Am Flight 103"): a product or a vehicle, not the maker, takes part."""
        named: dict[str, bool] = {}
        for m in self.agents.within(start, end):
            if m.id not in self.makers or m.end > end:
                continue
            word = parsed.token(m.end - 1)
            head = word.head
            before = word.dep_ in ("compound", "amod") and head.i > word.i
            # "Boeing workers" are a party; a truck is none
            party = lemmas(head) & (self.words.parties - self.words.instruments)
            named[m.id] = named.get(m.id, True) and before and not party
        return {i for i, only in named.items() if only}

    def _count_counted(self, t: Token) -> Token:
        """The last word of a crowd's name: a count counted again goes with it ("Tens of thousands")."""
        counts = self.words.crowd_counts
        if t.lower_ not in counts:
            return t
        again = next((c for c in t.children if c.dep_ == "nmod" and c.lower_ in counts and case_of(c) == "of"), None)
        return again if again is not None and again.i == t.i + 2 else t

    def _left_group(self, parsed: Parsed, verb: Token, roles: Roles, noun: Token | None = None) -> list[str]:
        """Where the parse gave a verb no subject: the entities named before it in its clause, with those
        coordinated with them ("President Joe Biden and al-Sudani set up ..."), skipping the objects of
        prepositions ("Washington, along with its allies, demanded ...") and a place that modifies the event noun
        `noun` ("what the Dar es Salaam bomb was made of": where, not who)."""
        inside = range(noun.left_edge.i, noun.i) if noun is not None and noun.i != verb.i else range(0)
        if verb.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "aux" for c in verb.children):
            return []  # (a verb read as a noun still has its auxiliary: 'had "mistakenly" shot down')
        found: list[Item] = []
        pending: list[Item] = []  # the mentions of the noun phrase being read, right to left
        i = verb.i - 1
        while i >= 0:
            t = parsed.doc[i]
            if _scare_quote(parsed.doc, i):
                i -= 1
                continue  # 'had "unintentionally" shot down': the marks of a one-word quote end no clause
            if t.lower_ in _STOPS:
                break
            if t.pos_ == "ADP" or t.dep_ == "case":
                pending = []  # that noun phrase was the object of a preposition (or of "including")
            elif t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "aux", "aux:pass"):
                break
            elif hung_on_object(t):
                break  # a finite verb hung on its object ("killed 258 people"): another clause
            elif t.dep_ in ("obj", "iobj") and t.head.i < t.i and t.head.dep_ in ("acl", "acl:relcl"):
                break  # the object of a participle before it ("a convoy carrying Malian soldiers, killing nine")
            elif t.lower_ == ",":
                found += pending
                pending = []
                if found:
                    break
            elif (m := self._mention(parsed, t) or self._place(parsed, t)) is not None:
                if not self._on_happening(parsed, t, verb) and not (t.i in inside and m.kind == "place"):
                    pending.append(m)
                i = parsed.token(m.start).i
            elif not found and not pending and self._heads_phrase(t) and (party := self._party(parsed, t, roles)):
                # "The bloc imposed ...": an unnamed party right before the verb (not "passenger jet"); "their
                # government had shot down": the party the pronoun names
                return [self._one(parsed, t, roles, depth=0) or party]
            elif not found and not pending and t.pos_ in _PRONOUNS and (who := self._antecedent(parsed, t, roles)):
                return [who]  # "... announced it would prohibit": the parse hung "it" elsewhere
            i -= 1
        return _unique(m.id for m in found + pending)

    def _heads_phrase(self, t: Token) -> bool:
        """A party noun that names a party here: no preposition's object, no modifier of a weapon or vehicle
        ("a passenger jet")."""
        if any(hung_on_object(c) for c in t.children):
            return False  # the object of a finite verb the parse hung on it ("killed 258 people")
        return not case_of(t) and not (t.dep_ == "compound" and lemmas(t.head) & self.words.instruments)

    def _right_group(self, parsed: Parsed, verb: Token, roles: Roles) -> list[str]:
        """Where the parse gave a verb no object: the entity or unnamed party right after it, before any
        preposition or clause break ("Shelling wounded three medics", parsed wrong)."""
        if any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children):
            return []
        for t in parsed.doc[verb.i + 1 : verb.i + 6]:
            if t.pos_ in ("ADP", "PUNCT", "VERB", "AUX", "SCONJ", "CCONJ") or t.lower_ in _STOPS:
                return []
            if self._mention(parsed, t) is not None:
                found = self._one(parsed, t, roles, depth=0)  # the entity, or people named by a nationality
                return [found] if found else []
            if t.pos_ in ("NOUN", "PROPN"):
                party = self._party(parsed, t, roles)
                return [party] if party else []
        return []

    # -- place and time -----------------------------------------------------------------------------------
    def _location(self, parsed: Parsed, frame: Frame, start: int, end: int) -> str | None:
        for t in frame.places:
            if (m := self.places.holding(parsed.article_index(t))) is not None:
                return m.id
        for m in self.places.within(start, end):
            before = parsed.token(m.start - 1) if m.start - 1 >= parsed.start else None
            if self._of_other_happening(parsed.token(m.end - 1), frame):
                continue  # "the first strike on U.S. forces since the war in Gaza": where the war is, not the strike
            if m.kind == "country" and lemmas(parsed.token(m.end - 1).head) & self.words.boundaries:
                continue  # "near the Afghan border": the border has two sides
            if m.kind == "place" or (before is not None and before.lower_ in self.words.place_case):
                return m.id
        return None

    def _of_other_happening(self, t: Token, frame: Frame) -> bool:
        """Whether a place's phrase hangs on a noun of another happening than the frame's own."""
        head = t
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head.dep_ not in ("nmod", "obl") or head.head.i in (head.i, frame.predicate.i):
            return False
        return head.head.pos_ == "NOUN" and bool(lemmas(head.head) & self.words.elsewhere)

    def _time(self, parsed: Parsed, frame: Frame, start: int, end: int) -> str | None:
        """The time nearest the predicate in its clause."""
        own = self.index.times.within(start, end)
        if not own:
            return None
        at = parsed.article_index(frame.predicate)
        return min(own, key=lambda t: abs(t.start - at)).id


def _relative_head(verb: Token) -> Token | None:
    """The noun a verb with no subject of its own speaks for when the parse joined it to a relative clause on that
    noun ("Hamas, which is backed by Iran, said ...", with "said" joined to "backed"): Hamas said it."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "acl:relcl" or clause.head.i == clause.i:
        return None
    relative = any(c.dep_ in ("nsubj", "nsubj:pass") and c.tag_ in ("WDT", "WP") for c in clause.children)
    return clause.head if relative and verb.i > clause.i else None


def _said_in(clause: Token, speech_verbs: frozenset[str]) -> bool:
    """Whether a clause opened by "that" hangs on a noun a verb of saying governs ("said in a statement that ..."):
    what was said, where the parse made it the noun's."""
    marked_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    noun = clause.head
    return marked_that and clause.dep_ in ("acl", "acl:relcl") and bool(lemmas(noun.head) & speech_verbs)


def _scare_quote(doc: Doc, i: int) -> bool:
    """Whether word i is a quotation mark around one word ('"unintentionally"')."""
    if doc[i].text not in _QUOTE_MARKS:
        return False
    return (i >= 2 and doc[i - 2].text in _QUOTE_MARKS) or (i + 2 < len(doc) and doc[i + 2].text in _QUOTE_MARKS)


def _kind_of_number(t: Token) -> str:
    """An unnamed party's kind by the number of its noun: a group in the plural, else a person."""
    return "group" if t.tag_ in ("NNS", "NNPS") else "person"


def _counted_people(t: Token, counts: frozenset[str]) -> bool:
    """A nationality counted as people ("an American", "two Australians", "1,500 ethnic Albanians", "thousands of
    Cubans", "the 48-year-old Australian"): persons of that country, not its state (but "an angry North Korea", with an
    adjective, is the state)."""
    if any(c.dep_ == "nummod" for c in t.children):
        return True
    if t.dep_ == "nmod" and case_of(t) == "of" and (t.head.pos_ == "NUM" or t.head.lower_ in counts):
        return True
    # one of a people in the singular ("the Australian", "an Iraqi"); not "the Americans", "the Spanish"
    singular = _demonym(t) and t.text[:1].isupper() and t.text.endswith(_SINGULAR_DEMONYMS)
    if singular and any(c.dep_ == "det" for c in t.children):
        return True  # "the 48-year-old Australian": a nationality in the singular with an article is one person
    if any(c.dep_ == "amod" for c in t.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)


def _crowd_subject(t: Token, counts: frozenset[str]) -> bool:
    """A bare count of people that does something ("Thousands protested in Hong Kong", "Tens of thousands
    rallied"): not a count of something named after it ("dozens of missile tests", "hundreds more")."""
    if t.lower_ not in counts or t.dep_ != "nsubj" or t.head.pos_ != "VERB":
        return False
    # "Tens of thousands", a count counted again, is still a bare count of people ("Tens of thousands of teachers"
    # is a count of teachers)
    again = [c for c in t.children if c.dep_ == "nmod" and c.lower_ in counts]
    modifiers = [c for k in [t, *again] for c in k.children if c.dep_ in ("nmod", "amod", "advmod")]
    return not any(c.lower_ not in counts for c in modifiers)


_DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "ch")
_SINGULAR_DEMONYMS = ("an", "i")  # "Australian", "Iraqi": endings of one person's nationality


def _demonym(token: Token) -> bool:
    """Whether a capitalised word has the shape of a nationality ("Kenyan", "Iraqi", "Chinese"), not of a name."""
    return len(token.text) > 3 and token.text.endswith(_DEMONYM_ENDINGS)


def _appositive_name(token: Token) -> Token | None:
    """The name the parser coordinated with a singular noun it describes, set off by commas with no "and" ("Mahan's
    director, Hamid Karimi, has ..."): one person, the one named."""
    joined = [c for c in token.children if c.dep_ == "conj"]
    if token.tag_ != "NN" or len(joined) != 1:
        return None
    name = joined[0]
    if name.pos_ != "PROPN" or name.i == 0 or name.doc[name.i - 1].text != ",":
        return None
    return None if any(c.dep_ == "cc" for t in (token, name) for c in t.children) else name


# what stands between a conjunct and the word it is joined to: a coordinator, or a mark that joins
_JOINING = function_words("coordinators") | frozenset({",", ";", "nor", "&", "/", "plus", "-", "–"})


def _conjuncts(token: Token) -> list[Token]:
    """The words coordinated with a participant, each marked as such by a conjunction or a comma before it (not
    "a strike on a school sheltering displaced families", "families" read as joined to "strike")."""
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack and len(out) < 12:
        t = stack.pop(0)
        if not _describes_name(t) and _marked_conjunct(t):
            out.append(t)
        stack += [c for c in t.children if c.dep_ == "conj"]
    return out


def _marked_conjunct(t: Token) -> bool:
    """Whether a conjunction or a comma stands between a conjunct and the word it is joined to."""
    start, end = sorted((t.head.i, t.i))
    return any(w.lower_ in _JOINING for w in t.doc[start + 1 : end])


def _describes_name(t: Token) -> bool:
    """A common noun the parser coordinated with the name before it, set off by a comma with no "and" ("Timothy
    Weeks, both professors at ...", "Kim Dong-yup, a professor at ..."): what the named are, no one else."""
    comma_before = any(w.text == "," for w in t.doc[t.head.i + 1 : t.left_edge.i + 1])
    return (
        t.pos_ == "NOUN"
        and t.head.pos_ == "PROPN"
        and comma_before
        and not any(c.dep_ == "cc" for c in t.children)
    )


def _unique(ids: Any) -> list[str]:
    return list(dict.fromkeys(ids))


def _happenings(senses: dict[str, Any]) -> frozenset[str]:
    """The event nouns of the lexicon that name neither a party nor an attack or a weapon ("rally", "talks"; not
    "protester", "strike"), in words of their own (not the "of" of "release of")."""
    nouns = frozenset(n for n in event_nouns() if n.isalpha() and len(n) > 3)
    return nouns - frozenset(senses["parties"]) - frozenset(senses["instruments"]) - event_nouns(_ATTACKS)


def _holds_office(person: Entity, titles: frozenset[str]) -> bool:
    """Whether a person's title is a state office ("Home Secretary Charles Clarke", "Interior Minister X")."""
    title = person.attributes.get("title")
    return isinstance(title, str) and bool(titles.intersection(title.lower().replace("-", " ").split()))
