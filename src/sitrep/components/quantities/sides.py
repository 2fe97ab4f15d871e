"""The side counted people are on, read from words around their phrase rather than from the clause that governs
them: the party a verb of being says they are ("Two of the victims were French nationals"), an aside that says all
of them are of one party ("Five people were killed, all of them Iraqi policemen"), or the party among whose people or
on whose side dead or wounded are counted ("30 casualties among Iraqi troops", "40 dead on the Ukrainian side").
Word lists: quantities.toml [context]."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.components.quantities.finder import Found
from sitrep.components.quantities.lexicon import Lexicon
from sitrep.components.quantities.mentions import Mentions, Named
from sitrep.components.quantities.nouns import lemma, tally_across
from sitrep.data_files import function_words

_DETERMINERS = function_words("articles")


def _holds(mention: Named | None, lex: Lexicon) -> bool:
    return mention is not None and mention.entity.kind in lex.holder_kinds


def victims_side(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party whose people a count of dead or wounded is among, or on whose side: "30 casualties among Iraqi
    troops", "dozens of deaths among Palestinian civilians", "40 dead on the Ukrainian side", "the death toll among
    Afghan security forces rose to 30", past the verb of loss: "12 were wounded on the Ukrainian side"."""
    if item.category not in lex.victim_categories:
        return None
    past = _past_loss_verb(doc, item.end, lex)
    k: int | None = past
    if past + 1 >= len(doc) or doc[past].lower_ not in lex.victim_cases | lex.side_cases:
        k = _tally_case(doc, item.start, lex)
    return _side_at(doc, k, mentions, lex) if k is not None and k + 1 < len(doc) else None


def _past_loss_verb(doc: Doc, k: int, lex: Lexicon) -> int:
    """Past the words of a verb of loss at `k` after the counted ("were badly wounded"), to what follows them; k when
    none stands there or the clause goes on with other words."""
    j = k
    while j < len(doc) and doc[j].lower_ in lex.loss_verb_words:
        j += 1
    return j


def _tally_case(doc: Doc, start: int, lex: Lexicon) -> int | None:
    """The preposition of the phrase after a tally that rises to the figure at `start` ("the death toll among Afghan
    troops rose to 30": "among"), or None."""
    k = start - 1
    while k > 0 and doc[k].lower_ in lex.before_figure:
        k -= 1
    tally = tally_across(doc, k, 0, lex) if k < start - 1 else None
    return tally + 1 if tally is not None else None


def _side_at(doc: Doc, k: int, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party named after the word of a side or a group of people at `k` ("among Iraqi troops", "on the
    Ukrainian side")."""
    word = doc[k].lower_
    if word not in lex.victim_cases and word not in lex.side_cases:
        return None
    k += 1
    while k < len(doc) and doc[k].lower_ in _DETERMINERS:
        k += 1
    mention = mentions.at[k] if k < len(doc) else None
    if mention is None or mention.start != k or not _holds(mention, lex):
        return None
    after = doc[mention.end].text if mention.end < len(doc) else ""
    if word in lex.side_cases:
        beyond = doc[mention.end + 1].lower_ if mention.end + 1 < len(doc) else ""
        sided = after.lower() in lex.side_nouns and beyond not in lex.side_places  # not "side of the border"
        return mention.entity.id if sided else None  # "on the Ukrainian side"
    people = (after.isalpha() and of_people(after, lex)) or of_people(doc[mention.end - 1].text, lex)
    return mention.entity.id if people else None  # "among Iraqi troops", "among the Afghan security forces"


_PARTITIVE_REACH = 4  # words of an "of" phrase between counted people and a verb of being ("two of the victims were")


def predicated(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party that a verb of being says counted people are, by its name before a noun of people or by its name
    alone: "Two of the victims were French nationals", "Two of the wounded were Americans", "were British"."""
    if item.category not in lex.clause.people:
        return None
    k = _past_partitive(doc, item.end, lex)
    if k + 1 >= len(doc) or doc[k].lower_ not in lex.predicate_copulas:
        return None
    return _party_complement(doc, k + 1, mentions, lex)


def _party_complement(doc: Doc, k: int, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party named at `k` as all that a complement says, alone or before a noun of people, up to the clause's
    end: "Americans", "French nationals", "Pakistani soldiers" (not "French and British"); or after a noun of people
    and its "of" ("members of the Nigerian army", "officers of the Afghan police")."""
    k = _past_members_of(doc, k, lex)
    mention = mentions.at[k] if k < len(doc) else None
    if mention is None or mention.start != k or not _holds(mention, lex):
        return None
    end = mention.end
    if end < len(doc) and doc[end].is_alpha and of_people(doc[end].text, lex):
        end += 1  # "French nationals", "Pakistani soldiers"; else the name alone: "were Americans", "were French"
    closed = end >= len(doc) or doc[end].is_punct or doc[end].lower_ in lex.predicate_closers
    joined = end + 1 < len(doc) and doc[end].lower_ in lex.joiners and _party_or_people(doc, end + 1, mentions, lex)
    return mention.entity.id if closed and not joined else None  # not "were French and British"


def _party_or_people(doc: Doc, k: int, mentions: Mentions, lex: Lexicon) -> bool:
    """True when a name or a noun of people stands at `k`, past an article ("and the police", "and British")."""
    while k < len(doc) and doc[k].lower_ in _DETERMINERS:
        k += 1
    return k < len(doc) and (mentions.at[k] is not None or (doc[k].is_alpha and of_people(doc[k].text, lex)))


def _past_members_of(doc: Doc, k: int, lex: Lexicon) -> int:
    """Past a lower-case noun of people, its "of" and an article ("members of the", "soldiers of the") at `k`; k when
    none stands there."""
    if k + 1 >= len(doc) or not (doc[k].is_alpha and doc[k].is_lower and of_people(doc[k].text, lex)):
        return k
    if doc[k + 1].lower_ not in lex.clause.party_cases:
        return k
    j = k + 2
    while j < len(doc) and doc[j].lower_ in _DETERMINERS:
        j += 1
    return j


_APPOSITION_REACH = 12  # tokens from counted people to an ", all of them …" aside on them


def all_of_them(doc: Doc, found: list[Found], holders: list[str | None], mentions: Mentions, lex: Lexicon) -> None:
    """Counted people an aside says all are of one party hold by it: "Five people were killed, all of them Iraqi
    policemen", "killing 12 people, all of whom were Afghan soldiers", "Two people, both Americans, were" (not "most
    of them"); a part "of them" by what it is said to be: "40 were hurt, 25 of them Israeli soldiers"."""
    for n, item in enumerate(found):
        if holders[n] is not None or item.category not in lex.clause.people:
            continue
        if _part_of_them(doc, item.end, lex):  # "killing 30 people, 12 of them Afghan soldiers": the part's party
            holders[n] = _party_complement(doc, _past_of_them(doc, item.end, lex), mentions, lex)
            continue
        stop = found[n + 1].start if n + 1 < len(found) else len(doc)
        for k in range(item.end, min(stop, item.end + _APPOSITION_REACH, len(doc) - 4)):
            if doc[k].is_sent_start or doc[k].text in (";", ":"):
                break
            if doc[k].text == "," and doc[k + 1].lower_ in lex.whole_words:
                holders[n] = _party_complement(doc, _past_of_them(doc, k + 2, lex), mentions, lex)
                break


def _part_of_them(doc: Doc, k: int, lex: Lexicon) -> bool:
    """True when "of them" or "of whom" follows a figure ending at `k`: the figure is a part of the people before it,
    and what follows says what that part is ("12 of them Afghan soldiers", "12 of whom were Afghan soldiers")."""
    return k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ in lex.partitive_pronouns


def _past_of_them(doc: Doc, k: int, lex: Lexicon) -> int:
    """Past "of them", "of whom were" after a word of a whole ("all of them Iraqi policemen"), or a preposition of
    where they come from and its article ("all from the Iraqi army"); k when none follows."""
    if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ in lex.partitive_pronouns:
        k += 2
        return k + (k < len(doc) and doc[k].lower_ in lex.predicate_copulas)
    if k + 1 < len(doc) and doc[k].lower_ in lex.whole_cases:
        k += 1
        while k < len(doc) and doc[k].lower_ in _DETERMINERS:
            k += 1
    return k


def of_people(word: str, lex: Lexicon) -> bool:
    """True for a noun of people or of a category of people ("nationals", "troops")."""
    unit = lemma(word, lex)
    return unit in lex.people or lex.categories.get(unit) in lex.clause.people


def _past_partitive(doc: Doc, k: int, lex: Lexicon) -> int:
    """Past an "of" phrase after the counted people ("of the victims", "of them"), when a verb of being follows it."""
    if k >= len(doc) or doc[k].lower_ != "of":
        return k
    for j in range(k + 1, min(k + 1 + _PARTITIVE_REACH, len(doc))):
        if doc[j].lower_ in lex.predicate_copulas:
            return j
        if not doc[j].is_alpha:
            return k
    return k
