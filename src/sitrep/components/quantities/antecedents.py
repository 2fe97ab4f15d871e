"""The party a pronoun or a definite description stands for, when it holds a figure: "Iran said it had fired 20
missiles", "Hezbollah has 20,000 fighters. The group also has 150,000 rockets". By the quantity guidelines the
holder is then the named entity it refers to, found earlier in its paragraph or in the sentence before: here the
nearest entity of a kind the word can refer to, unless the text leaves the reference open (two parties joined by
"and", an unnamed group or thing that the word may stand for instead). Word lists: quantities.toml [antecedents]."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from sitrep.components.quantities.lexicon import AntecedentWords, Lexicon
from sitrep.components.quantities.nouns import lemma
from sitrep.data_files import function_words
from sitrep.record import Entity

_DETERMINERS = function_words("articles")
_DEFINITE = function_words("definite_determiners", "demonstratives")
_COORDINATORS = function_words("coordinators")
_POSSESSIVE_DETERMINERS = function_words("possessive_determiners")
_POSSESSIVE = function_words("possessive_endings", "plural_possessive_endings")
_QUOTES = frozenset({'"', "“", "”"})
_HYPHENS = frozenset({"-", "‑", "–"})
_COUNTRY = frozenset({"country"})
_STATE_TIES = ("country", "affiliation")  # attributes of an entity that name the country it belongs to
_OWNED_WORDS = 2  # lower-case words after a name up to the noun of men it owns ("Iraqi security forces")
_SAID_PHRASE = 4  # lower-case words between a verb of saying and the colon opening its quote ("in a statement")


def _verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


class Antecedents:
    """`of(i)`: the entity a pronoun or a definite description at article token i stands for, or None. `mention_at(i)`
    gives the (entity, first token, end token) of the longest mention covering token i."""

    def __init__(self, doc: Doc, mention_at: Callable[[int], tuple[Entity, int, int] | None], lex: Lexicon) -> None:
        self.doc = doc
        self.mention_at = mention_at
        self.lex = lex
        self.words: AntecedentWords = lex.antecedents

    def kinds(self, i: int) -> frozenset[str] | None:
        """The entity kinds the word at token i can stand for, if it is a pronoun or heads a definite description."""
        if not 0 <= i < len(self.doc):
            return None
        if self._homeland(i):
            return _COUNTRY
        if self.doc[i].lower_ in self.words.quote_pronouns:
            return self.words.quote_kinds
        kinds = self.words.pronouns.get(self.doc[i].lower_)
        if kinds is not None:
            return kinds
        return self.words.descriptions.get(self._description(i))

    def _description(self, i: int) -> str:
        """The noun of a definite description at token i ("the group", "the militant group"), or ""."""
        token = self.doc[i]
        if not token.is_alpha or not token.is_lower or not self._definite(i):
            return ""
        return lemma(token.text, self.lex)

    def of(self, i: int, doer: int | None = None) -> Entity | None:
        """The named entity the pronoun or definite description at token i refers to (None: none, or not clear);
        never the mention starting at `doer`, the one who did to the counted what befell them ("Kenya said the
        rebels killed 12 of its soldiers": Kenya's, not the rebels')."""
        kinds = self.kinds(i)
        if kinds is None:
            return None
        if self.doc[i].lower_ in self.words.quote_pronouns:
            return self._speaker(i)
        if self._homeland(i):
            return self._person_country(i - 1)
        pronoun = self.doc[i].lower_ in self.words.pronouns
        noun = "" if pronoun else self._description(i)
        named = noun if noun in self.words.named_descriptions else None
        possessive = self.doc[i].lower_ in _POSSESSIVE_DETERMINERS
        plural = self.doc[i].lower_ in self.words.plural_pronouns
        here = self._sentence_start(i)
        k, lo = i - 1, self._region_start(i)
        while k >= lo:
            found = self.mention_at(k)
            if found is None:
                if pronoun and self._describes(k, kinds):
                    return self.of(k)  # "The group said it …": what "the group" stands for
                k -= 1
                continue
            entity, start, end = found
            if start == doer:
                k = start - 1
                continue
            if not pronoun and here is not None and start >= here and self._one_clause(start, end, i, kinds):
                k = start - 1  # a description names no party of its own clause ("Iraqi forces freed hostages held
                continue  # by the militants"): that clause would say "it" or "they"
            people = self._owned_people(end) if plural else None
            if people is not None and entity.kind in kinds and self._likely(start, possessive, here):
                open_ = any(self._people(m) for m in range(people, i)) or self._coordinated(start, end, kinds)
                return None if open_ else entity  # "Iraqi forces said they had arrested 12 men": Iraq's forces
            fits = self._fits(entity, start, end, kinds, named, plural=plural, description=noun)
            if fits and self._likely(start, possessive, here):
                if possessive and self._modifies_counted(end):
                    k = start - 1  # "Chinese ships fired at two of its boats": "its" is no ship's, nor China's
                    continue
                open_ = self._open(start, end, i, kinds, plural=plural) or self._modifies_described(end, i, entity)
                return None if open_ else entity
            if fits and self._armed_group(entity, noun) and not self._coordinated(start, end, kinds):
                return entity  # "… launched an offensive against Abu Sayyaf. It said 13 of the group's fighters …"
            k = start - 1
        return None

    def _armed_group(self, entity: Entity, description: str) -> bool:
        """True for a description of a party outside any state ("the group", "the militia") and an armed group
        named anywhere in its sentence or the one before: the group is the one the description stands for, whatever
        its place in its clause (an army the text names is no group, `_state_body`)."""
        armed = entity.attributes.get("category") in self.words.armed_categories
        return armed and description in self.words.nonstate_descriptions

    def _homeland(self, i: int) -> bool:
        """True for "his country", "her government": a person's own country."""
        doc, words = self.doc, self.words
        return i >= 1 and doc[i].lower_ in words.homelands and doc[i - 1].lower_ in words.personal_possessives

    def _person_country(self, i: int) -> Entity | None:
        """The country of the person the possessive at token i is of: the nearest person named before it, in its
        sentence or the sentence before, whose entity gives a country it belongs to (None when another person stands
        nearer, or the nearest gives none)."""
        k, lo = i - 1, self._region_start(i)
        while k >= lo:
            found = self.mention_at(k)
            if found is None:
                k -= 1
                continue
            entity, start, _end = found
            if entity.kind == "person":
                return self._country_of(entity)
            k = start - 1
        return None

    def _country_of(self, person: Entity) -> Entity | None:
        """The country entity a person's `affiliation` names, if it is a country."""
        affiliation = person.attributes.get("affiliation")
        for entity in self.doc._.entities or ():
            if entity.id == affiliation:
                return entity if entity.kind in _COUNTRY else None
        return None

    def _speaker(self, i: int) -> Entity | None:
        """The party that speaks the quote the word at i stands in: named with a verb of saying right after the
        quote ("…," the Red Cross said / said the Red Cross) or right before it (Hamas said: "…")."""
        opening, closing = self._quote_marks(i)
        if opening is None or closing is None:
            return None
        return self._speaker_after(closing + 1) or self._speaker_before(opening - 1)

    def _quote_marks(self, i: int) -> tuple[int | None, int | None]:
        """The quotation marks around token i within its reach, when no other stands between them and i."""
        doc, reach = self.doc, self.words.reach
        opening = next((k for k in range(i - 1, max(i - reach, -1), -1) if doc[k].text in _QUOTES), None)
        closing = next((k for k in range(i + 1, min(i + reach, len(doc))) if doc[k].text in _QUOTES), None)
        if opening is None or doc[opening].text == "”" or closing is None or doc[closing].text == "“":
            return None, None
        return opening, closing

    def _speaker_after(self, j: int) -> Entity | None:
        doc = self.doc
        said = j < len(doc) and doc[j].lower_ in self.words.clause_verbs  # "…," said the Red Cross
        k = j + said
        while k < len(doc) and doc[k].lower_ in _DETERMINERS:
            k += 1
        found = self.mention_at(k) if k < len(doc) else None
        if found is None or found[1] != k or found[0].kind not in self.words.quote_kinds:
            return None
        end = found[2]
        if said or any(doc[m].lower_ in self.words.clause_verbs for m in range(end, min(end + 2, len(doc)))):
            return found[0]  # "…," the Red Cross said / the Houthi spokesman said
        return None

    def _speaker_before(self, j: int) -> Entity | None:
        doc = self.doc
        if j < 1 or doc[j].text not in (":", ","):
            return None
        said = next((v for v in range(j - 1, max(j - 1 - _SAID_PHRASE, 0) - 1, -1) if self._said_at(v, j)), None)
        if said is None:
            return None
        for k in (said - 1, said - 2):  # Hamas said: "…" / Hamas officials said: "…" / Hamas said in a statement: "…"
            found = self.mention_at(k) if k >= 0 else None
            if found is not None and found[2] == k + 1 and found[0].kind in self.words.quote_kinds:
                return found[0]
        return None

    def _said_at(self, v: int, j: int) -> bool:
        """True for a verb of saying at `v` before the colon at `j`, with only lower-case words between ("said in a
        statement:")."""
        doc = self.doc
        if v < 1 or doc[v].lower_ not in self.words.clause_verbs:
            return False
        return all(doc[m].is_alpha and doc[m].is_lower for m in range(v + 1, j))

    def _modifies_described(self, end: int, i: int, entity: Entity) -> bool:
        """True when the name only modifies a described party after it ("The US automobile manufacturer Ford said it
        …", "the Iranian army said it …" with no name for the army, "The Saudi-led coalition said it …"): the word
        stands for that party, not the name. A noun the entity's own name holds is the rest of the name written in
        lower case ("The Wagner group entered Mali. It …": the Wagner Group). A description after the name's verb is
        another party ("The Syrian army said rebels shelled its base": "its" the army's)."""
        doc = self.doc
        named = entity.name.lower().split()
        if end + 1 < i and doc[end].text in _HYPHENS and doc[end + 1].is_alpha and doc[end + 1].is_lower:
            end += 2  # "The Saudi-led coalition said it …": the name leads the party described
            if lemma(doc[end - 1].text, self.lex) in self.words.descriptions:
                return True
        for k in range(end, min(end + 3, i)):
            token = self.doc[k]
            if not (token.is_alpha and token.is_lower) or _verb(token) or token.lower_ in self.words.clause_verbs:
                return False  # the name's phrase ends at its verb ("The Syrian army said rebels …": the army's)
            if lemma(token.text, self.lex) in self.words.descriptions:
                return k > end or token.lower_ not in named
        return False

    def _modifies_counted(self, end: int) -> bool:
        """True when the name only modifies a plural noun of things or people straight after it ("Chinese ships",
        "Russian troops"), or any noun of an attack or a weapon ("Russian shelling wounded five of its soldiers"): a
        singular possessive after it does not stand for the name."""
        if end >= len(self.doc):
            return False
        token = self.doc[end]
        if not (token.is_alpha and token.is_lower):
            return False
        unit = lemma(token.text, self.lex)
        if self._doer_of(end):
            return True
        plural = unit != token.lower_ or token.lower_ in self.words.plural_people
        return plural and (unit in self.lex.people or unit in self.lex.categories)

    def _doer_of(self, end: int) -> bool:
        """True when a noun of an attack or a weapon follows the name, perhaps as the head of a compound of two
        ("Russian shelling", "Israeli air strikes"): the name is its doer."""
        for k in range(end, min(end + 2, len(self.doc))):
            token = self.doc[k]
            if not (token.is_alpha and token.is_lower) or token.lower_ in self.lex.verbs:
                return False
            category = self.lex.categories.get(lemma(token.text, self.lex))
            if category is not None:
                return category in self.words.doer_categories
        return False

    def _one_clause(self, start: int, end: int, i: int, kinds: frozenset[str]) -> bool:
        """True when no comma or semicolon stands between a name [start, end) and the word at `i` ("Germany opened
        its borders, with the country welcoming …" has one); for a description of a country, or of the party one
        who speaks for it names, no verb of saying either ("Chad's president said the country would …", "A spokesman
        for Hamas said the group's fighters …"; not "The Red Cross said the rebels …": the speaker itself)."""
        spoken_for = self._past_speaker(start) != start or self._speaker_after_name(end)
        breaks = self.words.clause_verbs if kinds <= self.words.said_kinds or spoken_for else frozenset()
        return not any(self.doc[k].text in (",", ";") or self.doc[k].lower_ in breaks for k in range(end, i))

    def _likely(self, start: int, possessive: bool, here: int | None) -> bool:
        """Whether a mention at `start` is one a word after it is likely to stand for: one that opens its sentence,
        or, for a possessive in the same sentence, any name not inside a phrase ("Trump ordered his staff")."""
        if self._subject_like(start):
            return True
        if not possessive or here is None or start < here:
            return False
        k = start - 1
        while k >= 0 and self.doc[k].lower_ in _DETERMINERS:
            k -= 1
        return k < 0 or self.doc[k].lower_ not in self.words.prepositions

    def _describes(self, k: int, kinds: frozenset[str]) -> bool:
        """True for a definite description of a party of one of `kinds` that opens its clause ("The group said")."""
        described = self.words.descriptions.get(self._description(k))
        if described is None or described.isdisjoint(kinds):
            return False
        return self._subject_like(k - 1 if self.doc[k - 1].lower_ in _DEFINITE else k - 2)

    def _subject_like(self, start: int) -> bool:
        """True when the mention at `start` opens its sentence ("The Taliban said …"), perhaps after an opening
        phrase closed by a comma ("On Monday, Iran said …"): the party a pronoun after it most often stands for.
        A name inside a phrase ("the cloud over Germany's industry", "hitting the U.S. mainland") is not."""
        doc = self.doc
        start = self._past_speaker(self._phrase_start(start))
        if start == 0 or doc[start].is_sent_start:
            return True
        j = start - 1
        if doc[j].lower_ in _POSSESSIVE and (owner := self.mention_at(j - 1)) is not None:
            j = owner[1] - 1  # "Norway's Ministry of Defence said": the phrase opens with its owner
        while j >= 0 and (doc[j].lower_ in _DETERMINERS or doc[j].lower_ in self.words.titles):
            if j == 0 or doc[j].is_sent_start:
                return True
            j -= 1  # "The Taliban", "Mr. Smith"
        if j < 0 or doc[j + 1].is_sent_start:
            return True
        if doc[j].text != ",":
            return False
        first = self._sentence_start(j)
        if first is None or doc[first].lower_ not in self.words.openers:
            return False
        return all(doc[k].text != "," for k in range(first, j))  # the comma that closes the opening phrase

    def _speaker_after_name(self, end: int) -> bool:
        """True when a noun of one who speaks follows the name ("a Hamas spokesman", "Hamas officials")."""
        return end < len(self.doc) and self.doc[end].lower_ in self.words.speakers

    def _past_speaker(self, start: int) -> int:
        """Where the phrase of one who speaks for the party named at `start` begins ("A spokesman for the Ukrainian
        army", "Officials from the ministry"); `start` when no such phrase stands before the name."""
        doc, words = self.doc, self.words
        k = start - 1
        while k >= 0 and doc[k].lower_ in _DETERMINERS:
            k -= 1
        if k < 1 or doc[k].lower_ not in words.speaker_cases or doc[k - 1].lower_ not in words.speakers:
            return start
        return k - 1

    def _phrase_start(self, start: int) -> int:
        """Where the noun phrase of a mention at `start` begins, past hyphenated modifiers before the name ("The
        Kurdish-led SDF", "the Iran-backed Houthis", "the U.S.-led coalition")."""
        doc, k = self.doc, start
        while k >= 3 and doc[k - 2].text in _HYPHENS and doc[k - 1].is_alpha and doc[k - 1].is_lower:
            if doc[k - 3].whitespace_ or doc[k - 2].whitespace_ or doc[k - 1].is_sent_start:
                break
            k -= 3
        return k

    def _sentence_start(self, j: int) -> int | None:
        lo = max(j - self.words.reach, 0)
        while j > lo and not self.doc[j].is_sent_start:
            j -= 1
        return j if j == 0 or self.doc[j].is_sent_start else None

    def _definite(self, i: int) -> bool:
        """True for a noun after "the", "this" … perhaps with one lower-case word between ("the militant group")."""
        before = self.doc[i - 1] if i >= 1 else None
        if before is not None and before.lower_ in _DEFINITE:
            return True
        return i >= 2 and before is not None and before.is_lower and self.doc[i - 2].lower_ in _DEFINITE

    def _state_body(self, entity: Entity) -> bool:
        """True for an entity tied to a country entity (an army, a police force, a ministry of a state), not an armed
        group tied to the country it fights in."""
        if entity.attributes.get("category") in self.words.armed_categories:
            return False
        tied = {entity.attributes.get(key) for key in _STATE_TIES} - {None}
        return any(e.id in tied and e.kind in _COUNTRY for e in self.doc._.entities or ())

    def _fits(
        self,
        entity: Entity,
        start: int,
        end: int,
        kinds: frozenset[str],
        named: str | None,
        *,
        plural: bool,
        description: str = "",
    ) -> bool:
        if entity.kind not in kinds or entity.attributes.get("category") in self.words.not_parties:
            return False
        if plural and entity.kind in self.words.singular_kinds and not self.doc[end - 1].lower_.endswith("s"):
            return False  # "they" for "the Russians", "the Philippines", not for "Britain"
        words = self.words.named_by.get(named, (named,)) if named is not None else ()
        if named is not None and not any(w in entity.name.lower() for w in words):
            return False  # "the ministry": an entity whose name says ministry; "the military": "Defense Forces"
        if description in self.words.nonstate_descriptions and self._state_body(entity):
            return False  # "the group" is no army of a state
        return not (entity.kind in self.lex.location_kinds and self._placed(start))

    def _placed(self, start: int) -> bool:
        """True when a country or place is written as where something is ("in Syria"): it is then no party."""
        k = start - 1
        while k >= 0 and self.doc[k].lower_ in _DETERMINERS:
            k -= 1
        return k >= 0 and self.doc[k].lower_ in self.lex.location_prepositions

    def _open(self, start: int, end: int, i: int, kinds: frozenset[str], *, plural: bool) -> bool:
        """True when the text leaves open whether the word at i stands for the mention [start, end): it is one of
        two parties joined by "and"/"or", or another possible referent stands between them."""
        if self._coordinated(start, end, kinds):
            return True
        if plural:
            return any(self._people(k) for k in range(end, i))
        own = i - 2  # the word's own phrase ("The militant group") is no other thing
        return any(self._thing_subject(k) for k in range(end + 1, own) if self.doc[k].is_sent_start)

    def _coordinated(self, start: int, end: int, kinds: frozenset[str]) -> bool:
        """True when the mention [start, end) is joined by "and"/"or" to another of these kinds, perhaps across an
        article ("the Russians and the Ukrainians said they …")."""
        doc = self.doc
        first = start - 1 if start >= 1 and doc[start - 1].lower_ in _DETERMINERS else start  # "and the Ukrainians"
        before = first - 2 if first >= 2 and doc[first - 1].lower_ in _COORDINATORS else None
        after = end + 1 if end < len(doc) and doc[end].lower_ in _COORDINATORS else None
        if after is not None and after < len(doc) and doc[after].lower_ in _DETERMINERS:
            after += 1
        for k in (before, after):
            other = self.mention_at(k) if k is not None else None
            if other is not None and other[0].kind in kinds:
                return True
        return False

    def _owned_people(self, end: int) -> int | None:
        """Where the words after an unnamed plural noun of armed men or officials that a name right before it owns
        begin ("Iraqi forces", "Iraqi security forces", "Norwegian police": "they" after them stands for those men,
        whose party the name is; "Norway's federal police", past a possessive ending); None when no such noun follows
        the name."""
        if end < len(self.doc) and self.doc[end].lower_ in _POSSESSIVE:
            end += 1
        for k in range(end, min(end + _OWNED_WORDS, len(self.doc))):
            token = self.doc[k]
            if not (token.is_alpha and token.is_lower) or token.lower_ in self.lex.verbs:
                return None
            if token.lower_ in self.words.owned_people:
                return k + 1
        return None

    def _people(self, k: int) -> bool:
        """True for an unnamed plural noun of people ("the protesters"): "they" may stand for them."""
        token = self.doc[k]
        if not token.is_alpha or not token.is_lower or self.mention_at(k) is not None:
            return False
        unit = lemma(token.text, self.lex)
        if unit == token.lower_ and unit not in self.words.plural_people:
            return False  # a singular noun: "they" does not stand for it
        return unit in self.lex.people or self.lex.categories.get(unit) in self.words.people

    def _thing_subject(self, k: int) -> bool:
        """True for a sentence that opens on "the" and a common noun that is no party ("The tanker was seized."):
        "it" after it may stand for that thing."""
        doc = self.doc
        if k + 1 >= len(doc) or doc[k].lower_ not in _DEFINITE:
            return False
        noun = doc[k + 1]
        return noun.is_alpha and noun.is_lower and lemma(noun.text, self.lex) not in self.words.descriptions

    def _region_start(self, i: int) -> int:
        """The first token a referent may stand on: the start of the paragraph or of the sentence before, whichever
        comes first, at most `reach` tokens back."""
        doc, lo = self.doc, max(i - self.words.reach, 0)
        k, sentences, opens_paragraph = i, 0, False
        while k > lo:
            if doc[k].is_sent_start:
                sentences += 1
                if opens_paragraph:
                    return k  # the sentence before, the last of the paragraph before
            if doc[k - 1].is_space and "\n" in doc[k - 1].text:
                if sentences >= 2:
                    return k  # the paragraph's start, before the sentence before
                opens_paragraph = True
            k -= 1
        return lo
