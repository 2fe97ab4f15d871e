"""Capitals that act for their country (`components/entities/capitals.py`), on sentences written for these tests."""

from __future__ import annotations

from sitrep.pipeline import extract
from sitrep.record import Entity


def _places(text: str) -> dict[str, Entity]:
    """Each place or country entity by the text of each of its mentions."""
    return {m.text: e for e in extract(text).entities if e.kind in ("place", "country") for m in e.mentions}


def test_capitals_act_with_any_verb_form() -> None:
    places = _places(
        "Abe said Tokyo would shoot down missiles. After Washington invaded, Pyongyang is playing a dangerous game. "
        "Kabul was attacked, and flights between London and Paris resumed."
    )
    assert places["Tokyo"].code == "JP" and places["Washington"].code == "US" and places["Pyongyang"].code == "KP"
    assert places["Kabul"].kind == "place" and places["Paris"].kind == "place"


def test_capitals_and_before_a_party_acts() -> None:
    places = _places("Washington and the Taliban held talks, and the envoy flew to London and the UN.")
    assert places["Washington"].code == "US"
    assert places["London"].kind == "place"


def test_capitals_between_two_parties_after_a_noun_of_dealings() -> None:
    places = _places("Tensions between Pyongyang and Washington rose, while talks between Moscow and Kyiv stalled. "
                     "The envoy travelled between Berlin and Paris.")  # fmt: skip
    assert places["Pyongyang"].code == "KP" and places["Washington"].code == "US"
    assert places["Moscow"].code == "RU" and places["Kyiv"].code == "UA"
    assert places["Berlin"].kind == "place" and places["Paris"].kind == "place"


def test_capitals_first_of_two_acting_capitals_acts_too() -> None:
    places = _places("Seoul and Tokyo agreed to share intelligence, while London and Paris back the plan. He "
                     "visited Moscow and Beijing said nothing.")  # fmt: skip
    assert places["Seoul"].code == "KR" and places["Tokyo"].code == "JP"
    assert places["London"].kind == "place" and places["Paris"].kind == "place"
    assert places["Moscow"].kind == "place" and places["Beijing"].code == "CN"
