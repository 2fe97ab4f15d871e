"""Proper names no list holds: capitalized runs that end in an organization word ("New York Stock Exchange",
"Ministry of Trade"), two-word names that look like people ("Aslan Maskhadov", "S. Waugh"), and the rule that a
place name leading a longer capitalized name ("U.S. Open") is not a place mention on its own."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache, lru_cache, partial

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.components.entities.lexicon import (
    Entry,
    Gazetteer,
    common_words,
    first_keys,
    first_names,
    gazetteer,
    last_names,
    listed_first_names,
    pattern_words,
    patterns,
    titles,
)
from sitrep.components.entities.people import (
    ends_no_person,
    headline_verb,
    name_at,
    name_unit,
    title_at,
    title_cased_headlines,
)
from sitrep.components.entities.scan import Candidate, Tokens
from sitrep.data_files import function_words

RANK_ORG_RUN, RANK_GUESS = 3, 1
_INITIAL = re.compile(r"^[A-Z]\.$")
_TITLE_WORD = re.compile(r"^[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*$")


@cache
def _suffixes() -> tuple[frozenset[str], int, frozenset[str]]:
    words: list[str] = patterns()["organizations"]["suffixes"]
    firsts = frozenset(k for w in words for k in first_keys(w))
    return frozenset(words), max(len(w.split()) for w in words), firsts


def _suffix_end(toks: Tokens, i: int) -> int:
    words, longest, firsts = _suffixes()
    if toks.texts[i] not in firsts:
        return i
    best, surface = i, ""
    for j in range(i, min(toks.n, i + longest)):
        surface += (" " if j > i else "") + toks.texts[j]
        if surface in words:
            best = j + 1
    return best


def organization_runs(toks: Tokens) -> list[Candidate]:
    """ "New York Stock Exchange", "Chicago Board of Trade", "Kurdistan Workers' Party"."""
    found: list[Candidate] = []
    heads: set[tuple[str, ...]] = set()
    i = 1
    for k in toks.where(_suffixes()[2]):
        if k < i:
            continue
        i = k
        end = _suffix_end(toks, i)
        if end == i:
            continue
        begin = _after_credit(toks, _run_start(toks, i), i)
        end = _of_tail(toks, end) if not _seat_after(toks, end) else end
        if _facility_end(toks, i, end) or _unlinked(toks, i, end):
            i = end
            continue  # "Harborview Medical Center", "Sohae Space Center": a place
        if _name_goes_on(toks, end):
            i = end
            continue  # "the Consumer Electronics Show": the name ends later, in no organization word
        if begin < i or end > _suffix_end(toks, i):
            text = toks.span_text(begin, end)
            found.append(Candidate(toks.starts[begin], toks.ends[end - 1], "organization",
                                   f"organization:{text.lower()}", text, rank=RANK_ORG_RUN))  # fmt: skip
            if begin < i and end == _suffix_end(toks, i) and _legal_forms_from(toks, i, end):
                heads.add(tuple(toks.texts[begin:i]))
                if i - begin > 1 and _distinctive(toks.texts[begin]):
                    heads.add((toks.texts[begin],))  # "Barrick" after "Barrick Gold Corp"
        i = end
    found += short_forms(toks, heads, found) + named_after_kind_words(toks) + named_before_kind_words(toks)
    return found + bodies_named_again(toks)


def _after_credit(toks: Tokens, begin: int, i: int) -> int:
    """ "Reuters Japan Self-Defence Forces": a news or photo agency opening a run, a country's or a place's name right
    after it, is a photo credit glued to the caption; the body's name starts after the agency (not in the agency's
    own offices: "Reuters Ottawa Bureau")."""
    gaz = gazetteer()
    if toks.texts[i] in pattern_words("organizations", "credit_offices"):
        return begin
    for j in range(min(i, begin + 4) - 1, begin, -1):  # the longest agency's name first ("Anadolu Agency")
        entry = gaz.lookup(toks.span_text(begin, j))
        if entry is not None and entry.kind == "organization" and entry.detail in _credit_categories():
            after = gaz.lookup(toks.texts[j])
            return j if after is not None and after.kind in ("country", "place") else begin
    return begin


_credit_categories = partial(pattern_words, "organizations", "credit_categories")


def bodies_named_again(toks: Tokens) -> list[Candidate]:
    """ "the Commission said" after "the European Commission": the last word of a body's name, capitalized and alone
    (no capitalized word before it, nor after it but a title: "Commission President"), stands for the body the
    text named in full with it, when it named only one."""
    full: dict[str, set[str]] = {}
    lone: dict[str, list[int]] = {}
    for i in toks.where(_stands_alone()):
        word = toks.texts[i]
        if toks.is_cap(i - 1) and toks.adjacent(i) and toks.ws[i - 1]:
            begin = _run_start(toks, i)
            if begin < i and not (toks.is_cap(i + 1) and toks.adjacent(i + 1)):
                full.setdefault(word, set()).add(toks.span_text(begin, i + 1))
        elif not (toks.is_cap(i + 1) and toks.adjacent(i + 1) and toks.texts[i + 1] not in titles()):
            lone.setdefault(word, []).append(i)
    found: list[Candidate] = []
    for word, names in full.items():
        if len(names) != 1:
            continue
        name = next(iter(names))
        entry = gazetteer().lookup(name)
        if entry is not None and entry.kind in ("country", "place"):
            continue  # "the West Bank": a place, no body
        key = entry.key if entry is not None else f"organization:{name.lower()}"
        for i in lone.get(word, []):
            found.append(Candidate(toks.starts[i], toks.ends[i], "organization", key, name, rank=RANK_GUESS))
    return found


@cache
def _stands_alone() -> frozenset[str]:
    return frozenset(patterns()["organizations"]["stands_alone"])


def _distinctive(word: str) -> bool:
    """A word that alone can stand for a company named with it: no everyday word, first name, place, title or
    organization word ("Barrick", not "First" or "American")."""
    if len(word) < 3 or not _TITLE_WORD.match(word) or word.lower() in _not_plain() or word in _suffixes()[0]:
        return False
    return word not in first_names() and word not in titles() and gazetteer().lookup(word) is None


def _unlinked(toks: Tokens, i: int, end: int) -> bool:
    """A suffix such as "Center" ends the run without a linking word after it ("the National Tennis Centre")."""
    linked = patterns()["organizations"]["linked_suffixes"]
    if end != i + 1 or toks.texts[i] not in linked["words"]:
        return False
    if end + 1 >= toks.n or toks.texts[end] not in linked["links"] or not toks.is_cap(end + 1):
        return True
    return toks.texts[end + 1].lower() in _not_continuing()  # "the Riverside Tennis Centre on Sunday"


def _facility_end(toks: Tokens, i: int, end: int) -> bool:
    """The run ends in a place's facility word of two words ("Medical Center", "Space Centre")."""
    return end == i + 1 and i > 0 and toks.span_text(i - 1, end) in _facility_suffixes()


@cache
def _facility_suffixes() -> frozenset[str]:
    return frozenset(w for w in patterns()["places"]["facility_suffixes"] if " " in w)


def _name_goes_on(toks: Tokens, end: int) -> bool:
    """A capitalized word follows token end-1 on its line, a space apart ("Show", "Operation"): no title, first
    name, date word, word for the body's people ("Commissioner") or acronym; and the name does not end in a word
    of armed bodies, which news follows with a member's name ("... Armed Forces Sangiang, ...")."""
    if end >= toks.n or not toks.ws[end - 1] or not toks.adjacent(end) or not _TITLE_WORD.match(toks.texts[end]):
        return False
    word = toks.texts[end]
    if word in titles() or word in first_names() or word in _after_names() or word in _suffixes()[0]:
        return False
    return word.lower() not in _not_continuing() and toks.texts[end - 1] not in _armed_words()


_armed_words = partial(pattern_words, "organizations", "armed_words")


_after_names = partial(pattern_words, "organizations", "after_names")


def _legal_forms_from(toks: Tokens, i: int, end: int) -> bool:
    """Tokens i..end-1 are all legal-form words ("Inc", "Co Ltd", "Group Plc")."""
    return all(w in _legal_forms() for w in toks.texts[i:end])


_legal_forms = partial(pattern_words, "organizations", "legal_forms")


def short_forms(toks: Tokens, heads: set[tuple[str, ...]], found: list[Candidate]) -> list[Candidate]:
    """ "Gencor" after "Gencor Ltd", "Brush Wellman" after "Brush Wellman Inc": a company's name without its legal
    form, elsewhere in the text and not inside a longer capitalized name, is the same company."""
    taken = {(c.start, c.end) for c in found}
    out: list[Candidate] = []
    for head in heads:
        n = len(head)
        for i in toks.where({head[0]}):
            if tuple(toks.texts[i : i + n]) != head or (toks.starts[i], toks.ends[i + n - 1]) in taken:
                continue
            before = i > 0 and toks.adjacent(i) and toks.ws[i - 1] and toks.is_cap(i - 1)
            after = i + n < toks.n and toks.ws[i + n - 1] and toks.adjacent(i + n) and toks.is_cap(i + n)
            if not (before or after):
                text = toks.span_text(i, i + n)
                out.append(Candidate(toks.starts[i], toks.ends[i + n - 1], "organization",
                                     f"organization:{text.lower()}", text, rank=RANK_ORG_RUN))  # fmt: skip
    return out


def named_after_kind_words(toks: Tokens) -> list[Candidate]:
    """ "the daily Noticias", "news agency Petra", "bus operator Stagecoach Holdings", "Italian side Lazio": a
    lower-case word for a kind of organization, put right before a capitalized name, says what the name names (not
    a title, a first name opening a person's name, a date word, nor a place or country the lists know)."""
    found: list[Candidate] = []
    held = [i for i in toks.where(_HELD_IN) if i > 0 and toks.texts[i - 1].lower() in _holding_words()]
    for i in sorted(toks.where(_kind_words()) + held):
        j = i + 1
        if j >= toks.n or not toks.ws[i] or not toks.adjacent(j) or not _kind_name_opens(toks, j):
            continue
        if toks.texts[i] not in _HELD_IN and _named_before(toks, i):
            continue  # "the Associated Press news agency": the kind word has its name already
        end = _kind_name_end(toks, j)
        if any(toks.texts[k] in first_names() for k in range(j, end - 1)):
            continue  # "company CEO Steve Jobs": a person's name inside
        text = toks.span_text(j, end)
        entry = gazetteer().lookup(text)
        if entry is not None and entry.kind in ("country", "place") and not _firm_named_like_a_town(toks, i, entry):
            continue
        found.append(Candidate(toks.starts[j], toks.ends[end - 1], "organization", f"organization:{text.lower()}",
                               text, rank=RANK_ORG_RUN))  # fmt: skip
        if entry is not None and toks.texts[i] in _media_words():
            found += _written_again(toks, found[-1], j, end)
    return found


def _written_again(toks: Tokens, outlet: Candidate, j: int, end: int) -> list[Candidate]:
    """ "Granma reported" after "the newspaper Granma": the outlet's name written elsewhere, whole and alone (no
    capitalized word beside it), names the outlet too."""
    found: list[Candidate] = []
    size = end - j
    for k in toks.where({toks.texts[j]}):
        stop = k + size
        if k == j or toks.texts[k:stop] != toks.texts[j:end] or (toks.is_cap(k - 1) and toks.adjacent(k)):
            continue
        if stop < toks.n and toks.is_cap(stop) and toks.ws[stop - 1] and toks.adjacent(stop):
            continue
        found.append(Candidate(toks.starts[k], toks.ends[stop - 1], outlet.kind, outlet.key, outlet.name,
                               rank=outlet.rank))  # fmt: skip
    return found


def _firm_named_like_a_town(toks: Tokens, i: int, entry: Entry) -> bool:
    """ "Japanese automaker Toyota": after a word only a firm is called (`patterns.toml` [organizations]
    firm_words), a town's name (a city GeoNames counts, no country nor region) is the firm's; after a word for a
    newspaper (media_words), any place's name is ("the Cuban newspaper Granma")."""
    if entry.kind != "place":
        return False
    return toks.texts[i] in _media_words() or (toks.texts[i] in _firm_words() and entry.population > 0)


_firm_words = partial(pattern_words, "organizations", "firm_words")


_media_words = partial(pattern_words, "organizations", "media_words")


_HELD_IN = frozenset(["in", "of"])


_holding_words = partial(pattern_words, "organizations", "holding_words")


def named_before_kind_words(toks: Tokens) -> list[Candidate]:
    """ "the Morgenpost newspaper said", "Sandor Holdings brokers": a capitalized name right before a lower-case word
    for a kind of organization is that organization (not a place, a country or a demonym, a date word, a person's
    title, nor an everyday word alone)."""
    words, longest = _kind_words_after()
    found: list[Candidate] = []
    for i in toks.where({w.split()[0] for w in words}):
        if not any(toks.span_text(i, i + n) in words for n in range(1, longest + 1) if i + n <= toks.n):
            continue
        if i < 1 or not toks.ws[i - 1] or not toks.adjacent(i) or not toks.is_cap(i - 1):
            continue
        if toks.texts[i] == _SHARES and (i + 1 >= toks.n or toks.texts[i + 1] not in _share_moves()):
            continue  # "Kestrel shares his view": the verb
        begin = _kind_run_start(toks, i)
        if begin < i and _names_something(toks, begin, i):
            text = toks.span_text(begin, i)
            found.append(Candidate(toks.starts[begin], toks.ends[i - 1], "organization",
                                   f"organization:{text.lower()}", text, rank=RANK_ORG_RUN))  # fmt: skip
    return found


_SHARES = "shares"


_share_moves = partial(pattern_words, "organizations", "share_moves")


def _kind_run_start(toks: Tokens, i: int) -> int:
    """First word of the capitalized name ending before token i, past any country, place or demonym that opens it
    ("the Ruritanian Daily Star newspaper")."""
    begin = _run_start(toks, i)
    while begin < i and _is_place_or_demonym(toks.texts[begin]):
        begin += 1
    return begin


def _names_something(toks: Tokens, begin: int, end: int) -> bool:
    words = toks.texts[begin:end]
    if any(w.lower() in _not_continuing() or w in titles() for w in words):
        return False
    lone = words[0].lower() if len(words) == 1 else ""
    if lone and (lone in common_words() or lone in STOP_WORDS or lone.endswith(_adjective_endings())):
        return False
    return not _is_place_or_demonym(toks.span_text(begin, end))


def _is_place_or_demonym(text: str) -> bool:
    entry = gazetteer().lookup(text)
    return entry is not None and entry.kind in ("country", "place")


@cache
def _adjective_endings() -> tuple[str, ...]:
    return tuple(patterns()["organizations"]["adjective_endings"])


@cache
def _kind_words_after() -> tuple[frozenset[str], int]:
    words: list[str] = patterns()["organizations"]["kind_words_after"]
    return frozenset(words), max(len(w.split()) for w in words)


def _named_before(toks: Tokens, i: int) -> bool:
    """A capitalized name (not a country, place or demonym) modifies the kind word at token i, over lower-case
    words: "the Associated Press news agency", "the Reuters news agency"."""
    k = i - 1
    while k >= 0 and k > i - 4 and toks.is_lower_word(k) and toks.adjacent(k + 1):
        k -= 1
    if k < 0 or k == i - 4 or not toks.is_cap(k) or not toks.adjacent(k + 1):
        return False
    return not _is_place(toks.texts[k]) and gazetteer().lookup(toks.texts[k]) is None


def _kind_name_opens(toks: Tokens, j: int) -> bool:
    word = toks.texts[j]
    if not word[:1].isupper() or word.lower() in _not_continuing() or word in titles() or word in _not_acronyms():
        return False
    person = word in first_names() and j + 1 < toks.n and toks.is_cap(j + 1) and toks.ws[j]
    return not person and not (word in first_names() and not word.isupper())


def _kind_name_end(toks: Tokens, j: int) -> int:
    """End of the capitalized name at token j ("&" and particles such as "de" inside: "Banco de Fomento"; at most
    five words)."""
    end = j + 1
    stop = _not_continuing()
    while end < toks.n and end - j < _MOST_NAME_WORDS and toks.ws[end - 1] and toks.adjacent(end):
        word = toks.texts[end]
        named = word[:1].isupper() and word.lower() not in stop
        joined = (word == "&" or word in _inner_particles()) and toks.is_cap(end + 1) and toks.ws[end]
        if not (named or joined):
            break
        end += 1
    return end


_MOST_NAME_WORDS = 5


@cache
def _inner_particles() -> frozenset[str]:
    return frozenset(p for p in patterns()["people"]["particles"] if p.islower())


@cache
def _kind_words() -> frozenset[str]:
    return frozenset(patterns()["organizations"]["kind_words"])


def _run_start(toks: Tokens, i: int) -> int:
    """First word of the capitalized run ending before token i ("&" allowed inside, never "of" or "and"; two names
    glued by a hyphen count as one word: "Carnegie-Tsinghua Center")."""
    begin = i
    stop = _not_continuing()
    hyphened = False  # a name with a hyphened word joins no other by "and" ("SpaceX and Tyvak Nano-Satellite Systems")
    while begin > 0 and toks.adjacent(begin):
        if _hyphen_joins(toks, begin):
            begin, hyphened = begin - 2, True
            continue
        if not (toks.ws[begin - 1] or toks.texts[begin - 1] in ("'", "’")):
            break
        word = toks.texts[begin - 1]
        named = word[:1].isupper() and word.lower() not in stop and word not in _lead_words()
        named = named and not headline_verb(toks, begin - 1)  # "Gunmen Attack Police Station": no body's name
        joined = word in ("&", "'", "’") and begin >= 2 and toks.texts[begin - 2][:1].isupper()
        if not (named or joined or (not hyphened and _and_joins(toks, begin - 1, i, stop))):
            break
        begin -= 1
    while begin < i and toks.texts[begin] in ("&", "'", "’"):
        begin += 1
    return begin


def _hyphen_joins(toks: Tokens, begin: int) -> bool:
    """A capitalized word glued by a hyphen before token `begin`, itself capitalized ("Carnegie-Tsinghua")."""
    if begin < 2 or toks.texts[begin - 1] not in ("-", "‑") or toks.ws[begin - 1] or toks.ws[begin - 2]:
        return False
    return toks.is_cap(begin) and toks.is_cap(begin - 2) and toks.adjacent(begin - 1)


def _and_joins(toks: Tokens, k: int, i: int, stop: frozenset[str]) -> bool:
    """ "Securities and Exchange Commission", "Truth and Reconciliation Commission": one "and" between two capitalized
    words inside a name that ends in an organization word (only one, and not at its last word)."""
    if toks.texts[k] != "and" or k < 1 or k + 1 >= i or not toks.ws[k - 1] or not toks.adjacent(k):
        return False
    before = toks.texts[k - 1]
    if not before[:1].isupper() or before.lower() in stop or _ends_a_body(toks, k - 1):
        return False  # "Chevron Corp and Texaco Inc", "the Navy and Air Force" are two bodies
    if "and" in toks.texts[k + 1 : i]:
        return False
    return not any(_is_place(toks.span_text(j, k)) for j in range(max(0, k - 3), k))


def _ends_a_body(toks: Tokens, k: int) -> bool:
    """Token k ends a body's whole name: a legal form, an armed body's word, a body's word that stands alone
    ("Corp", "Navy", "Council"), or any body's word after another capitalized word ("Shanghai Airlines and Xiamen
    Airlines" are two); not "Securities" alone in "Securities and Exchange Commission"."""
    word = toks.texts[k]
    if word in _legal_forms() or word in _armed_words() or word in _stands_alone():
        return True
    named = k > 0 and toks.is_cap(k - 1) and toks.adjacent(k) and toks.texts[k - 1].lower() not in _not_continuing()
    return word in _suffixes()[0] and named and not _country_name(toks.texts[k - 1])


def _country_name(word: str) -> bool:
    """ "U.S." of "U.S. Securities and Exchange Commission": a country's own name (no demonym) before a body's word
    is no body's name of its own."""
    entry = gazetteer().lookup(word)
    return entry is not None and entry.kind == "country" and entry.form != "demonym"


def _is_place(text: str) -> bool:
    entry = gazetteer().lookup(text)
    return entry is not None and entry.kind in ("country", "place")


@cache
def _lead_words() -> frozenset[str]:
    return frozenset(patterns()["organizations"]["not_in_names"])


def _seat_after(toks: Tokens, end: int) -> bool:
    """ "Brenton Drugs Inc of Tampa": after a company's legal form, "of <town>" says where it is based and is no part
    of its name ("Power Corp of Canada", "Life Insurance Co of Georgia" are names)."""
    tail = _of_tail(toks, end)
    if tail == end or toks.texts[end - 1] not in _legal_forms():
        return False
    entry = gazetteer().lookup(toks.span_text(end + 1, tail))
    return entry is not None and entry.kind == "place" and entry.lat is not None


def _of_tail(toks: Tokens, end: int) -> int:
    """ "Ministry" + "of Defense": extend over an "of" phrase of capitalized words."""
    if end + 1 < toks.n and toks.texts[end] == "of" and toks.is_cap(end + 1) and toks.adjacent(end + 1):
        stop = end + 1
        while stop < toks.n and toks.is_cap(stop) and stop - end <= 3 and toks.adjacent(stop):
            stop += 1
            if not toks.ws[stop - 1]:
                break
        return stop
    return end


def guessed_people(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """Two name words no list knows ("Aslan Maskhadov") or an initial and a name ("S. Waugh")."""
    found: list[Candidate] = []
    skip = title_cased_headlines(toks)
    plain = {w for w in toks.capital if _plain(w, gaz)}
    particles = _capital_particles()
    listed = listed_first_names()
    ambiguous = (w for w in toks.capital if w in listed and w not in gaz.first_names)  # not the whole list's difference
    starters = plain.union(w for w in toks.capital if w in particles or _INITIAL.match(w)).union(ambiguous)
    for i in toks.where(starters):
        if i >= toks.n - 1 or (toks.is_cap(i - 1) and toks.adjacent(i)):
            continue
        if skip and any(a <= toks.starts[i] < b for a, b in skip):
            continue
        end = _guess_end(toks, gaz, i, plain)
        if end == i and toks.texts[i] not in plain:
            end = _ambiguous_given_end(toks, gaz, i, plain)
        if end > i:
            text = toks.span_text(i, end)
            found.append(Candidate(toks.starts[i], toks.ends[end - 1], "person", f"person:{text.lower()}", text,
                                   rank=RANK_GUESS))  # fmt: skip
    return found


def _guess_end(toks: Tokens, gaz: Gazetteer, i: int, plain: set[str]) -> int:
    """End of a guessed name at token i (i when none); `plain` holds the doc's capitalized words that `_plain`
    accepts."""
    first = toks.texts[i]
    if _INITIAL.match(first):
        if not toks.ws[i] or not toks.adjacent(i + 1):
            return i
        end = name_unit(toks, i + 1, gaz)
        return end if end > i + 1 and gaz.lookup(toks.span_text(i + 1, end)) is None else i
    if not (first in plain or first in _capital_particles()):
        return i
    inner_first = i + 2 < toks.n and toks.texts[i + 1] in gaz.first_names and toks.ws[i + 1]
    if first not in gaz.first_names and inner_first and toks.is_cap(i + 2):
        return i  # "Economist Joel Naroff": the name starts at the first name
    end = name_at(toks, i, gaz, 3)
    words = [w for w in toks.texts[i:end] if w[:1].isupper() and w != "-"]
    if len(words) < 2 or not all(w in plain or w in _capital_particles() for w in words[:-1]):
        return i
    if not (words[-1] in plain or words[-1] in _capital_particles() or _surname_leading_a_body(words[-1], gaz)):
        return i
    if end < toks.n and toks.is_cap(end) and toks.ws[end - 1] and toks.adjacent(end):
        return i  # a longer capitalized run is more likely a name of something else
    if _verb_form_in(words, gaz):
        return i  # "Hosting Cook", "Summary Adhering"
    if ends_no_person(toks.texts[end - 1], gaz) or _in_a_title(toks, gaz, i):
        return i  # "Strategic Studies"; "Defence" of "Minister of Defence Itsunori Onodera"
    return end


def _ambiguous_given_end(toks: Tokens, gaz: Gazetteer, i: int, plain: set[str]) -> int:
    """ "Victoria Beckham said", "Israel Katz said": a given name that is also a place or a word ("Victoria",
    "Israel", "Grace"), then one surname that is nothing else sitrep knows (no place, body or everyday word), and no
    capitalized word after it (i when none)."""
    first = toks.texts[i]
    if first not in listed_first_names() or first in gaz.titles or first in gaz.title_firsts:
        return i  # "Queen Selma", "General Hadi": a title, not a given name
    if first.lower() in _not_plain():
        return i  # "June", "Monday": a date word
    if i + 2 >= toks.n or not toks.ws[i] or not toks.adjacent(i + 1):
        return i
    end = name_unit(toks, i + 1, gaz)
    if end != i + 2 or (toks.is_cap(end) and toks.ws[end - 1] and toks.adjacent(end)):
        return i
    surname = toks.texts[i + 1]
    if surname not in plain or gaz.lookup(toks.span_text(i, end)) is not None or ends_no_person(surname, gaz):
        return i
    if surname in last_names():
        return end
    return end if surname not in gaz.first and _speaks_or_is_described(toks, end) else i


def _speaks_or_is_described(toks: Tokens, end: int) -> bool:
    """A speech verb ("Victoria Beckham said") or an appositive ("Victoria Beckham, the designer") right after a
    name: it names a person ("Virginia Tech" has neither)."""
    if end >= toks.n or not toks.adjacent(end):
        return False
    word = toks.texts[end]
    if word in pattern_words("people", "speech_verbs"):
        return True
    return word == "," and end + 1 < toks.n and toks.texts[end + 1] in _APPOSITIVE_OPENERS


_APPOSITIVE_OPENERS = frozenset(["the", "a", "an", "who", "whose"])


def _verb_form_in(words: list[str], gaz: Gazetteer) -> bool:
    """A word of the guessed name ends like a verb's form ("Adhering") and no list knows it as a name; a name opening
    with a family name written first ("Zhang Xiaoming") may hold one."""
    if words[0] in pattern_words("people", "family_first"):
        return False
    endings = tuple(pattern_words("people", "verb_endings"))
    return any(w.endswith(endings) and w not in last_names() and w not in gaz.first_names for w in words)


def _in_a_title(toks: Tokens, gaz: Gazetteer, i: int) -> bool:
    """Token i lies inside a title that starts up to three tokens before it ("Minister of Defence")."""
    return any(title_at(toks, k, gaz)[0] > i for k in range(max(0, i - 3), i))


def _surname_leading_a_body(word: str, gaz: Gazetteer) -> bool:
    """ "Haqqani" of "Sirajuddin Haqqani": a last word that only opens organizations' longer names ("Haqqani network")
    and is no everyday word."""
    return word in gaz.org_leads and bool(_TITLE_WORD.match(word)) and word.lower() not in _not_plain()


@cache
def _capital_particles() -> frozenset[str]:
    return frozenset(p for p in patterns()["people"]["particles"] if p[:1].isupper())


@cache
def _not_plain() -> frozenset[str]:
    conf = patterns()
    words = conf["people"]["not_name_words"] + conf["places"]["facility_suffixes"] + conf["places"]["facility_prefixes"]
    return frozenset(w.lower() for w in words) | STOP_WORDS | common_words()


@lru_cache(maxsize=1 << 16)
def _plain(word: str, gaz: Gazetteer) -> bool:
    """A capitalized word that is nothing else sitrep knows: not a common word, place, title or org word."""
    for part in word.split("-"):
        if part.lower() in _not_plain() or part in gaz.titles or part in _suffixes()[0]:
            return False
    return bool(_TITLE_WORD.match(word)) and (word not in gaz.first or word in gaz.first_names or word in last_names())


def drop_name_prefixes(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """A country or place directly followed by another capitalized word it does not cover ("U.S. Open",
    "Chicago Purchasing Managers"), or an organization followed by a word for a day or a contest ("Labour Day",
    "Fed Cup"), is part of a longer name, not a mention on its own."""
    starts = {c.start for c in chosen}
    titled = title_cased_headlines(toks)  # where every word is capitalised, the next one says nothing
    kept: list[Candidate] = []
    for cand in chosen:
        if any(a <= cand.start < b for a, b in titled):
            kept.append(cand)
            continue
        if cand.kind in ("country", "place") and cand.form == "name" and not cand.inner:
            j = _token_after(toks, cand.end)
            if j is not None and toks.starts[j] not in starts and _continues_name(toks, gaz, j, cand):
                continue
            if cand.kind == "place" and _inside_arabic_name(toks, cand):
                continue
            hyphened = _HYPHENED_ON.match(toks.text, cand.end)
            if hyphened is not None and hyphened.group(1) in _name_particles():
                whole = _whole_hyphened(toks, gaz, cand, hyphened.end())
                if whole is not None:
                    kept.append(whole)
                continue
        if cand.kind == "organization" and cand.form == "name" and not cand.inner:
            j = _token_after(toks, cand.end)
            if j is not None and toks.starts[j] not in starts and toks.texts[j] in _event_words():
                continue  # "Labour Day", "Fed Cup": a body's name opening a day's or a contest's
        kept.append(cand)
    return kept


# A place's name that goes on glued by a hyphen to a lower-case particle and another word ("Saint-Etienne" of
# "Saint-Etienne-du-Rouvray", "Frankfurt" of "Frankfurt-am-Main").
_HYPHENED_ON = re.compile(r"-([a-zà-ÿ]{1,5})-(?=[A-ZÀ-Þ])")
_HYPHENED_REST = re.compile(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*")


def _inside_arabic_name(toks: Tokens, cand: Candidate) -> bool:
    """ "Bab al-Tabbaneh", "Mosul al-Jadida": a town's other spelling ("Bab" of Al Bāb) written before an Arabic
    article glued to a capitalized word, or any place written after a capitalized word and such an article
    ("Jadida", El Jadida in Morocco), is a piece of a longer name the gazetteer lacks (a district, a crossing)."""
    after = _ARTICLE_ON.match(toks.text, cand.end)
    surface = toks.text[cand.start : cand.end]
    if after is not None and after.group(1) in _inner_articles() and surface != cand.name and " " not in surface:
        return True
    before = _ARTICLE_BEFORE.search(toks.text, max(0, cand.start - _ARTICLE_REACH), cand.start)
    return before is not None and before.group(1) in _inner_articles()


# An Arabic article glued by a hyphen to the next capitalized word ("al-Tabbaneh"), after a name or before one.
_ARTICLE_ON = re.compile(r" ([a-z]{1,3})-(?=[A-ZÀ-Þ])")
_ARTICLE_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’]* ([a-z]{1,3})-$")
_ARTICLE_REACH = 40


@cache
def _inner_articles() -> frozenset[str]:
    return frozenset(patterns()["places"]["inner_articles"])


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(patterns()["places"]["name_particles"])


def _whole_hyphened(toks: Tokens, gaz: Gazetteer, cand: Candidate, rest: int) -> Candidate | None:
    """The place a whole hyphenated name is, written with hyphens or spaces ("Frankfurt-am-Main" is Frankfurt am
    Main), or None: a longer name no list knows, of which the first words are no mention of the city they spell
    ("Saint-Etienne-du-Rouvray" is not Saint-Etienne)."""
    tail = _HYPHENED_REST.match(toks.text, rest)
    end = tail.end() if tail is not None else rest
    whole = toks.text[cand.start : end]
    entry = gaz.lookup(whole) or gaz.lookup(whole.replace("-", " "))
    k = bisect_left(toks.ends, end)
    if entry is None or entry.kind != "place" or k == toks.n or toks.ends[k] != end:
        return None
    return replace(cand, end=end, key=entry.key, name=entry.name, lat=entry.lat, lon=entry.lon,
                   country=entry.country, rank=entry.rank)  # fmt: skip


def _token_after(toks: Tokens, end: int) -> int | None:
    j = toks.starting_at(end + 1)
    return j if j is not None and toks.text[end] == " " else None


def _continues_name(toks: Tokens, gaz: Gazetteer, j: int, cand: Candidate) -> bool:
    word = toks.texts[j]
    if not word[:1].isupper() or not word.replace(".", "").isalpha() or word.lower() in _not_continuing():
        return False
    if cand.kind == "place" and word in _districts():
        return False  # "Kowloon West", "Beirut Central": a district of the city, which stays its mention
    if word in _faiths():
        return False  # "a County Antrim Protestant family", "a Baghdad Shiite district": a faith's word, no name's
    if title_at(toks, j, gaz)[0] > j:
        return False
    return not (word.isupper() and toks.text[cand.start : cand.end].isupper())


@cache
def _faiths() -> frozenset[str]:
    return frozenset(patterns()["places"]["faith_words"])


@cache
def _districts() -> frozenset[str]:
    return frozenset(patterns()["places"]["district_words"])


@cache
def _not_continuing() -> frozenset[str]:
    conf = patterns()["people"]
    return frozenset(conf["not_name_words"] + conf["abbreviated_dates"]) | function_words("coordinators")


def teams_in_results(toks: Tokens, chosen: list[Candidate]) -> None:
    """In a results or standings line ("CHICAGO 4 HOUSTON 3", "Boston 72 60 .545") a city names a team."""
    lines: dict[int, tuple[int, int] | None] = {}
    for cand in chosen:
        if cand.kind != "place":
            continue
        span = result_line(toks, cand.start, lines)
        if span is not None and span[0] <= cand.start < span[1] and cand.name.lower() not in _sport_words():
            cand.kind, cand.key = "organization", f"organization:{cand.name.lower()}"
            cand.lat = cand.lon = cand.country = None


@cache
def _sport_words() -> frozenset[str]:
    return frozenset(patterns()["teams"]["not_teams"])


def result_line(toks: Tokens, char: int, lines: dict[int, tuple[int, int] | None]) -> tuple[int, int] | None:
    """The char span of the line holding `char` when it reads like a results line (memoized per line number)."""
    k = bisect_right(toks.starts, char) - 1
    if k < 0:
        return None
    number = toks.line[k]
    if number not in lines:
        lo, hi = _line_range(toks, number)
        if hi > lo and "\n" in toks.texts[hi - 1]:
            hi -= 1  # the line break itself
        lines[number] = (toks.starts[lo], toks.ends[hi - 1]) if hi > lo and _scores_line(toks, lo, hi) else None
    return lines[number]


def _line_range(toks: Tokens, number: int) -> tuple[int, int]:
    """Token indices [lo, hi) of one line."""
    return bisect_left(toks.line, number), bisect_right(toks.line, number)


def _scores_line(toks: Tokens, lo: int, hi: int) -> bool:
    """At least two scores, no year among them unless it is a row of a table, and no lowercase or function word
    ("33-26" is one score: "NEW ZEALAND BEAT SOUTH AFRICA 33-26" is a headline)."""
    stop = _not_continuing()
    numbers = years = 0
    for k in range(lo, hi):
        word = toks.texts[k]
        if (word[:1].isdigit() or word[:1] == ".") and _SCORE.match(word) and not _second_of_pair(toks, k, lo):
            numbers += 1
            years += bool(_YEAR.match(word))
        elif word.isalpha() and (word.islower() or word.lower() in stop):
            return False
    return numbers >= 2 and (not years or numbers >= _TABLE_NUMBERS)


def _second_of_pair(toks: Tokens, k: int, lo: int) -> bool:
    """Token k is the second number of "33 - 26" (one score)."""
    return k - lo >= 2 and toks.texts[k - 1] == "-" and toks.texts[k - 2].isdigit()


_TABLE_NUMBERS = 6  # a standings row holds many numbers, some of which may look like years (points for, against)


_SCORE = re.compile(r"^[.\d][\d.]*$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def acronyms(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """An all-capital acronym no list knows ("KDP", "FOMC"), written in mixed-case text, names an organization."""
    blocked = _not_acronyms() | _common_noun_acronyms(toks)
    words = {
        w for w in toks.capital
        if _ACRONYM.match(w) and w not in blocked and w not in gaz.entries and not _is_word(w, gaz)
    }  # fmt: skip
    shouting: dict[int, bool] = {}
    found: list[Candidate] = []
    for i in toks.where(words):
        if _caps_neighbour(toks, i - 1) or _caps_neighbour(toks, i + 1) or _capital_line(toks, toks.line[i], shouting):
            continue
        if _number_beside(toks, i):
            continue  # "DEM 3.30", "ISO 9002": a currency or standard with its figure
        if _dateline_place(toks, gaz, i) or _names_an_event(toks, i):
            continue
        word = toks.texts[i]
        found.append(Candidate(toks.starts[i], toks.ends[i], "organization", f"organization:{word.lower()}", word,
                               rank=RANK_GUESS))  # fmt: skip
    return found


def _names_an_event(toks: Tokens, i: int) -> bool:
    """The acronym opens the name of a competition or an index ("the UEFA Cup", "the PGA Tour", "the S&P Index"):
    part of that name, no organization mention of its own."""
    return i + 1 < toks.n and toks.adjacent(i + 1) and toks.texts[i + 1] in _event_words()


_event_words = partial(pattern_words, "organizations", "event_words")


def _dateline_place(toks: Tokens, gaz: Gazetteer, i: int) -> bool:
    """Token i is (part of) the capitalized name that opens a dateline line before ", <country or region>"
    ("SHATOI , Russia 1996-08-25", "AL-MUNTAR, West Bank"): a town, no organization."""
    begin = i
    while begin > 0 and toks.adjacent(begin) and (toks.texts[begin - 1] == "-" or _caps_neighbour(toks, begin - 1)):
        begin -= 1
    if begin > 0 and toks.adjacent(begin):
        return False
    end = i + 1
    while end < toks.n and toks.adjacent(end) and (toks.texts[end] == "-" or _caps_neighbour(toks, end)):
        end += 1
    if end + 1 >= toks.n or toks.texts[end] != "," or not toks.adjacent(end + 1):
        return False
    for width in (1, 2, 3):
        if end + 1 + width <= toks.n:
            entry = gaz.lookup(toks.span_text(end + 1, end + 1 + width))
            after = end + 1 + width
            if entry is not None and entry.kind in ("country", "place") and _dateline_goes_on(toks, after):
                return True
    return False


def _dateline_goes_on(toks: Tokens, k: int) -> bool:
    """What may follow a dateline's place: the line's end, a date, a bracket naming the agency or a dash."""
    return k >= toks.n or not toks.adjacent(k) or toks.texts[k][:1].isdigit() or toks.texts[k] in _DATELINE_NEXT


_DATELINE_NEXT = frozenset(["(", "-", "--", "—", "–"])


def _common_noun_acronyms(toks: Tokens) -> frozenset[str]:
    """Acronyms the text spells out in lower case before them ("bovine spongiform encephalopathy ( BSE )",
    "hard red winter ( HRW ) wheat"): short forms of a common noun, no organization wherever they stand."""
    found: set[str] = set()
    for i in toks.where(_OPENING):
        word = toks.texts[i + 1] if i + 2 < toks.n and toks.texts[i + 2] == ")" else ""
        if _ACRONYM.match(word) and _spelled_in_lower_case(toks, i, word):
            found.add(word)
    return frozenset(found)


_OPENING = frozenset(["("])


def _spelled_in_lower_case(toks: Tokens, i: int, acronym: str) -> bool:
    """The lower-case words before token i begin, in order, with the acronym's letters (linking words such as
    "and" or "of" may stand between them)."""
    letters = acronym.lower().replace("&", "")
    k = i - 1
    for letter in reversed(letters):
        while k >= 0 and toks.texts[k] in _acronym_links() and letter != toks.texts[k][0]:
            k -= 1
        if not toks.is_lower_word(k) or toks.texts[k][0] != letter:
            return False
        k -= 1
    return True


_acronym_links = partial(pattern_words, "organizations", "acronym_links")


def _number_beside(toks: Tokens, i: int) -> bool:
    """A figure right after token i on its line ("DEM 3.30"; not before it: "10,000 SPLA fighters")."""
    return i + 1 < toks.n and toks.adjacent(i + 1) and toks.texts[i + 1][:1].isdigit()


def _capital_line(toks: Tokens, number: int, memo: dict[int, bool]) -> bool:
    """A line written mostly in capitals (headlines, sports tables), where capitals say nothing."""
    if number not in memo:
        lo, hi = _line_range(toks, number)
        words = [w for w in toks.texts[lo:hi] if len(w) > 1 and w.isalpha()]
        memo[number] = sum(w.isupper() for w in words) * 2 > len(words)
    return memo[number]


def _is_word(word: str, gaz: Gazetteer) -> bool:
    """A shouted ordinary word or name ("NEVER", "NELSON"), not an acronym."""
    lower = word.lower()
    title = word.title()
    return lower in _not_plain() or lower in _not_continuing() or title in gaz.first_names or title in last_names()


def _caps_neighbour(toks: Tokens, i: int) -> bool:
    return 0 <= i < toks.n and toks.texts[i].isupper() and any(c.isalpha() for c in toks.texts[i])


@cache
def _not_acronyms() -> frozenset[str]:
    return frozenset(patterns()["organizations"]["not_acronyms"])


_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")


def acronym_led_names(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """ "PSV Eindhoven", "AC Milan", "SBC Warburg": an organization written as an acronym, right before a capitalized
    name that is another organization no list knows, or a place when no list knows the acronym ("the IMF Washington
    office" and "VOA Pentagon correspondent" stay two), makes one name with it."""
    out: list[Candidate] = []
    for cand in chosen:
        prev = out[-1] if out else None
        if prev is not None and _leads_name(toks, prev, cand):
            text = toks.text[prev.start : cand.end]
            out[-1] = Candidate(prev.start, cand.end, "organization", f"organization:{text.lower()}", text,
                                rank=RANK_ORG_RUN)  # fmt: skip
            continue
        out.append(cand)
    return out


def _leads_name(toks: Tokens, head: Candidate, cand: Candidate) -> bool:
    if head.kind != "organization" or cand.kind not in ("organization", "place") or head.inner or cand.inner:
        return False
    if cand.start != head.end + 1 or toks.text[head.end] != " ":
        return False
    head_text, text = toks.text[head.start : head.end], toks.text[cand.start : cand.end]
    if not _ACRONYM.match(head_text) or not text[:1].isupper() or text.isupper():
        return False
    known = gazetteer().lookup(text)
    if known is not None and known.kind == "organization":
        return False  # "VOA Pentagon correspondent": a body the lists know keeps its own name
    listed = gazetteer().lookup(head_text)
    if listed is not None and listed.detail in _credit_categories():
        return False  # "IANS Chinese coast guard vessels": an agency's photo credit before a caption
    return cand.kind == "organization" or listed is None
