"""Where a quantity happened (`location`): the place heading an "in/on/at/from …" phrase of its clause, the place its
sentence opens with, or the nearest place before it that places its clause; and the place counts of people one
clause joins share. Word lists: quantities.toml [context]."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.components.quantities.finder import Found, included
from sitrep.components.quantities.lexicon import Lexicon
from sitrep.components.quantities.mentions import Mentions, Named, sentence_start
from sitrep.components.quantities.nouns import lemma
from sitrep.components.quantities.sides import of_people
from sitrep.data_files import function_words
from sitrep.record import Quantity

_WINDOW = 15  # tokens scanned after a figure for its location
_EVENT_WINDOW = 24  # … after a count of what befell people, whose clause may name the place late ("when a bomb …")
_REACH = 80  # tokens a figure looks back for the place that places its clause
_POSSESSIVE = function_words("possessive_endings", "plural_possessive_endings")
_DETERMINERS = function_words("articles")


def next_distance(found: list[Found], n: int, lex: Lexicon, end: int) -> int:
    """Where the next figure after `found[n - 1]` starts if it is a distance ("flying no higher than 10,000 nor
    further than 100 miles from Toulouse"): a place after it is what it is measured from, no place of the figure
    before; else `end`."""
    after = found[n] if n < len(found) else None
    return after.start if after is not None and after.category in lex.measured_categories else end


def location(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon, until: int) -> str | None:
    """The first place or country heading an "in/on/at/from …" phrase after the figure (before a distance after it
    at `until`; for a distance, only one straight after "from": "40 miles from Baghdad", not "40 miles east
    of Baghdad"), in the same clause, or the sentence's opening "In Syria, …"."""
    measured = item.category in lex.measured_categories
    if measured and (item.end >= len(doc) or doc[item.end].lower_ not in lex.measured_prepositions):
        until = item.end  # "2,000 km east of Hokkaido", "800 miles away from Tokyo": where it is measured from
    after = _location_after(doc, item, mentions, lex, until)
    found = after or _location_opening(doc, item.start, mentions, lex)
    if found is None and item.category in lex.event_categories:
        return _location_subject(doc, item.start, mentions, lex) or _location_before(doc, item.start, mentions, lex)
    return found


def _location_subject(doc: Doc, start: int, mentions: Mentions, lex: Lexicon) -> str | None:
    """The place its sentence opens with, as the subject, for a figure straight after "with": "Indonesia was the worst
    hit, with 94,000 deaths", "Gaza, with 300 dead, …" (not "Iraqi forces, with 12 dead": a place that modifies a
    noun)."""
    if start < 1 or doc[start - 1].lower_ not in lex.subject_place_cues:
        return None
    i = sentence_start(doc, start)
    if i is None:
        return None
    k = i + 1 if doc[i].lower_ in _DETERMINERS else i
    mention = mentions.at[k] if k < start else None
    if mention is None or mention.start != k or mention.entity.kind not in lex.location_kinds:
        return None
    return None if _modifies_noun(doc, mention.end, lex) else mention.entity.id


def _location_before(doc: Doc, start: int, mentions: Mentions, lex: Lexicon) -> str | None:
    """The nearest place before the figure in its sentence that places the clause: "in/at … Mosul", "the city
    of El Paso", "a Kabul car bombing" (not a place that only modifies a noun, nor one before a verb of telling)."""
    i, lo = start - 1, max(start - _REACH, 0)
    while i >= lo and not doc[i + 1].is_sent_start and doc[i].lower_ not in lex.report_verbs:
        mention = mentions.at[i]
        if mention is None:
            i -= 1
            continue
        if mention.entity.kind in lex.location_kinds and mention.end <= start and _places(doc, mention, mentions, lex):
            return mention.entity.id
        i = mention.start - 1
    return None


def _places(doc: Doc, mention: Named, mentions: Mentions, lex: Lexicon) -> bool:
    """True when the mention says where its clause happened (not where people came from: "soldiers from Chad")."""
    if _event_follows(doc, mention.end, lex):
        return not _doer_before_event(doc, mention, lex)
    k = mention.start - 1
    while k >= 0 and (doc[k].lower_ in _DETERMINERS or _part_word(doc, k, mentions, lex)):
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in lex.location_prepositions:
        origin = doc[k].lower_ in lex.clause.origin_cases and k >= 1 and of_people(doc[k - 1].text, lex)
        if origin or _targets(doc, k, lex):
            return False
        happening = _event_at(doc, k - 1, lex) and _named(doc, mention)  # "Clashes in Tripoli left"
        return happening or not _modifies_noun(doc, mention.end, lex)
    if doc[k].lower_ in lex.striking_verbs:  # "Russian missiles struck Kyiv, killing nine"
        return not _modifies_noun(doc, mention.end, lex)
    return doc[k].lower_ == "of" and k >= 1 and doc[k - 1].lower_ in lex.place_nouns



def _targets(doc: Doc, k: int, lex: Lexicon) -> bool:
    """True when the preposition at k follows a word whose phrase names a target, not a place ("blamed on")."""
    return k >= 1 and doc[k - 1].lower_ in lex.target_words


def _location_opening(doc: Doc, start: int, mentions: Mentions, lex: Lexicon) -> str | None:
    i = sentence_start(doc, start)
    if i is None or doc[i].lower_ not in lex.location_prepositions or i + 1 >= start:
        return None
    k = _place_start(doc, i + 1, start, mentions, lex)  # "In Mali, …", "In northern Mali, …"
    mention = mentions.at[k] if k < start else None
    if mention is None or mention.start != k or mention.entity.kind not in lex.location_kinds:
        return None
    return mention.entity.id if mention.end < start and doc[mention.end].text == "," else None


def _location_after(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon, until: int) -> str | None:
    window = _EVENT_WINDOW if item.category in lex.shared_place_categories else _WINDOW
    i, stop = item.end, min(len(doc), item.end + window, until)
    payer = item.category in lex.clause.payer_origins  # "$2bn from the EU": the payer, not the place
    people = item.category in lex.clause.people or item.unit in lex.people or item.category in lex.origin_categories
    while i < stop and not doc[i].is_sent_start:
        if doc[i].lower_ in lex.clause_breaks:
            i = _past_aside(doc, i, stop, lex) if item.category in lex.shared_place_categories else stop
            continue
        origin = people and i == item.end and doc[i].lower_ in lex.clause.origin_cases  # "soldiers/jets from Chad"
        paid = origin or (payer and doc[i].lower_ in lex.clause.origin_cases)
        sent = item.category in lex.destination_categories and doc[i].lower_ in lex.destination_prepositions
        if (doc[i].lower_ in lex.location_prepositions or sent) and not paid and not _targets(doc, i, lex):
            k = _place_start(doc, i + 1, stop, mentions, lex)
            mention = mentions.at[k] if k < stop else None
            placed = mention is not None and mention.start == k and mention.entity.kind in lex.location_kinds
            doer = placed and mention is not None and _doer_before_event(doc, mention, lex)
            if placed and mention is not None and not doer and not _modifies_noun(doc, mention.end, lex):
                return mention.entity.id
        i += 1
    return None


_ASIDE = 8  # tokens of an aside a clause's place may stand after
_CLOSING = {",": ",", "(": ")"}


def _past_aside(doc: Doc, i: int, stop: int, lex: Lexicon) -> int:
    """Past an aside opened at `i` that the clause goes on after: a participle's phrase between commas ("when a bomb,
    planted by rebels, exploded in Kano"), one that says what the counted people are ("Two soldiers, both members of
    the army, were killed in Borno": aside_openers) or a short parenthesis ("a device (IED) exploded"); else `stop`."""
    closing = _CLOSING.get(doc[i].text)
    if closing is None or i + 1 >= stop:
        return stop
    opener = doc[i + 1]
    participle = opener.is_alpha and opener.text.islower() and opener.text.endswith("ed")
    if closing == "," and not participle and opener.lower_ not in lex.aside_openers:
        return stop  # an aside on the counted people goes on too: "Two soldiers, both members of the army, were"
    for j in range(i + 2, min(stop, i + 2 + _ASIDE)):
        if doc[j].text == closing:
            return j + 1
        if doc[j].is_punct and doc[j].text not in ("-", "'", "’"):
            return stop
    return stop


def _place_start(doc: Doc, k: int, stop: int, mentions: Mentions, lex: Lexicon) -> int:
    """Where the place a preposition at k - 1 opens is named: past its articles and a word of its part ("in northern
    Mali"), and past a noun of a settlement and "of" ("in the city of Aleppo", "off the coast of Fiji")."""
    while k < stop and (doc[k].lower_ in _DETERMINERS or _part_word(doc, k, mentions, lex)):
        k += 1  # "in the", "in northern"
    noun = _past_country_words(doc, k, stop, mentions, lex)  # "in the Iraqi city of Mosul"
    if noun + 1 < stop and doc[noun].lower_ in lex.place_nouns and doc[noun + 1].lower_ == "of":
        k = noun + 2
        while k < stop and doc[k].lower_ in _DETERMINERS:
            k += 1
    elif noun + 1 < stop and noun > k and doc[noun].lower_ in lex.place_nouns and _place_at(noun + 1, mentions, lex):
        k = noun + 1  # "in the Sudanese capital Khartoum"
    return _past_owner_place(doc, k, stop, mentions, lex)


def _place_at(k: int, mentions: Mentions, lex: Lexicon) -> bool:
    mention = mentions.at[k]
    return mention is not None and mention.start == k and mention.entity.kind in lex.location_kinds


def _past_owner_place(doc: Doc, k: int, stop: int, mentions: Mentions, lex: Lexicon) -> int:
    """Past a country or place that owns the place after it ("in Iraq's Anbar province"): where the nearer place is
    named; k itself otherwise."""
    mention = mentions.at[k] if k < stop else None
    if mention is None or mention.start != k or mention.entity.kind not in lex.location_kinds:
        return k
    after = mention.end + 1
    if after >= stop or doc[mention.end].lower_ not in _POSSESSIVE:
        return k
    if _place_at(after, mentions, lex):
        return after
    name = _settlement_name(doc, after, stop, lex)  # "in Yemen's capital Sanaa", "in Somalia's port city of Kismayo"
    if name is None:
        return k
    return name if _place_at(name, mentions, lex) else stop  # a nearer place not recognised: not the owner either


_SETTLEMENT_WORDS = 3  # lower-case words before the noun of a settlement after a possessive ("coastal port city")


def _settlement_name(doc: Doc, k: int, stop: int, lex: Lexicon) -> int | None:
    """Where the name after a noun of a settlement at k stands ("coastal city of Kismayo", "capital Mogadishu"), or
    None when no such noun and capitalised name follow."""
    for j in range(k, min(stop - 1, k + _SETTLEMENT_WORDS + 1)):
        if not (doc[j].is_alpha and doc[j].text.islower()):
            return None
        if doc[j].lower_ in lex.place_nouns and doc[j + 1].lower_ not in lex.place_nouns:  # "port city of"
            name = j + 2 if doc[j + 1].lower_ == "of" else j + 1
            return name if name < len(doc) and doc[name].text[:1].isupper() else None
    return None


def _past_country_words(doc: Doc, k: int, stop: int, mentions: Mentions, lex: Lexicon) -> int:
    """Past the names of countries and places and the words of a part before a noun of a settlement ("the northern
    German city of Hamburg", "the Iraqi town of", "the New York state city of"): where that noun would be; k itself
    when none stands there."""
    j = k
    while j < stop:
        mention = mentions.at[j]
        if mention is not None and mention.start == j and mention.entity.kind in lex.location_kinds:
            j = mention.end
        elif j > k and (doc[j].lower_ in lex.place_modifiers or _noun_before_noun(doc, j, stop, lex)):
            j += 1
        else:
            break
    return j


def _noun_before_noun(doc: Doc, j: int, stop: int, lex: Lexicon) -> bool:
    """True for a noun of a settlement before another ("state" of "the New York state city of")."""
    return j + 1 < stop and doc[j].lower_ in lex.place_nouns and doc[j + 1].lower_ in lex.place_nouns


def _part_word(doc: Doc, k: int, mentions: Mentions, lex: Lexicon) -> bool:
    """A word of a place's part before it ("northern" of "northern Mali"), not the first word of a name ("North
    Korea", "South Sudan")."""
    return doc[k].lower_ in lex.place_modifiers and mentions.at[k] is None


def _modifies_noun(doc: Doc, i: int, lex: Lexicon) -> bool:
    """True when the mention is followed by a lower-case noun ("U.S. military bases"): it is not the place."""
    if i >= len(doc):
        return False
    token = doc[i]
    if _event_follows(doc, i, lex) or token.lower_ in lex.verbs or token.lower_ in lex.verb_gap:
        return False  # "the attack in Mosul killed 12", "the Raqqa battle"
    return token.is_alpha and token.text.islower() and token.lower_ not in lex.place_followers


def _doer_before_event(doc: Doc, mention: Named, lex: Lexicon) -> bool:
    """True for a country named by its adjective or a short form before a happening ("in a Turkish strike", "a US
    raid"): the doer of the happening, not where it was ("a Kabul car bombing" is a place's own name, "the Syrian
    civil war" a happening that lasts where it is)."""
    if mention.entity.kind != "country" or not _event_follows(doc, mention.end, lex):
        return False
    if any(t.lower_ in lex.country_events for t in doc[mention.end : mention.end + 2]):
        return False  # "in the Syrian civil war": where it lasts
    return doc[mention.start : mention.end].text.lower() not in mention.entity.name.lower()


def _named(doc: Doc, mention: Named) -> bool:
    """True when a place is written by its name, not by an adjective ("Tripoli"; not "the South Korean consulate")."""
    return doc[mention.start : mention.end].text.lower() in mention.entity.name.lower()


def _event_at(doc: Doc, k: int, lex: Lexicon) -> bool:
    """True for a noun of a happening at `k` ("Clashes", "the attack"): a place in its phrase is where it was, whatever
    word follows the place."""
    if k < 0 or not (doc[k].is_alpha and doc[k].text[1:].islower()):
        return False
    word = doc[k].lower_
    return word in lex.event_nouns or lex.categories.get(lemma(word, lex)) == "attacks"


def _event_follows(doc: Doc, i: int, lex: Lexicon) -> bool:
    """True when a noun of a happening follows at `i`, perhaps after one lower-case modifier ("battle", "car
    bombing"): the place before it says where the happening was."""
    for k in range(i, min(i + 2, len(doc))):
        token = doc[k]
        if not (token.is_alpha and token.text.islower()):
            return False
        if token.lower_ in lex.event_nouns or lex.categories.get(lemma(token.text, lex)) == "attacks":
            return True
    return False


_PAIR_GAP = 6  # words between two counts of people that one clause joins ("were killed and", "killing … and wounding")


def shared_places(doc: Doc, found: list[Found], records: list[Quantity], lex: Lexicon) -> None:
    """What befell people in one place befell them all there: a part "including" after a whole has the whole's
    location ("detained 34 people, including four women"); two counts of people one clause joins share the location
    either names ("Six people were killed and two others injured when a plant exploded in Kralupy")."""
    for n in range(1, len(found)):
        whole, part = found[n - 1], found[n]
        if included(doc, whole, part, lex):
            records[n].location = records[n - 1].location
        elif _one_event(doc, whole, part, lex):
            place = records[n - 1].location or records[n].location
            records[n - 1].location = records[n].location = place


def _one_event(doc: Doc, first: Found, second: Found, lex: Lexicon) -> bool:
    """True for two counts of what befell people joined by "and" in one clause: "12 were killed and 30 wounded",
    "killing 12 and wounding 30" (only verbs, auxiliaries, adverbs and a comma between)."""
    kinds = lex.shared_place_categories
    if first.category not in kinds or second.category not in kinds:
        return False
    between = [t for t in doc[first.end : second.start] if t.text != ","]
    if not 0 < len(between) <= _PAIR_GAP or not any(t.lower_ in lex.ellipsis_joiners for t in between):
        return False
    return all(_pair_word(t.lower_, lex) for t in between)


def _pair_word(word: str, lex: Lexicon) -> bool:
    return word in lex.ellipsis_joiners or word in lex.verb_gap or word in lex.verbs or word.endswith("ly")
