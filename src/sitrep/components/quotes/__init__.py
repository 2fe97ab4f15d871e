"""Quotes and speakers: direct, partial and reported speech with who said it (`doc._.quotes`, ids U1, U2, …).

Quotation marks are scanned once (`marks.py`); reporting cues come from one PhraseMatcher pass over the speech
lexicon (`data/speech.toml`); speakers are read from token shapes around each cue (`speakers.py`); cues left
over introduce reported clauses (`indirect.py`), and a headline that opens the text may report its speaker's words
(`headline.py`); short references resolve to earlier speakers and speakers link to entities by character overlap
(`resolve.py`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from sitrep.components import sentence_starts, text_of
from sitrep.components.entities import reindex
from sitrep.components.quotes.attribute import Found, QuoteScan
from sitrep.components.quotes.grammar import Grammar, TokenAt
from sitrep.components.quotes.headline import colon_report, headline_end, title_case
from sitrep.components.quotes.indirect import reported
from sitrep.components.quotes.lexicon import Lexicon, load_lexicon
from sitrep.components.quotes.marks import Marked, find_marked
from sitrep.components.quotes.resolve import EntityIndex, Mention, Pronouns, SpeakerChains, link_speaker
from sitrep.components.quotes.speakers import SpeakerFinder
from sitrep.data_files import function_words
from sitrep.record import Cue, Entity, Quote, Section, Speaker

__all__ = ["QuoteFinder", "make_quotes"]

_OWNERS = function_words("possessive_endings", "plural_possessive_endings")
_PRONOUNS = function_words("personal_subject_pronouns")
_MODIFIER_WORDS = 4  # words between "according to" and its noun ("according to credible local news reports")


@Language.factory(
    "sitrep_quotes",
    default_config={"lexicon": "speech.toml", "spans_key": "sitrep_quotes"},
    assigns=["doc._.quotes", "doc.spans", "doc._.entities"],
    requires=["doc._.sections", "token.is_sent_start", "doc._.entities"],
)
def make_quotes(nlp: Language, name: str, *, lexicon: str, spans_key: str) -> QuoteFinder:
    return QuoteFinder(nlp, lexicon=lexicon, spans_key=spans_key)


class QuoteFinder:
    """Finds quotes and their speakers; `match()` reads the Doc, `set_annotations()` writes the records."""

    def __init__(self, nlp: Language, *, lexicon: str = "speech.toml", spans_key: str = "sitrep_quotes") -> None:
        self.lex: Lexicon = load_lexicon(lexicon)
        self.spans_key = spans_key
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("CUE", [nlp.make_doc(phrase) for phrase in sorted(self.lex.verbs)])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def cues(self, doc: Doc, titled: int = 0) -> dict[int, int]:
        """Reporting cues: start token -> end token. A capitalized word ("United States") is no cue unless it
        opens a sentence or a phrase ("According to") or is a verb of headlines in a headline in title case that
        ends at token `titled` ("…, Roe Says"); nor is a noun before a verb ("news reports said"), nor the object of
        a cue of several words ("according to reports")."""
        found: dict[int, int] = {}
        for _, start, end in self.matcher(doc):
            lower = doc[start].text[:1].islower() or end - start > 1 or doc[start].is_sent_start
            lower = lower or (start < titled and doc[start].lower_ in self.lex.headline_verbs)
            if lower and end > found.get(start, 0):
                found[start] = end
        found = {s: e for s, e in found.items() if not self._infinitive(doc, s, e) and not self._noun(doc, s, e)}
        objects = {e for s, e in found.items() if e - s > 1}
        return {s: e for s, e in found.items() if s not in objects and (e not in found or e - s > 1)}

    def _noun(self, doc: Doc, start: int, end: int) -> bool:
        """A cue that is also a noun is the noun when it opens its sentence ("Estimates of the toll vary") or after
        a determiner, a possessive, a preposition or a past verb ("the reports", "the minister's claim that …", "of
        claims", "denied reports it was leaving")."""
        if doc[start:end].text.lower() not in self.lex.noun_cues:
            return False
        if doc[start].is_sent_start or start == 0 or self._according_object(doc, start):
            return True
        before = doc[start - 1]
        owned = before.lower_ in _OWNERS
        function = before.lower_ in self.lex.determiners or before.lower_ in self.lex.stop or owned
        return function or (before.is_lower and before.is_alpha and before.lower_.endswith("ed"))

    def _according_object(self, doc: Doc, start: int) -> bool:
        """Whether the cue at `start` stands in the noun phrase that "according to" governs, past its modifiers
        ("according to credible reports", "according to unconfirmed local claims"): the noun, no verb."""
        i = start
        while i > 0 and start - i < _MODIFIER_WORDS and doc[i - 1].is_lower and doc[i - 1].is_alpha:
            i -= 1
            if i > 0 and doc[i - 1].lower_ == "according" and doc[i].lower_ == "to":
                return True
        return False

    def _infinitive(self, doc: Doc, start: int, end: int) -> bool:
        """A base form that reports speech only in the present ("Critics argue …") is no cue after "to", past the
        adverbs ("continuing to insist that …", "refused to publicly confirm …")."""
        if doc[start:end].text.lower() not in self.lex.finite_only:
            return False
        i = start
        while i > 0 and doc[i - 1].lower_ in self.lex.between:
            i -= 1
        return i > 0 and doc[i - 1].lower_ == "to"

    def match(self, doc: Doc) -> list[Found]:
        """Every quote with its attribution, in text order. A first pass on word shapes notes the sentences whose
        parse would tell a speaker or a reported clause; they are parsed in one batch and the second pass reads
        them."""
        text = text_of(doc)  # built once: Doc.text joins every token on each access
        sections: list[Section] = doc._.sections or [Section("body", 0, len(text))]
        head = headline_end(doc, sections)
        cues = self.cues(doc, head if title_case(doc, head) else 0)
        finder = SpeakerFinder(doc, self.lex, cues)
        marked = find_marked(text, sections)
        grammar = Grammar(doc, self.lex, sentence_starts(doc) or [0])
        scan = QuoteScan(doc, text, sections, finder, grammar)
        self._find(doc, finder, scan, marked, head)
        grammar.parse_wanted(doc._.entities or [], TokenAt(scan.tok_starts))
        return self._find(doc, finder, scan, marked, head)

    def _find(self, doc: Doc, finder: SpeakerFinder, scan: QuoteScan, marked: list[Marked], head: int) -> list[Found]:
        found = [f for f in scan.direct(marked) if not _headline_cue(doc, f.cue_token, head)]
        used = {f.cue_token for f in found if f.cue_token is not None and not _leads_partial(f)}
        reported = self._reported(doc, finder, scan, used)
        reported += self._headline(doc, finder, scan, head, reported)
        found = _outside(found, reported) + reported
        found.sort(key=lambda f: f.start)
        _continue_reported(found, scan)
        return found

    def _reported(self, doc: Doc, finder: SpeakerFinder, scan: QuoteScan, used: set[int]) -> list[Found]:
        found: list[Found] = []
        taken_until = -1
        starts = scan.tok_starts  # each token's character offset, read once per Doc
        for cue in sorted(finder.cues):
            if cue in used or cue < taken_until or scan.inside_quote(starts[cue]):
                continue
            if scan.section_kind(starts[cue]) != "body":
                continue
            if doc[cue : finder.cues[cue]].text.lower() in self.lex.quote_only:
                continue  # '"…," she sighed': a verb of manner attaches a quote, it reports no clause
            speech = reported(finder, cue, scan.sentence(cue), scan.grammar)
            if speech is None:
                continue
            taken_until = speech.end
            found.append(scan.found(speech.start, speech.end, "indirect", speech.attribution))
        return found

    def _headline(
        self, doc: Doc, finder: SpeakerFinder, scan: QuoteScan, head: int, reported: list[Found]
    ) -> list[Found]:
        """The headline's "Roe: …" report, unless a cue in it reports already."""
        if not head or any(f.start < scan.tok_starts[head - 1] for f in reported):
            return []
        speech = colon_report(finder, head, list(doc._.entities or []))
        if speech is None or scan.section_kind(scan.tok_starts[speech.start]) != "body":
            return []
        return [scan.found(speech.start, speech.end, "indirect", speech.attribution)]

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        """Write `doc._.quotes` (the SPEC's records) and its span group (`doc.spans[spans_key]`)."""
        entities: list[Entity] = list(doc._.entities or [])
        index = EntityIndex(entities)
        text = text_of(doc)
        idx = doc.to_array("IDX").tolist() if len(doc) else []
        sentences = [idx[i] for i in sentence_starts(doc)]
        asides = [(s.start, s.end) for s in doc._.sections or [] if s.kind != "body"]
        mentions = _resolve(text, self.lex, found, index, (sentences, asides))
        if index.added:  # people who speak whom the entity component did not record
            entities += index.added
            doc._.entities = entities
            reindex(doc)
        by_id = {e.id: e for e in entities}
        quotes: list[Quote] = []
        spans: list[Span] = []
        for n, item in enumerate(found, start=1):
            mention = mentions.get(id(item))
            speaker = None
            if mention is not None:
                speaker = Speaker(mention.entity, text[mention.start : mention.end], mention.start, mention.end)
                _carry_role(text, item, mention, by_id, index)
            cue = None
            if item.cue is not None:
                cue = Cue(text[item.cue[0] : item.cue[1]], item.cue[0], item.cue[1])
            words = text[item.start : item.end]
            quotes.append(Quote(f"U{n}", item.start, item.end, words, item.kind, speaker, cue))
            span = doc.char_span(item.start, item.end, label=item.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc._.quotes = quotes
        doc.spans[self.spans_key] = spans


def _resolve(
    text: str,
    lexicon: Lexicon,
    found: list[Found],
    index: EntityIndex,
    layout: tuple[list[int], list[tuple[int, int]]],
) -> dict[int, Mention]:
    """Each quote's speaker mention, with antecedents and entity ids; continued quotes share their mention.
    A role written before the speaker's name ("Chad's foreign minister Ali Hassan") becomes the quote's role.
    `layout` holds where each sentence starts and the spans of the sections that are no body text."""
    chains = SpeakerChains(lexicon)
    mentions: dict[int, Mention] = {}
    quoted = [(f.start, f.end) for f in found if f.kind != "indirect"]
    sentences, asides = layout
    pronouns = Pronouns(text, lexicon, index, quoted, sentences, asides)
    for item in found:
        if item.continues is not None:
            previous = mentions.get(id(item.continues))
            if previous is not None:
                mentions[id(item)] = previous
            continue
        if item.speaker is None:
            continue
        mention = chains.add(Mention(item.speaker[0], item.speaker[1], item.speaker_words))
        link = link_speaker(text, mention, index, lexicon)
        mention.entity = link.entity or _chain_entity(mention)
        mention.entity = pronouns.resolve(mention, chains)
        if item.role is None:
            item.role = link.role
        mentions[id(item)] = mention
    return mentions


def _leads_partial(item: Found) -> bool:
    """Whether a partial quote's cue stands before it, free to report the clause that holds it."""
    return item.kind == "partial" and item.cue is not None and item.cue[1] <= item.start


def _headline_cue(doc: Doc, cue: int | None, head: int) -> bool:
    """Whether a cue is a capitalized verb inside the headline that ends at token `head` ("…, Roe Says"): words in
    marks it would attribute are a fragment of the headline's report ("'Truther' Roe Is Wrong, Vale Says"), which
    the report holds."""
    return cue is not None and cue < head and doc[cue].text[:1].isupper() and not doc[cue].is_sent_start


def _outside(found: list[Found], reported: list[Found]) -> list[Found]:
    """The quotes in marks, but a partial quote inside a reported clause: the clause that holds it is one indirect
    item ('Roe told the AP the deal was a "mutual separation"', docs/quote-guidelines.md). A partial quote with a
    cue of its own stays ('Roe said the ministry called the raid "a provocation"': the ministry's words)."""
    ordered = sorted(reported, key=lambda r: r.start)
    starts = [r.start for r in ordered]
    held: dict[int, Found] = {}  # id of a partial quote -> the reported clause that holds it
    kept: list[Found] = []
    for item in found:
        i = bisect_right(starts, item.start) - 1
        holder = ordered[i] if i >= 0 and item.end <= ordered[i].end + 1 else None
        if item.kind == "partial" and holder is not None and item.cue in (None, holder.cue):
            held[id(item)] = holder
        else:
            kept.append(item)
    for item in kept:  # a quote that went on with a partial one goes on with the clause that holds it
        if item.continues is not None and id(item.continues) in held:
            item.continues = held[id(item.continues)]
    return kept


def _continue_reported(found: list[Found], scan: QuoteScan) -> None:
    """A direct quote with no attribution right after someone's reported speech, in the same paragraph or opening
    the next one, goes on with that speech: 'Roe warned that … . "If they …"' (not one followed by more words in
    its sentence: an attribution too long to read is still someone else's; nor one after a colon that closes a
    clause of its own: 'In his message, he recalled the general's life: "…"' is that clause's subject's). Someone
    else's reported speech between a quote and an earlier one it was taken to go on with takes it over ('"…," Lee
    said. Roe said the queen agreed. "…"' goes on with Roe)."""
    for previous, item in pairwise(found):
        if item.kind != "direct" or item.speaker is not None:
            continue
        if item.continues is not None and not _takes_over(previous, item, scan):
            continue
        source = previous if previous.kind == "indirect" and previous.speaker is not None else None
        if previous.kind == "direct" and previous.speaker is None:
            source = previous.continues  # a second quote after the first one carried on
        if source is None or not scan.stands_alone(item.end) or scan.led_by_colon(item.start, source.end):
            continue
        here, there = scan.section_of(item.start), scan.section_of(previous.start)
        if here == there or (here == there + 1 and scan.opens_section(item.start)):
            item.continues = source


def _takes_over(previous: Found, item: Found, scan: QuoteScan) -> bool:
    """Whether reported speech right before a quote, in the sentence before it and a sentence after the earlier
    quote's, comes between the quote and the one it was taken to go on with, and names a speaker of its own by name
    (not "he", nor the same words)."""
    earlier = item.continues
    if earlier is None or previous.kind != "indirect" or previous.speaker is None or previous.start < earlier.end:
        return False
    words = previous.speaker_words
    if not words or not words[-1][:1].isupper() or words[-1].lower() in _PRONOUNS:
        return False
    if earlier.speaker_words and earlier.speaker_words[-1] == words[-1]:
        return False
    quote_sentence = scan.sent_start(scan.tok_at(item.start))
    if quote_sentence == 0 or scan.sent_start(quote_sentence - 1) > scan.tok_at(previous.start):
        return False
    return scan.sent_start(scan.tok_at(previous.start)) > scan.tok_at(earlier.end - 1)


def _chain_entity(mention: Mention) -> str | None:
    current = mention.antecedent
    while current is not None:
        if current.entity is not None:
            return current.entity
        current = current.antecedent
    return None


def _carry_role(text: str, item: Found, mention: Mention, entities: dict[str, Entity], index: EntityIndex) -> None:
    """An appositive role ("the Pentagon's deputy press secretary") fills the speaker entity's attributes:
    `role` ("deputy press secretary") and `affiliation` (the id of the entity it names, here the Pentagon)."""
    if item.role is None or mention.entity is None or mention.entity not in entities:
        return
    role, organization = role_parts(text, *item.role)
    attributes = entities[mention.entity].attributes
    attributes.setdefault("role", text[role[0] : role[1]])
    if organization is not None:
        affiliation = index.at(*organization)
        if affiliation is not None and affiliation != mention.entity:
            attributes.setdefault("affiliation", affiliation)


_POSSESSIVE = re.compile(r"[’']s\s+")
_OF = re.compile(r"\s+(?:of|for|at|with)\s+(?:the\s+)?")
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)


def role_parts(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Split a role phrase into the role and the organization it names, as character spans:
    "the Pentagon's deputy press secretary" and "the spokeswoman for the Navy" both give the two."""
    article = _ARTICLE.match(text, start, end)
    if article is not None:
        start = article.end()
    possessive = _POSSESSIVE.search(text, start, end)
    if possessive is not None:
        return (possessive.end(), end), (start, possessive.start())
    of = _OF.search(text, start, end)
    if of is not None:
        return (start, of.start()), (of.end(), end)
    return (start, end), None
