"""Later short references to a speaker ("she", "the official", "Singh") resolve to the earlier full mention,
and speakers link to the entity component's records by character overlap."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitrep.components.quotes.lexicon import Lexicon
from sitrep.components.quotes.titled import described_body, described_role, named_body, titled_person
from sitrep.data_files import function_words
from sitrep.record import Entity
from sitrep.record import Mention as EntityMention

_DEFINITE = function_words("definite_determiners")
_ARTICLES = function_words("articles")
_INSIDE_MARKS = frozenset(",;(")  # a character before a word inside its sentence
_LOOKBACK = 12  # entity mentions checked to the left of a speaker span
_POSSESSIVE = re.compile(r"[’']s\s+")
_PLACE_KINDS = frozenset({"country", "place"})
_BODY_KINDS = frozenset({"organization", "group"})
_DESCRIBED = ""  # the entity id recorded for a speaker described but not named
_APPOSITION_WORDS = 6  # words of a description a name set off after it may follow ("A woman in Tokyo, …")
_OPENING_COORDINATORS = function_words("coordinators")
_AFTER_QUOTE = 6  # characters between a closing mark and the pronoun that speaks it ('…," he said')
_TITLE_WORDS = 6  # words of a title before a name that opens its sentence ("Tory shadow home secretary Jo Roe")
_SUBJECT_HOPS = 2  # sentences that open with the same pronoun passed over to the one that names its subject
_NAME_WORDS = 3  # capitalized words of a name after its role ("president Recep Erdoğan")
_ROLE_MODIFIERS = 3  # words before the role in "Turkish foreign minister Ali Veli"
_SET_OFF = frozenset({"—", "–", "--"})  # a dash that sets off a clause after a name ("Tommy — who …")
_TITLE_CHARS = 12  # characters of a title before a name opening a speaker phrase ("Cardinal ", "Foreign Minister ")


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
            if lower[0] in self.lex.writer_pronouns:
                return None  # "I say …" outside a quotation: the writer, no one named before
            gender = self.lex.gender.pronouns.get(lower[0])
            if gender is None:
                return self.full[-1] if self.full else None
            return self._latest(lambda m: self.lex.gender.of_words(m.root.words) in (None, gender), reach=1)
        if lower[0] in _DEFINITE and lower[-1] in self.lex.source_nouns:
            return self._latest(lambda m: m.words[-1].lower() == lower[-1] and m is not mention)
        if all(w[:1].isupper() or w.lower() in self.lex.titles for w in words) and len(words) <= 2:
            surname = words[-1]
            return self._latest(lambda m: len(m.words) > len(words) and m.words[-1] == surname)
        return None

    def _latest(self, accept: Callable[[Mention], bool], reach: int = _LOOKBACK) -> Mention | None:
        """The latest of the last `reach` full mentions that `accept` takes ("he" looks at the last speaker only:
        one further back is less likely than a person named since)."""
        for candidate in reversed(self.full[-reach:]):
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
        self.people = {e.id: e.name for e in entities if e.kind == "person"}
        self.places = {e.id for e in entities if e.kind in _PLACE_KINDS}
        self.bodies = {e.id: e.name for e in entities if e.kind in _BODY_KINDS}
        numbers = [int(e.id[1:]) for e in entities if e.id[:1] == "E" and e.id[1:].isdigit()]
        self.next_number = max(numbers, default=0) + 1
        self.added: list[Entity] = []  # people who speak whom the entity component did not record

    def add_person(self, name: str, spans: Sequence[tuple[int, int]], text: str) -> Entity:
        """Record a person the entity component did not: a named speaker a pronoun stands for."""
        entity = Entity(f"E{self.next_number}", "person", name)
        self.next_number += 1
        for start, end in sorted(spans):
            entity.mentions.append(EntityMention(start, end, text[start:end]))
            i = bisect_left(self.spans, (start, end, entity.id))
            self.spans.insert(i, (start, end, entity.id))
            self.starts.insert(i, start)
            self.longest = max(self.longest, end - start)
        self.people[entity.id] = name
        self.added.append(entity)
        return entity

    def person_before(
        self,
        text: str,
        at: int,
        gender: str,
        lex: Lexicon,
        known: dict[str, str],
        silent: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
    ) -> tuple[int, str] | None:
        """The person named nearest before character `at` (within the lexicon's reach) whom a pronoun of this
        gender can stand for, with where they are named: a title before the mention, the first name, or what
        `known` says must not differ. A person named inside a quotation is not the one who speaks after it, nor
        one named in a headline or a caption (`silent`: the quotations, and the sections that are no body)."""
        i = bisect_left(self.starts, at) - 1
        while i >= 0 and self.spans[i][0] >= at - lex.gender.reach:
            start, _end, entity = self.spans[i]
            i -= 1
            if entity not in self.people or any(_inside(start, spans) for spans in silent):
                continue
            if text[max(start - 1, 0) : start] in lex.credit_marks:
                continue  # a picture credit ("REUTERS/Jo Roe", "AP Photo/Jo Roe") names a photographer
            before = text[max(start - 12, 0) : start].split()[-1:]
            said = known.get(entity) or lex.gender.of_words(before) or lex.gender.of_words(self.people[entity].split())
            if said in (None, gender):
                return start, entity
        return None

    def person_opening(self, start: int, end: int) -> str | None:
        """The person whose mention opens the phrase at [start, end) (past a title: "Cardinal Jo Roe of …")
        and ends before the phrase does; else None."""
        i = bisect_left(self.starts, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, entity = self.spans[i]
            if entity in self.people and e < end and s - start <= _TITLE_CHARS:
                return entity
            i += 1
        return None

    def names_person(self, start: int, end: int) -> bool:
        """Whether a person's mention starts in characters [start, end)."""
        i = bisect_left(self.starts, start)
        return any(self.spans[j][2] in self.people for j in range(i, bisect_left(self.starts, end)))

    def at(self, start: int, end: int) -> str | None:
        """The id of the entity a phrase at [start, end) names: the mention that ends it (its head: "Northwestern
        University expert Wendy Parmet" is Parmet), else the one overlapping it the most."""
        found = self.mention_at(start, end, head=True)
        return found[2] if found else None

    def mention_at(self, start: int, end: int, *, head: bool = False) -> tuple[int, int, str] | None:
        """The entity mention (start, end, id) overlapping [start, end) the most; with `head`, one that ends
        where the phrase ends comes first."""
        best: tuple[bool, int, tuple[int, int, str]] | None = None
        i = bisect_left(self.starts, start - self.longest)
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, _ = self.spans[i]
            overlap = min(e, end) - max(s, start)
            key = (head and e == end, overlap)
            if overlap > 0 and (best is None or key > best[:2]):
                best = (*key, self.spans[i])
            i += 1
        return best[2] if best else None


@dataclass(slots=True)
class SpeakerLink:
    """The entity a speaker phrase names and, for "<owner>'s <role> <Name>", the span of "<owner>'s <role>"."""

    entity: str | None
    role: tuple[int, int] | None = None


def link_speaker(text: str, mention: Mention, index: EntityIndex, lexicon: Lexicon) -> SpeakerLink:
    """The entity a speaker phrase stands for. After a possessive the phrase names what the owner holds:
    "Chad's foreign minister" is the minister (no entity: Chad did not speak), "Iraq's defence ministry" or
    "Chad's foreign minister Ali Hassan" the entity named after the "'s"; an institution ("Iraq's government")
    with no entity of its own speaks for its owner."""
    head = _head_before_of(mention, lexicon)
    possessive = _POSSESSIVE.search(text, mention.start, mention.end)
    if possessive is None:
        person = index.person_opening(mention.start, mention.end)
        if head is not None and person is not None:
            return SpeakerLink(person)  # "Peter Roe of the victims' group": Roe, not the group
        if _place_before_role_name(text, mention, index, lexicon):
            return SpeakerLink(None)  # "French president Macron": a person no record holds, not France
        found = index.mention_at(mention.start, mention.end, head=True)
        entity = found[2] if found else None
        if entity in index.places and head is not None and _speaks(head, lexicon):
            return SpeakerLink(None)  # "the governor of Texas": the role-holder; a place never speaks
        if found is not None and entity in index.places and _located(text, mention.start, found[0], lexicon):
            return SpeakerLink(None)  # "a source inside South Pyongan Province": where they are, not who
        return SpeakerLink(entity)
    owned = index.mention_at(possessive.end(), mention.end)
    if owned is not None:
        role = text[possessive.end() : max(owned[0], possessive.end())].rstrip()
        return SpeakerLink(owned[2], (mention.start, possessive.end() + len(role)) if role else None)
    if mention.words and mention.words[-1].lower() in lexicon.role_nouns | lexicon.owned_people:
        return SpeakerLink(None)  # "Chad's foreign minister", "Roe's sister": the role-holder or the kin
    if head is not None and head.lower() in lexicon.role_nouns:
        return SpeakerLink(None)  # "the head of Spain's farmers union": the role-holder, not Spain
    return SpeakerLink(index.at(mention.start, mention.end))


def _located(text: str, start: int, place: int, lexicon: Lexicon) -> bool:
    """Whether a preposition of place stands between a speaker phrase's start and the place named at `place`."""
    words = text[start:place].lower().split()
    return len(words) > 1 and any(w in lexicon.adjunct_prepositions for w in words[1:])


def _speaks(word: str, lexicon: Lexicon) -> bool:
    """Whether a head noun names a person by role or title ("governor", not "government")."""
    lower = word.lower()
    return lower in lexicon.role_nouns or lower in lexicon.titles


def _place_before_role_name(text: str, mention: Mention, index: EntityIndex, lexicon: Lexicon) -> bool:
    """Whether a speaker phrase is a place that modifies a role and a name no entity records ("American president
    Obama", "Dutch finance minister Jo Roe"): the place names where the person serves, not who speaks."""
    found = index.mention_at(mention.start, mention.end, head=True)
    if found is None or found[2] not in index.places or found[1] >= mention.end:
        return False
    words = text[found[1] : mention.end].split()
    roles = lexicon.role_nouns | lexicon.titles | set(lexicon.gender.titles)
    at = next((n for n, w in enumerate(words) if w.lower() in roles), None)
    return at is not None and at < len(words) - 1 and all(w[:1].isupper() for w in words[at + 1 :])


def _head_before_of(mention: Mention, lexicon: Lexicon) -> str | None:
    """The word before the first "of" or "for" of a speaker phrase ("chairman" in "the chairman of the union"), or
    None when the phrase has no such preposition."""
    words = list(mention.words)
    cut = next((n for n, w in enumerate(words) if n and w.lower() in lexicon.phrase_prepositions), None)
    return words[cut - 1] if cut is not None else None


def _name_word(word: str) -> bool:
    """Whether a word may be part of a person's name: capitalized letters, maybe joined by hyphens or apostrophes."""
    return word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _inside(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether character `char` lies in one of `spans` (sorted by start)."""
    i = bisect_left(spans, (char + 1,)) - 1
    return i >= 0 and spans[i][0] <= char < spans[i][1]


class Pronouns:
    """Pronoun speakers to entities. "he" and "she" go to the nearer of the last speaker of that gender and the
    person named last outside quotations; "they" and "it" go to the latest speaker that is no single person."""

    def __init__(
        self,
        text: str,
        lex: Lexicon,
        index: EntityIndex,
        quoted: list[tuple[int, int]],
        sentences: list[int],
        asides: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.lex = lex
        self.index = index
        self.quoted = sorted(quoted)
        self.sentences = sentences  # where each sentence starts (characters)
        self.known: dict[str, str] = {}  # entity id -> the gender a pronoun resolved to it told
        self.speakers: list[tuple[int, str]] = []  # (where, entity id) of each person who spoke, in text order
        self.unlinked: dict[int, str | None] = {}  # where a person with no record spoke -> the gender their words tell
        self.unlinked_mentions: dict[int, Mention] = {}  # where a person with no record spoke -> that mention
        self.asides = sorted(asides)  # headlines, captions, bylines: they name no one a pronoun stands for

    def resolve(self, mention: Mention, chains: SpeakerChains) -> str | None:
        """The entity a speaker mention stands for, once pronouns are read; records people who speak."""
        entity = mention.entity
        word = mention.words[0].lower() if len(mention.words) == 1 else ""
        gender = self.lex.gender.pronouns.get(word)
        if gender is not None:
            entity = self._personal(mention.start, gender)
            if entity is not None:
                self.known.setdefault(entity, gender)
        elif word in self.lex.group_pronouns:
            entity = self._group(chains)
            if entity is None and word in self.lex.body_pronouns:
                entity = self._body_subject(mention.start)
        elif entity is None:
            entity = self._described(mention)
        if entity in self.index.people:
            self.speakers.append((mention.start, entity))
        elif gender is None and self._unlinked_person(mention, linked=entity is not None):
            self.speakers.append((mention.start, _DESCRIBED))
            self.unlinked[mention.start] = self.lex.gender.of_words(self._name_words(mention))
            if entity is None:
                self.unlinked_mentions[mention.start] = mention
                fuller = self._fuller_name(mention)
                if fuller is not None:  # "Wanjiru" after "Grace Wanjiru": the first name tells
                    self.unlinked[mention.start] = self.lex.gender.of_words(self.text[fuller[0] : fuller[1]].split())
        return entity

    def _described(self, mention: Mention) -> str | None:
        """The person a role stands for ("the minister": the one named before with that title), or the body a
        generic noun stands for ("the ministry": the one body named so; "the group": the body the sentence before
        opens with)."""
        silent = (self.quoted, self.asides)
        mentions = (self.index.starts, self.index.spans)
        role = described_role(mention.words, self.lex)
        if role is not None:
            return titled_person(self.text, mention.start, role, mentions, self.index.people, self.lex, silent)
        noun = described_body(mention.words, self.lex)
        if noun is None:
            return None
        named = named_body(mention.start, noun, mentions, self.index.bodies, self.lex.gender.reach, silent)
        if named is None and noun in self.lex.generic_bodies:
            return self._body_subject(mention.start)
        return named

    def _body_subject(self, at: int) -> str | None:
        """The body (an organization or a group) the sentence before the one at `at` opens with, its subject ("The
        Red Cross suspended its work. "…," it said")."""
        start, end = self._sentence_before(at)
        if start is None:
            return None
        i = bisect_left(self.index.starts, start)
        if i >= len(self.index.spans) or self.index.spans[i][0] >= end:
            return None
        where, _until, entity = self.index.spans[i]
        while i + 1 < len(self.index.spans) and self.index.spans[i + 1][0] == where:
            i += 1  # the outermost mention there ("Palestinian Authority", not the country in "Palestinian")
            entity = self.index.spans[i][2]
        if entity not in self.index.bodies or any(_inside(where, spans) for spans in (self.quoted, self.asides)):
            return None
        words = self.text[start:where].split()
        return entity if not words or (len(words) == 1 and words[0].lower() == "the") else None

    def _unlinked_person(self, mention: Mention, *, linked: bool) -> bool:
        """A person who speaks with no person record: described ("the spokesman", "a senior official", "the
        brother") or named by words the entity component did not keep ("Tong Zhao", "zoo president Ann Lee").
        A later "he said" may stand for them, so no one named before them is taken for it. A speaker linked to a
        body or a place is a person only by a role ("vice president of the institute")."""
        words = self._name_words(mention)
        if not words or words[-1].lower() in self.lex.pronouns:
            return False
        head, capital = words[-1].lower(), words[-1][:1].isupper()
        if self.lex.gender.of_words(words) is not None:
            return True
        if head in self.lex.role_nouns:
            return not head.endswith("s") and (len(mention.words) > 1 or capital)
        unnamed = self.lex.source_nouns | self.lex.documents | self.lex.according_sources
        return not linked and capital and head not in unnamed and not words[-1].isupper()

    def _name_words(self, mention: Mention) -> list[str]:
        """The speaker's words past its determiners and before a prepositional phrase ("the brother" -> "brother",
        "a spokesman for the ministry" -> "spokesman")."""
        words = list(mention.words)
        while words and words[0].lower() in self.lex.determiners:
            words.pop(0)
        cut = next((n for n, w in enumerate(words) if w.lower() in self.lex.phrase_prepositions), len(words))
        return words[:cut]

    def _personal(self, at: int, gender: str) -> str | None:
        """The last person of this gender who spoke, unless a person named since opens a sentence (its subject,
        most likely); with no such speaker, the person named nearest before."""
        spoke = next((s for s in reversed(self.speakers) if s[0] < at and self._fits(s, gender)), None)
        if spoke is not None and at - spoke[0] > self.lex.gender.reach:
            spoke = None
        named = self.index.person_before(self.text, at, gender, self.lex, self.known, (self.quoted, self.asides))
        described = self._described_subject(at, gender)
        latest = max(spoke[0] if spoke else -1, named[0] if named else -1)
        if described is not None and described > latest:
            return None  # 'An officer at the gate sounds the alarm. "…," he says': the officer, who has no name
        unrecorded = self._unrecorded_subject(at, gender)
        if unrecorded is None:
            unrecorded = self._unrecorded_first_name(at, gender)
        if unrecorded is not None and unrecorded[0] > latest and not self._spoke_there(spoke, unrecorded[0]):
            return self._record_named(*unrecorded, gender)  # 'Turkish president Erdoğan called for talks. "…," he
            # said': a name no record holds, recorded now
        subject = self._named_subject(at, gender)
        if subject is not None and (spoke is None or subject[0] > spoke[0]):
            return subject[1]  # 'Roe, the envoy, accused Lee of lying. "…," he said': the subject, not the object
        if spoke is None:
            return named[1] if named is not None else None
        if named is not None and named[0] > spoke[0] and self._opens_sentence(named[0]):
            return named[1]
        if named is not None and not spoke[1] and self._appositive(spoke[0], named[0]):
            return named[1]  # "A woman in Tokyo, Kaoru Ito, said …": the name set off after the description
        return spoke[1] or self._record(spoke[0], gender)  # a described speaker has no entity, a named one gets one

    def _record_named(self, where: int, name: str, gender: str) -> str:
        """The entity, recorded now, of a person the sentence before a pronoun opens with by a name no entity
        records."""
        entity = self.index.add_person(name, [(where, where + len(name))], self.text)
        self.known[entity.id] = gender
        return entity.id

    def _spoke_there(self, spoke: tuple[int, str] | None, at: int) -> bool:
        """Whether character `at` lies in the phrase of `spoke`, a speaker no entity records ("Her brother Marco
        said …": the name no record holds is that speaker's)."""
        mention = self.unlinked_mentions.get(spoke[0]) if spoke is not None and spoke[1] == _DESCRIBED else None
        return mention is not None and mention.start <= at < mention.end

    def _record(self, where: int, gender: str) -> str | None:
        """The entity, recorded now, of a person named as a speaker at `where` whom the entity component did not
        record and a pronoun stands for ("Wanjiru told supporters. "…," she said"); None for a described speaker
        ("the official", "a spokesman"). The name is the fullest the text gives before: a first name before the
        surname ("Grace Wanjiru")."""
        mention = self.unlinked_mentions.get(where)
        name = self._proper_name(mention) if mention is not None else None
        if mention is None or name is None:
            return None
        start = self.text.find(name, mention.start, mention.end)
        spans = [(start, start + len(name))]
        fuller = self._fuller_name(mention)
        if fuller is not None:
            spans.append(fuller)
            name = self.text[fuller[0] : fuller[1]]
        entity = self.index.add_person(name, spans, self.text)
        mention.entity = entity.id
        self.speakers = [(s, entity.id if s == where and e == _DESCRIBED else e) for s, e in self.speakers]
        del self.unlinked_mentions[where]
        self.known[entity.id] = gender
        return entity.id

    def _proper_name(self, mention: Mention) -> str | None:
        """The name that ends a speaker phrase past its titles and roles ("Marco" in "her brother Marco"), when
        no article stands right before it and it is no source word, document or acronym; else None."""
        lex = self.lex
        words = self._name_words(mention)
        plain = lex.titles | lex.role_nouns | lex.source_nouns | lex.documents | lex.according_sources
        n = len(words)
        while n > 0 and _name_word(words[n - 1]) and words[n - 1].lower().rstrip(".") not in plain:
            if words[n - 1].lower() in lex.gender.titles:
                break
            n -= 1
        name = words[n:]
        if not name or any(w.isupper() and len(w) > 1 for w in name):
            return None
        if any(w.lower().rstrip(".") in lex.time_names for w in name):
            return None  # "until 9 a.m. Tuesday to sign ...": a time, no one
        at = len(mention.words) - 1 - list(reversed(mention.words)).index(name[0])
        if at > 0 and mention.words[at - 1].lower() in _ARTICLES:
            return None  # "the Kremlin": a body, not a person
        if len(name) == 1 and name[0] not in lex.gender.names and not self._inside_sentence(name[0]):
            return None  # "Sadly comments such as his …": a word capitalized only where a sentence opens
        return " ".join(name)

    def _inside_sentence(self, word: str) -> bool:
        """Whether `word` is written somewhere after another word of its sentence (a name keeps its capital there)."""
        for match in re.finditer(r"\b" + re.escape(word) + r"\b", self.text):
            before = self.text[: match.start()].rstrip()[-1:]
            if before.isalnum() or before in _INSIDE_MARKS:
                return True
        return False

    def _fuller_name(self, mention: Mention) -> tuple[int, int] | None:
        """Where the text last names, before a one-word speaker name, a first name the lexicon knows and then that
        name ("Grace Wanjiru" before "Wanjiru"); else None."""
        name = self._proper_name(mention)
        if name is None or " " in name:
            return None
        found = None
        for match in re.finditer(r"\b([A-Z][\w'-]+) " + re.escape(name) + r"\b", self.text[: mention.start]):
            if match.group(1) in self.lex.gender.names:
                found = (match.start(), match.end())
        return found

    def _appositive(self, described: int, named: int) -> bool:
        """Whether a name at `named` is set off by a comma right after a short description at `described`."""
        between = self.text[described:named]
        if named <= described or not between.rstrip().endswith(","):
            return False
        return between.count(",") == 1 and len(between.split()) <= _APPOSITION_WORDS

    def _described_subject(self, at: int, gender: str) -> int | None:
        """Where the sentence before the one at `at` opens with a person it describes and names nowhere ("An
        officer on the scene …", "His wife, who …"), of a gender this pronoun can stand for; else None."""
        i = bisect_left(self.quoted, (at,)) - 1  # '"…," he said': the sentence before the quotation's
        anchor = self.quoted[i][0] if i >= 0 and 0 <= at - self.quoted[i][1] < _AFTER_QUOTE else at
        here = bisect_right(self.sentences, anchor) - 1
        if here < 1:
            return None
        start, end = self.sentences[here - 1], self.sentences[here]
        clause = self.text[start:end]
        openers = self.lex.adjunct_openers | self.lex.adjunct_prepositions
        if "," in clause[:40] and clause.split()[0].lower() in openers:
            clause = clause[clause.index(",") + 1 :]  # "At 10 p.m., an officer …"
        words = clause.split()[:4]
        if not words or words[0].lower() not in self.lex.determiners:
            return None
        nouns = [w.strip(",").lower() for w in words[1:]]
        head = next((n for n in nouns if n in self.lex.role_nouns or n in self.lex.gender.titles), None)
        if head is None or head.endswith("s") or self.index.names_person(start, end):
            return None  # "A woman in Tokyo, Kaoru Ito, said …": a person it names is found as named
        return start if self.lex.gender.titles.get(head) in (None, gender) else None

    def _unrecorded_subject(self, at: int, gender: str) -> tuple[int, str] | None:
        """Where the sentence before the one at `at` opens (past an adjunct set off by a comma) with a role and a
        name that no entity records ("Turkish president Erdoğan called for …", "Spokesman Ali Said told …") and this
        pronoun can stand for (not "Mr" for "she"); else None. A later "he" most likely stands for that person,
        whom no record names."""
        start, end = self._sentence_before(at)
        if start is None:
            return None
        words = self.text[start:end].split()
        openers = self.lex.adjunct_openers | self.lex.adjunct_prepositions | self.lex.days
        if words and words[0].lower() in openers and "," in self.text[start:end]:
            start = self.text.index(",", start) + 1  # "On Wednesday during the ceremony, …"
        start += len(self.text[start:end]) - len(self.text[start:end].lstrip())
        found = self._role_then_name(self.text[start:end].split()[: _TITLE_WORDS + _NAME_WORDS])
        if found is None:
            return None
        role, name = found
        if (self.lex.gender.of_words([role]) or self.lex.gender.of_words(name.split())) not in (None, gender):
            return None
        named_at = self.text.index(name, start)
        return None if self.index.mention_at(named_at, named_at + len(name)) else (named_at, name)

    def _unrecorded_first_name(self, at: int, gender: str) -> tuple[int, str] | None:
        """Where the sentence before the one at `at` opens (past a coordinator) with a first name of this pronoun's
        gender that no entity records, its verb or a clause set off after it ("Andrew does not remember …",
        "Tommy — who goes by his first name — retired …"); else None. A later "he" stands for that person."""
        start, end = self._sentence_before(at)
        if start is None:
            return None
        words = self.text[start:end].split()[: _NAME_WORDS + 2]
        skip = 1 if words and words[0].lower() in _OPENING_COORDINATORS else 0
        name = []
        for word in words[skip:]:
            if not word.isalpha() or not word[:1].isupper() or word.lower() in self.lex.determiners:
                break
            name.append(word)
        after = words[skip + len(name)] if skip + len(name) < len(words) else ""
        if not 1 <= len(name) <= _NAME_WORDS or not (after[:1].islower() or after in _SET_OFF):
            return None
        if self.lex.gender.of_words(name) != gender:
            return None
        named_at = self.text.index(name[0], start)
        written = " ".join(name)
        return None if self.index.mention_at(named_at, named_at + len(written)) else (named_at, written)

    def _role_then_name(self, words: list[str]) -> tuple[str, str] | None:
        """The role and the name in words that open with a few modifiers, a role or a title, then one to three
        capitalized words and a lower-case word (its verb): "Turkish president Erdoğan called" -> ("president",
        "Erdoğan"); else None."""
        roles = self.lex.role_nouns | self.lex.titles | set(self.lex.gender.titles)
        at = next((n for n, w in enumerate(words) if w.lower() in roles), None)
        if at is None or at > _ROLE_MODIFIERS:
            return None
        name = []
        for word in words[at + 1 :]:
            if not word[:1].isupper() or not word.isalpha():
                break
            name.append(word)
        after = words[at + 1 + len(name)] if at + 1 + len(name) < len(words) else ""
        if not 1 <= len(name) <= _NAME_WORDS or not after.isalpha() or not after.islower():
            return None
        return words[at], " ".join(name)

    def _named_subject(self, at: int, gender: str) -> tuple[int, str] | None:
        """The person the sentence before the one at `at` opens with (its subject: past a leading adjunct set off by
        a comma, a coordinator, or a short description the name is set off after), when this pronoun can stand for
        them; else None. A sentence before that opens with the same pronoun goes on about the person of the one
        before it ("Roe had spent years on it. But she was nervous. "…," she said.")."""
        for _hop in range(_SUBJECT_HOPS):
            start, end = self._sentence_before(at)
            if start is None or not self._opens_with_pronoun(start, end, gender):
                break
            at = start
        return self._subject_of_sentence_before(at, gender)

    def _opens_with_pronoun(self, start: int, end: int, gender: str) -> bool:
        """Whether the sentence at [start, end) opens with a pronoun of this gender as its subject, past a coordinator
        and an adjunct set off by a comma ("But she …", "And despite her fame, she …")."""
        words = self.text[start:end].split()
        if words and words[0].lower() in _OPENING_COORDINATORS:
            words = words[1:]
        if words and words[0].lower().strip(",") in self.lex.adjunct_openers:
            comma = next((n for n, w in enumerate(words) if w.endswith(",")), None)
            words = words[comma + 1 :] if comma is not None else []
        return bool(words) and self.lex.gender.pronouns.get(words[0].lower()) == gender

    def _subject_of_sentence_before(self, at: int, gender: str) -> tuple[int, str] | None:
        start, end = self._sentence_before(at)
        if start is None:
            return None
        i = bisect_left(self.index.starts, start)
        while i < len(self.index.spans) and self.index.spans[i][0] < end:
            where, until, entity = self.index.spans[i]
            i += 1
            if any(_inside(where, spans) for spans in (self.quoted, self.asides)):
                continue
            owner = _POSSESSIVE.match(self.text, until)
            if owner is not None and self.text[owner.end() : owner.end() + 1].isupper():
                continue  # "Smith Barney's Mr. Doyle called …": the owner is no subject
            if entity not in self.index.people or self._title_only(entity):
                continue  # a body or a place: the subject ("The ministry accused Roe …") or a modifier ("Turkish")
            if self.text[max(where - 1, 0) : where] in self.lex.credit_marks:
                return None  # a picture credit ("REUTERS/Jo Roe"), no sentence's subject
            if not self._opens_clause_at(start, where):
                return None
            before = self.text[max(where - 12, 0) : where].split()[-1:]
            words = self.index.people[entity].split()
            said = self.known.get(entity) or self.lex.gender.of_words(before) or self.lex.gender.of_words(words)
            return (where, entity) if said in (None, gender) else None
        return None

    def _title_only(self, entity: str) -> bool:
        """Whether a person record's name is only a title ("Col" in "Col. Rob Manning")."""
        titles = self.lex.titles
        return all(w.lower() in titles or f"{w.lower()}." in titles for w in self.index.people[entity].split())

    def _sentence_before(self, at: int) -> tuple[int | None, int]:
        """The span of the sentence before the one that holds `at` (before the quotation, for '"…," he said')."""
        i = bisect_left(self.quoted, (at,)) - 1
        anchor = self.quoted[i][0] if i >= 0 and 0 <= at - self.quoted[i][1] < _AFTER_QUOTE else at
        here = bisect_right(self.sentences, anchor) - 1
        if here < 1:
            return None, 0
        return self.sentences[here - 1], self.sentences[here]

    def _opens_clause_at(self, start: int, char: int) -> bool:
        """Whether a mention at `char` is the subject its sentence (from `start`) opens with: at most a few words
        before it, past a coordinator and an adjunct set off by a comma ("But on Monday, Roe …"), or after a short
        description set off by a comma ("The party's leader, Jo Roe, …")."""
        words = self.text[start:char].split()
        lex = self.lex
        opener = words[0].lower().strip(",") if words else ""
        if opener in _OPENING_COORDINATORS or (words and words[0].endswith(",") and opener in lex.adjunct_openers):
            words = words[1:]  # "But …", "However, …"
        openers = lex.adjunct_openers | lex.adjunct_prepositions | lex.days
        comma = next((n for n, w in enumerate(words) if w.endswith(",")), None)
        if words and comma is not None and words[0].lower() in openers and comma < len(words) - 1:
            words = words[comma + 1 :]
        if not any(w.endswith(",") for w in words):
            modifiers = lex.determiners | lex.titles | lex.role_nouns
            plain = len(words) <= 3 and all(w[:1].isupper() or w.lower() in modifiers for w in words)
            return plain or self._title_phrase(words)
        commas = [n for n, w in enumerate(words) if w.endswith(",")]
        if commas != [len(words) - 1] or len(words) > _APPOSITION_WORDS:
            return False
        governors = lex.governors - lex.phrase_prepositions  # "the head of the union, Jo Roe" is a description
        return not any(w.lower().strip(",") in governors or w.lower() in lex.between for w in words)

    def _opens_sentence(self, char: int) -> bool:
        """Whether a mention at `char` opens its sentence: a few words at most before it, and no comma."""
        start = self.sentences[max(bisect_right(self.sentences, char) - 1, 0)] if self.sentences else 0
        before = self.text[start:char]
        modifiers = self.lex.determiners | self.lex.titles | self.lex.role_nouns
        words = before.split()
        if "," in before:
            return False
        short = len(words) <= 3 and all(w[:1].isupper() or w.lower() in modifiers for w in words)
        return short or self._title_phrase(words)

    def _title_phrase(self, words: list[str]) -> bool:
        """Whether the words before a name are a longer title that ends in a role ("Tory shadow home secretary",
        "Liberal Democrat home affairs spokesman"): no verb of speech or stance, no clause word, at most a few."""
        lex = self.lex
        if not words or len(words) > _TITLE_WORDS:
            return False
        last = words[-1].lower()
        if last not in lex.role_nouns and last not in lex.source_nouns and last not in lex.titles:
            return False
        return not any(w.lower() in lex.lead_in or w.lower() in lex.stop for w in words)

    def _fits(self, speaker: tuple[int, str], gender: str) -> bool:
        where, entity = speaker
        if entity == _DESCRIBED:
            return self.unlinked.get(where) in (None, gender)
        said = self.known.get(entity) or self.lex.gender.of_words(self.index.people[entity].split())
        return said in (None, gender)

    def _group(self, chains: SpeakerChains) -> str | None:
        for candidate in reversed(chains.full[-3:]):
            if candidate.entity not in self.index.people:
                return candidate.entity
        return None
