"""One parse batch per article: before the first component that parses whole sentences, ask each later component
that can say so which sentences it will parse (its `plan_parse(doc)` method notes them with `syntax.plan_parses`),
so that the first parse of the article takes them all in one batch. A sentence parsed alone costs about twice its
share of a batch; what is parsed, and so every output, stays the same.

The plans run in pipeline order: the quantities component's (which comes after quotes, whose parse then takes its
sentences too) finds the figures and leaves them on `doc._.quantities` without holders, which is what the events
component's plan reads of them."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

PLAN_METHOD = "plan_parse"


@Language.factory(
    "sitrep_parse_plan",
    assigns=["doc.user_data", "doc._.quantities"],  # the figures without holders, until the quantities component
    # what the plans of the later components read: the quantities component's plan reads the figures' sentences and
    # the entities named there; the events component's plan reads its triggers' sentences and the entities, times
    # and figures (those the quantities plan left) that may take part in them
    requires=["token.is_sent_start", "doc._.sections", "doc._.entities", "doc._.times", "doc.spans"],
)
def make_parse_plan(nlp: Language, name: str) -> ParsePlan:
    return ParsePlan(nlp, name)


class ParsePlan:
    """Runs the parse plans of the components after it in the pipeline."""

    def __init__(self, nlp: Language, name: str = "sitrep_parse_plan") -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for plan in self.plans():
            plan(doc)
        return doc

    def plans(self) -> list[Callable[[Doc], None]]:
        """The `plan_parse` methods of the components after this one, in pipeline order."""
        names = self.nlp.pipe_names
        after = names[names.index(self.name) + 1 :] if self.name in names else []
        methods = (getattr(self.nlp.get_pipe(n), PLAN_METHOD, None) for n in after)
        return [m for m in methods if callable(m)]
