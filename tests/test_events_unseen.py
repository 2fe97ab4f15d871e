"""Events: readings found wrong on wire articles written for hand checking (session 24, tests/data/events_session24):
a subject that is no one denies its clause, a claim no one made owns no attack, a barrage fired at a party and a
judged attack named by its noun find their parties, talks' topics and people held are no acts, a later "The
suspect ... was detained" retells the arrest."""

from __future__ import annotations

from pathlib import Path

import sitrep
from tests.test_events_wire import of_type, roles


def test_events_a_subject_that_is_no_one_denies_the_clause() -> None:
    x = sitrep.extract("No civilians were wounded in the shelling of the depot.")
    assert [e.modality for e in of_type(x, "ASSAULT")] == ["negated"]
    y = sitrep.extract("Two civilians were wounded in the shelling of the depot.")
    assert [e.modality for e in of_type(y, "ASSAULT")] == ["asserted"]


def test_events_a_claim_no_one_made_owns_no_attack() -> None:
    x = sitrep.extract(
        "Bandits raided a village in the north on Monday, killing nine farmers. "
        "No group has claimed responsibility for the raid."
    )
    attacks = of_type(x, "ASSAULT")
    assert len(attacks) == 1
    assert roles(x, attacks[0]) == (["Bandits"], ["farmers"])
    assert attacks[0].modality == "asserted"


def test_events_a_barrage_fired_at_a_party_has_it_as_target() -> None:
    x = sitrep.extract("The militia answered by firing a barrage of rockets at Turkish army outposts on the ridge.")
    attacks = of_type(x, "ASSAULT")
    assert len(attacks) == 1
    actors, targets = roles(x, attacks[0])
    assert actors == ["militia"] and targets and "Turk" in targets[0]
    y = sitrep.extract("The army launched a raid at the airport.")
    assert all(roles(y, e)[1] == [] for e in of_type(y, "ASSAULT"))  # an attack noun's "at" says where


def test_events_a_judged_attack_is_the_one_its_noun_names() -> None:
    x = sitrep.extract(
        "A Turkish air strike on a truck near Qamishli killed four fighters on Monday. "
        "The Kurdish militia responded by shelling Turkish border posts. "
        "Syria's foreign ministry condemned the strike as an act of aggression."
    )
    condemned = of_type(x, "ACCUSE")
    assert len(condemned) == 1
    assert roles(x, condemned[0])[1] == ["Turkey"]


def test_events_a_claim_of_responsibility_reports_no_relative_clause_on_its_attack() -> None:
    x = sitrep.extract(
        "The rebels claimed responsibility for the bombing, which came a week after the army arrested their leader."
    )
    assert x.quotes == []
    arrests = of_type(x, "COERCE")
    assert [e.modality for e in arrests] == ["asserted"]


def test_events_to_free_after_an_addressee_is_a_verb() -> None:
    x = sitrep.extract("The envoy urged the generals to free opposition leader Maria Kessel.")
    requests = of_type(x, "REQUEST")
    assert len(requests) == 1
    assert roles(x, requests[0]) == (["envoy"], ["generals"])  # the one to be freed is not who was urged
    y = sitrep.extract("The deal gave a boost to free trade.")
    assert y.events == []


def test_events_an_offensive_against_armed_men_is_no_criticism() -> None:
    x = sitrep.extract("President Amadou Keita vowed to intensify the offensive against the insurgents.")
    assert [e.type for e in x.events] == ["ASSAULT"]
    y = sitrep.extract("Senator Jane Holt attacked the plan to deport them.")
    assert [e.type for e in y.events] == ["ACCUSE"]


def test_events_people_captured_were_detained() -> None:
    x = sitrep.extract("The prisoners, who were captured during the siege of the port in 2017, were moved to Erbil.")
    assert [(e.type, e.mode) for e in x.events if "captured" in e.evidence.text] == [("COERCE", "arrest")]
    y = sitrep.extract("Rebels captured the town of Kalemie on Tuesday.")
    assert [e.type for e in y.events] == ["ASSAULT"]
    z = sitrep.extract("Rebels captured five soldiers during the battle.")  # taken in the fighting
    assert [e.type for e in z.events] == ["ASSAULT"]


def test_events_support_given_with_means_is_not_given_to_them() -> None:
    x = sitrep.extract("Kenya accused Ethiopia of backing the militia with fighters and money.")
    backing = of_type(x, "SUPPORT")
    assert len(backing) == 1
    assert roles(x, backing[0])[1] == ["militia"]


def test_events_the_suspect_detained_retells_the_arrest() -> None:
    x = sitrep.extract(
        "Kenyan police arrested a senior leader of a smuggling ring on Friday in the coastal town of Malindi. "
        "The suspect, who is wanted on murder charges, was detained at a farm with two bodyguards."
    )
    arrests = of_type(x, "COERCE")
    assert len(arrests) == 1
    assert len(arrests[0].mentions) == 2
    y = sitrep.extract("Police arrested three protesters on Monday. The men were arrested again on Friday.")
    assert len(of_type(y, "COERCE")) == 2


def test_events_topics_of_resumed_talks_are_no_happenings() -> None:
    x = sitrep.extract(
        "Rebel and army negotiators resumed indirect talks in Doha on Monday over a truce and the release of "
        "prisoners held in Darfur."
    )
    assert [e.type for e in x.events] == ["CONSULT"]


def test_events_people_held_somewhere_are_in_a_state_not_an_act() -> None:
    x = sitrep.extract("Four sailors held in Iranian captivity were freed on Monday.")
    assert [e.type for e in x.events] == ["CONCEDE"]
    y = sitrep.extract("Rebels held two hostages in a cave.")
    assert [e.type for e in y.events] == ["COERCE"]


def test_events_own_wire_articles_outside_security_report_none() -> None:
    # The session's own articles (written for hand checking; held.txt was measured only, never tuned on): the
    # sport, business and culture pieces among them report no event.
    folder = Path(__file__).parent / "data" / "events_session24"
    articles = [a for f in ("tune.txt", "held.txt") for a in (folder / f).read_text("utf-8").split("\n====\n")]
    assert len(articles) == 24
    others = [a for a in articles if a.startswith(("Airline shares", "Film festival", "Liverpool crush"))]
    assert len(others) == 3
    assert all(sitrep.extract(a.strip()).events == [] for a in others)
