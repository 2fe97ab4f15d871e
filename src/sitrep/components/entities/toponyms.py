"""Which place a place name means, read from the article: "Arlington, Virginia" is the Virginian one, a
"Birmingham" in a story about Britain is the English one, and otherwise the most populous place of the name wins
("Moscow" is in Russia, not Idaho). Another spelling of a small town counts in an article about its country
("Tikrit"); a town name that ends a longer name ("Taro Aso") or is an everyday word opening a sentence ("Forest
officials") is no town. A capital that acts ("Washington said", "Beijing's response") stands for its country; a
place in a peer's title ("Lord Walker of Gestingthorpe") is part of the person's name. An area (a state, "Logar
province", "Korean Peninsula") is never put at a city named near it.

The words that decide are in `data/entities/patterns.toml` [places.actors] and [people]."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from functools import cache
from operator import itemgetter

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.components.entities.lexicon import (
    RANK_CITY,
    RANK_PLACE,
    Entry,
    Gazetteer,
    Towns,
    last_names,
    not_town_names,
    pattern_words,
    patterns,
    towns,
    unaccented,
)
from sitrep.components.entities.scan import Candidate, Tokens, from_entry
from sitrep.components.entities.teams import is_sports

# Score of a candidate city: log10 of its population, plus this much times the share of the article's
# country mentions that name its country (a town must be about 100 times smaller than its namesake before
# the article's whole attention to its country no longer carries it), plus a state the article names.
COUNTRY_WEIGHT = 2.0
STATE_WEIGHT = 1.0
# ... plus this much for a city within NEAR_KM of a town the article names whose place is settled (a town about 100
# times smaller than its namesake still wins when it lies beside the other towns of the story).
NEAR_WEIGHT = 2.0
NEAR_KM = 100.0
# A city of a shared name settles the spot of its article's story (for NEAR_KM) when its score leads its namesakes'
# by this much (ten times the people, or the article's countries behind it).
SETTLED_MARGIN = 1.0
# A national capital of at least a million people is the place a name means unless the text qualifies it ("Paris,
# Texas"): an article about the US that says "Paris" means France's capital.
CAPITAL_WEIGHT = 3.0
CAPITAL_MIN_POPULATION = 1_000_000
# ... except against a city of this size in the country the article is mostly about (half its country mentions).
CAPITAL_RIVAL_POPULATION = 100_000


def resolve_toponyms(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """Re-point every city mention whose name several cities share to the one the article means."""
    countries, states = article_context(gaz, chosen, toks)
    settled = _settled(toks, gaz, chosen, (countries, states))
    local = _local_namesakes(toks, gaz, chosen, (countries, states), settled)
    ambiguous = [c for c in chosen if c.kind == "place" and not c.inner and _is_homonym(gaz, _surface(toks, c), c)]
    ambiguous += [c for c in chosen if id(c) in local]
    ambiguous = [c for c in ambiguous if not _placed_town(gaz, _surface(toks, c), c)]
    if not ambiguous:
        return
    by_surface: dict[str, Entry] = {}
    own: dict[int, Entry] = {}
    for cand in ambiguous:  # a qualified mention ("Arlington, Virginia") settles the name for the article
        qualified = _qualified(toks, gaz, chosen, cand, local.get(id(cand)) or gaz.homonyms[_surface(toks, cand)])
        if qualified is not None:
            by_surface.setdefault(_surface(toks, cand), qualified)
            own[id(cand)] = qualified  # "Mesquite, Nev." and later "Mesquite, Tex.": each is its own
    for cand in ambiguous:
        surface = _surface(toks, cand)
        anchors = _anchors(settled, surface)
        entry = own.get(id(cand)) or by_surface.get(surface)
        votes = _without_own(toks, gaz, chosen, cand) if id(cand) in local else countries
        if entry is None:
            homonyms = local.get(id(cand)) or gaz.homonyms[surface]
            entry = likeliest(gaz, homonyms, votes, states, anchors)
            if too_close_to_call(gaz, surface, homonyms, votes, states, anchors):
                entry = replace(entry, lat=None, lon=None)
        by_surface.setdefault(surface, entry)
        if entry.key != cand.key or entry.lat is None:
            _repoint(cand, entry)


Point = tuple[float, float]


def _settled(
    toks: Tokens, gaz: Gazetteer, chosen: list[Candidate], context: tuple[dict[str, float], set[str]]
) -> list[tuple[str, Point]]:
    """The places the article names whose spot is settled, each by its surface: a city no other city shares its name
    with, a city written with its state or country ("Paris, Texas"), a city far likelier than its namesakes
    (`SETTLED_MARGIN`: "Boston" is Massachusetts' before the article says more), and a base or a crossing of the
    curated list ("Camp Lejeune")."""
    found: list[tuple[str, Point]] = []
    for cand in chosen:
        if _listed_spot(gaz, cand) and cand.lat is not None and cand.lon is not None:
            found.append((_surface(toks, cand), (cand.lat, cand.lon)))
        if cand.kind != "place" or cand.inner or cand.rank != RANK_CITY or cand.lat is None:
            continue
        surface = _surface(toks, cand)
        entry: Entry | Candidate | None = cand
        if surface in gaz.homonyms:
            homonyms = gaz.homonyms[surface]
            entry = _qualified(toks, gaz, chosen, cand, homonyms) or _far_likeliest(gaz, homonyms, *context)
        if entry is not None and entry.lat is not None and entry.lon is not None:
            found.append((surface, (entry.lat, entry.lon)))
    return found


def _far_likeliest(
    gaz: Gazetteer, homonyms: list[Entry], countries: dict[str, float], states: set[str]
) -> Entry | None:
    """The likeliest city of a shared name when it leads the next by `SETTLED_MARGIN` or more."""
    ranked = sorted(_scored(gaz, homonyms, countries, states), key=itemgetter(0), reverse=True)
    return ranked[0][1] if len(ranked) < 2 or ranked[0][0] - ranked[1][0] >= SETTLED_MARGIN else None


def _anchors(settled: list[tuple[str, Point]], surface: str) -> tuple[Point, ...]:
    """The settled towns that weigh the namesakes of `surface`: all but its own mentions."""
    return tuple(point for name, point in settled if name != surface)


def _placed_town(gaz: Gazetteer, surface: str, cand: Candidate) -> bool:
    """A town of GeoNames' towns table that a rule reading the text put there (the state or country written after
    it: "Kent, Conn.", a town of 3,000), none of the cities the gazetteer weighs under its name: it keeps its place."""
    if cand.lat is None or not cand.key.startswith("place:"):
        return False
    own = gaz.lookup(surface)
    return (own is None or own.key != cand.key) and all(e.key != cand.key for e in gaz.homonyms.get(surface, []))


def _without_own(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate], cand: Candidate) -> dict[str, float]:
    """The article's countries that weigh a city against the towns of its name in them, without the city's own
    mentions (they alone name its country: "Faizabad" in a story about Afghanistan)."""
    return article_context(gaz, [c for c in chosen if c.key != cand.key], toks)[0]


def _local_namesakes(
    toks: Tokens, gaz: Gazetteer, chosen: list[Candidate], context: tuple[dict[str, float], set[str]],
    settled: list[tuple[str, Point]],
) -> dict[int, list[Entry]]:
    """ "Palm Beach" in a story about Florida, "Santa Fe" in one about Texas: a city of a country the article names
    nowhere else (Palm Beach, Australia), or a US city of a state the article does not name while it names others
    (Santa Fe, New Mexico), is weighed, like a shared name, against the towns of that name (GeoNames cities5000) in
    the countries the article is about or in the states it names. A town of any size GeoNames lists there that lies
    near a town the article settles (`_settled`: "Clarksville" beside "Paris, Texas") is weighed too. Keyed by
    candidate id: every city of the name, then those towns."""
    countries, states = context
    found: dict[int, list[Entry]] = {}
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.rank != RANK_CITY or cand.lat is None or cand.form != "name":
            continue
        surface = _surface(toks, cand)
        own = gaz.lookup(surface)
        if own is None or own.key != cand.key:
            continue
        cities = gaz.homonyms.get(surface, [own])
        namesakes: list[Entry] = []
        if _other_state(cities, countries, states):
            namesakes = [e for e in towns().get(("US", surface), []) if e.admin1 in states]
        elif not (surface in gaz.homonyms or _named_apart(chosen, own)):
            namesakes = _in_countries(gaz, chosen, countries, own, surface)
        known = {e.key for e in cities + namesakes}
        namesakes += [e for e in _towns_near(surface, countries, _anchors(settled, surface)) if e.key not in known]
        if namesakes:
            found[id(cand)] = [*cities, *namesakes]
    return found


def _towns_near(surface: str, countries: dict[str, float], anchors: tuple[Point, ...]) -> list[Entry]:
    """The towns named `surface`, of any size GeoNames lists, in the countries the article is about that lie within
    `NEAR_KM` of a town it settles."""
    about = [code for code, share in countries.items() if share >= MIN_CONTEXT_SHARE]
    return [e for code in about for e in towns().written_with((code, surface)) if _near_anchor(e, anchors)]


def _other_state(cities: list[Entry], countries: dict[str, float], states: set[str]) -> bool:
    """The article is about the US and names states, and the cities of the name include a US one, in none of them."""
    if not states or countries.get("US", 0.0) < MIN_CONTEXT_SHARE or not any(e.country == "US" for e in cities):
        return False
    return not any(e.admin1 in states for e in cities)


def _in_countries(
    gaz: Gazetteer, chosen: list[Candidate], countries: dict[str, float], own: Entry, surface: str
) -> list[Entry]:
    """The towns named `surface` in the countries the article is about (or, when none bears it as its own name, the
    largest town there that is so spelled otherwise), leaving the city's own mentions out of the shares (they
    alone name its country)."""
    rest = countries
    if own.country in countries:
        rest = article_context(gaz, [c for c in chosen if c.key != own.key])[0]
    about = [code for code, share in rest.items() if share >= MIN_CONTEXT_SHARE]
    found = [e for code in about for e in towns().get((code, surface), [])]
    spelled = None if found else towns().named(surface, set(about))  # "Faizabad" for Fayzabad, Afghanistan
    return [spelled] if spelled is not None else found


def _named_apart(chosen: list[Candidate], own: Entry) -> bool:
    """The article names the city's country by some other mention than the city's own."""
    return any(c.key != own.key and own.country in (c.code if c.kind == "country" else c.country,) for c in chosen)


def states_named_like_countries(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """ "Atlanta, Georgia", or "Georgia" in a story about the United States that names nothing of the country
    Georgia: the US state, not the country."""
    named = _countries_named_like_states(gaz, chosen)
    if not named:
        return
    ids = {id(c) for c in named}
    countries, _ = article_context(gaz, [c for c in chosen if id(c) not in ids])
    for cand in named:
        american = countries.get("US", 0.0) >= _US_SHARE and not countries.get(cand.code or "")
        if american or _after_us_place(toks, chosen, cand):
            _make_state(gaz, cand)


def states_by_their_offices(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """ "Georgia Gov. Brian Kemp", "Georgia's governor", or "Georgia" in a story that tags a lawmaker with the
    state ("Sen. Jon Ossoff, D-Ga.") and names nothing else of the country: the US state, before the towns read in
    the article's context are looked up in its country."""
    named = _countries_named_like_states(gaz, chosen)
    if not named:
        return
    tagged = _party_tagged_states(toks.text)
    ids = {id(c) for c in named}
    countries, _ = article_context(gaz, [c for c in chosen if id(c) not in ids])
    for cand in named:
        if _before_state_office(toks, cand) or (cand.name in tagged and not countries.get(cand.code or "")):
            _make_state(gaz, cand)


def _party_tagged_states(text: str) -> set[str]:
    """The states of the party-and-state tags of US lawmakers in the text ("D-Ga.", "R-GA")."""
    names: dict[str, str] = patterns()["places"]["state_abbreviations"]
    return {names[m.group(1)] for m in _PARTY_TAG.finditer(text) if m.group(1) in names}


_PARTY_TAG = re.compile(r"(?<![\w-])[DRI]-([A-Z][a-z]{1,4}\.|[A-Z]{2})(?![\w-])")


def _countries_named_like_states(gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    return [c for c in chosen if c.kind == "country" and c.form == "name" and not c.inner and c.name in gaz.states]


def _make_state(gaz: Gazetteer, cand: Candidate) -> None:
    state = gaz.states[cand.name]
    cand.kind, cand.key, cand.name, cand.code = "place", state.key, state.name, None
    cand.lat = cand.lon = None
    cand.country = "US"


_US_SHARE = 0.5


def _before_state_office(toks: Tokens, cand: Candidate) -> bool:
    """ "Georgia Gov. Brian Kemp", "Georgia's governor": the word after the name (or after its "'s") is an office or
    party only the US state has (`patterns.toml` [places] us_state_offices)."""
    span = toks.tokens_of(cand.start, cand.end)
    i = span[1] if span is not None else toks.n
    if i < toks.n and toks.texts[i] in ("'s", "’s"):
        i += 1
    return i < toks.n and toks.texts[i] in pattern_words("places", "us_state_offices")


def _after_us_place(toks: Tokens, chosen: list[Candidate], cand: Candidate) -> bool:
    """The candidate follows "<a US place>, " ("Atlanta, Georgia")."""
    before = next((c for c in chosen if c.end + 2 == cand.start and not c.inner), None)
    if before is None or before.kind != "place" or before.country != "US":
        return False
    return toks.text[before.end : cand.start] == ", "


def _is_homonym(gaz: Gazetteer, surface: str, cand: Candidate) -> bool:
    """A mention of one of the cities that share its name (not a US state that only foreign towns also bear:
    "Florida"; "Washington" is weighed against the capital)."""
    found = gaz.homonyms.get(surface)
    if found is None:
        return False
    return cand.lat is not None or not _state_codes(gaz, cand.name) or any(e.country == "US" for e in found)


def qualified_towns(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """ "Chippewa Falls, Wisconsin", "Allen, Texas", "Zarzis, Tunisia": a name written before ", <state or
    country>" is the town of that name there, when GeoNames has one (even a name that is also a word, a surname or,
    before a US state, a country: "Lebanon, Pennsylvania"); a name another rule took for a person or an organization
    is left alone. A dateline in capitals ("OFER PRISON,
    West Bank —") is a place there even when no list has it."""
    starts = {c.start for c in chosen if not c.inner}
    ends = {c.end: c for c in chosen if not c.inner}
    out = list(chosen)
    for where in [c for c in chosen if not c.inner and c.kind in ("country", "place") and c.form == "name"]:
        i = toks.starting_at(where.start)
        if i is None or i < 2 or toks.texts[i - 1] != "," or toks.ws[i - 2]:
            continue
        begin = _name_start(toks, i - 2)
        start, end = toks.starts[begin], toks.ends[i - 2]
        held = ends.get(end)
        weak = held is not None and (
            _weak(gaz, held)
            or (held.kind == "country" and bool(_state_of(gaz, where)))
            or _abroad(held, where, _codes_named(toks, where))
        )
        other = held is not None and not weak and _city_before_a_state(gaz, held, where)
        if begin > i - 2 or (held is not None and (held.start != start or not (weak or other))):
            continue
        if held is None and any(start <= s < end for s in starts):
            continue
        cand = _town(toks, gaz, where, begin, i - 1) or _dateline(toks, where, begin, i - 1)
        if cand is not None and held is not None and other and not _far(cand, held):
            continue  # the city the gazetteer chose lies in that state already
        if cand is not None:  # the town replaces what held its name, and the places inside it ("North Manchester")
            out = [c for c in out if c is not held and not (c.inner and start <= c.start and c.end <= end)] + [cand]
    return sorted(out, key=lambda c: (c.start, -c.end))


def towns_in_context(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """A name no rule took that is another spelling of a small town (see `Towns`) of a country the article is
    about (at least `MIN_CONTEXT_SHARE` of its country mentions): "Tikrit", "Afrin" in a story about Iraq or
    Syria. It must stand alone (no capitalized word beside it) and be no word and no person's name."""
    countries, _ = article_context(gaz, chosen)
    named = {code for code, share in countries.items() if share >= MIN_CONTEXT_SHARE}
    index = towns()
    if not named:
        return chosen
    covered = bytearray(len(toks.text) + 1)
    for cand in chosen:
        covered[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    found: list[Candidate] = []
    for i in toks.where(index.firsts & toks.positions.keys()):
        town = _local_town(toks, index, named, covered, i)
        if town is not None and not _opens_a_name(toks, toks.text[town.start : town.end]):
            found.append(town)
            covered[town.start : town.end] = b"\x01" * (town.end - town.start)
    return sorted(chosen + found, key=lambda c: (c.start, -c.end)) if found else chosen


MIN_CONTEXT_SHARE = 0.2


def _opens_a_name(toks: Tokens, surface: str) -> bool:
    """ "Mahan Air … Mahan has been sanctioned": the article writes the one-word name before another capitalized
    word somewhere, so the name alone is that longer name's short form (an airline, a firm), not a small town."""
    for i in toks.positions.get(surface, []):
        nxt = i + 1
        if nxt < toks.n and toks.adjacent(nxt) and toks.ws[i] and toks.is_cap(nxt) and toks.texts[nxt].isalpha():
            return toks.texts[nxt].lower() not in STOP_WORDS
    return False
_MAX_TOWN_TOKENS = 5  # "Pul - e - Khumri"


def _local_town(toks: Tokens, index: Towns, named: set[str], covered: bytearray, i: int) -> Candidate | None:
    """The town of an article's country spelled by the tokens from i, alone between lower-case words."""
    if covered[toks.starts[i]] or (i > 0 and toks.adjacent(i) and toks.is_cap(i - 1) and not _opens_sentence(toks, i)):
        return None
    for j in range(min(toks.n, i + _MAX_TOWN_TOKENS), i, -1):
        surface = toks.span_text(i, j)
        if not index.spells(surface) or any(covered[toks.starts[k]] for k in range(i, j)):
            continue
        if (j < toks.n and toks.adjacent(j) and toks.is_cap(j)) or surface in not_town_names() or len(surface) < 4:
            return None
        if _opens_sentence(toks, i) and j == i + 1 and toks.texts[i].lower() in toks.positions:
            return None
        entry = index.named(surface, named)
        return from_entry(entry, toks.starts[i], toks.ends[j - 1]) if entry is not None else None
    return None


def _town(toks: Tokens, gaz: Gazetteer, where: Candidate, begin: int, end: int) -> Candidate | None:
    """The largest town of the name in the country, in the US state or in the country of the province written after
    it (before a country, a town that GeoNames spells otherwise too: "Faizabad, Afghanistan" is Fayzabad)."""
    state = _state_codes(gaz, where.name) if where.kind == "place" and where.country == "US" else set()
    if where.kind == "place" and not state and not _is_province(gaz, where):
        return None
    name = toks.span_text(begin, end)
    code = where.code or where.country or ""
    named = towns().written_with((code, name.title() if name.isupper() else name))
    found = [e for e in named if not state or e.admin1 in state]
    if found:
        return from_entry(found[0], toks.starts[begin], toks.ends[end - 1])
    spelled = towns().named(name.title() if name.isupper() else name, {code}) if where.kind == "country" else None
    spelled = spelled or _town_of_the_state(gaz, where, name.title() if name.isupper() else name)
    return from_entry(spelled, toks.starts[begin], toks.ends[end - 1]) if spelled is not None else None


def _town_of_the_state(gaz: Gazetteer, where: Candidate, name: str) -> Entry | None:
    """ "Augusta, Georgia", "Plains, Georgia": before a country that a US state is also named, a town the country
    lacks and that state has is the state's (`states_named_like_countries` then makes the state of the country)."""
    if where.kind != "country" or where.name not in gaz.states:
        return None
    state = _state_codes(gaz, where.name)
    return next((e for e in towns().written_with(("US", name)) if e.admin1 in state), None)


def _is_province(gaz: Gazetteer, where: Candidate) -> bool:
    """A province or state of a country outside the US, as the gazetteer holds it (countryinfo's provinces, without
    coordinates, or a curated area of one country: "Ontario", "Anbar"): "Pemberton, British Columbia" is the town of
    that name in Canada."""
    if where.kind != "place" or where.country in (None, "US"):
        return False
    if where.lat is None and where.key == f"place:{where.country}:{where.name.lower()}":
        return True
    entry = gaz.entries.get(where.name)
    return entry is not None and entry.key == where.key and entry.detail == "area"


def _abroad(held: Candidate, where: Candidate, codes: set[str]) -> bool:
    """A city another country holds, written before ", <country>" (of `codes`, the countries its name may stand
    for: "KINSHASA, Congo" is no town of the Republic of the Congo), or a place of another country than the United
    States (a city, a county) written before ", <US state>" ("Kent, Conn."): the town of that name there, if any,
    is meant."""
    if held.kind != "place" or held.country is None:
        return False
    if where.kind == "country":
        return held.rank == RANK_CITY and held.lat is not None and held.country not in codes
    return where.kind == "place" and where.country == "US" and held.country != "US"


def _codes_named(toks: Tokens, where: Candidate) -> set[str]:
    """The countries a country's mention may name: its own, or every country that shares the name ("Congo")."""
    shared: dict[str, list[str]] = patterns()["places"]["shared_country_names"]
    return {where.code or "", *shared.get(" ".join(toks.text[where.start : where.end].split()), [])}


def _dateline(toks: Tokens, where: Candidate, begin: int, end: int) -> Candidate | None:
    """A name in capitals opening a line, before ", <place or country>": a place there (at that place when it is
    one with coordinates)."""
    name = toks.span_text(begin, end)
    if not name.isupper() or (begin > 0 and toks.adjacent(begin)):
        return None
    title = name.title()
    cand = Candidate(toks.starts[begin], toks.ends[end - 1], "place", f"place:{title.lower()}", title,
                     country=where.code or where.country, rank=_RANK_FACILITY)  # fmt: skip
    if where.kind == "place" and where.lat is not None:
        cand.lat, cand.lon = where.lat, where.lon
    cand.refs["country" if where.kind == "country" else "within"] = where.start
    return cand


def _state_of(gaz: Gazetteer, where: Candidate) -> set[str]:
    """The code of the US state a mention names ("Lebanon, Pennsylvania": a country's name before a state is a
    town of that state)."""
    return _state_codes(gaz, where.name) if where.kind == "place" and where.country == "US" else set()


def _city_before_a_state(gaz: Gazetteer, held: Candidate, where: Candidate) -> bool:
    """ "St. Albans, Vt.": a city the gazetteer placed, written before ", <US state>"; the state's town of that name,
    when GeoNames has one, is meant (see `_far`)."""
    placed = held.kind == "place" and held.rank == RANK_CITY and held.lat is not None and held.lon is not None
    return placed and where.kind == "place" and where.country == "US" and bool(_state_codes(gaz, where.name))


def _far(cand: Candidate, held: Candidate) -> bool:
    """Whether two placed candidates lie more than `SAME_TOWN_KM` apart."""
    if cand.lat is None or cand.lon is None or held.lat is None or held.lon is None:
        return False
    return _km(cand.lat, cand.lon, held.lat, held.lon) > SAME_TOWN_KM


SAME_TOWN_KM = 60.0


def _weak(gaz: Gazetteer, cand: Candidate) -> bool:
    """A candidate a qualified town may replace: a place without coordinates (not a US state: "San Diego,
    California, U.S."), or a guessed person or acronym."""
    return (cand.kind == "place" and cand.lat is None and not _state_codes(gaz, cand.name)) or (
        cand.kind in ("person", "organization") and cand.rank <= _RANK_GUESS
    )


_RANK_GUESS = 1


def _name_start(toks: Tokens, last: int) -> int:
    """First token of the run of (at most three) capitalized words that ends at token `last` (a shortened first word
    such as "St." opens it too: "St. Albans")."""
    begin = last + 1
    while begin > 0 and last - begin < 2 and toks.is_cap(begin - 1) and _run_word(toks.texts[begin - 1], begin <= last):
        if begin <= last and (not toks.ws[begin - 1] or not toks.adjacent(begin)):
            break
        begin -= 1
    return begin


def _run_word(word: str, inner: bool) -> bool:
    return word.isalpha() or (inner and any(word in short for short in _abbreviations().values()))


@cache
def _abbreviations() -> dict[str, list[str]]:
    return dict(patterns()["places"]["name_abbreviations"])


def locate_facilities(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """A named place without coordinates ("Kabul airport", "Jolo Cathedral", "Evin prison in Tehran", "Hoa Lo
    prison, Hanoi") lies at the city its name holds, else at the city written right after it with "," or "in"."""
    cities = [c for c in chosen if c.kind == "place" and c.lat is not None and not c.inner and c.rank <= RANK_CITY]
    cities += [c for c in chosen if _listed_spot(gaz, c)]
    shares, states = article_context(gaz, chosen)
    for k, cand in enumerate(chosen):
        if cand.kind != "place" or cand.lat is not None or cand.inner or cand.rank != _RANK_FACILITY:
            continue
        whole = gaz.lookup(_surface(toks, cand))
        if whole is not None and whole.rank == RANK_CITY and whole.lat is not None and whole.name == cand.name:
            _repoint(cand, whole)  # "North Richland Hills", "Cape Town": a city's own name, no area or facility
            continue
        city = _city_holding(toks, gaz, chosen[max(0, k - 2) : k + 3], cand) or _city_before_part(
            toks, gaz, chosen, k)
        if city is not None:  # "Kabul's Wazir Akbar Khan district", "the Jobar neighbourhood of Damascus"
            cand.lat, cand.lon, cand.country = city.lat, city.lon, cand.country or city.country
            continue
        if is_area(gaz, cand):  # a state, a province or a sea lies at no one city of the article
            continue
        owner = _city_before_possessive(toks, gaz, chosen[max(0, k - 2) : k], cand)
        if owner is not None:  # "Cleveland's Public Auditorium", "Berlin's Brandenburg Gate"
            cand.lat, cand.lon, cand.country = owner.lat, owner.lon, cand.country or owner.country
            continue
        if _venue(cand):  # named for a sponsor or a landmark, it lies only where the text writes it
            _place_venue(toks, gaz, chosen[k + 1 : k + 3], cand)
            continue
        inner = None if _street(cand) else _inner_city(toks, gaz, cand, (shares, states)) or _town_named(cand, shares)
        if inner is not None:
            inner = _namesake_near(gaz, inner, _city_after(toks, gaz, chosen[k + 1 : k + 3], cand, _NEAR_SEPARATORS))
        where = inner or _city_after(toks, gaz, chosen[k + 1 : k + 3], cand)
        if where is None:
            near = None if is_feature(cand) or _in_named_area(toks, chosen[max(0, k - 2) : k], cand) else (
                _nearest_city(toks, cities, cand))
            if near is not None and not _written_elsewhere(toks, chosen[k + 1 : k + 3], cand, near):
                cand.refs["near"] = near.start
                cand.lat, cand.lon, cand.country = near.lat, near.lon, cand.country or near.country
            continue
        cand.lat, cand.lon, cand.country = where.lat, where.lon, cand.country or where.country


_RANK_FACILITY = 3  # the rank of the named places the patterns find ("Camp Lemonnier", "Evin prison")


def _listed_spot(gaz: Gazetteer, cand: Candidate) -> bool:
    """A place of the curated list (`places.jsonl`) that is a spot, not an area: a base, a crossing, a dam ("Al-Tanf",
    "Tower 22"). A facility the text names beside it, where it names no city, lies by it."""
    if cand.kind != "place" or cand.inner or cand.rank != RANK_PLACE or cand.lat is None:
        return False
    entry = gaz.entries.get(cand.name)
    return entry is not None and entry.key == cand.key and entry.detail is None and not is_area(gaz, cand)


def _city_before_possessive(
    toks: Tokens, gaz: Gazetteer, before: list[Candidate], cand: Candidate
) -> Candidate | None:
    """ "Cleveland's Public Auditorium", "Berlin's Brandenburg Gate": a named place written right after a city's
    possessive lies in that city (not a wide area's: "Alaska's Fort Greeley" lies somewhere in Alaska)."""
    city = next((c for c in reversed(before) if not c.inner), None)
    if city is None or city.kind != "place" or city.lat is None or city.rank > RANK_CITY or _wide(gaz, city):
        return None
    return city if toks.text[city.end : cand.start] in ("'s ", "’s ") else None


def _in_named_area(toks: Tokens, before: list[Candidate], cand: Candidate) -> bool:
    """ "Alaska's Fort Greeley": a facility written after the possessive of a state or province lies somewhere in it,
    not at whatever city the article names nearby."""
    area = next((c for c in reversed(before) if not c.inner), None)
    if area is None or area.kind != "place" or area.lat is not None:
        return False
    return toks.text[area.end : cand.start] in ("'s ", "’s ")


def is_area(gaz: Gazetteer, cand: Candidate) -> bool:
    """A US state, or a name that a word of `area_words` opens or closes ("Logar province", "Korean Peninsula"), or
    a direction before a place ("northern Hokkaido"): an area wider than any one city."""
    if _state_codes(gaz, cand.name):
        return True
    words = cand.name.lower().split()
    return bool(words) and (words[0] in _area_words() or words[-1] in _area_words() or "within" in cand.refs)


@cache
def _area_words() -> frozenset[str]:
    conf = patterns()["places"]
    return frozenset(conf["area_words"]) | frozenset(w.lower() for w in conf["directions"])


_NEAR_CHARS = 400


def _nearest_city(toks: Tokens, cities: list[Candidate], cand: Candidate) -> Candidate | None:
    """The city mentioned closest to a facility, in its paragraph and at most `_NEAR_CHARS` away: where an
    article names a prison or a stadium, it is nearly always in the city it is writing about there; not a city
    someone goes to or comes from ("met at Camp David before flying to Ottawa")."""
    best, gap = None, _NEAR_CHARS + 1
    for city in cities:
        lo, hi = (city.end, cand.start) if city.end <= cand.start else (cand.end, city.start)
        if hi - lo < gap and "\n\n" not in toks.text[lo:hi] and not _journey_end(toks, city):
            best, gap = city, hi - lo
    return best


def _journey_end(toks: Tokens, city: Candidate) -> bool:
    """The city follows "to", "from" or "toward" after a word of going ("flying to Ottawa", "returned from Kabul")."""
    i = toks.starting_at(city.start)
    if i is None or i < 2 or toks.texts[i - 1].lower() not in ("to", "from", "toward", "towards"):
        return False
    return toks.texts[i - 2].lower() in pattern_words("places", "motion_before_to")


def _written_elsewhere(toks: Tokens, following: list[Candidate], cand: Candidate, near: Candidate) -> bool:
    """ "a Baptist church in Sutherland Springs": the facility is placed by a name written right after it with ","
    or "in" that is no city the gazetteer knows (nor any place a list knows: "the Sohae Space Center in Cholsan
    County", a county the patterns found by its word), or lies in another country than the city named nearest to
    it; that city is then not where it lies."""
    i = toks.starting_at(cand.end + (4 if toks.text.startswith(" in ", cand.end) else 2))
    if i is None or toks.text[cand.end : toks.starts[i]] not in (", ", " in ") or not toks.is_cap(i):
        return False
    named = next((c for c in following if c.start == toks.starts[i] and not c.inner), None)
    if named is None:
        return toks.texts[i].isalpha() and toks.texts[i].lower() not in _area_words()
    if named.kind == "place" and named.lat is None and named.rank == _RANK_FACILITY:
        return True
    place_country = named.code if named.kind == "country" else named.country
    return named.kind in ("place", "country") and place_country is not None and place_country != near.country


def _city_after(
    toks: Tokens, gaz: Gazetteer, following: list[Candidate], cand: Candidate,
    separators: tuple[str, ...] = (", ", " in ", " at "),
) -> Candidate | None:
    """The place written right after the facility with "," or "in" ("Evin prison in Tehran"); not a wide area
    whose middle is no spot of anything in it ("Camp Kassala in Darfur": `kind = "area"` in places.jsonl)."""
    for after in following:
        if after.inner or after.kind != "place" or after.lat is None or _wide(gaz, after):
            continue
        if toks.text[cand.end : after.start] in separators:
            return after
    return None


_NEAR_SEPARATORS = (", ", " in ", " at ", " near ", " outside ")


def _namesake_near(gaz: Gazetteer, inner: Entry, after: Candidate | None) -> Entry | None:
    """ "Brookfield Zoo near Chicago": the town a facility's name holds is, of the towns so named, the one nearest
    the city written right after it, when one lies within `_NAMESAKE_KM` of it; when none does, the facility lies
    at that city (None: the caller takes it)."""
    if after is None or after.lat is None or after.lon is None:
        return inner
    namesakes = [e for e in gaz.homonyms.get(inner.name, [inner]) if e.lat is not None and e.lon is not None]
    near = [(_km(e.lat, e.lon, after.lat, after.lon), n, e) for n, e in enumerate(namesakes or [inner])
            if e.lat is not None and e.lon is not None]
    best = min(near, default=None)
    return best[2] if best is not None and best[0] <= _NAMESAKE_KM else None


_NAMESAKE_KM = 100.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, km)."""
    r = math.pi / 180
    h = math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin(
        (lon2 - lon1) * r / 2) ** 2
    return _EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))


_EARTH_DIAMETER_KM = 12742.0


def _city_holding(toks: Tokens, gaz: Gazetteer, around: list[Candidate], cand: Candidate) -> Candidate | None:
    """The city a part of a city lies in: "<city>'s <name> <neighbourhood word>" or "<name> <neighbourhood word> of
    <city>" (`patterns.toml` [places] city_parts; "district" only for a city of `min_district_city` people)."""
    conf = patterns()["places"]
    last = cand.name.split()[-1]
    if last not in conf["city_parts"] and last != "district":
        return None
    for city in around:
        if city.kind != "place" or city.inner or city.lat is None or city.rank > RANK_CITY:
            continue
        between = toks.text[city.end : cand.start] if city.end <= cand.start else toks.text[cand.end : city.start]
        if between not in ("'s ", "’s ", " of ", " in "):
            continue
        entry = gaz.lookup(" ".join(toks.text[city.start : city.end].split()))
        big = entry is not None and entry.key == city.key and entry.population >= conf["min_district_city"]
        if last != "district" or big:
            return city
    return None


def _city_before_part(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate], k: int) -> Candidate | None:
    """ "a neighbourhood of Aleppo, Syria. The accident in Salaheddin district …": a part of a city (a district only of
    a city of `min_district_city` people) that no place follows lies in the big city the text named last before it,
    in its paragraph and at most `_NEAR_CHARS` before, when no other place comes between (but the city's country)."""
    cand = chosen[k]
    if not _city_part(cand) or _placed_after(toks, chosen[k + 1 : k + 2], cand):
        return None
    before = [c for c in chosen[:k] if c.kind in ("place", "country") and not c.inner]
    if before and before[-1].kind == "country":  # "Aleppo, Syria"
        country = before.pop()
        if not before or toks.text[before[-1].end : country.start] != ", ":
            return None
    city = before[-1] if before else None
    if city is None or city.kind != "place" or city.lat is None or city.rank > RANK_CITY:
        return None
    between = toks.text[city.end : cand.start]
    entry = gaz.lookup(" ".join(toks.text[city.start : city.end].split()))
    big = entry is not None and entry.key == city.key and entry.population >= patterns()["places"]["min_district_city"]
    return city if big and len(between) <= _NEAR_CHARS and "\n\n" not in between else None


def _city_part(cand: Candidate) -> bool:
    """A part of a city by its last word: a district or a neighbourhood word (`patterns.toml` [places] city_parts)."""
    last = cand.name.split()[-1]
    return last == "district" or last in patterns()["places"]["city_parts"]


def _placed_after(toks: Tokens, following: list[Candidate], cand: Candidate) -> bool:
    """A place or a country is written right after the candidate ("Chak district of Wardak", "…, Syria")."""
    return any(toks.text[cand.end : c.start] in (", ", " of ", " in ") for c in following
               if c.kind in ("place", "country"))  # fmt: skip


def _place_venue(toks: Tokens, gaz: Gazetteer, following: list[Candidate], cand: Candidate) -> None:
    where = _city_after(toks, gaz, following, cand)
    if where is not None:
        cand.lat, cand.lon, cand.country = where.lat, where.lon, cand.country or where.country


def _venue(cand: Candidate) -> bool:
    """ "Shoreline Amphitheatre", "Jones Beach Theater": a hall or a theatre (`patterns.toml` [places] venue_words)
    is named for a sponsor or a landmark, not for the town it lies in, and a listing of shows names other towns
    beside it; only a town written right after it ("in Nashville", ", Wantagh", "at Mountain View") places it."""
    words = cand.name.split()
    return len(words) > 1 and words[-1] in patterns()["places"]["venue_words"]


def _wide(gaz: Gazetteer, cand: Candidate) -> bool:
    """The candidate is a listed area wider than about 100 km (a region, a sea, a river: places.jsonl `kind`), or a
    part of one named by a direction ("western Crimea": its point is still the middle of the whole area)."""
    entry = gaz.entries.get(cand.name)
    if entry is not None and entry.key == cand.key:
        return entry.detail == "area"
    direction, _, rest = cand.name.partition(" ")
    whole = gaz.entries.get(rest) if direction.lower() in _directions() else None
    return whole is not None and whole.detail == "area" and (whole.lat, whole.lon) == (cand.lat, cand.lon)


@cache
def _directions() -> frozenset[str]:
    return frozenset(w.lower() for w in patterns()["places"]["directions"])


def _street(cand: Candidate) -> bool:
    """ "Kirov Square" in Petrozavodsk, "Jalalabad Road" in Kabul: a street or a square is named after a person or the
    town it leads to (`patterns.toml` [places] street_names), and lies in the town the article writes by it, not in
    the town its name holds."""
    words = cand.name.lower().split()
    return len(words) > 1 and words[-1] in patterns()["places"]["street_names"]


def is_feature(cand: Candidate) -> bool:
    """A cape, an island, a mountain, a lake, a river, a bay ("Cape Erimo", "Jeju Island", "Mandalay Bay"): it lies
    by no city the article merely names near it, only by one written right after it or named in it."""
    words = cand.name.lower().split()
    return bool(words) and any(w in _feature_words() for w in (words[0], words[-1], " ".join(words[-2:])))


@cache
def _feature_words() -> frozenset[str]:
    return frozenset(patterns()["places"]["feature_words"])


def _inner_city(
    toks: Tokens, gaz: Gazetteer, cand: Candidate, context: tuple[dict[str, float], set[str]]
) -> Entry | None:
    """The city (a place with coordinates) written with the most words inside the candidate's own words, in one of
    the article's countries ("Mandalay Bay" in a story about Las Vegas is not in Myanmar), not after a first name
    ("John Radcliffe Hospital" is not in Radcliffe) and not in a base named after a person ("Fort Greely"). The
    length is the text's, not the atlas name's: "Los Angeles International Airport" holds Los Angeles, not the
    "Angeles" its last words also spell (Angeles City). A name several cities bear is the one a mention of it alone
    would be ("Westminster Bridge" is London's, not in Westminster, Colorado; none when two are as likely)."""
    span = toks.tokens_of(cand.start, cand.end)
    if span is None:
        return None
    countries, states = context
    i, end = span
    best: Entry | None = None
    longest = 0
    for a in range(i, i + 1 if _named_for_person(cand) else end):  # "Fort Worth" is a city, "Fort Greely" no
        for b in range(end, a, -1):
            entry = _city_named(gaz, toks.span_text(a, b), countries, states)
            if entry is not None and entry.kind == "place" and entry.lat is not None and entry.key != cand.key:
                if (countries and entry.country not in countries) or (a > i and _person_word(gaz, toks.texts[a - 1])):
                    break
                if toks.ends[b - 1] - toks.starts[a] > longest:
                    best, longest = entry, toks.ends[b - 1] - toks.starts[a]
                break
    return best


def _person_word(gaz: Gazetteer, word: str) -> bool:
    """A given name or a surname no place bears: a town after it in a facility's name is a namesake of the person the
    facility is named for ("John Radcliffe Hospital", "Millard Fillmore Suburban Hospital")."""
    return word in gaz.first_names or (word in last_names() and gaz.lookup(word) is None)


def _town_named(cand: Candidate, countries: dict[str, float]) -> Entry | None:
    """ "Cape Erimo": a small feature whose other words name a town (of any size GeoNames lists) of one of the
    article's countries, the country it names most first, lies at that town."""
    words = cand.name.split()
    kind = [w for w in words if w.lower() in pattern_words("places", "town_feature_words")]
    if len(kind) != 1 or words.index(kind[0]) not in (0, len(words) - 1) or len(words) < 2:
        return None
    rest = " ".join(w for w in words if w is not kind[0])
    for code in sorted(countries, key=lambda c: -countries[c]):
        found = towns().written_with((code, rest))
        if found:
            return found[0]
    return None


def _city_named(gaz: Gazetteer, surface: str, countries: dict[str, float], states: set[str]) -> Entry | None:
    """The place a name means by itself: the likeliest of the cities that bear it, the gazetteer's entry else."""
    entry = gaz.lookup(surface)
    homonyms = gaz.homonyms.get(surface)
    if entry is None or entry.kind != "place" or not homonyms or all(e.key != entry.key for e in homonyms):
        return entry
    chosen = likeliest(gaz, homonyms, countries, states)
    tied = too_close_to_call(gaz, surface, homonyms, countries, states)
    return replace(chosen, lat=None, lon=None) if tied else chosen


def _named_for_person(cand: Candidate) -> bool:
    """ "Fort Greely", "Camp Lejeune", "FOB Salerno": a base named, by custom, after a person, so the town its
    name holds is a namesake (Greeley, Colorado; Salerno, Italy), not where it lies."""
    return any(cand.name.startswith(prefix + " ") for prefix in patterns()["places"]["named_for_people"])


def _surface(toks: Tokens, cand: Candidate) -> str:
    text = " ".join(toks.text[cand.start : cand.end].split())
    return text.title() if text.isupper() else text


def article_context(
    gaz: Gazetteer, chosen: list[Candidate], toks: Tokens | None = None
) -> tuple[dict[str, float], set[str]]:
    """Share of the article's country mentions per country (countries, demonyms, unambiguous places: with `toks`,
    not a place written as a name several cities share, such as "Leon"), and the US states it names."""
    counts: Counter[str] = Counter()
    states: set[str] = set()
    for cand in chosen:
        shared = cand.name in gaz.homonyms or (toks is not None and _surface(toks, cand) in gaz.homonyms)
        if cand.kind == "country" and cand.code:
            counts[cand.code] += 1
        elif cand.kind == "place" and cand.country and (not shared or _is_state(gaz, cand)):
            counts[cand.country] += 1
            if cand.lat is None and cand.country == "US":
                states.update(_state_codes(gaz, cand.name))
    total = sum(counts.values())
    return ({code: n / total for code, n in counts.items()} if total else {}), states


def _is_state(gaz: Gazetteer, cand: Candidate) -> bool:
    """A mention of a US state (whose name foreign towns may share: "Florida")."""
    return cand.lat is None and cand.country == "US" and bool(_state_codes(gaz, cand.name))


def _state_codes(gaz: Gazetteer, name: str) -> set[str]:
    """The two-letter code of the US state so named (a city's own state does not count: "Fort Worth")."""
    entry = gaz.states.get(name) or gaz.entries.get(name)
    return {entry.admin1} if entry is not None and entry.admin1 and entry.lat is None else set()


def _qualified(
    toks: Tokens, gaz: Gazetteer, chosen: list[Candidate], cand: Candidate, homonyms: list[Entry]
) -> Entry | None:
    """The city of `homonyms` named by "<city>, <state or country>", when one of them lies there."""
    after = next((c for c in chosen if c.start == cand.end + 2 and not c.inner), None)
    if after is None or toks.text[cand.end : after.start] != ", ":
        return None
    if after.kind == "country":
        found = [e for e in homonyms if e.country == after.code]
    elif codes := _state_codes(gaz, after.name):
        found = [e for e in homonyms if e.admin1 in codes]
    else:  # "Perth, Scotland", "Perth, Western Australia": a part of a country, not a town
        area = after.kind == "place" and after.rank != RANK_CITY and after.country not in (None, "US")
        found = [e for e in homonyms if e.country == after.country] if area else []
    return found[0] if found else None


def likeliest(
    gaz: Gazetteer, homonyms: list[Entry], countries: dict[str, float], states: set[str],
    anchors: tuple[Point, ...] = (),
) -> Entry:
    """The city of the name the article most likely means: population, the article's countries and states, the towns
    it names whose place is settled (`anchors`: "Clarksville" beside "Paris, Texas" is the Texan town, not the
    larger one in Tennessee), and a big capital's fame (not against a city of the article's own country that is
    itself large: "Tripoli" in a story about Lebanon is Lebanon's, while "Paris" in a story about Texas is
    France's)."""
    return max(_scored(gaz, homonyms, countries, states, anchors), key=itemgetter(0))[1]


def _scored(
    gaz: Gazetteer, homonyms: list[Entry], countries: dict[str, float], states: set[str],
    anchors: tuple[Point, ...] = (),
) -> list[tuple[float, Entry]]:
    """Each city of the name with its score (see `likeliest`), in the order given."""
    rival = any(e.population >= CAPITAL_RIVAL_POPULATION and countries.get(e.country or "", 0.0) >= _US_SHARE
                for e in homonyms)  # fmt: skip

    def score(entry: Entry) -> float:
        bonus = COUNTRY_WEIGHT * countries.get(entry.country or "", 0.0) + STATE_WEIGHT * (entry.admin1 in states)
        bonus += NEAR_WEIGHT * _near_anchor(entry, anchors)
        if gaz.capitals.get(entry.name) == entry.country and entry.population >= CAPITAL_MIN_POPULATION:
            bonus += 0.0 if rival and not countries.get(entry.country or "") else CAPITAL_WEIGHT
        return _size(entry) + bonus

    return [(score(e), e) for e in homonyms]


def _near_anchor(entry: Entry, anchors: tuple[Point, ...]) -> bool:
    """The city lies within `NEAR_KM` of a town whose place the article settles."""
    if entry.lat is None or entry.lon is None:
        return False
    return any(_km(entry.lat, entry.lon, lat, lon) <= NEAR_KM for lat, lon in anchors)


def too_close_to_call(
    gaz: Gazetteer, surface: str, homonyms: list[Entry], countries: dict[str, float], states: set[str],
    anchors: tuple[Point, ...] = (),
) -> bool:
    """ "a shooting at a high school in Parkland": the two likeliest cities of the name each bear it as their own
    name, the text gives neither more context (no country or state it names), their populations differ by less than
    `TIE_MARGIN` (Parkland, Washington and Parkland, Florida: 36,000 and 30,000 people) and they lie more than
    `TIE_KM` apart, so a point would be a coin's toss."""
    ranked = sorted(_scored(gaz, homonyms, countries, states, anchors), key=itemgetter(0), reverse=True)
    if len(ranked) < 2:
        return False
    (first, a), (second, b) = ranked[:2]
    if not (_own_name(a, surface) and _own_name(b, surface)) or first - second >= TIE_MARGIN:
        return False
    if first - _size(a) != second - _size(b) or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return _km(a.lat, a.lon, b.lat, b.lon) > TIE_KM


def _own_name(entry: Entry, surface: str) -> bool:
    return entry.name == surface or unaccented(entry.name) == surface


def _size(entry: Entry) -> float:
    return math.log10(max(entry.population, 1))


# Two cities of a name whose scores differ by less than this (a population ratio under 1.25, and no more context for
# one than the other) more than `TIE_KM` apart: the text does not say which it means.
TIE_MARGIN = 0.097
TIE_KM = 60.0


def _repoint(cand: Candidate, entry: Entry) -> None:
    cand.key, cand.name, cand.lat, cand.lon, cand.country = entry.key, entry.name, entry.lat, entry.lon, entry.country


def peerages(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """ "Lord Nicholls of Birkenhead": the place after a peer's "of" is part of the person's name."""
    titles = frozenset(patterns()["people"]["peer_titles"])
    by_end = {c.end: c for c in chosen if c.kind == "person"}
    dropped: set[int] = set()
    for cand in chosen:
        if cand.kind != "place" or cand.inner:
            continue
        i = toks.starting_at(cand.start)
        if i is None or i < 3 or toks.texts[i - 1] != "of":
            continue
        person = by_end.get(toks.ends[i - 2])
        if person is not None and person.attrs.get("title") in titles:
            person.end = cand.end
            person.name = " ".join(toks.text[person.start : cand.end].split())
            dropped.add(id(cand))
    return [c for c in chosen if id(c) not in dropped]


def speakers_named_like_towns(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """ "Nakano said", "said Narita, the elderly fisherman": a one-word town name that speaks is a person's name
    (outside a sports report, where a club speaks). A capital that speaks stands for its country (see
    `capitals_as_actors`), and a big city is left alone ("Erbil said" is its regional government)."""
    verbs = frozenset(patterns()["people"]["speech_verbs"])
    if not verbs & {w.lower() for w in toks.positions} or is_sports(toks):
        return
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.rank > RANK_CITY or cand.form != "name" or cand.lat is None:
            continue
        i = toks.starting_at(cand.start)
        if i is None or toks.ends[i] != cand.end or not _speaks(toks, i, verbs) or toks.texts[i].isupper():
            continue
        entry = gaz.lookup(toks.texts[i])
        if toks.texts[i] in gaz.capitals or (entry is not None and entry.population >= _MAX_SPEAKER_TOWN):
            continue
        cand.kind, cand.key, cand.name = "person", f"person:{toks.texts[i].lower()}", toks.texts[i]
        cand.lat = cand.lon = None
        cand.country = None


_MAX_SPEAKER_TOWN = 500000


def _speaks(toks: Tokens, i: int, verbs: frozenset[str]) -> bool:
    """Token i opens a sentence or follows a quote and is the subject of a speech verb right after it ("Nakano
    said"), or follows a speech verb and closes the clause ("said Narita, …")."""
    if i + 1 < toks.n and toks.adjacent(i + 1) and toks.texts[i + 1].lower() in verbs:
        return _opens_sentence(toks, i)  # not "police in Norfolk and Suffolk said"
    nxt = toks.texts[i + 1] if i + 1 < toks.n else "."
    return i > 0 and toks.adjacent(i) and toks.texts[i - 1].lower() in verbs and nxt in (",", ".")


def words_read_as_places(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """ "Forest officials said", "Split decisions": a one-word city name that opens a sentence, and that the same
    article writes in lower case elsewhere, is an everyday word there, not the town."""
    dropped: set[int] = set()
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.rank > RANK_CITY or cand.form != "name":
            continue
        i = toks.starting_at(cand.start)
        if i is None or toks.ends[i] != cand.end or not _opens_sentence(toks, i):
            continue
        if toks.texts[i].lower() in toks.positions and not toks.texts[i].isupper():
            dropped.add(id(cand))
    return [c for c in chosen if id(c) not in dropped] if dropped else chosen


_SENTENCE_ENDS = frozenset([".", "!", "?", ":", ";", '"', "“", "”", "'", "‘", "’", "(", "-", "—", "–"])


def _opens_sentence(toks: Tokens, i: int) -> bool:
    """Token i is the first of the text, of a line, or of a sentence (after its end or an opening quote)."""
    return i == 0 or not toks.adjacent(i) or toks.texts[i - 1] in _SENTENCE_ENDS


def towns_inside_names(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """ "Taro Aso", "Koichi Nakano", "Sutherland Springs": a one-word city right after a capitalized word that no
    rule took (no entity, title, direction or everyday word) ends a longer name, a person's or a place's, and is
    not that city. A word opening the sentence counts only when it is a first or last name ("Park Soo-hyun", not
    "Visiting Kabul"); a line in title case ("Gunmen Attack Kabul Hotel") is left alone. A person's name that ends
    in a first name ("William Howard") goes on into the city's name: "William Howard Taft" is one person."""
    taken = {c.end for c in chosen if not c.inner}
    people = {c.end: c for c in chosen if c.kind == "person" and not c.inner}
    dropped: set[int] = set()
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.rank > RANK_CITY or cand.form != "name":
            continue
        i = toks.starting_at(cand.start)
        if i is None or toks.ends[i] != cand.end or i == 0 or not toks.adjacent(i) or not toks.ws[i - 1]:
            continue
        person = people.get(toks.ends[i - 1])
        if person is not None and toks.texts[i - 1] in gaz.first_names and _surname_town(toks, gaz, i):
            person.end, person.name = cand.end, " ".join(toks.text[person.start : cand.end].split())
            dropped.add(id(cand))
        if toks.ends[i - 1] in taken or not _name_word(toks, gaz, i - 1) or _title_case_line(toks, i):
            continue
        if not _opens_sentence(toks, i - 1) or toks.texts[i - 1] in not_town_names():  # "Visiting Kabul" stays
            dropped.add(id(cand))
    return [c for c in chosen if id(c) not in dropped] if dropped else chosen


def _surname_town(toks: Tokens, gaz: Gazetteer, i: int) -> bool:
    """Token i, after a person's name, may be the surname: a town of fewer than `_SURNAME_TOWN` people (not
    "John Kerry Paris talks"), no capital, not in a title-case line."""
    entry = gaz.lookup(toks.texts[i])
    small = entry is not None and entry.population < _SURNAME_TOWN and toks.texts[i] not in gaz.capitals
    return small and not _title_case_line(toks, i)


_SURNAME_TOWN = 100_000


def _name_word(toks: Tokens, gaz: Gazetteer, j: int) -> bool:
    """A capitalized word (not in capitals) that is no stop word, direction or title: part of a name."""
    word = toks.texts[j]
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()):
        return False
    return word.lower() not in STOP_WORDS and word.lower() not in _area_words() and word not in gaz.titles


def _title_case_line(toks: Tokens, i: int) -> bool:
    """Every word of more than three letters on token i's line is capitalized (a headline in title case)."""
    line = toks.line[i]
    lo = hi = i
    while lo > 0 and toks.line[lo - 1] == line:
        lo -= 1
    while hi + 1 < toks.n and toks.line[hi + 1] == line:
        hi += 1
    words = [w for w in toks.texts[lo : hi + 1] if w.isalpha() and len(w) > 3]
    return all(w[:1].isupper() for w in words)
