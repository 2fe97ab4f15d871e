"""What is not a quantity: dates, clock times, years, day numbers, labels ("page 12", "Boeing 737"), phone
numbers, ages in an attribution ("John Smith, 45,"), scores, and anything the time component has claimed."""

from __future__ import annotations

import re

import numpy as np
from spacy.tokens import Doc, Token

from sitrep.components.quantities.lexicon import Lexicon
from sitrep.components.quantities.nouns import is_word, lemma, looks_plural
from sitrep.components.quantities.numbers import Number
from sitrep.components.quantities.tokens import Tokens

_YEAR = re.compile(r"^\d{4}$")
_PHONE_GROUP = re.compile(r"^\d{3,4}$")
_LEADING_ZERO = re.compile(r"^0\d")
_HYPHENS = frozenset({"-", "–", "—", "/", "."})
_APPOSITION_CLOSERS = frozenset({",", "–", "—"})  # marks that close an age set off after a name


def blocked_tokens(doc: Doc, times_key: str, lex: Lexicon) -> bytearray:
    """1 for every token inside a time span or a section whose numbers are never facts (dateline, credit…)."""
    blocked = bytearray(len(doc))
    if times_key in doc.spans:
        for span in doc.spans[times_key]:
            blocked[span.start : span.end] = b"\x01" * (span.end - span.start)
    sections = [s for s in (doc._.sections or ()) if s.kind in lex.skip_sections]
    if sections and len(doc):
        # Each token against the last skipped section that starts at or before it, for all tokens at once.
        idx = doc.to_array("IDX").astype(np.int64)
        at = np.searchsorted(np.array([s.start for s in sections], dtype=np.int64), idx, side="right") - 1
        ends = np.array([s.end for s in sections], dtype=np.int64)
        inside = (at >= 0) & (idx < ends[np.maximum(at, 0)])
        for i in np.flatnonzero(inside).tolist():
            blocked[i] = 1
    return blocked


def not_a_count(doc: Tokens, number: Number, start: int, lex: Lexicon) -> bool:
    """True when the number at `number.start..end` (its phrase starting at `start`) is a date, time, label…"""
    if number.currency is not None:
        return False
    if _is_clock(doc, number, lex) or _is_date(doc, number, lex) or _is_phone(doc, number):
        return True
    if _after_dash(doc, number.start) or _list_marker(doc, number):
        return True
    if _is_year(doc, number, start, lex):
        return True
    if start != number.start:
        return False
    if _is_label(doc, number, lex) or _is_age(doc, number, lex) or _is_bare_age(doc, number, lex):
        return True
    if _is_pronoun_one(doc, number, lex):
        return True
    if _is_name_of(doc, number, lex) or _is_superlative(doc, number, lex) or _is_generic(doc, number, lex):
        return True
    return _is_rank(doc, number, lex) or _is_address(doc, number, lex)


def _is_pronoun_one(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """ "one" after "no", "every" or "any": a pronoun ("No one held her back"), no count of one."""
    i = number.start
    one = number.spelled and not number.scaled and number.value == 1.0 and number.end == i + 1
    return one and i >= 1 and doc[i - 1].lower_ in lex.one_pronouns


def _is_bare_age(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """An age said of a person: "He was 34." or "she is 16 and …", "as old as 32"."""
    i, j = number.start, number.end
    if number.scaled or i < 2 or number.value >= 120:
        return False
    if doc[i - 1].lower_ == "as" and doc[i - 2].lower_ in lex.age_adjectives:
        return True
    closes = j >= len(doc) or doc[j].is_punct or doc[j].lower_ in ("and", "when")
    return closes and doc[i - 1].lower_ in lex.age_verbs and doc[i - 2].lower_ in lex.age_subjects


def _is_name_of(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """A number closing a name with "of" inside a sentence: "the Group of 20 summit", "the Group of Seven"."""
    i = number.start
    if i < 2 or doc[i - 1].text != "of" or doc[i - 2].is_sent_start:
        return False
    name, low = doc[i - 2].text, doc[i - 2].lower_
    if low in lex.months or low in lex.weekdays:
        return False  # "the testimony Tuesday of four officials"
    return name.isalpha() and name[:1].isupper() and not name.isupper() and doc[i - 3].lower_ != "of"


def _is_generic(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """ "rather than the usual five", "the normal 12": what is usual, not what happened."""
    i = number.start
    return i >= 2 and doc[i - 1].lower_ in lex.generic and doc[i - 2].lower_ == "the"


def _is_superlative(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """ "one of the deadliest attacks", "two of the worst": a place among the first of a kind, not a count."""
    j = number.end
    if j + 2 >= len(doc) or doc[j].lower_ != "of" or doc[j + 1].lower_ not in ("the", "its", "their"):
        return False
    return doc[j + 2].lower_ in lex.superlatives


def _is_address(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """A house number: digits before a street's capitalised name and a street word ("10 Downing Street", "40 Elm
    Ave."), or before a compass letter ("780 E. Main")."""
    if number.spelled or number.scaled or number.end >= len(doc):
        return False
    if doc[number.end].lower_ in lex.compass and doc[number.end].text[:1].isupper():
        return True
    for k in range(number.end, min(number.end + 4, len(doc) - 1)):
        if not (doc[k].is_alpha and doc[k].text[:1].isupper()):
            return False
        if doc[k + 1].lower_ in lex.street_words and doc[k + 1].text[:1].isupper():
            return True
    return False


def _is_rank(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """ "the last eight of the cup", "in the top three.": a place in a ranking, not a count."""
    if number.start == 0 or doc[number.start - 1].lower_ not in lex.ranks:
        return False
    nxt = doc[number.end] if number.end < len(doc) else None
    return nxt is None or nxt.lower_ == "of" or nxt.is_punct


def _after_dash(doc: Tokens, i: int) -> bool:
    """The second half of "3-1" or "2013-14", which the range reader already turned down."""
    if i < 2 or doc[i - 1].text not in _HYPHENS or doc[i - 2].whitespace_ or doc[i - 1].whitespace_:
        return False
    return doc[i - 2].text[-1:].isdigit()


def _list_marker(doc: Tokens, number: Number) -> bool:
    """ "2) The terrorists…" or "3. Next point": a list item's number at the start of a line or sentence."""
    i, j = number.start, number.end
    if j >= len(doc) or doc[j].text not in (")", ".") or number.spelled:
        return False
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text_with_ws or doc[i - 1].text in (".", ":")


def _is_clock(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    return number.end < len(doc) and doc[number.end].lower_ in lex.clock


def _is_date(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """A day number next to a month ("May 28", "28 May"), the second day of a pair after one ("on May 5 and 6"), or a
    year after one ("May 28, 2024")."""
    if number.spelled or number.scaled:
        return False
    before = doc[number.start - 1].lower_ if number.start else ""
    after = doc[number.end].lower_ if number.end < len(doc) else ""
    if before in lex.months or after in lex.months or (after == "of" and _month_at(doc, number.end + 1, lex)):
        return True
    if before in ("and", "to", "-", "–") and number.start >= 3 and _month_at(doc, number.start - 3, lex):
        return doc[number.start - 2].text.isdigit() and int(number.value) <= 31  # "between Feb 8 and 25"
    return before == "," and number.start >= 3 and doc[number.start - 3].lower_ in lex.months


def _month_at(doc: Tokens, i: int, lex: Lexicon) -> bool:
    return i < len(doc) and doc[i].lower_ in lex.months


def _is_year(doc: Tokens, number: Number, start: int, lex: Lexicon) -> bool:
    """A bare four-digit number from 1000 to 2100, unless it plainly counts something ("2000 troops", "1846
    persons")."""
    text = doc[number.start].text
    if number.end - number.start != 1 or not _YEAR.match(text) or not 1000 <= int(text) <= 2100:
        return False
    nxt = doc[number.end] if number.end < len(doc) else None
    counted = nxt is not None and (lemma(nxt.text, lex) in lex.categories or lemma(nxt.text, lex) in lex.people)
    counts = counted and nxt is not None and is_word(nxt, lex) and looks_plural(nxt, lex)
    if not counts:
        return True
    if start != number.start:
        return False
    return start > 0 and doc[start - 1].lower_ in lex.year_cues


def _is_phone(doc: Tokens, number: Number) -> bool:
    """Digit groups joined by hyphens, slashes or dots: "555-0142", "(202) 555-0142", "2024-09-27"."""
    i = number.start
    text = doc[i].text
    if _LEADING_ZERO.match(text):
        return True
    if (i > 0 and doc[i - 1].text.isdigit()) or (number.end < len(doc) and doc[number.end].text.isdigit()):
        return True  # "0207 782 4368": digit groups side by side
    groups, k = 1, i + 1
    while k + 1 < len(doc) and doc[k].text in _HYPHENS and doc[k + 1].text.isdigit() and not doc[k - 1].whitespace_:
        groups, k = groups + 1, k + 2
    k = i - 1
    while k - 1 >= 0 and doc[k].text in _HYPHENS and doc[k - 1].text.isdigit() and not doc[k].whitespace_:
        groups, k = groups + 1, k - 2
    if groups >= 3:
        return True
    if 0 < i < len(doc) - 2 and doc[i - 1].text == "(" and doc[i + 1].text == ")" and len(text) == 3:
        return doc[i + 2].text.isdigit()  # "(202) 555-0187"
    bracketed = i >= 2 and doc[i - 1].text == ")" and _PHONE_GROUP.match(doc[i - 2].text) is not None
    nxt = doc[i + 2].text if i + 2 < len(doc) and doc[i + 1].text == "-" else ""
    return bracketed or (_PHONE_GROUP.match(text) is not None and len(nxt) == 4 and nxt.isdigit() and len(text) == 3)


def _is_label(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """ "page 12", "Resolution 2334", "Boeing 737", "iPhone 4", "S&P 500", "3G": the number names a thing."""
    if number.spelled:
        return _spelled_label(doc, number, lex)
    nxt = doc[number.end] if number.end < len(doc) else None
    if nxt is not None and not doc[number.end - 1].whitespace_ and _glued_letters(nxt.text, lex):
        return True
    if nxt is not None and _slash_name(doc, number.end):
        return True
    if number.start == 0:
        return False
    prev = doc[number.start - 1]
    if prev.lower_ in lex.designators:
        return not _verb_designator(doc, number.start - 1, lex)
    if prev.lower_ in lex.bare_designators:
        return nxt is None or not (is_word(nxt, lex) and lemma(nxt.text, lex) in lex.categories)
    if prev.lower_ == "of" and number.start > 1 and doc[number.start - 2].lower_ in lex.of_designators:
        return True  # "the age of 18"
    low = prev.lower_
    if not any(c.isupper() for c in prev.text) or not any(c.isalpha() for c in prev.text):
        return False
    if low in lex.months or low in lex.weekdays or low in lex.stop or low in lex.qualifiers_first:
        return False
    if _given_to(doc, number.start - 1, lex):
        return False
    return nxt is None or not (is_word(nxt, lex) and lemma(nxt.text, lex) in lex.categories)


def _slash_name(doc: Tokens, k: int) -> bool:
    """True when a slash glued to the digits before `k` joins them to a name ("3/Pine", the corner of Third Avenue
    and Pine Street; not "24/7")."""
    if k + 1 >= len(doc) or doc[k].text != "/" or doc[k - 1].whitespace_ or doc[k].whitespace_:
        return False
    return doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper()


def _verb_designator(doc: Tokens, i: int, lex: Lexicon) -> bool:
    """True when the designator at token i is a verb ("will train 10,000 recruits", "to round up"): not "the train"."""
    return i >= 1 and doc[i - 1].lower_ in lex.designator_verb_cues


def _given_to(doc: Tokens, i: int, lex: Lexicon) -> bool:
    """True when the name ending at token i is the recipient of a verb of giving before it: "give Ukraine 18 tanks",
    "sent the United States 40 drones" (the number after it counts what is given)."""
    k = i
    while k >= 0 and k > i - 5 and doc[k].text[:1].isupper() and doc[k].is_alpha and not doc[k].is_sent_start:
        k -= 1
    if k >= 0 and doc[k].lower_ in ("the",):
        k -= 1
    return k >= 0 and k < i and doc[k].lower_ in lex.recipient_verbs


def _spelled_label(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """ "lane seven", "number three"; or a capitalised number word inside a name: "BBC Two", "the Six Nations"
    (one capitalised neighbour; a title-case headline, "Bomb Kills Six Soldiers", has two)."""
    i = number.start
    if i == 0 or doc[i].is_sent_start:
        return False
    prev = doc[i - 1]
    if prev.lower_ in lex.designators:
        return True
    if not doc[i].text[:1].isupper() or number.end - i != 1:
        return False
    nxt = doc[number.end] if number.end < len(doc) else None
    capitalised = [t is not None and t.is_alpha and t.text[:1].isupper() for t in (prev, nxt)]
    return capitalised[0] != capitalised[1]


def _glued_letters(text: str, lex: Lexicon) -> bool:
    """Letters written onto digits that are not a unit or scale: "3G", "16GB", "737s" is fine (plural)."""
    low = text.lower()
    if not text.isalpha() or low in lex.suffix_scales or low in lex.scales or low in ("s", "th", "st", "nd", "rd"):
        return False
    return lemma(text, lex) not in lex.categories


def _one_person(token: Token, lex: Lexicon) -> bool:
    """True for a singular lower-case noun of a person ("daughter", "farmer"): one person, who has an age."""
    low = token.lower_
    return token.is_alpha and token.text.islower() and low in lex.people and lemma(token.text, lex) == low


def _is_age(doc: Tokens, number: Number, lex: Lexicon) -> bool:
    """An age in apposition: "Sabrina Singh, 45, said" or "a farmer, 60," (one person: "his daughter, 14, was");
    or closing its sentence after a name of two capitalised words ("… lived with his girlfriend, Mary Jones, 62.")."""
    i, j = number.start, number.end
    if number.spelled or number.scaled or i < 2 or j >= len(doc) or number.value >= 120:
        return False
    if doc[i - 1].text == "," and _one_person(doc[i - 2], lex):
        return doc[j].text == ","
    if doc[i - 1].text != "," or not doc[i - 2].text[:1].isupper():
        return False
    if doc[j].text in _APPOSITION_CLOSERS:
        return True  # "Sabrina Singh, 45, said", "Braun, 38 – who manages …"
    return doc[j].text == "." and i >= 3 and doc[i - 3].text[:1].isupper() and doc[i - 3].is_alpha
