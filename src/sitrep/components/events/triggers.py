"""Trigger words: where an event may be stated. Matched from the lexicon in `data/events.toml` over the pipeline's
one tokenization (see `lexicon.TokenPatterns`); the longest match wins where matches overlap. A trigger is only a
candidate: the clause reader decides, on the parse, whether it states an event and who takes part."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.components.events.context import Words
from sitrep.components.events.lexicon import PatternBuilder, TokenPatterns, trigger_patterns


@dataclass(slots=True)
class Trigger:
    """A matched trigger: tokens [start, end) of the article's Doc, the tokens inside its gaps, its type and mode."""

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


class TriggerFinder:
    """Finds the triggers of a Doc."""

    def __init__(
        self, nlp: Language, builder: PatternBuilder, breaks: frozenset[str], late_breaks: frozenset[str] = frozenset()
    ) -> None:
        self.breaks = breaks
        self.late_breaks = late_breaks  # a gap holds these only as its first word ("struck at", not "X in the")
        self.patterns = TokenPatterns(nlp.vocab, trigger_patterns(builder), stops=breaks)

    def __call__(self, doc: Doc, words: Words) -> list[Trigger]:
        candidates: list[Trigger] = []
        lower = words.lower
        sent_starts = set(words.sent_starts)
        for key, start, end, inner in self.patterns(words):
            if inner and any(lower[i] in self.breaks for i in inner):
                continue
            if any(lower[i] in self.late_breaks and i - 1 in inner for i in inner):
                continue  # "seized several tankers in the region": the region is no object of the seizing
            if end - start > 1 and not sent_starts.isdisjoint(range(start + 1, end)):
                continue
            candidates.append(Trigger(start, end, key.type, key.mode, key.nominal, inner, key.addressed))
        candidates.sort(key=lambda t: (-(t.end - t.start - len(t.inner)), -(t.end - t.start), t.start))
        taken = [False] * len(doc)
        kept: list[Trigger] = []
        for trig in candidates:
            if any(taken[i] for i in range(trig.start, trig.end)):
                continue
            for i in range(trig.start, trig.end):
                taken[i] = True
            kept.append(trig)
        return sorted(kept, key=lambda t: t.start)
