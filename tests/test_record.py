"""The SPEC's records: what the worker processes of `ingest --jobs N` send back must arrive unchanged."""

from __future__ import annotations

import pickle

from sitrep.pipeline import extract
from sitrep.record import Article, Entity, Extraction, Mention

STORY = (
    "Ministry says 300 engineers will leave Kabul by June\n\n"
    'KABUL (Wire) — Afghanistan\'s defence ministry said on Monday that 300 engineers would leave by June 30. '
    '"We have finished the work we came to do," the ministry\'s spokesman told reporters.\n'
)


def test_a_full_extraction_survives_pickling() -> None:
    x = extract(STORY)
    assert x.entities and x.times and x.quantities and x.quotes  # every kind of record is in it
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        copy = pickle.loads(pickle.dumps(x, protocol=protocol))
        assert copy == x
        assert copy.to_dict() == x.to_dict()


def test_a_record_pickles_as_its_class_and_field_values() -> None:
    mention = Mention(4, 9, "Kabul")
    assert mention.__reduce__() == (Mention, (4, 9, "Kabul"))
    entity = Entity("E1", "country", "Afghanistan", code="AF", mentions=[mention])
    x = Extraction(Article("abc"), "text", entities=[entity])
    copy = pickle.loads(pickle.dumps(x))
    assert copy.entities[0].mentions[0] == mention
    assert copy.entities[0] is not entity
