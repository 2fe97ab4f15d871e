"""The entity mentions earlier components put on the Doc, by token: the longest mention covering each token, found
in O(1), for the holder and the location of a quantity (`context.py`, `locations.py`)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from sitrep.record import Entity

_REACH = 80  # tokens a figure looks back or ahead for its sentence's edges


@dataclass(slots=True)
class Named:
    """One mention of an entity as token offsets."""

    entity: Entity
    start: int  # tokens
    end: int


class Mentions:
    """Entity mentions by token: the longest mention covering each token, found in O(1)."""

    def __init__(self, doc: Doc, entities: Sequence[Entity]) -> None:
        self.at: list[Named | None] = [None] * len(doc)
        self.ids = frozenset(entity.id for entity in entities)
        aligned = _Aligner(doc)
        for entity in entities:
            for mention in entity.mentions:
                span = aligned.expand(mention.start, mention.end)
                if span is None or span[0] >= span[1]:
                    continue
                found = Named(entity, span[0], span[1])
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

    def known(self, entity_id: str) -> bool:
        """True when `entity_id` is the id of an entity this article names."""
        return entity_id in self.ids

    def entity(self, i: int) -> Entity | None:
        """The entity whose mention covers token `i`."""
        found = self.at[i] if 0 <= i < len(self.at) else None
        return found.entity if found is not None else None

    def span_at(self, i: int) -> tuple[Entity, int, int] | None:
        """The entity, first token and end token of the mention covering token `i`."""
        found = self.at[i] if 0 <= i < len(self.at) else None
        return (found.entity, found.start, found.end) if found is not None else None

    def ending_at(self, i: int) -> Named | None:
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


def sentence_start(doc: Doc, i: int) -> int | None:
    """The first token of the sentence that holds token i, looked for at most _REACH tokens back (None if further:
    a run-on "sentence" must not make every figure walk all of it)."""
    lo = max(i - _REACH, 0)
    while i > lo and not doc[i].is_sent_start:
        i -= 1
    return i if i == 0 or doc[i].is_sent_start else None


def sentence_end(doc: Doc, i: int) -> int:
    """The token after the sentence that holds token i - 1, looked for at most _REACH tokens ahead."""
    hi = min(i + _REACH, len(doc))
    while i < hi and not doc[i].is_sent_start:
        i += 1
    return max(i, 1)
