"""One stored article rebuilt as the SPEC's records (`store/document.py`): extract → store → rebuild gives the
same document `sitrep extract` prints."""

from __future__ import annotations

from pathlib import Path

import sitrep
from sitrep.record import Extraction
from sitrep.store.db import reading
from sitrep.store.document import document, load
from tests.store_helpers import STORY_A, base, build, story_a, story_c

# Our own made-up wire report: a dateline, dates, figures, a direct and an indirect quote, and events.
WIRE = (
    "Rebels seize border town\n\n"
    "KARVIK, March 3 (Wire Z) — Rebels seized the border town of Karvik in Syria on Monday and took 40 soldiers "
    'prisoner, the army said. "We will retake the town by the end of March," General Amir Tal told reporters. '
    "About 3,000 people have fled the fighting, the United Nations said on Tuesday."
)


def test_document_round_trip_gives_the_extracted_document(tmp_path: Path) -> None:
    x = sitrep.extract(WIRE, published="2025-03-04T09:30", source="Wire Z")
    assert x.times and x.quantities and x.quotes and x.events and x.entities  # every kind of fact is exercised
    db = build(tmp_path / "rt.db", [("wire", x)])
    with reading(db) as conn:
        stored = load(conn, x.article.id)
    assert stored is not None
    assert stored.extraction.to_dict() == x.to_dict()
    assert stored.extraction.article.published == x.article.published


def test_document_of_hand_built_stories_round_trips(tmp_path: Path) -> None:
    stories = [("a", story_a()), ("c", story_c())]
    db = build(tmp_path / "h.db", stories)
    for _, x in stories:
        for v in x.events:
            v.mentions = [v.evidence]  # the store keeps the evidence as an event's first mention
        with reading(db) as conn:
            stored = load(conn, x.article.id)
        assert stored is not None and stored.extraction.to_dict() == x.to_dict()


def test_document_adds_the_input_name_copy_and_event_dates(tmp_path: Path) -> None:
    copy = base("Exclusive\n" + STORY_A, published=None, source="Wire Z")
    db = build(tmp_path / "d.db", [("a", story_a()), ("copy", copy)])
    with reading(db) as conn:
        original = document(conn, story_a().article.id)
        near = document(conn, copy.article.id)
        missing = document(conn, "0" * 64)
    assert original is not None and near is not None and missing is None
    assert (original["name"], original["duplicate_of"]) == ("a", None)
    assert [(v["id"], v["date"]) for v in original["events"]] == [("V1", "2025-09-30"), ("V2", "2024-09-27")]
    assert original["sitrep_version"] == sitrep.__version__
    assert near["duplicate_of"] == story_a().article.id and near["text"] == copy.text
    assert near["entities"] == near["events"] == []  # a near-copy is stored without its facts


def test_document_keeps_the_order_facts_were_extracted_in(tmp_path: Path) -> None:
    x: Extraction = story_c()
    x.times.reverse()  # T2 before T1: the store gives them back as extracted, not by offset
    db = build(tmp_path / "o.db", [("c", x)])
    with reading(db) as conn:
        stored = load(conn, x.article.id)
    assert stored is not None and [t.id for t in stored.extraction.times] == ["T2", "T1"]
