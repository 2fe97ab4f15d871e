"""Capitals that act for their country: "Washington said", "talks with Beijing", "Beijing's response", "Tokyo
would shoot down", "Washington and the Taliban" name the United States, China, Japan; "in Beijing", "a trip to
Beijing", "Kabul was attacked" name the city.

The words that decide are in `data/entities/patterns.toml` [places.actors]."""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.components.entities.lexicon import Gazetteer, patterns
from sitrep.components.entities.scan import Candidate, Tokens, from_entry


def capitals_as_actors(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """A capital that speaks, decides or is dealt with ("Washington argues", "talks with Beijing", "Beijing's
    response") is its country: the mention joins that country's entity. After "in", "to", "visiting" … it stays
    a place."""
    countries = {c.code: c for c in chosen if c.kind == "country" and c.code}
    taken = {c.start: c for c in chosen if not c.inner}
    named = [c for c in chosen if c.kind in ("country", "organization", "group") and c.form != "demonym"]
    parties = {c.end for c in named} | {-c.start - 1 for c in named}  # ends, and starts stored as -start - 1
    out = list(chosen)
    names, keys = capital_codes(gaz)
    capitals = dict(names)
    for cand in chosen:  # another spelling of a capital ("Kiev")
        if cand.kind == "place" and cand.key in keys and " " not in toks.text[cand.start : cand.end]:
            capitals.setdefault(toks.text[cand.start : cand.end], keys[cand.key])
    for i, last in _capitals_at(toks, capitals):
        start, end = toks.starts[i], toks.ends[last]
        held = taken.get(start)
        if (held is not None and (held.kind != "place" or held.end != end)) or not _acts(
            toks, i, last, parties, capitals
        ):
            continue
        code = capitals[toks.span_text(i, last + 1)]
        country = countries.get(code) or country_of_code(gaz, code)
        if country is None:
            continue
        if held is not None:
            out.remove(held)
        actor = Candidate(start, end, "country", country.key, country.name, code, country.lat, country.lon, code,
                          "capital", country.rank)  # fmt: skip
        out.append(actor)
    return sorted(out, key=lambda c: (c.start, -c.end))


def _capitals_at(toks: Tokens, capitals: dict[str, str]) -> list[tuple[int, int]]:
    """The first and last token of every capital's name in the text ("Beijing", "New Delhi", "Abu Dhabi")."""
    firsts = _by_first_word(tuple(capitals))
    found: list[tuple[int, int]] = []
    for i in toks.where(firsts.keys()):
        for name in sorted(firsts[toks.texts[i]], key=len, reverse=True):
            last = i + name.count(" ")
            if last < toks.n and toks.span_text(i, last + 1) == name:
                found.append((i, last))
                break
    return found


@lru_cache(maxsize=64)
def _by_first_word(names: tuple[str, ...]) -> dict[str, list[str]]:
    """The names by their first word, in the order given: the capitals are the same for most articles (a few add
    another spelling they use), so the table is made once for each set of names, not once per article."""
    firsts: dict[str, list[str]] = {}
    for name in names:
        firsts.setdefault(name.split(" ", 1)[0], []).append(name)
    return firsts


def regions_that_act(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """ "with Europe and others", "Europe's response", "Europe warned": a continent that acts as capitals do
    (`patterns.toml` [places.actors] acting_regions) is a party, not somewhere: it is no place mention."""
    regions = frozenset(patterns()["places"]["actors"]["acting_regions"])
    dropped: set[int] = set()
    for cand in chosen:
        i = toks.starting_at(cand.start) if cand.kind == "place" and not cand.inner else None
        if i is None or toks.ends[i] != cand.end or toks.texts[i] not in regions:
            continue
        if _region_acts(toks, i):
            dropped.add(id(cand))
    return [c for c in chosen if id(c) not in dropped] if dropped else chosen


def _region_acts(toks: Tokens, i: int) -> bool:
    """The continent at token i acts by the plainest signs only: a word before it that takes a party ("with
    Europe"), a listed verb after it ("Europe warned", not "Europe will get"), or an actor's noun after its "'s"."""
    words = _actor_words()
    before = toks.texts[i - 1].lower() if i > 0 else ""
    if (before in words["before"] and before != "between") or _party_phrase(toks, i, words["party_phrases"]):
        return True
    nxt = toks.texts[i + 1].lower() if i + 1 < toks.n else ""
    if nxt in ("'s", "’s") and i + 2 < toks.n:
        return _actor_noun_at(toks, i + 2, words["nouns_after_possessive"])
    return _verb_after(toks, i + 1, words, listed_only=True)


@lru_cache(maxsize=512)
def country_of_code(gaz: Gazetteer, code: str) -> Candidate | None:
    """The country's own gazetteer entry (for a capital whose country the article does not name)."""
    entry = gaz.entries.get(f"country:{code}") or next(
        (e for e in gaz.entries.values() if e.kind == "country" and e.code == code and e.form == "name"), None
    )
    return from_entry(entry, 0, 0) if entry is not None else None


def _acts(toks: Tokens, i: int, last: int, parties: set[int], capitals: dict[str, str]) -> bool:
    """Whether the capital at tokens i..last is an actor: a verb after it, an actor's noun after its "'s", a verb or
    preposition before it that takes a party ("accused", "with", "under"), or "and" after a country, organization
    or a party's noun ("the UK and Washington", "the government and Beijing"), or a hyphen and a word of backing
    ("Tehran-backed"); never after a place preposition,
    nor after a possessive ("Lebanon's Tripoli killed two": the city of that country), nor before a city's own
    service ("requested by Berlin police")."""
    words = _actor_words()
    before = toks.texts[i - 1].lower() if i > 0 else ""
    if before in ("'s", "’s"):
        return False
    if _listed_after_place_word(toks, i, _town_before()) and not (
        before == "," and _verb_after(toks, last + 1, words, listed_only=True)
    ):  # "in Sudzha, Moscow acknowledged": a new clause's subject, not the list's next town
        return False
    if _named_as_a_city(toks, i, words["city_nouns"]):
        return False
    if _asked_to_act(toks, i, last):
        return True
    if before in ("and", "or") and i > 1 and _party_before(toks, i - 2, parties, words["nouns_after_possessive"]):
        return True
    if _between_parties(toks, i, words["relations"]) or _party_phrase(toks, i, words["party_phrases"]):
        return True
    if _listed_with_other_states(toks, last, words["other_states"]):
        return True
    nxt = toks.texts[last + 1].lower() if last + 1 < toks.n else ""
    if nxt in words["city_services"]:
        return False  # "by Berlin police": the city's police
    if _backer(toks, last):
        return True
    if nxt in ("'s", "’s") and last + 2 < toks.n and _actor_noun_at(toks, last + 2, words["nouns_after_possessive"]):
        return not (i > 0 and toks.is_cap(i - 1) and before not in STOP_WORDS)  # "in Washington's view"
    if before in words["place_before"] or (last + 1 < toks.n and toks.is_cap(last + 1)):
        return False
    if _party_after(toks, last + 1, parties) or _pair_acts(toks, last, words, capitals):
        return True
    if i > 0 and toks.is_cap(i - 1) and before not in STOP_WORDS:  # "Fort Washington", not "After Washington"
        return False
    if nxt in ("'s", "’s"):
        return False
    listed = before in ("and", "or") and not _new_clause(toks, i)
    return _verb_after(toks, last + 1, words, listed_only=listed) or before in words["before"]


def _new_clause(toks: Tokens, i: int) -> bool:
    """Token i opens a clause after "and" (or ", and") that follows a lower-case word ("withdrew its envoy, and Beijing
    has withdrawn its own"), not the last member of a list of names ("London, Paris, and Rome")."""
    j = i - 3 if i > 2 and toks.texts[i - 2] == "," else i - 2
    return j >= 0 and toks.texts[j][:1].islower()


def _named_as_a_city(toks: Tokens, i: int, nouns: frozenset[str]) -> bool:
    """ "Asian cities like Bangkok", "capitals such as Paris", "towns including Kabul": a capital given as an example
    of towns (`patterns.toml` [places.actors] city_nouns) is a city."""
    k = i - 1
    if k >= 1 and toks.texts[k].lower() == "as" and toks.texts[k - 1].lower() == "such":
        k -= 1
    elif k < 0 or toks.texts[k].lower() not in ("like", "including"):
        return False
    return k >= 1 and toks.texts[k - 1].lower() in nouns


def _asked_to_act(toks: Tokens, i: int, last: int) -> bool:
    """ "called for Caracas to release the detainees": a capital between "for" and "to" and a verb is the state
    asked or expected to act ("tickets for Paris to see the show" is rare beside it)."""
    if i < 1 or toks.texts[i - 1].lower() != "for" or last + 2 >= toks.n or toks.texts[last + 1].lower() != "to":
        return False
    return toks.is_lower_word(last + 2) and toks.texts[last + 2].lower() not in _NO_VERBS


_NO_VERBS = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "that", "be"))


def _skip_adverbs(toks: Tokens, j: int, adverbs: frozenset[str]) -> int:
    """The first token at or after j that is no adverb: a listed one, any lower-case word in -ly ("constantly"), or
    "and" between two of them ("loudly and repeatedly")."""
    while j < toks.n and (_is_adverb(toks, j, adverbs) or _adverbs_joined(toks, j, adverbs)):
        j += 1
    return j


def _adverbs_joined(toks: Tokens, j: int, adverbs: frozenset[str]) -> bool:
    """Token j is "and" between two adverbs ("loudly and repeatedly")."""
    if toks.texts[j].lower() != "and" or j == 0 or j + 1 >= toks.n:
        return False
    return _is_adverb(toks, j - 1, adverbs) and _is_adverb(toks, j + 1, adverbs)


def _is_adverb(toks: Tokens, j: int, adverbs: frozenset[str]) -> bool:
    word = toks.texts[j].lower()
    return word in adverbs or (word.endswith("ly") and len(word) > 3 and toks.is_lower_word(j))


def _listed_verb_in_ing(verb: str, listed: frozenset[str]) -> bool:
    """ "denouncing", "urging", "seeking": the -ing form of a listed verb."""
    if not verb.endswith("ing") or len(verb) < 6:
        return False
    stem = verb[:-3]
    return stem in listed or stem + "e" in listed or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in listed)


def _backer(toks: Tokens, last: int) -> bool:
    """ "a Tehran-backed militia", "Moscow-sponsored separatists": a capital glued by a hyphen to a word of backing
    (`patterns.toml` [groups] backed) is the state that backs."""
    if last + 2 >= toks.n or toks.texts[last + 1] != "-" or toks.ws[last] or toks.ws[last + 1]:
        return False
    return toks.texts[last + 2].lower() in _backing_words()


@cache
def _backing_words() -> frozenset[str]:
    return frozenset(patterns()["groups"]["backed"])


def _verb_after(toks: Tokens, j: int, words: dict[str, frozenset[str]], *, listed_only: bool = False) -> bool:
    """An actor's verb at token j, or after an auxiliary and adverbs ("Washington has also voiced", "Tokyo would
    shoot down", "Pyongyang is playing"): "Kabul was quiet", "Kabul was attacked" and "Beijing has 20 million
    people" are no actors. With `listed_only` (the capital ends a list: "flights between London and Paris
    resumed") only a verb of `verbs_after` counts."""
    j = _skip_adverbs(toks, j, words["adverbs"])  # "Tokyo currently maintains"
    head = toks.texts[j].lower() if j + 2 < toks.n else ""
    if head in words["verbs_before_to"] and head not in words["verbs_after"] and toks.texts[j + 1] == "to":
        j, listed_only = j + 2, True  # "Moscow continues to insist", not "Kabul continues to grow"
    aux = toks.texts[j].lower() if j < toks.n else ""
    if aux in words["auxiliaries"] or aux in words["modals"]:
        j = _skip_adverbs(toks, j + 1, words["adverbs"])
    if j >= toks.n:
        return False
    verb = toks.texts[j].lower()
    if verb in words["verbs_after"] or _listed_verb_in_ing(verb, words["verbs_after"]):
        return True
    if verb == "be" and aux in words["modals"] and j + 1 < toks.n:  # "Ankara will be seeking"
        nxt = toks.texts[j + 1].lower()
        return toks.is_lower_word(j + 1) and nxt.endswith("ing") and len(nxt) > 5 and nxt != "being"
    if listed_only or not toks.is_lower_word(j) or verb == "be":
        return False
    if aux in words["modals"]:
        return True
    if aux in words["copulas"]:  # "Washington is urging", "Beijing is also concerned"
        return (verb.endswith("ing") and len(verb) > 5) or verb in words["attitudes"]
    if aux in ("has", "had", "have") and verb in words["participles"]:  # "Tehran had given warnings"
        return True
    if verb in words["befallen"]:
        return False
    return verb.endswith("ed") and not verb.endswith("eed") and len(verb) > 4


def _listed_with_other_states(toks: Tokens, i: int, nouns: frozenset[str]) -> bool:
    """ "Seoul, Washington and other neighbouring countries condemned …": a capital in a list that ends with "and
    other <countries, governments, allies …>" is one of those states."""
    j = i + 1
    while j < toks.n and j - i <= _MAX_LISTED and (toks.texts[j] == "," or toks.is_cap(j)):
        j += 1
    if j + 2 >= toks.n or toks.texts[j].lower() not in ("and", "or") or toks.texts[j + 1].lower() != "other":
        return False
    k = j + 2
    if toks.is_lower_word(k) and toks.texts[k].lower() not in nouns:
        k += 1  # one modifier: "other neighbouring countries"
    return k < toks.n and toks.texts[k].lower() in nouns


_MAX_LISTED = 8


def _party_phrase(toks: Tokens, i: int, phrases: frozenset[str]) -> bool:
    """ "according to Seoul", "sanctions on Pyongyang": the two words before the capital make it a party."""
    if i < 2:
        return False
    return f"{toks.texts[i - 2].lower()} {toks.texts[i - 1].lower()}" in phrases


def _listed_after_place_word(toks: Tokens, i: int, place_before: frozenset[str]) -> bool:
    """ "Officials in Islamabad and Kabul denied it": a capital that is the next member of a list of one-word names
    opened by a preposition of place ("in", "near", "from" …; not "visited Moscow and Beijing said") is a place, as
    the first member is."""
    k = i
    for _ in range(_MAX_LISTED):
        if k < 2 or toks.texts[k - 1].lower() not in ("and", "or", ",") or not toks.is_cap(k - 2):
            return False
        k -= 2
        if k > 0 and toks.texts[k - 1].lower() in place_before:
            return True
    return False


_MAX_LISTED = 4


@cache
def _town_before() -> frozenset[str]:
    """The prepositions after which a list names towns ("in", "near": `patterns.toml` [places] town_before)."""
    return frozenset(patterns()["places"]["town_before"])


def _pair_acts(toks: Tokens, i: int, words: dict[str, frozenset[str]], capitals: dict[str, str]) -> bool:
    """ "Seoul and Tokyo agreed", "Riyadh and Abu Dhabi called", "Seoul, Tokyo and Washington condemned": a capital
    that opens or goes on a list of capitals joined by commas and a last "and" acts when a listed verb follows the
    list's last member ("London and Paris back the plan" is left as two cities)."""
    lasts = {first: last for first, last in _capitals_at(toks, capitals)}
    joined = False
    for _ in range(_MAX_LISTED):
        sep = toks.texts[i + 1].lower() if i + 1 < toks.n else ""
        k = i + 3 if sep == "," and i + 2 < toks.n and toks.texts[i + 2].lower() == "and" else i + 2
        if sep not in (",", "and") or k not in lasts:
            break
        joined = joined or sep == "and" or k == i + 3
        i = lasts[k]
    return joined and _verb_after(toks, i + 1, words, listed_only=True)


@lru_cache(maxsize=4)
def capital_codes(gaz: Gazetteer) -> tuple[dict[str, str], dict[str, str]]:
    """National capitals that may act, by name and by the key of their city → their country's code: a capital the
    gazetteer reads as a place of that country ("Beijing", "Washington"), or as a city of a million people or more
    elsewhere (a capital whose country changed its code: "Belgrade"); a mention of that city under another spelling
    ("Kiev") is the capital too. A capital whose name the gazetteer leaves to people and words ("Hamilton",
    "Stanley", "Victoria", "Douglas") or gives to a bigger namesake ("San Jose", "Plymouth") never acts: "Hamilton
    said" is a person; nor does the seat of a union (`union_seats`: "Brussels fined Google" is the EU's)."""
    names: dict[str, str] = {}
    keys: dict[str, str] = {}
    seats = frozenset(patterns()["places"]["actors"]["union_seats"])
    for name, code in gaz.capitals.items():
        entry = gaz.lookup(name)
        if entry is None or entry.kind != "place" or entry.country is None or name in seats:
            continue
        if entry.country != code and (entry.lat is None or entry.population < _MIN_RENAMED_CAPITAL):
            continue
        names[name] = keys[entry.key] = entry.country
    return names, keys


_MIN_RENAMED_CAPITAL = 1_000_000


def _between_parties(toks: Tokens, i: int, relations: frozenset[str]) -> bool:
    """ "tensions between Pyongyang and Washington", "talks between Moscow and Kyiv": both capitals after a noun of
    dealings between states and "between" are parties ("flights between London and Paris" name cities)."""
    k = i - 2 if i > 1 and toks.texts[i - 1].lower() == "and" else i  # the first of the pair
    if k < 2 or toks.texts[k - 1].lower() != "between":
        return False
    return _relation_before(toks, k - 2, relations) and (k == i or toks.is_cap(k))


def _relation_before(toks: Tokens, j: int, relations: frozenset[str]) -> bool:
    """Token j is a noun of dealings, or ends "<noun> in <Place>" ("talks in Doha between Washington and …")."""
    if toks.texts[j].lower() in relations:
        return True
    while j > 0 and toks.is_cap(j) and toks.texts[j].isalpha():
        j -= 1
    return j > 1 and toks.texts[j].lower() in ("in", "at") and toks.texts[j - 1].lower() in relations


def _party_before(toks: Tokens, j: int, parties: set[int], nouns: frozenset[str]) -> bool:
    """Token j ends a country or organization mention, or is a party's noun ("government", "officials")."""
    return toks.ends[j] in parties or toks.texts[j].lower() in nouns


def _party_after(toks: Tokens, j: int, parties: set[int]) -> bool:
    """ "Washington and the Taliban": "and" (or "or"), then a country, organization or group."""
    if j + 1 >= toks.n or toks.texts[j].lower() not in ("and", "or"):
        return False
    k = j + 2 if toks.texts[j + 1].lower() == "the" and j + 2 < toks.n else j + 1
    return -toks.starts[k] - 1 in parties


def _actor_noun_at(toks: Tokens, j: int, nouns: frozenset[str]) -> bool:
    """An actor's noun right after the possessive, or after one or two other words ("Beijing's new policy",
    "Washington's current diplomatic efforts", "Seoul's Foreign Ministry")."""
    for k in range(j, min(toks.n, j + _MAX_MODIFIERS + 1)):
        if toks.texts[k].lower() in nouns:
            return True
        if not toks.texts[k].isalpha():
            return False
    return False


_MAX_MODIFIERS = 2


@cache
def _actor_words() -> dict[str, frozenset[str]]:
    conf = patterns()["places"]["actors"]
    names = (
        "place_before",
        "verbs_after",
        "before",
        "nouns_after_possessive",
        "auxiliaries",
        "modals",
        "copulas",
        "adverbs",
        "relations",
        "party_phrases",
        "verbs_before_to",
        "other_states",
        "city_services",
        "participles",
        "city_nouns",
        "befallen",
        "attitudes",
    )
    return {name: frozenset(conf[name]) for name in names}
