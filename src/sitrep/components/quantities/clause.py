"""Whose figure, read from its sentence's dependency parse where the counted phrase's words name no party: the doer of
the clause that governs the figure ("Britain has offered to send 120 troops", "12 men were held by the militia"), the
loser of a verb of loss ("the SDF suffered thousands of casualties"), the keeper of a verb of having ("Turkey hosts
two million refugees", "Chad has taken in 400,000 refugees"), the party named after the counted noun ("12 members of
the SDF"), the owner of the noun a figure measures ("the Pentagon's budget rose by $19bn"), the claimant of attacks
("claimed responsibility for three bombings"), the recipient of weapons handed over ("sold 40 tanks to Latvia"). A
few misreadings of the parser are mended where the figure is read (`_Reader._relation`, `_Reader._phrase`); the
shapes of the parse it asks about are in `tree.py`. Word lists: quantities.toml [clause].

A pronoun or a definite description in those places ("Iran said it had fired 20 missiles", "the group") stands for
the named entity it refers to (`antecedents.py`). Only the sentences of such figures that name a party, or hold a
word that stands for one, are parsed. `parse_sentences` keeps each parse on the Doc, and
the names given to the parser are those the events component gives it, so a sentence parsed here is the parse the
events component would make, and it does not parse it again."""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence

import numpy as np
from spacy.tokens import Doc, Span, Token

from sitrep.components.quantities.antecedents import Antecedents
from sitrep.components.quantities.finder import Found
from sitrep.components.quantities.lexicon import ClauseWords, Lexicon
from sitrep.components.quantities.nouns import lemma
from sitrep.components.quantities.tree import (
    AGENT,
    NOMINALS,
    OBJECTS,
    PASSIVE,
    RAISED_SUBJECTS,
    RELATIVES,
    SUBJECTS,
    VERBS,
    by_agent,
    case_of,
    controller_of,
    hung_after_noun,
    main_verb_on_root,
    may_refer,
    range_end,
    subject_word,
    time_phrase_verb,
    verbal,
)
from sitrep.record import Entity
from sitrep.syntax import Parsed, ParserMissing, infinitive, parse_sentences
from sitrep.syntax.parse import MAX_TOKENS

log = logging.getLogger(__name__)

_TO_NOUN = frozenset({"nummod", "compound", "nmod:npmod", "det"})  # from a number up to the noun it counts
_OWNERS = frozenset({"nmod:poss", "amod", "compound"})  # "Russia's forces", "Syrian troops", "US Navy ships"
_NATIONALITY = frozenset({"nmod:poss", "amod"})  # "Russia's army", "the Syrian army"
_POSSESSORS = frozenset({"nmod:poss"})  # "its withdrawal", "Britain's stake"
_ACTIVE_PARTICIPLES = frozenset({"VBD", "VBG"})  # a verb hung on a noun in the active: "forces firing 30 drones"
_MISREAD_OBJECTS = frozenset({"obl:unmarked", "nsubj"})  # how the object of a "has" read as an auxiliary is hung
_RELATIVE_POSSESSIVE = "whose"  # tagged WP$ or, at times, PRP$
_RELATIVE_LINKS = ("acl:relcl", "advcl:relcl", "parataxis")  # "Turkey, which hosts …" at times read as a clause beside
# the noun; "advcl:relcl" when the noun was read as the root ("Chad, which sent …, said", "Chad" an interjection)
_SUBJECT_OR_ROOT = frozenset({"nsubj", "ROOT"})
_PAST_VERBS = frozenset({"VBD", "VBN"})
_LEADER_RELATIONS = frozenset({"amod", "compound", "nmod:npmod", "obl:npmod"})  # "Saudi" of "Saudi-led"
_NOUN_AS_VERB = frozenset({"VBZ", "VBP"})  # a plural counted noun the tagger read as a present verb ("suspects")
_NAME_TAGS = frozenset({"NNP", "NNPS", "UH"})  # a name's words; a name the tagger read as an interjection ("Chad")
_MAX_CLIMB = 4  # steps from a figure up to its clause, or from a verb up to the one whose subject it shares


def party_names(doc: Doc, entities: Sequence[Entity]) -> list[tuple[int, int, str]]:
    """Each entity mention not inside a longer one, as (first token, end token, kind) sorted by position: the names
    the events component gives the parser, so that both read one parse of a sentence."""
    spans = [(m.start, m.end, e.kind) for e in entities for m in e.mentions]
    if not spans or not len(doc):
        return []
    starts = doc.to_array("IDX").astype(np.int64)
    chars = np.array([(a, max(b - 1, a)) for a, b, _k in spans], dtype=np.int64)
    first, last = np.maximum(np.searchsorted(starts, chars, side="right") - 1, 0).T.tolist()
    names: list[tuple[int, int, str]] = []
    reach = -1
    for a, b, (_start, char_end, kind) in sorted(
        zip(first, last, spans, strict=True), key=lambda s: (s[2][0], -s[2][1])
    ):
        if char_end <= reach:
            continue  # inside the mention before it
        reach = char_end
        names.append((a, b + 1, kind))
    return sorted(names, key=lambda n: (n[0], -n[1]))


class ClauseHolders:
    """Gives figures the holder their parsed sentence names; `entity_at(i)` is the entity whose mention covers article
    token i, or None; `antecedents` give the entity a pronoun or a definite description stands for."""

    def __init__(self, entity_at: Callable[[int], Entity | None], antecedents: Antecedents, lex: Lexicon) -> None:
        self.entity_at = entity_at
        self.antecedents = antecedents
        self.words: ClauseWords = lex.clause
        self.lex = lex
        self._parties: dict[int, bool] = {}  # `_names_party` of the tokens asked about (a sentence of many figures)
        self._wanted: tuple[Sequence[Found], tuple[str | None, ...], dict[int, Span]] | None = None  # the last answer

    def _category_of(self, word: str) -> str | None:
        """The category of what a noun counts ("attack": attacks; quantity_units.csv), or None."""
        return self.lex.categories.get(lemma(word, self.lex))

    def fill(self, doc: Doc, found: Sequence[Found], holders: list[str | None]) -> None:
        """Give each figure without a holder (`holders[n]` None) the one its parsed sentence names, if any."""
        sentences = self.wanted(doc, found, holders)
        if not sentences:
            return
        try:
            names = party_names(doc, list(doc._.entities or ()))
            parses = parse_sentences(doc, unique_sentences(sentences.values()), names)
        except ParserMissing as e:
            log.warning("%s; quantities keep only the holders their counted phrases name", e)
            return
        for n in sentences:
            parsed = parses.get(sentences[n].start)
            if parsed is not None:
                referent = self._referent_for(found[n])
                reader = _Reader(parsed, self.entity_at, referent, self.words, self._category_of)
                holders[n] = reader.holder(found[n])

    def wanted(self, doc: Doc, found: Sequence[Found], holders: Sequence[str | None]) -> dict[int, Span]:
        """The sentence to parse for each figure without a holder (by its place in `found`), where its parse may
        give one (asked by the parse plan, then by `fill`: answered once)."""
        last = self._wanted
        if last is not None and last[0] is found and last[1] == tuple(holders):
            return last[2]
        starts = _sentence_starts(doc)
        sentences: dict[int, Span] = {}
        for n, item in enumerate(found):
            if holders[n] is None:
                at = bisect_right(starts, item.start)
                sent = doc[starts[at - 1] : starts[at] if at < len(starts) else len(doc)]
                if len(sent) <= MAX_TOKENS and self._worth_parsing(doc, sent, item):  # a longer one is never parsed
                    sentences[n] = sent
        self._wanted = (found, tuple(holders), sentences)
        return sentences

    def _referent_for(self, item: Found) -> Callable[[int], Entity | None]:
        """What a pronoun or a description may stand for as the holder of this figure: a count of acts ("after it
        staged two launches") is given only to a doer named in its clause, since a pronoun in a clause of time or
        cause may stand for a party other than the one its sentence opens with."""
        if self.words.role(item.category, item.unit) == "deeds":
            return _no_referent
        return self.antecedents.of

    def _names_party(self, i: int) -> bool:
        known = self._parties.get(i)
        if known is None:
            known = self._parties[i] = _holds(self.entity_at(i), self.words) or (
                self.antecedents.kinds(i) is not None and _holds(self.antecedents.of(i), self.words)
            )
        return known

    def _worth_parsing(self, doc: Doc, sent: Span, item: Found) -> bool:
        """A sentence naming a party outside the figure, where the parse may give it: a figure of a doer's category,
        one followed by "of"/"from", one of a loser's or keeper's category beside a verb of loss or of having."""
        words = self.words
        outside = (*range(sent.start, item.start), *range(item.end, sent.end))
        if not any(self._names_party(i) for i in outside):
            return False
        after = doc[item.end].lower_ if item.end < len(doc) else ""
        category = words.role(item.category, item.unit)
        cases = words.party_cases | words.origin_cases | words.allegiance_words
        if category in words.agent_categories or after in cases:
            return True
        verbs = {t.lower_ for t in sent}
        if category in words.sufferer_categories and not verbs.isdisjoint(words.sufferer_verbs):
            return True
        if category in words.act_categories and not verbs.isdisjoint(words.act_nouns):
            return True  # "Egypt ordered the culling of 300,000 pigs"
        if category in words.changed_categories and not verbs.isdisjoint(words.change_verbs):
            return True  # "Poland's economy grew 2 percent"
        return category in words.keeper_categories and not verbs.isdisjoint(words.keeping_of(category))


class _Reader:
    """The holder of a figure in one parsed sentence."""

    def __init__(
        self,
        parsed: Parsed,
        entity_at: Callable[[int], Entity | None],
        referent_at: Callable[[int], Entity | None],
        words: ClauseWords,
        category_of: Callable[[str], str | None],
    ) -> None:
        self.parsed = parsed
        self.entity_at = entity_at
        self.referent_at = referent_at  # what a pronoun or a definite description at an article token stands for
        self.words = words
        self.category_of = category_of  # what a noun counts: "attack" attacks, "soldiers" personnel
        self._conjunct: Token | None = None  # the figure's noun joined to an earlier one, read by `_phrase`

    def holder(self, item: Found) -> str | None:
        """The party of the counted phrase (after its noun), else the one its clause gives the figure."""
        top, nouns = self._phrase(item)
        words = self.words
        category = words.role(item.category, item.unit)
        cases = words.party_cases | (words.origin_cases | words.service_cases if category in words.people else set())
        if category in words.payer_origins:
            cases |= words.origin_cases  # "a $3bn loan from the World Bank": the thing the money measures
            nouns = [*nouns, top] if top.pos_ == "NOUN" and top not in nouns else nouns
        if top.dep_ in OBJECTS and top.head.lower_ in words.leaving_verbs:
            cases -= words.origin_cases  # "withdrew 300 peacekeepers from Mali": the place they leave
        for noun in nouns:
            party = self._named_after(noun, cases) or self._side_of(noun, category)
            if party is not None:
                return party.id
        party = self._possessor(top, item) or self._custodian(top, category)
        if party is not None:
            return party.id
        joined = self._conjunct
        participle = self._participle(joined) if joined is not None else None
        if participle is not None and by_agent(participle) is not None:  # its own: "plus $5m offered by the FBI"
            party = self._agent_of(participle, category) if category in words.agent_categories else None
            return party.id if party is not None else None
        own = self._own_agent(top, category)
        if own is not None:  # "freed 18 hostages held by the militants": the militants', not the freer's
            party = self._agent_of(own, category)
            return party.id if party is not None else None
        misread = self._infinitive_read_as_modifier(top, item)
        if misread is not None:  # "Hamas has agreed to free 3 hostages": "free" read as an adjective of "hostages"
            party = self._object_of(top.head, top, category, form=misread.lower_)
            return party.id if party is not None else None
        verb, dep = self._relation(top, item)
        party = self._predicated(top) or self._clause_party(top, verb, dep, category)
        if party is None:
            party = self._modifier_party(top, category)
        return party.id if party is not None else None

    def _relation(self, top: Token, item: Found) -> tuple[Token, str]:
        """The word that governs the figure and the figure's relation to it, mending misreadings of the parser: the
        figure's own qualifier read as a preposition ("suffered about 300 casualties": an "obl"), a counted noun read
        as a bare adverbial ("launched 59 missiles": "obl:unmarked") or as a bare modifier of the noun after it
        ("lost 40 soldiers in the battle", "fired 6 missiles at the base": "nmod:unmarked" on "battle", "base"); each
        figure is the verb's object."""
        head, dep = top.head, str(top.dep_)
        case = next((c for c in top.children if c.dep_ == "case"), None)
        if dep == "obl" and (case is None or item.start <= self.parsed.article_index(case) < item.end):
            return head, "obj"  # an "obl" with no preposition of its own is an object too ("taken in 2,000 refugees")
        if dep == "obl" and case is not None and self._particle(head, case):
            return head, "obj"  # the verb's particle read as the figure's preposition: "has taken in 2,000 refugees"
        if dep == "obl" and case is not None and case.lower_ == "with" and head.lower_ in self.words.transfer_verbs:
            return head, "obj"  # "provided Kyiv with $40bn": what is handed over, its taker the verb's object
        having = self._having_read_as_auxiliary(top, head) if dep in _MISREAD_OBJECTS else None
        if having is not None:
            return having, "obj"  # "Britain has 800 troops stationed in Estonia, the ministry said": "has" an aux
        if dep == "obl:unmarked" and head.pos_ in VERBS:
            return head, "obj"  # a bare noun on a verb that is no time: "launched 59 missiles" read like "last week"
        if dep == "obl:unmarked" and (verb := time_phrase_verb(head)) is not None:
            return verb, "obj"  # hung on a time phrase after it: "seek $80bn from Congress later this year"
        if dep == "nmod:unmarked" and top.i < head.i and head.dep_ in ("obj", "obl") and head.head.pos_ in VERBS:
            return head.head, "obj"
        if self._noun_read_as_clause(top, item):
            return head, "obj"  # "arrested 12 suspects in Delhi": "suspects" read as the verb of a clause
        verb = self._verb_read_as_modifier(top, item)
        if verb is not None:
            return verb, "obj"  # "Boko Haram abducted 276 girls": "abducted" read as an adjective of "girls"
        if dep == "xcomp" and self._object_read_as_complement(top, head, self.parsed.token(item.start).i):
            return head, "obj"  # "the EU has pledged 1 billion euros to Lebanon": "euros" read as a complement
        verb = self._object_read_as_subject(top, item)
        if verb is not None:
            return verb, "obj"  # "Poland will deploy 10,000 soldiers, the minister said": a subject of "said"
        if dep in SUBJECTS and any(c.dep_ in AGENT for c in head.children):
            return head, "nsubj:pass"  # "85 strikes carried out by U.S. forces hit …": an active verb has no agent
        return head, dep

    def _having_read_as_auxiliary(self, top: Token, verb: Token) -> Token | None:
        """A verb of having before the figure that the parser read as the auxiliary of a later verb (of saying), the
        figure hung on that verb as a bare noun or a second subject ("Britain has 800 troops stationed in Estonia, the
        defence ministry said"): an auxiliary takes no object, so the figure is the object of the verb of having."""
        if verb.pos_ not in VERBS or verb.i < top.i:
            return None
        for child in verb.children:
            if child.dep_ == "aux" and child.i < top.i and child.lower_ in self.words.keeping_verbs:
                return child
        return None

    @staticmethod
    def _object_read_as_complement(top: Token, verb: Token, first: int) -> bool:
        """True for a counted noun the parser hung on a verb without an object as a bare complement ("has pledged 1
        billion euros": an "xcomp"); a noun with no "to", copula or preposition of its own is the verb's object. The
        figure's own number read as the object ("will disburse 4.2 billion euros": "billion" an object) is none."""
        if top.pos_ != "NOUN" or verb.pos_ not in VERBS or verb.i > top.i:
            return False
        if any(c.dep_ in OBJECTS and not first <= c.i < top.i for c in verb.children):
            return False  # "named him 12 times" would have an object
        return not any(c.dep_ in ("mark", "cop", "case", "aux") for c in top.children)

    def _object_read_as_subject(self, top: Token, item: Found) -> Token | None:
        """The verb of a reported clause whose object the parser hung on the verb of saying as a second subject:
        "Poland will deploy 10,000 soldiers to the border, the minister said" ("soldiers" a subject of "said", beside
        "deploy" its complement). The figure stands straight after that verb (or its particle), which takes no object
        of its own; a subject never follows the verb of the clause it reports."""
        head = top.head
        if top.dep_ not in SUBJECTS or head is top or head.i < top.i:
            return None
        first = self.parsed.token(item.start).i
        for child in head.children:
            if child.dep_ != "ccomp" or child.pos_ not in VERBS or not child.i < first:
                continue
            between = [self.parsed.doc[i] for i in range(child.i + 1, first)]
            if any(c.dep_ in OBJECTS for c in child.children) or subject_word(child) is None:
                continue
            if all(w.dep_ == "compound:prt" or self._particle(child, w) for w in between):
                return child
        return None

    def _infinitive_read_as_modifier(self, top: Token, item: Found) -> Token | None:
        """A verb of custody or of handing over after "to" that the tagger read as an adjective of the counted noun,
        the noun hung on the verb before it ("agreed to free 3 hostages": "free" an adjective, "to" the noun's
        preposition): that verb's word, whose object the figure is and whose subject is the verb's before it."""
        words, first = self.words, self.parsed.token(item.start).i
        if top.head is top or not verbal(top.head) or top.head.i > top.i:
            return None
        for child in top.children:
            if child.dep_ != "amod" or child.i >= first or child.i < 1 or child.nbor(-1).lower_ != "to":
                continue
            if child.lower_ in words.custody_verbs or child.lower_ in words.transfer_verbs:
                return child
        return None

    def _verb_read_as_modifier(self, top: Token, item: Found) -> Token | None:
        """A past verb before the figure that the parser hung on the counted noun as a modifier although it gave the
        verb a subject of its own ("Boko Haram abducted 276 girls": "abducted" an adjective of "girls", "Haram" its
        subject): the verb whose object the figure is. A modifier takes no subject."""
        first = self.parsed.token(item.start).i
        for child in top.children:
            misread = child.dep_ in ("amod", "acl") and child.tag_ in _PAST_VERBS and child.i < first
            if misread and subject_word(child) is not None:
                return child
        return None

    def _noun_read_as_clause(self, top: Token, item: Found) -> bool:
        """True for the counted noun read as a present verb heading a clause after the verb that takes it: "police
        arrested 12 suspects in Delhi" ("suspects" a verb whose subject is "12", the clause a complement of
        "arrested"); a counted noun is no verb."""
        if item.head is None or self.parsed.token(item.head).i != top.i or top.tag_ not in _NOUN_AS_VERB:
            return False
        return top.dep_ in ("ccomp", "xcomp") and top.head.pos_ in VERBS and top.head.i < top.i

    def _particle(self, verb: Token, word: Token) -> bool:
        """True when `word` straight after the verb is its particle ("taken in", "carried out")."""
        return word.i == verb.i + 1 and (verb.lower_, word.lower_) in self.words.phrasal_verbs

    # -- the counted phrase ----------------------------------------------------------------------------------
    def _phrase(self, item: Found) -> tuple[Token, list[Token]]:
        """The word that stands for the figure in its clause, and the nouns of its counted phrase."""
        parsed = self.parsed
        top = parsed.token(item.number_end - 1)
        nouns = [parsed.token(item.head)] if item.head is not None else []
        top = self._in_span_top(top, item)  # "thousands" of "thousands of fighters", "troops" of "500 troops"
        misread = top.dep_ in OBJECTS and bool(nouns) and nouns[0].pos_ in VERBS  # "fired 12 drones": "drones" a verb
        if nouns and top.dep_ not in _TO_NOUN and top is not nouns[0] and nouns[0] not in top.subtree and not misread:
            noun = self._in_span_top(nouns[0], item)
            if not self._compound_split(top, noun):
                top = noun  # the number hung on no noun ("send 500 more troops")
        for _ in range(_MAX_CLIMB):
            if top.dep_ in _TO_NOUN and top.head is not top:
                top = top.head  # "120 Gurkhas": the noun counted
            elif top.dep_ == "appos" or (top.dep_ == "nmod" and self._collective_of(top)):
                top = top.head  # "a force of 5,000", "a company of Gurkhas, around 120 personnel"
                nouns.append(top)
            else:
                break
        self._conjunct = top if top.dep_ == "conj" else None  # "plus a $50,000 award offered by the FBI"
        while top.head is not top and (top.dep_ == "conj" or range_end(top)):
            top = top.head  # "120 personnel and two helicopters", "by $19bn to $419bn": the clause of the first
        if top.dep_ == "nmod" and self._collective_of(top) and top.head is not top:
            top = top.head  # "a company of Gurkhas, around 120 personnel and two helicopters": the first's group
            nouns.append(top)
        return top, nouns

    @staticmethod
    def _compound_split(first: Token, noun: Token) -> bool:
        """True when the parser split a compound counted noun, hanging its first word (with the number and the
        phrase's preposition) and the noun side by side on one head ("Kenya's contribution of 1,000 police officers":
        "of … police" and "officers" both on "contribution"): the first word holds the phrase's place."""
        joined = first.pos_ == "NOUN" and first.i + 1 == noun.i and first.head.i == noun.head.i
        own_case = any(c.dep_ == "case" and c.i < noun.i for c in noun.children)
        return joined and bool(case_of(first)) and not own_case

    def _possessor(self, noun: Token, item: Found) -> Entity | None:
        """The possessor opening the noun phrase the figure counts or measures, across the words between them: "the
        Pentagon's annual $700bn budget", "its new $82 offer", "Iraq's estimated 900 troops"."""
        parsed = self.parsed
        words = [parsed.token(i) for i in range(item.start, item.end)]  # the possessor may hang on the figure ("$")
        for word in [noun, *words] if noun.pos_ in NOMINALS else words:
            for child in word.children:
                if child.dep_ == "nmod:poss" and parsed.article_index(child) < item.start:
                    return self._relative_owner(child) if child.lower_ == _RELATIVE_POSSESSIVE else self._entity(child)
        return None

    def _relative_owner(self, whose: Token) -> Entity | None:
        """The party "whose" stands for: the name straight before it, past a comma ("Rwanda, whose 1,000 troops
        guard the gas fields, …"; the parser does not always hang the clause on that name)."""
        k = whose.i - 1
        if k >= 0 and whose.doc[k].text == ",":
            k -= 1
        return self._party(whose.doc[k], owners=True) if k >= 0 else None

    def _custodian(self, top: Token, category: str) -> Entity | None:
        """The owner of the state of custody the counted people are in, on the noun or on its verb: "200 prisoners in
        Israeli custody", "30 prisoners remain in the custody of the Taliban", "12 men held in Russian captivity",
        "visited 1,200 detainees in Afghan prisons" (the phrase hung on the verb of its object)."""
        if category not in self.words.custody_categories:
            return None
        places = [top, top.head] if top.dep_ in RAISED_SUBJECTS or top.dep_ in OBJECTS else [top]
        for word in places:
            for child in word.children:
                state = child.lower_ in self.words.custody_nouns and case_of(child) == "in"
                if state and child.dep_ in ("nmod", "obl"):
                    return self._owner(child) or self._named_after(child, {"of"})
        return None

    def _in_span_top(self, word: Token, item: Found) -> Token:
        """The highest word above `word` that is still inside the figure's phrase."""
        parsed = self.parsed
        for _ in range(len(parsed.doc)):
            if word.head is word or not item.start <= parsed.article_index(word.head) < item.end:
                break
            word = word.head
        return word

    def _force(self, noun: Token) -> bool:
        """True for a noun whose name modifier is the party it belongs to: a group ("the Wagner group"), a noun of
        armed men ("Wagner mercenaries") or the name of a unit ("British Army Gurkhas"), not a thing ("the Boko Haram
        attack")."""
        return noun.lower_ in self.words.group_nouns or noun.pos_ == "PROPN" or self._is_force(noun)

    def _is_force(self, noun: Token) -> bool:
        """True for a noun counting armed men ("soldiers", "mercenaries"; quantity_units.csv)."""
        return self.category_of(noun.text) == "personnel"

    def _collective_of(self, token: Token) -> bool:
        """True for the members of a group noun: "a company of 120 Gurkhas", or "a company of Gurkhas, around 120
        personnel" (an apposition the parser may read as a modifier without a preposition)."""
        return case_of(token) in ("of", "") and token.head.lower_ in self.words.group_nouns

    def _named_after(self, noun: Token, cases: Collection[str]) -> Entity | None:
        """A party named after the counted noun: "12 members of the SDF", "300 troops from Chad", "200 soldiers of
        the Syrian army" (not "of UN sanctions": a name that only qualifies a thing)."""
        for child in noun.children:
            if child.dep_ == "nmod" and child.i > noun.i and case_of(child) in cases:
                owners = _NATIONALITY | ({"compound"} if self._force(child) else set())
                party = self._entity(child) or self._owner(child, owners)  # "of the Wagner group"
                if party is not None:
                    return party
        return None

    def _side_of(self, noun: Token, category: str) -> Entity | None:
        """The side counted people are loyal or linked to: "3,000 fighters loyal to Haftar", "200 gunmen linked to
        the Red Hand" (a word of allegiance on the noun and its "to"/"with" phrase)."""
        words = self.words
        if category not in words.people:
            return None
        for child in noun.children:
            if child.dep_ not in ("amod", "acl") or child.lower_ not in words.allegiance_words:
                continue
            for phrase in child.children:
                if phrase.dep_ in ("obl", "nmod") and case_of(phrase) in words.allegiance_cases:
                    return self._party(phrase, owners=True)
        return None

    # -- the clause --------------------------------------------------------------------------------------------
    def _clause_party(self, top: Token, verb: Token, dep: str, category: str) -> Entity | None:
        """The party the clause that governs the figure gives it (`dep`: the figure's relation to `verb`)."""
        if dep in OBJECTS and verbal(verb):
            return self._object_of(verb, top, category)
        if dep in PASSIVE and category in self.words.agent_categories:
            return self._agent_of(verb, category)
        if dep == "obl" and case_of(top) in self.words.measure_cases:
            return self._measured(verb)
        if dep == "nmod" and case_of(top) in self.words.measure_cases and self._change_read_as_noun(verb):
            return self._measured(verb)  # "the Pentagon's budget rose by $30bn", "rose" read as a noun
        if dep == "nmod" and case_of(top) in self.words.measure_cases and self._changed(verb):
            return self._party(verb, owners=True) or self._subject(verb.head)  # "double its army to 300,000"
        if dep == "nmod" and case_of(top) == "of" and self._handed_over(top.head, category):
            taker = self._recipient(top.head, top)  # "approved the sale of 12 jets to Norway": Norway's
            if taker is not None:
                return taker
        if dep == "nmod" and case_of(top) == "of" and category in self.words.agent_categories:
            owner = self._owner(top.head) or self._sum_maker(top.head, category)  # "Britain's deployment of 500 troops"
            return owner or self._act_doer(top.head)
        if dep == "nmod" and case_of(top) in self.words.part_cases and self._part_noun(top.head, category):
            return self._owner(top.head, _POSSESSORS)  # "its withdrawal from the $325m contract"
        if dep == "nmod" and case_of(top) == "of" and category in self.words.act_categories:
            return self._act_doer(top.head)  # "Egypt ordered the culling of 300,000 pigs"
        if dep in ("nmod", "obl") and case_of(top) == "for" and category in self.words.claim_categories:
            return self._claimant(verb)
        if dep in ("nmod", "obl") and case_of(top) == "for" and category == "money":
            return self._asked(top, verb)
        case = case_of(top)
        instrument = case in self.words.instrument_cases and category in self.words.instrument_categories
        if dep == "obl" and (instrument or (case in self.words.attack_cases and category == "attacks")):
            return self._user(verb)  # "Russia attacked Kyiv with 40 drones", "killed 40 people in 12 strikes"
        return None

    def _user(self, verb: Token) -> Entity | None:
        """The doer that uses an instrument named in a "with" phrase on its verb: the subject of an active verb, the
        "by" party of a passive one (none without one: "Kyiv was attacked with 40 drones")."""
        if not verbal(verb) or verb.lower_ in self.words.sufferer_verbs or verb.lower_ in self.words.befalling_verbs:
            return None  # "Israel lost 40 soldiers in 12 attacks", "40 fighters died in 12 strikes": another's attacks
        if any(c.dep_ in PASSIVE or c.dep_ == "aux:pass" for c in verb.children):
            agent = by_agent(verb)
            return self._party(agent, owners=True) if agent is not None else None
        return self._subject(verb)

    def _instrument_of_attack(self, verb: Token, category: str) -> bool:
        """True for a participle like "involving" on a noun of an attack, whose object is a figure of weapons or
        attacks ("an attack involving 500 drones")."""
        words = self.words
        if verb.dep_ != "acl" or verb.lower_ not in words.instrument_participles or verb.head is verb:
            return False
        return category in words.instrument_categories and self.category_of(verb.head.text) == "attacks"

    def _attack_doer(self, noun: Token) -> Entity | None:
        """The doer of the attack a noun names, which a participle of its figure hangs on ("an attack involving 500
        drones"): its owner ("Russia's attack"), else the subject of a verb of launching it ("Russia launched an
        attack")."""
        owner = self._owner(noun)
        if owner is not None or noun.dep_ not in OBJECTS:
            return owner
        verb = noun.head
        return self._subject(verb) if verbal(verb) and verb.lower_ in self.words.launching_verbs else None

    def _part_noun(self, noun: Token, category: str) -> bool:
        """True for a noun of a party's taking part in what a sum measures ("withdrawal", "stake")."""
        return category in self.words.money_categories and noun.lower_ in self.words.part_nouns

    def _sum_maker(self, noun: Token, category: str) -> Entity | None:
        """The party whose sum a noun of money is, when the verb that takes the noun is one of making or having it:
        "BP made a loss of $2bn", "Norway has debts of $5bn" (not "analysts expected a profit of $5bn")."""
        words = self.words
        verb = noun.head
        if category not in words.money_categories or noun.dep_ not in OBJECTS or not verbal(verb):
            return None
        return self._subject(verb) if verb.lower_ in words.sum_making_verbs else None

    def _act_doer(self, noun: Token) -> Entity | None:
        """The doer of an act whose "of" phrase is the figure, when a verb of ordering or starting it takes the act:
        "Britain announced the deployment of 500 troops", "Israel ordered the release of 30 prisoners" (not
        "condemned the release", nor acts that give the figure to another: "the sale of 40 tanks")."""
        words = self.words
        verb = noun.head
        if noun.lower_ not in words.act_nouns or noun.dep_ not in OBJECTS or not verbal(verb):
            return None
        return self._subject(verb) if verb.lower_ in words.ordering_verbs else None

    def _predicated(self, figure: Token) -> Entity | None:
        """The owner of the subject a figure is said of with "to be": "Japan's defence budget is $50bn", "the army's
        losses were 300 tanks" (a common noun's owner only: "the US is 5,000 miles away" measures no party's; not a
        figure after a preposition: "two Indian nationals are among the 15 people detained" are a part of it)."""
        if not any(c.dep_ == "cop" for c in figure.children) or any(c.dep_ == "case" for c in figure.children):
            return None
        subject = subject_word(figure)
        return self._owner(subject) if subject is not None and subject.pos_ == "NOUN" else None

    def _asked(self, figure: Token, word: Token) -> Entity | None:
        """The payer of money asked for: the object of a verb of asking or receiving whose "for" phrase is the figure
        ("Kyiv asked the EU for $2bn", the phrase on the verb or on its object); the buyer of a thing bought for it
        ("Poland bought 40 tanks for $3bn")."""
        verb = word.head if word.dep_ in OBJECTS and word.head.pos_ in VERBS else word
        if verb.pos_ in VERBS and verb.lower_ in self.words.buying_verbs:
            return self._subject(verb)
        if verb.pos_ not in VERBS or verb.lower_ not in self.words.receiving_verbs:
            return None
        payer = next((c for c in verb.children if c.dep_ in OBJECTS and c is not figure), None)
        return self._party(payer, owners=True) if payer is not None else None

    def _claimant(self, word: Token) -> Entity | None:
        """The party that claims what a "for" phrase names: "the SDF claimed responsibility for 12 attacks" (on the
        noun of claiming or on the verb; not "denied responsibility for", "blamed Hamas for")."""
        words = self.words
        if word.lower_ in words.claim_nouns and word.dep_ in OBJECTS:
            word = word.head
        claims = any(c.dep_ in OBJECTS and c.lower_ in words.claim_nouns for c in word.children)
        return self._subject(word) if claims and word.lower_ in words.claiming_verbs else None

    def _modifier_party(self, top: Token, category: str) -> Entity | None:
        """The party a clause on the counted noun itself gives the figure, when the governing clause gives none: "the
        500 troops that Britain sent", "40 hostages who were held by Hamas", "$18bn in funds approved by Congress"."""
        relative = self._relative_clause(top)
        if relative is not None:
            return self._object_of(relative, top, category)
        return self._participle_agent(top, category)

    def _object_of(self, verb: Token, figure: Token, category: str, form: str = "") -> Entity | None:
        """The holder of a figure its verb takes as object: its subject, its "from" party or its other object (`form`:
        the verb's word when the parser gave the figure to another, "agreed to free 3 hostages")."""
        words, form = self.words, form or verb.lower_
        if self._instrument_of_attack(verb, category):
            return self._attack_doer(verb.head)  # "Russia launched an attack involving 500 drones"
        if form in words.sufferer_verbs:
            return self._subject(verb) if category in words.sufferer_categories else None
        if form in words.change_verbs and category in words.changed_categories:
            return self._measured(verb)  # "Poland's economy grew 2 percent": what the figure measures is Poland's
        if category in words.custody_categories and form in words.custody_verbs:
            return self._subject(verb)  # "Iran seized 12 sailors": people seized are held by the seizer
        if form in words.foreign_object_verbs:
            return None
        if category in words.keeper_categories:
            return self._subject(verb) if form in words.keeping_of(category) else None
        if category not in words.agent_categories:
            return None
        if category in words.custody_categories and form not in words.custody_verbs:
            return None  # "the lawyer who represents eight detainees" holds none of them
        if category == "money" and form in words.receiving_verbs:
            return self._from_party(verb, figure)
        if category == "money" and form in words.payer_object_verbs:
            other = [c for c in verb.children if c.dep_ in OBJECTS and c is not figure]
            return self._party(other[0], owners=False) if other else None
        if category in words.transfer_categories and form in words.transfer_verbs:
            return self._recipient(verb, figure)
        return self._subject(verb)

    def _handed_over(self, noun: Token, category: str) -> bool:
        """True for a noun of handing over things of a category that goes to its taker ("the sale of 12 jets")."""
        return category in self.words.transfer_categories and noun.lower_ in self.words.transfer_nouns

    def _recipient(self, verb: Token, figure: Token) -> Entity | None:
        """The party weapons are handed to, who will use them: "sold 96 helicopters to Poland", "delivered Kyiv 18
        tanks", "supplied Kyiv with 18 tanks" (the other object, or a "to" phrase on the verb or the figure); the
        seller holds none of them."""
        given = case_of(figure) == "with"  # "supplied Kyiv with 18 tanks": the verb's object takes them
        for child in (*verb.children, *figure.children):
            to_phrase = child.dep_ in ("obl", "nmod") and case_of(child) == "to"
            taker = child.dep_ == "iobj" or (given and child.dep_ == "obj")
            if child is not figure and (taker or to_phrase):
                return self._party(child, owners=True)
        return None

    def _agent_of(self, verb: Token, category: str) -> Entity | None:
        """The "by" party of a passive: "12 men were held by the militia" (for detainees only a custodian's verb: not
        "rescued by the army")."""
        words, form = self.words, verb.lower_
        custody = category in words.custody_categories
        if form in words.foreign_object_verbs and not (custody and form in words.custody_verbs):
            return None  # "12 sailors seized by Iran" are held by Iran; "40 rifles seized by police" are no police's
        if custody and form not in words.custody_verbs:
            return None
        agent = by_agent(verb)
        return self._party(agent, owners=True) if agent is not None else None

    def _own_agent(self, noun: Token, category: str) -> Token | None:
        """The participle of keeping or giving on the counted noun that has a "by" party ("hostages held by the
        militants", "funds approved by Congress"): that party, named or not, holds the figure, not the doer of the
        clause around it."""
        if category not in self.words.agent_categories:
            return None
        for child in noun.children:
            participle = (child.dep_ == "acl" and child.tag_ == "VBN") or self._passive_relative(child)
            if participle and child.lower_ in self.words.agent_participles and by_agent(child) is not None:
                return child
        return None

    def _participle_agent(self, top: Token, category: str) -> Entity | None:
        if category not in self.words.agent_categories:
            return None
        for noun in (top, *(c for c in top.children if c.dep_ == "nmod")):
            participle = self._participle(noun)
            if participle is not None:
                return self._agent_of(participle, category)
        return None

    def _participle(self, noun: Token) -> Token | None:
        """A passive participle or passive relative clause on a noun: "(a reward) offered by the FBI", "(hostages) who
        were held by Hamas"."""
        for child in noun.children:
            if (child.dep_ == "acl" and child.tag_ == "VBN") or self._passive_relative(child):
                return child
        return None

    @staticmethod
    def _passive_relative(verb: Token) -> bool:
        """True for a passive relative clause on a noun: "(hostages) who had been held (by Hamas)"."""
        return verb.dep_ == "acl:relcl" and any(c.dep_ in PASSIVE and c.tag_ in RELATIVES for c in verb.children)

    def _relative_clause(self, noun: Token) -> Token | None:
        """The verb of a relative clause whose object is the noun: "the 500 troops (that) Britain sent"."""
        for child in noun.children:
            if child.dep_ != "acl:relcl":
                continue
            subjects = [c for c in child.children if c.dep_ == "nsubj"]
            objects = [c for c in child.children if c.dep_ in OBJECTS]
            oblique = any(c.tag_ in RELATIVES and c.dep_ not in OBJECTS for c in child.children)  # "to which"
            named = bool(subjects) and subjects[0].tag_ not in RELATIVES
            if named and not oblique and all(o.tag_ in RELATIVES for o in objects):
                return child
        return None

    def _from_party(self, verb: Token, figure: Token) -> Entity | None:
        """The payer of money received: "received $5bn (in aid) from the EU" (the phrase on the verb, the figure or
        the noun after it)."""
        nouns = [c for c in figure.children if c.dep_ == "nmod"]
        nouns += [c for c in verb.children if c.dep_ == "obl" and case_of(c) == "in"]  # "$2bn (in aid from the EU)"
        for child in (*verb.children, *figure.children, *(c for n in nouns for c in n.children)):
            if child.dep_ in ("obl", "nmod") and case_of(child) == "from":
                return self._party(child, owners=True)
        return None

    def _measured(self, verb: Token) -> Entity | None:
        """The party of what a figure measures: the subject of a verb of change ("the Navy's budget rose by $9bn"),
        or a noun of change the verb takes ("would see the Navy's budget rise by $9bn", the change read as a noun)."""
        changes = self.words.change_verbs
        if verb.lower_ in changes and verb.pos_ not in VERBS:
            return self._owner(verb)  # "Japan's budget rose by $8bn", the verb read as a noun
        if verb.lower_ in changes:
            subject = subject_word(verb)
            return self._party(subject, owners=True) if subject is not None else None
        if verb.pos_ not in VERBS:
            return None
        for child in verb.children:
            if child.dep_ == "obj" and child.pos_ == "NOUN" and child.lower_ in changes:
                return self._owner(child)
        return None

    def _change_read_as_noun(self, word: Token) -> bool:
        """True for a past verb of change the tagger read as a noun after its subject ("budget rose", "rose" a noun
        with the subject's owner on it): a past form is no noun there."""
        return word.pos_ == "NOUN" and word.lower_ in self.words.change_verbs and word.tag_ == "NN" and any(
            c.dep_ in ("compound", "nmod:poss") and c.i < word.i for c in word.children
        )

    def _changed(self, noun: Token) -> bool:
        """True for the object of a verb of change, which a "to"/"by" figure on it measures ("Poland will double
        its army to 300,000 soldiers", "Japan raised its budget by $8bn")."""
        verb = noun.head
        return noun.dep_ in OBJECTS and verb.pos_ in VERBS and verb.lower_ in self.words.change_verbs

    def _subject(self, verb: Token) -> Entity | None:
        """The party that is the subject of the verb, or of the verb it shares its subject with ("Britain offered to
        send", "Britain withdrew and sent", "..., sending"); a relative pronoun stands for the noun it follows."""
        raised = False
        for _ in range(_MAX_CLIMB):
            subject = self._subject_word(verb, raised=raised)
            if subject is not None:
                if subject.tag_ in RELATIVES and hung_after_noun(verb, _RELATIVE_LINKS):
                    subject = verb.head  # "the militia, which has 5,000 fighters"
                if any(c.dep_ == "conj" and self._party(c, owners=False) is not None for c in subject.children):
                    return None  # "Britain and France sent 500 troops": shared, no one holder
                return self._party(subject, owners=True)
            controller = controller_of(verb)
            if controller is not None:
                return self._party(controller, owners=True)  # "asked Japan to send 500 troops"
            if verb.dep_ == "acl" and verb.head.lower_ in self.words.intention_nouns and infinitive(verb):
                return self._intender(verb.head)  # "Britain announced a plan to send 500 troops"
            if verb.dep_ == "acl" and (verb.tag_ in _ACTIVE_PARTICIPLES or main_verb_on_root(verb)):
                return self._party(verb.head, owners=True)  # "Russian forces firing 30 drones", read as a modifier
            if hung_after_noun(verb, ("parataxis",)) and verb.head.dep_ in _SUBJECT_OR_ROOT:
                return self._party(verb.head, owners=True)  # "Kenya, a key ally, sent 1,000 police officers"
            subject = self._subject_of_misread_auxiliary(verb) or _subject_of_misread_parataxis(verb)
            if subject is not None:
                return self._party(subject, owners=True)  # "The US has 40,000 troops there, officials said"
            if not self._shares_subject(verb):
                return None
            raised = verb.dep_ == "xcomp"
            verb = verb.head
        return None

    def _subject_word(self, verb: Token, *, raised: bool) -> Token | None:
        """The verb's subject (`subject_word`), past a time phrase the parser read as a second subject between the
        true one and the verb ("North Korea this month threatened to fire four missiles": "month" is no subject)."""
        subject = subject_word(verb, raised=raised)
        if subject is not None and (named := _named_before_apposition(subject)) is not None:
            return named  # "Chad, a key ally of France, has sent 1,000 soldiers": "ally" read as the subject
        if subject is None or subject.lower_ not in self.words.time_subjects:
            return subject
        relations = RAISED_SUBJECTS if raised else SUBJECTS
        before = [
            c for c in verb.children
            if c.dep_ in relations and c.i < subject.i and c.lower_ not in self.words.time_subjects
        ]
        return before[-1] if before else subject

    @staticmethod
    def _subject_of_misread_auxiliary(verb: Token) -> Token | None:
        """The subject before a verb of having the parser read as the auxiliary of a later verb of saying, with the
        figure as its object ("The US has 40,000 troops in the region, officials said": "has" an auxiliary of
        "said", "US" a subject of "said"); an auxiliary takes no object."""
        head = verb.head
        if verb.dep_ != "aux" or head is verb or head.i < verb.i:
            return None
        before = [c for c in head.children if c.dep_ in SUBJECTS and c.i < verb.i]
        return before[-1] if before else None

    def _intender(self, noun: Token) -> Entity | None:
        """The one whose intention a noun names: its owner ("Britain's plan", "a plan by Britain"), else the subject
        of a verb of making it ("Britain announced a plan"; not "condemned a plan")."""
        owner = self._owner(noun)
        if owner is not None or noun.dep_ not in OBJECTS:
            return owner
        verb = noun.head
        return self._subject(verb) if verb.pos_ in VERBS and verb.lower_ in self.words.intending_verbs else None

    def _shares_subject(self, verb: Token) -> bool:
        """True when a verb without a subject of its own takes its head's: "offered to send", "withdrew and sent",
        "..., sending", "is ready to send"."""
        head = verb.head
        if verb.dep_ == "xcomp" and head.lower_ in self.words.readiness_adjectives and head.pos_ == "ADJ":
            return True  # "France is ready to send 4,000 troops"
        if head is verb or head.pos_ not in VERBS:
            return False
        if verb.dep_ in ("xcomp", "conj"):
            return True
        return verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.lower_ == "to" for c in verb.children))

    def _party(self, word: Token, *, owners: bool) -> Entity | None:
        """The party a word names, or (`owners`) the party that owns a common noun: "the Syrian army", "Russia's
        forces", "the government of Egypt"."""
        found = self._entity(word)
        common = word.pos_ == "NOUN" or (word.pos_ == "PROPN" and word.is_lower)  # "The Likud party won": a noun
        if found is not None or not owners or not common:
            return found
        return self._owner(word) or self._members_owner(word)

    def _members_owner(self, noun: Token) -> Entity | None:
        """The party of the force or body whose members a noun of people counts, named as a modifier of that body's
        noun ("Members of the Hezbollah militia fired 30 rockets", "Armed groups from the Hashd al-Shaabi forces
        abducted 25 civilians"; not "opponents of the Iranian regime", nor "victims of the Red Hand attack")."""
        words = self.words
        if not (noun.lower_ in words.member_nouns or self._is_force(noun)):
            return None
        for child in noun.children:
            body = self._force(child) or child.lower_ in words.body_nouns
            if child.dep_ == "nmod" and case_of(child) in words.member_cases and body:
                found = self._owner(child, _NATIONALITY | {"compound"})
                if found is not None:
                    return found
        return None

    def _owner(self, noun: Token, relations: Collection[str] = _OWNERS) -> Entity | None:
        """The party a noun belongs to: "Russia's", "Syrian", "US Navy", "of Egypt", "by Congress" (a person only
        with "'s": "a Smith team" is no team of Smith's)."""
        for child in noun.children:
            if child.dep_ in relations and child.lower_ in self.words.leading_participles:
                found = self._leader(child)  # "the Saudi-led coalition": Saudi Arabia's
                if found is not None:
                    return found
            if child.dep_ == "nmod:poss" and child.lower_ == _RELATIVE_POSSESSIVE:
                return self._relative_owner(child)  # "Chad, whose army lost 24 soldiers"
            if child.dep_ in relations or (child.dep_ == "nmod" and self._owning_case(noun, case_of(child))):
                found = self._entity(child) or self._compound_owner(child, relations)
                if found is not None and (found.kind not in self.words.personal or child.dep_ == "nmod:poss"):
                    return found
        return None

    def _owning_case(self, noun: Token, case: str) -> bool:
        """True for the preposition of a phrase that names the party of a noun: "of" and "by" ("the army of Egypt"),
        and for armed men also "from" ("fighters from Hezbollah fired 40 rockets")."""
        return case in ("of", "by") or (case in self.words.origin_cases and self._is_force(noun))

    def _leader(self, participle: Token) -> Entity | None:
        """The party joined by a hyphen before "led" ("Saudi-led"), which leads the noun the participle modifies."""
        for child in participle.children:
            joined = child.i + 1 == participle.i or (child.i + 1 < participle.i and child.nbor().tag_ == "HYPH")
            if child.dep_ in _LEADER_RELATIONS and joined:
                found = self._entity(child)
                if found is not None and found.kind not in self.words.personal:
                    return found
        return None

    def _compound_owner(self, child: Token, relations: Collection[str]) -> Entity | None:
        """The nationality or name on a common noun compounded with the noun: "Polish" of "Polish border guards",
        "Syrian" of "a Syrian government helicopter" (one level down, and only where compounds may own)."""
        if child.dep_ != "compound" or "compound" not in relations or child.pos_ != "NOUN":
            return None
        for grandchild in child.children:
            if grandchild.dep_ in _OWNERS:
                found = self._entity(grandchild)
                if found is not None and found.kind not in self.words.personal:
                    return found
        return None

    def _entity(self, word: Token) -> Entity | None:
        """The party named by a word, or the one a pronoun or definite description stands for."""
        at = self.parsed.article_index(word)
        found = self.entity_at(at)
        if found is None and may_refer(word):
            found = self.referent_at(at)
        return found if _holds(found, self.words) else None


def _subject_of_misread_parataxis(verb: Token) -> Token | None:
    """The subject of a reported clause that the parser hung on the verb of saying as a second subject, after it,
    with the clause's verb read as a parataxis past a relative clause ("Officials said Qatar, which mediated the
    talks, would pay $6 million": "Qatar" a subject of "said", "pay" beside it); a subject after its verb, beside one
    before it, is no subject of that verb."""
    head = verb.head
    if verb.dep_ != "parataxis" or head is verb or head.i > verb.i:
        return None
    subjects = [c for c in head.children if c.dep_ in SUBJECTS]
    before = [c for c in subjects if c.i < head.i]
    after = [c for c in subjects if head.i < c.i < verb.i]
    return after[0] if before and len(after) == 1 else None


def _named_before_apposition(subject: Token) -> Token | None:
    """The name that opens the sentence before an apposition between commas which the parser read as the subject,
    the name hung elsewhere ("Chad, a key ally of France, has sent …": "ally" the subject, "Chad" an interjection or
    a vocative of "ally"); an apposition is no subject of its own. None when the subject is no such apposition."""
    doc = subject.doc
    first = subject.sent.start
    k = first + (doc[first].lower_ == "the")  # "The United States, a key ally of Israel, …"
    opened = k
    while k < subject.i and doc[k].tag_ in _NAME_TAGS:
        k += 1
    if k == opened or k >= subject.i or doc[k].text != "," or doc[k - 1].dep_ in SUBJECTS:
        return None  # no name and comma open the sentence, or the name is a subject itself
    end = subject.right_edge.i
    if doc[end].text == ",":
        end -= 1
    closed = end + 1 < len(doc) and doc[end + 1].text == ","
    return doc[k - 1] if closed and subject.left_edge.i in (first, k + 1) else None


def _no_referent(_at: int) -> Entity | None:
    return None


def _holds(entity: Entity | None, words: ClauseWords) -> bool:
    return entity is not None and entity.kind in words.holder_kinds


def _sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, from 0 (the sentence component marks them all)."""
    starts: list[int] = np.flatnonzero(doc.to_array("SENT_START") == 1).tolist() if len(doc) else []
    return starts if starts and starts[0] == 0 else [0, *starts]


def unique_sentences(sentences: Iterable[Span]) -> list[Span]:
    """The sentences without repeats, in the order each first comes."""
    seen: dict[int, Span] = {}
    for sent in sentences:
        seen.setdefault(sent.start, sent)
    return list(seen.values())
