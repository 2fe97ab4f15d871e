"""One event per happening: the clauses of an article that report the same happening (the headline, the body, a
caption, a later paragraph) become the `mentions` of one event.

Two events are one happening when they have the same type, the same modality (a reported and an asserted statement
of it agree; so do an act and its purpose of the same type, nested, by one actor: "marched to protest"), share a
participant (or one of them names none), and do not disagree on the place or the date; clauses nested in one another
that do not name two different actors are one happening, of an attack whatever their targets ("shelled the city,
wounding six civilians"; "the attack, which killed 14, was carried out by X"), of other types unless they name two
different targets and only one names an actor. Sides agree through the country or body a party acts for; a
headline's unnamed doer agrees with the body's named one; doers described, not named, who took the same toll are one
("gunmen abduct 14 passengers", then "armed men kidnapped 14 travellers"); a body that retells a headline's act with
no doer, done to unnamed parties, tells the headline's ("Taliban free U.S. contractor", then "The man was
released"); one casualty toll told twice is one happening whatever its victims are called (and, by one side to the
same victims, whatever places the two clauses name; with no doers or victims that clash, whatever else they
name); a headline's event still alone once the body's clauses have pooled their participants goes to the body's
event it tells; those hurt "in the attack" with no doer named are the toll of the latest attack that names one; a
claim of responsibility goes to the latest attack with no named doer that was not the attackers'
own loss (a denied claim, "no group has claimed", is no event); a later clause of the body with no doer, whose only
parties point back with "the" to those an act was done to, retells it ("police arrested a cartel leader", then "The
suspect ... was detained"). A clause that names no party, opens with "a" or "another" and holds a later clause of
its type merges only with clauses it shares characters with or that name no party either (it tells the later one's
happening, told as new). The evidence is the first clause of the body that reports it, the widest of those starting
there (a headline or a caption is telegraphic), else the first clause; the others add their participants, place,
time and figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import NamedTuple

from sitrep.components.events.roles import party_head, unnamed_key
from sitrep.record import Event


@dataclass(frozen=True, slots=True)
class Areas:
    """The country of each place (`within`), and the places that stand for a whole country or a region of it
    (`broad`: the country itself, "northern Afghanistan"), with that country."""

    within: dict[str, str] = field(default_factory=dict)
    broad: dict[str, str] = field(default_factory=dict)
    qualified: dict[str, str] = field(default_factory=dict)  # "El Paso, Texas": El Paso -> Texas
    places: frozenset[str] = frozenset()  # the towns and regions named (no country, no party)

    def agree(self, a: str, b: str) -> bool:
        """Whether two places may be where one happening was: the same, one a country or a region of it and the
        other in that country ("Taliban seize key district in northern Afghanistan", then "in Kunduz"), or one
        the place the text qualifies the other by ("at Texas mall", then "in El Paso, Texas")."""
        qualifying = b == self.qualified.get(a) or a == self.qualified.get(b)
        return a == b or self._holds(a, b) or self._holds(b, a) or qualifying

    def _holds(self, wide: str, narrow: str) -> bool:
        return wide in self.broad and self.within.get(narrow, narrow) == self.broad[wide]

class Claims(NamedTuple):
    """What marks a claim of responsibility for an attack told before: its phrases ("claimed responsibility for"),
    the attack nouns it points back to ("the strike"), and the head words of the parties who attack ("attacker"),
    whose own losses no claim is for."""

    phrases: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    attackers: frozenset[str] = frozenset()


_NO_CLAIMS = Claims()
_AGREEING = {"reported": "asserted"}
# Types whose nested clauses name one happening's place and its victims as two targets ("shelled Kharkiv,
# wounding six civilians"); of other types, two nested clauses with other targets, one with an actor and one with
# none, are two happenings ("their release came hours after the government freed three prisoners"; but "was
# arrested with eight men seized at a hotel" is one).
_PLACE_OR_VICTIM = frozenset({"ASSAULT"})
_PURPOSE_GAP = 4  # characters between an act's clause and its purpose right after it (" to ")
_INDEFINITE = frozenset({"a", "an", "another"})  # "A drone hit ...": something not told before
_DEFINITE = frozenset({"The", "the"})  # "The man was released": someone told before
_POINTING = frozenset({"the", "this", "that", "these", "those", "its", "their"})  # "for the strike", "for its attack"
_MAX_COMPARED = 64  # a happening is looked for among the latest events of its type only: linear on any input
_HEADLINES = frozenset({"headline", "subtitle"})
_RANK = {"body": 0, "caption": 1}  # which section's clause becomes the evidence; headlines and the rest after


def merge(
    events: Sequence[Event],
    time_values: dict[str, str],
    section_at: Callable[[int], str],
    sides: dict[str, str] | None = None,
    areas: Areas | None = None,
    sentence_at: Callable[[int], int] | None = None,
    claims: Claims = _NO_CLAIMS,
    tolls: dict[str, tuple[str, float]] | None = None,
    retellers: frozenset[str] = frozenset(),
) -> list[Event]:
    """The events with those reporting one happening merged (in text order of their first clause), each with
    its evidence chosen by `section_at` (the section kind at a character offset); `sides` maps a person or an
    organisation to the country it belongs to: two actors of one country do not disagree ("U.S. forces killed
    X" and "the U.S. military said ... killing X"); `areas` tells which places agree; `sentence_at` numbers the
    sentence of a character, for attacks one sentence tells twice; `claims` are the phrases and attack nouns of a
    claim of responsibility for an attack told before; `tolls` gives the category and value of each casualty
    figure: two events of one type that give the same toll are one happening whatever names their victims;
    `retellers` are the head words by which a later clause of the body points back to an act's victims ("The
    suspect ... was detained")."""
    kept: list[Event] = []
    tolls = tolls or {}
    by_type: dict[str, list[Event]] = {}
    sides = sides or {}
    areas = areas or Areas()
    ordered = sorted(events, key=lambda e: e.evidence.start)
    for at, event in enumerate(ordered):
        if event.modality == "negated" and _claim(event, claims):
            continue  # "No group has claimed responsibility for the raid": no one owns it, nothing was done
        if not event.mentions:
            event.mentions = [event.evidence]
        same = by_type.setdefault(event.type, [])
        recent = same[-_MAX_COMPARED:][::-1]
        if not (event.actors or event.targets) and _indefinite(event) and _holds_later(event, ordered, at):
            # "A drone hit a block, killing two": a clause that names no party, told as something new, waits for
            # the one it holds, and is no earlier attack's ("The attack, which killed two, ..." may be)
            recent = [e for e in recent if _overlapping(e, event) or not (e.actors or e.targets)]
        if sentence_at is not None and event.type not in _PLACE_OR_VICTIM:
            # "sealed off the district and detained several men": two acts one sentence tells side by side
            recent = [e for e in recent if not _side_by_side(e, event, sentence_at)]
        into = next((e for e in recent if _one(e, event, time_values, sides, areas, section_at, tolls)), None)
        if into is None and retellers:  # "Police arrested a cartel leader", then "The suspect ... was detained"
            into = next((e for e in recent if _retold_in_body(e, event, retellers, time_values, areas)), None)
        if into is None and sentence_at is not None:  # one sentence's clauses only when nothing else tells it
            into = next((e for e in recent if _told_together(e, event, time_values, areas, sentence_at)), None)
        if into is None and _claim(event, claims):  # "... The group claimed responsibility for the strike."
            unclaimed = (
                e
                for e in recent
                if _unclaimed(e, claims.attackers) and _same_where_and_when(e, event, time_values, areas)
            )
            into = next(unclaimed, None)
        if into is None and _toll_of_told(event, claims):  # "At least 10 people were killed in the attack"
            into = next((e for e in recent if e.actors and _same_where_and_when(e, event, time_values, areas)), None)
        if into is None:
            same.append(event)
            kept.append(event)
        else:
            _absorb(into, event)
    one = partial(_one, time_values=time_values, sides=sides, areas=areas, section_at=section_at, tolls=tolls)
    retold = partial(_headline_retold, time_values=time_values, sides=sides, areas=areas)
    kept = _headlines_told_below(kept, one, retold, section_at)
    for event in kept:
        _choose_evidence(event, section_at)
    return sorted(kept, key=lambda e: e.evidence.start)


def _headlines_told_below(
    kept: list[Event],
    one: Callable[[Event, Event], bool],
    retold: Callable[[Event, Event], bool],
    section_at: Callable[[int], str],
) -> list[Event]:
    """A headline's event left alone goes to the body's event it tells, now that the body's clauses of one happening
    have pooled their participants ("Army shelling kills 14", then "14 people were killed when the army shelled a
    market": the body's toll and its doer are one event only once both clauses are read); else to the body's first
    event of its type that `retold` says it tells in other words ("US imposes sanctions on Iranian oil network",
    then "The United States imposed sanctions on more than 20 companies")."""
    body: dict[str, list[Event]] = {}
    for event in kept:
        if not _in_headlines(event, section_at):
            body.setdefault(event.type, []).append(event)
    gone: set[int] = set()
    for event in kept:
        if not _in_headlines(event, section_at):
            continue
        below = body.get(event.type, [])
        into = next((e for e in below[:_MAX_COMPARED] if one(e, event)), None)
        if into is None and below and retold(below[0], event):
            into = below[0]
        if into is not None:
            _absorb(into, event)
            gone.add(id(event))
    return [e for e in kept if id(e) not in gone]


def _headline_retold(
    body: Event, headline: Event, time_values: dict[str, str], sides: dict[str, str], areas: Areas
) -> bool:
    """Whether the body's first event of a headline's type, of the same kind, tells the headline's act with other
    words for whom it was done to: a named doer they share, and place, date and modality that agree."""
    if body.mode != headline.mode or not _agreeing(body, headline, time_values, areas):
        return False
    named = {s for s in _sides(headline.actors, sides) if not unnamed_key(s)}
    return bool(named & set(_sides(body.actors, sides)))


def _indefinite(event: Event) -> bool:
    """Whether an event's clause opens with an indefinite article ("A drone hit ...", "Another blast ..."): told as
    a happening not told before."""
    return _first_word(event).lower() in _INDEFINITE


def _first_word(event: Event) -> str:
    """The first word of an event's clause, as written ("" for none)."""
    words = event.evidence.text.split(maxsplit=1)
    return words[0] if words else ""


def _holds_later(event: Event, ordered: Sequence[Event], at: int) -> bool:
    """Whether a clause of the same type that starts later inside this event's clause follows (of the next
    `_MAX_COMPARED` events)."""
    for other in ordered[at + 1 : at + 1 + _MAX_COMPARED]:
        if other.evidence.start >= event.evidence.end:
            return False
        if other.type == event.type:
            return True
    return False


def _choose_evidence(event: Event, section_at: Callable[[int], str]) -> None:
    best = min(event.mentions, key=lambda m: (_RANK.get(section_at(m.start), 2), m.start, m.start - m.end))
    event.mentions = [best, *(m for m in event.mentions if m is not best)]
    event.evidence = best


def _one(
    a: Event,
    b: Event,
    time_values: dict[str, str],
    sides: dict[str, str],
    areas: Areas,
    section_at: Callable[[int], str],
    tolls: dict[str, tuple[str, float]],
) -> bool:
    if not _agreeing(a, b, time_values, areas) and not _one_toll_one_side(a, b, tolls, sides):
        return False
    nested = _overlapping(a, b) and _together(a, b)
    if nested and (a.type in _PLACE_OR_VICTIM or not _clash(a.targets, b.targets) or bool(a.actors) == bool(b.actors)):
        return True  # "shelled Kharkiv overnight, wounding six civilians": one clause nested in the other
    within = _within(a.targets, b.targets, sides) or _within(b.targets, a.targets, sides)
    named_later = _unnamed_doer(a, b, section_at)
    described = _described_doers(a, b) and _same_toll(a, b, tolls)  # "gunmen abduct 14", "armed men kidnapped 14"
    if _clash(_sides(a.actors, sides), _sides(b.actors, sides)) and not named_later and not described:
        return False
    retold = _retold_unnamed(a, b, section_at)  # "Taliban free U.S. contractor", then "The man was released"
    clash = _clash(a.targets, b.targets) and not _where_not_whom(a, b, areas)
    if clash and not within and not _same_toll(a, b, tolls) and not retold:
        return False
    shared = set(_sides(a.actors, sides)) & set(_sides(b.actors, sides)) or set(a.targets) & set(b.targets) or within
    shared = shared or named_later or described or retold or _toll_told_twice(a, b, tolls)  # "kills 20", "20 ..."
    return bool(shared) or not (a.actors or a.targets) or not (b.actors or b.targets)


def _purpose(a: Event, b: Event) -> bool:
    """Whether one of two nested clauses of one actor is the purpose of the other, done: "marched through the city
    to protest the killings" is one protest, held."""
    modalities = {_AGREEING.get(a.modality, a.modality), _AGREEING.get(b.modality, b.modality)}
    if modalities != {"planned", "asserted"} or not set(a.actors) & set(b.actors):
        return False
    planned, done = (a, b) if a.modality == "planned" else (b, a)
    # the purpose inside the act's clause, or right after it ("rallied on Friday to protest against ...", where the
    # parse ended the act's clause before its purpose)
    return all(
        any(n.start <= m.start and (m.end <= n.end or m.start - n.end <= _PURPOSE_GAP) for n in done.mentions)
        for m in planned.mentions
    )


def _told_together(
    a: Event, b: Event, time_values: dict[str, str], areas: Areas, sentence_at: Callable[[int], int]
) -> bool:
    """Whether two attacks one sentence tells, with sides that agree, are one ("three soldiers were killed and dozens
    wounded in a drone attack on a base"; not "the attack on the embassy and attacks on citizens")."""
    if a.type not in _PLACE_OR_VICTIM or not _agreeing(a, b, time_values, areas):
        return False
    return _together(a, b) and not _clash(a.targets, b.targets) and _one_sentence(a, b, sentence_at)


def _agreeing(a: Event, b: Event, time_values: dict[str, str], areas: Areas) -> bool:
    """Whether two events agree in modality (or one is the other's purpose), place and date."""
    if _AGREEING.get(a.modality, a.modality) != _AGREEING.get(b.modality, b.modality) and not _purpose(a, b):
        return False
    return _same_where_and_when(a, b, time_values, areas)


def _together(a: Event, b: Event) -> bool:
    """Whether two events share an actor or one of them names none."""
    return bool(set(a.actors) & set(b.actors)) or not a.actors or not b.actors


def _same_where_and_when(a: Event, b: Event, time_values: dict[str, str], areas: Areas) -> bool:
    """Whether two events' places and dates agree (or one of them gives none)."""
    if a.location and b.location and not areas.agree(a.location, b.location):
        return False
    times = (time_values.get(a.time or ""), time_values.get(b.time or ""))
    return not (_dated(times[0]) and _dated(times[1]) and times[0] != times[1])


def _claim(event: Event, claims: Claims) -> bool:
    """Whether an event is a party's claim, with no target of its own, of an attack told before: "claimed
    responsibility for the strike", its noun right after a determiner or a possessive."""
    phrases, nouns = claims.phrases, claims.nouns
    if not event.actors or event.targets:
        return False
    text = event.evidence.text.lower()
    for phrase in phrases:
        at = text.find(phrase)
        words = text[at + len(phrase) :].split()[:2] if at >= 0 else []
        if len(words) == 2 and words[1].strip(".,;:") in nouns and (words[0] in _POINTING or words[0].endswith("'s")):
            return True
    return False


def _toll_of_told(event: Event, claims: Claims) -> bool:
    """Whether an event with no doer tells who was hurt "in" an attack told before, pointed at with a determiner
    ("At least 10 people were killed in the attack", "two guards died during the raid"): that attack's toll."""
    if event.actors or not event.targets:
        return False
    words = [w.strip(".,;:") for w in event.evidence.text.lower().split()]
    for at, word in enumerate(words[:-1]):
        if word in ("in", "during") and words[at + 1] in _POINTING:
            rest = words[at + 2 : at + 4]
            if any(w in claims.nouns for w in rest):
                return True
    return False


def _unnamed_doer(a: Event, b: Event, section_at: Callable[[int], str]) -> bool:
    """Whether a headline names the doer of what was done to a party the body names too only by an unnamed party
    ("Police arrest three men over plot", then "German police arrested three men"): the body may say who they
    are (not two clauses of the body: "opposition leaders urged Mugabe to go", "Tsvangirai said he must")."""
    for told, other in ((a, b), (b, a)):
        headline = _in_headlines(told, section_at)
        same_targets = set(told.targets) & set(other.targets) or not (told.targets or other.targets)
        if headline and all(unnamed_key(x) for x in told.actors) and same_targets:
            return True  # (or neither names a target: "Thai and Cambodian troops clash on disputed border")
    return False


def _one_toll_one_side(a: Event, b: Event, tolls: dict[str, tuple[str, float]], sides: dict[str, str]) -> bool:
    """Whether two events of one modality give the same toll, done by one side to the same victims ("Indian troops
    kill three militants in Kashmir", then "Indian security forces killed three militants ... in Kupwara"): one
    happening, whatever places the two name (a region and a town in it the gazetteer does not tie)."""
    if _AGREEING.get(a.modality, a.modality) != _AGREEING.get(b.modality, b.modality):
        return False
    same_side = set(_sides(a.actors, sides)) & set(_sides(b.actors, sides))
    return bool(same_side) and bool(set(a.targets) & set(b.targets)) and _same_toll(a, b, tolls)


def _in_headlines(event: Event, section_at: Callable[[int], str]) -> bool:
    """Whether every clause of an event is in the headline or the subtitle."""
    return all(section_at(m.start) in _HEADLINES for m in event.mentions or [event.evidence])


def _retold_unnamed(a: Event, b: Event, section_at: Callable[[int], str]) -> bool:
    """Whether the body retells a headline's act, the same act, with no doer and only parties it was done to that
    it names as ones told before ("Taliban free U.S. contractor", then "The man was released on Tuesday"): the
    body's description is the headline's party (not "at least 60 people were injured" after "storm parliament")."""
    if a.mode != b.mode:
        return False
    for told, other in ((a, b), (b, a)):
        headline = _in_headlines(told, section_at)
        body = not any(section_at(m.start) in _HEADLINES for m in other.mentions or [other.evidence])
        unnamed = bool(other.targets) and all(unnamed_key(t) for t in other.targets)
        definite = _first_word(other) in _DEFINITE
        if headline and body and told.actors and not other.actors and unnamed and definite:
            return True
    return False


def _retold_in_body(
    told: Event, other: Event, retellers: frozenset[str], time_values: dict[str, str], areas: Areas
) -> bool:
    """Whether a later clause, with no doer, retells an act told before by pointing back to the ones it was done to
    ("Mexican police arrested a cartel leader", then "The suspect, who is wanted in the US, was detained at a
    ranch"): same kind of act, agreeing in modality, place and date, its only parties "the" and a word of
    `retellers`."""
    if told.mode != other.mode or not told.actors or not told.targets or other.actors or not other.targets:
        return False
    if _first_word(other) not in _DEFINITE or "again" in other.evidence.text.split():
        return False  # (not "The men were arrested again")
    if not all(party_head(t) in retellers for t in other.targets):
        return False
    return _agreeing(told, other, time_values, areas)


def _where_not_whom(a: Event, b: Event, areas: Areas) -> bool:
    """Whether one of two events of one mode names only places as its targets ("retook the town of X", then
    "retakes town from rebels"): where it was done, which no party done to disagrees with (not "rounded up
    civilians" and "set fire to the city": two acts)."""
    return a.mode == b.mode and any(e.targets and all(t in areas.places for t in e.targets) for e in (a, b))


def _described_doers(a: Event, b: Event) -> bool:
    """Whether both events have doers, and only unnamed ones ("gunmen", "armed men"): descriptions that may be of
    the same people."""
    return bool(a.actors and b.actors) and all(unnamed_key(x) for x in [*a.actors, *b.actors])


def _same_toll(a: Event, b: Event, tolls: dict[str, tuple[str, float]]) -> bool:
    """Whether two events give one toll, a figure of the same category and value ("kills 7 dissident rebels",
    then "killed seven members of a faction"): the same victims, named two ways."""
    mine = {tolls[q] for q in a.quantities if q in tolls}
    return bool(mine) and any(tolls.get(q) in mine for q in b.quantities)


def _toll_told_twice(a: Event, b: Event, tolls: dict[str, tuple[str, float]]) -> bool:
    """Whether two events give one toll in two figures of their own ("kills at least 20", then "At least 20 people
    were killed"), not one figure that two nested clauses share."""
    mine = {(q, tolls[q]) for q in a.quantities if q in tolls}
    return any(tolls.get(q) == toll and q != own for q in b.quantities for own, toll in mine)


def _unclaimed(event: Event, attackers: frozenset[str]) -> bool:
    """Whether an attack names no doer but an unnamed one ("militants stormed a checkpoint"), and was not done to
    the attackers by no one named ("six attackers were killed": their own losses are no one's claim)."""
    if any(not unnamed_key(a) for a in event.actors):
        return False
    heads = {party_head(t) for t in event.targets if unnamed_key(t)}
    return bool(event.actors) or not event.targets or not heads <= attackers


def _within(countries: list[str], others: list[str], sides: dict[str, str]) -> bool:
    """Whether one event's target is the country another's targets belong to ("the United States" and "U.S.
    forces"; not "the U.S. embassy" and "U.S. citizens", two of one country's)."""
    return bool(others) and all(sides.get(t) in countries for t in others)


def _one_sentence(a: Event, b: Event, sentence_at: Callable[[int], int]) -> bool:
    """Whether a clause of one event is in the sentence of a clause of the other."""
    return bool({sentence_at(m.start) for m in a.mentions or [a.evidence]} & {
        sentence_at(m.start) for m in b.mentions or [b.evidence]
    })


def _side_by_side(a: Event, b: Event, sentence_at: Callable[[int], int]) -> bool:
    """Whether two events of one type but of two kinds ("sealed off" and "detained") are told by two clauses of one
    sentence that do not overlap: two acts, not one told twice."""
    return a.mode != b.mode and _one_sentence(a, b, sentence_at) and not _overlapping(a, b)


def _overlapping(a: Event, b: Event) -> bool:
    """Whether a clause of one event shares characters with a clause of the other."""
    return any(
        m.start < n.end and n.start < m.end for m in a.mentions or [a.evidence] for n in b.mentions or [b.evidence]
    )


def _dated(value: str | None) -> bool:
    """A calendar value ("2024-09-27", "2019"), not a duration or a vague reference."""
    return value is not None and value[:4].isdigit()


def _sides(actors: list[str], sides: dict[str, str]) -> list[str]:
    """The actors with the country each belongs to."""
    return [*actors, *(sides[a] for a in actors if a in sides)]


def _clash(left: list[str], right: list[str]) -> bool:
    return bool(left) and bool(right) and not set(left) & set(right)


def _absorb(into: Event, other: Event) -> None:
    into.mentions = sorted([*into.mentions, *other.mentions], key=lambda m: m.start)
    into.actors += [a for a in other.actors if a not in into.actors]
    into.targets += [t for t in other.targets if t not in into.targets and t not in into.actors]
    into.location = into.location or other.location
    into.time = into.time or other.time
    into.quantities += [q for q in other.quantities if q not in into.quantities]
    if into.modality == "reported" and other.modality == "asserted":
        into.modality = "asserted"
    if into.modality == "planned" and other.modality in ("asserted", "reported"):
        into.modality = other.modality  # the purpose of an act done, done with it
