"""Attribute quoted passages: their kind (direct or partial) and their speaker, in one pass over the marks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from sitrep.components import sentence_starts
from sitrep.components.quotes.grammar import Grammar, ParsedSpeaker
from sitrep.components.quotes.marks import Marked, inner
from sitrep.components.quotes.speakers import MAX_PHRASE, Attribution, SpeakerFinder, gap
from sitrep.data_files import function_words, load_toml
from sitrep.record import Section

MIN_WORDS = 4  # an unattributed quote shorter than this is a title or a slogan, not a quote
_NAME_WORDS = 4  # words of a name that opens a sentence before an age set off by commas ("Mary Jo Roe, 77,")
PLAIN_WORDS = 3  # a longer speaker phrase that is no name is checked against the parse
TAIL_WINDOW = 24  # tokens after a closing mark searched for "…," X said
NAMED_TAIL_WINDOW = 36  # the same after a name set off by a comma ('…," Roe, a nurse who …, said')
_SENTENCE_FINAL = frozenset(".!?")
_CLAUSE_END = frozenset({".", "!", "?", ";", ",", ":", "\n", "\n\n"})
_AFTER_QUOTE = frozenset({",", "—", "–", "-", "―"})
_POSSESSIVES = function_words("possessive_endings")
_TITLE_SMALL_WORDS = frozenset(load_toml("speech.toml")["title_small_words"])
_PLAIN_WORD = 2  # letters of a word in lower case that a title would capitalize ("do", not "a")


@dataclass(slots=True)
class Found:
    """One quote before it becomes a record: character spans for it, its speaker, cue and role."""

    start: int
    end: int
    kind: str
    speaker: tuple[int, int] | None = None
    speaker_words: tuple[str, ...] = ()
    cue: tuple[int, int] | None = None
    cue_token: int | None = None
    role: tuple[int, int] | None = None
    continues: Found | None = None


class QuoteScan:
    """Character and token look-ups for one Doc, and the pass that attributes its marked quotes."""

    def __init__(
        self, doc: Doc, text: str, sections: Sequence[Section], finder: SpeakerFinder, grammar: Grammar | None = None
    ) -> None:
        self.doc = doc
        self.grammar = grammar
        self.text = text  # `doc.text`, built once by the caller: Doc.text joins every token on each access
        self.sections = sections
        self.finder = finder
        self.tok_starts: list[int] = doc.to_array("IDX").tolist() if len(doc) else []
        # where each sentence starts, read once: Token.sent walks the whole sentence on every call
        self.sent_starts: list[int] = sentence_starts(doc) or [0]
        self.sec_starts = [s.start for s in sections]
        self.q_starts: list[int] = []
        self.q_ends: list[int] = []

    # -- look-ups -----------------------------------------------------------------------------------------

    def tok_at(self, char: int) -> int:
        """The token that holds character `char`."""
        return max(bisect_right(self.tok_starts, char) - 1, 0)

    def tok_before(self, char: int) -> int:
        """The number of tokens that start before character `char`."""
        return bisect_left(self.tok_starts, char)

    def sent_start(self, tok: int) -> int:
        """The first token of the sentence that holds token `tok`."""
        return self.sent_starts[max(bisect_right(self.sent_starts, tok) - 1, 0)]

    def sentence(self, tok: int) -> Span:
        """The sentence that holds token `tok`."""
        at = bisect_right(self.sent_starts, tok)
        end = self.sent_starts[at] if at < len(self.sent_starts) else len(self.doc)
        return self.doc[self.sent_starts[max(at - 1, 0)] : end]

    def section_of(self, char: int) -> int:
        return max(bisect_right(self.sec_starts, char) - 1, 0)

    def opens_section(self, char: int) -> bool:
        """Whether only white space stands before character `char` in its paragraph."""
        section = self.sections[self.section_of(char)] if self.sections else Section("body", 0, len(self.text))
        return not self.text[section.start : char].strip()

    def section_kind(self, char: int) -> str:
        return self.sections[self.section_of(char)].kind if self.sections else "body"

    def inside_quote(self, char: int) -> bool:
        """Whether character `char` lies inside a marked quote."""
        i = bisect_right(self.q_starts, char) - 1
        return i >= 0 and char < self.q_ends[i]

    def chars(self, tokens: tuple[int, int]) -> tuple[int, int]:
        last = self.doc[tokens[1] - 1]
        return self.doc[tokens[0]].idx, last.idx + len(last.text)

    def found(self, start: int, end: int, kind: str, attribution: Attribution | None) -> Found:
        """A Found for tokens [start, end), or for a character span when `kind` comes from the marks."""
        s, e = self.chars((start, end))
        return self.attach(Found(s, e, kind), attribution)

    def attach(self, item: Found, attribution: Attribution | None) -> Found:
        """Fill a Found's speaker, cue and role from an attribution."""
        if attribution is None:
            return item
        attribution = self.parsed_speaker(attribution)
        words = self._words(*attribution.speaker) if attribution.speaker is not None else ()
        if attribution.speaker is not None and words:  # a phrase of joiners and brackets names no one
            item.speaker = self.chars(attribution.speaker)
            item.speaker_words = words
        if attribution.cue is not None:
            item.cue = self.chars(attribution.cue)
            item.cue_token = attribution.cue[0]
        if attribution.role is not None:
            item.role = self.chars(attribution.role)
        return item

    def parsed_speaker(self, attribution: Attribution) -> Attribution:
        """The attribution with the speaker the parse gives its cue, where the parse names one the word shapes
        missed or read otherwise."""
        if self.grammar is None or attribution.cue is None:
            return attribution
        quoted = self.grammar.quoted(attribution.cue[0])
        if quoted is not None and self._plausible(*quoted.speaker):
            named = self._name_after_role(quoted.speaker)  # "Iran's leader, Ali Khamenei, was quoted as saying"
            return Attribution(named or quoted.speaker, attribution.cue, quoted.speaker if named else None)
        if self._plain(attribution):
            return attribution
        parsed = self.grammar.speaker(attribution.cue[0])
        if parsed is None or not self._plausible(*parsed.speaker) or self._goes_on_unsaid(attribution, parsed):
            return attribution
        shaped = attribution.speaker
        if shaped is not None and shaped[0] < parsed.speaker[1] and parsed.speaker[0] < shaped[1]:
            if self._owner_only(shaped, parsed.speaker):
                return Attribution(parsed.speaker, attribution.cue, parsed.role)
            if self.grammar.holds_verb(shaped, parsed.speaker) or self._governed_phrase(shaped, parsed.speaker):
                return Attribution(parsed.speaker, attribution.cue, attribution.role or parsed.role)
            return attribution
        if self._role_taken(shaped, parsed):
            return Attribution(parsed.speaker, attribution.cue, parsed.role)  # the shapes took the name's role
        if shaped is not None and self._appositive_name(shaped, parsed.speaker):
            return Attribution(shaped, attribution.cue, (parsed.speaker[0], shaped[0] - 1))
        if shaped is not None and self.grammar.subject_like(*shaped):
            return attribution
        if shaped is not None and shaped[0] >= attribution.cue[1] and self.finder.names_source(*shaped):
            return attribution  # "…, wrote film director Osman Laban, his nephew": the parse misreads inversions
        return Attribution(parsed.speaker, attribution.cue, parsed.role)

    def _goes_on_unsaid(self, attribution: Attribution, parsed: ParsedSpeaker) -> bool:
        """Whether the cue is a verb of going on ([aspect_verbs]) whose parsed subject can say nothing ("But the
        confusion continues: "…"")."""
        assert attribution.cue is not None
        verb = self.doc[attribution.cue[0] : attribution.cue[1]].text.lower()
        if verb not in self.finder.lex.aspect_verbs:
            return False
        start, end = parsed.speaker
        governors = self.finder.lex.governors
        head_end = next((i for i in range(start + 1, end) if self.doc[i].lower_ in governors), end)
        return not self.finder.names_source(start, head_end)  # the head before its prepositional phrase

    def _role_taken(self, shaped: tuple[int, int] | None, parsed: ParsedSpeaker) -> bool:
        """Whether the word shapes took the role of the name the parse reads as the speaker."""
        role = parsed.role
        if shaped is None or role is None or not self.finder.is_name(*parsed.speaker):
            return False
        return role[0] <= shaped[0] < shaped[1] <= role[1]

    def _appositive_name(self, shaped: tuple[int, int], parsed: tuple[int, int]) -> bool:
        """Whether the word shapes found a name set off by commas right after the role phrase the parse took for
        the subject ("The country's ambassador to the UN, Pak Song, said", "the mayor of Lyon, Jean Roux, said"):
        the name speaks."""
        if parsed[1] > shaped[0] or shaped[1] >= len(self.doc) or not self.finder.is_name(*shaped):
            return False
        if self.doc[shaped[0] - 1].text != "," or self.doc[shaped[1]].text != ",":
            return False
        lex = self.finder.lex
        words = [t.lower_ for t in self.doc[parsed[0] : parsed[1]]]
        head = next((words[n - 1] for n, w in enumerate(words) if n and w in lex.phrase_prepositions), words[-1])
        between = self.doc[parsed[1] : shaped[0] - 1]
        return head in lex.role_nouns and not any(t.text in ",;:" or t.pos_ in ("VERB", "AUX") for t in between)

    def _name_after_role(self, role: tuple[int, int]) -> tuple[int, int] | None:
        """The name set off by commas right after a role phrase ("Iran's supreme leader, Ali Khamenei, was quoted
        …"): it speaks; None when no name stands there or the phrase is no role."""
        comma = role[1]
        head = self.doc[role[1] - 1].lower_
        if comma + 2 >= len(self.doc) or self.doc[comma].text != "," or head not in self.finder.lex.role_nouns:
            return None
        end = comma + 1
        while end < len(self.doc) and end - comma <= MAX_PHRASE and self.finder.in_phrase(self.doc[end]):
            end += 1
        if end >= len(self.doc) or self.doc[end].text != "," or not self.finder.is_name(comma + 1, end):
            return None
        return comma + 1, end

    def _owner_only(self, shaped: tuple[int, int], parsed: tuple[int, int]) -> bool:
        """Whether the word shapes stopped at a possessive that the parsed phrase goes on past: the owner is not
        the speaker ("Madrid's envoy … said", "The chairman of Spain's farmers union … said")."""
        inside = parsed[0] <= shaped[0] and shaped[1] < parsed[1]
        return inside and self.doc[shaped[1]].lower_ in _POSSESSIVES

    def _governed_phrase(self, shaped: tuple[int, int], parsed: tuple[int, int]) -> bool:
        """Whether the word shapes took the object of a preposition for the speaker and the parse reads the whole
        phrase around it ("Those close to the minister say …": not "the minister")."""
        before = shaped[0] - 1
        governed = before >= 0 and self.doc[before].lower_ in self.finder.lex.adjunct_prepositions
        return governed and parsed[0] < shaped[0] and parsed[1] >= shaped[1]

    def _plain(self, attribution: Attribution) -> bool:
        """Whether the word shapes leave no doubt, so the sentence need not be parsed: the speaker stands right
        before its verb and opens its clause (at the sentence start or right after a quotation: '…," Roe said'),
        or right after it, up to the clause's end ('…," said Roe.')."""
        speaker, cue = attribution.speaker, attribution.cue
        if speaker is None or cue is None:
            return False
        if speaker[1] - speaker[0] > PLAIN_WORDS and not self.finder.is_name(*speaker):
            return False  # a long phrase of lower-case words may run over a verb ("The army issued a statement")
        if speaker[1] <= cue[0]:
            between = self.doc[speaker[1] : cue[0]]
            if any(t.text == "," for t in between):
                return False
            return self._opens_clause(speaker[0])
        if self.finder.past_gaps(cue[1], speaker[0]) != speaker[0]:
            return False
        return speaker[1] >= len(self.doc) or self.doc[speaker[1]].text in _CLAUSE_END

    def _opens_clause(self, tok: int) -> bool:
        """Whether token `tok` opens a sentence or follows a quotation (and a comma or a dash after it)."""
        i = tok - 1
        while i >= 0 and (gap(self.doc[i]) or self.doc[i].text in _AFTER_QUOTE):
            i -= 1
        return tok == self.sent_start(tok) or (i >= 0 and self.inside_quote(self.tok_starts[i]))

    def _plausible(self, start: int, end: int) -> bool:
        """A parsed speaker has words, lies outside every quotation, is no time ("said Friday") and opens with no
        preposition the parse took for a word of the name ("Alongside union calls for action, …")."""
        words = self._words(start, end)
        if not any(c.isalnum() for word in words for c in word) or words[0].lower() in self.finder.lex.governors:
            return False
        if self.doc[start].text in self.finder.lex.name_joiners:
            return False  # "-chief Jo Roe": the parse cut a compound ("editor-in-chief") in two
        if self.inside_quote(self.tok_starts[start]) or self.inside_quote(self.tok_starts[end - 1]):
            return False
        return not all(w.lower() in self.finder.lex.days for w in words)

    def _words(self, start: int, end: int) -> tuple[str, ...]:
        """The words of a speaker phrase, without joiners and parentheses ("Rep. Jane Roe (D-Wis.)")."""
        words: list[str] = []
        depth = 0
        for tok in self.doc[start:end]:
            depth += (tok.text == "(") - (tok.text == ")")
            if depth == 0 and tok.text not in self.finder.lex.phrase_joiners and tok.text != ")" and not tok.is_space:
                words.append(tok.text)
        return tuple(words)

    # -- the pass -----------------------------------------------------------------------------------------

    def mark(self, marked: list[Marked]) -> None:
        """Record where the quotations are (`inside_quote`)."""
        self.q_starts = [m.start for m in marked]
        self.q_ends = [m.end for m in marked]

    def _manner_cue(self, item: Found) -> bool:
        """Whether a quote's cue is a verb of manner, which attaches whole quotes only ([quote_only_verbs])."""
        return item.cue_token is not None and self.doc[item.cue_token].lower_ in self.finder.lex.quote_only

    def direct(self, marked: list[Marked]) -> list[Found]:
        """Every marked quote with its kind and attribution (partial quotes without a speaker are dropped)."""
        self.mark(marked)
        found: list[Found] = []
        last: dict[int, Found] = {}
        prev_close = -1
        for k, quote in enumerate(marked):
            if not any(c.isalnum() for c in self.text[quote.start : quote.end]):
                continue
            open_tok, close_tok = self.tok_at(quote.start), self.tok_at(quote.end - 1)
            section = self.sections[quote.section] if self.sections else Section("body", 0, len(self.text))
            end_section = self.section_of(quote.end - 1)
            next_open = self.tok_at(marked[k + 1].start) if k + 1 < len(marked) else len(self.doc)
            window = NAMED_TAIL_WINDOW if self._named_tail(close_tok + 1, next_open) else TAIL_WINDOW
            ceiling = min(next_open, self.tok_before(self.sections[end_section].end), close_tok + 1 + window)
            floor = max(self.sent_start(open_tok), prev_close + 1, self.tok_before(section.start))
            prev_close = close_tok
            attribution, from_head = self._attribute(quote, open_tok, close_tok, floor, ceiling)
            kind = self._kind(quote, floor, open_tok, attribution if from_head else None)
            item = self.attach(Found(quote.start, quote.end, kind), attribution)
            if kind == "partial" and self._manner_cue(item):
                continue  # 'assured the crowd that they had cracked "the highest ceiling"': no reported clause
            if item.speaker is None and kind == "partial":
                self.attach(item, self._governed(open_tok, close_tok))
            if (item.cue is None or kind == "partial") and _title_like(self.text[quote.start : quote.end]):
                said = item.speaker is not None or last.get(quote.section) is not None
                if not (said and _plain_sentence(self.text[quote.start : quote.end])):
                    continue  # a title or a name in marks ('told NBC's "Morning Joe" that …'), not a sentence that
                    # goes on with someone's words ('"…," a guard said. "They had no way out."')
            if item.speaker is None and kind == "partial" and found and self._after_tail(found[-1], quote.start):
                item = Found(quote.start, quote.end, "direct")  # '"…;" read the statement; "we will …"'
                item.continues = found[-1].continues or found[-1]
                found.append(item)
                last[quote.section] = last[end_section] = item
                continue
            if item.speaker is None:
                previous = last.get(quote.section)
                if previous is None and self.opens_section(quote.start):
                    previous = last.get(quote.section - 1)
                if previous is not None and self.led_by_colon(quote.start, previous.end):
                    previous = None  # 'In his message, he recalled the general's life: "…"': that clause's own
                if previous is None and kind == "direct":
                    self.attach(item, self._lead_in(quote, open_tok))
            if item.speaker is None:
                if not self._keep_unattributed(item, previous):
                    continue
                item.continues = (previous.continues or previous) if previous is not None else None
            found.append(item)
            if item.speaker is not None or item.continues is not None:
                last[quote.section] = last[end_section] = item
        return found

    def _after_tail(self, previous: Found, start: int) -> bool:
        """Whether a quote opening at character `start` comes right after the attribution that follows the quote
        before it in the same sentence, closed by a semicolon ('"…;" read the statement; "we will …"'): the same
        speaker's words go on, a clause of their own."""
        if previous.speaker is None or previous.cue is None or previous.cue[0] < previous.end:
            return False
        between = self.text[previous.end : start]
        rest = self.text[max(previous.cue[1], previous.speaker[1]) : start].strip()
        return between.rstrip().endswith(";") and not any(c in between for c in ".!?\n") and rest in ("", ";")

    def _named_tail(self, tok: int, limit: int) -> bool:
        """Whether a quote's tail opens with a name set off by a comma ('…," Ri Sol Hee, the newsreader, …'), or a
        role before one ('…," study lead author Lu Pei, a scientist at …'): its verb may stand after a long
        apposition."""
        while tok < limit and (self.doc[tok].is_punct or self.doc[tok].is_space):
            tok += 1
        end = self.finder.forward(tok, limit) if tok < limit else None
        if end is None or end >= limit or self.doc[end].text != ",":
            return False
        return self.finder.is_name(tok, end) or self.finder.capitalized(self.doc[end - 1])

    def _governed(self, open_tok: int, close_tok: int) -> Attribution | None:
        """The speaker of a fragment in marks inside the writer's sentence, from the characterizing verb that
        governs it ("The ministry called the raid "a provocation""); None without one."""
        if self.grammar is None or close_tok - open_tok < 3 or not self._characterized(open_tok):
            return None  # one word in marks is a scare quote more often than someone's words
        found = self.grammar.governor(open_tok + 1, close_tok)
        if found is None:
            return None
        speaker, verb = found
        if not self._plausible(*speaker.speaker):
            return None
        return Attribution(speaker.speaker, (verb, verb + 1), speaker.role)

    def _characterized(self, open_tok: int) -> bool:
        """Whether a characterizing verb stands before the opening mark in its sentence (so the parse is asked for
        only where it may tell a speaker)."""
        start = self.sent_start(open_tok)
        return any(t.lower_ in self.finder.lex.characterizing for t in self.doc[start:open_tok])

    def _led(self, floor: int, open_tok: int) -> Attribution | None:
        """'Roe, also on Twitter, defended his decision, "…"' or 'Roe spoke on Fox News: "…"': a quote after a
        comma or a colon that closes a clause whose main verb leads in to words (a characterizing or opinion verb,
        no reporting cue) is that verb's subject's."""
        before = open_tok - 1
        while before > floor and self.doc[before].is_space:
            before -= 1
        if self.grammar is None or before <= floor or self.doc[before].text not in (",", ":"):
            return None
        lead = self.finder.lex.lead_in
        verbs = [t.i for t in self.doc[floor:before] if t.lower_ in lead and not self.inside_quote(t.idx)]
        if not verbs:
            return None
        parsed = self.grammar.speaker(verbs[-1])
        if parsed is None or not self._plausible(*parsed.speaker) or parsed.speaker[1] > verbs[-1]:
            return None
        if not self.grammar.main_verb(verbs[-1]):  # "With leaders worried about …, Roe is rolling out …: "…""
            return None
        return Attribution(parsed.speaker, (verbs[-1], verbs[-1] + 1), parsed.role)

    def _colon_clause(self, quote: Marked, floor: int, open_tok: int) -> Attribution | None:
        """'Roe was at a loss to explain it: "…"': a quote right after a colon that closes its sentence's main clause
        is the words of that clause's subject when it names someone (grammar.colon_subject); not a title or a name
        of a few words ('… can add a new title to his resume: "song collector."')."""
        if _words(self.text[quote.start : quote.end]) < MIN_WORDS:
            return None
        before = open_tok - 1
        while before > floor and self.doc[before].is_space:
            before -= 1
        if before <= floor or self.doc[before].text != ":":
            return None
        return self._colon_subject(floor, before)

    def _colon_subject(self, first: int, colon: int) -> Attribution | None:
        """The subject of the clause from token `first` that the colon at token `colon` closes, as the speaker of
        the quote after it, when it names someone."""
        if self.grammar is None:
            return None
        parsed = self.grammar.colon_subject(first, colon)
        if parsed is None or not self._plausible(*parsed.speaker) or parsed.speaker[1] > colon:
            return None
        return Attribution(parsed.speaker, None, parsed.role)

    def _lead_in(self, quote: Marked, open_tok: int) -> Attribution | None:
        """The speaker of a quote that opens its sentence with no attribution and follows a sentence that leads in
        to someone's words: that sentence's subject ('Roe criticized the decision on Twitter. "The plan …"',
        'Roe believes the press was never free. ¶ "In our country …"')."""
        start = self.sent_start(open_tok)
        if self.grammar is None or start == 0 or self.text[self.doc[start].idx : quote.start].strip():
            return None
        if _words(self.text[quote.start : quote.end]) < MIN_WORDS or not self.stands_alone(quote.end):
            return None
        before = self.sent_start(start - 1)
        lex = self.finder.lex
        verbs = [t.i for t in self.doc[before:start] if t.lower_ in lex.lead_in and not self.inside_quote(t.idx)]
        if not verbs or self.section_of(self.doc[before].idx) < self.section_of(quote.start) - 1:
            return None
        parsed = self.grammar.speaker(verbs[0]) or self._aged_subject(before, verbs[0])
        if parsed is None or not self._plausible(*parsed.speaker):
            return None
        if self.doc[verbs[0]].lower_ in lex.aspect_verbs and not self.finder.can_go_on(parsed.speaker, before):
            return None  # "But the confusion over … continues:" leads in to no one's words
        return Attribution(parsed.speaker, None, parsed.role)  # the verb stays free to report its own clause

    def _aged_subject(self, start: int, verb: int) -> ParsedSpeaker | None:
        """The name that opens the sentence at token `start` with only an age set off by commas between it and the
        verb at `verb` ("Tano Rulo, 77, opposed the idea."), read from the word shapes when the parse gives none."""
        words = [t for t in self.doc[start:verb] if not t.is_space]
        if len(words) < 4 or [t.text for t in words[-3::2]] != [",", ","] or not words[-2].like_num:
            return None
        name = words[:-3]
        if len(name) > _NAME_WORDS or not all(t.text[:1].isupper() and t.is_alpha for t in name):
            return None
        return ParsedSpeaker((name[0].i, name[-1].i + 1))

    def led_by_colon(self, start: int, after: int) -> bool:
        """Whether a quote opening at character `start` follows words of its own sentence, a sentence that opens
        after character `after`, that end with a colon."""
        sentence = self.doc[self.sent_start(self.tok_at(start))].idx
        before = self.text[sentence:start].strip()
        return sentence >= after and before.endswith(":") and len(before.split()) > 1

    def stands_alone(self, end: int) -> bool:
        """Whether nothing but punctuation follows a quote ending at character `end` in its sentence (an
        attribution after it, however long, keeps it from the sentence before)."""
        close_tok = self.tok_at(end - 1)
        at = bisect_right(self.sent_starts, close_tok)
        end = self.sent_starts[at] if at < len(self.sent_starts) else len(self.doc)
        return all(t.is_punct or t.is_space for t in self.doc[close_tok + 1 : end])

    def _keep_unattributed(self, item: Found, previous: Found | None) -> bool:
        """A partial quote needs a speaker; a short direct one (a title, a slogan) needs one or a paragraph's."""
        if item.kind == "partial":
            return False
        return previous is not None or item.cue is not None or _words(self.text[item.start : item.end]) >= MIN_WORDS

    def _attribute(
        self, quote: Marked, open_tok: int, close_tok: int, floor: int, ceiling: int
    ) -> tuple[Attribution | None, bool]:
        tail = None
        if quote.closed:
            strict = self._ends_sentence(quote)
            tail = self.finder.tail(close_tok + 1, ceiling, strict=strict)
            if strict and tail is not None and self._reports_other(tail, open_tok, close_tok):
                tail = None
            if tail is not None and tail.speaker is not None:
                return tail, False
        head = self.finder.head(floor, open_tok) or self._colon_before(quote, floor) or self._led(floor, open_tok)
        if head is None or (head.speaker is None and not self.finder.after_relative(head.cue, floor)):
            head = self._colon_clause(quote, floor, open_tok) or head  # '…, also writing online: "…"': its subject
        if head is not None and head.speaker is not None:
            return head, True
        document = self.finder.document(self.sent_start(open_tok), open_tok)
        if document is not None:
            return document, True
        return tail or head, head is not None and tail is None

    def _reports_other(self, tail: Attribution, open_tok: int, close_tok: int) -> bool:
        """Whether the cue after a quote that ended its sentence reports something of its own: in '…expect."
        Roe said he thought …' or '…expect." Roe said: "…' Roe opens a new statement and does not speak the
        quote."""
        if tail.cue is None:
            return False
        if self._opens_quote(tail.cue[1]):
            return True
        if tail.speaker is not None and tail.speaker[0] >= tail.cue[1]:
            return False  # '"…?" said Jo Roe, a Democrat whose district borders Mexico.': the quote's own verb
        return self.grammar is not None and self.grammar.reports_other(tail.cue[0], open_tok, close_tok + 1)

    def _opens_quote(self, tok: int) -> bool:
        """Whether a quotation opens at token `tok`, after a comma or a colon at most."""
        while tok < len(self.doc) and (self.doc[tok].text in (",", ":") or gap(self.doc[tok])):
            tok += 1
        return tok < len(self.doc) and self.inside_quote(self.tok_starts[tok])

    def _ends_sentence(self, quote: Marked) -> bool:
        start, end = inner(self.text, quote)
        body = self.text[start:end].removesuffix("]")  # "… the victims[.]"
        return bool(body) and body[-1] in _SENTENCE_FINAL

    def _colon_before(self, quote: Marked, floor: int) -> Attribution | None:
        """'He said:' closing the paragraph before a quote that opens its own; or a clause whose subject names
        someone ("Roe issued the following statement:")."""
        section = self.sections[quote.section] if self.sections else None
        if section is None or quote.section == 0 or floor != self.tok_before(section.start):
            return None
        previous = self.sections[quote.section - 1]
        if not self.text[previous.start : previous.end].rstrip().endswith(":"):
            return None
        colon = self.tok_at(previous.start + len(self.text[previous.start : previous.end].rstrip()) - 1)
        start = self.sent_start(colon)
        found = self.finder.head(start, colon)
        if (found is None or found.speaker is None) and self.opens_section(quote.start):
            return self._colon_subject(start, colon) or found  # "Roe issued the following statement:" ¶ "…"
        return found

    def _kind(self, quote: Marked, floor: int, open_tok: int, head: Attribution | None) -> str:
        """Direct when the quote opens its sentence or follows its attribution; partial inside a sentence."""
        before = self.text[self.doc[floor].idx : quote.start].strip() if floor < open_tok else ""
        if not before or before[-1] in ":":
            return "direct"
        if head is None or head.cue is None:
            return "partial"
        if before[-1] in ",—–":
            return "direct"
        attribution_end = max(head.cue[1], head.speaker[1] if head.speaker else 0)
        if attribution_end < open_tok:
            return "partial"
        first = self.text[inner(self.text, quote)[0] : quote.end][:1]
        return (
            "direct"
            if first.isupper() or self.finder.sentence_end(self.tok_at(quote.end - 1) + 1, len(self.doc))
            else "partial"
        )


def _title_like(text: str) -> bool:
    """A title, a slogan or a headline in marks: every longer word capitalized ("Orange Is the New Black")."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    return bool(words) and all(w[0].isupper() for w in words)


def _plain_sentence(text: str) -> bool:
    """Whether marked words end a sentence inside their marks and hold, past the first, a word in lower case that a
    title would capitalize (none of its small words; "Isn't" and "pro-Israel" are one word each)."""
    inside = text.strip("\"'“”‘’`″ ").rstrip()
    if inside[-1:] not in _SENTENCE_FINAL:
        return False
    later = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", inside)[1:]
    return any(w.islower() and len(w) >= _PLAIN_WORD and w not in _TITLE_SMALL_WORDS for w in later)


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))
