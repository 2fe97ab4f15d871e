"""The counted thing: the head noun after a number, found past its modifiers ("rocket and drone attacks",
"American troops"), with a small plural rule set plus the exceptions in `noun_lemmas.toml`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.components.quantities.lexicon import Lexicon
from sitrep.components.quantities.tokens import Tokens
from sitrep.data_files import function_words

_WORD = re.compile(r"^[A-Za-z](?:[A-Za-z0-9.'’-]*[A-Za-z0-9.'’])?$")  # "troops", "U.S.", "Hwasong-12"; not "point-"
_MAX_MODIFIERS = 5
_SINGULAR_UNITS = frozenset({"distance", "money"})
_DIGITS = re.compile(r"^\d[\d,.]*$")
_NUMBER_JOINS = frozenset({"-", "and"})
_DASHES = frozenset({"-", "–"})
_POSSESSIVE = function_words("possessive_endings", "plural_possessive_endings")
_MAX_POSSESSOR = 3  # words of a possessor after "of": "two of the rebel group's fighters"
_OBJECT_OPENERS = function_words("articles", "possessive_determiners")
_OWNERS = function_words("possessive_determiners")
_ARTICLES = function_words("articles")
_PHRASE_WORDS = 5  # words of a short prepositional phrase after a counted phrase ("of the Kurdish forces")
_ASIDE_REACH = 10  # words of an aside between commas after a counted phrase
_ASIDE_PUNCT = frozenset({"-", "'", "’", "\""})
_ASIDE_MARKS = {",": ",", "—": "—", "–": "–", "(": ")"}  # marks that open an aside, and the mark closing each
_ADVERB = 4  # letters an adverb in "-ly" has more than ("seriously", not "holy")
_SINGLE_REACH = 4  # words of a single person joined to a count ("and a senior army general")


@dataclass(slots=True)
class Counted:
    """What a number counts: the head noun token (or None), the verb cue's category, where the phrase ends."""

    head: int | None
    end: int
    cue: str | None = None


def lemma(word: str, lex: Lexicon) -> str:
    """The noun's lemma: the exceptions list first, then the plural rules."""
    low = word.lower()
    if low in lex.lemmas:
        return lex.lemmas[low]
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return low[:-1]  # "MPs", "IEDs"
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 4 and low.endswith("men") and not low.endswith(("omen", "imen")):
        return low[:-3] + "man"  # "gunmen", "policemen" (not "specimen", "abdomen")
    if low.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return low[:-2]
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    if len(low) > 4 and low.endswith("is") and word[0].isupper():
        return low[:-1]  # "Iraqis"
    return low


def looks_plural(token: Token, lex: Lexicon) -> bool:
    """A plural noun by form ("troops", "casualties", "people"), or one counted without an -s ("police")."""
    text, low = token.text, token.lower_
    if low in lex.invariant or lex.lemmas.get(low, low) != low:
        return True
    if len(low) > 4 and low.endswith("men") and not low.endswith(("omen", "imen")):
        return True
    if text.isupper() or len(low) < 3 or not text.endswith("s"):
        return False
    if text[0].isupper() and low.endswith("is") and len(low) > 4:
        return True  # "Iraqis", "Nepalis"
    return not low.endswith(("ss", "us", "is", "'s", "’s"))


def is_word(token: Token, lex: Lexicon) -> bool:
    """A content word that can sit in a counted noun phrase (not a function word, number or punctuation)."""
    low, text = token.lower_, token.text
    acronym = len(text) > 1 and text.isupper()  # "US" is not the pronoun "us"
    if not _WORD.match(text) or (low in lex.stop and not acronym) or low in lex.numbers or low in lex.scales:
        return False
    return low not in lex.months and low not in lex.weekdays


def unit_category(word: str, lex: Lexicon) -> str | None:
    return lex.categories.get(lemma(word, lex))


def counted(doc: Tokens, j: int, limit: int, lex: Lexicon, *, singular: bool) -> Counted:
    """The counted noun phrase starting at token `j`; `singular` lets a singular noun be the head ("one soldier")."""
    if j < limit and doc[j].lower_ == "of":
        k = j + 1
        while k < limit and doc[k].lower_ in lex.after_of:
            k += 1
        if doc[k - 1].lower_ in lex.part_pronouns:
            return Counted(None, j)  # "hundreds of them lined the road": the pronoun ends the phrase
        k = _past_possessor(doc, k, limit)
        if k > j + 1 and _is_number(doc, k, limit, lex):
            return _partitive(doc, j, k, limit, lex)
        found = _scan(doc, k, limit, lex, singular=singular)
        return found if found.head is not None else Counted(None, j)
    if j + 2 < limit and doc[j].lower_ == "out" and doc[j + 1].lower_ == "of" and _is_number(doc, j + 2, limit, lex):
        return _partitive(doc, j, j + 2, limit, lex)  # "13 out of 19 crew members"
    return _scan(doc, j, limit, lex, singular=singular)


def _past_possessor(doc: Tokens, k: int, limit: int) -> int:
    """Where the counted words start after a possessor that opens them ("three of Israel's soldiers", "two of the
    rebel group's fighters", "30 of al-Shabaab's fighters", a hyphen inside the name no word of it): after its
    possessive ending, or `k` if there is none."""
    n, words = 1, 0
    while words < _MAX_POSSESSOR and k + n < limit:
        word = doc[k + n - 1]
        hyphen = word.text in _DASHES and n > 1 and not doc[k + n - 2].whitespace_
        if not (word.is_alpha or hyphen):
            return k
        if doc[k + n].lower_ in _POSSESSIVE:
            return k + n + 1
        n, words = n + 1, words + (not hyphen)
    return k


def _is_number(doc: Tokens, k: int, limit: int, lex: Lexicon) -> bool:
    if k >= limit:
        return False
    low = doc[k].lower_
    return low in lex.numbers or low in lex.scales or _DIGITS.match(low) is not None


def _partitive(doc: Tokens, j: int, k: int, limit: int, lex: Lexicon) -> Counted:
    """ "94,000 of the 140,000 deaths": the part counts what the whole counts; the phrase ends before "of", so the
    whole is a quantity of its own."""
    while k < limit and (_is_number(doc, k, limit, lex) or doc[k].lower_ in _NUMBER_JOINS):
        k += 1
    found = _scan(doc, k, limit, lex, singular=False)
    return Counted(found.head, j, found.cue)


def _scan(doc: Tokens, j: int, limit: int, lex: Lexicon, *, singular: bool) -> Counted:
    cue: str | None = None
    last: int | None = None
    k, hyphens = j, 0
    while k < limit and k - j - hyphens < _MAX_MODIFIERS:  # "anti-missile" is one modifier
        token = doc[k]
        low = token.lower_
        if low in lex.noun_verbs and singular and k == j:
            return Counted(k, k + 1, cue)  # "fired one shot": the noun, not "shot" people
        if low in lex.verbs and low not in lex.holding_verbs:  # "an army of 5,000 holds the north"
            modifies = k + 1 < limit and is_word(doc[k + 1], lex) and doc[k + 1].lower_ not in lex.verbs
            if not modifies and k > j and doc[k - 1].lower_ in lex.joiners:
                break  # "killing one person and arresting 12": a verb of its own clause after "and"
            cue = _outcome(doc, k, limit, lex)
            if modifies:
                k += 1
                continue  # "wounded soldiers", "sick and wounded soldiers": the verb modifies the noun
            return Counted(None, k + 1 if k == j else j, cue)
        if _joins(doc, k, last, limit, lex):
            hyphens += doc[k].text in _DASHES
            k += 1
            continue
        if not is_word(token, lex):
            break
        if _verb_like(doc, k, limit, lex):
            break  # "an army of 5,000 holds the north": a verb with its object, not a noun
        if low in lex.invariant_demonyms and k + 1 < limit and doc[k + 1].text in _DASHES and not token.whitespace_:
            last = k  # "40 Chinese-made drones": the nationality opens a modifier
            k += 1
            continue
        if looks_plural(token, lex) or unit_category(low, lex) in _SINGULAR_UNITS:
            while k + 1 < limit and _plural_word(doc[k + 1], lex):
                k += 1  # "special operations troops": the last plural is the head
            named = _past_plural_name(doc, k, limit, lex)
            return named if named is not None else Counted(k, k + 1, cue)
        last = k
        k += 1
    if singular and last is not None:
        return Counted(last, last + 1, cue)
    return Counted(None, j, cue)


def _past_plural_name(doc: Tokens, k: int, limit: int, lex: Lexicon) -> Counted | None:
    """The counted phrase after a plural that ends a name ("two United States service members", "three United
    Nations peacekeepers"): lower-case words ending in a plural after it; None when none follow."""
    nxt = k + 1
    if not doc[k].text[:1].isupper() or nxt >= limit or not doc[nxt].text.islower() or not is_word(doc[nxt], lex):
        return None
    found = _scan(doc, nxt, limit, lex, singular=False)
    return found if found.head is not None else None


def _verb_like(doc: Tokens, k: int, limit: int, lex: Lexicon) -> bool:
    """A lower-case -s word the lexicon does not know, followed straight by a determiner ("holds the", "says a"; not
    a name: "two Israelis a day earlier")."""
    nxt = doc[k + 1].lower_ if k + 1 < limit else ""
    unknown = unit_category(doc[k].text, lex) is None and doc[k].text[:1].islower()
    return nxt in lex.verb_openers and unknown and doc[k].lower_.endswith("s")


def _plural_word(token: Token, lex: Lexicon) -> bool:
    return is_word(token, lex) and looks_plural(token, lex) and token.lower_ not in lex.verbs


def _joins(doc: Tokens, k: int, last: int | None, limit: int, lex: Lexicon) -> bool:
    """ "and"/"or" between two modifiers ("rocket and drone attacks"), or a hyphen inside a compound."""
    if k + 1 >= limit or not is_word(doc[k + 1], lex):
        return False
    low = doc[k].lower_
    if low in ("-", "–") and last == k - 1:
        return not doc[k - 1].whitespace_ and not doc[k].whitespace_
    return low in lex.joiners and last == k - 1 and not looks_plural(doc[k - 1], lex)


def verb_after(doc: Tokens, k: int, limit: int, lex: Lexicon) -> str | None:
    """The category of a verb after the counted phrase ("12 people were reportedly killed")."""
    gap, skipped_phrase, passive = 0, False, False
    k = _past_aside(doc, k, limit, lex)  # "At least 11 people, including six children, were injured"
    k = _past_single(doc, k, limit, lex)  # "Dozens of soldiers and a general were killed"
    while k < limit and gap <= 4:
        low = doc[k].lower_
        deed = low in lex.verbs and lex.verbs[low] in lex.deed_categories and low not in lex.intransitive_verbs
        if deed and not passive and _takes_object(doc, k + 1, limit, lex):
            return None  # "two gunmen killed 10 people", "two bombers have killed 22": the counted did it
        if low in lex.describing_participles and gap == 0 and not skipped_phrase:
            return _past_description(doc, k, limit, lex)  # "ten people fleeing Cuba drowned": killed
        if low in lex.verbs and skipped_phrase and _modifies_noun(doc, k, lex):
            return None  # "killed four at a camp for displaced people": "displaced" qualifies "people"
        if low in lex.verbs:
            return _outcome(doc, k, limit, lex)
        passive = passive or low in lex.passive_words
        state = lex.states.get((low, doc[k + 1].lower_)) if k + 1 < limit else None
        between = k + 2 < limit and (doc[k + 1].text[:1].isupper() or _determiner(doc[k + 1], lex))
        modifier = k + 2 < limit and _state_modifier(doc[k + 1], lex)  # "in federal custody", "in police custody"
        if state is None and (between or modifier) and doc[k + 1].is_alpha:
            state = lex.states.get((low, doc[k + 2].lower_))  # "in Russian custody", "among the dead"
        if state is None and between and low in lex.state_participle_cases:
            state = lex.verbs.get(doc[k + 2].lower_)  # "four Britons among the kidnapped tourists"
        if state is not None:
            return state  # "eight suspects are in custody"
        if low in lex.relatives and k + 1 < limit and doc[k + 1].lower_ in lex.verb_gap:
            k, gap = k + 1, gap + 1  # "12 people who were killed" (but not "12 soldiers who killed")
            continue
        side = low in lex.clause.allegiance_words and k + 1 < limit and doc[k + 1].lower_ in lex.clause.allegiance_cases
        if side and not skipped_phrase:
            k, skipped_phrase = _past_phrase(doc, k + 2, limit, lex), True  # "1,500 fighters loyal to him were killed"
            continue
        if low in lex.location_prepositions and not skipped_phrase:
            k, skipped_phrase = _past_phrase(doc, k + 1, limit, lex), True  # "106 protesters in 21 cities were killed"
            continue
        serving = low in lex.phrase_participles and k + 1 < limit and doc[k + 1].lower_ in lex.phrase_cases
        if (low in lex.phrase_cases or serving) and gap == 0 and not skipped_phrase:
            start, k, skipped_phrase = k, _past_phrase(doc, k + 1 + serving, limit, lex), True  # "12 members of the
            # SDF died"
            if _others_relative(doc, start, k, lex):
                return None  # "30 relatives of those who were kidnapped": the clause tells what befell the others
            continue
        if low not in lex.verb_gap and low not in lex.outcome_words and not _adverb(doc[k]):
            return None  # (an adverb may stand before the verb: "two others were seriously injured")
        k, gap = k + 1, gap + 1
    return None


def _others_relative(doc: Tokens, start: int, end: int, lex: Lexicon) -> bool:
    """True when a relative pronoun in the phrase [start, end) after the counted noun follows people of the phrase's
    own (`_people_before`)."""
    return any(doc[j].lower_ in lex.relatives and _people_before(doc, j, lex) for j in range(start + 1, end))


def _people_before(doc: Tokens, k: int, lex: Lexicon) -> bool:
    """True when the word before a relative pronoun at `k`, inside a phrase after the counted noun, is people of
    their own: "those", or a plural noun of people ("families of people who were killed", "relatives of soldiers who
    were captured"); the relative clause is theirs, not the counted's. A singular group noun may hold the counted
    ("five members of a family who were killed")."""
    before = doc[k - 1]
    if before.lower_ in lex.relative_heads:
        return True
    unit = lemma(before.text, lex)
    return before.is_alpha and before.text.islower() and unit != before.lower_ and unit in lex.people


def _past_description(doc: Tokens, k: int, limit: int, lex: Lexicon) -> str | None:
    """What befell people described by a participle at k ("fleeing Cuba"): the verb after its phrase when it tells
    an outcome that wins over it ("drowned", "were arrested"), else the participle's own category."""
    own = lex.verbs.get(doc[k].lower_)
    later = verb_after(doc, _past_phrase(doc, k + 1, limit, lex), limit, lex)
    return later if later in lex.outcome_over_participle else own


def _state_modifier(token: Token, lex: Lexicon) -> bool:
    """A lower-case word that may qualify the noun of a state ("federal custody", "police detention"): no function
    word, verb or auxiliary."""
    low = token.lower_
    word = token.is_alpha and token.text.islower()
    return word and low not in lex.stop and low not in lex.verbs and low not in lex.verb_gap


def _modifies_noun(doc: Tokens, k: int, lex: Lexicon) -> bool:
    """True for a participle inside a phrase skipped after the counted noun, straight after its preposition or an
    article: it qualifies the phrase's noun ("at a displaced persons' camp", "for displaced people"), it is no verb."""
    before = doc[k - 1]
    opened = before.lower_ in lex.location_prepositions or before.lower_ in lex.phrase_cases or _determiner(before, lex)
    after = doc[k + 1] if k + 1 < len(doc) else None  # the noun it qualifies ("hundreds of injured." has none)
    return opened and after is not None and after.is_alpha and after.lower_ not in lex.stop


def _determiner(token: Token, lex: Lexicon) -> bool:
    """An article or another word that may stand before the noun of a state ("among the dead", "among those killed")."""
    return token.lower_ in _ARTICLES or token.lower_ in lex.state_determiners


def _adverb(token: Token) -> bool:
    """A lower-case word in "-ly" of more than four letters: an adverb ("seriously", "critically", "slightly")."""
    return token.is_alpha and token.text.islower() and len(token.text) > _ADVERB and token.text.endswith("ly")


def _takes_object(doc: Tokens, k: int, limit: int, lex: Lexicon) -> bool:
    """True when an object opens at k after a verb: a number, perhaps after a qualifier ("killed at least 10"), or an
    article or possessive ("killed the two attackers", "wounded their guards")."""
    if k >= limit:
        return False
    low = doc[k].lower_
    if low in _OBJECT_OPENERS or _is_number(doc, k, limit, lex):
        return True
    for n in (1, 2, 3):  # a whole qualifier and a number: "at least 10", "more than 40" (not "in one morning")
        words = tuple(t.lower_ for t in doc[k : min(k + n, limit)])
        if len(words) == n and words in lex.qualifiers and _is_number(doc, k + n, limit, lex):
            return True
    return False


def _past_aside(doc: Tokens, k: int, limit: int, lex: Lexicon) -> int:
    """Past an aside between commas, dashes or parentheses straight after the counted phrase, when a verb or an
    auxiliary follows it: "11 people, including six children, were injured", "110 people, mostly party activists, were
    arrested", "12 people (three of them children) were killed"; else k."""
    if k >= limit or doc[k].text not in _ASIDE_MARKS:
        return k
    end, closing = min(limit, k + 1 + _ASIDE_REACH), _ASIDE_MARKS[doc[k].text]
    for j in range(k + 1, end):
        if doc[j].text == closing:  # the mark closing it: "Two Americans — a nurse and a cook — remain"
            after = doc[j + 1].lower_ if j + 1 < limit else ""
            return j + 1 if j > k + 1 and (after in lex.verb_gap or after in lex.verbs) else k
        if doc[j].is_punct and doc[j].text not in _ASIDE_PUNCT:
            return k
    return k


def _past_single(doc: Tokens, k: int, limit: int, lex: Lexicon) -> int:
    """Past a single person joined after the counted phrase when a verb or an auxiliary follows: "Dozens of soldiers
    and a general were killed" (the verb tells what befell both); else k."""
    if k + 2 >= limit or doc[k].lower_ not in lex.joiners or doc[k + 1].lower_ not in lex.single_openers:
        return k
    for j in range(k + 2, min(limit, k + 2 + _SINGLE_REACH)):
        low = doc[j].lower_
        if low in lex.verb_gap or low in lex.verbs:
            return j if j > k + 2 else k
        if not doc[j].is_alpha:
            return k
    return k


def _group_before(doc: Tokens, k: int, floor: int, lex: Lexicon) -> str | None:
    """What befell a group of people named before the verb at `k` that counts its members: "The dead included three
    Britons", "Among the wounded were 12 guards", "Among those killed were two soldiers", "Those killed included two
    soldiers"."""
    if k - 2 < floor:
        return None
    word, opener = doc[k - 1].lower_, doc[k - 2].lower_
    if word in lex.groups and opener in lex.group_openers:
        return lex.groups[word]
    return lex.verbs[word] if opener == "those" and word in lex.verbs else None  # "(Among) those killed were"


def group_of(doc: Tokens, k: int, limit: int, lex: Lexicon) -> str | None:
    """What befell a group named by it in an "of" phrase after a bare figure: "Two of the dead were Britons", "12 of
    the wounded", "four of those arrested"."""
    if k + 2 >= limit or doc[k].lower_ != "of" or doc[k + 1].lower_ not in lex.group_determiners:
        return None
    word = doc[k + 2].lower_
    if doc[k + 1].lower_ == "those":
        return lex.verbs.get(word)
    return lex.groups.get(word)


def _single_before(doc: Tokens, k: int, floor: int, lex: Lexicon) -> str | None:
    """The category of a verb before a single person joined before the figure by the "and" at `k`: "killed an
    officer and five soldiers"."""
    for j in range(k - 1, max(floor, k - 2 - _SINGLE_REACH), -1):
        if not doc[j].is_alpha and doc[j].lower_ not in _POSSESSIVE:  # "killed Hamas's top commander and 12 …"
            return None
        opens = doc[j].lower_ in lex.single_openers or doc[j].text[:1].isupper()  # "a colonel", "Hamas's chief"
        if opens and doc[j - 1].lower_ in lex.verbs:
            return _mixed(doc, j - 1, floor, lex)
        if doc[j].lower_ in lex.single_openers:
            return None
    return None


def _mixed(doc: Tokens, k: int, floor: int, lex: Lexicon) -> str:
    """The category of the verb at `k`, or casualties when it is joined by "and"/"or" to a verb of the other outcome
    before it ("killed and wounded dozens", "killing or injuring 30")."""
    category = lex.verbs[doc[k].lower_]
    if k - 2 >= floor and doc[k - 1].lower_ in lex.joiners and _other_outcome(doc[k - 2].lower_, category, lex):
        own = k - 3 >= floor and _is_number(doc, k - 3, k, lex)  # "left 50 dead and injured 400": two counts
        return category if own else lex.mixed_category
    return category


def _other_outcome(word: str, category: str, lex: Lexicon) -> bool:
    """True when `word` is a verb of one of the mixed outcomes and `category` the other one."""
    other = lex.verbs.get(word)
    return other is not None and other != category and {other, category} <= lex.mixed_outcomes


def _outcome(doc: Tokens, k: int, limit: int, lex: Lexicon) -> str:
    """The category of the verb at `k`, or, for a verb that leaves the outcome open ("shot"), of the outcome told
    right after it: "shot dead", "shot and killed", "shot and wounded"; casualties for two outcomes joined ("were
    killed and wounded", "dead or injured"); being in or taken to hospital wins over a verb of moving people
    ("evacuated to hospital")."""
    category = lex.verbs[doc[k].lower_]
    state = lex.states.get((doc[k + 1].lower_, doc[k + 2].lower_)) if k + 2 < limit else None
    if state == lex.injury_category and category not in lex.deed_categories:
        return state  # "were evacuated to hospital": wounded, not displaced (but "died in hospital")
    joined = k + 2 < limit and doc[k + 1].lower_ in lex.joiners and _other_outcome(doc[k + 2].lower_, category, lex)
    if joined and not _takes_object(doc, k + 3, limit, lex):  # not "left 50 dead and injured 400 more"
        return lex.mixed_category
    if category not in lex.open_outcomes:
        return category
    n = k + 2 if k + 2 < limit and doc[k + 1].lower_ in lex.joiners else k + 1
    return lex.verbs.get(doc[n].lower_, category) if n < limit else category


def _past_phrase(doc: Tokens, k: int, limit: int, lex: Lexicon) -> int:
    """The end of a short prepositional phrase: up to five words, stopping at an auxiliary or a verb."""
    end = min(limit, k + _PHRASE_WORDS)
    while k < end and doc[k].lower_ not in lex.verb_gap and doc[k].lower_ not in lex.verbs and not _ends_phrase(doc[k]):
        k += 1
    return k


def injured_after(doc: Tokens, k: int, limit: int, lex: Lexicon) -> bool:
    """True when a verb of suffering or treating (or "with") and then a noun of injury follow the counted phrase
    ending at `k` in its clause: "34 soldiers suffered brain injuries", "five patients with gunshot wounds"."""
    told = False
    reach = lex.injury_reach + (_PHRASE_WORDS if k < limit and doc[k].lower_ in lex.phrase_cases else 0)
    for j in range(k, min(limit, k + reach)):  # past "of the Kurdish forces" before "sustained light wounds"
        low = doc[j].lower_
        if told and low in lex.injury_nouns:
            return True
        if low in lex.injury_negations or not doc[j].is_alpha:
            return False  # "suffered no injuries"
        told = told or low in lex.injury_verbs
    return False


def lost_before(doc: Tokens, k: int, floor: int, lex: Lexicon) -> bool:
    """True when a verb of loss stands before the figure at `k`, perhaps past a qualifier ("lost some 200")."""
    k -= 1
    for _ in range(4):
        if k < floor:
            return False
        low = doc[k].lower_
        if low in lex.loss_verbs:
            return True
        if low not in lex.before_figure:
            return False
        k -= 1
    return False


def _ends_phrase(token: Token) -> bool:
    """Punctuation other than a hyphen inside a word ("Kurdish-led") ends a short phrase."""
    return token.is_punct and not (token.text in _DASHES and not token.whitespace_)


def noun_of_before(doc: Tokens, k: int, lex: Lexicon) -> str | None:
    """The category of a noun of what befell people whose "of" phrase the figure at `k` opens ("the bodies of three
    hostages", "the release of 16 soldiers")."""
    if k < 2 or doc[k - 1].lower_ != "of":
        return None
    return lex.of_cues.get(doc[k - 2].lower_)


def verb_index_before(doc: Tokens | Doc, k: int, floor: int, lex: Lexicon) -> int | None:
    """Where the verb of what befalls people that governs the figure at `k` stands, past the words that may stand
    between them ("killed at least 12", "wounded some 40"); None when no such verb is there."""
    for j in range(k - 1, max(floor, k - 5) - 1, -1):
        low = doc[j].lower_
        if low in lex.verbs:
            return j
        if low not in lex.before_figure:
            return None
    return None


def subject_end_before(doc: Tokens | Doc, k: int, floor: int, lex: Lexicon) -> int:
    """The last token of the subject of the verb at `k`, past its auxiliaries and adverbs ("the rebels have
    reportedly killed": "rebels")."""
    k -= 1
    while k > floor and (doc[k].lower_ in lex.verb_gap or _adverb(doc[k])):
        k -= 1
    return k


def verb_before(doc: Tokens, k: int, floor: int, lex: Lexicon) -> str | None:
    """The category of a verb just before the figure ("killed at least 12", "killing a total of 12"), of a noun of
    what befell people before "of" ("the deaths of 20 soldiers"), or of a tally that rises to it ("the death toll rose
    to 22")."""
    steps = 0
    k -= 1
    while k >= floor and steps < 4:
        low = doc[k].lower_
        if low in lex.verbs:
            return _mixed(doc, k, floor, lex)
        owned = steps == 1 and doc[k + 1].lower_ in _OWNERS  # "seized a tanker and its 23 crew members"
        if (steps == 0 or owned) and low in lex.joiners:
            return _single_before(doc, k, floor, lex)  # "killed an officer and five soldiers"
        if low in lex.group_verbs:
            return _group_before(doc, k, floor, lex)  # "The dead included three Britons"
        if low == "to" and k > floor and doc[k - 1].lower_ in lex.injury_nouns:
            return lex.injury_category  # "injuries to 34 service members"
        if low in lex.of_cues and doc[k + 1].lower_ == "of":
            return lex.of_cues[low]  # "the deaths of 20 soldiers"
        if low == "for" and k > floor and doc[k - 1].lower_ in lex.for_cues:
            return lex.for_cues[doc[k - 1].lower_]  # "a prisoner swap for three insurgents"
        if low in lex.tallies_before and steps > 0:
            return _tally_category(doc, k, floor, lex)
        if k > floor and (doc[k - 1].lower_, low) in lex.particle_verbs:
            return lex.particle_verbs[(doc[k - 1].lower_, low)]  # "gun down 14 people"
        if low not in lex.before_figure:
            tally = tally_across(doc, k, floor, lex) if steps > 0 else None
            return _tally_category(doc, tally, floor, lex) if tally is not None else None
        k, steps = k - 1, steps + 1
    return None


def _tally_category(doc: Tokens, k: int, floor: int, lex: Lexicon) -> str | None:
    """The category of the tally at `k`, or of its compound with the word before ("death toll")."""
    compound = lex.categories.get(f"{doc[k - 1].lower_} {doc[k].lower_}") if k > floor else None
    return compound or lex.categories.get(doc[k].lower_)


_TALLY_PHRASE = 6  # words of a phrase between a tally and its verb ("among Afghan security forces")


def tally_across(doc: Tokens | Doc, k: int, floor: int, lex: Lexicon) -> int | None:
    """Where a tally stands whose short phrase ends at `k` before the verb rising to a figure: "The death toll among
    Afghan troops rose to 30" ("toll"); None when no such phrase and tally are there."""
    for j in range(k, max(floor, k - _TALLY_PHRASE), -1):
        if doc[j].lower_ in lex.tally_cases:
            return j - 1 if j - 1 >= floor and doc[j - 1].lower_ in lex.tallies_before else None
        if not doc[j].is_alpha:
            return None
    return None
