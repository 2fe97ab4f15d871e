"""The parse plan: the sentences the quotes, quantities and events components parse go to the parser in one batch,
and the records are the same as with each component parsing on its own."""

from __future__ import annotations

from sitrep.components.parse_plan import ParsePlan
from sitrep.pipeline import get_nlp, make_doc
from sitrep.reader import prepare
from sitrep.syntax import parse

ARTICLE = (
    "Militia shells border town\n\n"
    "Militia fighters shelled the border town of Varnik on Tuesday, killing four civilians, the regional governor "
    "said. \"We will rebuild every house,\" Governor Lena Marsh told reporters. The army said it had arrested two "
    "commanders of the militia. Talks between the two sides collapsed last month, officials said.\n"
)


def _records(disable: list[str], text: str = ARTICLE) -> dict[str, list[object]]:
    nlp = get_nlp()
    doc = make_doc(nlp, prepare(text))
    with nlp.select_pipes(disable=disable):
        doc = nlp(doc)
    return {name: list(getattr(doc._, name)) for name in ("quantities", "quotes", "events")}


def test_parse_plan_puts_quotes_and_events_in_one_batch_with_the_same_records(parser_batches: list[int]) -> None:
    batches = parser_batches
    alone = _records(disable=["sitrep_parse_plan"])
    per_component = list(batches)
    batches.clear()
    parse._CACHE.clear()  # the same article again: parse it again
    planned = _records(disable=[])
    assert planned == alone and planned["events"] and planned["quotes"]
    assert len(batches) < len(per_component) and sum(batches) == sum(per_component)


def test_parse_plan_asks_only_the_components_after_it() -> None:
    nlp = get_nlp()
    plan = nlp.get_pipe("sitrep_parse_plan")
    assert isinstance(plan, ParsePlan)
    owners = [method.__self__ for method in plan.plans()]  # type: ignore[attr-defined]
    after = nlp.pipe_names[nlp.pipe_names.index("sitrep_parse_plan") + 1 :]
    assert owners and all(any(owner is nlp.get_pipe(n) for n in after) for owner in owners)


FIGURES = (
    "Border clashes\n\n"
    "Officials in Ankara said Turkey had sent 300 troops to the hills near the border on Friday. "
    '"We will hold the pass," commander Ivo Brant told reporters. Soldiers fired on the brigade, an official said.\n'
)


def test_parse_plan_takes_the_sentences_of_figures_into_the_one_batch(parser_batches: list[int]) -> None:
    batches = parser_batches
    alone = _records(disable=["sitrep_parse_plan"], text=FIGURES)
    per_component = list(batches)
    batches.clear()
    parse._CACHE.clear()
    planned = _records(disable=[], text=FIGURES)
    assert planned == alone and [q.holder for q in planned["quantities"]] == ["E2"]  # Turkey, read from the parse
    assert batches == [sum(per_component)] and len(per_component) == 3  # quotes, quantities, events: one batch
