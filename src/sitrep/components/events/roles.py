"""Who did it, to whom, where, when and how many: the entities, times and quantities around a trigger.

The subject side of a trigger (from the start of its clause segment, or the last subordinating word, to the
trigger) gives actors; the object side gives targets (after "on", "against", or as a verb's direct object) and
the place (after "in", "at", ...). Movers (RETREAT, MOBILIZE, PROTEST) take the entity inside their trigger
("a U.S. troop withdrawal", "end the coalition presence") or after its "of" as the actor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitrep.components.events.context import Clause, DocIndex, Item, SpanIndex

_BE = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get", "gets"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
_SKIP_BEFORE = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "both", "all", "some"})


@dataclass(slots=True)
class Trigger:
    """A matched trigger: tokens [start, end), the tokens inside its gaps, its type and mode (not changed once
    made; not frozen, which would make building the thousands of candidates slower)."""

    start: int
    end: int
    type: str
    mode: str
    nominal: bool
    inner: frozenset[int] = frozenset()
    addressed: bool = False
    own: frozenset[int] = field(init=False, repr=False, compare=False)  # its tokens not inside its gaps

    def __post_init__(self) -> None:
        self.own = frozenset(range(self.start, self.end)) - self.inner


@dataclass(slots=True)
class Roles:
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    location: str | None = None
    time: str | None = None
    quantities: list[str] = field(default_factory=list)
    first: int = 0
    last: int = 0


@dataclass(frozen=True, slots=True)
class RoleWords:
    """The word lists of `event_cues.toml` [roles] and [clause] that role finding uses."""

    location: frozenset[str]
    target: frozenset[str]
    actor: frozenset[str]
    coordination: frozenset[str]
    actor_kinds: frozenset[str]
    location_kinds: frozenset[str]
    openers: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> RoleWords:
        roles, clause = data["roles"], data["clause"]
        return cls(
            location=frozenset(roles["location"]),
            target=frozenset(roles["target"]),
            actor=frozenset(roles["actor"]),
            coordination=frozenset(roles["coordination"]),
            actor_kinds=frozenset(roles["actor_kinds"]),
            location_kinds=frozenset(roles["location_kinds"]),
            openers=frozenset(clause["openers"]),
        )


class RoleFinder:
    """Finds the roles of every trigger of one Doc."""

    def __init__(
        self, index: DocIndex, words: RoleWords, movers: frozenset[str], passives: frozenset[str] = frozenset()
    ) -> None:
        self.index = index
        self.words = words
        self.movers = movers
        self.passives = passives
        self.lower = index.lower
        self.agents = words.actor_kinds
        self._not_subject = words.location | words.target | {"for", "from"}
        # The mentions that can act, indexed once per Doc rather than filtered again for every trigger.
        self.agent_mentions = SpanIndex(m for m in index.mentions.items if m.kind in self.agents)
        self.place_mentions = SpanIndex(m for m in index.mentions.items if m.kind in words.location_kinds)

    def find(self, trig: Trigger, clause: Clause, busy: list[tuple[int, int]]) -> Roles:
        """The roles of `trig` in its sentence; `busy` are the token ranges of the sentence's triggers."""
        seg = clause.segment_of(trig.start)
        subj_start = self._subject_start(seg[0], trig.start)
        obj_end = self._object_end(trig.end, seg[1])
        roles = Roles(first=trig.start, last=trig.end)
        self._actors_and_targets(roles, trig, clause, (subj_start, obj_end))
        roles.location = self._location(roles, trig, clause, (subj_start, obj_end), busy)
        roles.time = self._time(roles, trig, clause, (subj_start, obj_end), busy)
        roles.quantities = self._quantities(roles, trig, seg, busy)
        return roles

    # -- clause limits ------------------------------------------------------------------------------------
    def _subject_start(self, seg_start: int, trig_start: int) -> int:
        for i in range(trig_start - 1, seg_start - 1, -1):
            if self.lower[i] in self.words.openers:
                return i + 1
        return seg_start

    def _object_end(self, trig_end: int, seg_end: int) -> int:
        for i in range(trig_end, seg_end):
            if self.lower[i] in self.words.openers:
                return i
        return seg_end

    def _prep(self, item: Item, own: frozenset[int] = frozenset()) -> str | None:
        """The preposition (or other word) right before a mention, skipping determiners; a trigger's own
        words (`own`: "reduction in ... presence") are not prepositions of its arguments."""
        i = item.start - 1
        while i >= 0 and self.lower[i] in _SKIP_BEFORE:
            i -= 1
        return self.lower[i] if i >= 0 and i not in own else None

    # -- actors and targets -------------------------------------------------------------------------------
    def _actors_and_targets(self, roles: Roles, trig: Trigger, clause: Clause, span: tuple[int, int]) -> None:
        mover = trig.type in self.movers
        inner = self.agent_mentions.within(trig.start, trig.end)
        after = self.agent_mentions.within(trig.end, span[1])
        of_arg = self._of_argument(trig, after)
        passive = self._passive(trig)
        by_arg = [m for m in after if self._prep(m) in self.words.actor and m.start - trig.end <= 3]
        if not (trig.nominal or passive):
            by_arg = []
        actors: list[Item] = []
        targets: list[Item] = []
        own = trig.own
        if mover:
            actors = [m for m in inner if self._prep(m, own) not in self.words.location] or of_arg
        else:
            targets += of_arg
        if trig.addressed or (passive and not mover):
            targets += self._subject(trig, span[0], clause)
            actors = by_arg or (self._speaker(trig, clause) if trig.addressed else [])
        else:
            actors = actors or by_arg or self._prenominal(trig) or self._subject(trig, span[0], clause)
        targets += self._objects(trig, after, skip=set(of_arg) | set(by_arg))
        roles.actors = self._ids(actors)
        roles.targets = [t for t in self._ids(targets) if t not in roles.actors]
        self._stretch(roles, actors + targets)

    def _passive(self, trig: Trigger) -> bool:
        """A verb after a form of "be" ("were killed", "has been arrested")."""
        if trig.nominal or trig.type not in self.passives:
            return False
        first = self.lower[trig.start]
        before = self.lower[trig.start - 1] if trig.start else ""
        return first in _BE or (before in _BE and first.endswith(("ed", "en", "wn", "ht")))

    def _speaker(self, trig: Trigger, clause: Clause) -> list[Item]:
        """The sentence's first agent before the trigger's clause ("Russia said that Sudan must ...")."""
        opening = self.agent_mentions.within(clause.start, trig.start)
        return self._group(opening, 0) if opening else []

    def _of_argument(self, trig: Trigger, after: list[Item]) -> list[Item]:
        """Entities of the noun phrase after "of" that ends a nominal trigger ("withdrawal of U.S. troops")."""
        has_of = self.lower[trig.end - 1] == "of" or (trig.end < len(self.lower) and self.lower[trig.end] == "of")
        if not (trig.nominal and has_of) or not after:
            return []
        first = after[0]
        between = range(trig.end, first.start)
        if any(self.lower[i] in self.words.location or self.lower[i] in self.words.openers for i in between):
            return []
        return self._group(after, 0)

    def _prenominal(self, trig: Trigger) -> list[Item]:
        """An entity right before a nominal trigger ("Israeli air strikes", "Iraq's withdrawal")."""
        if not trig.nominal:
            return []
        before = self.agent_mentions.within(max(trig.start - 3, 0), trig.start)
        if not before or before[-1].end < trig.start - 1:
            return []
        last = before[-1]
        gap = [self.lower[i] for i in range(last.end, trig.start)]
        return [last] if all(w in ("'s", "’s", "military", "troop", "forces") for w in gap) else []

    def _subject(self, trig: Trigger, subj_start: int, clause: Clause) -> list[Item]:
        """The entity group nearest before the trigger in its clause, else the sentence's opening subject."""
        side = self.index.mentions.within(subj_start, trig.start)
        eligible = [i for i, m in enumerate(side) if m.kind in self.agents and self._prep(m) not in self._not_subject]
        if eligible:
            group = self._group(side, eligible[-1])
            first = side.index(group[0])
            earlier = [i for i in eligible if i < first]
            if earlier and self._prep(group[0]) == "of":  # "the Turkish and Greek sides of Cyprus agreed"
                return self._group(side, earlier[-1])
            return group
        metonymic = [i for i, m in enumerate(side) if self._place_as_actor(m)]
        if metonymic:
            return self._group(side, metonymic[-1])
        if self._subordinate(subj_start, clause.segment_of(trig.start)[0]):
            return []  # the trigger's clause is subordinate ("a timeline where ... would end"): its subject is its own
        opening = self.agent_mentions.within(clause.start, subj_start)
        if opening and self._prep(opening[0]) not in self._not_subject:
            return self._group(opening, 0)
        return []

    def _subordinate(self, subj_start: int, seg_start: int) -> bool:
        """The subject side starts after an opener ("where", "that"), also across a quote mark that opens the
        segment ("relationships that "support ...")."""
        if subj_start != seg_start:
            return True
        at = seg_start - 1
        return at >= 1 and self.lower[at] in _QUOTE_MARKS and self.lower[at - 1] in self.words.openers

    def _place_as_actor(self, m: Item) -> bool:
        """With no other subject, a place or country stands for its government or people: "Berlin rejected",
        "Security forces in Guinea tortured", "Rebels in the Ivory Coast blocked"."""
        if m.kind not in self.words.location_kinds:
            return False
        prep = self._prep(m)
        return prep in ("in", "of") or (prep not in self.words.location and prep not in self.words.target)

    def _objects(self, trig: Trigger, after: list[Item], skip: set[Item]) -> list[Item]:
        found: list[Item] = []
        for i, m in enumerate(after):
            if m in skip:
                continue
            if self._target(trig, m, first=i == 0):
                found += self._group(after, i)
        return found

    def _target(self, trig: Trigger, m: Item, *, first: bool) -> bool:
        """After "on", "against", ... (but not "at"/"over" before a place), or a verb's direct object."""
        prep = self._prep(m)
        if prep in self.words.target:
            return not (prep in self.words.location and m.kind in self.words.location_kinds)
        direct = not trig.nominal and first and (prep is None or m.start - trig.end <= 2)
        return direct and prep not in self.words.location and prep not in ("of", "for")

    def _group(self, items: list[Item], at: int) -> list[Item]:
        """The mention at `at` with the mentions coordinated with it ("the U.S. and Iraq", "A, B and C")."""
        lo = hi = at
        while lo > 0 and self._coordinated(items[lo - 1], items[lo]):
            lo -= 1
        while hi + 1 < len(items) and self._coordinated(items[hi], items[hi + 1]):
            hi += 1
        return items[lo : hi + 1]

    def _coordinated(self, left: Item, right: Item) -> bool:
        words = [self.lower[i] for i in range(left.end, right.start)]
        titled = [self.index.is_title(i) for i in range(left.end, right.start)]  # "and President X"
        if not words or not all(w in self.words.coordination or t for w, t in zip(words, titled, strict=True)):
            return False
        return "and" in words or "&" in words or words == [","]

    def _ids(self, items: list[Item]) -> list[str]:
        ids: list[str] = []
        for m in items:
            resolved = self.index.resolve.get(m.id, m.id)
            if resolved not in ids:
                ids.append(resolved)
        return ids

    # -- place, time, quantities --------------------------------------------------------------------------
    def _location(
        self, roles: Roles, trig: Trigger, clause: Clause, span: tuple[int, int], busy: list[tuple[int, int]]
    ) -> str | None:
        for start, end in (trig.start, trig.end), (trig.end, span[1]), (span[0], trig.start):
            found = self._place(trig, start, end)
            if found is not None:
                break
        else:
            later = (seg for seg in clause.segments if seg[0] >= span[1] and not _holds_trigger(seg, busy))
            found = next((m for seg in later if (m := self._place(trig, *seg)) is not None), None)
        if found is None:
            return None
        self._stretch(roles, [found])
        return self.index.resolve.get(found.id, found.id)

    def _place(self, trig: Trigger, start: int, end: int) -> Item | None:
        """The first place, or country after "in", "at", ..., that starts in [start, end)."""
        for m in self.place_mentions.within(start, end):
            if m.kind == "place" or self._prep(m, trig.own) in self.words.location:
                return m
        return None

    def _time(
        self, roles: Roles, trig: Trigger, clause: Clause, span: tuple[int, int], busy: list[tuple[int, int]]
    ) -> str | None:
        """The nearest time in the trigger's clause, else in a later segment or an opening one with no trigger."""
        seg = clause.segment_of(trig.start)
        own = self.index.times.within(span[0], span[1])
        if own:
            best = min(own, key=lambda t: _distance(t, trig))
            self._stretch(roles, [best])
            return best.id
        for other in clause.segments:
            if other == seg or not (other[0] > seg[0] or other == clause.segments[0]):
                continue
            found = self.index.times.within(other[0], other[1])
            if found and not _holds_trigger(other, busy):
                self._stretch(roles, found[:1])
                return found[0].id
        return None

    def _quantities(self, roles: Roles, trig: Trigger, seg: tuple[int, int], busy: list[tuple[int, int]]) -> list[str]:
        lo = max([e for s, e in busy if e <= trig.start and e > seg[0]], default=seg[0])
        hi = min([s for s, e in busy if s >= trig.end and s < seg[1]], default=seg[1])
        found = [q for q in self.index.quantities.within(lo, hi) if q.kind != "distance"]
        self._stretch(roles, found)
        return [q.id for q in found]

    @staticmethod
    def _stretch(roles: Roles, items: list[Item]) -> None:
        for item in items:
            roles.first = min(roles.first, item.start)
            roles.last = max(roles.last, item.end)


def _distance(item: Item, trig: Trigger) -> int:
    if item.end <= trig.start:
        return trig.start - item.end
    if item.start >= trig.end:
        return item.start - trig.end
    return 0


def _holds_trigger(seg: tuple[int, int], busy: list[tuple[int, int]]) -> bool:
    return any(seg[0] <= s < seg[1] for s, _ in busy)
