"""Who said it: speaker phrases around a reporting verb, read from token shapes and the speech lexicon.

All positions here are token indices into one Doc. A speaker phrase is a short run of name-like or nominal
tokens ("Sabrina Singh", "a senior administration official", "two U.S. officials", "the statement") that stops
at punctuation, clause words and other reporting verbs. An appositive role after a name ("Singh, the Pentagon's
deputy press secretary, said") is kept apart: the name is the speaker, the rest is the role. White space the
tokenizer keeps as a token (a non-breaking space: "Roe\u00a0said") is a gap inside a phrase, never its edge."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.components.quotes.lexicon import Lexicon
from sitrep.data_files import function_words

MAX_PHRASE = 9
_ROLE_WORDS = 6  # words of a role in lower case between a name's comma and the preposition that ends it
QUOTED_REACH = 8  # words between "was quoted" and "as saying" ("was quoted by the state news agency as saying")
TAIL_REACH = 36  # tokens after a quote searched for its cue ('…," Roe, a nurse from a small town, said')
_ACRONYM_REACH = 3  # words either side of a word in capitals searched for one in lower case (not a headline)
_SENTENCE_END = frozenset({".", "!", "?", ";"})
_DASHES = frozenset({"—", "–", "-", "--", "―"})
_LEAD_PUNCT = _DASHES | {","}
_MARKS = frozenset([*"\"“”„«»'‘’`", "''", "``"])
_POSSESSIVE = function_words("possessive_endings")
_PASSIVE = function_words("passive_auxiliaries") - function_words("possessive_endings")
_COORDINATORS = function_words("coordinators")
_SUBORDINATORS = function_words("subordinators") | function_words("question_words")
_DEFINITE = function_words("definite_determiners")
_DOCUMENT_WORDS = 10  # words after "In a statement" to the comma that closes the opener ("released after the raid")
_APPOSITION_WORDS = 9  # words of a description set off after a name before "who" ("a marine ecologist at the school")
_ADJUNCT_WORDS = 20  # tokens of an adjunct after a closing attribution's verb ("asked at the end of the meeting")
_DATELINE_TOKENS = 12  # tokens of a wire dateline before its dash ("HAYWARD, Calif., Nov. 8 (AP) —")
_PERSONAL = function_words("people_subject_pronouns")
_ACCORDING = "according"  # "according to X, Jo Roe, …": the name set off after X is the subject of the clause
_ORIGIN_WORDS = 5  # words of a place after a name ("Jo Roe, of Dayton, Ohio, said" reads "of Dayton" first)


@dataclass(slots=True)
class Attribution:
    """A speaker phrase, its reporting cue and an appositive role (token ranges, end exclusive)."""

    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    role: tuple[int, int] | None = None


def gap(tok: Token) -> bool:
    """White space the tokenizer kept as a token (a non-breaking space), not a line break."""
    return tok.is_space and "\n" not in tok.text


class SpeakerFinder:
    """Speaker phrases before and after the reporting cues of one Doc."""

    def __init__(self, doc: Doc, lexicon: Lexicon, cues: dict[int, int]) -> None:
        self.doc = doc
        self.lex = lexicon
        self.cues = cues
        self.trailing = lexicon.phrase_prepositions | _POSSESSIVE  # words a phrase never ends on

    # -- phrases ------------------------------------------------------------------------------------------

    def in_phrase(self, tok: Token) -> bool:
        """Whether a token can belong to a speaker phrase (a gap can, inside one)."""
        if tok.is_space:
            return gap(tok)
        if tok.i in self.cues:
            return False
        if self._hyphenated(tok):
            return True  # "in" of "editor-in-chief"
        if tok.lower_ in self.lex.stop and not self.acronym(tok):
            return False
        text = tok.text
        if text == ".":
            return self._title_stop(tok)
        if text in self.lex.name_joiners:
            return not (text == "-" and (tok.whitespace_ or self._spaced_before(tok)))
        return any(c.isalnum() for c in text)

    def _ends(self, tok: Token) -> bool:
        """Whether a token ends a sentence (a stop, not the one of an abbreviated title before a name)."""
        return tok.text in _SENTENCE_END and not (tok.text == "." and self._title_stop(tok))

    def _title_stop(self, tok: Token) -> bool:
        """Whether a stop the tokenizer split off ends an abbreviated title before a capitalized word ("Lt." and
        "Col." of "Lt. Col. Ann Rey"): part of the name, no sentence end."""
        i = tok.i
        if i == 0 or i + 1 >= len(self.doc) or self.doc[i - 1].whitespace_:
            return False
        return f"{self.doc[i - 1].lower_}." in self.lex.titles and self.doc[i + 1].text[:1].isupper()

    def _hyphenated(self, tok: Token) -> bool:
        """Whether a word is glued between two hyphens inside a compound ("in" of "editor-in-chief")."""
        i = tok.i
        if i == 0 or i + 1 >= len(self.doc) or tok.whitespace_:
            return False
        before, after = self.doc[i - 1], self.doc[i + 1]
        return before.text == after.text == "-" and not before.whitespace_ and not after.whitespace_

    def acronym(self, tok: Token) -> bool:
        """Whether a word is an acronym in capitals (WHO, US, TODAY in "USA TODAY"), no function word of the same
        letters: two letters or more, and a word in lower case near it (not a headline in capitals)."""
        if not (tok.is_alpha and tok.is_upper and len(tok.text) > 1):
            return False
        near = self.doc[max(tok.i - _ACRONYM_REACH, 0) : tok.i + _ACRONYM_REACH + 1]
        return any(t.is_alpha and t.is_lower for t in near)

    def _spaced_before(self, tok: Token) -> bool:
        return tok.i > 0 and bool(self.doc[tok.i - 1].whitespace_)

    def back(self, end: int, floor: int) -> int | None:
        """The start of the phrase that ends at token `end` - 1, or None (a parenthesis is passed over)."""
        i, taken = end - 1, 0
        while i >= floor and taken < MAX_PHRASE:
            tok = self.doc[i]
            if tok.text == ")":
                opening = self._paren(i, floor, -1)
                if opening is None:
                    break
                i = opening - 1
                continue
            if not self.in_phrase(tok):
                break
            i, taken = i - 1, taken + (not tok.is_space)
        start = self.past_gaps(i + 1, end)
        if end - start > 1 and self._adjunct_then_pronoun(start, end, floor):
            start = end - 1  # "Regarding the new plant he said": the pronoun alone
        return start if start < end and self.plausible(start, end) else None

    def _adjunct_then_pronoun(self, start: int, end: int, floor: int) -> bool:
        """Whether a phrase is an adjunct with no comma and a personal pronoun ("Regarding the plan he", "on Tuesday
        night he"): it opens its sentence or follows a preposition or a coordinator, so it is no noun the pronoun
        is a relative clause of ("the news they read")."""
        last = self.doc[end - 1]
        if last.lower_ not in _PERSONAL or not self.doc[end - 2].is_alpha:
            return False
        if start <= floor or self.doc[start].is_sent_start:
            return True
        before = self.doc[start - 1].lower_
        return before in self.lex.adjunct_prepositions or before in _COORDINATORS or before in self.lex.adjunct_openers

    def forward(self, start: int, ceiling: int, sources: frozenset[str] = frozenset()) -> int | None:
        """The end of the phrase that starts at token `start`, or None (a parenthesis is passed over); `sources`
        are more head nouns that make it plausible."""
        i, taken = start, 0
        while i < ceiling and taken < MAX_PHRASE:
            tok = self.doc[i]
            if tok.text == "(" and i > start:
                closing = self._paren(i, ceiling, 1)
                if closing is None:
                    break
                i = closing + 1
                continue
            if not self.in_phrase(tok):
                break
            i, taken = i + 1, taken + (not tok.is_space)
        while i > start and (self.doc[i - 1].lower_ in self.trailing or self.doc[i - 1].is_space):
            i -= 1
        if i > start and self.plausible(start, i, sources):
            return i
        return i - 1 if self._post_modified(start, i, ceiling, sources) else None

    def _post_modified(self, start: int, end: int, ceiling: int, sources: frozenset[str]) -> bool:
        """Whether a phrase ends on a source noun and one lower-case word that a preposition follows: an adjective
        or a participle set after the noun ("people familiar with the talks", "sources close to the family",
        "reports received by the group"), which ends the speaker phrase at the noun."""
        if end - start < 2 or end >= ceiling or not self.doc[end].is_lower:
            return False
        word, noun, after = self.doc[end - 1], self.doc[end - 2], self.doc[end].lower_
        if not (word.is_lower and word.is_alpha) or word.lower_ in self.lex.stop:
            return False
        prepositions = self.lex.governors | self.lex.phrase_prepositions
        named = noun.lower_ in self.lex.source_nouns or noun.lower_ in sources
        return named and after in prepositions and self.plausible(start, end - 1, sources)

    def past_gaps(self, i: int, ceiling: int) -> int:
        """The first token from `i` on that is not a gap."""
        while i < ceiling and gap(self.doc[i]):
            i += 1
        return i

    def _paren(self, i: int, limit: int, step: int) -> int | None:
        """The matching parenthesis within a few tokens of the one at `i`, walking in `step` direction."""
        want = "(" if step < 0 else ")"
        for j in range(i + step, i + step * 8, step):
            if (step < 0 and j < limit) or (step > 0 and j >= limit) or self.doc[j].text in ",.;\n":
                return None
            if self.doc[j].text == want:
                return j
        return None

    def plausible(self, start: int, end: int, sources: frozenset[str] = frozenset()) -> bool:
        """A speaker phrase names someone: a capitalized word, a pronoun, a source noun (or one of `sources`) or a
        determined noun; never a phrase that opens with a preposition ('said of the leaders, "…"')."""
        opening = self.doc[start].lower_
        if opening in self.lex.phrase_prepositions or opening in self.lex.adjunct_prepositions:
            return False
        last = self.doc[end - 1]
        head = last.lower_
        if self.doc[start:end].text.lower() in self.lex.lone_speakers:
            return True  # '"…," the other said'
        if head in self.lex.determiners or head in self.lex.phrase_prepositions or last.text in self.lex.name_joiners:
            return False
        if end - start == 1 and head in self.lex.pronouns:
            return True
        if head in self.lex.source_nouns or head in self.lex.role_nouns or head in sources:
            return True
        if head in self.lex.according_sources and end - start > 1:
            return True  # "state television said", "national radio reported": a medium with its modifier
        if any(t.text[:1].isupper() for t in self.doc[start:end]):  # a name
            return True
        return opening in self.lex.determiners or self._source_of(start, end)

    def _source_of(self, start: int, end: int) -> bool:
        """Whether a phrase's head before "of"/"for" is a source noun ("attorneys for the family")."""
        for tok in self.doc[start + 1 : end]:
            if tok.lower_ in self.lex.phrase_prepositions:
                return self.doc[tok.i - 1].lower_ in self.lex.source_nouns
        return False

    def names_source(self, start: int, end: int) -> bool:
        """Whether a phrase names someone who can speak: a name at its head ("film director Osman Abu Laban"), a
        pronoun, or a source or role noun at its head ("one aide", "a spokesman for the army"), not any determined
        noun ("a weekly column")."""
        if self.capitalized(self.doc[end - 1]) or self._pronoun(start, end) or self._source_of(start, end):
            return True
        head = self.doc[end - 1].lower_
        return head in self.lex.source_nouns or head in self.lex.role_nouns

    def is_name(self, start: int, end: int) -> bool:
        """Capitalized words (with titles and joiners): a person's or a body's name."""
        words = [t for t in self.doc[start:end] if t.text not in self.lex.name_joiners and not t.is_space]
        if ")" in (t.text for t in words):
            words = words[: [t.text for t in words].index("(")] if "(" in (t.text for t in words) else words
        return bool(words) and all(self.capitalized(t) or t.lower_ in self.lex.titles for t in words)

    def capitalized(self, tok: Token) -> bool:
        """A capitalized word, or the lower-case part a hyphen joins to one in a name ("Lee Ju-ho", "Moon Jae-in")."""
        if tok.text[:1].isupper():
            return True
        hyphen = self.doc[tok.i - 1] if tok.i >= 2 else None
        if hyphen is None or hyphen.text != "-" or hyphen.whitespace_ or self._spaced_before(hyphen):
            return False
        return self.doc[tok.i - 2].text[:1].isupper()

    def is_role(self, start: int, end: int) -> bool:
        """A role phrase opens with a determiner or possessive ("the Pentagon's deputy press secretary")."""
        first = self.doc[start]
        if first.lower_ in self.lex.pronouns:
            return False
        if first.lower_ in self.lex.determiners or first.lower_ in self.lex.titles or first.text[:1].islower():
            return True
        short = self.doc[start:end]
        return len(short) <= 4 and any(t.like_num or t.text == "-" for t in short)  # an age, a party and state

    # -- around a cue -------------------------------------------------------------------------------------

    def skip_back(self, i: int, floor: int) -> int:
        """Step back over auxiliaries, adverbs and time words between a speaker and its verb."""
        while i > floor and self._bridges(self.doc[i - 1]):
            i -= 1
        return i

    def _passive(self, start: int, cue: int) -> bool:
        """Whether the words between a phrase and the cue make it passive: a form of "be" before a verb that is no
        participle in -ing ("was reported", not "has been saying")."""
        if self.doc[cue].lower_.endswith("ing"):
            return False
        return any(t.lower_ in _PASSIVE for t in self.doc[start:cue])

    def skip_forward(self, i: int, ceiling: int) -> int:
        """Step forward over auxiliaries, adverbs and time words before a verb ("and later added")."""
        while i < ceiling and self._bridges(self.doc[i]):
            i += 1
        return i

    def _bridges(self, tok: Token) -> bool:
        return tok.lower_ in self.lex.between or tok.lower_ in self.lex.days or gap(tok)

    def before(self, cue: int, floor: int) -> Attribution | None:
        """The speaker written before the cue at token `cue` ("Singh said", "Singh, the …, said"); none before a
        passive verb ("It was reported that …", "He was told …")."""
        end = self.skip_back(cue, floor)
        if self._passive(end, cue) and not self._quoted_as_saying(cue):
            return None
        comma = end > floor and self.doc[end - 1].text == ","
        if comma:
            end -= 1
        if not comma and end - 2 > floor and self.doc[end - 1].lower_ == "and" and self._bridges(self.doc[end - 2]):
            end = self.skip_back(end - 2, floor)
        cue_span = (cue, self.cues.get(cue, cue + 1))
        origin = self._origin(end, floor) if comma else None
        if origin is not None:  # "…, Jo Roe, of Dayton, said": the name speaks, its place tells who they are
            return Attribution(origin, cue_span, (origin[1] + 1, end))
        start = self.back(end, floor)
        if start is None:
            return None
        start = self._joined_role(start, floor) if not comma else start
        comma_at = start - 1
        while comma_at > floor and gap(self.doc[comma_at]):
            comma_at -= 1
        if comma_at > floor and self.doc[comma_at].text == ",":
            name = self.back(comma_at, floor)
            if name is not None and self._appositive(name, (comma_at, start), end, floor, closed=comma):
                return Attribution((name, comma_at), cue_span, (start, end))
        if comma:  # "…, Roe said": a name set off by commas, unless a word before it governs it ("in Kharkiv, …")
            governed = self._governed(start, floor) or self._time_only(start, end)
            return Attribution((start, end), cue_span) if self.is_name(start, end) and not governed else None
        if start - 1 > floor and self.doc[start - 1].lower_ in self.lex.adjunct_prepositions:
            head = self.back(start - 1, floor)
            participle = self.doc[cue].lower_.endswith("ing")
            if head is not None and (not participle or self._speaking_head(head, start - 1)):
                return Attribution((head, start - 1), cue_span)  # 'the office in Baghdad said': never the place
            if participle:  # 'sent messages to phones in the north saying "…"', 'answered the question on the radio
                return None  # writing "…"': neither the place nor the thing acted on speaks
        return Attribution((start, end), cue_span)

    def _joined_role(self, start: int, floor: int) -> int:
        """Where a role joined by "and" to the phrase at `start` opens, when a comma sets it off after a name ("Jo Roe,
        president and CEO of Harbor Lines said"); else `start`."""
        if start - 1 <= floor or self.doc[start - 1].lower_ not in _COORDINATORS:
            return start
        joined = self.back(start - 1, floor)
        if joined is None or not self.doc[joined].is_lower or self.doc[joined - 1].text != ",":
            return start
        return joined

    def _speaking_head(self, start: int, end: int) -> bool:
        """Whether the phrase at tokens [start, end) can say what a participle after it reports: someone who speaks
        or a document ("a post on its website saying …", "an email to supporters stating …"), not a thing acted on
        ("answered the question on the radio writing …")."""
        return self.names_source(start, end) or self.doc[end - 1].lower_ in self.lex.documents

    def _origin(self, end: int, floor: int) -> tuple[int, int] | None:
        """The name set off right before a place that says where someone is from and ends at token `end` (", Jo
        Roe, of Dayton," "…, Eric Roe, from Orlando,"), as a span; else None."""
        of = next((k for k in range(end - 1, max(end - _ORIGIN_WORDS, floor) - 1, -1)
                   if self.doc[k].lower_ in self.lex.origin_prepositions), None)  # fmt: skip
        if of is None or of - 1 <= floor or self.doc[of - 1].text != "," or not self.is_name(of + 1, end):
            return None
        name = self.back(of - 1, floor)
        if name is None or not self.is_name(name, of - 1) or self._governed(name, floor):
            return None
        return name, of - 1

    def _quoted_as_saying(self, cue: int) -> bool:
        """Whether the cue is a quoting verb with "as saying" after it ("Roe was quoted by Tass as saying"): the
        passive subject is the one who spoke, no one's object."""
        if self.doc[cue].lower_ not in self.lex.quoting_verbs:
            return False
        after = self.doc[cue + 1 : min(cue + 1 + QUOTED_REACH, len(self.doc))]
        return any(t.lower_ in self.lex.quoted_saying and t.i > 0 and self.doc[t.i - 1].lower_ == "as" for t in after)

    def _time_only(self, start: int, end: int) -> bool:
        """Whether a phrase is only words of time ("…until Friday, said …"): a date or a time never speaks."""
        return all(t.lower_ in self.lex.days or t.like_num for t in self.doc[start:end])

    def _governed(self, start: int, floor: int) -> bool:
        """Whether a preposition governs the phrase at `start`, or the name it follows after a comma: a one-word
        region after a place ("in Kent, Conn., said", "in Lyon, France, said") is in the place's phrase."""
        before = start - 1
        if before >= floor and self.doc[before].text == "," and self.doc[start + 1].text == ",":
            place = self.back(before, floor)
            if place is None or not self.is_name(place, before):
                return False
            before = place - 1
        return before >= floor and self.doc[before].lower_ in self.lex.governors

    def _appositive(self, name: int, comma_role: tuple[int, int], end: int, floor: int, *, closed: bool) -> bool:
        """Whether "<name>, <role>" is a person and their role. Without the closing comma the name must open
        its clause (right after a quote or at the sentence start), so "In Hudson, the mayor said" is no pair."""
        comma, role = comma_role
        if not self.is_name(name, comma) or not self.is_role(role, end):
            return False
        if any(t.lower_ in self.lex.days for t in self.doc[name:comma]):
            return False
        return closed or name == floor or self.doc[name - 1].text in _MARKS or bool(self.doc[name].is_sent_start)

    def after(self, cue: int, ceiling: int, sources: frozenset[str] = frozenset()) -> Attribution | None:
        """The speaker written after the cue ("said Singh", "according to two U.S. officials"), never a time ("said
        Thursday"); `sources` are more head nouns that may name it ("according to state media")."""
        cue_end = self.cues.get(cue, cue + 1)
        start = self.past_gaps(cue_end, ceiling)
        end = self.forward(start, ceiling, sources)
        if end is None or self._time_only(start, end):
            return None  # 'an official said Thursday, "…"': a day never speaks
        role = None
        if end + 1 < ceiling and self.doc[end].text == "," and self.is_name(start, end):
            role_start = self.past_gaps(end + 1, ceiling)
            role_end = self.forward(role_start, ceiling)
            if role_end is not None and self.is_role(role_start, role_end):
                role = (role_start, role_end)
        named = self._named_after(start, end, ceiling)
        if named is not None and self.doc[cue].lower_ == _ACCORDING and not self.sentence_end(named[1], ceiling):
            named = None  # "According to the ministry, Jo Roe, the mayor, was …": the clause's subject
        if named is not None:  # 'said the chief economist at Norland Bank, Peter Olsen.'
            return Attribution(named, (cue, cue_end), (start, named[0] - 1))
        return Attribution((start, end), (cue, cue_end), role)

    def _named_after(self, start: int, end: int, ceiling: int) -> tuple[int, int] | None:
        """The name of two words or more set off by a comma after a description at [start, end) and closing the
        clause ('said the chief economist at Norland Bank, Peter Olsen.'): the person described; never a place
        ('a spokesman in Trenton, New Jersey'), a body ('a spokesman for the company, Acme Corp.') nor a day."""
        if self.is_name(start, end) or not self.doc[start].is_lower:
            return None
        for j in range(end, min(end + _APPOSITION_WORDS, ceiling - 1)):
            tok = self.doc[j]
            if tok.text == ",":
                first = self.past_gaps(j + 1, ceiling)
                last = self.forward(first, ceiling)
                if last is None or last - first < 2 or not self.is_name(first, last) or self._time_only(first, last):
                    return None
                after = self.doc[last] if last < ceiling else None
                if after is not None and not (after.text in _SENTENCE_END or after.text == "," or "\n" in after.text):
                    return None
                return None if self._no_person(first, last) else (first, last)
            if j in self.cues or self._ends(tok) or tok.text in _MARKS or "\n" in tok.text:
                return None
            if tok.lower_ in self.lex.stop and tok.lower_ not in self.lex.governors and tok.lower_ not in _COORDINATORS:
                return None  # "that", "who", a verb's clause: no description
        return None

    def _no_person(self, start: int, end: int) -> bool:
        """Whether an entity that is no person (a place, a body) overlaps tokens [start, end)."""
        first, last = self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1])
        return any(
            e.kind != "person" and any(m.start < last and first < m.end for m in e.mentions)
            for e in self.doc._.entities or []
        )

    # -- around a quote -----------------------------------------------------------------------------------

    def tail(self, i: int, ceiling: int, *, strict: bool = False) -> Attribution | None:
        """The attribution right after a closing mark: '…," said X', '…," X said' or '…" ― X'.

        `strict` (the quote ended its sentence) accepts only a short clause that ends there ('…?" X asked.')."""
        dashed = False
        while i < ceiling and (self.doc[i].text in _LEAD_PUNCT or gap(self.doc[i])):
            dashed = dashed or self.doc[i].text in _DASHES
            i += 1
        if i >= ceiling or (strict and self.doc[i].lower_ in _SUBORDINATORS):
            return None  # '…." When his editors asked, he would answer': a sentence of its own opens
        found = self._tail_at(i, ceiling, dashed)
        if found is None or not strict:
            return found
        last = max(found.cue[1] if found.cue else 0, found.speaker[1] if found.speaker else 0)
        return found if self.closes(last, ceiling) or self._adjunct_closes(last, ceiling) else None

    def _adjunct_closes(self, i: int, ceiling: int) -> bool:
        """Whether only an adjunct opened by a preposition follows token `i` to its sentence's end ('…?" Roe asked
        at the end of the meeting on Monday.'): no question word, "that", cue or mark opens a clause of its own."""
        if i >= ceiling or self.doc[i].lower_ not in self.lex.tail_prepositions:
            return False
        for j in range(i + 1, min(i + _ADJUNCT_WORDS, ceiling)):
            tok = self.doc[j]
            if tok.text in _SENTENCE_END or "\n" in tok.text:
                return True
            if j in self.cues or tok.text in _MARKS or tok.text == ";" or tok.lower_ in self.lex.question_words:
                return False
            if tok.lower_ == "that":
                return False
        return False

    def _tail_at(self, i: int, ceiling: int, dashed: bool) -> Attribution | None:
        if i in self.cues:
            return self._inverted(i, ceiling) or Attribution(None, (i, self.cues[i]))
        if dashed:
            end = self.forward(i, ceiling)
            return Attribution((i, end), None) if end is not None and self.is_name(i, end) else None
        for j in range(i, min(i + TAIL_REACH, ceiling)):
            text = self.doc[j].text
            if j in self.cues:
                return self._set_off_first(self.before(j, i), self._first_phrase(i, j))
            if self._ends(self.doc[j]) or (text in _MARKS and not self._plural_possessive(j)):
                return None
        return self._shaped(i, ceiling)

    def _inverted(self, cue: int, ceiling: int) -> Attribution | None:
        """The speaker after a cue that follows a quote ('…," said Roe', '…," according to Roe'); a participle takes
        none ('…," promising the group will return': the group is what was promised)."""
        verb = self.doc[cue : self.cues[cue]].text.lower()
        if self.doc[cue].lower_.endswith("ing") and verb not in self.lex.inverted:
            return None
        return self.after(cue, ceiling)

    def _plural_possessive(self, j: int) -> bool:
        """Whether the apostrophe at token `j` ends a plural possessive ("Sanders’ campaign manager")."""
        before = self.doc[j - 1] if j > 0 else None
        return (
            self.doc[j].text in ("'", "’")
            and before is not None
            and not before.whitespace_
            and before.text.endswith("s")
            and bool(self.doc[j].whitespace_)
        )

    def _set_off_first(self, found: Attribution | None, first: Attribution | None) -> Attribution | None:
        """The phrase before the cue, unless it lies inside the description of a name set off right after the quote
        ('…," Jo Roe, an analyst at the Council on Energy, Environment and Water think tank told CBS': Roe speaks,
        not "Water think tank"); a name set off by commas before the cue speaks ('…," a spokesman for the ministry,
        Li Wei, said')."""
        if found is None or found.speaker is None:
            return found or first
        if first is None or first.speaker is None or found.speaker[0] <= first.speaker[1]:
            return found
        if self.doc[found.speaker[0] - 1].text == "," or not self.is_name(*first.speaker):
            return found
        return first

    def _first_phrase(self, i: int, cue: int) -> Attribution | None:
        """'…," Jane Roe, 45, a nurse from Ohio, said' or '…," the economist Jane Roe, a former adviser, wrote': the
        phrase right after the quote speaks."""
        end = self.forward(i, cue)
        if end is None or end >= cue or self.doc[end].text != "," or not self.names_source(i, end):
            return None
        return Attribution((i, end), (cue, self.cues[cue]), (end + 1, self.skip_back(cue, end + 1) - 1))

    def _shaped(self, i: int, ceiling: int) -> Attribution | None:
        """'…," Roe barked.': a name and a verb-shaped word right after a quote, though the verb is not listed."""
        end = self.forward(i, ceiling)
        if end is None or end >= ceiling or not (self.is_name(i, end) or self._pronoun(i, end)):
            return None
        verb = self.doc[end]
        if not (verb.is_lower and verb.text.endswith(("ed", "s")) and self.closes(end + 1, ceiling)):
            return None
        return Attribution((i, end), (end, end + 1))

    def _pronoun(self, start: int, end: int) -> bool:
        return end - start == 1 and self.doc[start].lower_ in self.lex.pronouns

    def closes(self, i: int, ceiling: int) -> bool:
        """Whether a clause ends within a few tokens of `i` (a stop, a comma, a mark, a line end), before "that"."""
        for j in range(i, min(i + 8, ceiling)):
            text = self.doc[j].text
            if text.lower() == "that":
                return False
            if text in _SENTENCE_END or text in _MARKS or text == "," or "\n" in text:
                return True
        return i + 8 > ceiling

    def head(self, floor: int, open_at: int) -> Attribution | None:
        """The attribution before an opening mark in the same sentence: 'X said: "…' or 'said X, "…'."""
        for j in range(open_at - 1, floor - 1, -1):
            if j not in self.cues:
                continue
            if self.doc[j].lower_ == "according":
                return self.after(j, open_at)
            if self._in_opening_clause(j, floor, open_at):
                return None  # 'When his editors asked him, he would answer, "…"': the main clause's subject speaks
            verb = self.doc[j : self.cues[j]].text.lower()
            relative = self._relative_antecedent(j, floor, open_at)
            if relative is not None:
                return relative
            inverted = self.after(j, open_at) if verb in self.lex.inverted else None
            earlier = self.earlier(j, floor) if self._set_off_participle(j, floor) else None
            found = self.before(j, floor) or inverted or earlier or self.subject(floor, j)
            if found is not None and found.speaker is not None and verb in self.lex.aspect_verbs:
                found = found if self.can_go_on(found.speaker, floor) else None
            return found or Attribution(None, (j, self.cues[j]))
        return self._colon_name(floor, open_at)

    def _in_opening_clause(self, cue: int, floor: int, open_at: int) -> bool:
        """Whether the cue at token `cue` lies in a clause of time or cause that opens the sentence at `floor` and
        that a comma closes before a main clause, with words in lower case, whose comma or colon opens the quote at
        `open_at` ('When his editors asked him, he would answer, "…"'); not a frame of manner ("As Roe put it, …")."""
        start = self.past_gaps(floor, cue)
        opener = self.doc[start].lower_
        if opener not in _SUBORDINATORS or opener in self.lex.manner_openers:
            return False
        before = open_at - 1
        while before > cue and gap(self.doc[before]):
            before -= 1
        if self.doc[before].text not in (",", ":"):
            return False
        comma = next((k for k in range(cue + 1, open_at) if self.doc[k].text == ","), None)
        if comma is None:
            return False
        return any(t.is_alpha and t.is_lower for t in self.doc[comma + 1 : open_at])

    def earlier(self, cue: int, floor: int) -> Attribution | None:
        """ "…, she told reporters, saying …": a participle goes on with the speaker of the speech verb before it in its
        sentence (from token `floor`), when a speaker stands right before that verb ("The talks will go on, Roe said,
        adding: "…"": Roe adds, not the talks)."""
        earlier = [j for j in self.cues if floor <= j < cue]
        if not earlier or any(self.doc[j].lower_ in self.lex.pronouns for j in range(max(earlier), cue)):
            return None  # "…, even as he defended the plan, saying …": a subject of its own in between
        found = self.before(max(earlier), floor)
        if found is None or found.speaker is None:
            return None
        return Attribution(found.speaker, (cue, self.cues[cue]), found.role)

    def _set_off_participle(self, cue: int, floor: int) -> bool:
        """Whether the cue at token `cue` is a participle set off by a comma (", adding", ", saying")."""
        before = self.skip_back(cue, floor)
        return self.doc[cue].lower_.endswith("ing") and before > floor and self.doc[before - 1].text == ","

    def can_go_on(self, speaker: tuple[int, int], floor: int) -> bool:
        """Whether the speaker of a verb of going on can speak: no object of a preposition ("… over the source of the
        shots continues"), and a name, a pronoun or a source or role noun before its own prepositional phrase (not
        "But the confusion over … continues:")."""
        start, end = speaker
        if self._governed(start, floor):
            return False
        head_end = next((i for i in range(start + 1, end) if self.doc[i].lower_ in self.lex.governors), end)
        return self.names_source(start, head_end)

    def after_relative(self, cue: tuple[int, int] | None, floor: int) -> bool:
        """Whether a cue stands right after a relative pronoun ("…, who responds:"): its clause is a relative one."""
        if cue is None:
            return False
        before = self.skip_back(cue[0], floor)
        return before > floor and self.doc[before - 1].lower_ in self.lex.syntax.relative_pronouns

    def _relative_antecedent(self, cue: int, floor: int, open_at: int) -> Attribution | None:
        """A cue right after a relative pronoun speaks for the noun phrase that pronoun stands for, never for the
        sentence's subject: the noun right before it when the quote follows the cue at once ("… got a text that
        read: "…""); for a relative clause set off by a comma ("…, from Jo Roe, who declared in the hall, "…"") no
        speaker here, the parse names the noun the clause hangs on (past an appositive). None when no relative
        pronoun stands before the cue, or when the quote is further off in a restrictive clause ("critics who say he
        should call them "…"": whose words is unclear)."""
        before = self.skip_back(cue, floor)
        if before <= floor or self.doc[before - 1].lower_ not in self.lex.syntax.relative_pronouns:
            return None
        pronoun, cue_span = before - 1, (cue, self.cues[cue])
        if pronoun - 1 > floor and self.doc[pronoun - 1].text == ",":
            person = self.doc[pronoun].lower_ in self.lex.person_relatives
            named = self._named_before(pronoun - 1, floor) if person else None
            return Attribution(named, cue_span)  # else the parse tells which noun the clause hangs on
        if any(not (t.is_punct or t.is_space) for t in self.doc[cue_span[1] : open_at]):
            return None
        start = self.back(pronoun, floor)
        return Attribution((start, pronoun), cue_span) if start is not None else Attribution(None, cue_span)

    def _named_before(self, comma: int, floor: int) -> tuple[int, int] | None:
        """The name before a description set off after it ("Jo Roe, a marine ecologist at Ota University,"), else
        the name that ends right before the comma at `comma` unless a preposition of place or affiliation governs it
        ("… at Ota University,"): the person a "who" set off there stands for; else None."""
        k = comma - 1
        while k > floor and comma - k <= _APPOSITION_WORDS and self.doc[k].text != ",":
            k -= 1
        if k > floor and self.doc[k].text == "," and self.is_role(k + 1, comma):
            name = self.back(k, floor)
            return (name, k) if name is not None and self.is_name(name, k) else None
        start = self.back(comma, floor)
        if start is None or not self.is_name(start, comma):
            return None
        places = self.lex.adjunct_prepositions | self.lex.phrase_prepositions
        governed = start > floor and self.doc[start - 1].lower_ in places
        return None if governed else (start, comma)

    def _colon_name(self, floor: int, open_at: int) -> Attribution | None:
        """'… pollster Jane Roe: "…': a name right before a colon that opens the quote."""
        colon = open_at - 1
        while colon > floor and self.doc[colon].is_space:
            colon -= 1
        if colon <= floor or self.doc[colon].text not in (":", "):"):
            return None
        mark, colon = colon, self._before_party_tag(colon, floor)
        if self.doc[colon].text == "):":
            return None
        first = colon
        while (
            first > floor
            and colon - first < MAX_PHRASE
            and self.in_phrase(self.doc[first - 1])
            and self.is_name(first - 1, colon)
        ):
            first -= 1
        first = self.past_gaps(first, colon)
        if first == colon or not self.doc[first].text[:1].isupper():
            return None
        if colon - first == 1 and len(self.doc[first].text) == 1:
            return None  # 'A: "…"': an interview's question or answer label, no name
        prep = first - 2 if first - 1 > floor and self.doc[first - 1].lower_ in self.lex.determiners else first - 1
        if prep > floor and self.doc[prep].lower_ in self.lex.phrase_prepositions:
            return self._name_before_role(prep, floor, mark)  # "Jo Roe, commander of the Fifth Fleet: "…""
        if first > floor and self.doc[first - 1].lower_ in self.lex.medium_prepositions:
            return None  # '… also speaking via Twitter: "…', '… told reporters in Geneva: "…': no speaker
        if self._governed_conjunct(first, floor):
            return None  # '… drawback to working with Nash and Corby: "…"': an object in the clause, not its speaker
        return Attribution((first, colon), (mark, mark + 1))

    def _name_before_role(self, prep: int, floor: int, mark: int) -> Attribution | None:
        """'Jo Roe, commander of the Fifth Fleet: "…"': the name set off by a comma before a role in lower case that
        a preposition at token `prep` ends; None when no such name stands there (the body after "of" is no
        speaker)."""
        comma = prep - 1
        while comma > floor and prep - comma <= _ROLE_WORDS and self.doc[comma].text[:1].islower():
            comma -= 1
        if comma <= floor or comma == prep - 1 or self.doc[comma].text != ",":
            return None
        first = comma
        while first > floor and comma - first < MAX_PHRASE and self.in_phrase(self.doc[first - 1]):
            first -= 1
        first = self.past_gaps(first, comma)
        opens = first == floor or self.doc[first - 1].is_space or self.doc[first - 1].text in _SENTENCE_END
        if first == comma or not opens or not self.is_name(first, comma):
            return None
        return Attribution((first, comma), (mark, mark + 1))

    def _before_party_tag(self, colon: int, floor: int) -> int:
        """Where the name ends before a party and state tag that ends at the colon at token `colon` ("Jo Roe, R-Texas:",
        "Jo Roe (D-Ore.):"): the tag names no speaker; `colon` itself when there is none."""
        parenthesised = self.doc[colon].text == "):" or self.doc[colon - 1].text == ")"
        close = colon - 1 if self.doc[colon - 1].text == ")" else colon
        for opener in range(close - 2, max(floor, close - 6) - 1, -1):
            if self.doc[opener].text not in (",", "("):
                continue
            tag = self.doc[opener + 1 : close]
            fits = (self.doc[opener].text == "(") == parenthesised and len(tag) > 2
            if fits and tag[0].lower_ in self.lex.party_letters and tag[1].text == "-" and tag[2].text[:1].isupper():
                return opener
            return colon
        return colon

    def _governed_conjunct(self, start: int, floor: int) -> bool:
        """Whether the name at `start` is joined by "and"/"or" to a name that a preposition governs ("with Nash and
        Corby"), one that names no issuer ("More from Roe and Lee: "…"" is theirs)."""
        if start - 1 <= floor or self.doc[start - 1].lower_ not in _COORDINATORS:
            return False
        other = self.back(start - 1, floor)
        if other is None or other <= floor:
            return False
        word = self.doc[other - 1].lower_
        return word in self.lex.governors and word not in self.lex.issuer_prepositions

    def subject(self, floor: int, cue: int) -> Attribution | None:
        """The name that opens the sentence ("Clinton, at a later press gaggle, said, …"), as the speaker; past a
        coordinator that opens it ("But Roe, a fellow at the institute, said …")."""
        start = self._past_dateline(floor, cue)
        if self.doc[start].lower_ in _COORDINATORS and start + 1 < cue and self.doc[start + 1].text[:1].isupper():
            start += 1
        first = self.doc[start].lower_
        adjunct = first in self.lex.adjunct_openers or first in self.lex.days  # "Earlier this week, Roe, …, said"
        if first in self.lex.stop or adjunct or not self.in_phrase(self.doc[start]):
            commas = [k for k in range(start, cue) if self.doc[k].text == ","]
            if not commas:
                return None
            start = self.past_gaps(commas[0] + 1, cue)
        end = self.forward(start, cue)
        if end is None:
            return None
        for k in range(start + 1, end):
            word = self.doc[k]
            if word.lower_ in _POSSESSIVE:
                owner_named = self._named_after_owner(start, k, cue)
                if owner_named is not None:
                    return owner_named
            if word.is_lower and word.lower_ not in self.lex.source_nouns and word.text.endswith(self.lex.verb_endings):
                if self.doc[k - 1].lower_ in self.lex.determiners:
                    continue  # "The rebels, however, said": a plural noun after its article, no verb
                end = k
                break
        head = self.doc[self._before_parenthesis(start, end) - 1]
        named = head.text[:1].isupper() and any(t.text[:1].isupper() for t in self.doc[start:end])
        lower = head.lower_
        if named or lower in self.lex.source_nouns or lower in self.lex.role_nouns or lower in self.lex.pronouns:
            return Attribution((start, end), (cue, self.cues.get(cue, cue + 1)))
        return None

    def _past_dateline(self, floor: int, cue: int) -> int:
        """The first token after a wire dateline that opens the sentence at token `floor` ("WASHINGTON, Dec. 8 (AP) —
        Roe said …"): a word in capitals, then only capitalized words, numbers and punctuation up to a dash; else
        `floor`."""
        first = self.doc[floor]
        if not (first.is_alpha and first.is_upper and len(first.text) > 1):
            return floor
        for k in range(floor + 1, min(cue, floor + _DATELINE_TOKENS)):
            tok = self.doc[k]
            if tok.text in _DASHES:
                return self.past_gaps(k + 1, cue)
            if tok.is_alpha and tok.text[:1].islower():
                return floor
        return floor

    def _named_after_owner(self, start: int, end: int, cue: int) -> Attribution | None:
        """A phrase that stops at a possessive names an owner, not the speaker ("The chairman of Spain's farmers
        union, Jo Roe, said"): the name set off by commas after the whole phrase speaks, the phrase is its role."""
        comma = next((k for k in range(end, min(end + MAX_PHRASE, cue)) if self.doc[k].text == ","), None)
        if comma is None:
            return None
        name_end = self.forward(comma + 1, cue)
        if name_end is None or name_end >= cue or self.doc[name_end].text != ",":
            return None
        if not self.is_name(comma + 1, name_end):
            return None
        return Attribution((comma + 1, name_end), (cue, self.cues.get(cue, cue + 1)), (start, comma))

    def _before_parenthesis(self, start: int, end: int) -> int:
        """The end of a phrase without the parenthesis that closes it ("the Revolutionary Guard Corps (IRGC)")."""
        if end - start > 1 and self.doc[end - 1].text == ")":
            opening = self._paren(end - 1, start, -1)
            if opening is not None and opening > start:
                return opening
        return end

    def document(self, floor: int, ceiling: int) -> Attribution | None:
        """'In a joint statement, …': the document a sentence reports from, as its speaker; or the author the
        clause after it names as its subject ('In a statement released on Friday, the Defense Ministry …': the
        document speaks for its author)."""
        if floor >= ceiling or self.doc[floor].lower_ not in ("in", "according"):
            return None
        for j in range(floor + 1, min(floor + 6, ceiling)):
            tok = self.doc[j]
            if tok.lower_ in self.lex.documents:
                start = floor + 1 + (self.doc[floor + 1].lower_ == "to")
                return self._author(j + 1, ceiling) or Attribution((start, j + 1), None)
            if not self.in_phrase(tok):
                return None
        return None

    def _author(self, after: int, ceiling: int) -> Attribution | None:
        """The name that opens the clause after the comma closing an opening 'In a statement …' and stands right
        before its verb of saying, judging or stance, or a verb in the past ('…, the Defense Ministry justified …'),
        else None."""
        comma = next((k for k in range(after, min(after + _DOCUMENT_WORDS, ceiling)) if self.doc[k].text == ","), None)
        if comma is None:
            return None
        start = self.past_gaps(comma + 1, ceiling)
        name = end = start + (start < ceiling and self.doc[start].lower_ in _DEFINITE)  # "the Defense Ministry"
        while end < ceiling and (self.doc[end].text[:1].isupper() or self._inside_name(end, ceiling)):
            end += 1
        capitals = all(self.capitalized(t) or self._inside_name(t.i, ceiling) for t in self.doc[name:end])
        verb = end < ceiling and (self.doc[end].lower_ in self.lex.lead_in or self.doc[end].lower_.endswith("ed"))
        if end == name or not verb or not capitals:
            return None  # "…, the Russian and Syrian ministries accused …": the name is no whole subject
        return Attribution((start, end), None)

    def _inside_name(self, i: int, ceiling: int) -> bool:
        """Whether token `i` is an "of" between capitalized words of a name ("Department of Defense")."""
        inside = self.doc[i].lower_ in self.lex.phrase_prepositions and i + 1 < ceiling and i > 0
        return inside and self.doc[i - 1].text[:1].isupper() and self.doc[i + 1].text[:1].isupper()

    def sentence_end(self, i: int, ceiling: int) -> bool:
        """Whether only sentence-final punctuation (or nothing) remains between token `i` and `ceiling`."""
        while i < ceiling and (self.doc[i].is_space or self.doc[i].text in _MARKS):
            i += 1
        return i >= ceiling or self.doc[i].text in _SENTENCE_END
