"""spaCy pipeline components, one module or package each. Each reads the Doc's sections and writes its own records.

Shared Doc extensions:
- `doc._.sections`: list[Section] from the reader; `doc._.published`: the anchor date or None. Set by the pipeline
  before any component runs (`READER_ATTRS`).
- `doc._.entities`, `doc._.times`, `doc._.quantities`, `doc._.quotes`, `doc._.events`: lists of the SPEC's
  records, filled by the component of the same name and read by the ones after it.

The contract: every component is registered with `@Language.factory(name, default_config=…, assigns=…,
requires=…)`; `requires` lists everything it reads (Doc extensions, `token.is_sent_start`, `doc.spans` of an
earlier component) and `assigns` everything it fills (its `doc._` list, its span group in `doc.spans` under its
`spans_key`). `tests/test_pipeline.py` checks that each requirement is met by the reader or an earlier component.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = ("sections", "published", "entities", "times", "quantities", "quotes", "events")
READER_ATTRS = ("doc._.sections", "doc._.published")  # on every Doc before the first component runs


def text_of(doc: Doc) -> str:
    """The Doc's text, built once. `Doc.text` joins every token on each call: never call it in a loop."""
    text = doc.user_data.get("sitrep_text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["sitrep_text"] = text
    return text


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, read once per Doc from its array: indexing this list is far cheaper than `doc[i].text`,
    which builds a Token object on every call."""
    texts = doc.user_data.get("sitrep_token_texts")
    if not isinstance(texts, list) or len(texts) != len(doc):
        strings = doc.vocab.strings
        texts = [strings[c] for c in doc.to_array("ORTH").tolist()] if len(doc) else []
        doc.user_data["sitrep_token_texts"] = texts
    return texts


def sentence_starts(doc: Doc) -> list[int]:
    """The token where each sentence starts (the first token always), read once per Doc from its array: a loop over
    `t.is_sent_start` builds a Token object for every word of the article."""
    starts = doc.user_data.get("sitrep_sentence_starts")
    if not isinstance(starts, list):
        flags = doc.to_array("SENT_START").tolist() if len(doc) else []
        starts = [i for i, flag in enumerate(flags) if flag == 1 or i == 0]
        doc.user_data["sitrep_sentence_starts"] = starts
    return starts


def register_extensions() -> None:
    """Register the Doc extensions once (guarded, as spaCy components should)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
