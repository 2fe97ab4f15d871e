"""Towns the gazetteer alone does not find, read from how the article writes them: a US state abbreviated the
newspaper way after a town ("Mesquite, Nev."), and a town of the article's country written after a place word
("in Orlando", "the town of Kandel") even when its name is also a person's name or too small a town to be matched
everywhere; and a foreign city's name that is only the short form of a venue named after it ("Mandalay" for
"Mandalay Bay" in Las Vegas).

The words that decide are in `data/entities/patterns.toml` [places]."""

from __future__ import annotations

import math
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.components.entities.lexicon import (
    OTHER_NAME,
    RANK_CITY,
    RANK_REGION,
    Entry,
    Gazetteer,
    common_words,
    first_names,
    flat,
    last_names,
    not_town_names,
    patterns,
    towns,
    unaccented,
)
from sitrep.components.entities.names import RANK_GUESS
from sitrep.components.entities.scan import Candidate, Tokens, from_entry
from sitrep.components.entities.toponyms import MIN_CONTEXT_SHARE, article_context, is_feature, likeliest


def state_abbreviations(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """ "Mesquite, Nev.", "Oakland, Calif.": a US state's abbreviation (the newspaper style in
    `patterns.toml` [places] state_abbreviations) written after "<capitalized name>, " is a mention of the state, so
    the town before it is found there. Elsewhere such words are left alone ("Miss.", "Wash.")."""
    names: dict[str, str] = patterns()["places"]["state_abbreviations"]
    covered = {c.start: c for c in chosen if not c.inner}
    found: list[Candidate] = []
    for i in toks.where(_abbreviation_words()):
        word = toks.texts[i]
        if i < 2:
            continue
        if word not in names and not (word + "." in names and _dot_after(toks, i)):
            continue
        if toks.texts[i - 1] != "," or toks.ws[i - 2] or not toks.is_cap(i - 2):
            continue
        held = covered.get(toks.starts[i])
        if held is not None and not _postal_code_guess(toks, i, held):
            continue
        last = i if word in names else i + 1
        if last + 1 < toks.n and toks.is_cap(last + 1) and word.rstrip(".") in _bare(gaz.titles):
            continue  # "Smith, Miss. Jones": a title before a name
        state = gaz.states.get(names.get(word) or names[word + "."])
        if state is not None:
            found.append(from_entry(state, toks.starts[i], toks.ends[last]))
            chosen = [c for c in chosen if c is not held]
    return sorted(chosen + found, key=lambda c: (c.start, -c.end)) if found else chosen


@cache
def _abbreviation_words() -> frozenset[str]:
    """The tokens a state's abbreviation may be written as: "Calif." is one token, or "Calif" before a stop."""
    names: dict[str, str] = patterns()["places"]["state_abbreviations"]
    return frozenset(names) | {name.removesuffix(".") for name in names}


def _postal_code_guess(toks: Tokens, i: int, held: Candidate) -> bool:
    """ "Gladstone, NJ": a two-letter postal code another rule guessed to be an organization's acronym."""
    word = toks.texts[i]
    return len(word) == 2 and word.isupper() and held.kind == "organization" and held.end == toks.ends[i]


@cache
def _bare(titles: frozenset[str]) -> frozenset[str]:
    return frozenset(t.rstrip(".") for t in titles)


def _dot_after(toks: Tokens, i: int) -> bool:
    """Token i is followed by a full stop glued to it ("Tex" "." at a sentence's end)."""
    return i + 1 < toks.n and toks.texts[i + 1] == "." and not toks.ws[i]


def towns_after_place_words(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """ "at his home in Orlando", "near Corning", "the southwestern town of Kandel": a capitalized name no rule took,
    right after a place word (`patterns.toml` [places] town_before, town_nouns), that is the name of a GeoNames town
    (cities5000) of a country the article is about (a fifth of its country mentions or more) is that town, the one
    the article's countries and states make likeliest. So a city named like a person ("Orlando", "Killeen") or a
    town too small for the gazetteer is found where the text says it is a place; a name standing before another
    capitalized word ("in Orlando Bloom's film"), an everyday word, a day or a month, or a word of a person the
    article names is not."""
    forms = _place_word_forms() | _list_words()
    after = [k + 1 for k in toks.where(forms) if k + 1 < toks.n and toks.texts[k + 1][:1].isupper()]
    if not after:
        return chosen
    abroad = _regions_abroad(gaz, chosen)  # they do not vote for their country
    countries, states = article_context(gaz, [c for c in chosen if c.start not in abroad])
    about = [code for code, share in countries.items() if share >= MIN_CONTEXT_SHARE]
    if not about and not any(_after_town_noun(toks, i) for i in after):
        return chosen
    guesses = _guessed_people_after_place_words(toks, chosen) | abroad
    covered, people = _taken(toks, [c for c in chosen if c.start not in guesses])
    starts = {c.start: c for c in chosen if not c.inner}
    places = {c.end: c for c in chosen if c.kind == "place" and not c.inner}
    named = {c.end: c for c in chosen if c.kind in ("place", "country") and not c.inner}
    found: list[Candidate] = []
    for i in after:
        if covered[toks.starts[i]] or not _town_word(toks, i, people, everyday=_after_town_noun(toks, i)):
            continue  # "the port town of Cabaret": after a town noun an everyday word is a name too
        if not (_after_place_word(toks, i) or _listed_after_place_word(toks, places, i) or _from_to(toks, named, i)):
            continue
        j = _run_end(toks, i, people)
        if j < toks.n and toks.adjacent(j) and toks.is_cap(j) and toks.ws[j - 1]:
            continue  # a longer name no list knows
        name = toks.span_text(i, j)
        entries = [e for code in about for e in towns().get((code, name), []) if _fits(gaz, toks, starts, j, e)]
        spelled = None if entries or not _after_town_noun(toks, i) else towns().named(name, set(countries))
        if not entries and spelled is None and about:  # "in Khan Sheikhoun" (Khān Shaykhūn), "in Tal Rifaat"
            spelled = towns().named(name, set(about)) or towns().sounding(name, _transliterated(about, name))
        entries += [spelled] if spelled is not None else []  # "the western town of Hwangju" (Hwangju-up)
        if not entries and _after_town_noun(toks, i):  # "the Bosnian town of Srebrenica": a small town of the country
            small = [e for code in about for e in towns().written_with((code, name))]
            entries = [e for e in small if _fits(gaz, toks, starts, j, e)]
        fragments = _fragments(chosen, toks.starts[i], toks.ends[j - 1]) if entries else []
        if any(covered[toks.starts[k]] for k in range(i, j) if not any(f.start <= toks.starts[k] < f.end
                                                                       for f in fragments)):  # fmt: skip
            continue
        chosen = [c for c in chosen if c not in fragments]
        guess = guesses.get(toks.starts[i])
        if guess is not None and guess.end != toks.ends[j - 1]:
            continue
        if entries:
            found.append(from_entry(likeliest(gaz, entries, countries, states), toks.starts[i], toks.ends[j - 1]))
        elif _after_town_noun(toks, i) and gaz.lookup(name) is None:
            found.append(_unlisted_town(toks, i, j))
        else:
            continue
        if guess is not None:
            chosen = [c for c in chosen if c is not guess]
    return sorted(chosen + found, key=lambda c: (c.start, -c.end)) if found else chosen


def _regions_abroad(gaz: Gazetteer, chosen: list[Candidate]) -> dict[int, Candidate]:
    """The provinces, without coordinates, of countries the article is not otherwise about ("Savannah", a region of
    Ghana, in a story about Georgia): a town of the article's country of that name, after a place word, is meant."""
    regions = [c for c in chosen if c.kind == "place" and c.rank == RANK_REGION and c.lat is None and not c.inner
               and c.country is not None]  # fmt: skip
    if not regions:
        return {}
    countries, _ = article_context(gaz, [c for c in chosen if c not in regions])
    return {c.start: c for c in regions if countries.get(c.country or "", 0.0) < MIN_CONTEXT_SHARE}


def _transliterated(codes: list[str], name: str) -> set[str]:
    """Those of the countries whose town names English transliterates (`patterns.toml` transliterated_countries),
    for a name not made only of first names and surnames ("in Ramadan", "in Morgan" are no towns spelled like
    them; "Khan Sheikhoun" is one)."""
    if all(word in first_names() or word in last_names() for word in flat(name).split()):
        return set()
    return set(codes) & _words("transliterated_countries")


def _run_end(toks: Tokens, i: int, people: set[str]) -> int:
    """The token after the town's name that opens at token i: up to `_MAX_TOKENS` town words, and an Arabic article
    between two of them ("Maarat al-Numan", "Jisr ash Shughur")."""
    j = i + 1
    while j < toks.n and j - i < _MAX_TOKENS and toks.adjacent(j):
        if _town_word(toks, j, people):
            j += 1
            continue
        k = _after_inner_article(toks, j)
        if k is None or not _town_word(toks, k, people):
            break
        j = k + 1
    return j


def _after_inner_article(toks: Tokens, j: int) -> int | None:
    """The token after an Arabic article written inside a name at token j ("al-", "ash ", "el-"), when one is."""
    if toks.texts[j] in _words("inner_town_particles") and toks.ws[j - 1] and toks.ws[j]:
        return j + 1 if j + 1 < toks.n and toks.adjacent(j + 1) else None  # "Mocimboa da Praia"
    if toks.texts[j] not in _words("inner_articles") or not toks.ws[j - 1]:
        return None
    k = j + 2 if j + 2 < toks.n and toks.texts[j + 1] == "-" and not toks.ws[j] and not toks.ws[j + 1] else j + 1
    return k if k < toks.n and toks.adjacent(k) and (k == j + 2 or toks.ws[j]) else None


def _fragments(chosen: list[Candidate], start: int, end: int) -> list[Candidate]:
    """The places inside a town's longer name ("Numan", a Nigerian town, of "Maarat al-Numan"): the town takes
    their words."""
    return [c for c in chosen if start <= c.start and c.end <= end and c.kind == "place"
            and (c.start, c.end) != (start, end)]  # fmt: skip


def _guessed_people_after_place_words(toks: Tokens, chosen: list[Candidate]) -> dict[int, Candidate]:
    """The names guessed to be people's (two name words no list knows) that stand right after a place word: "the
    village of Kozacha Lopan", "in Chasiv Yar". Such a name is a town when it is a town of the article's country or
    the text calls it a town; a person's name no list knows is rarely written there."""
    found: dict[int, Candidate] = {}
    for cand in chosen:
        if cand.kind != "person" or cand.rank != RANK_GUESS or cand.inner:
            continue
        i = toks.starting_at(cand.start)
        if i is not None and _after_place_word(toks, i):
            found[cand.start] = cand
    return found


def _after_town_noun(toks: Tokens, i: int) -> bool:
    """Token i follows "<town noun> of" ("the town of Ziketan", "the county of Huade")."""
    if i < 2 or toks.texts[i - 1] != "of" or not toks.adjacent(i - 1):
        return False
    return toks.texts[i - 2].lower() in _words("town_nouns")


def _unlisted_town(toks: Tokens, i: int, j: int) -> Candidate:
    """ "the town of Ziketan": a name no list knows, that the text calls a town, county or district, is that place,
    with no coordinates (none to give, not even those of a wide area written after it: "the county of Huade in Inner
    Mongolia"); written again later, it is the same place."""
    name = toks.span_text(i, j)
    return Candidate(toks.starts[i], toks.ends[j - 1], "place", f"place:{name.lower()}", name, rank=RANK_CITY)


_MAX_TOKENS = 3


def _fits(gaz: Gazetteer, toks: Tokens, starts: dict[int, Candidate], j: int, entry: Entry) -> bool:
    """The town lies in the country or US state written after the name ("in Kent, Conn." is no Kent of
    Washington), if one is."""
    if j + 1 >= toks.n or toks.texts[j] != ",":
        return True
    where = starts.get(toks.starts[j + 1])
    if where is None or where.kind not in ("country", "place"):
        return True
    if where.kind == "country":
        return entry.country == where.code
    state = gaz.states.get(where.name)
    return state is None or (where.key == state.key and entry.admin1 == state.admin1)


def _listed_after_place_word(toks: Tokens, places: dict[int, Candidate], i: int) -> bool:
    """Token i is the next member of a list of places after a place word: "near Cordoba and Rosario", "in Aden,
    Taiz or Marib" (the member before the "and", "or" or comma is a place the article names, and the list opens
    right after a place word)."""
    for _ in range(_MAX_LISTED):
        if not toks.adjacent(i) or toks.texts[i - 1] not in _list_words() or i < 2:
            return False
        before = i - 2 if toks.texts[i - 2] != "," else i - 3  # "Aden, Taiz, and Marib"
        member = places.get(toks.ends[before]) if before >= 0 and toks.adjacent(before + 1) else None
        span = toks.tokens_of(member.start, member.end) if member is not None else None
        if span is None:
            return False
        i = span[0]
        if _after_place_word(toks, i):
            return True
    return False


_MAX_LISTED = 6


def _from_to(toks: Tokens, named: dict[int, Candidate], i: int) -> bool:
    """Token i ends a way "from <place> to <name>" ("flown from Bamako to Gao", "the road from Kabul to Jalalabad"):
    a way that starts at a place the article names ends at a place."""
    if i < 3 or not toks.adjacent(i) or toks.texts[i - 1] != "to" or not toks.adjacent(i - 1):
        return False
    start = named.get(toks.ends[i - 2])
    span = toks.tokens_of(start.start, start.end) if start is not None else None
    return span is not None and span[0] > 0 and toks.texts[span[0] - 1].lower() == "from" and toks.adjacent(span[0])


@cache
def _list_words() -> frozenset[str]:
    """The words that join the members of a list ("and", "or", a comma)."""
    return frozenset(_words("list_joins"))


@cache
def _place_word_forms() -> frozenset[str]:
    """The place words as a token may write them ("in", "In"), "of" (after a town noun or a direction), "to" (after a
    word of going) and "at" (after a word of staying)."""
    return frozenset({w for word in _words("town_before") for w in (word, word.capitalize())} | {"of", "to", "at"})


def _after_place_word(toks: Tokens, i: int) -> bool:
    """Token i follows "in", "near" …, "<town noun> of" ("the town of Kandel"), "<direction> of" ("550 km northeast
    of Lima", "just south of Aurora"), "<word of going> to" ("fled to Aurora", "pulled back to Siversk") or "<word
    of staying or a border> at" ("stationed at Chaman", "the border crossing at Torkham")."""
    if not toks.adjacent(i):
        return False
    prev = toks.texts[i - 1].lower()
    if prev in _words("town_before"):
        return True
    if prev not in ("of", "to", "at") or i < 2 or not toks.adjacent(i - 1):
        return False
    before = toks.texts[i - 2].lower()
    if prev == "to":
        return before in _words("motion_before_to")
    if prev == "at":
        return before in _words("stay_before_at")
    return before in _words("town_nouns") or before in _words("directions")


def _town_word(toks: Tokens, i: int, people: set[str], *, everyday: bool = False) -> bool:
    """A capitalized word (not in capitals) that is no stop word, everyday word (`common_words.txt`, `patterns.toml`
    [places] not_towns; with `everyday`, after a town noun, a word of `common_words.txt` may be a town), day, month
    or word of a person's name the article gives."""
    word = toks.texts[i]
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()) or word in people:
        return False
    lower = word.lower()
    if lower in STOP_WORDS or (lower in common_words() and not everyday) or lower in _words("not_town_words"):
        return False
    return word not in _words("not_towns")


@cache
def _words(name: str) -> frozenset[str]:
    conf = patterns()
    return frozenset(conf["people"]["not_name_words"] if name == "not_town_words" else conf["places"][name])


def venues_named_after_cities(toks: Tokens, chosen: list[Candidate]) -> None:
    """ "in front of Mandalay Bay … coming from Mandalay", "detainees at Guantanamo Bay … flew to Guantanamo": a
    one-word city whose name opens a bay, island, lake … the article names ("<City> <feature word>", `patterns.toml`
    [places] feature_words) is that place's short form when nothing else in the article names the city's country
    (Myanmar, Cuba): its mentions join the named place."""
    venues: dict[str, Candidate] = {}
    for cand in chosen:
        words = cand.name.split()
        if cand.kind == "place" and not cand.inner and cand.rank > RANK_CITY and len(words) == 2 and is_feature(cand):
            venues.setdefault(words[0], cand)
    if not venues:
        return
    cities: dict[str, list[Candidate]] = {}  # by the venue's first word, as written
    for cand in chosen:
        if cand.kind == "place" and cand.rank <= RANK_CITY and cand.lat is not None:  # inside a name too
            text = toks.text[cand.start : cand.end]
            if (text.title() if text.isupper() else text) in venues:
                cities.setdefault(text.title() if text.isupper() else text, []).append(cand)
    for word, short in cities.items():
        venue = venues[word]
        if _country_named(chosen, short[0].country, short[0].key, venue.key):
            continue
        for cand in short:
            cand.key, cand.name, cand.rank = venue.key, venue.name, venue.rank
            cand.lat, cand.lon, cand.country = venue.lat, venue.lon, venue.country


def _country_named(chosen: list[Candidate], code: str | None, *keys: str) -> bool:
    """Some mention other than those of `keys` names the country `code` (as a country or a place in it)."""
    return any(c.key not in keys and code in (c.code if c.kind == "country" else c.country,) for c in chosen)


def lone_small_towns(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """ "Westlake" in a story about Seattle (a town of Ohio), "Carnegie" in one about Japan (a suburb of Melbourne): a
    town of fewer than `LONE_TOWN_POPULATION` people, more than `LONE_TOWN_KM` from every other place the article
    puts on the map (or the only place it puts there, in an article that names another country: "British fans
    cheered Kanye West"), whose country (for a US town, its state) nothing else in the article names, is a namesake
    the article does not mean; it keeps no coordinates rather than wrong ones, and with a surname right after it
    ("Kanye West", "Orion Carter") it is a person's given name (`_given_name_of`)."""
    points = [c for c in chosen if c.kind == "place" and c.lat is not None and c.lon is not None]
    for cand in points:
        entry = _entry_of(gaz, cand)
        if entry is None or entry.population >= LONE_TOWN_POPULATION or cand.inner:
            continue
        if not _home_named(gaz, chosen, cand, entry) and _given_name_of(toks, chosen, cand):
            continue
        others = [c for c in points if c.key != cand.key]
        if any(_km(cand, c) <= LONE_TOWN_KM for c in others):
            continue
        if not others and not any(c.kind == "country" and c.code != cand.country for c in chosen):
            continue
        if not _home_named(gaz, chosen, cand, entry):
            cand.lat = cand.lon = None


def _given_name_of(toks: Tokens, chosen: list[Candidate], cand: Candidate) -> bool:
    """A small town whose country the article never names, written as one word with a surname right after it (a
    direction too: "West") and no capitalized word after that, nor a place word before it: the two words are a
    person's name ("the likes of Kanye West"), made so here; the town is no place of the article."""
    i = toks.starting_at(cand.start)
    if i is None or toks.ends[i] != cand.end or i + 2 >= toks.n or not toks.adjacent(i + 1) or not toks.ws[i]:
        return False
    surname, after = toks.texts[i + 1], toks.texts[i + 2]
    if surname not in last_names() or not surname[1:].islower() or after[:1].isupper() or after[:1].isdigit():
        return False
    if _after_place_word(toks, i) or any(c.start < toks.ends[i + 1] and toks.starts[i + 1] < c.end for c in chosen):
        return False
    name = toks.span_text(i, i + 2)
    cand.kind, cand.key, cand.name, cand.end = "person", f"person:{name.lower()}", name, toks.ends[i + 1]
    cand.country = cand.code = None
    cand.lat = cand.lon = None
    return True


LONE_TOWN_POPULATION = 100_000
LONE_TOWN_KM = 800.0


def _entry_of(gaz: Gazetteer, cand: Candidate) -> Entry | None:
    """The GeoNames city a place candidate was resolved to, if it is one."""
    found = [*gaz.homonyms.get(cand.name, []), gaz.entries.get(cand.name)]
    return next((e for e in found if e is not None and e.key == cand.key and e.population), None)


def _home_named(gaz: Gazetteer, chosen: list[Candidate], cand: Candidate, entry: Entry) -> bool:
    """Another mention names the town's country, or for a US town its state (a state, or a city of that state)."""
    for other in chosen:
        if other.key == cand.key:
            continue
        if entry.country != "US" and entry.country in (other.code if other.kind == "country" else other.country,):
            return True
        state = gaz.states.get(other.name) if entry.country == "US" and other.kind == "place" else None
        if state is not None and state.key == other.key and state.admin1 == entry.admin1:
            return True
        held = _entry_of(gaz, other) if entry.country == "US" and other.kind == "place" else None
        if held is not None and held.country == "US" and held.admin1 == entry.admin1:
            return True
    return False


def _km(a: Candidate, b: Candidate) -> float:
    """Great-circle distance between two placed candidates (haversine, km; infinite if one has no coordinates)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    r = math.pi / 180
    h = math.sin((b.lat - a.lat) * r / 2) ** 2
    h += math.cos(a.lat * r) * math.cos(b.lat * r) * math.sin((b.lon - a.lon) * r / 2) ** 2
    return _EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))


_EARTH_DIAMETER_KM = 12742.0


def places_written_again(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """ "ERIMO, Japan — … her cottage in Erimo", "in Paju, South Korea … drills in Paju": a place no list knows by
    that name, which the article has shown to be a place once (a dateline, "<name>, <country>", "the town of
    <name>"), is that place wherever the article writes the name again by itself (not inside a longer capitalized
    name, not a word of a person's name the article gives, not a sentence's first word that the article also writes
    in lower case). So is the name of a part of a country or a city the article wrote with its lower-case word
    ("the Salaheddin district of Aleppo … buildings in Salaheddin"). A name guessed to be a person's there is the
    place ("the village of Nebi Saleh … returned to Nebi Saleh")."""
    sources: dict[str, Candidate] = {}
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.rank > _RANK_NAMED_PLACE:
            continue
        surface = _written(toks, cand)
        head, _, last = surface.rpartition(" ")
        for written in (surface, head if last in _words("part_words") else ""):
            if written and gaz.lookup(written) is None and written not in not_town_names():
                sources.setdefault(written, cand)
    if not sources:
        return chosen
    guesses = {c.start: c for c in chosen if c.kind == "person" and c.rank == RANK_GUESS and not c.inner}
    covered, people = _taken(toks, [c for c in chosen if c.start not in guesses])
    firsts = {surface.split(" ", 1)[0]: surface for surface in sources}
    found: list[Candidate] = []
    for i in toks.where(firsts.keys()):
        surface = firsts[toks.texts[i]]
        j = i + len(surface.split())
        if j > toks.n or toks.span_text(i, j) != surface or any(covered[toks.starts[k]] for k in range(i, j)):
            continue
        if toks.texts[i] in people or not _stands_alone(toks, i, j):
            continue
        guess = guesses.get(toks.starts[i])
        if guess is not None and guess.end != toks.ends[j - 1]:
            continue
        src = sources[surface]  # unplaced, it is a town to place no nearer than its first mention is
        rank = src.rank if src.lat is not None else RANK_CITY
        found.append(Candidate(toks.starts[i], toks.ends[j - 1], "place", src.key, src.name, src.code, src.lat,
                               src.lon, src.country, src.form, rank))  # fmt: skip
        chosen = [c for c in chosen if c is not guess]
    return sorted(chosen + found, key=lambda c: (c.start, -c.end)) if found else chosen


_RANK_NAMED_PLACE = 3  # towns, datelines and named facilities; not a guess


def _written(toks: Tokens, cand: Candidate) -> str:
    """The candidate's text in title case when written in capitals, with single spaces."""
    text = " ".join(toks.text[cand.start : cand.end].split())
    return text.title() if text.isupper() else text


def _stands_alone(toks: Tokens, i: int, j: int) -> bool:
    """Tokens i..j-1 are no part of a longer capitalized name, and a one-word name opening a sentence is not an
    everyday word the article writes in lower case."""
    if j < toks.n and toks.adjacent(j) and toks.is_cap(j) and toks.ws[j - 1]:
        return False
    opens = i == 0 or not toks.adjacent(i) or toks.texts[i - 1] in _SENTENCE_MARKS
    if not opens and toks.is_cap(i - 1) and toks.texts[i - 1].isalpha():
        return False
    return not (opens and j == i + 1 and toks.texts[i].lower() in toks.positions)


_SENTENCE_MARKS = frozenset([".", "!", "?", ":", ";", '"', "“", "”", "'", "‘", "’", "(", "-", "—", "–"])


def areas_named_after_cities(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """ "Hama province", "the Donetsk region", "Kano state": a city's name before a lower-case word of an area named
    after its city (`patterns.toml` [places] city_areas) names that area, wider than the city: the mention takes the
    word and no point ("state" not after a national capital: "Tehran state media"; not after a town smaller than
    `min_area_city`: "the Sunan region" is the country round a town)."""
    words: frozenset[str] = _words("city_areas")
    out: list[Candidate] = []
    for cand in chosen:
        span = None if cand.kind != "place" or cand.inner or cand.lat is None else toks.tokens_of(cand.start, cand.end)
        j = span[1] - 1 if span is not None and toks.ends[span[1] - 1] == cand.end else None
        nxt = toks.texts[j + 1] if j is not None and j + 1 < toks.n else ""
        if j is None or nxt not in words or not toks.ws[j] or cand.rank > RANK_CITY:
            out.append(cand)
            continue
        written = _written(toks, cand)
        entry = gaz.lookup(written)
        small = entry is not None and 0 < entry.population < patterns()["places"]["min_area_city"]
        if (nxt == "state" and written in gaz.capitals) or small:
            out.append(cand)
            continue
        name = f"{written} {nxt}"
        out.append(Candidate(cand.start, toks.ends[j + 1], "place", f"place:{name.lower()}", name,
                             country=cand.country, rank=_RANK_NAMED_PLACE))  # fmt: skip
    return out


def _taken(toks: Tokens, chosen: list[Candidate]) -> tuple[bytearray, set[str]]:
    """The characters the chosen candidates cover (one byte each, 1 where taken) and the words of the people's
    names among them: where a town written again may not be read."""
    covered = bytearray(len(toks.text) + 1)
    for cand in chosen:
        covered[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return covered, {w for c in chosen if c.kind == "person" for w in c.name.split()}


def cities_named_like_regions(toks: Tokens, chosen: list[Candidate]) -> None:
    """ "in Farah city", "the city of Farah", "the town of Kunar": a province's name written with a lower-case word
    for a town (`patterns.toml` [places] city_words) right after it, or after "<that word> of", names the town of
    that name in the province's country (GeoNames cities5000, the largest), not the province."""
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.lat is not None or cand.rank != RANK_REGION or not cand.country:
            continue
        span = toks.tokens_of(cand.start, cand.end)
        if span is None or not _called_a_town(toks, *span) or not _country_named(chosen, cand.country, cand.key):
            continue
        found = towns().get((cand.country, _written(toks, cand)), [])
        if found:
            town = found[0]
            cand.key, cand.name, cand.lat, cand.lon, cand.rank = town.key, town.name, town.lat, town.lon, RANK_CITY


def _called_a_town(toks: Tokens, i: int, j: int) -> bool:
    """Tokens i..j-1 are followed by a town word ("Farah city") or follow "<town word> of" ("the city of Farah")."""
    words = _words("city_words")
    if j < toks.n and toks.ws[j - 1] and toks.texts[j] in words:
        return True
    return i > 1 and toks.texts[i - 1] == "of" and toks.texts[i - 2] in words and toks.ws[i - 2]


def other_names_abroad(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """ "a Molotov cocktail", "Peking duck": a city written by another name than its own (an old name, a name in
    another language), in an article that names nothing else of the city's country, is no mention of the city,
    unless a place word stands right before it ("riots in Cologne")."""
    dropped: set[int] = set()
    for cand in chosen:
        i = toks.starting_at(cand.start)
        if cand.kind != "place" or cand.inner or cand.rank != RANK_CITY or i is None or _after_place_word(toks, i):
            continue
        entry = gaz.lookup(_written(toks, cand))
        if entry is None or entry.detail != OTHER_NAME or entry.key != cand.key:
            continue
        if not _country_named(chosen, entry.country, cand.key):
            dropped.add(id(cand))
    return [c for c in chosen if id(c) not in dropped] if dropped else chosen


def towns_before_their_region(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """ "the fire reached Paradise and Chico in California", "clashes near Afrin in Syria", "bombed Maarat Misrin in
    Idlib province": a capitalized name no rule took (or, abroad, took only as a guessed person's), written right
    before "in <US state, country, or a province or city abroad>" (or a list of such names ending there), is the
    town of that name there (GeoNames towns of `min_town_population` people, or of unknown population; in a country
    whose names English transliterates, also spelled otherwise); a name that is also a word or a person's
    ("Paradise", "Ferguson") only for a town of `min_word_town` people, and never a word of a person's name the
    article gives nor a name after a title ("Sen. Moore in Alabama")."""
    guesses = {(c.start, c.end): c for c in chosen if c.kind == "person" and c.rank == RANK_GUESS and not c.inner}
    covered, people = _taken(toks, chosen)
    titles = _bare(gaz.titles) | gaz.titles
    found: list[Candidate] = []
    for where in chosen:
        code, state = _region(gaz, where)
        i = toks.starting_at(where.start) if code else None
        if i is None or i < 2 or toks.texts[i - 1] != "in" or not toks.adjacent(i - 1):
            continue
        last = i - 2
        for _ in range(_MAX_LISTED):
            guess = _guess_ending(toks, guesses, last) if code != "US" else None
            if guess is not None:
                covered[guess.start : guess.end] = bytes(guess.end - guess.start)
            begin = _run_start(toks, titles, last, people - set(guess.name.split()) if guess else people)
            town = _town_there(toks, gaz, code, state, begin, last + 1, covered) if begin <= last else None
            if town is None or (guess is not None and (guess.start, guess.end) != (town.start, town.end)):
                break
            found.append(town)
            chosen = [c for c in chosen if c is not guess]
            covered[town.start : town.end] = b"\x01" * (town.end - town.start)
            last = _member_before(toks, begin)
    return sorted(chosen + found, key=lambda c: (c.start, -c.end)) if found else chosen


def _guess_ending(toks: Tokens, guesses: dict[tuple[int, int], Candidate], last: int) -> Candidate | None:
    """The guessed person's name (two name words no list knows) that ends at token `last`, if any: abroad, before
    "in <province or country>", such a name may be a town ("bombed Maarat Misrin in Idlib province")."""
    if last < 0:
        return None
    return next((g for (start, end), g in guesses.items() if end == toks.ends[last]), None)


def towns_in_their_region(toks: Tokens, chosen: list[Candidate]) -> None:
    """ "near Boni in the Mopti region": a city written right before "in <a province, region or town of another
    country>" lies in that country: it is the town of that name there (also spelled otherwise, in a country whose
    names English transliterates), else a town of that name there with no known point (Bonn is not meant).
    "Baki in the Awdal region" is Somalia's Baki, not Baku; "Roma in southern Queensland" not Rome."""
    where_at = {c.start: c for c in chosen if c.kind == "place" and not c.inner and c.country}
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.lat is None or not cand.country or cand.rank != RANK_CITY:
            continue
        where = _region_after_in(toks, where_at, cand.end)
        if where is None or where.country in (cand.country, "US", None) or not where.country:
            continue
        name = toks.text[cand.start : cand.end]
        town = next(iter(towns().get((where.country, name), [])), None) or towns().named(name, {where.country})
        town = town or towns().sounding(name, _transliterated([where.country], name))
        if town is not None:
            cand.key, cand.name, cand.country = town.key, town.name, town.country
            cand.lat, cand.lon = town.lat, town.lon
        else:  # a town of that name there that no table holds: named as written, with no point
            cand.key, cand.name, cand.country = f"place:{where.country.lower()}:{name.lower()}", name, where.country
            cand.lat = cand.lon = None


def _region_after_in(toks: Tokens, where_at: dict[int, Candidate], end: int) -> Candidate | None:
    """The place written right after "in" or "in the" that follows char `end`."""
    j = toks.starting_at(end + 1) if toks.text[end : end + 1] == " " else None
    if j is None or toks.texts[j] != "in" or j + 1 >= toks.n or not toks.adjacent(j + 1):
        return None
    k = j + 2 if toks.texts[j + 1] == "the" and j + 2 < toks.n else j + 1
    return where_at.get(toks.starts[k])


def _region(gaz: Gazetteer, where: Candidate) -> tuple[str, str | None]:
    """The country code of a country mention, or "US" and the state's code of a US state's, or the country of a
    province or city abroad ("in Idlib province"); ("", None) else."""
    if where.inner or where.form != "name":
        return "", None
    if where.kind == "country" and where.code:
        return where.code, None
    state = gaz.states.get(where.name) if where.kind == "place" else None
    if state is not None and state.key == where.key:
        return "US", state.admin1
    if where.kind == "place" and where.country and where.country != "US":
        return where.country, None
    return "", None


def _run_start(toks: Tokens, titles: frozenset[str], last: int, people: set[str]) -> int:
    """First token of the run of (at most `_MAX_TOKENS`) capitalized words ending at token `last` (last + 1 when
    token `last` is none, or the run follows another capitalized word, a title or a person's word)."""
    begin = last + 1
    while begin > 0 and last - begin + 1 < _MAX_TOKENS and _run_word(toks, begin - 1, people):
        if begin <= last and not toks.adjacent(begin):
            break
        begin -= 1
    if begin > last or (begin > 0 and toks.adjacent(begin) and toks.is_cap(begin - 1) and toks.ws[begin - 1]):
        return last + 1
    return last + 1 if _after_title(toks, titles, begin) else begin


def _run_word(toks: Tokens, i: int, people: set[str]) -> bool:
    """A capitalized word (not in capitals) that is no stop word and no word of a person the article names."""
    word = toks.texts[i]
    return word[:1].isupper() and word.isalpha() and not word.isupper() and word not in people and (
        word.lower() not in STOP_WORDS)


def _after_title(toks: Tokens, titles: frozenset[str], begin: int) -> bool:
    """Token `begin` follows a title, with or without its full stop ("Sen. Moore", "Gov Abbott")."""
    k = begin - 1
    if k >= 1 and toks.texts[k] == "." and toks.adjacent(k):
        k -= 1
    return k >= 0 and toks.adjacent(k + 1) and toks.texts[k] in titles


def _town_there(
    toks: Tokens, gaz: Gazetteer, code: str, state: str | None, begin: int, end: int, covered: bytearray
) -> Candidate | None:
    if any(covered[toks.starts[k]] for k in range(begin, end)):
        return None
    name = toks.span_text(begin, end)
    entries = [e for e in towns().get((code, name), []) if state is None or e.admin1 == state]
    if not entries and state is None:  # another spelling, or a transliteration ("Khan Sheikhoun", Khān Shaykhūn)
        spelled = towns().named(name, {code}) or towns().sounding(name, _transliterated([code], name))
        entries = [spelled] if spelled is not None else []
    if not entries or (name in not_town_names() and entries[0].population < patterns()["places"]["min_word_town"]):
        return None
    return from_entry(entries[0], toks.starts[begin], toks.ends[end - 1])


def _member_before(toks: Tokens, begin: int) -> int:
    """The last token of the list member before the one starting at `begin` ("Paradise and Chico", "Aden, Taiz
    and Marib"), or -1 when none is written there."""
    k = begin - 1
    if k >= 1 and toks.texts[k] in _list_words() and toks.adjacent(k):
        k -= 1
        if k >= 1 and toks.texts[k] == "," and toks.texts[k + 1] != ",":
            k -= 1  # "Aden, Taiz, and Marib"
        return k if toks.is_cap(k) and toks.adjacent(k + 1) else -1
    return -1


def towns_set_off_as_towns(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """ "Allen, a suburb of Dallas", "Mandera, a town near the Somali border", "Sutherland Springs, a small town
    east of San Antonio": a capitalized name no rule took, set off before "a" or "an", at most two lower-case words
    and a word for a settlement (`patterns.toml` [places] settlement_nouns) that a preposition or a mark follows, is
    a town. It is the town of that name in the country or US state written after it (the one nearest a city written
    there), else in a country the article is about; a name no list knows is a town without a point, a name that is
    a word or a person's and no such town is left alone ("Smith, a city councilman" is no town: a noun follows)."""
    commas = [k for k in toks.where(frozenset({","})) if k + 3 < toks.n and toks.texts[k + 1] in ("a", "an")]
    if not commas:
        return chosen
    guesses = {c.start: c for c in chosen if c.kind == "person" and c.rank == RANK_GUESS and not c.inner}
    covered, people = _taken(toks, [c for c in chosen if c.start not in guesses])
    titles = _bare(gaz.titles) | gaz.titles
    countries, states = article_context(gaz, chosen)
    ends = {c.end: c for c in chosen if not c.inner}
    found: list[Candidate] = []
    for k in commas:
        noun = _settlement_noun(toks, k + 2)
        begin = _run_start(toks, titles, k - 1, people) if noun is not None and k > 0 else k
        tail = ends.get(toks.ends[k - 1]) if begin < k else None  # "Springs" of "Sutherland Springs"
        if tail is not None and (tail.kind != "place" or tail.start <= toks.starts[begin]):
            tail = None
        last = toks.starting_at(tail.start) if tail is not None else k
        if noun is None or begin >= k or any(covered[toks.starts[m]] for m in range(begin, last or k)):
            continue
        guess = guesses.get(toks.starts[begin])
        if guess is not None and guess.end != toks.ends[k - 1]:
            continue
        after = next((c for c in chosen if not c.inner and toks.ends[noun] < c.start <= toks.ends[noun] + _AFTER_CHARS
                      and c.kind in ("place", "country")), None)  # fmt: skip
        town = _set_off_town(toks, gaz, begin, k, after, countries, states)
        if town is not None:
            found.append(town)
            chosen = [c for c in chosen if c is not guess and c is not tail]
    return sorted(chosen + found, key=lambda c: (c.start, -c.end)) if found else chosen


_AFTER_CHARS = 40  # "a small town about 30 miles east of San Antonio"


def _settlement_noun(toks: Tokens, i: int) -> int | None:
    """Index of the settlement word that tokens from i write after at most two lower-case words, when a
    preposition or a mark follows it ("suburb of", "town near", "town,"), else None."""
    nouns = _words("settlement_nouns")
    for j in range(i, min(toks.n - 1, i + 3)):
        word = toks.texts[j]
        if word in nouns:
            nxt = toks.texts[j + 1]
            return j if nxt in _words("settlement_followers") or not nxt[:1].isalnum() else None
        if not toks.is_lower_word(j) or not toks.adjacent(j):
            return None
    return None


def _set_off_town(
    toks: Tokens, gaz: Gazetteer, begin: int, end: int, after: Candidate | None, countries: dict[str, float],
    states: set[str],
) -> Candidate | None:
    name = toks.span_text(begin, end)
    entries = _set_off_entries(gaz, name, after, countries)
    if entries:
        entry = entries[0] if after is not None else likeliest(gaz, entries, countries, states)
        return from_entry(entry, toks.starts[begin], toks.ends[end - 1])
    if name in not_town_names() or gaz.lookup(name) is not None or towns().spells(name):
        return None
    return _unlisted_town(toks, begin, end)


def _set_off_entries(gaz: Gazetteer, name: str, after: Candidate | None, countries: dict[str, float]) -> list[Entry]:
    """The towns a set-off name may be: in the country or US state written after it (of any size GeoNames lists,
    the one nearest a city written there, within `_SET_OFF_KM`), else in the countries the article is about."""
    if after is None:
        about = [c for c, share in countries.items() if share >= MIN_CONTEXT_SHARE]
        return [e for c in about for e in towns().get((c, name), [])]
    code = after.code if after.kind == "country" else after.country
    entries = towns().written_with((code, name)) if code else []
    state = gaz.states.get(after.name) if after.kind == "place" else None
    if state is not None and state.key == after.key:
        entries = [e for e in entries if e.admin1 == state.admin1]
    if after.lat is not None and after.kind == "place" and after.rank <= RANK_CITY:  # a city, not a wide area
        entries = sorted(entries, key=lambda e: _distance(e, after))
        return entries[:1] if entries and _distance(entries[0], after) <= _SET_OFF_KM else []
    return entries


_SET_OFF_KM = 150.0


def _distance(entry: Entry, cand: Candidate) -> float:
    if entry.lat is None or entry.lon is None or cand.lat is None or cand.lon is None:
        return math.inf
    probe = Candidate(0, 0, "place", entry.key, entry.name, lat=entry.lat, lon=entry.lon)
    return _km(probe, cand)


def names_written_whole(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """ "Mocimboa da Praia": a town found by a short form of its name ("Mocimboa" for Mocímboa da Praia) that the text
    writes whole, through a lower-case particle (`inner_town_particles`), is that town over the whole name; the places
    inside the rest ("Praia", Cape Verde's capital) are no mentions of their own."""
    starts = {c.start: c for c in chosen if not c.inner}
    grown: dict[int, int] = {}
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.end >= len(toks.text):
            continue
        whole, written = _spelled(cand.name), _spelled(toks.text[cand.start : cand.end])
        rest = whole[len(written) :].split() if whole.startswith(written + " ") else []
        if not rest or rest[0] not in _words("inner_town_particles"):
            continue
        j = toks.starting_at(cand.end + 1)
        k = j + len(rest) if j is not None else toks.n + 1
        if k <= toks.n and j is not None and _spelled(toks.span_text(j, k)) == " ".join(rest) and toks.ws[j - 1]:
            grown[cand.start] = toks.ends[k - 1]
    if not grown:
        return chosen
    kept = [c for c in chosen if not any(s < c.start < e for s, e in grown.items())]
    for start, end in grown.items():
        starts[start].end = end
    return kept


def _spelled(name: str) -> str:
    """A name without accents, hyphens or capitals, to compare spellings ("Mocímboa" and "Mocimboa")."""
    return unaccented(flat(name)).lower()
