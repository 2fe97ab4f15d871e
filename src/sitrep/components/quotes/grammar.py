"""Who speaks, read from the dependency parse of the sentence that holds a reporting cue (`sitrep.syntax`).

The speaker is the subject of the speech verb, wherever it stands ("Singh said", "said the minister"); a verb with
no subject of its own lends it from the clause it hangs on ("Roe attacked the plan, saying …"), a relative clause
from the noun it describes ("the mayor, who said …"), a participle from its noun ("a statement saying …"), and
"according to X" names X. The speaker phrase is the subject's word with its modifiers (determiners, adjectives,
compounds, a possessor, "of"/"for" phrases); an appositive after it is the speaker's role. The verb's own
complement clause is its reported content ("Roe told NPR the talks had failed"). The relations read here are data
(`data/speech.toml` [syntax]). Only the sentences that hold a cue are parsed, in one batch per article."""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.components.quotes.lexicon import Lexicon, SyntaxRules
from sitrep.record import Entity
from sitrep.syntax import Parsed, ParserMissing, parse_sentences

log = logging.getLogger(__name__)

MAX_CLIMB = 3  # verbs climbed from a speech verb with no subject to the clause that has one
MAX_PHRASE_DEPTH = 6  # words climbed from a word to the head of the phrase it belongs to


@dataclass(frozen=True, slots=True)
class ParsedSpeaker:
    """A speaker phrase and its appositive role, as article token ranges (end exclusive)."""

    speaker: tuple[int, int]
    role: tuple[int, int] | None = None


class Grammar:
    """Parse-based speakers and reported clauses for the reporting cues of one Doc."""

    def __init__(self, doc: Doc, lexicon: Lexicon, sent_starts: Sequence[int]) -> None:
        self.doc = doc
        self.lex = lexicon
        self.rules: SyntaxRules = lexicon.syntax
        self.sent_starts = sent_starts
        self.parses: dict[int, Parsed] = {}
        self.wanted: set[int] = set()  # sentences asked for before the parse (`collecting`)
        self.collecting = True
        self.names: list[tuple[int, int, str]] | None = None
        self.missing = False

    def parse_wanted(self, entities: Sequence[Entity], tok_at: TokenAt) -> None:
        """Parse, in one batch, every sentence asked for while collecting; later requests parse their sentence
        on the spot (no parse at all when the parser is missing)."""
        self.collecting = False
        self.names = parser_names(entities, tok_at)
        self._parse(sorted(self.wanted))

    def _parse(self, keys: list[int]) -> None:
        if not keys or self.missing or self.names is None:
            return
        sentences = [self.doc[k : self.sent_end(k)] for k in keys]
        try:
            self.parses = parse_sentences(self.doc, sentences, self.names)
        except ParserMissing as e:
            self.missing = True
            log.warning("%s; speakers are read from word shapes only", e)

    def sent_start(self, tok: int) -> int:
        return self.sent_starts[max(bisect_right(self.sent_starts, tok) - 1, 0)]

    def sent_end(self, start: int) -> int:
        at = bisect_right(self.sent_starts, start)
        return self.sent_starts[at] if at < len(self.sent_starts) else len(self.doc)

    def parsed(self, tok: int) -> Parsed | None:
        """The parse of the sentence that holds token `tok` (while collecting: None, the sentence noted)."""
        key = self.sent_start(tok)
        if self.collecting:
            self.wanted.add(key)
            return None
        if key not in self.parses:
            self._parse([key])
        return self.parses.get(key)

    # -- the speaker --------------------------------------------------------------------------------------

    def speaker(self, cue: int) -> ParsedSpeaker | None:
        """The speaker of the reporting cue at article token `cue`, read from the parse, or None."""
        parsed = self.parsed(cue)
        if parsed is None:
            return None
        verb = parsed.token(cue)
        word = self._according(verb) if verb.lower_ == "according" else self._subject(verb)
        if word is None:
            return None
        nominal = self._nominal(word) or self._absolute(word, verb)  # "…, with many marchers chanting "…""
        relative = None if nominal else self._relative_after_preposition(parsed, verb, word)
        if not nominal and relative is None:
            return None
        named = self._name_before(word)
        if named is not None:  # "Jane Roe, the former envoy, said": a name the parse hung on the role
            first, last = self._phrase(named)
            role_first, role_last = self._phrase(word)
            return ParsedSpeaker(
                parsed.article_range(first, last + 1), parsed.article_range(role_first, role_last + 1)
            )
        first, last = self._phrase(word)
        while first < word.i and parsed.doc[first].dep_ == "case" and parsed.doc[first].tag_ != "POS":
            first += 1  # "announced by officials who say …": the officials, not "by officials"
        if relative is not None:  # "from a senior aide, who said": the phrase with the pronoun that stands for it
            return ParsedSpeaker(parsed.article_range(first, relative.i + 1))
        named = self._name_after(word)
        if named is not None:  # "The chairman of the union, Pedro Gil, said": the name speaks, the rest is its role
            name_first, name_last = self._phrase(named)
            return ParsedSpeaker(
                parsed.article_range(name_first, name_last + 1), parsed.article_range(first, last + 1)
            )
        role = self._role(word)
        return ParsedSpeaker(parsed.article_range(first, last + 1), parsed.article_range(*role) if role else None)

    def quoted(self, cue: int) -> ParsedSpeaker | None:
        """The one quoted, when the cue at article token `cue` quotes someone as saying: the object of "quoted"
        ("Tass quoted Ivan Petrov as saying") or its passive subject ("Petrov was quoted by Tass as saying")."""
        word = self.doc[cue].lower_
        if word not in self.lex.quoting_verbs and word not in self.lex.quoted_saying:
            return None
        parsed = self.parsed(cue)
        if parsed is None:
            return None
        verb = parsed.token(cue)
        if verb.lower_ in self.lex.quoted_saying:
            verb = verb.head
        saying = [c for c in verb.children if c.lower_ in self.lex.quoted_saying and c.i > verb.i]
        if verb.lower_ not in self.lex.quoting_verbs or not saying:
            return None
        wanted = (*self.rules.inverted_objects, *self.rules.passive_subjects)
        quoted = [c for c in verb.children if c.dep_ in wanted and c.i < saying[0].i and self._nominal(c)]
        if not quoted:
            return None
        first, last = self._phrase(min(quoted, key=lambda c: abs(c.i - verb.i)))
        return ParsedSpeaker(parsed.article_range(first, last + 1))

    def main_verb(self, tok: int) -> bool:
        """Whether the word at article token `tok` is its sentence's main verb (its root, or a verb joined to it by
        "and"), not one inside an adverbial or relative clause."""
        parsed = self.parsed(tok)
        if parsed is None:
            return False
        word = parsed.token(tok)
        if word.pos_ not in self.rules.verbal:
            return False  # "With leaders worried about …" read as an adjective at the root
        if word.dep_ in self.rules.climb_any:
            word = word.head
        return word.head.i == word.i and not any(c.dep_ == "mark" for c in word.children)

    def colon_subject(self, first: int, colon: int) -> ParsedSpeaker | None:
        """The subject of the main clause that a colon at article token `colon` closes, when it names someone: a
        name or a personal pronoun of [colon_subjects] ('Roe was at a loss to explain it: "…"', 'In his message, he
        recalled the general's life: "…"'); the clause must open at or after token `first`. None for a common noun
        ("the confusion continues:"), a clause that hangs on another or one the parse does not close at the colon."""
        parsed = self.parsed(colon)
        if parsed is None:
            return None
        first, colon = parsed.token(first).i, parsed.token(colon).i
        verb = self._colon_verb(parsed, first, colon)
        if verb is None or any(c.dep_ == "mark" for c in verb.children):
            return None
        if self._closed_elsewhere(parsed, verb, first, colon):
            return None  # "…, and the station has proof:", "the website, which holds this statement:": another clause
        subjects = [c for c in verb.children if c.dep_ in self.rules.subjects and c.i < verb.i]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if subject.tag_ not in self.rules.colon_subject_tags and subject.lower_ not in self.rules.colon_subjects:
            return None
        return self.speaker(parsed.article_index(verb))

    def _colon_verb(self, parsed: Parsed, first: int, colon: int) -> Token | None:
        """The verb of the clause between parsed words `first` and `colon`: the sentence's root; the clause the root
        takes beside it when the root has no subject ("Asked which town …, he demurred:" read with "Asked" at the
        root, [colon_clauses]); or the one verb there that the parse hung on the quote after the colon ("And Roe
        gloated: ''I told you …''" read with the quote's verb at the root)."""
        root = parsed.doc[colon].sent.root
        if not first <= root.i < colon:
            hung = [t for t in parsed.doc[first:colon] if t.head.i >= colon and t.pos_ in self.rules.verbal]
            return hung[0] if len(hung) == 1 else None
        if any(c.dep_ in self.rules.subjects for c in root.children):
            return root
        beside = [c for c in root.children if c.dep_ in self.rules.colon_clauses and first <= c.i < colon]
        return beside[-1] if beside else root

    def _closed_elsewhere(self, parsed: Parsed, verb: Token, first: int, colon: int) -> bool:
        """Whether the colon (parsed word `colon`) closes a clause of its own, not the one of `verb`: on the way up
        from the last word before it, a clause joined by "and" with a subject of its own ("…, and the station has
        proof:") or a relative clause set off by a comma whose pronoun is its subject ("the website, which holds this
        statement:"). A clause the verb's own clause holds ("apologized for what happened:", "the life she tried to
        escape:", "sang for anyone who ever had to leave:") is passed over."""
        words = [t for t in parsed.doc[first:colon] if not (t.is_punct or t.is_space)]
        word = words[-1] if words else None
        while word is not None and word.i != verb.i and first <= word.i < colon:
            subjects = [c for c in word.children if c.dep_ in self.rules.subjects]
            if subjects and word.dep_ in self.rules.climb_any:
                return True
            if subjects and word.dep_ in self.rules.relative_clauses and self._set_off_pronoun(subjects[-1]):
                return True
            word = None if word.head.i == word.i else word.head
        return False

    def _set_off_pronoun(self, word: Token) -> bool:
        """Whether a word is a relative pronoun right after a comma (", which …")."""
        return word.lower_ in self.rules.relative_pronouns and word.i > 0 and word.doc[word.i - 1].text == ","

    def _name_before(self, word: Token) -> Token | None:
        """A name set off by a comma before a common-noun subject and hung on it by a relation of a lost subject
        ([lost_subjects]): "Jane Roe, the former envoy, …" parsed with the role as the subject; never the place of a
        wire dateline, which a dash closes ("WASHINGTON, Dec. 8 (AP) — In response to …, the aide said")."""
        if word.pos_ == "PROPN" or word.pos_ == "PRON":
            return None
        for child in word.children:
            if child.dep_ in self.rules.lost_subjects and child.i < word.i and child.pos_ == "PROPN":
                between = [t.text for t in word.doc[child.i + 1 : word.i]]
                if "," in between and not any(t in self.rules.dashes for t in between):
                    return child
        return None

    def _name_after(self, word: Token) -> Token | None:
        """A name set off by commas after a subject that holds a role ("the country's ambassador, Pak Song,"):
        the appositive name of a role noun."""
        if word.pos_ == "PROPN" or word.lower_ not in self.lex.role_nouns:
            return None
        for child in word.children:
            appositive = child.dep_ in self.rules.appositions and child.i > word.i and child.pos_ == "PROPN"
            if appositive and word.doc[self._phrase(child)[0] - 1].text == ",":
                return child
        return None

    def after(self, cue: int) -> tuple[int, int] | None:
        """The speaker phrase after a speech verb that reports no clause of its own ("…, said one aide in the
        room"): its subject there, or the noun the parse hangs on it as an object ([inverted_objects]: a parser
        often reads an inverted subject so), as article tokens."""
        parsed = self.parsed(cue)
        if parsed is None or self.content(cue) is not None:
            return None
        verb = parsed.token(cue)
        for child in verb.children:
            relation = child.dep_ in self.rules.subjects or child.dep_ in self.rules.inverted_objects
            loose = child.lower_ in self.rules.nominal_words  # "said many of the examples …" is a clause
            if relation and child.i > verb.i and self._nominal(child) and not loose:
                first, last = self._phrase(child)
                return parsed.article_range(first, last + 1)
        return None

    def governor(self, start: int, end: int) -> tuple[ParsedSpeaker, int] | None:
        """For a quoted fragment at article tokens [start, end): the characterizing verb it hangs on, as its
        object or complement ("called the raid "a provocation"", "described it as "reckless""), with that verb's
        speaker; the verb as an article token."""
        parsed = self.parsed(start)
        if parsed is None or self.sent_start(end - 1) != self.sent_start(start):
            return None
        words = {parsed.token(i).i for i in range(start, end)}
        heads = [parsed.doc[i] for i in words if parsed.doc[i].head.i not in words or parsed.doc[i].head.i == i]
        heads = [h for h in heads if not h.is_punct] or heads  # a stop inside the marks hangs on the clause
        word = None
        if len({h.head.i for h in heads}) == 1:  # one head, or pieces of one phrase the parse hung on one word
            head = min(heads, key=lambda h: h.i)
            word = self._characterizing(head) or self._characterizing_modifier(head, len(words))
        if word is None or word.lower_ not in self.lex.characterizing:
            word = self._characterized_as(parsed, start)
        if word is None:
            return None  # a word in marks inside a noun phrase ('an "emerging" figure') is no one's words
        subject = self._subject(word)
        if subject is None or not (self._nominal(subject) or self._absolute(subject, word)) or subject.i in words:
            return None
        first, last = self._phrase(subject)
        while first < subject.i and parsed.doc[first].dep_ == "case" and parsed.doc[first].tag_ != "POS":
            first += 1  # "with the magazine describing …": the magazine
        role = self._role(subject)
        speaker = ParsedSpeaker(parsed.article_range(first, last + 1), parsed.article_range(*role) if role else None)
        return speaker, parsed.article_index(word)

    def _absolute(self, noun: Token, verb: Token) -> bool:
        """Whether `noun` is the subject of an absolute construction whose participle is `verb` ("…, with the
        magazine describing the series as "…"", "with leaders calling it "…""): the noun after "with" speaks."""
        cases = [c.lower_ for c in noun.children if c.dep_ == "case" and c.tag_ != "POS"]
        participle = verb.dep_ in self.rules.participles and verb.head.i == noun.i and verb.i > noun.i
        return participle and bool(cases) and all(c in self.rules.absolute_prepositions for c in cases)

    def _characterized_as(self, parsed: Parsed, start: int) -> Token | None:
        """The characterizing verb of a fragment in marks that "as" opens (article token `start` is its first word
        inside the marks), when the verb's object fills every word between the verb and that "as": 'described the
        claim that the bridge was shut as "nonsense"', 'dismissed the budget as "spend now, pay later" plans' (the
        parse may hang the fragment on a verb inside the object, or read it as a clause). Not past a relative clause
        whose pronoun is its subject ('criticized the plan, which came as "a shock"')."""
        if start < 2 or self.doc[start - 2].lower_ not in self.rules.characterized_openers:
            return None
        opener = parsed.token(start - 2)
        characterizing = self.lex.characterizing
        verbs = [t for t in parsed.doc[: opener.i] if t.lower_ in characterizing and t.pos_ in self.rules.verbal]
        if not verbs:
            return None
        verb = verbs[-1]
        objects = [c for c in verb.children if c.dep_ in self.rules.objects and c.i < opener.i]
        if len(objects) != 1:
            return None
        held = {t.i for t in objects[0].subtree}
        between = parsed.doc[verb.i + 1 : opener.i]
        if any(t.i not in held for t in between) or any(self._relative_subject(t) for t in between):
            return None
        return verb

    def _relative_subject(self, word: Token) -> bool:
        """Whether a word is a relative pronoun that is the subject of its relative clause ("which came …")."""
        return word.lower_ in self.rules.relative_pronouns and word.dep_ in self.rules.subjects and (
            word.head.dep_ in self.rules.relative_clauses
        )

    def _characterizing(self, head: Token) -> Token | None:
        """The word a quoted fragment's head hangs on as what it calls something: its head, by a relation of
        `characterized`; or the verb of the object the parser hung it on, when it follows that object ("called the
        launch "deeply deplorable"", parsed as if the launch were "deplorable")."""
        if head.dep_ in self.rules.characterized:
            return head.head
        noun = head.head
        if head.i > noun.i and noun.dep_ == "obj" and noun.head.lower_ in self.lex.characterizing:
            return noun.head
        return None

    def _characterizing_modifier(self, head: Token, size: int) -> Token | None:
        """The characterizing verb of the noun a quoted phrase of several words modifies ('branded the raid a
        "grave and deliberate" act': what the subject calls it); one word in marks inside a noun phrase ('an
        "emerging" figure') is no one's words."""
        if size < 2 or head.dep_ not in self.rules.characterized_modifiers:
            return None
        noun, verb = head.head, head.head.head
        objects = self.rules.second_objects
        second = noun.dep_ in objects and any(c.dep_ in objects and c.i < noun.i for c in verb.children)
        if noun.i < head.i or not (second or noun.dep_ in self.rules.characterized_complements):
            return None
        return verb if verb.lower_ in self.lex.characterizing else None

    def _relative_after_preposition(self, parsed: Parsed, verb: Token, noun: Token) -> Token | None:
        """The relative pronoun ("who", "which") that is the subject of the speech verb when its clause, set off by a
        comma, describes a noun a preposition governs: one of agent or source ("came from Jo Roe, who said …",
        "rejected by the United States, which says …"), or any for "who" after a person or a common noun ("spoke to a
        guard, who said …"; not a place or a body: "held at Ota University, who said"); else None. That noun speaks,
        named by its phrase and the pronoun ("a senior aide, who"), which link to the noun's entity."""
        if verb.dep_ not in self.rules.relative_clauses or verb.head.i != noun.i:
            return None
        subjects = [c for c in verb.children if c.dep_ in self.rules.subjects and c.i < verb.i]
        if not subjects or subjects[-1].lower_ not in self.lex.speaking_relatives:
            return None
        if noun.lower_ in self.rules.never_speakers or noun.lower_ in self.lex.days:
            return None
        relative = subjects[-1]
        set_off = relative.i > 0 and relative.doc[relative.i - 1].text == ","  # "the men who said" is restrictive
        cases = [c for c in noun.children if c.dep_ == "case" and c.tag_ != "POS"]
        nominal = noun.pos_ in self.rules.nominal or noun.lower_ in self.rules.nominal_words
        if not set_off or not cases or not nominal:
            return None
        if all(c.lower_ in self.lex.source_prepositions for c in cases):
            return relative
        kind = self._name_kind(parsed.article_range(noun.i, noun.i + 1))
        place = noun.text[:1].isupper() and any(c.lower_ in self.lex.adjunct_prepositions for c in cases)
        person = kind == "person" or (kind is None and not place)
        return relative if person and relative.lower_ in self.lex.person_relatives else None

    def _name_kind(self, span: tuple[int, int]) -> str | None:
        """The kind of the entity whose mention the parser took as the one word at article tokens `span`."""
        return next((kind for start, end, kind in self.names or [] if (start, end) == span), None)

    def _nominal(self, word: Token) -> bool:
        """A speaker's word is a noun, a name or a pronoun, with no preposition of its own ("As for the critics, …"
        is no subject however it was parsed)."""
        if word.lower_ in self.rules.never_speakers:
            return False
        if word.pos_ not in self.rules.nominal and word.lower_ not in self.rules.nominal_words:
            return False
        if word.lower_ in self.lex.days:  # "said Friday"
            return False
        return not any(c.dep_ == "case" and c.tag_ != "POS" for c in word.children)

    def _according(self, word: Token) -> Token | None:
        """ "according to X": X, the noun the phrase's case marker hangs on."""
        return word.head if word.dep_ == "case" and word.head.i > word.i else None

    def _subject(self, verb: Token) -> Token | None:
        """The subject of `verb`, or of the clause it hangs on when it has none of its own. A reported clause is
        passed over on the way up: in "Roe told NPR that Lee had left, adding …" Roe adds, not Lee."""
        current = verb
        for _ in range(MAX_CLIMB + 1):
            subject = self._own_subject(current)
            if subject is not None:
                return subject
            if current.head.i == current.i or not self._climbs(current):
                return None
            if current.dep_ in self.rules.participles and not self._set_off_on_object(current):
                return current.head  # "a statement saying …"
            current = current.head.head if current.dep_ in self.rules.participles else current.head
            while current.dep_ in self.rules.complements and current.head.i != current.i:
                current = current.head
        return None

    def _set_off_on_object(self, participle: Token) -> bool:
        """Whether a participle set off by a comma hangs on its clause's object ("The union opposed the plan,
        arguing …"): the subject of that clause speaks, never the thing it acted on (no comma: "a statement
        saying …", the noun's own words)."""
        noun = participle.head
        before = participle.doc[participle.i - 1] if participle.i > 0 else participle
        return before.text == "," and noun.dep_ in self.rules.inverted_objects and noun.head.i != noun.i

    def _climbs(self, verb: Token) -> bool:
        """Whether a verb with no subject takes the subject of its head: a conjunct after "and" ("stood up and
        said"; after a bare comma it is more often a parse that lost the subject), a participle or an infinitive
        ("…, saying", "went on to say") on their relations, or read as a complement right after a comma; a finite
        verb with no subject is a lost parse too."""
        if verb.dep_ in self.rules.climb_any:
            return any(c.dep_ == "cc" for c in verb.children)
        if verb.tag_ not in self.rules.nonfinite_tags:
            return False
        if verb.dep_ in self.rules.climb_after_comma:  # '…," the mayor said, adding that …' parsed as a complement
            return verb.i > 0 and verb.doc[verb.i - 1].text == ","
        return verb.dep_ in self.rules.climb_nonfinite or verb.dep_ in self.rules.participles

    def _own_subject(self, verb: Token) -> Token | None:
        """The verb's subject nearest to it (or a subject the parse lost, [lost_subjects]); a relative pronoun
        stands for the noun its clause describes."""
        subjects = [c for c in verb.children if c.dep_ in self.rules.subjects]
        if len(subjects) > 1:  # "observers in Virginia and around the country say": the conjunct lost its relation
            subjects = [c for c in subjects if self._nominal(c)] or subjects
        if not subjects:
            lost = [c for c in verb.children if c.dep_ in self.rules.lost_subjects and c.i < verb.i]
            return lost[-1] if lost else None
        subject = min(subjects, key=lambda c: abs(c.i - verb.i))
        if subject.lower_ in self.rules.relative_pronouns:
            return verb.head if verb.dep_ in self.rules.relative_clauses and verb.head.i != verb.i else None
        return subject

    def _phrase(self, word: Token) -> tuple[int, int]:
        """The first and last parsed word of the speaker phrase around `word` (contiguous): its modifiers with
        theirs, short of clauses, conjuncts and appositives."""
        kept = {word.i}
        todo = [child for child in word.children if self._in_phrase(child)]
        while todo:
            inner = todo.pop()
            kept.add(inner.i)
            todo.extend(c for c in inner.children if c.dep_ not in self.rules.phrase_stops and c.text != ",")
        first = last = word.i
        while first - 1 in kept:
            first -= 1
        while last + 1 in kept:
            last += 1
        while first < word.i and word.doc[first].is_punct:
            first += 1
        while last > word.i and word.doc[last].is_punct:
            last -= 1
        return first, last

    def _in_phrase(self, child: Token) -> bool:
        dep = child.dep_
        if dep in self.rules.phrase:
            return True
        if dep in self.rules.phrase_nmod:  # "the minister of defence", never "the office in Baghdad"
            cases = [c.lower_ for c in child.children if c.dep_ == "case"]
            return bool(cases) and all(c in self.lex.phrase_prepositions for c in cases)
        return dep == "punct" and child.text in self.rules.inner_punct

    def _role(self, word: Token) -> tuple[int, int] | None:
        """An appositive after the speaker ("Singh, the Pentagon's deputy press secretary"), as parsed words."""
        for child in word.children:
            if child.dep_ in self.rules.appositions and child.i > word.i:
                first, last = self._phrase(child)
                return first, last + 1
        return None

    def subject_like(self, start: int, end: int) -> bool:
        """Whether the phrase at article tokens [start, end) is read as a subject (of any verb) by the parse, or
        lies where the parse cannot tell (another sentence, no parse)."""
        parsed = self.parsed(start)
        if parsed is None or self.sent_start(end - 1) != self.sent_start(start):
            return True
        words = {parsed.token(i).i for i in range(start, end)}
        heads = [parsed.doc[i] for i in words if parsed.doc[i].head.i not in words or parsed.doc[i].head.i == i]
        return any(self._subject_dep(h) for h in heads)

    def holds_verb(self, shaped: tuple[int, int], parsed: tuple[int, int]) -> bool:
        """Whether the word-shape phrase `shaped` holds, outside the parsed phrase, a word the parse reads as a
        verb (the shapes ran over a clause: "The army issued a statement")."""
        sentence = self.parsed(shaped[0])
        if sentence is None:
            return False
        outside = [i for i in range(*shaped) if not parsed[0] <= i < parsed[1]]
        return any(sentence.token(i).pos_ in self.rules.verbal for i in outside)

    def _subject_dep(self, word: Token) -> bool:
        """Whether a word is a subject, or part of one (a compound, an appositive, a conjunct of it)."""
        for _ in range(MAX_PHRASE_DEPTH):
            if word.head.i == word.i or not (word.dep_ in self.rules.within_subject or word.dep_ in self.rules.phrase):
                break
            word = word.head
        return word.dep_ in self.rules.subjects or word.dep_ in self.rules.passive_subjects

    def fronted(self, cue: int, speaker: int) -> bool:
        """Whether the parse hangs a clause before the speaker (article token `speaker`) on the speech verb at
        `cue` as what it reports ("Roe's relatives watched it, attorneys for the family said"), not a clause the
        verb merely follows ("… Walter Energy, another company that had declared bankruptcy")."""
        parsed = self.parsed(cue)
        if parsed is None:
            return False
        verb, first = parsed.token(cue), parsed.token(speaker)
        if verb.dep_ in self.rules.fronted_heads and verb.head.i < first.i:
            return True  # the verb hung on the clause before ("…, the army said in a statement issued …")
        return any(c.dep_ in self.rules.fronted and c.i < first.i for c in verb.children)

    # -- the reported clause ------------------------------------------------------------------------------

    def content(self, cue: int) -> tuple[int, int] | None:
        """The finite clause the speech verb at `cue` reports, after it, as article tokens; or None."""
        parsed = self.parsed(cue)
        if parsed is None:
            return None
        verb = parsed.token(cue)
        for child in verb.children:
            if self._reports(verb, child):
                left = self._clause_start(verb, child)
                right = self._clause_end(parsed.doc, left, max(t.i for t in child.subtree))
                return parsed.article_range(left, right + 1)
        return None

    def object_only(self, cue: int) -> bool:
        """Whether the parse gives the speech verb at `cue` an object after it that is a plain noun phrase (no verb
        in it but a relative clause) and no clause to report ("claimed responsibility for the attack"). An object
        that holds a verb may be a clause the parse misread ("suggested the algae … might render …")."""
        parsed = self.parsed(cue)
        if parsed is None:
            return False
        verb = parsed.token(cue)
        objects = [c for c in verb.children if c.dep_ in self.rules.objects and c.i > verb.i]
        if not objects or any(self._reports(verb, c) for c in verb.children):
            return False
        described = {t.i for o in objects for t in o.subtree if self._in_relative(t, o)}
        sentence_rest = [t for t in parsed.doc[verb.i + 1 :] if t.pos_ in self.rules.verbal and t.i not in described]
        return not sentence_rest

    def _in_relative(self, word: Token, top: Token) -> bool:
        """Whether a word of an object's phrase is in a relative clause on one of its nouns ("claimed responsibility
        for the raid, which came days after ..."): it describes the noun, no clause the parse misread."""
        while word.i != top.i and word.head.i != word.i:
            if word.dep_ in self.rules.relative_clauses:
                return True
            word = word.head
        return False

    def governs(self, cue: int, tok: int) -> bool:
        """Whether the parse hangs the word at article token `tok` on the verb at `cue` ("reported hearing shots")."""
        parsed = self.parsed(cue)
        return parsed is not None and parsed.token(tok).head.i == parsed.token(cue).i

    def request(self, cue: int) -> bool:
        """Whether the parse gives the speech verb at `cue` an addressee and an infinitive after it, a request or a
        warning to act ("warned residents to stay indoors"), and no clause it reports."""
        parsed = self.parsed(cue)
        if parsed is None:
            return False
        verb = parsed.token(cue)
        if any(self._reports(verb, c) for c in verb.children):
            return False
        after = [c for c in verb.children if c.i > verb.i]
        ends = {max(t.i for t in c.subtree) for c in after if c.dep_ in self.rules.request_objects}
        return any(c.tag_ in self.rules.nonfinite_tags and self._to(c, ends) for c in after)

    def _to(self, verb: Token, ends: set[int]) -> bool:
        """Whether the infinitive `verb` opens with a "to" right after one of the words at `ends`."""
        return any(c.lower_ == "to" and c.i < verb.i and c.i - 1 in ends for c in verb.children)

    def determiner(self, tok: int) -> bool:
        """Whether the parse reads the "that" at article token `tok` as a determiner with no finite verb after it
        ("reiterated that approach in March"), not the opening of a clause ("predicted that advanced economies will
        grow", where it may be misread as one)."""
        parsed = self.parsed(tok)
        if parsed is None:
            return False
        word = parsed.token(tok)
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        if word.lower_ != "that" or word.dep_ not in self.rules.determiners or after is None or not after.is_alpha:
            return False  # "joked that, among …": no determiner before a comma
        if word.head.tag_ not in self.rules.singular_nouns:  # "warned that millions faced famine"
            return False
        return not any(t.tag_ in self.rules.finite_tags for t in parsed.doc[word.i + 1 :])

    def finite_soon(self, tok: int, window: int) -> bool:
        """Whether the parse tags a finite verb within `window` words after article token `tok`, before any
        punctuation ("its new offer was …", "the bank could …"): the words from `tok` open a clause of their own."""
        parsed = self.parsed(tok)
        if parsed is None:
            return False
        first = parsed.token(tok)
        for word in parsed.doc[first.i + 1 : first.i + 1 + window]:
            if word.is_punct:
                return False
            if word.tag_ in self.rules.finite_tags:
                return True
        return False

    def finite_between(self, start: int, end: int) -> bool:
        """Whether the parse tags a finite verb among article tokens [start, end)."""
        parsed = self.parsed(start)
        if parsed is None:
            return True
        end = min(end, parsed.offsets[-1])  # the sentence's last article token
        return any(parsed.token(i).tag_ in self.rules.finite_tags for i in range(start, end))

    def verb(self, tok: int) -> bool:
        """Whether the parse reads the word at article token `tok` as a verb (true when there is no parse)."""
        parsed = self.parsed(tok)
        return parsed is None or parsed.token(tok).pos_ in self.rules.verbal

    def relative(self, cue: int, tok: int) -> bool:
        """Whether the parse reads the "that" at article token `tok` as the subject of a relative clause on the object
        of the speech verb at `cue` ("maintaining the roads that connect the villages"): a reported clause has a
        subject of its own after its "that", and a time ("said this year that …") takes no relative clause here."""
        parsed = self.parsed(tok)
        if parsed is None:
            return False
        word, verb = parsed.token(tok), parsed.token(cue)
        subject = word.dep_ in self.rules.subjects or word.dep_ in self.rules.passive_subjects
        if word.lower_ != "that" or not subject or word.head.dep_ not in self.rules.relative_clauses:
            return False
        noun = word.head.head
        return noun.dep_ in self.rules.objects and noun.head.i == verb.i

    def _reports(self, verb: Token, clause: Token) -> bool:
        """Whether a word hung on the speech verb heads the clause it reports: a finite complement after it, or a
        finite clause after it that opens with "that" whatever its relation."""
        if clause.i < verb.i or not self._finite(clause):
            return False
        if clause.dep_ in self.rules.complements:
            return True
        return clause.dep_ in self.rules.that_clauses and self._that(verb, clause) is not None

    def _that(self, verb: Token, clause: Token) -> int | None:
        """The clause's "that" (after the verb), if it opens with one."""
        marks = [c.i for c in clause.children if c.dep_ == "mark" and c.i > verb.i]
        return marks[0] if marks and clause.doc[marks[0]].lower_ == "that" else None

    def _clause_start(self, verb: Token, clause: Token) -> int:
        """The first word of a reported clause: its "that" when it has one (words the parse hung on the clause
        before it belong to the verb: 'told NBC's "Today" that …'), else its first word after the verb."""
        that = self._that(verb, clause)
        return that if that is not None else min(t.i for t in clause.subtree if t.i > verb.i)

    def _clause_end(self, doc: Doc, left: int, right: int) -> int:
        """The last word of a reported clause: a comma followed by a finite verb ends it, for there the sentence
        the clause sits in goes on ("The minister, who told reporters the bridge would reopen, left early")."""
        for i in range(left + 1, right):
            if doc[i].text == "," and doc[i + 1].tag_ in self.rules.finite_tags:
                return i - 1
        return right

    def _finite(self, clause: Token) -> bool:
        """Whether a clause has a subject of its own (a reported statement, not "told him to leave")."""
        return any(c.dep_ in self.rules.subjects or c.dep_ in self.rules.passive_subjects for c in clause.children)

    def reports_other(self, cue: int, start: int, end: int) -> bool:
        """Whether the speech verb at `cue` reports a clause of its own outside article tokens [start, end)."""
        span = self.content(cue)
        return span is not None and (span[1] <= start or span[0] >= end)


class TokenAt:
    """Character offset -> the token that holds it (a callable the grammar is given by the quote scan)."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def __call__(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)


def parser_names(entities: Sequence[Entity], tok_at: TokenAt) -> list[tuple[int, int, str]]:
    """The entity mentions the parser takes as one word: the outermost ones, as (first token, end token, kind).
    Built exactly as the events component builds them, so the parse a sentence is given is the same whichever
    component asks first."""
    spans = sorted(((m.start, m.end, e.kind) for e in entities for m in e.mentions), key=lambda s: (s[0], -s[1]))
    names: list[tuple[int, int, str]] = []
    reach = -1
    for start, end, kind in spans:
        if names and end <= reach:
            continue
        names.append((tok_at(start), tok_at(max(end - 1, start)) + 1, kind))
        reach = end
    return sorted(names, key=lambda n: (n[0], -n[1]))
