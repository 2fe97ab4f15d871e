"""Whether an event happened: negated, possible, planned, reported or asserted.

Cues come from `data/event_cues.toml` [modality]. A negation cue before the trigger in its clause segment (or in
a gap inside the trigger) negates it; a `possible` cue reaches a few tokens ("could lead to a reduction"); a
`planned` cue reaches to the end of the sentence or a contrast ("agreed to end ... and maintain ..."). Where
both possible and planned apply, the nearer cue wins. `reported` is an event stated only inside a quote or a
clause attributed to a speaker. Precedence: negated > possible/planned > reported > asserted."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from sitrep.components.events.context import Clause, DocIndex
from sitrep.components.events.roles import Trigger

NEGATED, POSSIBLE, PLANNED, REPORTED, ASSERTED = "negated", "possible", "planned", "reported", "asserted"
_QUOTE_MARKS = frozenset({'"', "“", "”"})


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue matches of one Doc by kind, each a sorted list of token ranges."""

    negated: list[tuple[int, int]]
    possible: list[tuple[int, int]]
    planned: list[tuple[int, int]]
    reported: list[tuple[int, int]]


class ModalityFinder:
    """Decides the modality of each trigger of one Doc."""

    def __init__(
        self,
        index: DocIndex,
        cues: Cues,
        *,
        window: int,
        segment_breaks: frozenset[str],
        scope_breaks: frozenset[str],
    ) -> None:
        self.index = index
        self.cues = cues
        self.window = window
        self.lower = index.lower
        self.segment_breaks = segment_breaks
        self.scope_breaks = scope_breaks
        self.marks = index.words.where(_QUOTE_MARKS)

    def modality(self, trig: Trigger, clause: Clause, *, headline: bool = False) -> str:
        """The modality of one trigger; in a headline "X to do Y" is planned."""
        seg = clause.segment_of(trig.start)
        if self._negated(trig, seg):
            return NEGATED
        if headline and not trig.nominal and trig.start > clause.start and self.lower[trig.start - 1] == "to":
            return PLANNED
        hedge = self._hedge(trig, clause)
        if hedge:
            return hedge
        if self._reported(trig, clause):
            return REPORTED
        return ASSERTED

    def _cues_before(self, found: list[tuple[int, int]], start: int, trig: Trigger) -> list[tuple[int, int]]:
        """Cues that start in [start, trigger end) and are not the trigger's own words."""
        lo = bisect_left(found, (start, 0))
        hi = bisect_left(found, (trig.end, 0))
        own = trig.own
        return [c for c in found[lo:hi] if own.isdisjoint(range(c[0], c[1]))]

    def _negated(self, trig: Trigger, seg: tuple[int, int]) -> bool:
        for _start, end in self._cues_before(self.cues.negated, seg[0], trig):
            if end <= trig.start and self._blocked(end, trig.start, self.scope_breaks):
                continue
            return True
        return False

    def _hedge(self, trig: Trigger, clause: Clause) -> str | None:
        """`possible` or `planned` from the nearest cue in scope, or None."""
        best: tuple[int, str] | None = None
        for kind, found in ((POSSIBLE, self.cues.possible), (PLANNED, self.cues.planned)):
            for _start, end in self._cues_before(found, clause.start, trig):
                distance = max(trig.start - end, 0)
                if kind == POSSIBLE and (distance > self.window or self._blocked(end, trig.start, self.segment_breaks)):
                    continue
                if kind == PLANNED and self._blocked(end, trig.start, self.scope_breaks):
                    continue
                if best is None or distance < best[0]:
                    best = (distance, kind)
        return best[1] if best else None

    def _blocked(self, start: int, end: int, breaks: frozenset[str]) -> bool:
        return any(self.lower[i] in breaks for i in range(start, end))

    def _reported(self, trig: Trigger, clause: Clause) -> bool:
        """Inside a quote (the quotes component's or open quote marks), or in a sentence with a speech cue."""
        index = self.index
        if index.in_quote(index.token_starts[trig.start], index.token_end(trig.end - 1)):
            return True
        marks = bisect_left(self.marks, trig.start) - bisect_left(self.marks, clause.start)
        if marks % 2 == 1:
            return True
        lo = bisect_left(self.cues.reported, (clause.start, 0))
        hi = bisect_left(self.cues.reported, (clause.end, 0))
        own = set(range(trig.start, trig.end))
        return any(not own.intersection(range(s, e)) for s, e in self.cues.reported[lo:hi])
