"""People: names after titles and ranks, names that start with a known first name, appositive roles
("Sabrina Singh, the Pentagon's deputy press secretary") and photo credits ("Sgt. Jane Roe/US Army")."""

from __future__ import annotations

import re
from functools import cache, lru_cache, partial

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.components.entities.lexicon import (
    Gazetteer,
    common_words,
    last_names,
    listed_first_names,
    pattern_words,
    patterns,
    unaccented,
)
from sitrep.components.entities.scan import Candidate, Tokens
from sitrep.data_files import function_words

RANK_PERSON = 3
_INITIAL = re.compile(r"^[A-Z]\.$")


@lru_cache(maxsize=1 << 15)
def is_name_word(word: str) -> bool:
    """A capitalized word that can be part of a name, in any cased script ("Singh", "Erdoğan", "McCain", "J.")."""
    if _INITIAL.match(word):
        return True
    return word[:1].isupper() and any(c.islower() for c in word[1:]) and all(c.isalpha() or c in "'’" for c in word)


_MAX_UNITS = 4
_ARTICLES = function_words("articles")


@cache
def name_particles() -> frozenset[str]:
    """The particles of people's names ("bin", "van", "de"), `patterns.toml` [people]."""
    return frozenset(patterns()["people"]["particles"])


@cache
def _not_names() -> frozenset[str]:
    return frozenset(patterns()["people"]["not_name_words"])


_place_openers = partial(pattern_words, "people", "place_openers")


_org_words = partial(pattern_words, "organizations", "suffixes")


_legal_forms = partial(pattern_words, "organizations", "legal_forms")


@cache
def _role_heads() -> frozenset[str]:
    return frozenset(patterns()["people"]["role_heads"])


def name_unit(toks: Tokens, i: int, gaz: Gazetteer) -> int:
    """End index of one name word at token i ("Singh", "al-Sudani", "von der Leyen"), or i when none."""
    if i >= toks.n or toks.space[i]:
        return i
    word = toks.texts[i]
    if word in name_particles():
        if i + 2 < toks.n and toks.texts[i + 1] in ("-", "‑") and is_name_word(toks.texts[i + 2]):
            return i + 3
        if toks.ws[i] and i + 1 < toks.n and (toks.texts[i + 1] in name_particles() or is_name_word(toks.texts[i + 1])):
            end = name_unit(toks, i + 1, gaz)
            return end if end > i + 1 else i
        return i
    if word in _legal_forms():
        return i  # "Laura Kestrel Ltd": a company's legal form ends no person's name
    if is_name_word(word) and word not in gaz.titles and word.lower() not in _not_names():
        return _hyphen_tail(toks, i + 1)
    return i


def _hyphen_tail(toks: Tokens, j: int) -> int:
    """Extend a name word over "-Word" parts written without spaces ("Jean-Michel", "Tyler-Sharman"), and over
    the lower-case second syllable of a hyphenated given name ("Jong-un", "Jae-in", "Geun-hye")."""
    while (
        j + 1 < toks.n
        and toks.texts[j] == "-"
        and not toks.ws[j - 1]
        and not toks.ws[j]
        and (is_name_word(toks.texts[j + 1]) or _syllable(toks.texts[j - 1], toks.texts[j + 1]))
    ):
        j += 2
    return j


def _syllable(before: str, word: str) -> bool:
    """A short lower-case syllable after a short capitalised one: the second half of a given name."""
    return 2 <= len(word) <= 4 and word.isalpha() and word.islower() and len(before) <= 5 and before[:1].isupper()


def title_cased_headlines(toks: Tokens) -> list[tuple[int, int]]:
    """Headlines written In Title Case, where capitals say nothing about names: every word of more than three
    letters capitalised (a headline in sentence case full of names, "Indian Prime Minister Narendra Modi meets
    Japanese leader Fumio Kishida", keeps its lower-case words)."""
    found: list[tuple[int, int]] = []
    for section in toks.sections:
        if section.kind in ("headline", "subtitle"):
            words = [w for w in toks.text[section.start : section.end].split() if w[:1].isalpha() and len(w) > 3]
            if words and all(_capitalized(w) for w in words):
                found.append((section.start, section.end))
    return found


def _capitalized(word: str) -> bool:
    """A headline word written capitalized, a name with a particle glued by a hyphen too ("al-Maliki")."""
    head, dash, tail = word.partition("-")
    return word[:1].isupper() or (bool(dash) and head in name_particles() and tail[:1].isupper())


def headline_verb(toks: Tokens, j: int, *, surnames: bool = True) -> bool:
    """Token j is a verb of a headline written In Title Case ("Returns" of "Nawaz Sharif Returns To Lahore", "Storm" of
    "Protesters Storm Palace"; `patterns.toml` [people] headline_verbs); with `surnames` False, no surname ("Jeremy
    Hunt Visits Kyiv")."""
    if toks.headline_verbs is None:
        spans = title_cased_headlines(toks)
        forms = _headline_verb_forms()
        toks.headline_verbs = frozenset(
            k for k in range(toks.n) if any(a <= toks.starts[k] < b for a, b in spans)
            and toks.texts[k][:1].isupper() and toks.texts[k].lower() in forms
        ) if spans else frozenset()  # fmt: skip
    return j in toks.headline_verbs and (surnames or toks.texts[j] not in last_names())


@cache
def _headline_verb_forms() -> frozenset[str]:
    """The forms of the headline verbs: base, -s, -ed and -ing, with a doubled last consonant too, and the listed
    irregular ones."""
    conf = patterns()["people"]
    found = set(conf["headline_irregular"])
    for base in conf["headline_verbs"]:
        stem = base[:-1] if base.endswith("e") else base
        found |= {base, base + "s", base + "es", stem + "ed", stem + "ing"}
        found |= {base + base[-1] + "ed", base + base[-1] + "ing"}  # "slammed", "stepping"
        if base.endswith("y") and base[-2:-1] not in "aeiou":
            found |= {base[:-1] + "ies", base[:-1] + "ied"}
    return frozenset(found)


def name_at(toks: Tokens, i: int, gaz: Gazetteer, most: int = _MAX_UNITS) -> int:
    """End index of a run of name words starting at token i on one line (i when none)."""
    end, units = i, 0
    while units < most:
        nxt = name_unit(toks, end, gaz)
        if nxt == end and _inner_honorific(toks, end, gaz):
            nxt = end + 1  # "Hassan Sheikh Mohamud": an honorific between name words is part of the name
        if nxt == end or (units and (_place_word(toks.texts[end], gaz) or _opens_a_place(toks, end, gaz))):
            break
        if headline_verb(toks, end, surnames=False):
            break  # "Nawaz Sharif Returns To Lahore": a headline's verb ends the name
        if units and _adjective_of_people(toks, end, gaz):
            break  # "Amir Cohen Israeli soldiers": a people's adjective ends the name
        end, units = nxt, units + 1
        if end >= toks.n or not toks.ws[end - 1] or not toks.adjacent(end):
            break
    return end


_honorifics = partial(pattern_words, "people", "name_honorifics")


def _inner_honorific(toks: Tokens, j: int, gaz: Gazetteer) -> bool:
    """Token j is an honorific ("Sheikh") written between a given name and another name word, a space apart on each
    side ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed")."""
    if toks.texts[j] not in _honorifics() or j < 1 or j + 1 >= toks.n or not toks.ws[j - 1] or not toks.ws[j]:
        return False
    before = toks.texts[j - 1]
    given = (before in listed_first_names() or before in gaz.first_names) and before not in gaz.titles  # not "Emir"
    return given and toks.adjacent(j) and toks.adjacent(j + 1) and is_name_word(toks.texts[j + 1])


def _opens_a_place(toks: Tokens, j: int, gaz: Gazetteer) -> bool:
    """ "Las" of "Heidi Fang Las Vegas Review-Journal": a word opening places' names that opens one there (not "San" of
    "Aung San Suu Kyi")."""
    if toks.texts[j] not in _place_openers() or j + 1 >= toks.n or not toks.adjacent(j + 1):
        return False
    entry = gaz.lookup(toks.span_text(j, j + 2))
    return entry is not None and entry.kind == "place"


def _body_word(word: str, gaz: Gazetteer) -> bool:
    """A word that ends bodies' names ("League", "Party") and is no one's first name or surname."""
    return word in _org_words() and word not in last_names() and word not in gaz.first_names


_not_last_words = partial(pattern_words, "people", "not_last_words")


def ends_no_person(word: str, gaz: Gazetteer) -> bool:
    """A last word of bodies', prizes', laws' or events' names, never of a person's ("Center", "Bros", "Awards")."""
    return _body_word(word, gaz) or word in _not_last_words()


_body_surnames = partial(pattern_words, "people", "body_words_as_surnames")


def _ends_a_thing(toks: Tokens, gaz: Gazetteer, first: int, stop: int) -> bool:
    """The run after a given name ends in a word of bodies or things, unless it is that word alone and a surname too
    ("Margaret Court")."""
    last = toks.texts[stop - 1]
    return ends_no_person(last, gaz) and not (stop == first + 1 and last in _body_surnames())


def _adjective_of_people(toks: Tokens, j: int, gaz: Gazetteer) -> bool:
    """Token j is a people's adjective before a noun it modifies ("Israeli soldiers"), no surname ("Bill English",
    "Viorel Moldovan scored")."""
    if j + 1 >= toks.n or not _demonym(toks.texts[j], gaz) or toks.texts[j] in last_names():
        return False
    return toks.ws[j] and toks.adjacent(j + 1) and toks.texts[j + 1] in _demonym_nouns()


_demonym_nouns = partial(pattern_words, "people", "demonym_nouns")


def _demonym(word: str, gaz: Gazetteer) -> bool:
    entry = gaz.entries.get(word)
    return entry is not None and entry.kind == "country" and entry.form == "demonym"


def _place_word(word: str, gaz: Gazetteer) -> bool:
    """A country or place name that is not also a surname ("Trump Seattle" stops before "Seattle"); a word of two
    letters is a syllable of a name ("Kim Jong Un"), not the town of that name."""
    entry = gaz.entries.get(word)
    return entry is not None and entry.kind in ("country", "place") and word not in last_names() and len(word) > 2


def find_people(toks: Tokens, gaz: Gazetteer, by_end: dict[int, Candidate]) -> list[Candidate]:
    """Person candidates from titles, first names and credits, with roles and affiliations attached."""
    found = _titled(toks, gaz, by_end) + _first_named(toks, gaz) + _credited(toks, gaz) + _family_named(toks, gaz)
    found += _syllable_named(toks, gaz)
    found = [_with_number(toks, c) for c in found] + _numbered(toks, gaz)
    for cand in found:
        _appositive(toks, cand, by_end)
    return found


_regnal = partial(pattern_words, "people", "regnal_numbers")


def _number_end(toks: Tokens, j: int, *, titled: bool) -> int:
    """End of a regnal number at token j ("VIII"), or j when none; "I" only after a title or before punctuation."""
    if j >= toks.n or toks.texts[j] not in _regnal() or not toks.ws[j - 1] or not toks.adjacent(j):
        return j
    if toks.texts[j] == "I" and not titled and j + 1 < toks.n and toks.texts[j + 1][:1].isalnum():
        return j
    return j + 1


def _with_number(toks: Tokens, cand: Candidate) -> Candidate:
    """ "King Henry" + "VIII": a regnal number after a person's name is part of it."""
    j = _index_at(toks, cand.end)
    if j >= toks.n or toks.starts[j] != cand.end + 1:
        return cand
    end = _number_end(toks, j, titled="title" in cand.attrs)
    if end == j:
        return cand
    numbered = _person(toks, _index_at(toks, cand.start), end, title=cand.attrs.get("title", ""), rank=cand.rank)
    numbered.refs.update(cand.refs)
    return numbered


def _numbered(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """ "Elizabeth I", "Leopold III": a known given name alone before a regnal number."""
    found: list[Candidate] = []
    for j in toks.where(_regnal()):
        i = j - 1
        if i < 0 or toks.texts[i] not in gaz.first_names or _number_end(toks, j, titled=False) == j:
            continue
        if not (i > 0 and toks.is_cap(i - 1) and toks.adjacent(i) and toks.texts[i - 1].lower() not in STOP_WORDS):
            found.append(_person(toks, i, j + 1))  # "Under Leopold III", not "Roman Emperor Charles VI"
    return found


_role_titles = partial(pattern_words, "people", "role_titles")


def _titled(toks: Tokens, gaz: Gazetteer, by_end: dict[int, Candidate]) -> list[Candidate]:
    found: list[Candidate] = []
    for i in toks.where(gaz.title_firsts | _role_titles()):
        if not toks.texts[i][:1].isalpha() or (i > 0 and toks.texts[i - 1][-1:].isdigit()):
            continue  # "at 8 PM Eastern Time": after a figure, "PM" is a time of day, no title
        if _inner_honorific(toks, i, gaz):
            continue  # "Hassan Sheikh Mohamud": part of the name that opens before it
        end, title = title_at(toks, i, gaz)
        if end == i or end >= toks.n or not toks.ws[end - 1]:
            continue
        stop = end if _body_word(toks.texts[end], gaz) else name_at(toks, end, gaz)
        stop = _place_surname(toks, gaz, end, stop, lower=title.islower())
        if stop == end + 1 and toks.texts[end] in _not_last_words():
            continue  # "General Staff", "Major Award": a rank before a thing's word names no one
        if stop > end:  # "Major League Baseball": after a rank, a body's word opens no person's name
            cand = _person(toks, end, stop, title=title)
            before = by_end.get(_end_before(toks, i))
            if before is not None and before.kind in ("country", "organization", "group"):
                cand.refs["affiliation"] = before.start
            elif (country := _of_country(toks, stop, by_end)) is not None:
                cand.refs["affiliation"] = country
            found.append(cand)
    return found


def _of_country(toks: Tokens, stop: int, by_end: dict[int, Candidate]) -> int | None:
    """ "King Hussein of Jordan": the char start of a country named by "of" right after a titled name."""
    if stop + 1 >= toks.n or toks.texts[stop] != "of" or not toks.adjacent(stop + 1):
        return None
    for j in range(stop + 1, min(toks.n, stop + 5)):
        hit = by_end.get(toks.ends[j])
        if hit is not None and hit.start == toks.starts[stop + 1]:
            return hit.start if hit.kind == "country" and hit.form == "name" else None
    return None


def _place_surname(toks: Tokens, gaz: Gazetteer, begin: int, stop: int, *, lower: bool) -> int:
    """ "presenter Victoria Derbyshire said", "footballer Tafadzwa Moyo": after a title, one name word (a given name
    unless the title is a role noun in lower case) and then a town's or a county's name that ends the run of name
    words (no capitalized word after it) is the person's surname, not a place written next to the name ("President
    Trump Seattle visit" keeps the town)."""
    if stop != begin + 1 or stop + 1 >= toks.n or not toks.ws[stop - 1] or not toks.adjacent(stop):
        return stop
    given = toks.texts[begin] in listed_first_names() or toks.texts[begin] in gaz.first_names
    if not (given or lower):
        return stop
    word = toks.texts[stop]
    entry = gaz.entries.get(word)
    if not _place_word(word, gaz) or entry is None or entry.kind != "place" or name_unit(toks, stop, gaz) != stop + 1:
        return stop
    after = toks.texts[stop + 1]
    return stop if after[:1].isupper() or after[:1].isdigit() else stop + 1


def title_at(toks: Tokens, i: int, gaz: Gazetteer) -> tuple[int, str]:
    """End index and text of the longest title starting at token i ((i, "") when none)."""
    if toks.texts[i] in _role_titles():
        return i + 1, toks.texts[i]
    if toks.texts[i] not in gaz.title_firsts:
        return i, ""
    best, title, surface = i, "", ""
    for j in range(i, min(toks.n, i + gaz.max_title_tokens)):
        if toks.space[j]:
            break
        surface += (" " if j > i and toks.ws[j - 1] else "") + toks.texts[j]
        if surface in gaz.titles or (surface[:1].isupper() and surface[:1].lower() + surface[1:] in gaz.titles):
            best, title = j + 1, surface
    return best, title


def _end_before(toks: Tokens, i: int) -> int:
    """Char end of the token before i, skipping a possessive "'s"."""
    j = i - 1
    if j >= 0 and toks.texts[j] in ("'s", "’s"):
        j -= 1
    return toks.ends[j] if j >= 0 else -1


def _first_named(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    found: list[Candidate] = []
    accented = {w for w in toks.capital if not w.isascii() and unaccented(w) in gaz.first_names}  # "Álvaro"
    for i in toks.where(gaz.first_names | accented if accented else gaz.first_names):
        if i >= toks.n - 1 or (i > 0 and toks.adjacent(i) and toks.texts[i - 1] in _place_openers()):
            continue  # "San Diego Padres", "St. Louis Cardinals": a saint's name in a place's
        if _demonym(toks.texts[i], gaz):
            continue  # "German Interior Minister", "German Red Cross": a people's adjective, no given name
        first = name_unit(toks, i, gaz)
        if _adjective_of_people(toks, first, gaz):
            continue  # "Cohen Israeli soldiers": no surname
        if first > i and first < toks.n and toks.ws[first - 1] and toks.adjacent(first):
            stop = name_at(toks, first, gaz, _MAX_UNITS - 1)
            if stop > first and not _place_name(toks, gaz, i, stop) and not _ends_a_thing(toks, gaz, first, stop):
                found.append(_person(toks, i, stop))  # not "James Martin Center", "Warner Bros", "Rory Peck Awards"
    return found


_families = partial(pattern_words, "people", "family_first")


def _family_named(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """ "Kang Young-hoon", "Chen Shui-bian", "Nguyen Phu Trong": a family name written first, then a given name of two
    syllables joined by a hyphen or written apart."""
    found: list[Candidate] = []
    for i in toks.where(_families()):
        j = i + 1
        if j + 2 < toks.n and toks.ws[i] and toks.adjacent(j) and _hyphened_given(toks, j):
            found.append(_person(toks, i, j + 3, rank=RANK_PERSON - 1))
        elif _spaced_given(toks, gaz, j) and not _place_name(toks, gaz, i, j + 2):
            found.append(_person(toks, i, j + 2, rank=RANK_PERSON - 1))
    return found


@cache
def _romanized_syllable() -> re.Pattern[str]:
    return re.compile(patterns()["people"]["romanized_syllable"])


def _spaced_given(toks: Tokens, gaz: Gazetteer, j: int) -> bool:
    """Tokens j and j+1 are "Phu", "Trong": two short capitalized syllables, apart, on the family name's line, no
    English word, country or body among them, and no capitalized word right after them."""
    if j + 1 >= toks.n or not (toks.ws[j - 1] and toks.ws[j] and toks.adjacent(j) and toks.adjacent(j + 1)):
        return False
    size = patterns()["people"]["spaced_given_syllables"]
    for w in toks.texts[j : j + 2]:
        if not (size["shortest"] <= len(w) <= size["longest"] and w.isalpha() and w[:1].isupper() and w[1:].islower()):
            return False
        entry = gaz.entries.get(w)
        if w.lower() in common_words() or w.lower() in STOP_WORDS or (entry and entry.kind != "place"):
            return False
        if not _romanized_syllable().match(w.lower()):
            return False
    k = j + 2
    return not (k < toks.n and toks.ws[k - 1] and toks.adjacent(k) and toks.is_cap(k))


_burmese = partial(pattern_words, "people", "burmese_syllables")


def _syllable_named(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """ "Aung San Suu Kyi", "Ne Win": a run of two or more syllables of Burmese names on one line, no capitalized word
    right after it, one of them at least no English word, given name or family name written first, and the run no
    place's name ("Nay Pyi Taw")."""
    found: list[Candidate] = []
    syllables = _burmese()
    i = 0
    for k in toks.where(syllables):
        if k < i or (k > 0 and toks.adjacent(k) and toks.ws[k - 1] and toks.texts[k - 1] in syllables):
            continue
        i = k + 1
        while i < toks.n and toks.texts[i] in syllables and toks.ws[i - 1] and toks.adjacent(i):
            i += 1
        ends_run = not (i < toks.n and toks.ws[i - 1] and toks.adjacent(i) and toks.is_cap(i))
        distinct = any(_distinct_syllable(w, gaz) for w in toks.texts[k:i])
        if i - k >= 2 and ends_run and distinct and not _place_name(toks, gaz, k, i):
            found.append(_person(toks, k, i, rank=RANK_PERSON))
    return found


def _distinct_syllable(word: str, gaz: Gazetteer) -> bool:
    """A syllable that is no English word, no given name and no family name written first ("Aung", not "Win")."""
    lower = word.lower()
    return lower not in common_words() and word not in gaz.first_names and word not in _families() and (
        lower not in STOP_WORDS and word not in _place_openers()
    )


def _hyphened_given(toks: Tokens, j: int) -> bool:
    """Tokens j..j+2 are "Young", "-", "hoon": two short syllables, the first capitalized, glued by a hyphen."""
    first, dash, second = toks.texts[j : j + 3]
    size = patterns()["people"]["hyphen_given_syllables"]
    short = all(size["shortest"] <= len(w) <= size["longest"] and w.isalpha() for w in (first, second))
    glued = not toks.ws[j] and not toks.ws[j + 1] and dash in ("-", "‑")
    next_glued = j + 3 < toks.n and not toks.ws[j + 2] and toks.texts[j + 3] in ("-", "‑")
    return short and glued and not next_glued and first[:1].isupper() and first[1:].islower() and second[1:].islower()


def _place_name(toks: Tokens, gaz: Gazetteer, i: int, stop: int) -> bool:
    """ "Santiago de Cuba", "San Fernando": a run that opens with a first name but is, whole, a place's name."""
    entry = gaz.lookup(toks.span_text(i, stop))
    return entry is not None and entry.kind == "place"


def _credited(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """ "Jane Roe/Reuters": the name before the slash in a credit line is the photographer."""
    found: list[Candidate] = []
    credits = [(s.start, s.end) for s in toks.sections if s.kind == "credit"]
    for i in toks.where({"/"}) if credits else []:
        if i < 1 or not any(a <= toks.starts[i] < b for a, b in credits):
            continue
        begin = i
        while begin > 0 and name_unit(toks, begin - 1, gaz) == begin and toks.adjacent(begin):
            begin -= 1
        if i - begin >= 2:
            cand = _person(toks, begin, i, rank=RANK_PERSON - 1)
            found.append(cand)
    return found


def _person(toks: Tokens, i: int, j: int, *, title: str = "", rank: int = RANK_PERSON) -> Candidate:
    text = toks.span_text(i, j)
    cand = Candidate(toks.starts[i], toks.ends[j - 1], "person", f"person:{text.lower()}", text, rank=rank)
    if title:
        cand.attrs["title"] = title
    return cand


def _appositive(toks: Tokens, cand: Candidate, by_end: dict[int, Candidate]) -> None:
    """ "<name>, the Pentagon's deputy press secretary" / "<name>/US Army" in a credit line."""
    j = _index_at(toks, cand.end)
    if _in_section(toks, cand.start, "byline"):
        cand.attrs.setdefault("role", patterns()["people"]["byline_role"])
    if j < toks.n and toks.texts[j] == "/" and _in_section(toks, cand.start, "credit"):
        cand.attrs["role"] = patterns()["people"]["credit_role"]
        cand.refs["affiliation"] = toks.starts[j + 1] if j + 1 < toks.n else -1
        return
    if j + 1 >= toks.n or toks.texts[j] != ",":
        return
    k = j + 1
    if toks.texts[k].lower() in _ARTICLES:
        k += 1
    owner = _owner_at(toks, k, by_end)
    if owner is not None:
        cand.refs["affiliation"] = owner[0]
        k = owner[1]
    role_end = _role_end(toks, k)
    if role_end > k:
        cand.attrs["role"] = toks.span_text(k, role_end)


def _owner_at(toks: Tokens, k: int, by_end: dict[int, Candidate]) -> tuple[int, int] | None:
    """ "the Pentagon's …": the mention before a possessive, as (its char start, the token after "'s")."""
    for j in range(k, min(toks.n - 1, k + 5)):
        if toks.texts[j + 1] in ("'s", "’s"):
            hit = by_end.get(toks.ends[j])
            if hit is not None and hit.start == toks.starts[k]:
                return hit.start, j + 2
            return None
    return None


def _role_end(toks: Tokens, k: int) -> int:
    """The longest run of lowercase words from k (at most six) that ends with a role noun."""
    best = k
    for j in range(k, min(toks.n, k + 6)):
        if not toks.is_lower_word(j):
            break
        if toks.texts[j] in _role_heads():
            best = j + 1
    return best


def _index_at(toks: Tokens, char: int) -> int:
    j = 0
    lo, hi = 0, toks.n
    while lo < hi:
        mid = (lo + hi) // 2
        if toks.starts[mid] < char:
            lo = mid + 1
        else:
            hi = mid
    j = lo
    return toks.next_word(j)


def _in_section(toks: Tokens, char: int, kind: str) -> bool:
    return any(s.kind == kind and s.start <= char < s.end for s in toks.sections)
