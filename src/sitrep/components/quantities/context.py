"""Link each quantity to its context by character spans: whose figure it is (`holder`), where (`location`) and
over which period (`time`), using the entities and times earlier components put on the Doc."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from sitrep.components.quantities.antecedents import Antecedents
from sitrep.components.quantities.clause import ClauseHolders, unique_sentences
from sitrep.components.quantities.finder import Found, included, others
from sitrep.components.quantities.lexicon import Lexicon
from sitrep.components.quantities.locations import location, next_distance, shared_places
from sitrep.components.quantities.mentions import Mentions, Named, sentence_end, sentence_start
from sitrep.components.quantities.nouns import lemma, subject_end_before, verb_index_before
from sitrep.components.quantities.sides import all_of_them, predicated, victims_side
from sitrep.data_files import function_words
from sitrep.record import Entity, Quantity, Time

_REACH = 80  # tokens a figure looks back for its sentence's edges and its time
_POSSESSIVE = function_words("possessive_endings", "plural_possessive_endings")
_DETERMINERS = function_words("articles")
_POSSESSIVE_DETERMINERS = function_words("possessive_determiners")
_HYPHENS = frozenset({"-", "‑", "–"})
_POINTING_BACK = function_words(
    "definite_determiners", "demonstratives", "possessive_determiners", "possessive_endings"
)


def link(doc: Doc, found: list[Found], lex: Lexicon, first: FirstHolders | None = None) -> list[Quantity]:
    """The SPEC's quantity records (ids Q1…) with holder, location and time filled where the text shows them
    (`first`: the figures' `first_holders`, if read already; link fills its holders in place)."""
    times: list[Time] = sorted(doc._.times or (), key=lambda t: t.start)
    first = first if first is not None else first_holders(doc, found, lex)
    mentions, holders = first.mentions, first.holders
    starts = [t.start for t in times]
    if mentions is not None and first.clauses is not None:
        first.clauses.fill(doc, found, holders)
        _others_of_one(doc, found, holders, mentions, lex)
        _others_after(doc, found, holders, lex)
        _listed(doc, found, holders, mentions, lex)
        _restated(doc, found, holders, lex)
        _counted_party(doc, found, holders, mentions, lex)
        all_of_them(doc, found, holders, mentions, lex)
        _parts(doc, found, holders, lex)  # last: a part takes the whole's holder however the whole got it
    records = bare_records(doc, found)
    for n, (item, record) in enumerate(zip(found, records, strict=True), start=1):
        record.holder = holders[n - 1]
        if mentions is not None:
            until = next_distance(found, n, lex, len(doc))
            record.location = location(doc, item, mentions, lex, until)
        record.time = _time(doc, item, times, starts, lex)
    for item, record in zip(found, records, strict=True):  # after all: the figure left out may stand after it
        if item.elides is not None:
            record.holder = record.holder or records[item.elides].holder
    shared_places(doc, found, records, lex)
    _carry_over(records, [_points_back(doc, item.start) for item in found])
    _carry_back(records)
    return records


def bare_records(doc: Doc, found: list[Found]) -> list[Quantity]:
    """The SPEC's quantity records (ids Q1…) of the figures, with what the figure itself says (its span, value, unit
    and category) and no holder, location or time yet."""
    records: list[Quantity] = []
    for n, item in enumerate(found, start=1):
        span = doc[item.start : item.end]
        records.append(
            Quantity(
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
        )
    return records


def sentences_to_parse(doc: Doc, found: list[Found], first: FirstHolders) -> list[Span]:
    """The sentences `link` will parse to give figures their holders (`ClauseHolders`), so that they can be parsed
    ahead in one batch with those of other components (`syntax.plan_parses`)."""
    if first.clauses is None:
        return []
    return unique_sentences(first.clauses.wanted(doc, found, first.holders).values())


@dataclass(frozen=True, slots=True)
class FirstHolders:
    """The holders the figures' own phrases name (before any parse), with the entity mentions they were read from
    and the reader of parsed clauses for the rest (None, None when the article names no entity)."""

    holders: list[str | None]
    mentions: Mentions | None
    clauses: ClauseHolders | None


def first_holders(doc: Doc, found: list[Found], lex: Lexicon) -> FirstHolders:
    """What `link` reads before any parse: the entity mentions, and the holder each figure's own phrase names."""
    entities: list[Entity] = list(doc._.entities or ())
    if not entities:
        return FirstHolders([None] * len(found), None, None)
    mentions = Mentions(doc, entities)
    mentions.drop_makers(doc, lex.maker_participles)
    antecedents = Antecedents(doc, mentions.span_at, lex)
    holders = [_holder(doc, item, mentions, antecedents, lex) for item in found]
    return FirstHolders(holders, mentions, ClauseHolders(mentions.entity, antecedents, lex))


def _number(value: float | None) -> float | None:
    if value is None:
        return None
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _holds(mention: Named | None, lex: Lexicon) -> bool:
    return mention is not None and mention.entity.kind in lex.holder_kinds


_NOUN_BEFORE = 2  # modifiers looked at before a counted noun that stands before its figure


def _holder(doc: Doc, item: Found, mentions: Mentions, antecedents: Antecedents, lex: Lexicon) -> str | None:
    """A modifier ("American troops"), a possessor ("Iraq's 900 troops", "its 900 troops", "the group's 900 fighters":
    the entity "its" or "the group" stands for), "coalition of 87 countries", "by …" (the clause, read from the parse,
    gives the others their holder: `clause.py`)."""
    head = item.head if item.head is not None else item.number_end - 1
    first = item.number_end if head >= item.start else max(head - _NOUN_BEFORE, 0)  # "Kenyan police, numbering 400"
    if item.category in lex.clause.money_categories and item.head is not None and head >= item.start:
        first = head  # "1,850 French francs", "18 Canadian cents": the currency's country holds no sum
    for i in range(first, head + 1):  # "American troops", or the head itself: "12 Iraqis"
        if _holds(mentions.at[i], lex):
            return mentions.at[i].entity.id  # type: ignore[union-attr]
        if doc[i].lower_ in _POSSESSIVE_DETERMINERS:  # "14 of their fighters"
            return _referent(antecedents, i, lex, _doer(doc, item, mentions, lex))
        if doc[i].lower_ in _POSSESSIVE and i - 1 >= first and mentions.at[i - 1] is None:  # "14 of the group's"
            return _referent(antecedents, i - 1, lex, _doer(doc, item, mentions, lex))
    before = _past_owned_modifiers(doc, item.start - 1, lex)  # "its last 1,500 soldiers"
    if before >= 1 and doc[before].lower_ in _POSSESSIVE and _holds(mentions.ending_at(before - 1), lex):
        return mentions.ending_at(before - 1).entity.id  # type: ignore[union-attr]
    if before >= 1 and doc[before].lower_ in _POSSESSIVE and mentions.at[before - 1] is None:
        return _referent(antecedents, before - 1, lex)  # "the group's 5,000 fighters"
    if before >= 0 and doc[before].lower_ in _POSSESSIVE_DETERMINERS:
        return _referent(antecedents, before, lex, _doer(doc, item, mentions, lex))
    if before >= 1 and doc[before].lower_ == "of":
        owner = mentions.ending_at(before - 1)
        if _holds(owner, lex):
            return owner.entity.id  # type: ignore[union-attr]
        noun = before - 1  # "Iraq's army of 200,000", "Germany's defence budget of 50 billion euros"
        own = _past_noun_modifiers(doc, noun - 1) if noun >= 1 and doc[noun].lower_ in lex.collective else -1
        if own >= 1 and doc[own].lower_ in _POSSESSIVE:
            owner = mentions.ending_at(own - 1)
            if _holds(owner, lex):
                return owner.entity.id  # type: ignore[union-attr]
    payer = _payer_in(doc, item, mentions, lex)
    if payer is not None:
        return payer  # "$2bn in U.S. aid"
    agent = _by_party(doc, _agent_by(doc, item.end, lex), mentions)
    if _holds(agent, lex) and item.category not in lex.victim_categories:  # not "the bodies of hostages held by"
        return agent.entity.id  # type: ignore[union-attr]  # "funds approved by Congress", "held by the Taliban"
    credited = _credited(doc, item, mentions, antecedents, lex)
    kept = _kept_with(doc, item, mentions, lex)
    served = _served(doc, item, mentions, lex) or victims_side(doc, item, mentions, lex)
    return credited or kept or served or predicated(doc, item, mentions, lex)


_OWNED_MODIFIERS = 2  # words between a possessive and the figure it owns ("its last remaining 300 fighters")


def _past_noun_modifiers(doc: Doc, k: int) -> int:
    """Back past up to two lower-case modifiers at `k` before a collective noun ("defence" in "Germany's defence
    budget", "new aid" in "the EU's new aid package") to where its possessive would stand."""
    j = k
    while j >= 0 and k - j < _OWNED_MODIFIERS and doc[j].is_alpha and doc[j].is_lower and doc[j].pos_ != "VERB":
        j -= 1
    return j


def _past_owned_modifiers(doc: Doc, k: int, lex: Lexicon) -> int:
    """Back past up to two words like "last", "remaining" at `k` before a figure, to where a possessive before them
    would stand ("its last 1,500 soldiers"); k itself when no possessive stands there."""
    j = k
    while j >= 0 and k - j < _OWNED_MODIFIERS and doc[j].lower_ in lex.owned_figure_modifiers:
        j -= 1
    return j if j < k and j >= 0 and (doc[j].lower_ in _POSSESSIVE or doc[j].lower_ in _POSSESSIVE_DETERMINERS) else k


def _left_from(doc: Doc, item: Found, lex: Lexicon) -> bool:
    """True when a verb of taking away stands within a few words before the figure: a "from" phrase after it is the
    place left ("withdrew its last 1,500 soldiers from Niger", "evacuated 300 citizens from Sudan")."""
    words = range(max(item.start - _LEAVING_REACH, 0), item.start)
    return any(doc[j].lower_ in lex.clause.leaving_verbs for j in words)


_LEAVING_REACH = 4  # words from a verb of taking away to the figure it takes ("withdrew all of its 1,500")


def _served(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party named straight after counted people in an "of", "with", "for" or "from" phrase, perhaps after a
    participle of service: "12 members of Hamas", "two volunteers with the Red Crescent", "two journalists working
    for Reuters" (not a name that only qualifies a noun: "jailed for Hamas membership")."""
    if (item.category not in lex.clause.people and item.unit not in lex.people) or item.head is None:
        return None
    k = item.end
    if k + 1 < len(doc) and doc[k].lower_ in lex.phrase_participles:
        k += 1
    cases = lex.clause.party_cases | lex.clause.origin_cases | lex.clause.service_cases | lex.clause.force_cases
    if k >= len(doc) or doc[k].lower_ not in cases:
        return None
    force = doc[k].lower_ in lex.clause.force_cases
    if doc[k].lower_ in lex.clause.origin_cases and _left_from(doc, item, lex):
        return None  # "withdrew 1,500 soldiers from Niger": the place they leave
    k += 1
    while k < len(doc) and doc[k].lower_ in _DETERMINERS:
        k += 1
    k = _past_description(doc, k, lex)  # "of the militant group Hamas"
    mention = mentions.at[k] if k < len(doc) else None
    if mention is None or mention.start != k or not _holds(mention, lex) or _names_thing(doc, mention.end, lex):
        return None
    if force and mention.entity.kind not in lex.clause.force_kinds:
        return None  # "two soldiers in Syria": a place, not their force
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
    """True when a common noun that is no body of people heads the lower-case words after the name at `i` ("victims
    of the Vostok raids", "of the Red Hand bomb attack"; not "members of the Vostok battalion", "staff of the Red Cross
    were hurt", "two members of the UN peacekeeping mission")."""
    head = None
    for k in range(i, min(i + _THING_WORDS, len(doc))):
        low = doc[k].lower_
        if not (doc[k].is_alpha and doc[k].text.islower()) or low in lex.stop or low in lex.verbs:
            break
        if low in lex.verb_gap:
            break
        if low in lex.clause.group_nouns or low in lex.clause.body_nouns:
            return False
        head = k
    return head is not None and lex.categories.get(lemma(doc[head].text, lex)) != "personnel"


_THING_WORDS = 3  # lower-case words after a name that may hold the noun it modifies ("the UN peacekeeping mission")


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


def _referent(antecedents: Antecedents, i: int, lex: Lexicon, doer: int | None = None) -> str | None:
    """The entity a possessive ("its", "their") at token i stands for, if it can hold a figure (never the mention at
    `doer`)."""
    found = antecedents.of(i, doer)
    return found.id if found is not None and found.kind in lex.holder_kinds else None


def _doer(doc: Doc, item: Found, mentions: Mentions, lex: Lexicon) -> int | None:
    """Where the named subject of the verb that killed or wounded the counted starts ("Kenya said the Shabaab killed
    12 of its soldiers": the Shabaab): by the guidelines the victims are never the attacker's; None for other
    figures, or when no name is that subject."""
    if item.category in lex.victim_categories:
        verb = verb_index_before(doc, item.start, 0, lex)
    else:
        verb = _target_verb(doc, item.start, lex)
    if verb is None:
        return None
    subject = mentions.ending_at(subject_end_before(doc, verb, 0, lex))
    return subject.start if subject is not None else None


def _target_verb(doc: Doc, k: int, lex: Lexicon) -> int | None:
    """Where the verb that hits or aims at the figure at `k` stands: one of [context] target_verbs straight before it
    ("destroyed 12 of its tanks"), or a few words before a word of target_cases that stands straight before it
    ("fired water cannon at two of its boats"); None when there is none in its clause."""
    for j in range(k - 1, -1, -1):
        low = doc[j].lower_
        if low in lex.target_verbs:
            return j
        if low in lex.target_cases:
            return _aiming_verb(doc, j, lex)
        if low not in lex.before_figure:
            return None
    return None


def _aiming_verb(doc: Doc, j: int, lex: Lexicon) -> int | None:
    """The verb of aiming or hitting a few words before the preposition at `j`, in its clause, or None."""
    for v in range(j - 1, max(j - lex.target_reach, 0) - 1, -1):
        word = doc[v]
        if word.is_punct or word.lower_ in lex.clause_breaks:
            return None
        if word.lower_ in lex.target_verbs:
            return v
    return None


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
        first = sentence_start(doc, item.start)
        for j in range(item.start - 2, -1 if first is None else first - 1, -1):
            party = _one_of(doc, j, mentions, lex)
            if party is not None:
                holders[n] = party
                break


def _others_after(doc: Doc, found: list[Found], holders: list[str | None], lex: Lexicon) -> None:
    """A count of "others" that opens its sentence takes the party of the count of people that ends the sentence
    before, when both count what befell people: "Two Norwegian soldiers were killed. Three others were wounded" (the
    others are Norway's too); not when that count had no party, nor across another sentence."""
    for n in range(1, len(found)):
        item, before = found[n], found[n - 1]
        if holders[n] is not None or holders[n - 1] is None or not others(doc, item, lex):
            continue
        if not {item.category, before.category} <= lex.shared_place_categories:
            continue
        start = sentence_start(doc, item.start)
        prior = sentence_start(doc, start - 1) if start is not None and start == item.start and start >= 1 else None
        if prior is not None and before.start >= prior:
            holders[n] = holders[n - 1]


def _counted_party(
    doc: Doc, found: list[Found], holders: list[str | None], mentions: Mentions, lex: Lexicon
) -> None:
    """The counted people are no party of their own: a holder whose mention is the counted noun itself ("40 Syrian
    fighters", the entity "Syrian fighters") gives way to the country or the side that name ties it to (Syria)."""
    for n, item in enumerate(found):
        named = mentions.at[item.head] if item.head is not None else None
        if named is None or holders[n] != named.entity.id:
            continue
        if named.entity.kind in lex.own_party_kinds and doc[named.end - 1].text[:1].isupper():
            continue  # "dozens of Taliban": a group counted by its own name is its own party
        if named.start >= 1 and doc[named.start - 1].text in _HYPHENS and not doc[named.start - 2].whitespace_:
            holders[n] = None  # "Tens of pro-Saudi forces": neither the Saudis' nor a party of their own
            continue
        for key in lex.counted_party_attributes:
            tied = named.entity.attributes.get(key)
            if isinstance(tied, str) and mentions.known(tied):
                holders[n] = tied
                break


def _listed(doc: Doc, found: list[Found], holders: list[str | None], mentions: Mentions, lex: Lexicon) -> None:
    """A figure of things kept, sent or spent listed straight after one of the same category takes its holder: "He
    left behind 23 guns in the suite, 19 guns in his house and hundreds of rounds" (all his); past a part included
    in the first, whose holder is the first's ("23 guns in the suite, including two rifles, 19 guns in his house")."""
    for n in range(1, len(found)):
        item, before = found[n], found[n - 1]
        source = n - 2 if n >= 2 and holders[n - 1] is None and included(doc, found[n - 2], before, lex) else n - 1
        if holders[n] is not None or holders[source] is None or item.category not in lex.listed_categories:
            continue
        if before.category == item.category and _list_between(doc, before.end, item.start, mentions, lex):
            holders[n] = holders[source]


def _restated(doc: Doc, found: list[Found], holders: list[str | None], lex: Lexicon) -> None:
    """A figure that says the one before it again in another measure shares its holder, whichever of the two got it:
    "Acme offered $13 a share in cash, or $29 million", "its $325m (£170m) contract"."""
    for n in range(1, len(found)):
        before, item = found[n - 1], found[n]
        if (holders[n] is None) == (holders[n - 1] is None):
            continue
        if not {before.category, item.category} <= lex.restated_categories:
            continue
        if _restating_between(doc, before.end, item.start, lex):
            holders[n - 1] = holders[n - 1] or holders[n]
            holders[n] = holders[n] or holders[n - 1]


def _restating_between(doc: Doc, end: int, start: int, lex: Lexicon) -> bool:
    """True when a restatement's mark opens the second figure (", or" or "("), after at most a short phrase of
    lower-case words on the first one ("a share in cash, or")."""
    if start < 1 or start <= end or doc[start - 1].lower_ not in lex.restating_marks:
        return False
    mark = start - 1
    if doc[mark].lower_ != "(":
        if mark < 1 or doc[mark - 1].text != ",":
            return False  # "$5 or $10" are two sums, not one said twice
        mark -= 1
    phrase = [doc[t] for t in range(end, mark)]
    return len(phrase) <= lex.restated_phrase and all(t.is_alpha and t.is_lower and t.lower_ not in lex.verbs
                                                      for t in phrase)


def _list_between(doc: Doc, end: int, start: int, mentions: Mentions, lex: Lexicon) -> bool:
    """True when only a list's comma or "and" stands between two figures, perhaps after a short phrase on the first
    one that opens with a preposition or a participle and holds no verb nor another comma ("in his house, and")."""
    k = start
    while k > end and (doc[k - 1].text == "," or doc[k - 1].lower_ in lex.ellipsis_joiners):
        k -= 1
    if k == start or k - end > lex.listed_phrase:
        return False
    if k > end and doc[end].lower_ not in lex.listed_openers and not _participle(doc[end].text):
        return False  # "two rifles mounted on tripods, 19 guns …": a participle may open it too
    return not any(_breaks_list(doc, t, mentions, lex) for t in range(end + 1, k))


def _participle(word: str) -> bool:
    return word.islower() and word.isalpha() and word.endswith("ed")


def _breaks_list(doc: Doc, t: int, mentions: Mentions, lex: Lexicon) -> bool:
    """True for a verb, or a mark that is no part of a name, inside the phrase after a list's first figure."""
    low = doc[t].lower_
    return low in lex.verbs or low in lex.verb_gap or (not doc[t].is_alpha and mentions.at[t] is None)


def _more_people(doc: Doc, item: Found, lex: Lexicon) -> bool:
    """True for a count of "others" ("five others were wounded") or a bare count of what befell people after "and"
    ("… and three were wounded")."""
    if others(doc, item, lex):
        return True
    if item.head is not None and any(doc[t].lower_ in lex.others for t in range(item.start, item.head)):
        return item.category in lex.shared_place_categories  # "killed Hamas's commander and 12 other fighters"
    bare = item.unit is None and item.cue is not None and item.category in lex.shared_place_categories
    return bare and item.start >= 1 and doc[item.start - 1].lower_ in lex.ellipsis_joiners


_ONE_REACH = 2  # words between a party's name and the person it qualifies ("a Kenyan army soldier")


def _one_of(doc: Doc, j: int, mentions: Mentions, lex: Lexicon) -> str | None:
    """The party of "a/an/one <party> <person>" opening at token j ("a Kenyan soldier", "an Ansar Allah fighter"), or
    of "<party>'s <person>" ("Hamas's top commander")."""
    if j + 1 >= len(doc):
        return None
    owner = mentions.at[j]
    owned = owner is not None and owner.start == j and doc[min(owner.end, len(doc) - 1)].lower_ in _POSSESSIVE
    if doc[j].lower_ not in lex.single_openers and not owned:
        return None
    mention, first = (owner, j) if owned else (mentions.at[j + 1], j + 1)
    if mention is None or mention.start != first or not _holds(mention, lex):
        return None
    for k in range(mention.end + owned, min(mention.end + owned + _ONE_REACH + 1, len(doc))):
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
    first = sentence_start(doc, whole.start)
    if first is None or doc[first].lower_ != "of" or whole.start - first > 2:
        return False
    commas = [k for k in range(whole.end, part.start) if doc[k].text == ","]
    return len(commas) == 1 and not any(doc[k].is_sent_start for k in range(whole.end, part.start + 1))


def _by_party(doc: Doc, by: int, mentions: Mentions) -> Named | None:
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


def _time(doc: Doc, item: Found, times: list[Time], starts: list[int], lex: Lexicon) -> str | None:
    """The nearest time with a period or since role in the figure's sentence ("over the past year")."""
    if not times:
        return None
    first = sentence_start(doc, item.start)
    last = sentence_end(doc, item.end)
    first_char = doc[first].idx if first is not None else doc[max(item.start - _REACH, 0)].idx
    lo, hi = bisect_left(starts, first_char), bisect_right(starts, doc[last - 1].idx + len(doc[last - 1].text))
    anchor = doc[item.start].idx
    best: Time | None = None
    for time in times[lo:hi]:
        if time.role in lex.time_roles and (best is None or abs(time.start - anchor) < abs(best.start - anchor)):
            best = time
    return best.id if best is not None else None


def _points_back(doc: Doc, start: int) -> bool:
    """True when a determiner or possessive before the figure points back to one given before ("the 13 people")."""
    return start > 0 and doc[start - 1].lower_ in _POINTING_BACK


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
