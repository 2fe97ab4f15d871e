"""A headline read by its own small grammar, where the parser (trained on running text) fails on it.

Headlines drop articles and auxiliaries ("Police arrest 40 after clashes in capital", "UN condemns attack on aid
convoy"), and a tagger trained on running text reads their verb as a noun. Their grammar is simple, though: a noun
phrase (or several, joined by "and" or commas), the verb, then a noun phrase and prepositional phrases, or "to"
and another verb. Given the verb, `headline_tree` builds that tree over the parsed words, with the relations the
parser would give the same words in running text (nsubj, obj, obl with its case, nmod, xcomp, conj, compound,
amod, det, nummod), so the clause reader reads a headline as it reads any sentence. A participle with no object
after it keeps its past tag: the clause reader takes it as a headline's passive ("Hostages freed in raid").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from sitrep.syntax.parse import Parsed

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_MODIFIER_DEP = {"DET": "det", "ADJ": "amod", "NUM": "nummod", "NOUN": "compound", "PROPN": "compound"}
_JOIN = frozenset({"and", ",", "&"})
_NOUN_ATTACHED = frozenset({"of", "on", "against"})  # "attack on aid convoy": the phrase belongs to the noun
_SPLIT = frozenset({":", "-", "–", "—", "|", ";"})  # "Minister: we will act" — the headline's parts


@dataclass(slots=True)
class _Tree:
    words: list[str]
    tags: list[str]
    pos: list[str]
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.heads = list(range(len(self.words)))
        self.deps = ["dep"] * len(self.words)

    def attach(self, child: int, head: int, dep: str) -> None:
        self.heads[child], self.deps[child] = head, dep


def headline_tree(parsed: Parsed, verb: int, *, past: bool) -> Parsed | None:
    """The headline of `parsed` as a tree whose root is the word `verb` (a trigger's verb, however it was tagged);
    `past` says whether that word is a past form. None when the words before the verb hold no noun phrase."""
    doc = parsed.doc
    tree = _Tree([t.text for t in doc], [t.tag_ for t in doc], [t.pos_ for t in doc])
    end = next((i for i in range(verb + 1, len(doc)) if doc[i].text in _SPLIT), len(doc))
    first = _prefixed(doc, verb)
    start = max((i + 1 for i in range(first) if doc[i].text in _SPLIT), default=0)
    to = first - 1 if first - 1 > start and doc[first - 1].lower_ == "to" else None  # "Poland to expel envoy"
    subject = _coordinated(tree, start, first if to is None else to)
    if subject is None:
        return None
    tree.pos[verb] = "VERB"
    tree.tags[verb] = "VB" if to is not None else _verb_tag(doc[verb].lower_, past)
    tree.attach(verb, verb, "ROOT")
    tree.attach(subject, verb, "nsubj")
    if to is not None:
        tree.pos[to], tree.tags[to] = "PART", "TO"
        tree.attach(to, verb, "mark")
    for i in range(first, verb):  # "test-fires": the verb's own first parts
        tree.attach(i, verb, "punct" if tree.pos[i] == "PUNCT" else "compound")
    _predicate(tree, verb, verb + 1, end)
    for i in [*range(start), *range(end, len(doc))]:
        tree.attach(i, verb, "punct" if tree.pos[i] == "PUNCT" else "dep")
    return _parsed(parsed, tree)


def _prefixed(doc: Doc, verb: int) -> int:
    """The first token of a verb written with a hyphen, its parts unspaced ("test" of "test-fires"), else the verb."""
    first = verb
    while first >= 2 and doc[first - 1].text == "-" and not (doc[first - 1].whitespace_ or doc[first - 2].whitespace_):
        first -= 2
    return first


def _verb_tag(lower: str, past: bool) -> str:
    if past:
        return "VBN"
    return "VBZ" if lower.endswith("s") and not lower.endswith("ss") else "VBP"


def _predicate(tree: _Tree, verb: int, i: int, end: int) -> None:
    """Read what follows a verb up to `end`: "to" and a verb, a gerund, its object, and phrases."""
    last_noun: int | None = None
    while i < end:
        word, pos = tree.words[i].lower(), tree.pos[i]
        if word == "to" and i + 1 < end and tree.pos[i + 1] in ("VERB", "AUX", "NOUN"):
            tree.attach(i, i + 1, "mark")
            _as_verb(tree, i + 1, "VB")
            tree.attach(i + 1, verb, "xcomp")
            _predicate(tree, i + 1, i + 2, end)
            return
        if tree.tags[i] == "VBG" and i == verb + 1:
            tree.attach(i, verb, "xcomp")
            _predicate(tree, i, i + 1, end)
            return
        if pos in ("ADP", "SCONJ") or word == "to":
            stop = _phrase_end(tree, i + 1, end)
            head = _noun_phrase(tree, i + 1, stop, loose=True)
            if head is None:
                tree.attach(i, verb, "dep")
                i += 1
                continue
            tree.attach(i, head, "case")
            if last_noun is not None and word in _NOUN_ATTACHED:
                tree.attach(head, last_noun, "nmod")
            else:
                tree.attach(head, verb, "obl")
            last_noun, i = head, stop
            continue
        if word in _JOIN and last_noun is not None:
            stop = _phrase_end(tree, i + 1, end)
            head = _noun_phrase(tree, i + 1, stop)
            if head is not None:
                tree.attach(i, head, "cc" if word != "," else "punct")
                tree.attach(head, last_noun, "conj")
                i = stop
                continue
        if pos == "PUNCT" or pos == "CCONJ":
            tree.attach(i, verb, "punct" if pos == "PUNCT" else "cc")
            i += 1
            continue
        stop = _phrase_end(tree, i, end)
        head = _noun_phrase(tree, i, stop)
        if head is None:
            tree.attach(i, verb, "advmod" if pos == "ADV" else "dep")
            i += 1
            continue
        tree.attach(head, verb, "obj" if last_noun is None else "obl")
        last_noun, i = head, stop


def _as_verb(tree: _Tree, i: int, tag: str) -> None:
    tree.pos[i], tree.tags[i] = "VERB", tag


def _phrase_end(tree: _Tree, i: int, end: int) -> int:
    """Where a noun phrase that starts at `i` ends: at a preposition, a conjunction, punctuation or "to"."""
    while i < end and not _stops(tree, i):
        i += 1
    return i


def _stops(tree: _Tree, i: int) -> bool:
    word, pos = tree.words[i].lower(), tree.pos[i]
    if tree.tags[i] == "POS":  # "Iran's": inside the phrase
        return False
    return pos in ("ADP", "SCONJ", "CCONJ", "PUNCT") or word in ("to", ",") or (pos == "PART" and word != "'s")


def _coordinated(tree: _Tree, start: int, end: int) -> int | None:
    """The head of the first of the noun phrases in [start, end) joined by "and" or commas; the others are its
    conjuncts."""
    parts: list[tuple[int, int]] = []
    a = start
    for i in range(start, end):
        if tree.words[i].lower() in _JOIN:
            parts.append((a, i))
            a = i + 1
    parts.append((a, end))
    heads = [(h, a) for a, b in parts if (h := _noun_phrase(tree, a, b)) is not None]
    if not heads:
        return None
    first = heads[0][0]
    for head, a in heads[1:]:
        tree.attach(head, first, "conj")
        if a > start:
            joiner = a - 1
            tree.attach(joiner, head, "punct" if tree.words[joiner] == "," else "cc")
    for i in range(start, end):  # a joiner with no phrase after it
        if tree.words[i].lower() in _JOIN and tree.heads[i] == i:
            tree.attach(i, first, "punct" if tree.words[i] == "," else "cc")
    return first


def _noun_phrase(tree: _Tree, a: int, b: int, *, loose: bool = False) -> int | None:
    """Attach the words of [a, b) to their head, the last noun (a possessor with "'s" hangs on the noun after it);
    returns the head, or None when the span holds no noun. After a preposition (`loose`) the last word is the
    head whatever its tag ("after clashes", its noun tagged as a verb)."""
    words = [i for i in range(a, b) if tree.pos[i] != "PUNCT"]
    nouns = [i for i in words if tree.pos[i] in _NOMINAL or tree.tags[i].startswith("NN")]
    if not nouns and loose and words and tree.pos[words[-1]] in ("VERB", "ADJ", "X"):
        nouns = words[-1:]
        tree.tags[words[-1]] = "NNS" if tree.words[words[-1]].endswith("s") else "NN"
    if not nouns:
        return None
    head = nouns[-1]
    if tree.pos[head] not in _NOMINAL:
        tree.pos[head] = "NOUN"
    for i in range(a, b):
        if i == head:
            continue
        if tree.tags[i] == "POS":
            tree.attach(i, i - 1 if i > a else head, "case")
        elif i + 1 < b and tree.tags[i + 1] == "POS":
            tree.attach(i, head, "nmod:poss")
        elif tree.pos[i] == "PUNCT":
            tree.attach(i, head, "punct")
        else:
            if tree.pos[i] in ("VERB", "AUX"):  # a word the tagger took for a verb inside a noun phrase
                tree.pos[i] = "NOUN"
            tree.attach(i, head, _MODIFIER_DEP.get(tree.pos[i], "dep"))
    return head


def _parsed(parsed: Parsed, tree: _Tree) -> Parsed:
    old = parsed.doc
    doc = Doc(
        old.vocab,
        words=tree.words,
        spaces=[bool(t.whitespace_) for t in old],
        tags=tree.tags,
        pos=tree.pos,
        heads=tree.heads,
        deps=tree.deps,
        lemmas=[t.lemma_ or t.lower_ for t in old],
    )
    return Parsed(doc, parsed.start, parsed.offsets, parsed.chars, parsed.ends)
