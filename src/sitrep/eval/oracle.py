"""The events component run on records given by hand or by gold data instead of those the earlier components find.

For the gold-mentions diagnostic of `sitrep eval` (actor accuracy of the role finding alone) and for tests: build
`Entity`, `Time`, `Quantity` and `Quote` records (`mentions_of` finds an entity's mentions by their surface text)
and get the events the component finds with them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from sitrep.pipeline import get_nlp, make_doc
from sitrep.reader import prepare
from sitrep.record import Entity, Event, Mention, Quantity, Quote, Section, Time


def mentions_of(text: str, *surfaces: str) -> list[Mention]:
    """Every whole-word occurrence of each surface string, in text order."""
    found: list[Mention] = []
    for surface in surfaces:
        pattern = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
        found += [Mention(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    return sorted(found, key=lambda m: m.start)


def annotate(
    text: str,
    *,
    entities: Sequence[Entity] = (),
    times: Sequence[Time] = (),
    quantities: Sequence[Quantity] = (),
    quotes: Sequence[Quote] = (),
    sections: Sequence[Section] | None = None,
) -> Doc:
    """The Doc after the reader (or the given `sections`), the sentence component, the given records and the
    events component."""
    nlp = get_nlp()
    doc = make_doc(nlp, prepare(text))
    if sections is not None:
        doc._.sections = list(sections)
    doc = nlp.get_pipe("sitrep_sentences")(doc)
    doc._.entities, doc._.times = list(entities), list(times)
    doc._.quantities, doc._.quotes = list(quantities), list(quotes)
    return nlp.get_pipe("sitrep_events")(doc)


def events_of(
    text: str,
    *,
    entities: Sequence[Entity] = (),
    times: Sequence[Time] = (),
    quantities: Sequence[Quantity] = (),
    quotes: Sequence[Quote] = (),
) -> list[Event]:
    """The events found in `text` given the records of the earlier components."""
    doc = annotate(text, entities=entities, times=times, quantities=quantities, quotes=quotes)
    return list(doc._.events)
