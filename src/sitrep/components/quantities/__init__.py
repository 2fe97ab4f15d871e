"""The quantities component: counts of troops, attacks, casualties, money and more, with what they count
(`unit`, `category`) and whose, where and when (`holder`, `location`, `time`). Fills `doc._.quantities`
with the SPEC's `Quantity` records and `doc.spans["sitrep_quantities"]`.

A figure whose counted phrase names no party is given the one its clause names, read from the sentence's dependency
parse (`clause.py`); only such sentences are parsed, and the parse stays on the Doc for the events component.

Word lists live in `sitrep/data/quantities.toml`, `quantity_units.csv` and `noun_lemmas.toml`."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components import register_extensions
from sitrep.components.quantities.clause import party_names
from sitrep.components.quantities.context import FirstHolders, bare_records, first_holders, link, sentences_to_parse
from sitrep.components.quantities.finder import Found, find
from sitrep.components.quantities.guards import blocked_tokens
from sitrep.components.quantities.lexicon import lexicon
from sitrep.syntax import plan_parses

__all__ = ["QuantityExtractor", "make_quantities"]

_PLANNED = "sitrep_quantities_plan"  # what `plan_parse` read, for `__call__` to use


@dataclass(frozen=True, slots=True)
class _Planned:
    """The figures `plan_parse` found and the holders their own phrases name (the tokens, entities and times they
    were read from do not change before the component runs)."""

    found: list[Found]
    first: FirstHolders


@Language.factory(
    "sitrep_quantities",
    default_config={"times_key": "sitrep_times", "spans_key": "sitrep_quantities"},
    assigns=["doc._.quantities", "doc.spans"],
    requires=["doc._.sections", "token.is_sent_start", "doc._.entities", "doc._.times", "doc.spans"],
)
def make_quantities(nlp: Language, name: str, *, times_key: str, spans_key: str) -> QuantityExtractor:
    return QuantityExtractor(times_key=times_key, spans_key=spans_key)


class QuantityExtractor:
    """Finds figures over the Doc's tokens, skipping what the time component claimed (`doc.spans[times_key]`)."""

    def __init__(self, *, times_key: str = "sitrep_times", spans_key: str = "sitrep_quantities") -> None:
        register_extensions()
        self.times_key = times_key
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        planned = doc.user_data.pop(_PLANNED, None)  # read already by `plan_parse`
        if isinstance(planned, _Planned):
            self.set_annotations(doc, planned.found, first=planned.first)
        else:
            self.set_annotations(doc, self.match(doc))
        return doc

    def plan_parse(self, doc: Doc) -> None:
        """Note the sentences `set_annotations` will parse (`syntax.plan_parses`), so that the parse an earlier
        component asks for takes them in the same batch. Until this component runs, `doc._.quantities` holds the
        figures without holders, locations or times (`bare_records`): what the plans after this one read."""
        found = self.match(doc)
        first = first_holders(doc, found, lexicon())
        doc.user_data[_PLANNED] = _Planned(found, first)
        doc._.quantities = bare_records(doc, found)
        sentences = sentences_to_parse(doc, found, first)
        if sentences:
            plan_parses(doc, sentences, party_names(doc, list(doc._.entities or ())))

    def match(self, doc: Doc) -> list[Found]:
        """The quantities as token spans with values, units and categories."""
        lex = lexicon()
        return find(doc, blocked_tokens(doc, self.times_key, lex), lex)

    def set_annotations(self, doc: Doc, found: list[Found], *, first: FirstHolders | None = None) -> None:
        """Write `doc._.quantities` (linked to entities and times) and the span group (`first`: the figures'
        `first_holders`, if read already)."""
        records = link(doc, found, lexicon(), first)
        doc._.quantities = records
        doc.spans[self.spans_key] = [Span(doc, f.start, f.end, label=f.category) for f in found]
