"""Whether an event happened, read from its clause: negated, possible, planned, reported or asserted.

Walking up from the predicate (through the light verb of an event noun, then the verbs whose complement it is):
a negation on the predicate, or on a verb that passes it down ("did not mean the U.S. was withdrawing"), or a
denying verb above it ("denied attacking", "failed to reach") negates; a modal auxiliary ("could", "will"), an
infinitive under a plan verb ("vowed to strike"), "would" (possible under "if", planned otherwise) or a hedge
decides between possible and planned — the nearest cue wins; an event inside a quotation, in the complement of a
verb of saying, or hedged with "reportedly" is reported. Precedence: negated > possible/planned > reported >
asserted. Word lists: `data/event_syntax.toml` [modality]."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from sitrep.components.events.clause import (
    Frame,
    accused_of,
    case_of,
    infinitive_joined,
    lemmas,
    main_of_participle,
    main_verb_as_complement,
    marked,
    ranked,
    reporter_of_joined,
)
from sitrep.syntax import infinitive

NEGATED, POSSIBLE, PLANNED, REPORTED, ASSERTED = "negated", "possible", "planned", "reported", "asserted"
_UP = frozenset({"xcomp", "ccomp", "acl", "obl", "obj", "conj", "advcl", "nmod", "nsubj:pass", "csubj"})
_MAX_UP = 5
_ARGUMENT_OF = frozenset({"obj", "obl", "nsubj:pass"})
_NEGATING_DEPS = frozenset({"advmod", "det", "neg", "cc:preconj"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


@dataclass(frozen=True, slots=True)
class ModalWords:
    possible_aux: frozenset[str]
    planned_aux: frozenset[str]
    would_aux: frozenset[str]
    had_contractions: frozenset[str]
    conditional_mark: frozenset[str]
    negation: frozenset[str]
    negation_passes: frozenset[str]
    negating_verbs: frozenset[str]
    possible_verbs: frozenset[str]
    planned_verbs: frozenset[str]
    planned_nouns_verbs: frozenset[str]
    reported_adverbs: frozenset[str]
    possible_adverbs: frozenset[str]
    speech_verbs: frozenset[str]
    according: frozenset[str]
    answering_verbs: frozenset[str]
    factual_marks: frozenset[str]
    aspectual_verbs: frozenset[str]
    ordinal_words: frozenset[str]
    unnegating: frozenset[str]
    negative_subjects: frozenset[str]
    referred_case: frozenset[str]
    circumstance_case: frozenset[str]
    happened_heads: frozenset[str]
    alleging_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    performing_verbs: frozenset[str]
    reported_adjectives: frozenset[str]
    achieving_adjectives: frozenset[str]
    gathering_verbs: frozenset[str]
    open_determiners: frozenset[str]
    accusing_verbs: frozenset[str]
    admitting_verbs: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ModalWords:
        m = data["modality"]
        return cls(**{name: frozenset(m[name]) for name in cls.__dataclass_fields__})


def _was_able(word: Token, adjectives: frozenset[str]) -> bool:
    """Whether a word is an adjective of achieving after a past copula ("were able to", not "will be able to")."""
    past = any(c.dep_ == "cop" and c.lower_ in ("was", "were") for c in word.children)
    denied = any(c.dep_ == "advmod" and c.lower_ == "not" for c in word.children)  # "were not able to"
    return word.lower_ in adjectives and past and not denied


def _gathered(verb: Token, gathering: frozenset[str]) -> bool:
    """Whether a verb of gathering is in the past, active ("gathered outside the court"; not "will gather")."""
    if verb.tag_ not in ("VBD", "VBN") or not lemmas(verb) & gathering:
        return False
    return not any(c.dep_ in ("aux", "aux:pass") and c.lower_ not in ("had", "have", "has") for c in verb.children)


def _first_of_joined(verb: Token) -> Token:
    """The first of joined gerunds ("of ramming and firing water cannon at a boat": ramming)."""
    while verb.dep_ == "conj" and verb.head.lower_.endswith("ing") and verb.head.i < verb.i:
        verb = verb.head
    return verb


def _absolute_with(noun: Token) -> bool:
    """Whether a noun opens an absolute "with" phrase, or is joined to one ("with Seoul, Washington and others
    condemning ...")."""
    if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return case_of(noun) == "with" or (noun.dep_ == "conj" and case_of(noun.head) == "with")


_ADJUNCTS = frozenset({"advcl"})  # clauses hung on a verb that are no complement of it


class Modality:
    """Decides the modality of a frame."""

    def __init__(self, words: ModalWords) -> None:
        self.w = words

    def of(self, frame: Frame, *, quoted: bool, deadline: bool, own: frozenset[int] = frozenset()) -> str:
        """The modality of `frame`; `own` are the words of its trigger, whose negation is part of its meaning."""
        chain = self._chain(frame)
        if main_verb_as_complement(frame.predicate) is not None:
            quoted = False  # "A blogger who had mocked the president was arrested": no words of the blogger's
        if self._condition(frame):
            return POSSIBLE  # "if Israel did not lift the blockade": a condition, no fact
        if self._negated(chain, own):
            return NEGATED
        if not frame.verbal and self._open(frame.predicate):
            return POSSIBLE  # "would respond to any Israeli attack": whatever attack may come
        if not frame.verbal and any(
            c.dep_ == "amod" and c.lower_ in self.w.reported_adjectives for c in frame.predicate.children
        ):
            return REPORTED  # "over alleged assaults on its men": claimed, whatever verb it hangs on
        if not frame.verbal and _told_past(frame.predicate):
            return REPORTED if quoted or self._reported(chain) else ASSERTED
        hedge = self._hedge(chain, frame.verbal, own)
        if hedge is None and deadline:
            hedge = PLANNED
        if hedge is not None:
            return hedge
        if quoted or self._reported(chain):
            return REPORTED
        act = frame.predicate if frame.verbal else frame.governor  # "of firing water cannon": the light verb's
        if act is not None and self._alleged(act):
            return REPORTED  # "accused China's vessels of ramming a boat": the ramming is the accuser's claim
        return ASSERTED

    def _chain(self, frame: Frame) -> list[tuple[Token, str]]:
        """The predicate and the words above it, each with the relation by which the one below hangs from it."""
        chain: list[tuple[Token, str]] = [(frame.predicate, "")]
        t = frame.predicate
        if frame.governor is not None:  # the light verb of an event noun stands with it: "did not carry out attacks"
            chain.append((frame.governor, "gov"))
            t = frame.governor
        main = main_of_participle(t)
        if main is not None and (not infinitive(t.head) or _controls_object(main)):
            chain.append((main, "advcl"))  # "urged X to free them, calling it unlawful": the calling is told
            t = main
        for _ in range(_MAX_UP):
            if t.head.i == t.i or t.dep_ not in _UP or main_verb_as_complement(t) is not None:
                break  # (the sentence's main verb, hung on a relative verb: "A man who had mocked X was arrested")
            if t.dep_ == "acl" and t.tag_ == "VBG" and not any(c.dep_ in ("case", "mark") for c in t.children):
                break  # "authorized to assist rebels fighting the Islamic State": what the rebels are doing
            # "X said it was time to act and urged Y": the reporter's own act; "is to lay flowers, talk to ...": to talk
            up = reporter_of_joined(t) or infinitive_joined(t) or t.head
            chain.append((up, t.dep_))
            t = up
        return chain

    def _negated(self, chain: list[tuple[Token, str]], own: frozenset[int]) -> bool:
        for n, (t, via) in enumerate(chain):
            if n and via == "conj":
                break  # "X did not attack but Y withdrew": a negation does not cross a coordination
            # "no air strikes", the parse hanging "no" on the first word of the compound
            near = [*t.children, *(g for c in t.children if c.dep_ == "compound" and c.i < t.i for g in c.children)]
            negated = any(
                c.lower_ in self.w.negation and c.dep_ in _NEGATING_DEPS and c.i not in own and not self._not_only(c)
                for c in (near if n == 0 else t.children)
            )
            negated = negated or ((n == 0 or via == "gov") and self._no_one_doing(t))
            forms = lemmas(t)
            passes = bool(forms & self.w.negation_passes)
            if negated and (n == 0 or via == "gov" or passes):
                return True
            if n and forms & self.w.negating_verbs and not negated and via not in _ADJUNCTS:
                return True  # (not an act told beside it: "suspended the broadcasts, accusing it of ...")
            if n and via != "gov" and not passes and t.pos_ in ("VERB",):
                return False
        return False

    def _no_one_doing(self, verb: Token) -> bool:
        """Whether a verb's subject is no one ("No group has claimed the attack", "No soldiers were killed",
        "Nobody was hurt"): the clause denies it."""
        for subject in verb.children:
            if subject.dep_ not in _SUBJECTS:
                continue
            if subject.lower_ in self.w.negative_subjects:
                return True
            if any(c.dep_ == "det" and c.lower_ in self.w.negation for c in subject.children):
                return True
        return False

    def _hedge(self, chain: list[tuple[Token, str]], verbal: bool, own: frozenset[int]) -> str | None:
        means = verbal and _means(chain[0][0])  # "acted to protect them by killing him": the killing was done
        # An event noun that a verb of answering takes as its argument ("to counter U.S. drills", "vowed to end the
        # blockade") is going on, however planned the answer is.
        argument = not verbal and len(chain) > 1 and chain[1][1] in _ARGUMENT_OF
        argument = argument and bool(lemmas(chain[1][0]) & self.w.answering_verbs)
        if verbal and self._told_past(chain[0][0]):
            return None
        noun = chain[0][0]
        if not verbal and noun.dep_ == "nmod" and self._planning_verb(noun.head, "nmod") == POSSIBLE:
            return POSSIBLE  # "renewed the threat of air strikes", whatever light verb the noun was given
        for n, (t, via) in enumerate(chain):
            if argument and n == 1:
                return None
            if n == 1 and via == "nmod" and not verbal and case_of(chain[0][0]) in self.w.referred_case:
                return None  # "a warrant for his arrest in the killing": the killing took place
            if via == "nmod" and lemmas(t) & self.w.happened_heads:
                return None  # "to help victims of the attacks": the attacks took place
            phrase = chain[n - 1][0]  # a noun's phrase only: "will keep its base after troops leave" is to come
            if via in ("obl", "nmod") and phrase.pos_ == "NOUN" and case_of(phrase) in self.w.circumstance_case:
                return None  # "agreed to a ceasefire after two days of fighting": the fighting took place
            if n and via == "conj" and _past_aux(chain[n - 1][0]):
                continue  # "will deplore it and were repelled when ...": the second verb has a tense of its own
            for c in t.children:
                if c.dep_ == "mark" and lemmas(c) & self.w.planned_verbs and t.pos_ in ("VERB", "AUX") and any(
                    f.dep_ == "fixed" and f.lower_ == "to" for f in c.children
                ):
                    return PLANNED  # "was due to be released", parsed with "due to" as a subordinator of the verb
                if c.dep_ not in ("aux", "aux:pass", "advmod") or c.i in own:
                    continue
                word = c.lower_
                if word in self.w.possible_aux or word in self.w.possible_adverbs:
                    return POSSIBLE
                if word in self.w.planned_aux:
                    return PLANNED
                if word in self.w.had_contractions and t.tag_ == "VBN":
                    continue  # "he'd killed": had
                if word in self.w.would_aux:  # "would have targeted": what did not happen
                    perfect = any(a.dep_ == "aux" and a.lower_ in ("have", "'ve") for a in t.children)
                    return POSSIBLE if perfect or self._conditional(t) else PLANNED
            if n and chain[0][0].tag_ == "VBG" and _absolute_with(t):
                return None  # "... a standoff, with Seoul condemning past launches": told as what is so
            if n and (hedge := self._planning_verb(t, via)) is not None:
                return hedge
            perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in t.children)  # "said to have fled": past
            # "pleaded guilty to threatening", "admitted to spying": an act owned up to was done
            gerund = t.tag_ == "VBG" and bool(lemmas(t.head) & self.w.admitting_verbs)
            if any(c.dep_ in ("mark", "case") and c.lower_ == "to" and c.i < t.i for c in t.children) and (
                t.pos_ in ("VERB", "AUX") or (n == 0 and verbal)
            ) and not perfect and not gerund:
                if t.dep_ == "xcomp" and lemmas(t.head) & self.w.aspectual_verbs:
                    continue  # "continue to insist", "began to withdraw": going on, no plan
                if t.dep_ == "xcomp" and _was_able(t.head, self.w.achieving_adjectives):
                    continue  # "were able to apprehend a suspect": they did
                if t.dep_ == "advcl" and _gathered(t.head, self.w.gathering_verbs):
                    continue  # "gathered outside the court to protest": protesting by gathering, done
                if t.dep_ == "acl" and ranked(t.head, self.w.ordinal_words):
                    continue  # "the first nation to impose sanctions": it did
                if t.dep_ == "acl" and lemmas(t.head) & self.w.possible_verbs:
                    return POSSIBLE  # "the right to defend its citizens", "the option to withdraw": it may be
                if means and n:
                    continue  # the purpose the means served is no plan of the means
                return PLANNED  # an infinitive: "agreed to withdraw", "the plan to end"
            if n and t.pos_ == "VERB" and via == "ccomp":
                break  # a verb of its own that asserts its complement stops the walk
        return None

    def _alleged(self, act: Token) -> bool:
        """Whether an act in -ing is what a verb of alleging charges someone with ("accused X of ramming and firing
        on a boat", "blamed the army for shelling the town", "were charged with smuggling"), or what follows from such
        an act ("accused X of attacking a bus, killing six")."""
        following = act.dep_ == "advcl" and act.tag_ == "VBG" and act.head.i != act.i and act.head.tag_ == "VBG"
        if following and (accused_of(act.head, self.w.accusing_verbs) is not None or self._alleged(act.head)):
            return True
        first = _first_of_joined(act)
        if not first.lower_.endswith("ing") or not marked(first, ("of", "for", "with")):
            return False
        head = first.head
        if lemmas(head) & self.w.alleging_verbs:
            return True
        return head.dep_ in ("obj", "nsubj:pass") and bool(lemmas(head.head) & self.w.alleging_verbs)

    def _open(self, noun: Token) -> bool:
        """Whether an event noun is any act of its kind that may come ("any Israeli attack")."""
        return any(c.dep_ == "det" and c.lower_ in self.w.open_determiners for c in noun.children)

    def _not_only(self, negation: Token) -> bool:
        """A negation that opens "not only ... but also": it negates nothing."""
        after = negation.i + 1
        return after < len(negation.doc) and negation.doc[after].lower_ in self.w.unnegating

    def _told_past(self, verb: Token) -> bool:
        """A verb in the past tense in a clause of time or cause ("the first to come after Pyongyang tested its
        bomb", "because troops fired on them"): it happened, whatever the clause above says."""
        if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and _past_aux(verb))):
            return False  # "when a man was set on fire": a past passive is told as past too
        if verb.dep_ == "acl" and verb.tag_ == "VBD":  # "after an American raid killed three", read as the raid's
            return any(c.dep_ == "case" and c.lower_ in self.w.factual_marks for c in verb.head.children)
        if verb.dep_ != "advcl":
            return False
        if any(c.dep_ == "mark" and c.lower_ in self.w.factual_marks for c in verb.children):
            return True
        # "vowed to retaliate after an Israeli strike killed ...", the mark read as a preposition of the subject
        subjects = [c for c in [*verb.children, *verb.head.children] if c.dep_ in ("nsubj", "obl")]
        subjects = [c for c in subjects if c.i < verb.i and c.right_edge.i == verb.i - 1]
        return any(g.dep_ == "case" and g.lower_ in self.w.factual_marks for c in subjects for g in c.children)

    def _planning_verb(self, t: Token, via: str) -> str | None:
        """POSSIBLE or PLANNED when `t`, above the predicate by `via`, is a verb of possibility or of planning."""
        forms = lemmas(t)
        if via == "nmod" and t.pos_ == "NOUN" and forms & self.w.possible_verbs:
            return POSSIBLE  # "the threat of air strikes", "the prospect of talks": they may come
        if via not in ("xcomp", "ccomp", "obl", "obj", "acl", "gov"):
            return None
        if via in ("obj", "xcomp") and forms & self.w.naming_verbs:
            return None  # "called the death the senseless killing of a journalist": a name, no call for it
        if via == "gov" and forms & self.w.performing_verbs:
            return None  # "led a protest march": done, though "could lead to a war" may come
        if forms & self.w.possible_verbs:
            return POSSIBLE
        planning = self.w.planned_nouns_verbs if via == "gov" else self.w.planned_verbs
        return PLANNED if forms & planning and via != "ccomp" else None

    def _condition(self, frame: Frame) -> bool:
        """Whether the predicate's own clause is the condition of another ("... if Israel did not lift it"; "If the
        rebels attack, ...", even where the parse made the condition the root)."""
        return self._marked_if(frame.governor if frame.governor is not None else frame.predicate)

    def _marked_if(self, verb: Token) -> bool:
        """Whether a verb's clause opens with "if" or "unless"."""
        return any(c.dep_ == "mark" and c.lower_ in self.w.conditional_mark for c in verb.children)

    def _conditional(self, verb: Token) -> bool:
        if self._marked_if(verb):
            return True
        return any(
            c.dep_ == "advcl" and any(m.lower_ in self.w.conditional_mark for m in c.children) for c in verb.children
        )

    def _reported(self, chain: list[tuple[Token, str]]) -> bool:
        if any(accused_of(t, self.w.accusing_verbs) is not None for t, _via in chain):
            return True  # "accused Iran of attacking tankers": as the accuser tells it
        for n, (t, via) in enumerate(chain):
            if any(c.dep_ == "advmod" and c.lower_ in self.w.reported_adverbs for c in t.children):
                return True
            if n and via in ("ccomp", "parataxis") and lemmas(t) & self.w.speech_verbs:
                return True
            if n and via == "xcomp" and t.tag_ == "VBN" and lemmas(t) & self.w.speech_verbs:
                return True  # "are said to have assaulted", "was reported to have fled"
            if any(c.dep_ == "parataxis" and lemmas(c) & self.w.speech_verbs for c in t.children):
                return True  # "militants attacked the base, officials said"
        root = chain[-1][0]
        sentence = root.doc
        return any(t.lower_ in self.w.according and t.dep_ in ("case", "mark", "fixed", "advmod") for t in sentence)


def _told_past(noun: Token) -> bool:
    """Whether an event noun has a relative clause in the past ("approved the attacks that took place this week",
    "promised an inquiry into the shooting that left three dead"), or a past time owns it ("last month's nuclear
    test", "yesterday's raid"): it happened, whatever frames the noun."""
    if any(c.dep_ == "acl:relcl" and (c.tag_ == "VBD" or _past_aux(c)) for c in noun.children):
        return True
    owners = (c for c in noun.children if c.dep_ == "nmod:poss")
    return any(c.lower_ == "yesterday" or any(g.lower_ in ("last", "past") for g in c.children) for c in owners)


def _controls_object(verb: Token) -> bool:
    """Whether a verb has an object, which is then the subject of its infinitive ("urged the junta to free them"):
    a participle set off after that infinitive, whose subject is the verb's own, hangs on the verb."""
    return any(c.dep_ in ("obj", "iobj") for c in verb.children)


def _means(verb: Token) -> bool:
    """A gerund after "by" ("by killing him"): how something was done."""
    return verb.tag_ == "VBG" and any(c.dep_ in ("mark", "case") and c.lower_ == "by" for c in verb.children)


def _past_aux(verb: Token) -> bool:
    """A verb with an auxiliary in the past tense of its own ("were repelled", "had fled")."""
    return any(c.dep_ in ("aux", "aux:pass") and c.tag_ == "VBD" for c in verb.children)
