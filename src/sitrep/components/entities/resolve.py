"""From overlapping candidates to the SPEC's entities: pick mentions, join them into one entity per thing
(surname-only and bare "coalition" mentions included), and resolve references into entity ids."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from typing import Any

from sitrep.components.entities.capitals import country_of_code
from sitrep.components.entities.lexicon import RANK_CITY, Gazetteer, first_keys, first_names, known_people, patterns
from sitrep.components.entities.names import RANK_GUESS, acronym_led_names
from sitrep.components.entities.people import name_at, name_particles, name_unit
from sitrep.components.entities.regions import direction_point
from sitrep.components.entities.scan import Candidate, Tokens, from_entry
from sitrep.record import Entity, Mention

_COMPOSITE = ("organization", "group", "place", "equipment")


@dataclass(slots=True)
class Resolved:
    """The entities in order of first mention, and every mention as (start, end, entity index)."""

    entities: list[Entity] = field(default_factory=list)
    index: list[tuple[int, int, int]] = field(default_factory=list)


def select(cands: list[Candidate], length: int) -> list[Candidate]:
    """Longest candidates first (then the most trusted source), never two overlapping; inner mentions
    (a country inside "German Armed Forces") are kept inside the mention that holds them (a place inside a
    directional one, "Hokkaido" of "northern Hokkaido", only while that one is chosen)."""
    taken = bytearray(length + 1)
    chosen: list[Candidate] = []
    for cand in sorted((c for c in cands if not c.inner), key=lambda c: (c.start - c.end, -c.rank)):
        if cand.end > cand.start and taken.find(1, cand.start, cand.end) < 0:
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            chosen.append(cand)
    outer = sorted((c.start, c.end) for c in chosen)
    pointed = {char for c in chosen for char in c.refs.values()}
    inner_taken = bytearray(length + 1)
    for cand in (c for c in cands if c.inner):
        if inner_taken.find(1, cand.start, cand.end) >= 0 or (cand.kind == "place" and cand.start not in pointed):
            continue  # "Wales" of "South Wales" inside "New South Wales": the mention that held it lost
        if _inside(outer, cand) or taken.find(1, cand.start, cand.end) < 0:
            inner_taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            chosen.append(cand)
    return sorted(chosen, key=lambda c: (c.start, -c.end))


def _inside(outer: list[tuple[int, int]], cand: Candidate) -> bool:
    """Whether one of the sorted, disjoint spans in `outer` holds the candidate (only the last one starting at or
    before it can)."""
    k = bisect_right(outer, cand.start, key=itemgetter(0)) - 1
    return k >= 0 and cand.end <= outer[k][1]


def inner_countries(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """The country a composite mention starts with: "Iraqi" in "Iraqi security forces", "U.S." in "U.S. Army"; in a
    place's name only the country it lies in ("Iraqi Kurdistan", not "British Columbia" nor the "Indian Ocean")."""
    found: list[Candidate] = []
    for cand in chosen:
        i = toks.starting_at(cand.start)
        if cand.kind not in _COMPOSITE or i is None:
            continue
        surface = ""
        for j in range(i, min(toks.n, i + 4)):
            if toks.ends[j] >= cand.end:
                break
            surface += (" " if j > i and toks.ws[j - 1] else "") + toks.texts[j]
            entry = gaz.lookup(surface)
            if entry is not None and entry.kind == "country" and (cand.kind != "place" or cand.country == entry.code):
                inner = from_entry(entry, cand.start, toks.ends[j])
                inner.inner = True
                found.append(inner)
                break
    return found


def shared_country_names(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """ "Congo" alone, in a story that names Goma or Kinshasa, is the Democratic Republic; in one that names
    Brazzaville, the Republic: a country name two countries share (`patterns.toml` [places] shared_country_names)
    is the one the article's other mentions (countries and the places in them) name more often, else the first."""
    shared: dict[str, list[str]] = patterns()["places"]["shared_country_names"]
    found = [c for c in chosen if c.kind == "country" and " ".join(toks.text[c.start : c.end].split()) in shared]
    if not found:
        return
    ids = {id(c) for c in found}
    starts = {c.start for c in found}
    counts: dict[str, int] = {}
    for cand in chosen:
        code = cand.code if cand.kind == "country" else cand.country if cand.kind == "place" else None
        if code and id(cand) not in ids and cand.refs.get("country") not in starts:  # not "eastern Congo" itself
            counts[code] = counts.get(code, 0) + 1
    for cand in found:
        codes = shared[" ".join(toks.text[cand.start : cand.end].split())]
        code = max(codes, key=lambda c: (counts.get(c, 0), -codes.index(c)))
        entry = country_of_code(gaz, code)
        if entry is None or code == cand.code:
            continue
        cand.key, cand.name, cand.code, cand.lat, cand.lon = entry.key, entry.name, code, entry.lat, entry.lon
        cand.country = code
        for place in chosen:  # "eastern Congo" lies where its country does; an unknown town written before it does not
            if place.kind == "place" and place.refs.get("country") == cand.start:
                point = (entry.lat, entry.lon) if place.lat is not None else (None, None)
                if place.lat is not None and place.start < cand.start:  # "eastern Congo": the east of that country
                    point = direction_point(code, toks.text[place.start : cand.start].strip()) or point
                place.country, (place.lat, place.lon) = code, point


def shared_place_names(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """ "the Gulf": a short name two seas share (`patterns.toml` [places] shared_place_names) is the first of them
    whose shore countries the article names (as countries or by their places), else the first."""
    shared: dict[str, dict[str, list[str]]] = patterns()["places"]["shared_place_names"]
    found = [c for c in chosen if c.kind == "place" and " ".join(toks.text[c.start : c.end].split()) in shared]
    if not found:
        return
    named = {c.code if c.kind == "country" else c.country for c in chosen if c.kind in ("country", "place")}
    for cand in found:
        seas = shared[" ".join(toks.text[cand.start : cand.end].split())]
        name = next((sea for sea, shores in seas.items() if named & set(shores)), next(iter(seas)))
        entry = gaz.lookup(name)
        if entry is not None and entry.key != cand.key:
            cand.key, cand.name, cand.lat, cand.lon, cand.country = entry.key, entry.name, entry.lat, entry.lon, None


def link_places(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """ "Incirlik Air Base, Turkey": a place written before ", <country>" lies in that country. Only the country's
    own name counts, and only a country the place may lie in: not a demonym ("the city of Osaka, British officials
    said"), not a capital that acts for its country ("the Soviet Union, Beijing has calculated"), not another
    country than the one a known city lies in, not the next item of a list of countries ("Georgia, North
    Macedonia, Kosovo, Belarus")."""
    before: Candidate | None = None
    for place, nxt in itertools.pairwise(chosen):
        listed = before is not None and before.kind == "country" and toks.text[before.end : place.start] == ", "
        before = place
        if place.kind != "place" or nxt.kind != "country" or toks.text[place.end : nxt.start] != ", " or listed:
            continue
        written = gaz.lookup(" ".join(toks.text[nxt.start : nxt.end].split()))
        if nxt.form != "name" or written is None or written.kind != "country":
            continue
        if place.country is None or place.country == nxt.code:
            place.refs.setdefault("country", nxt.start)


def place_short_forms(toks: Tokens, chosen: list[Candidate]) -> None:
    """ "the Middle Euphrates River Valley (MERV) … the MERV": an acronym in brackets right after a place's name
    (not a country's) is that place's short form, there and wherever the article writes it again, not an
    organization the acronym rule guessed."""
    short: dict[str, Candidate] = {}
    for cand in chosen:
        if cand.kind != "place" or cand.inner:
            continue
        found = _BRACKETED.match(toks.text, cand.end)
        if found is not None and found.group(1)[0] == _initial(cand.name):
            short.setdefault(found.group(1), cand)
    if not short:
        return
    for cand in chosen:
        place = short.get(cand.name) if cand.kind == "organization" and cand.rank <= RANK_GUESS else None
        if place is not None and toks.text[cand.start : cand.end] == cand.name:
            cand.kind, cand.key, cand.name, cand.rank = "place", place.key, place.name, place.rank
            cand.lat, cand.lon, cand.code, cand.country = place.lat, place.lon, place.code, place.country
            cand.refs = dict(place.refs)


_BRACKETED = re.compile(r" ?\(([A-Z]{2,6})\)")


def _initial(name: str) -> str:
    """The first capital letter of a name ("al-Tanf" → "T")."""
    return next((ch for ch in name if ch.isupper()), "")


def join_mentions(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """Later mentions by surname alone ("Singh") and bare "coalition", added where nothing else was found; an
    acronym joined to the name after it ("PSV Eindhoven")."""
    chosen = acronym_led_names(toks, chosen)
    chosen, aliases = _known_as(toks, gaz, chosen)
    taken = bytearray(len(toks.text) + 1)
    for cand in chosen:
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    surnames = _surnames(toks, chosen)
    surnames.update({k: v for k, v in aliases.items() if k not in surnames})
    coalition = _single_coalition(chosen)
    words = set(patterns()["groups"]["coalition"])
    added: list[Candidate] = []
    weak = {c.start: c for c in chosen if (c.kind == "place" and c.rank <= RANK_CITY) or _guessed(c)}
    weak.update(_countries_as_surnames(toks, chosen, surnames))
    firsts = {k for name in surnames for k in first_keys(name)} | (words if coalition is not None else set())
    crowned = _crowned(chosen, surnames)
    for i in toks.where(firsts):
        end = name_unit(toks, i, gaz)
        person = surnames.get(toks.span_text(i, end)) if end > i else None
        if person is not None and person.name.rsplit(" ", 1)[-1] in crowned:
            person = _latest(crowned[person.name.rsplit(" ", 1)[-1]] + [person], chosen, toks.starts[i])
        replaced = weak.get(toks.starts[i])
        if person is not None and replaced is not None and replaced.end == toks.ends[end - 1]:
            chosen = [c for c in chosen if c is not replaced]
            added.append(_copy(person, replaced.start, replaced.end))
            continue
        if taken[toks.starts[i]]:
            continue
        if person is not None and " " not in person.name and i > 0 and toks.texts[i - 1].lower() in _determiners:
            continue  # "President Park … the Park": a word known only with its title is no name after "the"
        if person is not None:
            added.append(_copy(person, _full_name_start(toks, taken, person, i, end), toks.ends[end - 1]))
        elif coalition is not None and toks.texts[i] in words and not toks.is_cap(i - 1):
            added.append(_copy(coalition, toks.starts[i], toks.ends[i]))
    return sorted(chosen + added, key=lambda c: (c.start, -c.end))


def _full_name_start(toks: Tokens, taken: bytearray, person: Candidate, i: int, end: int) -> int:
    """ "Macky Sall Concedes Defeat": where the words before a surname mention are the rest of the person's full
    name, free of other mentions (a Title Case headline, where no name is guessed), the mention is the full name."""
    words = person.name.split(" ")
    k = i - (len(words) - 1)
    if len(words) < 2 or k < 0 or toks.span_text(k, end) != person.name or taken[toks.starts[k]]:
        return toks.starts[i]
    return toks.starts[k] if all(toks.adjacent(j) for j in range(k + 1, i + 1)) else toks.starts[i]


def _guessed(cand: Candidate) -> bool:
    """A person's name only guessed from its shape ("El Chapo" again after "better known as El Chapo")."""
    return cand.kind == "person" and cand.rank <= RANK_GUESS and " " in cand.name


def _known_as(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> tuple[list[Candidate], dict[str, Candidate]]:
    """ "Mohamed Hamdan Dagalo, known as Hemedti": the name after an alias cue that follows a person's name (over a
    comma or a bracket and an adverb, `patterns.toml` [people] alias_cues) is that person; the alias text maps to them
    for later mentions. A weaker candidate at the alias (a guessed name, a place) gives way."""
    conf = patterns()["people"]
    cues = [tuple(c.split()) for c in conf["alias_cues"]]
    adverbs = frozenset(conf["alias_adverbs"])
    people = {c.end: c for c in chosen if c.kind == "person" and " " in c.name}
    aliases: dict[str, Candidate] = {}
    for k in toks.where({c[0] for c in cues}) if people else []:
        cue = next((c for c in cues if tuple(toks.texts[k : k + len(c)]) == c), None)
        j = k - 1
        while j > 0 and toks.texts[j] in adverbs:
            j -= 1
        if cue is None or toks.texts[j] not in (",", "(") or (person := people.get(toks.ends[j - 1])) is None:
            continue
        begin = k + len(cue)
        end = name_at(toks, begin, gaz) if begin < toks.n else begin
        if end == begin or not toks.adjacent(begin):
            continue
        start, stop = toks.starts[begin], toks.ends[end - 1]
        if any(c.start < stop and start < c.end and c.rank > RANK_GUESS and c.kind != "place" for c in chosen):
            continue  # the name after the cue is a body or a person of its own
        chosen = [c for c in chosen if not (c.start < stop and start < c.end)] + [_copy(person, start, stop)]
        aliases.setdefault(toks.span_text(begin, end), person)
    return sorted(chosen, key=lambda c: (c.start, -c.end)), aliases


def _countries_as_surnames(
    toks: Tokens, chosen: list[Candidate], surnames: dict[str, Candidate]
) -> dict[int, Candidate]:
    """ "Rep. Jim Jordan … Jordan said": a country's name that is the surname of a person the article names in full,
    where nothing else in it (a demonym, a town, another name of the country) names that country, is that person."""
    named = [c for c in chosen if c.kind == "country" and c.form == "name" and not c.inner
             and toks.text[c.start : c.end] in surnames]  # fmt: skip
    if not named:
        return {}
    ids = {id(c) for c in named}
    elsewhere = {c.code if c.kind == "country" else c.country for c in chosen if id(c) not in ids}
    return {c.start: c for c in named if c.code not in elsewhere}


def _crowned(chosen: list[Candidate], surnames: dict[str, Candidate]) -> dict[str, list[Candidate]]:
    """Monarchs named by title and one word ("King Hussein") that a full name ends in too ("Saddam Hussein")."""
    found: dict[str, list[Candidate]] = {}
    for cand in chosen:
        if cand.kind == "person" and " " not in cand.name and cand.attrs.get("title") in _given_name_titles():
            held = surnames.get(cand.name)
            if held is not None and held.key != cand.key and cand.key not in {c.key for c in found.get(cand.name, [])}:
                found.setdefault(cand.name, []).append(cand)
    return found


def _latest(people: list[Candidate], chosen: list[Candidate], char: int) -> Candidate:
    """Of people who share a word, the one named last before a char offset ("with Hussein" after "King Hussein"
    stands for the king, not for "Saddam Hussein" named earlier); the first of them when none was named before."""
    keys = {c.key: c for c in people}
    before = [c for c in chosen if c.key in keys and c.start < char]
    return keys[max(before, key=lambda c: c.start).key] if before else people[-1]


def _surnames(toks: Tokens, chosen: list[Candidate]) -> dict[str, Candidate]:
    found: dict[str, Candidate] = {}
    clashes: set[str] = set()
    people = [c for c in chosen if c.kind == "person" and " " in c.name]
    for cand in sorted(people, key=lambda c: c.rank <= RANK_GUESS):  # names a list or a title vouches for first
        for short in _short_forms(cand.name):
            held = found.get(short)
            if held is not None and _rivals(held, cand):
                clashes.add(short)
            found.setdefault(short, cand)
    for cand in chosen:  # "President Macron … Macron said", "Sheikh Hasina … Hasina": a titled one-word name
        if _titled_word(cand) and cand.name not in found and cand.name not in clashes:
            found[cand.name] = cand
    return {k: v for k, v in found.items() if k not in clashes}


_determiners = frozenset({"the", "a", "an"})


def _titled_word(cand: Candidate) -> bool:
    """A person named by a title and one capitalized word ("President Macron"), no full name."""
    return (cand.kind == "person" and bool(cand.attrs.get("title")) and " " not in cand.name
            and cand.name.isalpha() and cand.name[:1].isupper())  # fmt: skip


def _short_forms(name: str) -> list[str]:
    """The words a later mention may name a person by: the surname, and bare of its article ("Zawahiri" of "Ayman
    al-Zawahiri"); the family name written first ("Kim" of "Kim Jong Un"); the given name before a word of descent
    ("Osama" of "Osama bin Laden"); the first of two surnames ("Petro" of "Gustavo Petro Urrego"); the kunya of an
    Arabic name ("Abu Bakr" of "Abu Bakr al-Baghdadi")."""
    words = name.split(" ")
    found = [words[-1]]
    head, dash, bare = words[-1].partition("-")
    if dash and head in name_particles() and bare[:1].isupper():
        found.append(bare)
    if words[0] in _family_first() or (len(words) > 2 and words[1] in _patronymics()):
        found.append(words[0])
    elif len(words) == 3 and words[0] in first_names() and _first_surname(words[1]):
        found.append(words[1])
    if len(words) > 2 and words[0] in _kunya_words() and words[1][:1].isupper():
        found.append(" ".join(words[:2]))
    return found


@cache
def _kunya_words() -> frozenset[str]:
    return frozenset(patterns()["people"]["kunya_words"])


def _first_surname(word: str) -> bool:
    """The middle word of a three-word name that is no given name, initial or particle: the first of two surnames
    ("Petro" of "Gustavo Petro Urrego"), by which Spanish and Portuguese names are written short."""
    return word[:1].isupper() and word[1:].islower() and word not in first_names() and word not in name_particles()


@cache
def _patronymics() -> frozenset[str]:
    return frozenset(patterns()["people"]["patronymics"])


@cache
def _family_first() -> frozenset[str]:
    """Family names written first ("Kim Jong Un" is "Kim" later on): `patterns.toml` [people] family_first."""
    return frozenset(patterns()["people"]["family_first"])


def _rivals(held: Candidate, cand: Candidate) -> bool:
    """Two different people who share a surname; a guessed name ("Hosting Cook") is no rival of one a list or a
    title vouches for ("CEO Tim Cook"), which is taken first."""
    if held.key == cand.key or _same_person(held.name, cand.name):
        return False
    return cand.rank > RANK_GUESS or held.rank <= RANK_GUESS


def _same_person(a: str, b: str) -> bool:
    """ "John R. Bolton" and "John Bolton": the same first and last name, a middle name or initial aside."""
    return a.split(" ", 1)[0] == b.split(" ", 1)[0]


def _single_coalition(chosen: list[Candidate]) -> Candidate | None:
    keys = {c.key: c for c in chosen if c.kind == "organization" and "coalition" in c.name.lower()}
    return next(iter(keys.values())) if len(keys) == 1 else None


def _copy(cand: Candidate, start: int, end: int) -> Candidate:
    return Candidate(start, end, cand.kind, cand.key, cand.name, cand.code, cand.lat, cand.lon, cand.country,
                     "name", cand.rank, inner=cand.inner)  # fmt: skip


def build(text: str, mentions: list[Candidate]) -> Resolved:
    """One entity per key, ids in order of first mention, references turned into entity ids."""
    merged = _merge_people(mentions)
    order: dict[str, int] = {}
    result = Resolved()
    groups: list[list[Candidate]] = []
    at: dict[int, list[tuple[int, int, str]]] = {}
    for cand in mentions:
        key = merged.get(cand.key, cand.key)
        n = order.get(key)
        if n is None:
            n = order[key] = len(groups)
            groups.append([])
        groups[n].append(cand)
        result.index.append((cand.start, cand.end, n))
        at.setdefault(cand.start, []).append((cand.end - cand.start, n, cand.kind))
    by_code = {g[0].code: n for n, g in enumerate(groups) if g[0].kind == "country" and g[0].code}
    for n, group in enumerate(groups):
        result.entities.append(_entity(n, group, text, at, by_code))
    result.index.sort()
    return result


def _merge_people(mentions: list[Candidate]) -> dict[str, str]:
    """ "President Biden" joins "Joe Biden": a one-word person whose word is the short form of exactly one full name
    ("Sheikh Tamim" joins "Tamim bin Hamad Al Thani", see `_short_forms`); and "De La
    Fuente" joins "Rocky De La Fuente": a name of several words that ends exactly one longer name. A monarch named
    by title ("King Hussein of Jordan") joins no full name that only ends in the same word ("Saddam Hussein")."""
    full: dict[str, set[str]] = {}
    names = {c.name.lower(): c.key for c in mentions if c.kind == "person" and " " in c.name}
    for cand in mentions:
        if cand.kind == "person" and " " in cand.name:
            for short in _short_forms(cand.name):
                full.setdefault(short.lower(), set()).add(cand.key)
    crowned = {c.key for c in mentions if c.kind == "person" and c.attrs.get("title") in _given_name_titles()}
    countries = _people_countries(mentions)
    merged: dict[str, str] = {}
    for cand in mentions:
        if cand.kind != "person":
            continue
        if " " not in cand.name:
            keys = full.get(cand.name.lower(), set())
            if cand.key in crowned:
                keys = keys & crowned
            keys = {k for k in keys if _same_country(countries, cand.key, k)}
        else:
            tail = " " + cand.name.lower()
            keys = {key for name, key in names.items() if name.endswith(tail) and key != cand.key}
            keys = keys or full.get(cand.name.lower(), set()) - {cand.key}  # "Abu Bakr" of "Abu Bakr al-Baghdadi"
        if len(keys) == 1:
            merged[cand.key] = next(iter(keys))
    return merged


@cache
def _name_honorifics() -> frozenset[str]:
    """Honorifics that are part of the name of a person named by one word after them (`patterns.toml` [people]
    name_honorifics)."""
    return frozenset(patterns()["people"]["name_honorifics"])


@cache
def _given_name_titles() -> frozenset[str]:
    """Titles written before a monarch's given name (`patterns.toml` [people] given_name_titles)."""
    return frozenset(patterns()["people"]["given_name_titles"])


def _people_countries(mentions: list[Candidate]) -> dict[str, set[str]]:
    """The countries each person key is tied to: the country an "of <country>" or "<country>'s" before a title
    names, and the country the actor dictionary gives a full name."""
    codes = {c.start: c.code for c in mentions if c.kind == "country" and c.code}
    found: dict[str, set[str]] = {}
    for cand in mentions:
        if cand.kind != "person":
            continue
        code = codes.get(cand.refs.get("affiliation", -1)) or known_people().get(cand.name.lower())
        if code:
            found.setdefault(cand.key, set()).add(code)
    return found


def _same_country(countries: dict[str, set[str]], a: str, b: str) -> bool:
    """Whether two person keys may be one person: not when each is tied to countries and they share none."""
    return not (countries.get(a) and countries.get(b)) or bool(countries[a] & countries[b])


def _target(at: dict[int, list[tuple[int, int, str]]], char: int, attr: str) -> int | None:
    """The entity a reference points at: a country for "country"/"backer", else the longest mention there."""
    found = at.get(char)
    if not found:
        return None
    if attr in ("country", "backer"):
        countries = [f for f in found if f[2] == "country"]
        found = countries or found
    return max(found)[1]


def _entity(
    n: int, group: list[Candidate], text: str, at: dict[int, list[tuple[int, int, str]]], by_code: dict[str, int]
) -> Entity:
    head = max(group, key=lambda c: len(c.name)) if group[0].name_from == "longest" else _best_named(group)
    attrs: dict[str, Any] = {}
    for cand in group:
        for name, value in cand.attrs.items():
            attrs.setdefault(name, value)
        for name, char in cand.refs.items():
            target = _target(at, char, name)
            if target is not None and target != n:
                attrs.setdefault(name, f"E{target + 1}")
    country = next((c.country for c in group if c.country), None)
    if country is None and head.kind == "person":
        country = known_people().get(head.name.lower())
    tied = by_code.get(country or "", n)
    if tied != n and f"E{tied + 1}" not in attrs.values() and head.kind != "country":
        attrs.setdefault("country" if head.kind == "place" else "affiliation", f"E{tied + 1}")
    lat = next((c.lat for c in group if c.lat is not None), None)
    lon = next((c.lon for c in group if c.lon is not None), None)
    mentions = [Mention(c.start, c.end, text[c.start : c.end]) for c in sorted(group, key=lambda c: c.start)]
    return Entity(f"E{n + 1}", head.kind, _honored_name(head, group), head.code, lat, lon, attrs, mentions)


def _honored_name(head: Candidate, group: list[Candidate]) -> str:
    """ "Sheikh Hasina", "Mullah Omar": a person named only by an honorific and one word is known by both (the
    honorific stays out of the mentions, as a title); a fuller name ("Tamim bin Hamad Al Thani") is left as it is."""
    if head.kind != "person" or " " in head.name:
        return head.name
    honorific = next((c.attrs.get("title") for c in group if c.attrs.get("title") in _name_honorifics()), None)
    return f"{honorific} {head.name}" if honorific else head.name


def _best_named(group: list[Candidate]) -> Candidate:
    """The first mention, except that a full name beats a surname-only one."""
    return max(group, key=lambda c: (c.kind == "person" and " " in c.name, c.rank, -c.start))
