"""Speech in an article's headline, when the text opens with it as a paragraph of its own: "Roe: Talks Have Failed"
(a name and a colon give the speaker's words) and, in title case, "Talks Have Failed, Roe Says" or "Roe Says Talks
Have Failed", whose capitalized verb is a cue as it is nowhere else in a sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.components import sentence_starts
from sitrep.components.quotes.indirect import MIN_CONTENT, Reported
from sitrep.components.quotes.speakers import Attribution, SpeakerFinder
from sitrep.record import Entity, Section

MAX_NAME = 4  # words of the name before a headline's colon ("Dr. Ben Carson", "Rush Limbaugh")
TITLE_SHARE = 0.7  # share of the longer words capitalized in a headline in title case
_LONG_WORD = 4  # letters of a word title case capitalizes (short function words stay lower: "of", "to", "in")
_COLON = ":"
_SPEAKERS = frozenset({"person"})  # a person: a body's name before a colon is as often a label ("Delegate Update:",
# "AP-GfK Poll:"), and a place a dateline ("Kabul: …")


def headline_end(doc: Doc, sections: list[Section]) -> int:
    """The token end of the headline: the first sentence when it is the whole first paragraph of the text, else 0."""
    if not len(doc) or not sections:
        return 0
    starts = sentence_starts(doc)
    end = starts[1] if len(starts) > 1 else len(doc)
    words = [t for t in doc[0:end] if not t.is_space]
    if not words or words[0].idx < sections[0].start:
        return 0
    if words[-1].idx + len(words[-1].text) > sections[0].end or (end < len(doc) and doc[end].idx < sections[0].end):
        return 0
    return end


def title_case(doc: Doc, end: int) -> bool:
    """Whether the words of tokens [0, end) are in title case: most of the longer ones capitalized, not in capitals
    throughout (a line in capitals tells no verb from a name)."""
    long = [t for t in doc[0:end] if t.is_alpha and len(t.text) >= _LONG_WORD]
    capitalized = sum(t.text[:1].isupper() and not t.is_upper for t in long)
    return bool(long) and capitalized >= TITLE_SHARE * len(long)


def colon_report(finder: SpeakerFinder, end: int, entities: list[Entity]) -> Reported | None:
    """ "Roe: Talks Have Failed": a name of a few capitalized words, no determiner or function word in it, that
    names a person the entities know, then a colon and words to the headline's end, are that person's words."""
    doc, lex = finder.doc, finder.lex
    start = finder.past_gaps(0, end)
    colon = next((j for j in range(start, min(start + MAX_NAME + 2, end)) if doc[j].text == _COLON), None)
    if colon is None or colon == start or not finder.is_name(start, colon):
        return None
    words = [t for t in doc[start:colon] if t.is_alpha]
    if not words or len(words) > MAX_NAME or words[0].lower_ in lex.determiners:
        return None
    if any(t.lower_ in lex.stop and not finder.acronym(t) for t in words):
        return None  # "Stealth Over Health: …", "The Latest: …": a title, no speaker
    if not _speaking_entity(doc[start].idx, doc[colon - 1].idx, entities):
        return None  # "Breaking: …", "Paid Notice: …", a dateline "Kabul: …": no person named
    content = finder.past_gaps(colon + 1, end)
    last = end
    while last > content and (doc[last - 1].is_space or doc[last - 1].text in ".!"):
        last -= 1
    if sum(not t.is_punct and not t.is_space for t in doc[content:last]) < MIN_CONTENT:
        return None
    if doc[last - 1].text == "?":
        return None  # "Roe: Reformer or Career Politician?": a question put, no one's words
    return Reported(content, last, Attribution((start, colon), (colon, colon + 1)))


def _speaking_entity(first: int, last: int, entities: list[Entity]) -> bool:
    """Whether a person the entities know is mentioned over characters [first, last]."""
    return any(
        e.kind in _SPEAKERS and any(m.start <= last and first <= m.end for m in e.mentions) for e in entities
    )
