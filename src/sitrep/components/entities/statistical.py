"""The optional statistical path: a spaCy pipeline with NER proposes extra candidates that the rules then
canonicalize. Off unless `SITREP_SPACY_MODEL` (or the component's `model` option) names a pipeline directory
or an installed package; nothing is ever downloaded."""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.components import text_of
from sitrep.components.entities.lexicon import Gazetteer
from sitrep.components.entities.scan import Candidate, from_entry
from sitrep.errors import SitrepError

ENV = "SITREP_SPACY_MODEL"
RANK_MODEL = 2  # above guessed names, below every list and pattern
_KINDS = {"PERSON": "person", "PER": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
          "NORP": "country", "FAC": "place"}  # fmt: skip


class ModelError(SitrepError):
    """The configured spaCy model cannot be loaded or has no entity recognizer."""


@cache
def load_model(name: str) -> Language:
    """The NER pipeline named by a path or package, loaded once per process."""
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelError(f"cannot load the spaCy model {name!r} given in {ENV}: {e}") from e
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"the spaCy model {name!r} has no 'ner' component; unset {ENV} or give one that has")
    return nlp


def model_candidates(doc: Doc, gaz: Gazetteer, model: str | None = None) -> list[Candidate]:
    """Candidates from the model's entities over the same tokens; empty when no model is configured."""
    name = model or os.environ.get(ENV)
    if not name:
        return []
    nlp = load_model(name)
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    tagged = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    found: list[Candidate] = []
    text = text_of(doc)
    for ent in tagged.ents:
        cand = _candidate(text, gaz, ent.start_char, ent.end_char, ent.label_)
        if cand is not None:
            found.append(cand)
    return found


def _candidate(full: str, gaz: Gazetteer, start: int, end: int, label: str) -> Candidate | None:
    text = full[start:end]
    entry = gaz.lookup(text)
    if entry is not None:
        cand = from_entry(entry, start, end)
        return cand
    kind = _KINDS.get(label)
    if kind is None or kind == "country" or not text[:1].isupper():
        return None
    return Candidate(start, end, kind, f"{kind}:{text.lower()}", " ".join(text.split()), rank=RANK_MODEL)
