"""Reported speech: "officials stressed that …", "the official said the decision …", "…, sources said",
"according to X, …". The content is the reported clause, found around a reporting cue in its sentence."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from sitrep.components.quotes.grammar import Grammar
from sitrep.components.quotes.speakers import Attribution, SpeakerFinder
from sitrep.data_files import function_words

MIN_CONTENT = 3  # tokens
_THAT_WINDOW = 12  # words between a speech verb and its "that" ("said in a filing with the U.S. Securities and Exchange
# Commission that", "told the BBC News website in an interview that")
_QUESTION_WINDOW = 7
_NEAR_THAT = 7  # the same, when the words after the verb may be the clause itself
_PARSED_GAP = 8  # words between a speech verb and the clause the parse gives it ("told the BBC's Newsnight")
_PARSED_THAT_GAP = 14  # the same for a clause that opens with "that" ("said at a rally in Dayton, Ohio, that …")
_ADJUNCT = 6  # words of a time or place adjunct after an inverted speaker ("on Tuesday, November 19")
_FINAL = frozenset({".", "!", "?", ";", ":"})
_MARKS = frozenset([*"\"“”„«»'‘’`", "''", "``"])
_DOUBLE_MARKS = frozenset([*"\"“”„«»", "''", "``"])
_CLOSING_REACH = 2  # stops between the end of a reported clause and the mark that closes the quotation it opened
_POSSESSIVE = function_words("possessive_endings")
_COORDINATORS = function_words("coordinators")
_POSSESSIVES = function_words("possessive_determiners")
_DETERMINERS = function_words("articles")
_DEMONSTRATIVES = function_words("demonstratives")
_TAIL_WORDS = 8  # words between the comma and the verb of an attribution at a sentence's end
_LONG_ADJUNCT = 12  # words of an adjunct between an attribution and the sentence end
_ADJUNCT_WORDS = 14  # words of an adjunct between a speech verb and the clause it reports
_DESCRIPTION_WORDS = 7  # words of a description set off before a speaker's name ("the brother of the gunman")
_SUBJECT_WORDS = 4  # words of a subject between its first word and its verb ("its new offer was")
_NAME_WORDS = 4  # words of a name that opens a sentence ("Mary Jo Roe-Lee")
_ADDRESSEE_WORDS = 5  # tokens of an addressee between "told" and the clause ("told Sky News's political editor the …")


@dataclass(slots=True)
class Reported:
    """An indirect quote: its content tokens and its attribution."""

    start: int
    end: int
    attribution: Attribution


def reported(finder: SpeakerFinder, cue: int, sent: Span, grammar: Grammar | None = None) -> Reported | None:
    """The reported clause the cue at token `cue` introduces in its sentence, or None; `grammar` (the parse)
    finds the clause where the words alone do not ("Roe told NPR the talks had failed")."""
    if finder.doc[cue].lower_ == "according":
        return _according(finder, cue, sent)
    if _unsaid(finder, cue, sent.start):
        return None

    attribution = _unquoted(finder, finder.before(cue, sent.start), sent)
    if attribution is not None and _participle(finder, cue):
        attribution = _participle_speaker(finder, grammar, cue, sent) or attribution
    if attribution is None:
        inverted = _tail_inverted(finder, cue, sent, grammar)
        if inverted is not None:
            return inverted
        attribution = _subject(finder, cue, sent)
    if attribution is None or attribution.speaker is None:
        return _parsed_only(finder, grammar, cue, sent)
    if _questioned(finder, attribution.speaker[0], sent) or _answered(finder, cue, sent):
        return None
    cue_end = finder.cues[cue]
    framed = _framed_by_manner(finder, cue, sent, attribution)
    if framed is not None:
        return framed
    before = _before_speaker(finder, cue, sent, attribution)
    if before is not None:
        return before
    start = _clause_after(finder, cue, cue_end, sent.end)
    if start is None and finder.doc[cue:cue_end].text.lower() == "told":
        start = _addressee_then_subject(finder, grammar, cue_end, sent.end)
    if start is None or (grammar is not None and not _clause_confirmed(finder, grammar, cue, start)):
        parsed = _parsed_clause(finder, grammar, cue, attribution)
        parsed = parsed or _parsed_fronted(finder, grammar, cue, sent, attribution)
        return parsed or (_past_adjunct(finder, grammar, cue, sent, attribution) if start is None else None)
    end = _next_attribution(finder, start, sent.end)
    if _thing_made_known(finder, grammar, cue, (start, end)):
        return None
    return _content(finder, start, end, attribution)


def _thing_made_known(finder: SpeakerFinder, grammar: Grammar | None, cue: int, span: tuple[int, int]) -> bool:
    """Whether a verb whose object is as often a thing as a statement ([parsed_clause_verbs]) takes words with no
    finite verb in them: "revealed one of those talks to investigators, saying …" made a thing known, no clause."""
    verb = finder.doc[cue : finder.cues[cue]].text.lower()
    if verb not in finder.lex.parsed_clause:
        return False
    return grammar is None or not grammar.finite_between(*span)


def _past_adjunct(
    finder: SpeakerFinder, grammar: Grammar | None, cue: int, sent: Span, attribution: Attribution
) -> Reported | None:
    """The clause after an adjunct of time, place or manner that follows a verb of saying with no "that": "said on
    Monday its offer was final", "said in a speech his party would win", "said, in a bid to calm markets, the bank
    could cut rates". The adjunct opens with a preposition or a day and holds no finite verb; the clause opens with a
    subject pronoun or a possessive after a noun, or with any subject after the comma that closes the adjunct, and a
    finite verb follows within a few words."""
    cue_end = finder.cues[cue]
    if grammar is None or finder.doc[cue:cue_end].text.lower() not in finder.lex.say - {"told"}:
        return None
    if _reduced_relative(finder, attribution):
        return None
    i = cue_end + 1 if cue_end < sent.end and finder.doc[cue_end].text == "," else cue_end
    if i >= sent.end or not _opens_adjunct(finder, i):
        return None
    for j in range(i + 2, min(i + _ADJUNCT_WORDS, sent.end - MIN_CONTENT)):
        tok, before = finder.doc[j], finder.doc[j - 1]
        if tok.text in _FINAL or tok.lower_ == "that" or tok.text in _MARKS or j in finder.cues:
            return None
        if not _clause_opener(finder, j) or before.lower_ in finder.lex.governors or before.lower_ in _DETERMINERS:
            continue
        if before.text != "," and not (_pronoun(finder, j) or tok.lower_ in _POSSESSIVES):
            continue
        if grammar.finite_soon(j, _SUBJECT_WORDS) and not grammar.finite_between(cue_end, j):
            return _content(finder, j, _next_attribution(finder, j, sent.end), attribution)
    return None


def _reduced_relative(finder: SpeakerFinder, attribution: Attribution) -> bool:
    """Whether the speaker phrase is a noun with a name right after it that is no role or title ("a step Mr. Trump
    said he was willing to try", "the deal Roe said …"): a relative clause on that noun, no statement."""
    assert attribution.speaker is not None
    lex = finder.lex
    words = finder.doc[attribution.speaker[0] : attribution.speaker[1]]
    for word, after in pairwise(words):
        plain = word.is_lower and word.is_alpha and word.lower_ not in lex.determiners
        if plain and after.text[:1].isupper() and word.lower_ not in lex.role_nouns | lex.titles | lex.source_nouns:
            return True
    return False


def _opens_adjunct(finder: SpeakerFinder, i: int) -> bool:
    word = finder.doc[i].lower_
    lex = finder.lex
    return word != "to" and (word in lex.adjunct_prepositions or word in lex.days or word in lex.adjunct_openers)


def _clause_opener(finder: SpeakerFinder, j: int) -> bool:
    """Whether the word at `j` may open a clause's subject: a pronoun, a possessive, a determiner or a name."""
    tok = finder.doc[j]
    word = tok.lower_
    return _pronoun(finder, j) or word in _POSSESSIVES or word in _DETERMINERS or tok.text[:1].isupper()


def _tail_attribution(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether a cue after `start` follows a comma a few words before it ("…, the agency said"): an attribution of
    the whole sentence to someone else."""
    doc = finder.doc
    return any(
        j in finder.cues and any(t.text == "," for t in doc[max(start, j - _TAIL_WORDS) : j])
        for j in range(start + 1, end)
    )


def _participle_speaker(finder: SpeakerFinder, grammar: Grammar | None, cue: int, sent: Span) -> Attribution | None:
    """The speaker of a participle as the parse reads it: the subject of the clause the participle hangs on ("Roe
    toured the state, emphasizing …", "…, shifting his focus and admitting …"), or the noun it describes ("a statement
    saying …"); the phrase right before a participle is most often its verb's object, no speaker."""
    parsed = grammar.speaker(cue) if grammar is not None else None
    if parsed is None or parsed.speaker[1] > cue:
        return None
    return _unquoted(finder, Attribution(parsed.speaker, (cue, finder.cues[cue]), parsed.role), sent)


def _unquoted(finder: SpeakerFinder, attribution: Attribution | None, sent: Span) -> Attribution | None:
    """The attribution, unless its speaker is words in marks ('called it a "political trial" saying …': a mark closes
    right after it, an odd count of marks before it in the sentence): a speaker named only inside a quotation does not
    speak (docs/quote-guidelines.md)."""
    if attribution is None or attribution.speaker is None:
        return attribution
    end = attribution.speaker[1]
    if end >= sent.end or finder.doc[end].text not in _MARKS:
        return attribution
    opened = sum(t.text in _MARKS for t in finder.doc[sent.start : end])
    return None if opened % 2 else attribution


def _parsed_fronted(
    finder: SpeakerFinder, grammar: Grammar | None, cue: int, sent: Span, attribution: Attribution
) -> Reported | None:
    """The clause before a speaker set off by a comma, when the parse hangs it on the speech verb (or the verb on
    it) and a long adjunct follows the verb: "Three soldiers were wounded, the army said in a statement issued late
    on Sunday"."""
    assert attribution.speaker is not None
    s_start = attribution.speaker[0]
    if grammar is None or s_start - 1 <= sent.start or finder.doc[s_start - 1].text != ",":
        return None
    if not grammar.fronted(cue, s_start) or not _opens_clause(finder, sent, s_start - 1):
        return None
    return _content(finder, sent.start, s_start - 1, attribution)


def _unsaid(finder: SpeakerFinder, cue: int, floor: int) -> bool:
    """Whether the words right before the speech verb deny it ("did not say", "would not confirm", "has never
    said"): no statement made."""
    lex = finder.lex
    i = cue
    while i > floor and (finder.doc[i - 1].lower_ in lex.between or finder.doc[i - 1].lower_ in lex.negations):
        i -= 1
        if finder.doc[i].lower_ in lex.negations:
            return True
    return False


def _clause_confirmed(finder: SpeakerFinder, grammar: Grammar, cue: int, start: int) -> bool:
    """Whether the parse lets stand the clause the word shapes found: its "that" is no determiner ("reiterated that
    approach") nor the subject of a relative clause on the verb's object ("announced a plan that cuts taxes"); after
    a bare verb other than "say" the verb is read as a verb (not "warning shots"), and the words are no plain object
    ("claimed responsibility") and no addressee told to act ("warned residents to stay indoors")."""
    if _may_determine(finder, start) and grammar.determiner(start):
        return False
    if start > finder.cues[cue] and not _subject_follows(finder, start) and grammar.relative(cue, start):
        return False  # "maintaining the roads that connect …": a relative clause of the object
    verb = finder.doc[cue : finder.cues[cue]].text.lower()
    bare = start == finder.cues[cue] and finder.doc[start].lower_ != "that"
    if not bare or verb in finder.lex.say or (verb in finder.lex.commitment_verbs and _participle(finder, cue)):
        return True  # a commitment reports an infinitive, never a finite clause ("…, pledging not to close it")
    if not grammar.verb(cue):
        return False  # "fired warning shots, warning residents …": a noun, no speech verb
    if _participle(finder, cue) and grammar.content(cue) is None:
        return False  # "…, emphasizing the state's importance and making his pitch": an object, no clause
    if _gerund(finder, verb, start) and grammar.governs(cue, start):
        return False  # "reported hearing shots", not "reported warming seas appear to …"
    return not grammar.object_only(cue) and not (verb in finder.lex.directive and grammar.request(cue))


def _subject_follows(finder: SpeakerFinder, that: int) -> bool:
    """Whether a subject opens right after the "that" at `that`: a pronoun, a determiner or a name ("told the police
    that they had divorced"), so it opens the reported clause whatever the parse says."""
    if that + 1 >= len(finder.doc):
        return False
    after = finder.doc[that + 1]
    return _pronoun(finder, that + 1) or after.lower_ in finder.lex.determiners or after.text[:1].isupper()


def _may_determine(finder: SpeakerFinder, start: int) -> bool:
    """Whether the word shapes leave "that" at `start` open to be a determiner, so the parse must tell: a lower-case
    word follows it that is no function word and no plural ("that approach", not "that the", "that millions")."""
    doc = finder.doc
    if doc[start].lower_ != "that" or start + 1 >= len(doc):
        return False
    after = doc[start + 1]
    function = after.lower_ in finder.lex.stop or after.lower_ in finder.lex.determiners or _pronoun(finder, start + 1)
    return after.is_lower and after.is_alpha and not function and not after.text.endswith("s")


def _next_attribution(finder: SpeakerFinder, start: int, end: int) -> int:
    """Where a reported clause running from `start` ends: at a comma that opens another attribution ("…, adding
    that …", '…, saying "…"', "…, she said") or at "and" or "but" before another speech verb ("… and added that
    …"); else at `end`."""
    doc = finder.doc
    for j in range(start + MIN_CONTENT, end - 1):
        if doc[j].lower_ in _COORDINATORS and finder.skip_forward(j + 1, end) in finder.cues:
            return j  # "… and added that …", "… but said …"
        if doc[j].text != ",":
            continue
        after = finder.past_gaps(j + 1, end)
        while after < end and doc[after].text in _MARKS:  # '…roads," she said'
            after = finder.past_gaps(after + 1, end)
        if _participle(finder, after) or (after + 1 < end and _pronoun(finder, after) and after + 1 in finder.cues):
            marks = [k for k in range(start, j) if doc[k].text in _MARKS]
            return marks[-1] if len(marks) % 2 else j  # a quote that closes after the comma is left whole
    return end


def _participle(finder: SpeakerFinder, i: int) -> bool:
    return i in finder.cues and finder.doc[i].lower_.endswith("ing")


def _pronoun(finder: SpeakerFinder, i: int) -> bool:
    return finder.doc[i].lower_ in finder.lex.pronouns


def _answered(finder: SpeakerFinder, cue: int, sent: Span) -> bool:
    """ "…, the envoy said no, and left": the answer is what was said, no clause."""
    cue_end = finder.cues[cue]
    return cue_end < sent.end and finder.doc[cue_end].lower_ in finder.lex.lone_answers and _blocks(finder, cue_end)


def _framed_by_manner(finder: SpeakerFinder, cue: int, sent: Span, attribution: Attribution) -> Reported | None:
    """ "As the governor noted, the state has no money left": a clause of manner that opens the sentence with its
    speaker and verb, closed by a comma right after the verb, frames the main clause after it as the speaker's."""
    assert attribution.speaker is not None
    cue_end = finder.cues[cue]
    if finder.doc[sent.start].lower_ not in finder.lex.manner_openers or attribution.speaker[0] != sent.start + 1:
        return None
    if cue_end >= sent.end or finder.doc[cue_end].text != ",":
        return None
    return _content(finder, cue_end + 1, _next_attribution(finder, cue_end + 1, sent.end), attribution)


def _before_speaker(finder: SpeakerFinder, cue: int, sent: Span, attribution: Attribution) -> Reported | None:
    """The clause before a speaker set off by a comma, when the attribution ends the clause: "The talks are over,
    Roe said." (the sentence before the comma), "The museum, Roe said, holds …" (the whole sentence)."""
    assert attribution.speaker is not None
    s_start, cue_end = attribution.speaker[0], finder.cues[cue]
    if s_start - 1 <= sent.start or finder.doc[s_start - 1].text != "," or not _ends_clause(finder, cue_end, sent.end):
        return None
    if _participle(finder, cue) or not _next_to_cue(finder, cue, sent, attribution):
        return None  # "In July, he met Lee, claiming to …": the participle's subject is far off, no attribution here
    if finder.doc[cue].lower_ in finder.lex.quoting_verbs:
        return None  # "The rebel leader, Jo Roe, was quoted as saying …": what is quoted follows "saying"
    if _resumes(finder, cue_end, sent.end):
        return _content(finder, sent.start, sent.end, attribution)
    if _describes_speaker(finder, sent.start, s_start - 1):
        return None  # "The head of the council, Ruth Roe, said crews …": the subject's description, no clause
    end = _description_before(finder, sent.start, s_start - 1)
    if _opens_clause(finder, sent, end):
        return _content(finder, sent.start, end, attribution)
    return None


def _description_before(finder: SpeakerFinder, floor: int, comma: int) -> int:
    """Where the clause before a speaker's name ends: at the comma before a description of that person set off
    before the name ("…, the brother of the gunman, Eric Roe, said": a determiner, a role, a source or a kinship
    word, no verb), else at the name's own comma."""
    lex = finder.lex
    k = comma - 1
    while k > floor and comma - k <= _DESCRIPTION_WORDS and finder.doc[k].text != ",":
        k -= 1
    if k <= floor or finder.doc[k].text != "," or finder.doc[k + 1].lower_ not in lex.determiners:
        return comma
    words = [t.lower_ for t in finder.doc[k + 1 : comma]]
    person = any(w in lex.role_nouns or w in lex.source_nouns or w in lex.gender.titles for w in words)
    said = any(i in finder.cues for i in range(k + 1, comma))
    return k if person and not said and not any(w in lex.stop for w in words) else comma


def _describes_speaker(finder: SpeakerFinder, start: int, comma: int) -> bool:
    """Whether the words from `start` to the comma before a speaker's name describe that person: a determiner, a
    role, a source or a title word and no verb, cue or stop word ("The commander of the allied forces, Jo Roe,
    said …")."""
    lex = finder.lex
    if comma - start > _DESCRIPTION_WORDS + 3 or finder.doc[start].lower_ not in lex.determiners:
        return False
    words = [t.lower_ for t in finder.doc[start:comma]]
    person = any(w in lex.role_nouns or w in lex.source_nouns or w in lex.gender.titles for w in words)
    said = any(i in finder.cues for i in range(start, comma))
    return person and not said and not any(w in lex.stop or w in ",;:" for w in words)


def _next_to_cue(finder: SpeakerFinder, cue: int, sent: Span, attribution: Attribution) -> bool:
    """Whether the speaker (or its role) ends right before the verb, past adverbs and a comma ("Roe said", "Roe,
    the envoy, said")."""
    assert attribution.speaker is not None
    last = attribution.role[1] if attribution.role is not None else attribution.speaker[1]
    before = finder.skip_back(cue, sent.start)
    return before == last or (before == last + 1 and finder.doc[last].text == ",")


def _parsed_clause(
    finder: SpeakerFinder, grammar: Grammar | None, cue: int, attribution: Attribution
) -> Reported | None:
    """The finite clause the parse hangs on the speech verb, starting a few words after it."""
    span = grammar.content(cue) if grammar is not None else None
    if span is None:
        return None
    first = finder.doc[span[0]]
    if span[0] - finder.cues[cue] > (_PARSED_THAT_GAP if first.lower_ == "that" else _PARSED_GAP):
        return None
    if _blocks(finder, span[0]):
        return None
    return _content(finder, span[0], span[1], attribution)


def _questioned(finder: SpeakerFinder, speaker_start: int, sent: Span) -> bool:
    """Whether "whether" or "if" stands before the speaker ("asked whether he thought …" states nothing), or a
    relative word ("after what Israel says was an assault", "in which Roe said …": a clause reported inside a
    relative clause is no quote, docs/quote-guidelines.md)."""
    if speaker_start <= sent.start:
        return False
    before = finder.doc[speaker_start - 1]
    if before.text.isupper() and len(before.text) > 1:
        return False  # a name in capitals ("WHO"), not a word
    return before.lower_ in finder.lex.syntax.question_marks or before.lower_ in finder.lex.syntax.relative_frames


def _parsed_only(finder: SpeakerFinder, grammar: Grammar | None, cue: int, sent: Span) -> Reported | None:
    """Speech the word shapes read nothing of, all from the parse: a speaker before the verb and the finite
    clause after it ("the minister, who told reporters the bridge would reopen, …") or the clause before the
    speaker's comma ("…, attorneys for the family said.")."""
    parsed = grammar.speaker(cue) if grammar is not None else None
    if parsed is None or parsed.speaker[1] > cue or _questioned(finder, parsed.speaker[0], sent):
        return None
    if _answered(finder, cue, sent):
        return None
    attribution = Attribution(parsed.speaker, (cue, finder.cues[cue]), parsed.role)
    if _unquoted(finder, attribution, sent) is None:
        return None
    if grammar is not None and grammar.fronted(cue, parsed.speaker[0]):
        return _before_speaker(finder, cue, sent, attribution)
    parsed_clause = _parsed_clause(finder, grammar, cue, attribution) or _promised(finder, cue, sent, attribution)
    return parsed_clause or _said_clause(finder, grammar, cue, sent, attribution)


def _said_clause(
    finder: SpeakerFinder, grammar: Grammar | None, cue: int, sent: Span, attribution: Attribution
) -> Reported | None:
    """The clause right after a verb of saying whose speaker only the parse names ("The embassy declined the request
    and said the family had left"), when the parse misreads the clause: read from the word shapes, as after a
    speaker the shapes find."""
    cue_end = finder.cues[cue]
    if grammar is None or finder.doc[cue:cue_end].text.lower() not in finder.lex.say - {"told"}:
        return None
    start = _clause_after(finder, cue, cue_end, sent.end)
    if start is None or start != cue_end or not _clause_confirmed(finder, grammar, cue, start):
        return None
    end = _next_attribution(finder, start, sent.end)
    if _tail_attribution(finder, start, sent.end) or not grammar.finite_between(start, end):
        return None  # "…, and said more drills were needed, the agency said": the sentence is another's report
    return _content(finder, start, end, attribution)


def _promised(finder: SpeakerFinder, cue: int, sent: Span, attribution: Attribution) -> Reported | None:
    """The infinitive after a commitment participle whose speaker only the parse names ("The governor toured the
    school, promising to rebuild its roof"): the parse gives such a verb no finite clause. Not in a relative clause,
    whose noun the parse may take from a list ("… is a liar and a bully who has pledged to …")."""
    cue_end = finder.cues[cue]
    verb = finder.doc[cue:cue_end].text.lower()
    if verb not in finder.lex.commitment_verbs or not _participle(finder, cue):
        return None
    if not _commitment(finder, cue_end, sent.end):
        return None
    return _content(finder, cue_end, _next_attribution(finder, cue_end, sent.end), attribution)


def _according(finder: SpeakerFinder, cue: int, sent: Span) -> Reported | None:
    """ "According to X, …" (the clause after the comma that closes X) and "… according to X" (the clause before);
    X may be the media or a record ("according to state media")."""
    attribution = finder.after(cue, sent.end, finder.lex.according_sources)
    if attribution is None or attribution.speaker is None:
        return None
    doc, speaker_end = finder.doc, attribution.speaker[1]
    if cue == sent.start or (cue == sent.start + 1 and doc[sent.start].lower_ in _COORDINATORS):
        comma = next((j for j in range(speaker_end, min(sent.end, cue + 30)) if doc[j].text == ","), None)
        return _content(finder, comma + 1, sent.end, attribution) if comma is not None else None
    if not finder.sentence_end(speaker_end, sent.end) and doc[cue - 1].text != ",":
        return None
    before = _content(finder, sent.start, cue, attribution)
    set_off = doc[cue - 1].text == "," and _set_off_inside(finder, speaker_end, sent.end)
    if set_off and _openers_only(finder, sent, cue - 1):
        return _content(finder, speaker_end + 1, sent.end, attribution)  # "But, according to the poll, most …"
    unfinished = before is None or _auxiliary(finder, cue - 2)  # "This, according to …", "He had, according to …"
    if unfinished and set_off:
        return _content(finder, sent.start, sent.end, attribution)
    return before


def _openers_only(finder: SpeakerFinder, sent: Span, end: int) -> bool:
    """Whether the words before token `end` only lead in to a clause: a coordinator, adjuncts or a subordinate
    clause ("But,", "In addition,", "While most were filed as confidential,"), no clause of their own."""
    start = sent.start
    while start < end and (finder.doc[start].lower_ in _COORDINATORS or finder.doc[start].text == ","):
        start += 1
    return start == end or not _opens_clause(finder, finder.doc[start : sent.end], end)


def _auxiliary(finder: SpeakerFinder, i: int) -> bool:
    """Whether the word at `i` is an auxiliary ("had", "was", "will"): a clause that stops there is unfinished."""
    word = finder.doc[i].lower_
    return word in finder.lex.relative_that and word in finder.lex.stop


def _set_off_inside(finder: SpeakerFinder, speaker_end: int, end: int) -> bool:
    """Whether "according to X" is set off by commas inside the clause it reports, which goes on after it with no
    coordinator ("He had, according to the police, fled"): when too few words stand before it to be the report, the
    whole sentence is."""
    doc = finder.doc
    if speaker_end >= end or doc[speaker_end].text != ",":
        return False
    after = finder.past_gaps(speaker_end + 1, end)
    if after >= end or doc[after].lower_ in _COORDINATORS:
        return False
    return _resumes(finder, speaker_end, end)


def _subject(finder: SpeakerFinder, cue: int, sent: Span) -> Attribution | None:
    """ "Jane Roe, 45, of Dayton, said …": past a long appositive, the sentence's opening name speaks; so does
    it past a quote ('Roe said: "…," adding that …')."""
    before = finder.skip_back(cue, sent.start)
    quoted = before
    while finder.doc[cue].lower_.endswith("ing") and before - 1 > sent.start and finder.doc[before - 1].text in _MARKS:
        before -= 1  # a participle after a quote ('…," adding that'), never an inverted verb ('…," said Roe')
    if before - 1 <= sent.start or finder.doc[before - 1].text != ",":
        return None
    earlier = finder.earlier(cue, sent.start) if _participle(finder, cue) else None
    if earlier is not None:
        return earlier
    found = finder.subject(sent.start, cue)
    if found is None or found.speaker is None:
        return found
    if any(t.text == ";" for t in finder.doc[found.speaker[1] : before]):
        return None  # "Reports stated …; NDTV reported officials, after a review, stated …": not the same speaker
    if quoted == before:
        return found
    opening = finder.doc[sent.start : found.speaker[0]]
    return None if any(t.text in _MARKS for t in opening) else found  # a speaker out of the quote's own words


def _tail_inverted(finder: SpeakerFinder, cue: int, sent: Span, grammar: Grammar | None) -> Reported | None:
    """ "…, said the ministry." — the content runs from the sentence start to the comma. A speaker followed by
    more words stands when they are a named speaker's role ("…, said Jane Roe, an official with the board that
    runs it") or when the parse reads it as the verb's subject and gives the verb no clause of its own ("…, said
    one source in the room")."""
    if cue - 1 <= sent.start or finder.doc[cue - 1].text != ",":
        return None
    if finder.doc[cue : finder.cues[cue]].text.lower() not in finder.lex.inverted:
        return None  # "…, telling them Valeant was …": a participle's object is no speaker
    verbless = grammar is not None and not grammar.finite_between(sent.start, cue - 1)
    if verbless and _name_set_off(finder, sent.start, cue - 1):
        return None  # "Jo Roe, a fellow at the center, said the talks failed": a subject set off, no clause
    if _relative_set_off(finder, sent.start, cue - 1):
        return None  # "Two officials, who asked not to be named, said the strike …": the subject and its clause
    attribution = finder.after(cue, sent.end)
    if attribution is None or attribution.speaker is None:
        return None
    attribution = _without_issuer(finder, attribution)
    assert attribution.speaker is not None
    if _pronoun(finder, attribution.speaker[0]):
        return None  # "Facebook found the posting, reported it to the police": the verb's object, no speaker
    last = attribution.role[1] if attribution.role is not None else attribution.speaker[1]
    if not (
        finder.sentence_end(last, sent.end)
        or _adjunct_to_end(finder, last, sent.end)
        or _role_to_the_end(finder, attribution, sent.end)
        or _issued_to_the_end(finder, attribution, sent.end)
        or (finder.names_source(*attribution.speaker) and _subject_after(grammar, cue, attribution.speaker))
    ):
        return None
    return _content(finder, sent.start, cue - 1, attribution)


def _name_set_off(finder: SpeakerFinder, start: int, comma: int) -> bool:
    """Whether the words from `start` to the comma at `comma` open with a name set off by a comma of its own ("Jo
    Roe, a fellow at the center,"): the subject with its description, before its verb."""
    first = next((j for j in range(start, comma) if finder.doc[j].text == ","), None)
    if first is None or first == start or first - start > _NAME_WORDS:
        return False
    return all(t.text[:1].isupper() or t.text in finder.lex.name_joiners for t in finder.doc[start:first])


def _relative_set_off(finder: SpeakerFinder, start: int, comma: int) -> bool:
    """Whether the words from `start` to the comma at `comma` are a speaker and a relative clause set off after it
    ("Two officials, who asked not to be named," "Two engineers, who feared reprisals,"): a phrase that can name
    someone, then a comma and a relative pronoun of a person, and no other comma up to the one before the verb."""
    first = next((j for j in range(start, comma) if finder.doc[j].text == ","), None)
    if first is None or first == start or first + 1 >= comma:
        return False
    if finder.doc[first + 1].lower_ not in finder.lex.person_relatives:
        return False
    if any(t.text == "," for t in finder.doc[first + 1 : comma]):
        return False  # "The soldier, who was hurt, is recovering, said the doctor": a clause after the relative one
    return finder.back(first, start) == start


def _adjunct_to_end(finder: SpeakerFinder, i: int, end: int) -> bool:
    """ "…, said Amnesty International on Tuesday." or "…, said the ministry in a statement.": only a short adjunct
    of time or place, opened by a preposition or a day, stands between the speaker and the sentence end."""
    if i >= end:
        return False
    first = finder.doc[i]
    if first.lower_ not in finder.lex.adjunct_prepositions and first.lower_ not in finder.lex.days:
        return False
    rest = finder.doc[i:end]
    if any(t.i in finder.cues or t.lower_ == "that" or t.text in _MARKS for t in rest):
        return False
    return any(finder.sentence_end(j, end) for j in range(i + 1, min(i + _ADJUNCT, end) + 1))


def _without_issuer(finder: SpeakerFinder, attribution: Attribution) -> Attribution:
    """The speaker phrase cut after its document noun when a participle of issuing follows it ("a statement issued
    by the council" speaks as "a statement"); else the attribution as it is."""
    assert attribution.speaker is not None
    start, end = attribution.speaker
    for i in range(start, end - 1):
        participle = finder.doc[i + 1]
        issued = participle.is_lower and participle.is_alpha and i + 2 < len(finder.doc)
        by = finder.doc[i + 2].lower_ if issued else ""
        if finder.doc[i].lower_ in finder.lex.documents and by in finder.lex.issuer_prepositions:
            return Attribution((start, i + 1), attribution.cue, attribution.role)
    return attribution


def _issued_to_the_end(finder: SpeakerFinder, attribution: Attribution, end: int) -> bool:
    """ "…, said a statement issued by the council.": a document, then a participle that says who issued it, up to
    the sentence end (no other cue, "that" or mark in it)."""
    if attribution.speaker is None:
        return False
    last = attribution.speaker[1]
    head = finder.doc[last - 1].lower_
    if head not in finder.lex.documents or last + 1 >= end:
        return False
    participle, by = finder.doc[last], finder.doc[last + 1]
    if not (participle.is_lower and participle.is_alpha and by.lower_ in finder.lex.issuer_prepositions):
        return False
    rest = finder.doc[last:end]
    return not any(t.i in finder.cues or t.lower_ == "that" or t.text in _MARKS for t in rest)


def _role_to_the_end(finder: SpeakerFinder, attribution: Attribution, end: int) -> bool:
    """ "…, said Jane Roe, an official with the board that runs it.": a name, then its role up to the sentence end
    (no other cue in it)."""
    if attribution.speaker is None or attribution.role is None or not finder.is_name(*attribution.speaker):
        return False
    return not any(j in finder.cues for j in range(attribution.role[1], end))


def _subject_after(grammar: Grammar | None, cue: int, speaker: tuple[int, int]) -> bool:
    """Whether the parse reads the phrase after the verb at `cue` as its speaker, with no clause reported after."""
    parsed = grammar.after(cue) if grammar is not None else None
    return parsed is not None and parsed[0] < speaker[1] and speaker[0] < parsed[1]


def _resumes(finder: SpeakerFinder, cue_end: int, end: int) -> bool:
    """Whether the sentence goes on after an attribution set off by commas ("The museum, Roe said, holds …"):
    a comma closes the attribution and a few words follow that open no participle, other cue ("…, adding") or
    adjunct ("…, in a blow to …")."""
    doc = finder.doc
    comma = next((j for j in range(cue_end, min(cue_end + 6, end)) if doc[j].text == ","), None)
    if comma is None:
        return False
    words = [t for t in doc[comma + 1 : end] if not t.is_punct and not t.is_space]
    if len(words) < MIN_CONTENT:
        return False
    first = words[0]
    adjunct = first.lower_ in finder.lex.adjunct_prepositions or first.lower_ in finder.lex.clause_blockers
    if adjunct and first.lower_ not in _COORDINATORS:
        return False  # "…, the company said Friday, in a fresh blow to …": an adjunct of the attribution
    return first.i not in finder.cues and not (first.is_lower and first.text.endswith("ing"))


def _opens_clause(finder: SpeakerFinder, sent: Span, end: int) -> bool:
    """Whether the words before the speaker's comma hold a clause that can be reported, not only adjuncts
    ("On Saturday, in a short statement, X said …", "Asked about the plan, X said …": every comma-separated part
    opens with a preposition, a day or another adjunct opener)."""
    lex = finder.lex
    part_start = True
    for tok in finder.doc[sent.start : end]:
        if tok.text == ",":
            part_start = True
        elif not tok.is_space and part_start:
            word = tok.lower_
            if not (word in lex.adjunct_prepositions or word in lex.days or word in lex.adjunct_openers):
                return True
            if _approximates(finder, tok.i):
                return True  # "At least 12 people died, officials said": a subject that approximates a number
            if _subject_of_verb(finder, tok.i, end):
                return True  # "This is a problem, Oza said": "this" the subject, no "this week"
            part_start = False
    return False


def _subject_of_verb(finder: SpeakerFinder, i: int, end: int) -> bool:
    """Whether the demonstrative at `i` is a subject that an auxiliary or a form of "be" or "have" follows ("This is
    …", "That was …")."""
    return i + 1 < end and finder.doc[i].lower_ in _DEMONSTRATIVES and finder.doc[i + 1].lower_ in (
        finder.lex.relative_that
    )


def _ends_clause(finder: SpeakerFinder, i: int, end: int) -> bool:
    """Whether only a short adjunct ("on Friday", "in a statement") follows the cue before the sentence ends
    or a comma closes the attribution ("The talks, he said, are over"); a pronoun after the cue opens a clause of
    its own ("X said it was.")."""
    if i < end and finder.doc[i].lower_ in finder.lex.pronouns:
        return False
    if _long_adjunct_to_end(finder, i, end):
        return True  # "…, she said in the broadcast on Korean Central Television."
    for j in range(i, min(i + 6, end)):
        if finder.doc[j].text in _FINAL or finder.doc[j].text == ",":
            return True
        if finder.doc[j].lower_ == "that":
            return False
    return finder.sentence_end(min(i + 6, end), end)


def _long_adjunct_to_end(finder: SpeakerFinder, i: int, end: int) -> bool:
    """Whether an adjunct opened by a preposition or a day runs from `i` to the sentence end with no comma, cue,
    "that" or mark in it ("in the broadcast on Korean Central Television")."""
    first = finder.doc[i].lower_ if i < end else ""
    if first not in finder.lex.adjunct_prepositions and first not in finder.lex.days:
        return False
    for j in range(i, min(i + _LONG_ADJUNCT, end)):
        tok = finder.doc[j]
        if finder.sentence_end(j, end):
            return True
        if j in finder.cues or tok.lower_ == "that" or tok.text in _MARKS or tok.text in (",", ";", ":"):
            return False
    return False


def _clause_after(finder: SpeakerFinder, cue: int, cue_end: int, end: int) -> int | None:
    """Where the reported clause starts: at "that" within a few words, or right after a bare-clause verb (at once
    when a subject pronoun follows it: in "saying she was heartened by assurances that …" the "that" is inside)."""
    doc = finder.doc
    verb = doc[cue:cue_end].text.lower()
    bare = verb in finder.lex.bare_clause and verb != "told" and cue_end + 1 < end
    if bare and _pronoun(finder, cue_end) and not _blocks(finder, cue_end + 1):  # "said it was", not "said it in"
        return cue_end
    if _topic(finder, cue_end, end):
        return None  # "complained about the plan that nobody liked": the noun's clause, not what was said
    for j in range(cue_end, min(cue_end + _that_window(finder, verb, cue_end, end), end)):
        tok = doc[j]
        if tok.lower_ == "that":
            after = doc[j + 1].lower_ if j + 1 < end else ""
            if after in finder.lex.relative_that and j > cue_end:
                continue  # "said in a statement that was posted online that …": a relative pronoun
            if after not in finder.lex.that_determined:  # "saying an attack that day on the base …"
                return j
        if tok.text in _FINAL or (tok.is_punct and tok.text not in _MARKS):  # 'told NBC's "Today" that …'
            break
    if verb in finder.lex.question_verbs:
        return _question(finder, cue_end, end)
    if verb in finder.lex.commitment_verbs:
        return cue_end if _commitment(finder, cue_end, end) else None
    if verb not in finder.lex.bare_clause or cue_end >= end:
        return None
    start = cue_end
    if verb == "told":
        addressed = _after_addressee(finder, cue_end, end)
        if addressed is not None:
            return addressed
        skipped = finder.forward(cue_end, end)
        if skipped is None or skipped - cue_end > 3 or skipped >= end or doc[skipped].lower_ in _POSSESSIVE:
            return None
        start = skipped
    if start >= end:
        return None
    if verb in finder.lex.say and _conditional(finder, start, end):
        return start
    return None if _blocks(finder, start) else start


def _topic(finder: SpeakerFinder, i: int, end: int) -> bool:
    """Whether a topic opens at token `i`: a preposition of topic before a word that is no number ("about the
    plan", not "about 20 people")."""
    doc = finder.doc
    return i + 1 < end and doc[i].lower_ in finder.lex.topic_prepositions and not doc[i + 1].like_num


def _after_addressee(finder: SpeakerFinder, cue_end: int, end: int) -> int | None:
    """Where the clause after "told" and its addressee opens at a subject pronoun with a word after it ("told
    reporters he would stay", "told the court they had left", "told Reuters it was"): the addressee is a few words
    with no punctuation, preposition, "that" or question word in them ("told reporters in …" is read elsewhere)."""
    doc, lex = finder.doc, finder.lex
    for j in range(cue_end + 1, min(cue_end + 1 + _ADDRESSEE_WORDS, end - 1)):
        word = doc[j - 1]
        if not _addressee_word(word) or word.lower_ in lex.clause_blockers or word.lower_ in lex.governors:
            return None
        if word.lower_ in lex.question_words or word.lower_ == "that" or _pronoun(finder, j - 1):
            return None
        after = doc[j + 1]
        if _pronoun(finder, j) and doc[j].is_lower and after.is_lower and after.is_alpha and not _blocks(finder, j + 1):
            return j
    return None


def _addressee_word(word: Token) -> bool:
    """Whether a token may belong to the addressee of "told": a word, or the possessive ending of an owner ("told
    the BBC's reporters he …", "told Sky News's political editor the talks …")."""
    return word.is_alpha or word.lower_ in _POSSESSIVE


def _addressee_then_subject(finder: SpeakerFinder, grammar: Grammar | None, cue_end: int, end: int) -> int | None:
    """Where the clause after "told" and its addressee opens at a determiner whose noun the parse gives a finite
    verb within a few words ("told the court the men did not want bail", "told journalists their offer was
    final"); not before a relative word ("told him a story that …": the story is what was told)."""
    if grammar is None:
        return None
    doc, lex = finder.doc, finder.lex
    relatives = lex.syntax.relative_pronouns
    for j in range(cue_end + 1, min(cue_end + 1 + _ADDRESSEE_WORDS, end - MIN_CONTENT)):
        word = doc[j - 1]
        if not _addressee_word(word) or word.lower_ in lex.clause_blockers or word.lower_ in lex.governors:
            return None
        if word.lower_ in lex.question_words or word.lower_ in relatives or _pronoun(finder, j - 1):
            return None
        if doc[j].lower_ not in _DETERMINERS and doc[j].lower_ not in _POSSESSIVES:
            continue
        if j - 1 > cue_end and doc[j - 1].lower_ in _DETERMINERS:
            return None
        subject = doc[j + 1 : j + 1 + _SUBJECT_WORDS]
        if any(t.lower_ in relatives or t.is_punct for t in subject) or grammar.finite_between(cue_end, j):
            return None
        return j if grammar.finite_soon(j, _SUBJECT_WORDS) else None
    return None


def _conditional(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether a condition or time clause opens at `start` ("said if the talks fail, …"): a subordinator with a
    subject after it, not a participle ("said when asked")."""
    doc = finder.doc
    if doc[start].lower_ not in finder.lex.conditional_openers or start + MIN_CONTENT >= end:
        return False
    after = doc[start + 1]
    participle = after.is_lower and after.lower_.endswith(("ed", "ing"))
    return after.is_alpha and not participle and after.lower_ not in finder.lex.clause_blockers


def _gerund(finder: SpeakerFinder, verb: str, start: int) -> bool:
    """Whether a word in -ing follows a bare verb other than "say": a gerund, an act and no clause ("reported
    hearing gunfire", "admitted lying") when the verb governs it."""
    word = finder.doc[start]
    return verb not in finder.lex.say and word.is_lower and word.is_alpha and word.lower_.endswith("ing")


def _that_window(finder: SpeakerFinder, verb: str, cue_end: int, end: int) -> int:
    """How far the clause's "that" is sought after the verb: further past an addressee ("told the BBC News website
    in an interview that") or an adjunct of place or time ("said at a rally in the north that")."""
    if cue_end >= end:
        return 0
    first = finder.doc[cue_end].lower_
    adjunct = (first in finder.lex.adjunct_prepositions and first != "to") or first in finder.lex.days
    return _THAT_WINDOW if verb == "told" or adjunct else _NEAR_THAT


def _question(finder: SpeakerFinder, cue_end: int, end: int) -> int | None:
    """Where the question a question verb reports opens: at a question word within a few words ("asked the
    minister whether …", "wondered how …"), not past punctuation or a preposition ("asked about the plan")."""
    doc = finder.doc
    for j in range(cue_end, min(cue_end + _QUESTION_WINDOW, end - MIN_CONTENT)):
        if doc[j].lower_ in finder.lex.question_words:
            return j
        if doc[j].is_punct or doc[j].lower_ in finder.lex.clause_blockers:
            return None
    return None


def _commitment(finder: SpeakerFinder, cue_end: int, end: int) -> bool:
    """Whether an infinitive follows a commitment verb, or a negation and an infinitive ("vowed never to give up
    its arms", "pledged not to run"): the negation opens what was promised."""
    if cue_end < end and finder.doc[cue_end].lower_ in finder.lex.negations:
        return _infinitive(finder, cue_end + 1, end)
    return _infinitive(finder, cue_end, end)


def _infinitive(finder: SpeakerFinder, cue_end: int, end: int) -> bool:
    """Whether "to" and a verb follow a commitment verb ("vowed to rebuild"), not "to" and an addressee."""
    if cue_end + 1 >= end or finder.doc[cue_end].lower_ != "to":
        return False
    word = finder.doc[cue_end + 1]
    if not word.is_lower or not word.is_alpha or word.lower_ in finder.lex.addressees:
        return False
    return word.lower_ not in finder.lex.determiners and word.lower_ not in finder.lex.stop


def _blocks(finder: SpeakerFinder, start: int) -> bool:
    """Whether the word at `start` cannot open a reported clause: punctuation, a preposition, a conjunction, a
    question word, or an answer standing alone ("said no.")."""
    first = finder.doc[start]
    if first.is_punct or first.is_space:
        return True
    if first.lower_ in finder.lex.clause_blockers:
        return not _approximates(finder, start)
    if first.lower_ not in finder.lex.lone_answers:
        return False
    after = finder.doc[start + 1] if start + 1 < len(finder.doc) else None
    return after is None or after.is_punct or after.is_space


def _approximates(finder: SpeakerFinder, start: int) -> bool:
    """Whether the blocker at `start` opens a phrase that approximates the number after it ("said about 20 people
    had applied", "said at least 20 people died")."""
    doc = finder.doc
    for phrase in finder.lex.approximators:
        words = phrase.split()
        end = start + len(words)
        if end < len(doc) and [t.lower_ for t in doc[start:end]] == words and doc[end].like_num:
            return True
    return False


def _content(finder: SpeakerFinder, start: int, end: int, attribution: Attribution) -> Reported | None:
    """The reported clause at tokens [start, end) without the punctuation around it, a bracket it does not open
    ('(…, he said that the timing was unrelated.)') or a connective that opens the writer's sentence ("But …, the
    panel concluded, …"); a quotation it opens runs to its closing mark ('said that "it was a mistake."')."""
    doc = finder.doc
    end = _trimmed_end(finder, start, end)
    if end > start and doc[end - 1].text == ")" and not any(t.text == "(" for t in doc[start:end]):
        end = _trimmed_end(finder, start, end - 1)
    while start < end and (doc[start].is_space or doc[start].text in (",", "—", "–")):
        start += 1
    opening = start < end and doc[start].is_sent_start
    while opening and start < end and doc[start].lower_ in finder.lex.clause_connectives:  # "And yet, …"
        start = finder.past_gaps(start + 1 + (start + 1 < end and doc[start + 1].text == ","), end)
    if end - start < MIN_CONTENT:
        return None
    return Reported(start, _closing_mark(finder, start, end), attribution)


def _trimmed_end(finder: SpeakerFinder, start: int, end: int) -> int:
    doc = finder.doc
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _FINAL or doc[end - 1].text == ","):
        end -= 1
    return end


def _closing_mark(finder: SpeakerFinder, start: int, end: int) -> int:
    """The end of a reported clause that opened a quotation and stops inside it: past the stop and the closing mark
    right after it (the quoted words keep their own stop)."""
    doc = finder.doc
    if sum(t.text in _DOUBLE_MARKS for t in doc[start:end]) % 2 == 0:
        return end
    i = end
    while i < len(doc) and i - end < _CLOSING_REACH and doc[i].text in _FINAL | {",", "!", "?"}:
        i += 1
    return i + 1 if i < len(doc) and doc[i].text in _DOUBLE_MARKS else end
