"""Link each quantity to its context by character spans: whose figure it is (`holder`), where (`location`) and
over which period (`time`), using the entities and times earlier components put on the Doc."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from sitrep.components.quantities.antecedents import Antecedents
from sitrep.components.quantities.clause import ClauseHolders
from sitrep.components.quantities.finder import Found, included, others
from sitrep.components.quantities.lexicon import Lexicon
from sitrep.components.quantities.nouns import lemma
from sitrep.data_files import function_words
from sitrep.record import Entity, Quantity, Time

_WINDOW = 15  # tokens scanned after a figure for its location
_EVENT_WINDOW = 24  # … after a count of what befell people, whose clause may name the place late ("when a bomb …")
_REACH = 80  # tokens a figure looks back or ahead for its sentence's edges, its subject or its time
_POSSESSIVE = function_words("possessive_endings", "plural_possessive_endings")
_DETERMINERS = function_words("articles")
_POSSESSIVE_DETERMINERS = function_words("possessive_determiners")
_POINTING_BACK = function_words(
    "definite_determiners", "demonstratives", "possessive_determiners", "possessive_endings"
)


@dataclass(slots=True)
class _Mention:
    entity: Entity
    start: int  # tokens
    end: int


class Mentions:
    """Entity mentions by token: the longest mention covering each token, found in O(1)."""

    def __init__(self, doc: Doc, entities: Sequence[Entity]) -> None:
        self.at: list[_Mention | None] = [None] * len(doc)
        aligned = _Aligner(doc)
        for entity in entities:
            for mention in entity.mentions:
                span = aligned.expand(mention.start, mention.end)
                if span is None or span[0] >= span[1]:
                    continue
                found = _Mention(entity, span[0], span[1])
                for i in range(span[0], span[1]):
                    current = self.at[i]
                    if current is None or current.end - current.start < found.end - found.start:
                        self.at[i] = found

    def drop_makers(self, doc: Doc, participles: frozenset[str]) -> None:
        """Forget each mention joined by a hyphen to a maker's or backer's participle ("Iranian-made", "US-backed"):
        it names another party than the figure's."""
        for i, found in enumerate(self.at):
            if found is not None and found.end == i + 1 and _maker(doc, i + 1, participles):
                self.at[found.start : found.end] = [None] * (found.end - found.start)

    def entity(self, i: int) -> Entity | None:
        """The entity whose mention covers token `i`."""
        found = self.at[i] if 0 <= i < len(self.at) else None
        return found.entity if found is not None else None

    def span_at(self, i: int) -> tuple[Entity, int, int] | None:
        """The entity, first token and end token of the mention covering token `i`."""
        found = self.at[i] if 0 <= i < len(self.at) else None
        return (found.entity, found.start, found.end) if found is not None else None

    def ending_at(self, i: int) -> _Mention | None:
        """The mention whose last token is `i`."""
        found = self.at[i] if 0 <= i < len(self.at) else None
        return found if found is not None and found.end == i + 1 else None


def _maker(doc: Doc, i: int, participles: frozenset[str]) -> bool:
    """True when a hyphen glued to the word before `i` and to a participle of `participles` starts at `i`."""
    if i + 1 >= len(doc) or doc[i].text != "-" or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return False
    return doc[i + 1].lower_ in participles


class _Aligner:
    """`Doc.char_span(start, end, alignment_mode="expand")` as token offsets, by bisection over the tokens' character
    offsets read once per Doc (no Span built per mention). The tokens cover the text without gaps (a token's
    trailing space belongs to it), so the token holding a character is the last one starting at or before it."""

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array(["IDX", "LENGTH", "SPACY"]) if len(doc) else None
        self.starts: list[int] = arr[:, 0].tolist() if arr is not None else []
        self.lengths: list[int] = arr[:, 1].tolist() if arr is not None else []
        self.size = int(arr[-1].sum()) if arr is not None else 0  # where the last token (and its space) ends

    def _token(self, char: int) -> int:
        if char < 0 or char >= self.size or not self.starts:
            return -1
        return bisect_right(self.starts, char) - 1

    def expand(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        start = self._token(start_char)
        end = self._token(end_char - 1)
        if start < 0 or end < 0:
            return None
        if start_char == self.starts[start] + self.lengths[start]:  # on the space after a token: not part of it
            start += 1
        return start, end + 1


def link(doc: Doc, found: list[Found], lex: Lexicon) -> list[Quantity]:
    """The SPEC's quantity records (ids Q1…) with holder, location and time filled where the text shows them."""
    entities: list[Entity] = list(doc._.entities or ())
    times: list[Time] = sorted(doc._.times or (), key=lambda t: t.start)
    mentions = Mentions(doc, entities) if entities else None
    if mentions is not None:
        mentions.drop_makers(doc, lex.maker_participles)
    starts = [t.start for t in times]
    holders: list[str | None] = [None] * len(found)
    if mentions is not None:
        antecedents = Antecedents(doc, mentions.span_at, lex)
        holders = [_holder(doc, item, mentions, antecedents, lex) for item in found]
        ClauseHolders(mentions.entity, antecedents, lex).fill(doc, found, holders)
        _parts(doc, found, holders, lex)
        _others_of_one(doc, found, holders, mentions, lex)
    records: list[Quantity] = []
    for n, item in enumerate(found, start=1):
        span = doc[item.start : item.end]
        record = Quantity(
            id=f"Q{n}",
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            value=_number(item.value),
            low=_number(item.low),
            high=_number(item.high),
            approximate=item.approximate,
            unit=item.unit,
            category=item.category,
        )
        record.holder = holders[n - 1]
        if mentions is not None:
            until = _next_distance(found, n, lex, len(doc))
            record.location = _location(doc, item, mentions, lex, until)
        record.time = _time(doc, item, times, starts, lex)
        if item.elides is not None:
            record.holder = record.holder or records[item.elides].holder
        records.append(record)
    _shared_places(doc, found, records, lex)
    _carry_over(records, [_points_back(doc, item.start) for item in found])
    _carry_back(records)
    return records


def _number(value: float | None) -> float | None:
    if value is None:
        return None
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _holds(mention: _Mention | None, lex: Lexicon) -> bool:
    return mention is not None and mention.entity.kind in lex.holder_kinds


_NOUN_BEFORE = 2  # modifiers looked at before a counted noun that stands before its figure


def _holder(doc: Doc, item: Found, mentions: Mentions, antecedents: Antecedents, lex: Lexicon) -> str | None:
    """A modifier ("American troops"), a possessor ("Iraq's 900 troops", "its 900 troops", "the group's 900 fighters":
    the entity "its" or "the group" stands for), "coalition of 87 countries", "by …" (the clause, read from the parse,
    gives the others their holder: `clause.py`)."""
    head = item.head if item.head is not None else item.number_end - 1
    first = item.number_end if head >= item.start else max(head - _NOUN_BEFORE, 0)  # "Kenyan police, numbering 400"
    for i in range(first, head + 1):  # "American troops", or the head itself: "12 Iraqis"
        if _holds(mentions.at[i], lex):
            return mentions.at[i].entity.id  # type: ignore[union-attr]
        if doc[i].lower_ in _POSSESSIVE_DETERMINERS:  # "14 of their fighters"
            return _referent(antecedents, i, lex)
    before = item.start - 1
    if before >= 1 and doc[before].lower_ in _POSSESSIVE and _holds(mentions.ending_at(before - 1), lex):
        return mentions.ending_at(before - 1).entity.id  # type: ignore[union-attr]
    if before >= 1 and doc[before].lower_ in _POSSESSIVE and mentions.at[before - 1] is None:
        return _referent(antecedents, before - 1, lex)  # "the group's 5,000 fighters"
    if before >= 0 and doc[before].lower_ in _POSSESSIVE_DETERMINERS:
        return _referent(antecedents, before, lex)
    if before >= 1 and doc[before].lower_ == "of":
        owner = mentions.ending_at(before - 1)
        if _holds(owner, lex):
            return owner.entity.id  # type: ignore[union-attr]
        noun = before - 1  # "Iraq's army of 200,000"
        if noun >= 2 and doc[noun].lower_ in lex.collective and doc[noun - 1].lower_ in _POSSESSIVE:
            owner = mentions.ending_at(noun - 2)
            if _holds(owner, lex):
                return owner.entity.id  # type: ignore[union-attr]
    payer = _payer_in(doc, item, mentions, lex)
    if payer is not None:
        return payer  # "$2bn in U.S. aid"
    agent = _by_party(doc, _agent_by(doc, item.end, lex), mentions)
    if _holds(agent, lex):
        return agent.entity.id  # type: ignore[union-attr]  # "funds approved by Congress", "held by the Taliban"
    credited = _credited(doc, item, mentions, antecedents, lex)
    return credited or _kept_with(doc, item, mentions, lex) or _served(doc, item, mentions, lex)


def _served(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party named straight after counted people in an "of", "with", "for" or "from" phrase, perhaps after a
    participle of service: "12 members of Hamas", "two volunteers with the Red Crescent", "two journalists working
    for Reuters" (not a name that only qualifies a noun: "jailed for Hamas membership")."""
    if (item.category not in lex.clause.people and item.unit not in lex.people) or item.head is None:
        return None
    k = item.end
    if k + 1 < len(doc) and doc[k].lower_ in lex.phrase_participles:
        k += 1
    cases = lex.clause.party_cases | lex.clause.origin_cases | lex.clause.service_cases
    if k >= len(doc) or doc[k].lower_ not in cases:
        return None
    k += 1
    while k < len(doc) and doc[k].lower_ in _DETERMINERS:
        k += 1
    k = _past_description(doc, k, lex)  # "of the militant group Hamas"
    mention = mentions.at[k] if k < len(doc) else None
    if mention is None or mention.start != k or not _holds(mention, lex) or _names_thing(doc, mention.end, lex):
        return None
    return mention.entity.id


_DESCRIPTION_WORDS = 3  # lower-case words of a description before the name it describes ("the Islamist rebel group")


def _past_description(doc: Doc, k: int, lex: Lexicon) -> int:
    """Past a description of a party right before its name ("the militant group Hamas", "the charity Oxfam"): where the
    name stands; k itself when no such description does."""
    for j in range(k, min(k + _DESCRIPTION_WORDS, len(doc) - 1)):
        if not (doc[j].is_alpha and doc[j].text.islower()):
            return k
        if lemma(doc[j].text, lex) in lex.antecedents.descriptions and not doc[j + 1].text.islower():
            return j + 1
    return k


def _names_thing(doc: Doc, i: int, lex: Lexicon) -> bool:
    """True when a common noun that is no body of people follows the name at `i` ("victims of the Vostok raids"; not
    "members of the Vostok battalion", "staff of the Red Cross were hurt")."""
    if i >= len(doc) or not (doc[i].is_alpha and doc[i].text.islower()):
        return False
    low = doc[i].lower_
    if low in lex.stop or low in lex.verbs or low in lex.verb_gap or low in lex.clause.group_nouns:
        return False
    return lex.categories.get(lemma(doc[i].text, lex)) != "personnel"


def _kept_with(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party a ", with <figure>" aside follows keeps the troops, weapons or money it counts: "The United States,
    with 2,500 troops in Iraq, …" (not "Gaza, with 300 dead": the dead are no party's keeping)."""
    comma = item.start - 2
    if comma < 1 or doc[comma + 1].lower_ not in lex.subject_place_cues or doc[comma].text != ",":
        return None
    if item.category not in lex.kept_with_categories:
        return None
    party = mentions.ending_at(comma - 1)
    return party.entity.id if party is not None and _holds(party, lex) else None


_PAYER_MODIFIERS = 2  # lower-case words between the payer's name and the noun of money ("U.S. military aid")


def _payer_in(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party named before a noun of money given or owned in an "in" phrase straight after a sum: "$2bn in U.S.
    aid", "$300bn in Russian central bank assets" (the sum is that aid's, those assets'; not "$10m in damage")."""
    k = item.end
    if item.category not in lex.money_in_categories or k + 1 >= len(doc) or doc[k].lower_ != "in":
        return None
    mention = mentions.at[k + 1]
    if mention is None or mention.start != k + 1 or not _holds(mention, lex):
        return None
    for j in range(mention.end, min(mention.end + _PAYER_MODIFIERS + 1, len(doc))):
        if not (doc[j].is_alpha and doc[j].text.islower()):
            return None
        if doc[j].lower_ in lex.money_in_nouns:
            return mention.entity.id
    return None


def _credited(doc: Doc, item: Found, mentions: Mentions, antecedents: Antecedents, lex: Lexicon) -> str | None:
    """The one a "with <figure> to his name" phrase credits the figure to (the quantity guidelines' possessor): the
    name the phrase stands before ("With 40 goals to her name, Smith …") or after ("Smith, with 40 goals …"), else
    the party "his" refers to."""
    with_at = item.start - 1
    own = _credit_possessive(doc, item, lex) if with_at >= 0 and doc[with_at].lower_ == "with" else None
    if own is None:
        return None
    after = own + 3 if own + 3 < len(doc) and doc[own + 2].text == "," else None
    opening = mentions.at[after] if after is not None else None
    if opening is not None and opening.start == after and _holds(opening, lex):
        return opening.entity.id
    before = mentions.ending_at(with_at - 2) if with_at >= 2 and doc[with_at - 1].text == "," else None
    if before is not None and _holds(before, lex):
        return before.entity.id
    return _referent(antecedents, own, lex)


def _credit_possessive(doc: Doc, item: Found, lex: Lexicon) -> int | None:
    """The possessive of "to his name" closing the figure's "with" phrase (a few words on, within its clause)."""
    for j in range(item.end, min(item.end + 8, len(doc) - 2)):
        if doc[j].lower_ in lex.clause_breaks or doc[j].is_sent_start:
            return None
        own, noun = doc[j + 1].lower_, doc[j + 2].lower_
        if doc[j].lower_ == "to" and own in _POSSESSIVE_DETERMINERS and noun in lex.credit_nouns:
            return j + 1
    return None


def _referent(antecedents: Antecedents, i: int, lex: Lexicon) -> str | None:
    """The entity a possessive ("its", "their") at token i stands for, if it can hold a figure."""
    found = antecedents.of(i)
    return found.id if found is not None and found.kind in lex.holder_kinds else None


def _parts(doc: Doc, found: list[Found], holders: list[str | None], lex: Lexicon) -> None:
    """A part of a figure takes the whole's holder: "200 of Hezbollah's 5,000 fighters", "Of the $9bn approved by
    Congress, $1bn has been spent" (the quantity guidelines)."""
    for n in range(len(found) - 1):
        part, whole = found[n], found[n + 1]
        if holders[n] is None and _part_of(doc, part, whole):
            holders[n] = holders[n + 1]
    for n in range(1, len(found)):
        whole, part = found[n - 1], found[n]
        if holders[n] is None and (_opening_whole(doc, whole, part) or included(doc, whole, part, lex)):
            holders[n] = holders[n - 1]  # "Of the 900 troops, 200 …", "5,000 prisoners, including 200 children"


def _others_of_one(doc: Doc, found: list[Found], holders: list[str | None], mentions: Mentions, lex: Lexicon) -> None:
    """A count of "others" (or a bare count after "and") after one person of a named party in its sentence takes that
    party: "A Kenyan soldier was killed and five others were wounded", "a U.S. soldier died and three were hurt"."""
    for n, item in enumerate(found):
        if holders[n] is not None or item.elides is not None or not _more_people(doc, item, lex):
            continue
        first = _sentence_start(doc, item.start)
        for j in range(item.start - 2, -1 if first is None else first - 1, -1):
            party = _one_of(doc, j, mentions, lex)
            if party is not None:
                holders[n] = party
                break


def _more_people(doc: Doc, item: Found, lex: Lexicon) -> bool:
    """True for a count of "others" ("five others were wounded") or a bare count of what befell people after "and"
    ("… and three were wounded")."""
    if others(doc, item, lex):
        return True
    bare = item.unit is None and item.cue is not None and item.category in lex.shared_place_categories
    return bare and item.start >= 1 and doc[item.start - 1].lower_ in lex.ellipsis_joiners


_ONE_REACH = 2  # words between a party's name and the person it qualifies ("a Kenyan army soldier")


def _one_of(doc: Doc, j: int, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party of "a/an/one <party> <person>" opening at token j ("a Kenyan soldier", "an Ansar Allah fighter")."""
    if doc[j].lower_ not in lex.single_openers or j + 1 >= len(doc):
        return None
    mention = mentions.at[j + 1]
    if mention is None or mention.start != j + 1 or not _holds(mention, lex):
        return None
    for k in range(mention.end, min(mention.end + _ONE_REACH + 1, len(doc))):
        word = lemma(doc[k].text, lex)
        if word in lex.people or lex.categories.get(word) in lex.people_categories:
            return mention.entity.id
        if not doc[k].is_alpha:
            return None
    return None


def _part_of(doc: Doc, part: Found, whole: Found) -> bool:
    """True for "<part> of [the, its, Hezbollah's, the rebel group's …] <whole>": at most three words between "of"
    and the whole (a possessive ending is no word)."""
    if part.end >= len(doc) or doc[part.end].lower_ != "of":
        return False
    between = doc[part.end + 1 : whole.start]
    if sum(t.lower_ not in _POSSESSIVE for t in between) > 3:
        return False
    return all(t.is_alpha or t.lower_ in _POSSESSIVE for t in between)


def _opening_whole(doc: Doc, whole: Found, part: Found) -> bool:
    """True for a sentence that opens on "Of the <whole> …," with the part the first figure after that comma."""
    first = _sentence_start(doc, whole.start)
    if first is None or doc[first].lower_ != "of" or whole.start - first > 2:
        return False
    commas = [k for k in range(whole.end, part.start) if doc[k].text == ","]
    return len(commas) == 1 and not any(doc[k].is_sent_start for k in range(whole.end, part.start + 1))


def _by_party(doc: Doc, by: int, mentions: Mentions) -> _Mention | None:
    """The mention a "by" at `by` opens, after its articles ("by Congress", "by the Taliban")."""
    if by >= len(doc) or doc[by].lower_ != "by":
        return None
    k = by + 1
    while k < len(doc) and doc[k].lower_ in _DETERMINERS:
        k += 1
    return mentions.at[k] if k < len(doc) else None


def _agent_by(doc: Doc, k: int, lex: Lexicon) -> int:
    """Where a "by …" naming the holder may stand after the figure at `k`: straight after it, or after a
    participle ("sent by"), itself perhaps after a short "in …" phrase ("$5bn in aid approved by")."""
    if k < len(doc) and doc[k].lower_ == "in":
        j = k + 1
        while j < min(k + 4, len(doc)) and doc[j].is_lower and doc[j].lower_ not in lex.agent_participles:
            j += 1
        if j < len(doc) and doc[j].lower_ in lex.agent_participles:
            return j + 1
    return k + 1 if k < len(doc) and doc[k].lower_ in lex.agent_participles else k


def _next_distance(found: list[Found], n: int, lex: Lexicon, end: int) -> int:
    """Where the next figure after `found[n - 1]` starts if it is a distance ("flying no higher than 10,000 nor
    further than 100 miles from Toulouse"): a place after it is what it is measured from, no place of the figure
    before; else `end`."""
    after = found[n] if n < len(found) else None
    return after.start if after is not None and after.category in lex.measured_categories else end


def _location(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon, until: int) -> str | None:
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
    i = _sentence_start(doc, start)
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


def _places(doc: Doc, mention: _Mention, mentions: Mentions, lex: Lexicon) -> bool:
    if _event_follows(doc, mention.end, lex):
        return not _doer_before_event(doc, mention, lex)
    k = mention.start - 1
    while k >= 0 and (doc[k].lower_ in _DETERMINERS or _part_word(doc, k, mentions, lex)):
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in lex.location_prepositions:
        return not _modifies_noun(doc, mention.end, lex) and not _targets(doc, k, lex)
    return doc[k].lower_ == "of" and k >= 1 and doc[k - 1].lower_ in lex.place_nouns


def _targets(doc: Doc, k: int, lex: Lexicon) -> bool:
    """True when the preposition at k follows a word whose phrase names a target, not a place ("blamed on")."""
    return k >= 1 and doc[k - 1].lower_ in lex.target_words


def _location_opening(doc: Doc, start: int, mentions: Mentions, lex: Lexicon) -> str | None:
    i = _sentence_start(doc, start)
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
            i = _past_aside(doc, i, stop) if item.category in lex.shared_place_categories else stop
            continue
        origin = people and i == item.end and doc[i].lower_ in lex.clause.origin_cases  # "soldiers/jets from Chad"
        paid = origin or (payer and doc[i].lower_ in lex.clause.origin_cases)
        if doc[i].lower_ in lex.location_prepositions and not paid and not _targets(doc, i, lex):
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


def _past_aside(doc: Doc, i: int, stop: int) -> int:
    """Past an aside opened at `i` that the clause goes on after: a participle's phrase between commas ("when a bomb,
    planted by rebels, exploded in Kano") or a short parenthesis ("a device (IED) exploded"); else `stop`."""
    closing = _CLOSING.get(doc[i].text)
    if closing is None or i + 1 >= stop:
        return stop
    opener = doc[i + 1]
    participle = opener.is_alpha and opener.text.islower() and opener.text.endswith("ed")
    if closing == "," and not participle:
        return stop
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
    owned = after < stop and doc[mention.end].lower_ in _POSSESSIVE and _place_at(after, mentions, lex)
    return after if owned else k


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


def _doer_before_event(doc: Doc, mention: _Mention, lex: Lexicon) -> bool:
    """True for a country named by its adjective or a short form before a happening ("in a Turkish strike", "a US
    raid"): the doer of the happening, not where it was ("a Kabul car bombing" is a place's own name, "the Syrian
    civil war" a happening that lasts where it is)."""
    if mention.entity.kind != "country" or not _event_follows(doc, mention.end, lex):
        return False
    if any(t.lower_ in lex.country_events for t in doc[mention.end : mention.end + 2]):
        return False  # "in the Syrian civil war": where it lasts
    return doc[mention.start : mention.end].text.lower() not in mention.entity.name.lower()


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


def _time(doc: Doc, item: Found, times: list[Time], starts: list[int], lex: Lexicon) -> str | None:
    """The nearest time with a period or since role in the figure's sentence ("over the past year")."""
    if not times:
        return None
    first = _sentence_start(doc, item.start)
    last = _sentence_end(doc, item.end)
    first_char = doc[first].idx if first is not None else doc[max(item.start - _REACH, 0)].idx
    lo, hi = bisect_left(starts, first_char), bisect_right(starts, doc[last - 1].idx + len(doc[last - 1].text))
    anchor = doc[item.start].idx
    best: Time | None = None
    for time in times[lo:hi]:
        if time.role in lex.time_roles and (best is None or abs(time.start - anchor) < abs(best.start - anchor)):
            best = time
    return best.id if best is not None else None


def _sentence_start(doc: Doc, i: int) -> int | None:
    """The first token of the sentence that holds token i, looked for at most _REACH tokens back (None if further:
    a run-on "sentence" must not make every figure walk all of it)."""
    lo = max(i - _REACH, 0)
    while i > lo and not doc[i].is_sent_start:
        i -= 1
    return i if i == 0 or doc[i].is_sent_start else None


def _sentence_end(doc: Doc, i: int) -> int:
    """The token after the sentence that holds token i - 1, looked for at most _REACH tokens ahead."""
    hi = min(i + _REACH, len(doc))
    while i < hi and not doc[i].is_sent_start:
        i += 1
    return max(i, 1)


def _points_back(doc: Doc, start: int) -> bool:
    """True when a determiner or possessive before the figure points back to one given before ("the 13 people")."""
    return start > 0 and doc[start - 1].lower_ in _POINTING_BACK


_PAIR_GAP = 6  # words between two counts of people that one clause joins ("were killed and", "killing … and wounding")


def _shared_places(doc: Doc, found: list[Found], records: list[Quantity], lex: Lexicon) -> None:
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


def _carry_over(records: list[Quantity], back: list[bool]) -> None:
    """A figure repeated later ("the 2,500 U.S. troops") keeps the holder and location it was first given; the
    location only when a determiner points back to it (a second "13 people" may have died elsewhere)."""
    first: dict[tuple[float | None, str | None], Quantity] = {}
    for record, pointed in zip(records, back, strict=True):
        if record.value is None or record.unit is None:
            continue
        key = (record.value, record.unit)
        earlier = first.get(key)
        if earlier is None:
            first[key] = record
            continue
        if record.holder and earlier.holder and record.holder != earlier.holder:
            continue
        record.holder = record.holder or earlier.holder
        record.location = record.location or (earlier.location if pointed else None)


def _carry_back(records: list[Quantity]) -> None:
    """A figure first given without its party ("maintain the 900 troops") takes the one a later mention of the same
    figure names ("the 900 U.S. troops"), when all its mentions that name one name the same."""
    groups: dict[tuple[float, str], list[Quantity]] = {}
    for record in records:
        if record.value is not None and record.unit is not None:
            groups.setdefault((record.value, record.unit), []).append(record)
    for group in groups.values():
        holders = {r.holder for r in group if r.holder}
        if len(holders) == 1:
            holder = holders.pop()
            for record in group:
                record.holder = record.holder or holder
