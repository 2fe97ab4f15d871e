"""The article page's model: segments cut at every fact and sentence boundary, facts that cover each segment,
set-apart sections, and the timeline's marks."""

from __future__ import annotations

from typing import Any

from sitrep.web.charts import timeline
from sitrep.web.highlight import article_view

TEXT = "Rebels seized 40 soldiers.\n\nPHOTO: the town."


def _doc() -> dict[str, Any]:
    return {
        "text": TEXT,
        "sections": [{"kind": "body", "start": 0, "end": 26}, {"kind": "caption", "start": 28, "end": 44}],
        "sentences": [{"start": 0, "end": 26, "section": "body"}, {"start": 28, "end": 44, "section": "caption"}],
        "entities": [
            {
                "id": "E1",
                "kind": "group",
                "name": "rebels",
                "code": None,
                "attributes": {},
                "mentions": [{"start": 0, "end": 6, "text": "Rebels"}],
            }
        ],
        "times": [],
        "quantities": [
            {
                "id": "Q1",
                "start": 14,
                "end": 25,
                "text": "40 soldiers",
                "value": 40.0,
                "low": None,
                "high": None,
                "approximate": False,
                "unit": "soldier",
                "category": "detained",
                "holder": None,
                "location": None,
                "time": None,
            }
        ],
        "quotes": [],
        "events": [
            {
                "id": "V1",
                "type": "COERCE",
                "mode": None,
                "actors": ["E1"],
                "targets": [],
                "modality": "asserted",
                "evidence": {"start": 0, "end": 25, "text": "Rebels seized 40 soldiers"},
            }
        ],
    }


def test_highlight_segments_cover_the_text_once_with_their_facts() -> None:
    view = article_view(_doc())
    segments = [s for b in view.blocks for s in b.segments]
    assert "".join(s.text for s in segments) == TEXT.replace("\n\n", "")  # blank lines around a caption dropped
    rebels = next(s for s in segments if s.text == "Rebels")
    assert rebels.ids == "E1 V1" and rebels.kinds == ["entity", "event"]
    figure = next(s for s in segments if s.text == "40 soldiers")
    assert figure.ids == "Q1 V1" and "40 soldier (detained)" in figure.title
    assert next(s for s in segments if s.text == " seized ").ids == "V1"
    assert not next(s for s in segments if s.text == ".").facts


def test_highlight_caption_is_its_own_block_and_facts_are_listed_by_kind() -> None:
    view = article_view(_doc())
    assert [b.kind for b in view.blocks] == ["body", "caption"]
    assert [f.id for f in view.facts["event"]] == ["V1"]
    assert view.facts["event"][0].value == "COERCE, asserted: rebels → —"
    assert view.facts["time"] == []


def test_charts_timeline_marks_hollow_struck_and_side_by_side() -> None:
    base = {"actors": "a", "targets": None, "evidence": "x", "article_id": "f" * 64, "start": 0, "end": 1}
    modalities = ("asserted", "possible", "negated")
    events = [base | {"date": "2025-01-01", "type": "ASSAULT", "modality": m} for m in modalities]
    events.append(base | {"date": None, "type": "AGREE", "modality": "asserted"})
    chart = timeline(events)
    assert [(m.hollow, m.struck) for m in chart.marks] == [(False, False), (True, False), (False, True)]
    assert len({m.x for m in chart.marks}) == 3 and chart.undated == 1
    assert [lane[0] for lane in chart.lanes] == ["ASSAULT"]
