"""Later short references to a speaker ("she", "the official", "Singh") resolve to the earlier full mention,
and speakers link to the entity component's records by character overlap."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitrep.components.quotes.lexicon import Lexicon
from sitrep.record import Entity

_DEFINITE = frozenset({"the", "this", "that"})
_LOOKBACK = 12  # entity mentions checked to the left of a speaker span


@dataclass(slots=True)
class Mention:
    """A speaker mention: its characters, its words, and the earlier mention it refers to."""

    start: int
    end: int
    words: tuple[str, ...]
    antecedent: Mention | None = None
    entity: str | None = None
    role: str | None = None

    @property
    def root(self) -> Mention:
        """The first full mention of this speaker."""
        mention = self
        while mention.antecedent is not None:
            mention = mention.antecedent
        return mention


class SpeakerChains:
    """Speakers in text order; each new short mention is tied to the latest earlier mention it can name."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.full: list[Mention] = []

    def add(self, mention: Mention) -> Mention:
        """Record `mention` (setting its antecedent) and return it."""
        mention.antecedent = self._antecedent(mention)
        if mention.antecedent is None and not self._is_pronoun(mention):
            self.full.append(mention)
        return mention

    def _is_pronoun(self, mention: Mention) -> bool:
        return len(mention.words) == 1 and mention.words[0].lower() in self.lex.pronouns

    def _antecedent(self, mention: Mention) -> Mention | None:
        words = mention.words
        lower = [w.lower() for w in words]
        if self._is_pronoun(mention):
            return self.full[-1] if self.full else None
        if lower[0] in _DEFINITE and lower[-1] in self.lex.source_nouns:
            return self._latest(lambda m: m.words[-1].lower() == lower[-1] and m is not mention)
        if all(w[:1].isupper() or w.lower() in self.lex.titles for w in words) and len(words) <= 2:
            surname = words[-1]
            return self._latest(lambda m: len(m.words) > len(words) and m.words[-1] == surname)
        return None

    def _latest(self, accept: Callable[[Mention], bool]) -> Mention | None:
        for candidate in reversed(self.full[-_LOOKBACK:]):
            if accept(candidate):
                return candidate
        return None


class EntityIndex:
    """Entity mentions sorted by start, for overlap look-ups in logarithmic time."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self.starts = [s[0] for s in spans]
        self.spans = spans
        self.longest = max((e - s for s, e, _ in spans), default=0)

    def at(self, start: int, end: int) -> str | None:
        """The id of the entity with a mention overlapping [start, end), preferring the widest overlap."""
        if not self.spans:
            return None
        best: tuple[int, str] | None = None
        i = bisect_left(self.starts, start - self.longest)
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, eid = self.spans[i]
            overlap = min(e, end) - max(s, start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, eid)
            i += 1
        return best[1] if best else None
