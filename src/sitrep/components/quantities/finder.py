"""Find quantities in one pass over the Doc's tokens: qualifier, number or vague amount, range, trailing
qualifier, then the counted noun phrase and the verb that says what happened to it."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from functools import cache

import numpy as np
from spacy.tokens import Doc

from sitrep.components.quantities.guards import not_a_count
from sitrep.components.quantities.lexicon import Lexicon, Qualifier
from sitrep.components.quantities.nouns import (
    Counted,
    counted,
    group_of,
    injured_after,
    is_word,
    lemma,
    looks_plural,
    lost_before,
    noun_of_before,
    verb_after,
    verb_before,
)
from sitrep.components.quantities.numbers import Number, read_number
from sitrep.components.quantities.tokens import Tokens, starts_of, tokens_of
from sitrep.data_files import function_words

_WINDOW = 14  # tokens a counted phrase may reach past its number
_ELLIPSIS_GAP = 8  # tokens between a quantity and a bare figure compared with it
_INCLUSION_REACH = 6  # words of the whole's clause between it and "including" ("were killed on Sunday, including")
_DASHES = frozenset({"-", "–"})
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
_BRACKETS = {"(": ")", "[": "]"}
_NUMERIC_STARTS = frozenset("0123456789+-$€£¥₹₽₪₩₺")
_BARE_DETERMINERS = function_words("articles", "definite_determiners", "possessive_determiners", "possessive_endings")
_INDEFINITE = function_words("indefinite_articles")


@dataclass(slots=True)
class Found:
    """One quantity as token offsets, before ids and links are given."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    unit: str | None = None
    category: str = "other"
    number_end: int = 0  # where the figure itself ends (the counted phrase follows)
    head: int | None = None
    elides: int | None = None  # the earlier quantity whose counted noun this bare figure leaves out
    cue: str | None = None  # the category a verb or a noun of loss around the figure gave it
    governed: bool = False  # that cue came from a verb before the figure ("killed 12 people"), which governs
    told: bool = False  # that cue came from a verb after the figure ("12 people were killed")


@dataclass(slots=True)
class _Amount:
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    number: Number | None = None


def find(doc: Doc, blocked: bytearray, lex: Lexicon) -> list[Found]:
    """Every quantity in the Doc, left to right, never overlapping."""
    candidates = starts_of(doc, _triggers(lex), _NUMERIC_STARTS, "$")
    tokens, limits = tokens_of(doc), _sentence_ends(doc)
    found = _find(tokens, candidates, blocked, limits, lex)
    _elliptical(tokens, found, limits, lex)
    _raised(tokens, found, limits, lex)
    _opening_parts(tokens, found, limits)
    _coordinated(tokens, found, limits, lex)
    _parts_of_them(tokens, found, limits, lex)
    _parts_before(tokens, found, lex)
    _included(tokens, found, limits, lex)
    return found


def _parts_before(doc: Tokens, found: list[Found], lex: Lexicon) -> None:
    """People counted as a part written before their whole share what a verb after the whole tells befell it: "13
    out of 19 crew members have been abducted", "two of the five hostages were freed", "four Latvians were among 30
    people killed"."""
    for n in range(len(found) - 1):
        part, whole = found[n], found[n + 1]
        if part.cue is not None or not whole.told or not _people(doc, part, lex):
            continue
        between = " ".join(t.lower_ for t in doc[part.end : whole.start])
        if (between in lex.part_links and part.unit == whole.unit) or between in lex.member_links:
            part.category, part.cue, part.told = whole.category, whole.cue, True


def _parts_of_them(doc: Tokens, found: list[Found], limits: list[int], lex: Lexicon) -> None:
    """A bare figure "of them" or "of whom", or of a bare figure that repeats the quantity before it, is a part of
    that quantity, in its sentence or the one before, and counts what it counts: "Russia fired 40 missiles. Ukraine
    shot down 35 of them.", "3,000 troops, 500 of whom were wounded", "Medics treated five patients. Two of the five
    are critical" (what befell the part is its own when the whole counts people)."""
    for n in range(1, len(found)):
        item = found[n]
        k = item.end
        if item.unit is not None or k + 1 >= len(doc) or doc[k].lower_ != "of":
            continue
        whole = found[n - 1]
        if doc[k + 1].lower_ not in lex.part_pronouns and not _repeats(doc, k + 1, whole, lex):
            continue
        if whole.unit is None or not _near(whole, item, limits) or not _smaller(item, whole):
            continue
        people = whole.category in lex.overridable or whole.unit in lex.people
        if item.cue is not None and item.cue not in lex.open_outcomes and not people:
            continue  # "carried out several sorties …, killing several of them": "them" are people, not sorties
        item.category = item.category if item.cue is not None and people else whole.category
        item.unit, item.elides = whole.unit, n - 1


def _repeats(doc: Tokens, k: int, whole: Found, lex: Lexicon) -> bool:
    """True for a bare number after an article at `k` that states the exact figure of `whole` ("of the five")."""
    if k + 1 >= len(doc) or doc[k].lower_ not in lex.anaphoric or whole.value is None:
        return False
    number = read_number(doc, k + 1, lex)
    if number is None or number.value != whole.value:
        return False
    return number.end >= len(doc) or not is_word(doc[number.end], lex)


def _near(whole: Found, part: Found, limits: list[int]) -> bool:
    """True when the part is in the whole's sentence or the next one."""
    end = limits[whole.start]
    return limits[part.start] == end or (end < len(limits) and limits[end] == limits[part.start])


def _smaller(part: Found, whole: Found) -> bool:
    """True unless the part is known to be more than the whole ("12 protesters … dozens of them": other people)."""
    small = part.value if part.value is not None else part.low
    big = whole.value if whole.value is not None else (whole.high or whole.low)
    return small is None or big is None or small <= big


def _included(doc: Tokens, found: list[Found], limits: list[int], lex: Lexicon) -> None:
    """A count of people "including" or "among them" after a count of people is a part of it, with what befell the
    whole: "holds 5,000 prisoners, including 200 children" (detained)."""
    for n in range(1, len(found)):
        item, whole = found[n], found[n - 1]
        if item.cue is not None or limits[whole.start] != limits[item.start] or not included(doc, whole, item, lex):
            continue
        if _people(doc, item, lex) and whole.category in lex.people_categories:
            item.category = whole.category


def included(doc: Tokens | Doc, whole: Found, part: Found, lex: Lexicon) -> bool:
    """True when only a comma (or an opening parenthesis) and a word of inclusion ("including", "among them") stand
    between two figures, or a few words of the whole's own clause before them ("40 people were killed, including 12
    children", "detained 34 people on Sunday, including four women", "12 people (including three children)")."""
    between: list[str] = []
    for t in doc[whole.end : part.start]:
        if t.text not in (",", "("):
            between.append(t.lower_)
            if len(between) > _INCLUSION_REACH + 2:
                return False  # "including" would stand too far from the whole (read no further: the gap may be long)
    if 0 < len(between) <= 2 and between[0] in lex.inclusion:
        return True
    cut = next((n for n in (len(between) - 1, len(between) - 2) if n > 0 and between[n] in lex.inclusion), None)
    if cut is None or cut > _INCLUSION_REACH or " ".join(between[cut - 1 :]) in lex.member_links:
        return False  # "four Latvians were among 30 people killed": the first figure is the part
    return all(w.isalpha() and w not in lex.clause_breaks for w in between[:cut])

def _elliptical(doc: Tokens, found: list[Found], limits: list[int], lex: Lexicon) -> None:
    """A bare figure compared with the quantity before it in its sentence counts the same thing: "two million
    refugees, down from a peak of 3.5 million", "5,000 troops, up from 3,000"; so does one of "more" of it
    ("freed 12 hostages on Monday and 10 more on Tuesday")."""
    for n in range(1, len(found)):
        item, earlier = found[n], found[n - 1]
        if earlier.unit is None or limits[earlier.start] != limits[item.start]:
            continue
        if item.start - earlier.end > _ELLIPSIS_GAP or (item.unit is not None and not others(doc, item, lex)):
            continue
        if item.unit is not None:  # "killed 12 Hamas fighters and wounded 30 others": others of the same
            if _joined_clause(doc, earlier, item, lex):
                item.unit, item.elides = earlier.unit, n - 1
        elif _compared(doc, earlier, item, lex):
            item.unit, item.category, item.elides = earlier.unit, earlier.category, n - 1
        elif _more_of(doc, item, lex) or _joined_clause(doc, earlier, item, lex):
            # "killed 40 Afghan soldiers and wounded dozens more": more of the same, what befell them its own
            category = item.category if item.cue is not None else earlier.category
            item.unit, item.category, item.elides = earlier.unit, category, n - 1


def _raised(doc: Tokens, found: list[Found], limits: list[int], lex: Lexicon) -> None:
    """A bare figure a verb of what befalls people governs, followed by "and", a second such verb and a count of
    people, leaves out that count's noun: "killed 12 and wounded 30 Afghan soldiers" (12 Afghan soldiers killed);
    what befell it stays its own. Not a count of "others" ("killed 12 and wounded 30 others")."""
    for n in range(len(found) - 1):
        item, later = found[n], found[n + 1]
        if item.unit is not None or item.cue is None or later.unit is None or limits[item.start] != limits[later.start]:
            continue
        k = item.end
        if later.start != k + 2 or doc[k].lower_ not in lex.ellipsis_joiners or doc[k + 1].lower_ not in lex.verbs:
            continue
        counted = later.unit in lex.people or lex.categories.get(later.unit) in lex.people_categories
        if (counted or _people(doc, later, lex)) and not others(doc, later, lex):
            item.unit, item.elides = later.unit, n + 1


def _opening_parts(doc: Tokens, found: list[Found], limits: list[int]) -> None:
    """A bare figure straight after the comma that closes an opening "Of the <whole> …," is a part of that whole and
    counts what it counts: "Of the 300 people detained, 40 were Pakistani nationals" (what befell the part, if its
    own verb says, stays its own: "Of the 30 hostages, 12 were freed")."""
    for n in range(1, len(found)):
        whole, item = found[n - 1], found[n]
        if item.unit is not None or whole.unit is None or limits[whole.start] != limits[item.start]:
            continue
        k = whole.start - 1
        while k > 0 and doc[k].lower_ in _BARE_DETERMINERS:
            k -= 1
        opens = k >= 0 and doc[k].lower_ == "of" and (k == 0 or doc[k].is_sent_start)
        commas = [j for j in range(whole.end, item.start) if doc[j].text == ","]
        if opens and commas == [item.start - 1]:
            item.unit, item.elides = whole.unit, n - 1
            item.category = item.category if item.cue is not None else whole.category


def _compared(doc: Tokens, earlier: Found, item: Found, lex: Lexicon) -> bool:
    """True when a word of comparison stands between two figures with no clause of its own after it ("two million
    refugees, down from 3.5 million"; not "two soldiers from Chad were killed and three wounded")."""
    words = [t.lower_ for t in doc[earlier.end : item.start]]
    cue = next((n for n in range(len(words) - 1, -1, -1) if words[n] in lex.ellipsis_cues), None)
    if cue is None:
        return False
    return not any(w in lex.ellipsis_joiners or w in lex.verbs for w in words[cue + 1 :])


def others(doc: Tokens | Doc, item: Found, lex: Lexicon) -> bool:
    """True for a count of "others" with no noun of its own ("wounded 30 others")."""
    return item.head is not None and doc[item.head].lower_ in lex.others


def _more_of(doc: Tokens, item: Found, lex: Lexicon) -> bool:
    """True for a bare figure of "more" ("wounded dozens more")."""
    return item.end < len(doc) and doc[item.end].lower_ in lex.ellipsis_after


_ING = 4  # a word longer than this ending in "-ing" is a verb's "-ing" form ("landing", not "king", "sing")


def _joined_clause(doc: Tokens, earlier: Found, item: Found, lex: Lexicon) -> bool:
    """True for a bare figure after "and" that opens a clause of its own, after a count of people or weapons: "five
    soldiers were killed and seven were wounded", "900 troops in Syria and 2,500 in Iraq"; or that is the object of
    a verb of what befalls people after "and": "killed nine soldiers and wounded 14"."""
    if earlier.category not in lex.ellipsis_categories or item.start < 1 or item.end >= len(doc):
        return False
    before, after = doc[item.start - 1].lower_, doc[item.end]
    if item.start >= 2 and before in lex.verbs and doc[item.start - 2].lower_ in lex.ellipsis_joiners:
        return earlier.category in lex.people_categories  # "killed nine soldiers and wounded 14"
    if before in lex.absolute_joiners:  # "fired four missiles, with three landing near Japan"
        return after.is_alpha and after.text.islower() and len(after.text) > _ING and after.lower_.endswith("ing")
    if before in lex.ellipsis_joiners and item.number_end < len(doc) and doc[item.number_end].lower_ in lex.verbs:
        return earlier.category in lex.people_categories  # "12 of its soldiers were killed and 20 wounded"
    return before in lex.ellipsis_joiners and after.lower_ in lex.ellipsis_clause_after


def _coordinated(doc: Tokens, found: list[Found], limits: list[int], lex: Lexicon) -> None:
    """A count of people joined by "and", "plus" or a comma to one a verb before it governs shares that verb: "killed
    27 students and five teachers", "arrested 12 men, three women and a boy"; so do coordinated subjects of a verb
    after the last: "12 soldiers and 30 civilians were killed"."""
    for n in range(1, len(found)):
        item, earlier = found[n], found[n - 1]
        if not earlier.governed or item.cue is not None or not _joined(doc, earlier, item, limits, lex):
            continue
        if _people(doc, item, lex):
            item.category, item.cue, item.governed = earlier.category, earlier.cue, True
    for n in range(len(found) - 2, -1, -1):
        item, later = found[n], found[n + 1]
        if not later.told or later.head is None or item.cue is not None or not _joined(doc, item, later, limits, lex):
            continue  # "twelve people and 70 wounded": a bare "70 wounded" is a count of its own
        if _opens_clause(doc, item.start, lex) and _people(doc, item, lex):
            item.category, item.cue, item.told = later.category, later.cue, True


def _joined(doc: Tokens, first: Found, second: Found, limits: list[int], lex: Lexicon) -> bool:
    """True when only one or two joining words ("and", ",", "plus") stand between two figures of one sentence."""
    if limits[first.start] != limits[second.start]:
        return False
    between = [t.lower_ for t in doc[first.end : second.start]]
    return 0 < len(between) <= 2 and all(w in lex.coordinators for w in between)


def _people(doc: Tokens, item: Found, lex: Lexicon) -> bool:
    return item.category in lex.overridable or item.unit in lex.people or _demonym(doc, item.head, item.unit, lex)


def _opens_clause(doc: Tokens, start: int, lex: Lexicon) -> bool:
    """True when a figure may be its clause's subject: first in its sentence or after a word that opens a clause
    ("he commands 5,000 troops and 12 people were killed": the troops are an object, not a subject)."""
    return start == 0 or doc[start].is_sent_start or doc[start - 1].lower_ in lex.subject_openers


def _demonym(doc: Tokens, head: int | None, unit: str | None, lex: Lexicon) -> bool:
    """A capitalised counted noun ("14 Nepalis"): a nationality, so people; not a thing the lexicon counts as
    such ("6GB", "40 Kalashnikovs", "3 Humvees": a verb of custody or killing does not make them people)."""
    if head is None or not doc[head].text[:1].isupper():
        return False
    own = lex.categories.get(unit or "")
    return own is None or own in lex.people_categories


def _find(doc: Tokens, candidates: list[int], blocked: bytearray, limits: list[int], lex: Lexicon) -> list[Found]:
    """Try each candidate start token that is not blocked nor inside a quantity already found."""
    found: list[Found] = []
    resume = 0
    for i in candidates:
        if i < resume or blocked[i]:
            continue
        hit = _at(doc, i, blocked, limits[i], lex)
        if hit is None:
            resume = i + 1
        elif isinstance(hit, int):
            resume = max(hit, i + 1)  # a figure that turned out not to count anything: skip all of it
        else:
            found.append(hit)
            resume = hit.end
    return found


@cache
def _triggers(lex: Lexicon) -> frozenset[str]:
    """Words a quantity can start with; other tokens start one only when they begin with a digit or sign."""
    words = set(lex.phrase_firsts) | lex.between | set(lex.currencies) | set(lex.numbers) | set(lex.scales)
    return frozenset(words | _INDEFINITE | {"half"})


def _sentence_ends(doc: Doc) -> list[int]:
    """For each token, the index where its sentence ends (array operations, not a walk over the tokens)."""
    n = len(doc)
    if n == 0:
        return []
    starts = np.flatnonzero(doc.to_array("SENT_START") == 1)
    starts = starts[starts > 0]
    # The end of token i's sentence is the first sentence start after i (or the Doc's end).
    bounds = np.append(starts, n)
    ends: list[int] = bounds[np.searchsorted(starts, np.arange(n), side="right")].tolist()
    return ends


def phrase(doc: Tokens, i: int, table: Container[tuple[str, ...]], lex: Lexicon) -> int:
    """The end of the longest entry of `table` starting at token `i`, or `i` when none does."""
    n = len(doc)
    if i >= n:
        return i
    lengths = lex.phrase_lengths.get(doc[i].lower_, ())  # only the lengths some entry has
    if not lengths:
        return i
    # Most tries fail on the second word ("in the", "a new"): test the first two words before the whole key.
    paired = i + 1 < n and (doc[i].lower_, doc[i + 1].lower_) in lex.phrase_pairs
    for length in lengths:
        if i + length <= n and (paired or length == 1) and _key(doc, i, i + length) in table:
            return i + length
    return i


def _at(doc: Tokens, i: int, blocked: bytearray, limit: int, lex: Lexicon) -> Found | int | None:
    """The quantity starting at token `i`; None when there is none, or the token to resume at when a figure
    was read but is not a count ("between 60 and 90 days")."""
    qualifier_end = phrase(doc, i, lex.qualifiers, lex)
    if i > 0 and (doc[i - 1].lower_, doc[i].lower_) in lex.clause.phrasal_verbs:
        qualifier_end = i  # "handed over 20 fishermen": the verb's particle, no qualifier
    between = qualifier_end == i and doc[i].lower_ in lex.between
    j = i + 1 if between else qualifier_end
    amount = _amount(doc, j, between, lex)
    if amount is None:
        number = read_number(doc, j, lex) if j < len(doc) else None
        return None if number is None else _past_pair(doc, number.end, lex)  # a score or tally: skip both
    if any(blocked[amount.start : amount.end]):
        return None
    if amount.number is not None and not_a_count(doc, amount.number, i, lex):
        return _past_pair(doc, amount.end, lex)
    if qualifier_end > i:
        _qualify(amount, lex.qualifiers[_key(doc, i, qualifier_end)])
    start = i if (qualifier_end > i or (between and amount.low is not None)) else j
    if _anaphoric(doc, start, amount, lex):
        return None
    complete = _complete(doc, start, amount, limit, lex)
    return complete if complete is not None else amount.end


def _past_pair(doc: Tokens, k: int, lex: Lexicon) -> int:
    """Past the second number of a rejected pair ("ages 18 to 35", "Caption 3 of 30")."""
    connector = doc[k].lower_ if k < len(doc) else ""
    if k + 1 < len(doc) and (connector in lex.range_words or connector in lex.between_and or connector == "of"):
        second = read_number(doc, k + 1, lex)
        if second is not None:
            return second.end
    return k


def _key(doc: Tokens, i: int, j: int) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[i:j])


def _amount(doc: Tokens, j: int, between: bool, lex: Lexicon) -> _Amount | None:
    """A vague amount ("dozens", "several hundred") or a number, perhaps a range ("2,000-2,500")."""
    if j >= len(doc):
        return None
    vague_end = phrase(doc, j, lex.vague, lex)
    if vague_end > j:
        low, high = lex.vague[_key(doc, j, vague_end)]
        factor, vague_end = _of_scale(doc, vague_end, lex)
        return _Amount(j, vague_end, None, low * factor, high * factor if high else None, approximate=True)
    number = read_number(doc, j, lex)
    if number is None:
        return None
    return _range(doc, number, between, lex)


def _of_scale(doc: Tokens, k: int, lex: Lexicon) -> tuple[float, int]:
    """ "hundreds of billions (of dollars)": the scale after "of" multiplies the vague amount."""
    if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_.rstrip("s") in lex.scales:
        return lex.scales[doc[k + 1].lower_.rstrip("s")], k + 2
    return 1.0, k


def _range(doc: Tokens, number: Number, between: bool, lex: Lexicon) -> _Amount | None:
    single = _Amount(number.start, number.end, number.value, number=number)
    k = number.end
    if k + 1 >= len(doc):
        return single
    connector = doc[k].lower_
    if connector not in (lex.between_and if between else lex.range_words):
        return single
    second = read_number(doc, k + 1, lex)
    if second is None or second.currency not in (None, number.currency):
        return single
    if connector == "to" and number.start > 0 and doc[number.start - 1].lower_ in lex.two_figures:
        return single  # "rose from 2,000 to 2,500": two figures
    low = number.value * (second.multiplier if number.multiplier == 1.0 else 1.0)
    if low >= second.value:
        return None if connector in lex.tallies else single  # "3-1" is a score, "eight to one" a vote
    number.currency = number.currency or second.currency
    return _Amount(number.start, second.end, None, low, second.value, number=number)


def _qualify(amount: _Amount, qualifier: Qualifier) -> None:
    amount.approximate = amount.approximate or qualifier.approximate
    if amount.value is None:
        return
    if qualifier.bound == "low":
        amount.low, amount.value = amount.value, None
    elif qualifier.bound == "high":
        amount.high, amount.value = amount.value, None


def _anaphoric(doc: Tokens, start: int, amount: _Amount, lex: Lexicon) -> bool:
    """ "the two countries", "both sides": a small spelled-out number after a determiner points back."""
    number = amount.number
    if number is None or not number.spelled or number.scaled or amount.value is None or amount.value >= 10:
        return False
    return start > 0 and doc[start - 1].lower_ in lex.anaphoric


def _complete(doc: Tokens, start: int, amount: _Amount, limit: int, lex: Lexicon) -> Found | None:
    """Add what follows the figure: trailing qualifier, percent sign, unit measure, counted noun, verb."""
    limit = min(limit, amount.end + _WINDOW)
    end = amount.end
    trailing_end = phrase(doc, end, lex.trailing, lex)
    if trailing_end > end:
        _qualify(amount, lex.trailing[_key(doc, end, trailing_end)])
        end = trailing_end
    found = Found(start, end, amount.value, amount.low, amount.high, amount.approximate, number_end=end)
    currency = amount.number.currency if amount.number else None
    if currency is None and end < len(doc) and not doc[end - 1].whitespace_ and len(doc[end].text) == 1:
        currency = lex.currencies.get(doc[end].text)  # "15€"
        end = found.end = end + (currency is not None)
    if currency is not None:
        found.unit, found.category = currency, "money"
        return found
    percent_end = phrase(doc, end, lex.percent, lex)
    if percent_end > end:
        found.unit, found.end = "percent", percent_end
        return found
    return _counted(doc, found, amount, limit, lex)


def _counted(doc: Tokens, found: Found, amount: _Amount, limit: int, lex: Lexicon) -> Found | None:
    end = found.end
    if end + 1 < limit and doc[end].text in _DASHES and not doc[end - 1].whitespace_ and is_word(doc[end + 1], lex):
        return _measure(doc, found, end + 1, limit, lex)
    one = amount.value == 1.0 and amount.number is not None and not amount.number.scaled
    phrase_ = counted(doc, end, limit, lex, singular=one)
    return _noun(doc, found, amount, phrase_, limit, lex)


def _measure(doc: Tokens, found: Found, k: int, limit: int, lex: Lexicon) -> Found | None:
    """ "a 40-mile drive" (a distance), "a 5,000-strong force" (a count of what follows); "12-year-old" is not."""
    word = lemma(doc[k].text, lex)
    if word == "strong":
        phrase_ = counted(doc, k + 1, limit, lex, singular=True)
        return _noun(doc, found, None, phrase_, limit, lex)
    if lex.categories.get(word) != "distance":
        return None
    found.unit, found.category, found.end = word, "distance", k + 1
    return found


def _noun(
    doc: Tokens, found: Found, amount: _Amount | None, phrase_: Counted, limit: int, lex: Lexicon
) -> Found | None:
    if phrase_.head is None:
        phrase_.head = _numbered(doc, found.start, lex)  # "Kenyan police, numbering about 400"
    unit = lemma(doc[phrase_.head].text, lex) if phrase_.head is not None else None
    if unit is not None and (unit in lex.time_units or doc[phrase_.head or 0].lower_ in lex.time_units):
        return None  # "three days", "two years": durations belong to the time component
    if phrase_.head is None and found.end < limit and lemma(doc[found.end].text, lex) in lex.time_units:
        return None  # "a two hour stoppage", "an eleven year partnership"
    category = _category(doc, phrase_.head, unit, lex)
    if unit in lex.measure_heads:
        category = _measured(doc, phrase_.end, limit, lex) or category
    if unit is None:
        category = _collective(doc, found.start, lex) or category
    found.end = max(found.end, phrase_.end)
    group = group_of(doc, found.end, limit, lex) if phrase_.head is None else None  # "Two of the dead were …"
    counted = phrase_.head is not None
    after = None if noun_of_before(doc, found.start, lex) else group or _told_after(doc, found.end, limit, lex, counted)
    cue = phrase_.cue or after  # "the bodies of three hostages held by Hamas": the noun before tells, not "held"
    before = verb_before(doc, found.start, 0, lex) if cue is None else None
    if cue is None and before is None and category in lex.loss_categories and lost_before(doc, found.start, 0, lex):
        before = lex.loss_category  # "Russia lost 200 soldiers"
    if cue is None and before is None and injured_after(doc, found.end, limit, lex):
        cue = lex.injury_category  # "34 soldiers suffered brain injuries"
    if before is not None and category in lex.hosted_categories and _held_by_verb(doc, found.start, lex):
        before = None  # "Jordan holds 600,000 refugees": hosted, not detained
    cue = found.cue = cue or before
    people = unit in lex.people or _demonym(doc, phrase_.head, unit, lex)  # "14 Nepalis were killed"
    if cue is not None and (category in lex.overridable or unit is None or people):
        category, found.governed, found.told = cue, before is not None, before is None
    said = before is not None or after is not None or (cue is not None and (phrase_.cue is None or unit is None))
    one_of = amount is not None and amount.end < len(doc) and doc[amount.end].lower_ == "of"  # "one of its boats"
    counts = said or not (one_of or category in lex.people_categories)
    weak = amount is not None and _weak(amount, unit, category, counts)
    if weak and amount is not None and not _of_pronoun(doc, found.end, amount, limit, lex):
        return None
    if unit is None and cue is None and (_determined(doc, found, amount) or _quoted(doc, found)):
        return None
    if unit is None and _partitive_whole(doc, found, amount, lex):
        return None  # "Four of the 12 were freed": the 12 points back, and the verb is the part's
    if unit is None and _ages_of(doc, found.start, lex):
        return None
    if unit in lex.sources and _attribution(doc, found.start, found.end, lex):
        return None
    found.unit, found.category, found.head = unit, category, phrase_.head
    return found


def _held_by_verb(doc: Tokens, start: int, lex: Lexicon) -> bool:
    """True when the nearest verb of what befalls people before the figure, within four words, is one of holding."""
    for k in range(start - 1, max(start - 5, -1), -1):
        if doc[k].lower_ in lex.verbs:
            return doc[k].lower_ in lex.holding_verbs
    return False


def _category(doc: Tokens, head: int | None, unit: str | None, lex: Lexicon) -> str:
    """The unit's category, or that of a two-word compound the lexicon knows ("service member", "drone strike")."""
    if head is not None and unit is not None and head > 0:
        coordinated = head > 1 and doc[head - 2].lower_ in lex.joiners  # "rocket and drone strikes"
        before = head - 2 if doc[head - 1].text in _DASHES and head > 1 else head - 1  # "asylum-seekers"
        compound = lex.categories.get(f"{doc[before].lower_} {unit}")
        if compound is not None and not coordinated:
            return compound
    return lex.categories.get(unit or "", "other")


def _measured(doc: Tokens, k: int, limit: int, lex: Lexicon) -> str | None:
    """ "three rounds of sanctions", "two waves of drones": a noun of a batch counts what its "of" phrase names
    ("other" when that is no unit the lexicon knows), None when no "of" phrase with a noun follows ("40 rounds",
    "2,000 rounds of 5.45-mm ammunition": the batch keeps its own category)."""
    if k >= limit or doc[k].lower_ != "of":
        return None
    inner = counted(doc, k, limit, lex, singular=True)
    if inner.head is None:
        return None
    return _category(doc, inner.head, lemma(doc[inner.head].text, lex), lex)  # "rounds of tear gas"


def _numbered(doc: Tokens, start: int, lex: Lexicon) -> int | None:
    """The noun a figure after "numbering" or "totalling" counts, before that word and perhaps a comma: "Kenyan
    police, numbering about 400", "a force totalling 5,000" (a noun with a category of its own)."""
    k = start - 1
    if k < 1 or doc[k].lower_ not in lex.numbering:
        return None
    k -= 1 if doc[k - 1].text != "," else 2
    if k < 0 or not is_word(doc[k], lex):
        return None
    return k if lemma(doc[k].text, lex) in lex.categories else None


def _collective(doc: Tokens, start: int, lex: Lexicon) -> str | None:
    """ "an army of 200,000", "a force of 5,000": the category of the group noun before "of"."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in lex.collective:
        return None
    return lex.categories.get(lemma(doc[start - 2].text, lex))


def _attribution(doc: Tokens, start: int, end: int, lex: Lexicon) -> bool:
    """ "two U.S. officials said", "according to three diplomats": the figure counts a quote's sources."""
    after = doc[end].lower_ if end < len(doc) else ""
    if after in lex.speech or (after in lex.verb_gap and end + 1 < len(doc) and doc[end + 1].lower_ in lex.speech):
        return True
    return start >= 2 and doc[start - 2].lower_ == "according" and doc[start - 1].lower_ == "to"


def _determined(doc: Tokens, found: Found, amount: _Amount | None) -> bool:
    """A bare number after a determiner ("the 787", "its 777") names a model or points back; it counts nothing;
    so does a bare hyphenated pair ("a 7-11 store")."""
    if amount is None or amount.number is None or amount.number.scaled or found.start != amount.start:
        return False
    if amount.low is not None and amount.high is not None and amount.value is None:
        k = amount.number.end
        return doc[k].text in _DASHES and not doc[k - 1].whitespace_ and not doc[k].whitespace_
    return found.start > 0 and doc[found.start - 1].lower_ in _BARE_DETERMINERS


def _partitive_whole(doc: Tokens, found: Found, amount: _Amount | None, lex: Lexicon) -> bool:
    """A bare number after "<number> of the" is the whole a part is taken from ("Four of the 12 were freed"), a figure
    given before: no count of its own."""
    if amount is None or amount.number is None or found.start != amount.start or found.start < 3:
        return False
    part, of, the = doc[found.start - 3], doc[found.start - 2], doc[found.start - 1]
    return the.lower_ in _BARE_DETERMINERS and of.lower_ == "of" and (part.like_num or part.lower_ in lex.numbers)


def _ages_of(doc: Tokens, start: int, lex: Lexicon) -> bool:
    """A bare bound or range opened by "between", "under" … right after a plural noun of people or "those": their
    ages ("women between 20 and 35", "those under 19"), no count."""
    if start < 1 or doc[start].lower_ not in lex.age_bounds:
        return False
    before = doc[start - 1]
    if before.lower_ in lex.age_holders:
        return True
    return before.is_alpha and looks_plural(before, lex) and lemma(before.text, lex) in lex.people


def _quoted(doc: Tokens, found: Found) -> bool:
    """A bare number alone in quotation marks ("19" for the year) is a word being talked about, not a count; alone in
    parentheses or brackets it is a tie-break, a shirt number, a footnote or an age ("7-6 (5)", "Drew Hale (5)",
    "[2]"), not a count either."""
    if found.start == 0 or found.end >= len(doc):
        return False
    opening, closing = doc[found.start - 1].text, doc[found.end].text
    if opening in _QUOTES and closing in _QUOTES:
        return True
    first, last = _bare_list(doc, found.start - 1, -1), _bare_list(doc, found.end, 1)
    return first is not None and last is not None and _BRACKETS.get(doc[first].text) == doc[last].text


def _bare_list(doc: Tokens, k: int, step: int) -> int | None:
    """From k, past numbers and commas only ("(10, 11)", "(27, 28, 29)"), the bracket ending them, or None."""
    while 0 <= k < len(doc) and (doc[k].text == "," or doc[k].text.isdigit()):
        k += step
    inside = 0 <= k < len(doc) and (doc[k].text in _BRACKETS or doc[k].text in _BRACKETS.values())
    return k if inside else None


def _told_after(doc: Tokens, k: int, limit: int, lex: Lexicon, counted: bool) -> str | None:
    """What a verb after the counted phrase, or a noun of custody right after it, says befell the people: "12 people
    were killed", "took 240 people hostage", "dozens more were injured". A figure with a counted noun (`counted`) is
    no part of the people in an "of those" after it ("30 relatives of those who were kidnapped")."""
    if k < limit and doc[k].lower_ in lex.custody_complements:
        return lex.custody_category
    others = counted and k + 1 < limit and doc[k + 1].lower_ in lex.relative_heads
    k = k if others else _past_of_pronoun(doc, k, limit, lex)
    return verb_after(doc, k + 1 if k < limit and doc[k].lower_ in lex.ellipsis_after else k, limit, lex)


def _past_of_pronoun(doc: Tokens, k: int, limit: int, lex: Lexicon) -> int:
    """Where the verb of a figure may follow: past "of them" or "of whom" ("dozens of them were injured")."""
    if k + 1 < limit and doc[k].lower_ == "of" and doc[k + 1].lower_ in lex.partitive_pronouns:
        return k + 2
    return k


def _of_pronoun(doc: Tokens, k: int, amount: _Amount, limit: int, lex: Lexicon) -> bool:
    """ "several hundred of them", "dozens of whom": a large vague amount of a group named before is a figure of its
    own ("several of them" is not)."""
    if amount.number is not None or amount.low is None or amount.low < lex.partitive_least:
        return False
    return k + 1 < limit and doc[k].lower_ == "of" and doc[k + 1].lower_ in lex.partitive_pronouns


def _weak(amount: _Amount, unit: str | None, category: str, counts: bool) -> bool:
    """Figures too vague to report alone: "one" or "several" that count nothing we know; "one" as "a single" one
    unless it `counts` (a verb tells what befell that one, or it is one thing counted): "one of the wounded
    demonstrators", "one officer has seen it", "one of its gunboats" are no counts; "one soldier was killed", "fired
    one missile" are."""
    number = amount.number
    if number is None:
        return unit is None and category == "other"
    if number.spelled and not number.scaled and number.value == 1.0:
        return category == "other" or not counts
    return False
