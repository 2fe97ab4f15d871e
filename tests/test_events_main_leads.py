"""Events: main events of news leads that were missed (an arrest told as custody with its holder's kind, violence
told as a rampage, a ruling or an act told beside a framing event with "despite")."""

from __future__ import annotations

import sitrep
from sitrep.record import Extraction


def typed(x: Extraction) -> list[tuple[str, list[str], list[str]]]:
    names = {e.id: e.name for e in x.entities}
    return [(e.type, [names.get(a, a) for a in e.actors], [names.get(t, t) for t in e.targets]) for e in x.events]


def test_custody_with_the_holders_kind_between_is_an_arrest() -> None:
    x = sitrep.extract("The suspect was taken into federal custody on Friday after agents searched his flat.")
    assert typed(x) == [("COERCE", [], ["suspect"])]
    x = sitrep.extract("Two men were taken into police custody in the port city on Sunday.")
    assert typed(x) == [("COERCE", [], ["men"])]


def test_custody_of_a_relative_is_no_arrest() -> None:
    assert sitrep.extract("The boy was taken into the custody of his aunt after the hearing.").events == []


def test_going_on_a_rampage_is_an_assault_by_a_fitting_party() -> None:
    x = sitrep.extract("A mob went on the rampage in the old town on Saturday night, police said.")
    assert typed(x) == [("ASSAULT", ["mob"], [])]
    x = sitrep.extract("Rioters went on a rampage through the capital, burning cars.")
    assert [e.type for e in x.events] == ["ASSAULT"]


def test_a_rampage_of_animals_or_of_scoring_is_no_assault() -> None:
    assert sitrep.extract("The elephants went on a rampage in the village.").events == []
    assert sitrep.extract("The striker went on a scoring rampage in the second half.").events == []


def test_an_act_told_with_despite_is_not_framed_by_the_event_beside_it() -> None:
    x = sitrep.extract("The government praised the deal despite the killing of two soldiers by rebels on Monday.")
    assert sorted(typed(x)) == [("ASSAULT", ["rebels"], ["soldiers"]), ("SUPPORT", ["government"], [])]
    x = sitrep.extract("The minister defended the policy despite a court ruling that the ban was unlawful.")
    assert sorted(e.type for e in x.events) == ["ACCUSE", "SUPPORT"]
    assert typed(x)[[e.type for e in x.events].index("ACCUSE")][1] == ["court"]


def headline_events(
    headline: str, body: str = "Officials in the capital spoke to reporters on Monday."
) -> tuple[Extraction, list[tuple[str, list[str], list[str]]]]:
    """The events a headline states (its body says nothing of them)."""
    x = sitrep.extract(f"{headline}\n\n{body}\n")
    names = {e.id: e.name for e in x.entities}
    told = [e for e in x.events if e.evidence.start < len(headline)]
    return x, [(e.type, [names.get(a, a) for a in e.actors], [names.get(t, t) for t in e.targets]) for e in told]


def test_a_headline_noun_misread_as_a_clause_does_not_make_a_warning_speech() -> None:
    told = headline_events("China warns Taiwan over independence push", "Officials in Beijing spoke on Monday.")[1]
    assert told == [("THREATEN", ["China"], ["Taiwan"])]


def test_a_warning_with_a_real_clause_stays_speech() -> None:
    assert sitrep.extract("The minister warned that the economy was weak.").events == []
    assert headline_events("Minister warns of economic slowdown")[1] == []


def test_an_armed_side_crossing_or_pushing_into_ground_is_an_incursion() -> None:
    x = sitrep.extract("Ethiopian troops crossed into Somalia on Sunday.")
    assert typed(x) == [("ASSAULT", ["Ethiopia"], ["Somalia"])]
    x = sitrep.extract("Rebel fighters advanced into the outskirts of the capital.")
    assert [e.type for e in x.events] == ["ASSAULT"]


def test_crossing_into_a_country_is_no_incursion_without_an_armed_side() -> None:
    assert sitrep.extract("Thousands of refugees crossed into Turkey on Sunday.").events == []
    assert sitrep.extract("The company pushed into Asian markets last year.").events == []
    assert sitrep.extract("The storm pushed into the coast on Friday.").events == []


def test_an_attack_looked_into_is_not_done_by_the_investigators() -> None:
    x = sitrep.extract("Police launched an investigation into the attack on the mosque.")
    assert typed(x) == [("ACCUSE", ["Police"], [])]
    x = sitrep.extract("The ministry made a statement about the attack on the base.")
    assert not any(e.type == "ASSAULT" and e.actors for e in x.events)


def test_a_light_verb_still_does_the_attacks_it_launches_or_carries_out() -> None:
    assert typed(sitrep.extract("Rebels launched about 20 attacks on army posts.")) == [
        ("ASSAULT", ["Rebels"], ["army"])
    ]
    assert typed(sitrep.extract("Rebels carried out a wave of attacks on army posts.")) == [("ASSAULT", ["Rebels"], [])]


def test_a_ruling_or_a_sentence_handed_down_is_the_courts() -> None:
    x = sitrep.extract("The Supreme Court handed down a ruling that the detentions were illegal.")
    assert typed(x) == [("ACCUSE", ["Supreme Court"], [])]
    x = sitrep.extract("The judge handed down a sentence of ten years in prison to the rebel leader.")
    assert [(e.type, typed(x)[0][1]) for e in x.events] == [("COERCE", ["judge"])]
