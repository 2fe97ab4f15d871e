"""Place names the text shows to name something else, or to lie elsewhere than the gazetteer's first guess: a title
in quotation marks ("Fargo"), a publication ("The Atlantic"), an organization's name ("the Alliance for American
Manufacturing"), a street ("Reno Ave."), an acronym in running text ("DACA"), a person named after a kinship word
("his wife Kali"), an everyday word opening a sentence before a facility noun ("Federal prison guards"); a US
state named like a city ("Kent, Washington"; "Oregon, New York and Washington"); a place written "<place>, <state or
country>" that lies elsewhere ("North Manchester, Indiana" is no English town).

Precision first: a name so misread is dropped, or loses its coordinates, rather than kept at a wrong point. The
words that decide are in `data/entities/patterns.toml` [places.misreads]."""

from __future__ import annotations

from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.components.entities.lexicon import RANK_CITY, Gazetteer, common_words, gazetteer, patterns
from sitrep.components.entities.scan import Candidate, Tokens

_QUOTES_OPEN = frozenset(['"', "“", "‘", "'"])
_QUOTES_CLOSE = frozenset(['"', "”", "’", "'"])
_CLAUSE_MARKS = frozenset([",", ".", "!", "?", ";", ":"])


@cache
def _conf() -> dict[str, list[str]]:
    conf: dict[str, list[str]] = patterns()["places"]["misreads"]
    return conf


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _conf()[name])


def _is_city(cand: Candidate) -> bool:
    return cand.kind == "place" and not cand.inner and cand.rank <= RANK_CITY and cand.form == "name"


def not_places(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """Drop the city names the words around them show to be titles, publications, organizations, streets or
    acronyms; turn a city name after a kinship word into the person it names."""
    dropped: set[int] = set()
    covered = bytearray(len(toks.text) + 1)
    for cand in chosen:
        covered[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    for cand in chosen:
        span = toks.tokens_of(cand.start, cand.end)
        if cand.kind not in ("place", "country") or cand.inner or span is None:
            continue
        i, j = span
        if cand.kind == "country" and cand.form == "name" and not cand.inner and _kin_before(toks, i, j, written=True):
            _to_person(toks, cand, i)  # "her son Jordan", "the victim, Jordan,"
            continue
        if cand.kind != "place":
            continue
        if _misread(toks, cand, i, j):
            dropped.add(id(cand))
        elif not _is_city(cand):
            continue
        elif _kin_before(toks, i, j) or _role_after(toks, i, j):
            _to_person(toks, cand, i)
        elif _names_another_thing(toks, i, j, covered):
            dropped.add(id(cand))
    crafts = _crafts(toks, chosen)
    dropped |= {id(c) for c in chosen if _is_city(c) and toks.text[c.start : c.end] in crafts}
    if not dropped:
        return chosen
    inside = {id(c) for c in chosen if c.inner and any(id(o) in dropped and o.start <= c.start < o.end for o in chosen)}
    return [c for c in chosen if id(c) not in dropped and id(c) not in inside]


def _misread(toks: Tokens, cand: Candidate, i: int, j: int) -> bool:
    """A title, a publication, a work of a year, a model code, or an everyday word before a facility noun."""
    if _quoted(toks, i, j) or _publication(toks, i) or _work_of_a_year(toks, i) or _model_code(toks, i):
        return True
    return cand.rank == _RANK_FACILITY and _word_before_a_facility_noun(toks, i, j)


_RANK_FACILITY = 3


def _crafts(toks: Tokens, chosen: list[Candidate]) -> set[str]:
    """ "the Orion capsule", "NASA's Juno probe": one-word towns' names written between an article or a possessive
    and a word for a spacecraft (`patterns.toml` [places.misreads] craft_words) name the craft."""
    found: set[str] = set()
    for cand in chosen:
        span = toks.tokens_of(cand.start, cand.end) if _is_city(cand) else None
        if span is None or span[1] != span[0] + 1 or span[0] == 0 or span[1] >= toks.n:
            continue
        i, j = span
        if toks.texts[i - 1].lower() in ("the", "a", "an", "'s", "’s") and _craft_at(toks, j):
            found.add(toks.texts[i])
    return found


def _craft_at(toks: Tokens, j: int) -> bool:
    word = toks.texts[j].lower()
    two = f"{word} {toks.texts[j + 1].lower()}" if j + 1 < toks.n else ""
    return toks.adjacent(j) and (word in _words("craft_words") or two in _words("craft_words"))


def _word_before_a_facility_noun(toks: Tokens, i: int, j: int) -> bool:
    """ "Federal prison guards falsified …", "Local prison officials said": an everyday word capitalized only
    because it opens a sentence, before lower-case facility words, names no facility ("Evin prison" does)."""
    if j < i + 2 or not all(toks.is_lower_word(k) for k in range(i + 1, j)):
        return False
    opens = i == 0 or not toks.adjacent(i) or toks.texts[i - 1] in _SENTENCE_MARKS
    word = toks.texts[i].lower()
    return opens and (word in STOP_WORDS or word in common_words())


_SENTENCE_MARKS = frozenset([".", "!", "?", ":", ";", '"', "“", "”", "(", "—", "–", "-"])


def _quoted(toks: Tokens, i: int, j: int) -> bool:
    """ “Fargo,” "Glasgow": the name alone between quotation marks (a comma or full stop may sit inside the
    closing one) is the title of a work or a nickname, not the place."""
    if i == 0 or toks.texts[i - 1] not in _QUOTES_OPEN or not toks.adjacent(i):
        return False
    k = j + 1 if j < toks.n and toks.texts[j] in _CLAUSE_MARKS else j
    return k < toks.n and toks.texts[k] in _QUOTES_CLOSE and (k == j or not toks.ws[j])


def _publication(toks: Tokens, i: int) -> bool:
    """ "a report by The Atlantic": a place name after a capitalized "The" inside a sentence names a publication
    or a work (a city whose name holds "The", "The Hague", is matched whole)."""
    if i < 2 or toks.texts[i - 1] != "The" or not toks.adjacent(i - 1):
        return False
    before = toks.texts[i - 2]
    return before[:1].islower() or before in (",",)


def _work_of_a_year(toks: Tokens, i: int) -> bool:
    """ "1972's Toulouse Street": a name after a year's possessive is a work of that year (an album, a film)."""
    if i < 2 or toks.texts[i - 1] not in ("'s", "’s") or toks.ws[i - 2]:
        return False
    year = toks.texts[i - 2]
    return len(year) == 4 and year.isdigit() and year[:2] in ("19", "20")


def _model_code(toks: Tokens, i: int) -> bool:
    """ "the S-Pen", "an X-Lyon": a name glued by a hyphen to one or two capital letters or digits before it is part
    of a product's or a model's name."""
    if i < 2 or toks.texts[i - 1] != "-" or toks.ws[i - 1] or toks.ws[i - 2]:
        return False
    code = toks.texts[i - 2]
    return len(code) <= 2 and code.isalnum() and code.upper() == code


def _organization(toks: Tokens, i: int, j: int) -> bool:
    """ "the Alliance for American Manufacturing": a one-word town after a lower-case "the" and before "for" or "of"
    and a capitalized word heads an organization's name."""
    if j != i + 1 or i == 0 or toks.texts[i - 1] != "the" or j + 1 >= toks.n:
        return False
    return toks.texts[j] in ("for", "of") and toks.is_cap(j + 1) and toks.adjacent(j + 1)


def _names_another_thing(toks: Tokens, i: int, j: int, covered: bytearray) -> bool:
    """The words around a city's name make it part of an organization's, a street's, an acronym's or another name."""
    if _organization(toks, i, j) or _street(toks, j) or _acronym(toks, i, j):
        return True
    return _hyphened_name(toks, i, j) or _possessed_name(toks, i, j, covered)


def _hyphened_name(toks: Tokens, i: int, j: int) -> bool:
    """ "the Carnegie-Tsinghua Center": a one-word town glued by a hyphen to a capitalized word that names no place,
    with a capitalized word after that, opens the name of something else ("Baghdad-Damascus highway" names two)."""
    if j != i + 1 or j + 2 >= toks.n or toks.texts[j] not in ("-", "‑") or toks.ws[i] or toks.ws[j]:
        return False
    other = gazetteer().lookup(toks.texts[j + 1])
    if not toks.is_cap(j + 1) or (other is not None and other.kind in ("place", "country")):
        return False
    return toks.ws[j + 1] and toks.is_cap(j + 2) and toks.adjacent(j + 2)


def _possessed_name(toks: Tokens, i: int, j: int, covered: bytearray) -> bool:
    """ "Martha's Vineyard", "starred in Dawson's Creek": a small town's name right after the possessive of a given
    name that names nothing else in the article is the end of a name ("Obama's Chicago", "Sunday's Kabul bombing"
    keep the town: a known person, a day)."""
    if j != i + 1 or i < 2 or toks.texts[i - 1] not in ("'s", "’s") or toks.ws[i - 2] or not toks.adjacent(i - 1):
        return False
    owner = toks.texts[i - 2]
    if not (owner[:1].isupper() and owner[1:].islower() and owner.isalpha()) or covered[toks.starts[i - 2]]:
        return False
    if owner.lower() in _not_owners() or owner.lower() in common_words():
        return False
    entry = gazetteer().lookup(toks.texts[i])
    return entry is not None and entry.population < _MAX_POSSESSED_TOWN


_MAX_POSSESSED_TOWN = 100_000


@cache
def _not_owners() -> frozenset[str]:
    """Capitalized words whose possessive is no name's beginning: days, months and other words never in names."""
    return frozenset(w.lower() for w in patterns()["people"]["not_name_words"]) | STOP_WORDS


def _street(toks: Tokens, j: int) -> bool:
    """ "E. Reno Ave.", "RENO AVE": a town name before a capitalized street word names the street ("a Moscow
    street vendor" is in Moscow)."""
    if j >= toks.n or not toks.adjacent(j):
        return False
    word = toks.texts[j]
    return word[:1].isupper() and word.rstrip(".").lower() in _words("street_words")


_MAX_ACRONYM = 5


def _acronym(toks: Tokens, i: int, j: int) -> bool:
    """ "supports DACA recipients", "for DACA (Deferred Action …)": a short one-word name in capitals right after a
    lower-case word and before another or an opening bracket is an acronym (not a dateline, a headline in capitals
    or a results line: "Atlanta 6 CHICAGO 5")."""
    word = toks.texts[i]
    if j != i + 1 or not word.isupper() or not word.isalpha() or len(word) > _MAX_ACRONYM or j >= toks.n:
        return False
    if not toks.adjacent(i) or not toks.adjacent(j) or not toks.is_lower_word(i - 1):
        return False
    return toks.is_lower_word(j) or toks.texts[j] == "("


def _kin_before(toks: Tokens, i: int, j: int, written: bool = False) -> bool:
    """ "his wife Kali", "her son Austin": a one-word name right after a kinship noun is that relative's name
    (`written`: only after the noun in lower case, as "Mother Russia" is the country); so is one set off by commas
    after a kinship noun or a noun for a person ("the suspect's mother, Adelaide,", "the victim, Jordan,"); "the
    daughter of Aung San": a name of two words or more right after
    "<kinship noun> of" is the relative's (not "the son of Tripoli's mayor")."""
    before = toks.texts[i - 1] if i > 0 else ""
    if before and toks.adjacent(i) and (before if written else before.lower()) in _words("kin_words"):
        return j == i + 1
    if i > 1 and j == i + 1 and _set_off(toks, i) and toks.texts[i - 2] in _words("kin_words") | _words("person_nouns"):
        return True
    if j < i + 2 or (j < toks.n and toks.texts[j] in ("'s", "’s")):
        return False
    return i > 1 and toks.texts[i - 1] == "of" and toks.adjacent(i - 1) and toks.texts[i - 2] in _words("kin_words")


def _role_after(toks: Tokens, i: int, j: int) -> bool:
    """ "said Dallas, a volunteer from Kyiv", "Houston, a spokesman for the army, said": a one-word name after a
    speech verb, or opening a sentence, set off before "a"/"an" and lower-case words that end with a noun for a
    person (a role, a kinship or a person noun) is that person's name ("Homs, a major hub" is no person; "In Mosul,
    a resident of the old city said" is not read: the town is after a place word)."""
    if j != i + 1 or j + 2 >= toks.n or toks.texts[j] != "," or toks.texts[j + 1] not in ("a", "an"):
        return False
    before = toks.texts[i - 1].lower() if i > 0 else ""
    if not (before in _people_words("speech_verbs") or i == 0 or before in _SENTENCE_MARKS or not toks.adjacent(i)):
        return False
    k = j + 2
    while k < toks.n and toks.is_lower_word(k) and toks.texts[k] not in _ROLE_STOPS and k - j < _MAX_ROLE_WORDS:
        k += 1
    head = toks.texts[k - 1]
    if k == j + 2 or (k < toks.n and toks.is_lower_word(k) and toks.texts[k] not in _ROLE_STOPS):
        return False
    return head in _people_words("role_heads") | _words("person_nouns") | _words("kin_words") | _words(
        "appositive_people")


_ROLE_STOPS = frozenset(["of", "for", "at", "in", "from", "with", "who", "whose", "and", "on"])
_MAX_ROLE_WORDS = 5


@cache
def _people_words(name: str) -> frozenset[str]:
    return frozenset(patterns()["people"][name])


def _set_off(toks: Tokens, i: int) -> bool:
    """Token i stands alone between commas: ", <name> ,"."""
    return toks.texts[i - 1] == "," and i + 1 < toks.n and toks.texts[i + 1] == "," and toks.adjacent(i)


def _to_person(toks: Tokens, cand: Candidate, i: int) -> None:
    word = " ".join(toks.text[cand.start : cand.end].split())
    cand.kind, cand.key, cand.name, cand.code = "person", f"person:{word.lower()}", word, None
    cand.lat = cand.lon = None
    cand.country = None


def states_named_like_cities(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """ "Kent, Washington", "from Oregon, Virginia, New York and Washington", "upstate New York": a city named like
    a US state ("Washington", "New York") is the state after "<US place>, ", in a list beside another state, or
    after a lower-case direction ("western New York", `patterns.toml` [places] directions, state_directions), and
    such a direction's region is an area of the state, no point."""
    states = [c for c in chosen if c.kind == "place" and not c.inner and c.lat is None and c.name in gaz.states]
    for k, cand in enumerate(chosen):
        if cand.kind != "place" or cand.lat is None or cand.country != "US":
            continue
        surface = " ".join(toks.text[cand.start : cand.end].split())
        if _state_region(gaz, surface):  # "western New York" is no point of the city
            cand.lat = cand.lon = None
            continue
        state = gaz.states.get(surface)
        if state is None or _district_after(toks, cand) or (cand.inner and not _after_direction(toks, cand)):
            continue
        if _after_direction(toks, cand) or _after_us_place(toks, chosen[:k], cand) or _listed_with(
            toks, gaz, states, cand
        ):
            cand.key, cand.name, cand.lat, cand.lon, cand.country = state.key, state.name, None, None, "US"
            states.append(cand)


def _after_direction(toks: Tokens, cand: Candidate) -> bool:
    """The candidate follows a lower-case direction word ("upstate New York", "western New York")."""
    i = toks.starting_at(cand.start)
    return i is not None and i > 0 and toks.adjacent(i) and toks.texts[i - 1] in _state_directions()


def _state_region(gaz: Gazetteer, surface: str) -> bool:
    """ "western New York": a lower-case direction and the name of a US state."""
    first, _, rest = surface.partition(" ")
    return first in _state_directions() and rest in gaz.states


@cache
def _state_directions() -> frozenset[str]:
    conf = patterns()["places"]
    return frozenset(conf["directions"]) | frozenset(conf["state_directions"])


def _district_after(toks: Tokens, cand: Candidate) -> bool:
    """ "Washington, D.C.", "Washington DC": the city."""
    rest = toks.text[cand.end : cand.end + 8].lstrip(", ")
    return rest.startswith(("D.C", "DC"))


def _after_us_place(toks: Tokens, before: list[Candidate], cand: Candidate) -> bool:
    """The candidate follows "<a US town>, " ("Kent, Washington")."""
    prev = next((c for c in reversed(before) if not c.inner), None)
    if prev is None or prev.kind != "place" or prev.country != "US" or prev.lat is None:
        return False
    return toks.text[prev.end : cand.start] == ", "


def _listed_with(toks: Tokens, gaz: Gazetteer, states: list[Candidate], cand: Candidate) -> bool:
    """The candidate and a US state stand side by side in a list (", ", " and ", ", and ", " or "); not the city's
    own state after a comma ("New York, NY")."""
    for state in states:
        gap = toks.text[state.end : cand.start] if state.end <= cand.start else toks.text[cand.end : state.start]
        if gap not in (", ", " and ", ", and ", " or ", ", or "):
            continue
        own = gaz.states.get(state.name)
        if cand.end <= state.start and gap == ", " and own is not None and own.admin1 == _admin1(gaz, cand):
            continue
        return True
    return False


def qualified_elsewhere(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> None:
    """ "North Manchester, Indiana", "Paris, Texas" when no town of the name lies there: a place written before
    ", <US state>" that the gazetteer puts outside that state keeps no coordinates (it is somewhere in the state,
    not at a namesake abroad). (A country written after a place is not read so: "Hong Kong, China".)"""
    by_start = {c.start: c for c in chosen if not c.inner}
    for cand in chosen:
        if cand.kind != "place" or cand.lat is None or cand.inner or toks.text[cand.end : cand.end + 2] != ", ":
            continue
        where = by_start.get(cand.end + 2)
        if where is None or _lies_in(gaz, cand, where) or _modifies(toks, where):
            continue
        for held in chosen:
            if held is cand or (held.inner and cand.start <= held.start < cand.end and held.kind == "place"):
                held.lat = held.lon = None
                held.country = "US"


def _modifies(toks: Tokens, where: Candidate) -> bool:
    """ "in Warsaw, Texas senators said": the state is a word of the next phrase (a word follows it), not the
    place's state."""
    span = toks.tokens_of(where.start, where.end)
    return span is not None and span[1] < toks.n and toks.adjacent(span[1]) and toks.texts[span[1]].isalpha()


def _lies_in(gaz: Gazetteer, cand: Candidate, where: Candidate) -> bool:
    """Whether the place lies in the US state written after it (true when no state is)."""
    state = gaz.states.get(where.name)
    if where.kind != "place" or where.lat is not None or state is None or where.key != state.key:
        return True
    return cand.country == "US" and _admin1(gaz, cand) in (None, state.admin1)


def _admin1(gaz: Gazetteer, cand: Candidate) -> str | None:
    """The US state code of a city candidate, from the gazetteer entry of its key (None when unknown)."""
    for entries in (gaz.homonyms.get(cand.name, []), [gaz.entries[cand.name]] if cand.name in gaz.entries else []):
        for entry in entries:
            if entry.key == cand.key:
                return entry.admin1
    return None


def venues_named_like_cities(toks: Tokens, chosen: list[Candidate]) -> None:
    """ "the Luxor Hotel … either Mandalay or Luxor" in a story about Las Vegas: a one-word city whose name the
    article writes before a capitalized venue word (`venue_words`: "Hotel", "Casino") names that venue, not the
    city, when nothing else in the article names the city's country; its mentions keep no coordinates."""
    venues = {c.key for c in chosen if _is_city(c) and c.lat is not None and _names_a_venue(toks, c)}
    for key in venues:
        mentions = [c for c in chosen if c.key == key]
        code = mentions[0].country
        if any(c.key != key and code in (c.code if c.kind == "country" else c.country,) for c in chosen):
            continue
        for cand in mentions:
            cand.lat = cand.lon = None


def _names_a_venue(toks: Tokens, cand: Candidate) -> bool:
    """Some token spelling the city's one-word name (as written, or in capitals) comes before a capitalized venue
    word."""
    word = toks.text[cand.start : cand.end]
    if not word.isalpha():
        return False
    for form in {word, word.upper(), word.title()}:
        for i in toks.positions.get(form, []):
            after = toks.texts[i + 1] if i + 1 < toks.n and toks.adjacent(i + 1) else ""
            if after[:1].isupper() and after.lower() in _words("venue_words"):
                return True
    return False
