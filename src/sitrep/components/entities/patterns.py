"""Patterns that find entities no list holds: military units, task forces, national bodies, backed groups,
directional regions, named facilities and weapon designations. Every word they use is in patterns.toml."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.components.entities.capitals import country_of_code
from sitrep.components.entities.lexicon import (
    RANK_REGION,
    Gazetteer,
    common_words,
    first_keys,
    last_names,
    not_town_names,
    pattern_words,
    patterns,
    titles,
    towns,
)
from sitrep.components.entities.people import headline_verb
from sitrep.components.entities.regions import direction_point
from sitrep.components.entities.scan import Candidate, Tokens, from_entry, longest_at
from sitrep.data_files import load_toml

RANK_PATTERN = 3
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}(?:/[A-Z]{1,3})?-?\d{1,4}[A-Z]{0,2}(?:s)?$")


@cache
def _phrases(section: str, name: str) -> tuple[frozenset[str], int, frozenset[str]]:
    """A word list from patterns.toml as a set, its longest entry in words, and the first tokens it can start with."""
    words: list[str] = patterns()[section][name]
    firsts = frozenset(k for w in words for k in first_keys(w))
    return frozenset(words), max(len(w.split()) for w in words), firsts | {f.lower() for f in firsts}


def _phrase_at(toks: Tokens, i: int, section: str, name: str, *, fold: bool = False) -> int:
    """End index of the longest listed phrase starting at token i (i when none)."""
    words, longest, firsts = _phrases(section, name)
    if i >= toks.n or toks.texts[i] not in firsts:
        return i
    best, surface = i, ""
    for j in range(i, min(toks.n, i + longest + 2)):
        if toks.space[j]:
            break
        surface += (" " if j > i and toks.ws[j - 1] else "") + toks.texts[j]
        if (surface.lower() if fold else surface) in words:
            best = j + 1
    return best


def find_patterns(toks: Tokens, gaz: Gazetteer, hits: dict[int, Candidate]) -> list[Candidate]:
    """All pattern candidates; `hits` maps a token index to the gazetteer candidate starting there."""
    found: list[Candidate] = []
    found += military_units(toks)
    found += court_districts(toks, gaz)
    found += national_bodies(toks, hits)
    found += directional_regions(toks, hits)
    found += facilities(toks)
    found += facilities_lower(toks, hits)
    found += places_before_countries(toks, gaz, hits)
    found += equipment(toks, gaz)
    found += flights(toks, gaz)
    found += country_pairs(toks, gaz)
    return found


def military_units(toks: Tokens) -> list[Candidate]:
    """ "3rd Battalion, 112th Field Artillery Regiment", "Bravo Battery", "Task Force Elkhound"."""
    found: list[Candidate] = []
    phonetic = set(patterns()["units"]["phonetic"])
    i = 0
    for k in toks.where(_unit_firsts()):
        if k < i:
            continue
        i = k
        end = _phrase_at(toks, i, "units", "prefixes")
        if end > i and toks.is_cap(end):
            stop = _cap_run(toks, end, 3)
            found.append(_org(toks, i, stop))
            i = stop
            continue
        end = _phrase_at(toks, i, "units", "heads")
        if end > i:
            begin = _back_run(toks, i)
            words = toks.texts[begin:i]
            if any(_ORDINAL.match(w) or w in phonetic for w in words) or len(words) >= 2:
                found.append(_org(toks, begin, end))
            i = end
    _link_parents(toks, found)
    return found


@cache
def _unit_firsts() -> frozenset[str]:
    return _phrases("units", "prefixes")[2] | _phrases("units", "heads")[2]


def _back_run(toks: Tokens, i: int) -> int:
    """Start of the run of capitalized words and ordinals right before token i."""
    begin = i
    while begin > 0 and toks.ws[begin - 1] and toks.adjacent(begin):
        word = toks.texts[begin - 1]
        if not (_ORDINAL.match(word) or (word[:1].isupper() and word.lower() not in _STOP)):
            break
        begin -= 1
    return begin


def _cap_run(toks: Tokens, i: int, most: int) -> int:
    end = i
    while end < toks.n and end - i < most and toks.is_cap(end) and toks.texts[end].lower() not in _STOP:
        end += 1
        if not toks.ws[end - 1]:
            break
    return end


def _org(toks: Tokens, i: int, j: int) -> Candidate:
    text = toks.span_text(i, j)
    return Candidate(toks.starts[i], toks.ends[j - 1], "organization", f"organization:{text.lower()}", text,
                     rank=RANK_PATTERN)  # fmt: skip


def court_districts(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """ "the Southern District of New York", "the Western District of Texas": a US federal court's district (its
    judges, its prosecutors) is an organization, and the state written in its name is no place of the story."""
    found: list[Candidate] = []
    conf = patterns()["organizations"]["court_districts"]
    for i in toks.where(frozenset(conf["sides"])):
        if i + 3 >= toks.n or toks.texts[i + 1] not in conf["heads"] or toks.texts[i + 2] != "of":
            continue
        for j in range(min(toks.n, i + 3 + _MAX_STATE_TOKENS), i + 3, -1):
            if toks.span_text(i + 3, j) in gaz.states:
                found.append(_org(toks, i, j))
                break
    return found


_MAX_STATE_TOKENS = 2  # "New York", "North Carolina"


def _link_parents(toks: Tokens, units: list[Candidate]) -> None:
    """In "Bravo Battery, 3rd Battalion, …" each unit belongs to the next one in the chain."""
    for unit, parent in itertools.pairwise(units):
        between = toks.text[unit.end : parent.start]
        if between.strip() == ",":
            unit.refs["parent"] = parent.start


def national_bodies(toks: Tokens, hits: dict[int, Candidate]) -> list[Candidate]:
    """ "Iraq's defense ministry", "the German military said", "Iranian-backed militia groups"."""
    found: list[Candidate] = []
    conf = patterns()
    followers = set(conf["organizations"]["followers"]["words"])
    for i, hit in hits.items():
        if hit.kind != "country":
            continue
        after = _index_after(toks, hit.end, i)
        if after < toks.n and toks.texts[after] in ("'s", "’s"):
            after += 1
        if (
            after < toks.n
            and toks.texts[after] == "-"
            and toks.texts[min(after + 1, toks.n - 1)] in conf["groups"]["backed"]
        ):
            found += _backed(toks, i, hit, after + 2)
            continue
        end = _head_at(toks, after, conf["organizations"]["national"])
        if end > after and _follower_ok(toks, end, followers, toks.texts[end - 1]):
            found.append(_national(toks, i, end, hit, conf["organizations"]["national"]))
            continue
        end = _phrase_at(toks, after, "groups", "national_heads")
        if end > after:
            found.append(_group(toks, i, end, hit, f"group:{hit.code}:{toks.span_text(after, end).lower()}"))
    return found


def _index_after(toks: Tokens, char: int, i: int) -> int:
    j = i
    while j < toks.n and toks.starts[j] < char:
        j += 1
    return j


def _head_at(toks: Tokens, i: int, heads: dict[str, str]) -> int:
    best, surface = i, ""
    for j in range(i, min(toks.n, i + 3)):
        surface += (" " if j > i else "") + toks.texts[j].lower()
        if surface in heads:
            best = j + 1
    return best


def _follower_ok(toks: Tokens, end: int, followers: set[str], head: str) -> bool:
    """Plural heads ("security forces") always name a body; "military" only when not modifying a noun."""
    if head.lower() not in patterns()["organizations"]["followers"]["modifier_heads"]:
        return True
    nxt = toks.next_word(end)
    return nxt >= toks.n or not toks.is_lower_word(nxt) or toks.texts[nxt] in followers


def _national(toks: Tokens, i: int, end: int, hit: Candidate, heads: dict[str, Any]) -> Candidate:
    text = toks.span_text(i, end)
    head = heads.get(toks.span_text(_index_after(toks, hit.end, i), end).lower().lstrip("'’s "), "")
    cand = Candidate(hit.start, toks.ends[end - 1], "organization", f"organization:{hit.code}:{head.lower()}", text,
                     country=hit.code, rank=RANK_PATTERN)  # fmt: skip
    cand.refs["country"] = hit.start
    return cand


def _backed(toks: Tokens, i: int, hit: Candidate, after: int) -> list[Candidate]:
    end = _phrase_at(toks, after, "groups", "heads")
    if end <= after:
        return []
    return [_group(toks, i, end, hit, f"group:backed:{hit.code}", backer=True)]


def _group(toks: Tokens, i: int, end: int, hit: Candidate, key: str, *, backer: bool = False) -> Candidate:
    text = toks.span_text(i, end)
    cand = Candidate(hit.start, toks.ends[end - 1], "group", key, text, country=hit.code, rank=RANK_PATTERN)
    cand.refs["backer" if backer else "country"] = hit.start
    cand.name_from = "longest"
    return cand


def directional_regions(toks: Tokens, hits: dict[int, Candidate]) -> list[Candidate]:
    """ "northeast Syria", "Northern Iraq": a direction word right before a country or place."""
    directions = set(patterns()["places"]["directions"])
    found: list[Candidate] = []
    for i, hit in hits.items():
        d = i - 1
        if hit.kind not in ("country", "place") or hit.form != "name" or d < 0 or not toks.ws[d]:
            continue
        named = hits.get(d)
        if named is not None and named.end >= hit.end:
            continue  # "South Africa", "North Korea": the whole is a name of its own
        if toks.texts[d].lower() in directions and toks.adjacent(i):
            text = toks.span_text(d, i) + " " + toks.text[hit.start : hit.end]
            lat, lon = _direction_point(hit, toks.texts[d])
            cand = Candidate(toks.starts[d], hit.end, "place", f"place:{text.lower()}", text, None, lat, lon,
                             hit.country, rank=RANK_PATTERN)  # fmt: skip
            cand.refs["country" if hit.kind == "country" else "within"] = hit.start
            inner = Candidate(hit.start, hit.end, hit.kind, hit.key, hit.name, hit.code, hit.lat, hit.lon,
                              hit.country, hit.form, hit.rank, inner=True)  # fmt: skip
            found += [cand, inner]
    return found


def _direction_point(hit: Candidate, direction: str) -> tuple[float | None, float | None]:
    """The point of "<direction> <country>" ("eastern Congo" lies near Goma, `regions.py`); a place's own point, or a
    country's middle when its towns say nothing."""
    point = direction_point(hit.code, direction) if hit.kind == "country" and hit.code else None
    return point if point is not None else (hit.lat, hit.lon)


def facilities(toks: Tokens) -> list[Candidate]:
    """ "Al Asad Airbase", "Camp Lemonnier", "Fort Bragg": a named place with a facility word."""
    found: list[Candidate] = []
    firsts = _phrases("places", "facility_prefixes")[2] | _phrases("places", "facility_suffixes")[2]
    for i in toks.where(firsts):
        end = _phrase_at(toks, i, "places", "facility_prefixes")
        if end > i and toks.is_cap(end):
            stop = _cap_run(toks, end, 2)
            if stop > end and toks.texts[stop - 1] not in _phrases("organizations", "suffixes")[0]:
                found.append(_place(toks, i, stop))  # not "the Cape Argus", "Port Authority": a body's name
                continue
        end = _phrase_at(toks, i, "places", "facility_suffixes")
        if end > i and i > 0 and not _titled_surname(toks, i, end) and not _opens_a_title(toks, i):
            begin = _name_back(toks, i)
            if begin < i:
                found.append(_place(toks, begin, end))
    return found


def _titled_surname(toks: Tokens, i: int, end: int) -> bool:
    """ "President Park", "Mayor Street": a one-word facility word that is also a surname, right after a title, is
    the person's name (not "Both South Korean President Park" as a park)."""
    return end == i + 1 and toks.texts[i] in last_names() and toks.texts[i - 1] in titles()


def _opens_a_title(toks: Tokens, i: int) -> bool:
    """ "Tehama County District Attorney Gregg Cohen": a facility word that opens an office's title ("District
    Attorney") ends no place's name; the name before it stays what it is ("Tehama County")."""
    return any(toks.span_text(i, j) in titles() for j in range(i + 2, min(toks.n, i + _TITLE_WORDS) + 1))


_TITLE_WORDS = 3


def facilities_lower(toks: Tokens, hits: dict[int, Candidate]) -> list[Candidate]:
    """ "Evin prison", "Bagram air base": a proper name no list knows before a lower-case facility word (a city
    before it stays the city's mention, "Kabul airport"; a country or organization makes no facility name, nor does a
    faith's word, "a Shiite mosque", or a currency's, "the Euro area"; a town's name before "district" stays the
    town's, as the district is little wider)."""
    found: list[Candidate] = []
    for i in toks.where(_phrases("places", "facility_heads")[2]):
        end = _phrase_at(toks, i, "places", "facility_heads")
        if end == i or i == 0 or not toks.ws[i - 1]:
            continue
        begin = _name_back(toks, i)
        named = [hits.get(j) for j in range(begin, i)]
        faith = begin == i - 1 and toks.texts[begin] in _phrases("places", "faith_words")[0] | _phrases(
            "places", "not_facility_names")[0]
        town = toks.texts[i] == "district" and towns().spells(toks.span_text(begin, i))  # "Haditha district"
        unknown = all(h is None for h in named) or _part_of_a_city(toks, begin, i, end)
        if begin < i and unknown and not faith and not town and not _party_camp(toks, begin, i, end):
            found.append(_place(toks, begin, end))
    return found


def _party_camp(toks: Tokens, begin: int, i: int, end: int) -> bool:
    """ "the Sanders camp", "the Remain camp": a word that also names a side's followers (`patterns.toml` [places]
    people_heads) after a person's name or an everyday word names no place ("the Zamzam camp" does)."""
    if toks.span_text(i, end) not in _phrases("places", "people_heads")[0]:
        return False
    words = toks.texts[begin:i]
    return any(w in not_town_names() or w.lower() in common_words() for w in words)


def _part_of_a_city(toks: Tokens, begin: int, i: int, end: int) -> bool:
    """ "Rio de Janeiro's Jacarezinho favela": a name before a word for a part of a city (`patterns.toml` [places]
    city_parts), written after a city's possessive, names that part even when a town elsewhere bears the name ("the
    Dallas suburb of Mesquite" is no part named Dallas)."""
    if toks.span_text(i, end) not in _phrases("places", "city_parts")[0]:
        return False
    return begin > 0 and toks.texts[begin - 1] in ("'s", "’s")


def places_before_countries(toks: Tokens, gaz: Gazetteer, hits: dict[int, Candidate]) -> list[Candidate]:
    """ "Marjayoun, Lebanon", "Newtown, Connecticut": a capitalized name no list knows, written before ", <country>"
    or ", <US state's full name>", is a place there (not before a name that opens a longer name: "Later, Jordan
    Peterson")."""
    found: list[Candidate] = []
    for i, hit in hits.items():
        if not _country_or_state(gaz, hit) or hit.form != "name" or i < 2 or toks.texts[i - 1] != ",":
            continue
        nxt = i + 1
        while nxt < toks.n and toks.starts[nxt] < hit.end:
            nxt += 1
        last = i - 2
        if toks.ws[last]:
            continue
        name_end, last = last + 1, _before_suffix(toks, last)
        if (nxt < toks.n and toks.texts[nxt] in ("'s", "’s")) or not _unknown_name(toks, last):
            continue
        if hit.kind != "country" and _opens(toks, last):
            continue  # "Springfield, Illinois" opening a sentence may be a person's name and title
        if nxt < toks.n and toks.ws[nxt - 1] and toks.adjacent(nxt) and _unknown_name(toks, nxt):
            continue  # "Later, Jordan Peterson told": the country's name opens a person's
        begin = last
        while begin > 0 and toks.ws[begin - 1] and toks.adjacent(begin) and _unknown_name(toks, begin - 1):
            begin -= 1
        cand = _place(toks, begin, name_end)
        cand.rank, cand.country = 1, hit.code or hit.country
        if hit.kind == "country":
            cand.refs["country"] = hit.start
        found.append(cand)
    return found


def _before_suffix(toks: Tokens, last: int) -> int:
    """ "Tongchang-ri": the capitalized word a short lower-case suffix is glued to by a hyphen (a village's or a
    county's word in Korean names), else `last` itself."""
    word = toks.texts[last]
    glued = last >= 2 and toks.texts[last - 1] == "-" and not toks.ws[last - 2] and not toks.ws[last - 1]
    return last - 2 if glued and word.isalpha() and word.islower() and len(word) <= _MAX_SUFFIX else last


_MAX_SUFFIX = 3


def _country_or_state(gaz: Gazetteer, hit: Candidate) -> bool:
    """A country, a US state written by its full name ("Connecticut"; not a city that bears a state's name), or a
    province of a country that no city's name shares ("Kuriga, Kaduna State", "Buni Yadi, Yobe")."""
    if hit.kind == "country":
        return True
    if hit.kind == "place" and hit.rank == RANK_REGION and hit.country and hit.lat is None:
        return True
    state = gaz.states.get(hit.name) if hit.kind == "place" else None
    return state is not None and state.key == hit.key


def _unknown_name(toks: Tokens, i: int) -> bool:
    """A capitalized word that may be part of a name no list knows: no function word, day or month ("Thursday,
    United States forces ...") and no sentence adverb ("Moreover, Russia failed", "Separately, Norway said")."""
    word = toks.texts[i]
    lower = word.lower()
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()) or lower in _STOP | _NOT_NAME:
        return False
    adverb = lower.endswith(_ADVERB_END) or lower in _OPENING_ADVERBS
    return lower not in STOP_WORDS and not (adverb and _opens(toks, i))


_ADVERB_END = "ly"
_OPENING_ADVERBS = frozenset(patterns()["places"]["opening_adverbs"])


def _opens(toks: Tokens, i: int) -> bool:
    """Token i opens its line or sentence (after a stop or an opening quote)."""
    return i == 0 or not toks.adjacent(i) or toks.texts[i - 1] in (".", "!", "?", '"', "“", "‘", "'", ":", ";")


_NOT_NAME = frozenset(patterns()["people"]["not_name_words"])


def _name_back(toks: Tokens, i: int) -> int:
    """Start of a proper name right before token i, allowing "al-" style particles ("Ain al-Asad", "Deir ez-Zor"); a
    word in capitals of four letters or more ends it before a word that is not ("FREEWAY LUXOR HOTEL Mandalay Bay
    Resort", a map's labels, is no one name)."""
    begin = i
    particles = set(patterns()["people"]["particles"]) | set(patterns()["places"]["hyphened_particles"])
    shouted = toks.texts[i].isupper()
    while begin > 0 and toks.adjacent(begin) and i - begin < 5:
        word = toks.texts[begin - 1]
        if (len(word) >= _SHOUTED and word.isupper() and not shouted) or headline_verb(toks, begin - 1):
            break  # "Protesters Storm Palace": a Title Case headline's verb opens no place's name
        if word == "-" and begin >= 2 and toks.texts[begin - 2] in particles:
            begin -= 2
        elif word[:1].isupper() and word.lower() not in _STOP and word.isalpha() and toks.ws[begin - 1]:
            begin -= 1
        else:
            break
    return begin


_SHOUTED = 4


def _place(toks: Tokens, i: int, j: int) -> Candidate:
    text = toks.span_text(i, j)
    return Candidate(toks.starts[i], toks.ends[j - 1], "place", f"place:{text.lower()}", text, rank=RANK_PATTERN)


def equipment(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """Weapon and platform designations ("M119 howitzer", "CH-47", "AH-64 Apache helicopters") and named
    ships ("USS Carney")."""
    blocked = set(patterns()["equipment"]["not_designations"])
    found: list[Candidate] = []
    i = 0
    ships = frozenset(patterns()["equipment"]["ship_prefixes"])
    starters = {text for text in toks.capital if _DESIGNATION.match(text)}
    starters.update(toks.positions.keys() & (gaz.equipment_first | ships))
    for k in toks.where(starters):
        if k < i:
            continue
        text = toks.texts[k]
        cand = _listed_equipment(toks, gaz, k) or _ship(toks, k)
        if cand is None and _DESIGNATION.match(text) and text not in blocked and _looks_designed(toks, k):
            end = _equipment_end(toks, gaz, k + 1)
            cand = Candidate(toks.starts[k], toks.ends[end - 1], "equipment", f"equipment:{text.rstrip('s').lower()}",
                             toks.span_text(k, end), rank=RANK_PATTERN + 2)  # fmt: skip
        if cand is None:
            continue
        found.append(cand)
        i = k
        while i < toks.n and toks.starts[i] < cand.end:
            i += 1
    return found


def country_pairs(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """ "the two Koreas", "both Sudans": a plural naming two countries at once is one group of those countries
    (`countries.toml` [collectives]), with "two" or "both" in its mention."""
    pairs: dict[str, Any] = dict(load_toml("entities/countries.toml")["collectives"])
    openers = frozenset(pairs.pop("openers"))
    found: list[Candidate] = []
    for k in toks.where(pairs.keys()):
        if k == 0 or toks.texts[k - 1] not in openers or not toks.ws[k - 1]:
            continue
        begin = k - 1 if toks.texts[k - 1].lower() != "the" else k
        names = [c.name for code in pairs[toks.texts[k]] if (c := country_of_code(gaz, code)) is not None]
        text = " and ".join(names)
        cand = Candidate(toks.starts[begin], toks.ends[k], "group", f"group:{text.lower()}", text, rank=RANK_PATTERN)
        cand.attrs["countries"] = list(pairs[toks.texts[k]])
        found.append(cand)
    return found


_FLIGHT_NUMBER = re.compile(r"^[A-Z0-9]{0,3}\d{1,5}[A-Z]?$")


def flights(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """ "Adam Air Flight 574", "Malaysia Airlines Flight MH17": the capitalized words before a flight word and the
    number after it make one flight's name; a known airline among them stays an organization mention inside it."""
    found: list[Candidate] = []
    for k in toks.where(pattern_words("equipment", "flight_words")):
        if k + 1 >= toks.n or not toks.ws[k] or not toks.adjacent(k + 1) or not _FLIGHT_NUMBER.match(toks.texts[k + 1]):
            continue
        begin = k
        while begin > 0 and k - begin < 4 and toks.is_cap(begin - 1) and toks.ws[begin - 1] and toks.adjacent(begin):
            if toks.texts[begin - 1].lower() in _STOP:
                break
            begin -= 1
        text = toks.span_text(begin, k + 2)
        cand = Candidate(toks.starts[begin], toks.ends[k + 1], "equipment", f"equipment:{text.lower()}", text,
                         rank=RANK_PATTERN + 2)  # fmt: skip
        cand.attrs = {"type": "flight"}
        found.append(cand)
        entry = gaz.lookup(toks.span_text(begin, k)) if begin < k else None
        if entry is not None and entry.kind == "organization":
            found.append(replace(from_entry(entry, toks.starts[begin], toks.ends[k - 1]), inner=True))
    return found


def _listed_equipment(toks: Tokens, gaz: Gazetteer, i: int) -> Candidate | None:
    hit = longest_at(toks, gaz, i, "equipment")
    if hit is None:
        return None
    entry, end = hit
    end = _equipment_end(toks, gaz, end)
    cand = Candidate(toks.starts[i], toks.ends[end - 1], "equipment", entry.key, toks.span_text(i, end),
                     rank=RANK_PATTERN + 2)  # fmt: skip
    cand.attrs = {"system": entry.name, "type": entry.detail}
    return cand


def _ship(toks: Tokens, i: int) -> Candidate | None:
    if toks.texts[i] not in patterns()["equipment"]["ship_prefixes"] or not toks.ws[i] or not toks.is_cap(i + 1):
        return None
    end = _cap_run(toks, i + 1, 3)
    text = toks.span_text(i, end)
    cand = Candidate(toks.starts[i], toks.ends[end - 1], "equipment", f"equipment:{text.lower()}", text,
                     rank=RANK_PATTERN + 2)  # fmt: skip
    cand.attrs = {"type": "ship"}
    return cand


def _looks_designed(toks: Tokens, i: int) -> bool:
    """A designation needs letters and digits, and a hyphen, three digits or a type word after it."""
    text = toks.texts[i]
    if not any(c.isdigit() for c in text) or text.isdigit():
        return False
    nxt = toks.next_word(i + 1)
    typed = nxt < toks.n and _phrase_at(toks, nxt, "equipment", "types", fold=True) > nxt
    return "-" in text or sum(c.isdigit() for c in text) >= 3 or typed


def _equipment_end(toks: Tokens, gaz: Gazetteer, j: int) -> int:
    """Extend over a system name ("Apache") and a type word ("helicopters") after the designation."""
    if j < toks.n and toks.ws[j - 1]:
        entry = gaz.lookup(toks.texts[j])
        if entry is not None and entry.kind == "equipment":
            j += 1
    if j < toks.n and toks.ws[j - 1]:
        end = _phrase_at(toks, j, "equipment", "types", fold=True)
        if end > j:
            j = end
    return j


_STOP = frozenset(patterns()["capitalized_runs"]["breakers"])
"""Function words that end a run of capitalized words (`data/entities/patterns.toml` [capitalized_runs])."""


def gazetteer_hits(cands: list[Candidate], toks: Tokens) -> dict[int, Candidate]:
    """Token index → gazetteer candidate starting at that token (for patterns that build on them)."""
    found: dict[int, Candidate] = {}
    for cand in cands:
        i = toks.starting_at(cand.start)
        if i is not None and not cand.inner:
            found[i] = cand
    return found
