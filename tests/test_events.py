"""Events: PLOVER types from the trigger lexicon, actors and targets from hand-built entity records, modality."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

import pytest

import sitrep
from sitrep.components.events.lexicon import noun_forms, verb_forms
from sitrep.components.events.parties import unify
from sitrep.components.events.roles import Party
from sitrep.eval.oracle import annotate, events_of, mentions_of
from sitrep.record import Entity, Event, Evidence, Quantity, Quote, Section, Time
from tests.conftest import example


def types(text: str) -> list[str]:
    return [e.type for e in sitrep.extract(text).events]


def entity(text: str, id: str, kind: str, name: str, *surfaces: str, **attributes: str) -> Entity:
    return Entity(id, kind, name, attributes=dict(attributes), mentions=mentions_of(text, *surfaces))


def time(text: str, id: str, surface: str, value: str, role: str = "point") -> Time:
    start = text.index(surface)
    return Time(id, start, start + len(surface), surface, "DATE", value, role=role)


def only(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two governments signed a ceasefire agreement on Tuesday.", "AGREE"),
        ("The rival factions reached a deal to share the river's water.", "AGREE"),
        ("The foreign ministers held talks in Geneva on the border dispute.", "CONSULT"),
        ("The envoy met with rebel commanders near the frontier.", "CONSULT"),
        ("The senator praised the new cabinet for its courage.", "SUPPORT"),
        ("The junta eased restrictions on foreign reporters.", "CONCEDE"),
        ("The two navies began a joint patrol in the strait.", "COOPERATE"),
        ("The ministry said it would provide military aid to the border guards.", "AID"),
        ("The army began its withdrawal from the northern province.", "RETREAT"),
        ("Government troops pulled out of the river town overnight.", "RETREAT"),
        ("Opposition leaders demanded fresh elections.", "REQUEST"),
        ("The ministry accused the rebels of shelling the market.", "ACCUSE"),
        ("The council rejected the mediator's proposal.", "REJECT"),
        ("The militia threatened to attack the convoy.", "THREATEN"),
        ("Thousands of students staged a protest outside parliament.", "PROTEST"),
        ("The European Union imposed sanctions on the state airline.", "SANCTION"),
        ("The navy deployed two destroyers to the gulf.", "MOBILIZE"),
        ("Artillery units conducted a live-fire exercise near the coast.", "MOBILIZE"),
        ("Police arrested twelve activists at the rally point.", "COERCE"),
        ("Gunmen kidnapped three aid workers on the highway.", "COERCE"),
        ("Insurgents attacked a checkpoint at dawn.", "ASSAULT"),
        ("A roadside bombing killed four soldiers.", "ASSAULT"),
        ("The militia carried out drone attacks on the army's fuel depots.", "ASSAULT"),
        ("The warring factions agreed to a ceasefire late on Sunday.", "AGREE"),
        ("The two governments signed a deal on grain exports.", "AGREE"),
        ("Negotiations between the rebels and the government continued for a third day.", "CONSULT"),
        ("The president met with the visiting delegation.", "CONSULT"),
        ("The allies will provide support for the coastal brigades.", "AID"),
        ("The drawdown of the peacekeeping mission starts in May.", "RETREAT"),
        ("The government would end the foreign military presence within a year.", "RETREAT"),
        ("The rebels called for a general strike in the capital.", "PROTEST"),
        ("The army chief denounced the ambush as a war crime.", "ACCUSE"),
        ("The ministry refused to extend the license.", "REJECT"),
        ("The commander warned of a heavy response to any incursion.", "THREATEN"),
        ("The government cut ties with its neighbour after the incident.", "SANCTION"),
        ("The garrison maintains about 600 troops near the pass.", "MOBILIZE"),
        ("Security forces detained a journalist at the airport.", "COERCE"),
        ("Israeli jets struck weapons depots near the river.", "ASSAULT"),
        ("Two people were killed in the shelling of the market.", "ASSAULT"),
        ("A car bombing outside the ministry wounded five guards.", "ASSAULT"),
        ("The militia carried out rocket and drone attacks on the airfield.", "ASSAULT"),
    ],
)
def test_events_common_phrasings_give_their_type(sentence: str, expected: str) -> None:
    assert expected in types(sentence)


def test_events_framed_trigger_is_one_event() -> None:
    assert types("The militia threatened to attack the convoy.") == ["THREATEN"]
    assert types("The ministry condemned the shelling of the market.") == ["ACCUSE"]
    # an act charged with its own object is told beside the accusation, as the accuser tells it
    x = sitrep.extract("The ministry accused the rebels of shelling the market.")
    assert [(e.type, e.modality) for e in x.events] == [("ACCUSE", "asserted"), ("ASSAULT", "reported")]
    assert "ASSAULT" not in types("Opposition leaders demanded an end to the bombing campaign.")


def test_events_plain_mentions_are_not_events() -> None:
    assert types("The weather in the capital was mild and the markets were calm.") == []
    assert types("Talks between Iraq and Iran resume in March.") == ["CONSULT"]  # the month is not a protest march
    assert types("The withdrawal of foreign troops has been a main concern of the opposition.") == []
    assert types("Talks resume in March.") == []  # no one takes part: nothing to code


def test_events_inflections_from_the_lexicon() -> None:
    assert {"withdraws", "withdrew", "withdrawn", "withdrawing"} <= set(
        verb_forms("withdraw", {"withdraw": ["withdraws", "withdrew", "withdrawn", "withdrawing"]})
    )
    assert verb_forms("deploy", {}) == ["deploy", "deploys", "deployed", "deploying"]
    assert verb_forms("agree", {}) == ["agree", "agrees", "agreed", "agreeing"]
    assert noun_forms("talk") == ["talk", "talks"] and noun_forms("casualty") == ["casualty", "casualties"]
    assert "RETREAT" in types("The garrison withdrew from the valley.")
    assert "ASSAULT" in types("Rebels were shelling the airport.")


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"),
    [
        ("The army is not withdrawing from the border, the minister said.", "RETREAT", "negated"),
        ("Officials denied that soldiers attacked the village.", "ASSAULT", "negated"),
        ("Turkey said its move is not a withdrawal from the border.", "RETREAT", "negated"),
        ("The talks could lead to a withdrawal of foreign troops.", "RETREAT", "possible"),
        ("The cabinet is considering sanctions on the exporters.", "SANCTION", "possible"),
        ("Rebels may attack the pass before winter.", "ASSAULT", "possible"),
        ("The coalition will withdraw its forces by spring.", "RETREAT", "planned"),
        ("Jordan plans to deploy more troops along the border.", "MOBILIZE", "planned"),
        ("The mission would end no later than next summer.", "RETREAT", "planned"),
        ('"We attacked the depot," a rebel commander said.', "ASSAULT", "reported"),
        ("Rebels attacked the depot overnight, a spokesman said.", "ASSAULT", "reported"),
        ("Rebels attacked the depot on Sunday.", "ASSAULT", "asserted"),
        ("The army will not withdraw from the valley.", "RETREAT", "negated"),  # negated wins over planned
        ('"The talks could lead to a withdrawal of foreign troops," the minister said.', "RETREAT", "possible"),
        ("The envoy said the garrison will withdraw next month.", "RETREAT", "planned"),  # planned over reported
        ("The rebels may not attack the convoy.", "ASSAULT", "negated"),  # negated wins over possible
    ],
)
def test_events_modality(sentence: str, type_: str, modality: str) -> None:
    event = only(sitrep.extract(sentence).events, type_)
    assert event.modality == modality


def test_events_denial_is_never_the_event_itself() -> None:
    events = sitrep.extract("The defence ministry denied that its soldiers shelled the village.").events
    assert [e.modality for e in events if e.type == "ASSAULT"] == ["negated"]


def test_events_quote_record_makes_event_reported() -> None:
    text = "Our forces shelled the bridge. That is all I can tell you."
    quote = Quote("U1", 0, len(text), text, "direct")
    assert only(events_of(text, quotes=[quote]), "ASSAULT").modality == "reported"
    assert only(events_of(text), "ASSAULT").modality == "asserted"


def test_events_two_actors_and_time() -> None:
    text = "Ruritania and Freedonia on Monday announced an agreement to reopen the border."
    ents = [
        entity(text, "E1", "country", "Ruritania", "Ruritania"),
        entity(text, "E2", "country", "Freedonia", "Freedonia"),
    ]
    event = only(events_of(text, entities=ents, times=[time(text, "T1", "on Monday", "2031-05-05")]), "AGREE")
    assert event.actors == ["E1", "E2"] and event.targets == []
    assert event.time == "T1" and event.modality == "asserted"
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert "announced an agreement" in event.evidence.text


def test_events_attack_on_bases_makes_target_and_location() -> None:
    text = "Last month, Ostrovian militias carried out 40 drone attacks on Freedonian bases in Ruritania."
    ents = [
        entity(text, "E1", "group", "Ostrovian militias", "Ostrovian militias"),
        entity(text, "E2", "country", "Freedonia", "Freedonian"),
        entity(text, "E3", "country", "Ruritania", "Ruritania"),
    ]
    start = text.index("40 drone attacks")
    qty = Quantity("Q1", start, start + 16, "40 drone attacks", 40, unit="attack", category="attacks")
    times = [time(text, "T1", "Last month", "2031-04", "period")]
    event = only(events_of(text, entities=ents, quantities=[qty], times=times), "ASSAULT")
    assert event.actors == ["E1"] and event.targets == ["E2"]
    assert event.location == "E3" and event.time == "T1" and event.quantities == ["Q1"]
    assert "E3" not in event.targets


def test_events_withdrawal_of_troops_names_the_mover_not_a_target() -> None:
    text = "The deal could lead to a reduction of the 3,000 Freedonian troops still in Ruritania."
    ents = [
        entity(text, "E1", "country", "Freedonia", "Freedonian"),
        entity(text, "E2", "country", "Ruritania", "Ruritania"),
    ]
    event = only(events_of(text, entities=ents), "RETREAT")
    assert event.actors == ["E1"] and event.targets == [] and event.location == "E2"
    assert event.modality == "possible"


def test_events_person_is_followed_by_the_country_of_affiliation() -> None:
    text = "Last year, Prime Minister Ana Bell and President Karl Ost began negotiations on the border."
    ents = [
        entity(text, "E1", "country", "Ruritania", "Ruritania"),
        entity(text, "E2", "person", "Ana Bell", "Ana Bell", affiliation="E1"),
        entity(text, "E3", "person", "Karl Ost", "Karl Ost"),
    ]
    event = only(events_of(text, entities=ents), "CONSULT")
    assert event.actors == ["E2", "E1", "E3"]  # the person who acts, then the state they act for


def test_events_unnamed_parties_become_entities_in_order_of_first_mention() -> None:
    x = sitrep.extract("Reporters saw Canada's envoy leave. Insurgents attacked a checkpoint at dawn.")
    event = only(x.events, "ASSAULT")
    names = {e.id: (e.kind, e.name) for e in x.entities}
    assert [names[a] for a in event.actors] == [("group", "Insurgents")]
    assert [e.id for e in x.entities] == [f"E{n}" for n in range(1, len(x.entities) + 1)]
    starts = [e.mentions[0].start for e in x.entities]
    assert starts == sorted(starts)
    insurgents = next(e for e in x.entities if e.name == "Insurgents")
    assert [x.text[m.start : m.end] for m in insurgents.mentions] == ["Insurgents"]


def test_events_headline_restating_the_body_is_not_a_second_event() -> None:
    text = (
        "Freedonia not withdrawing from Ruritania\n\n"
        "Freedonia is not withdrawing from Ruritania, the defence minister said on Monday.\n\n"
        "Rebels attacked a convoy near the capital on Sunday.\n"
    )
    ents = [
        entity(text, "E1", "country", "Freedonia", "Freedonia"),
        entity(text, "E2", "country", "Ruritania", "Ruritania"),
    ]
    events = events_of(text, entities=ents)
    retreats = [e for e in events if e.type == "RETREAT"]
    assert len(retreats) == 1 and retreats[0].evidence.start > text.index("\n")
    assert retreats[0].actors == ["E1"] and retreats[0].modality == "negated"
    assert [e.id for e in events] == [f"V{n}" for n in range(1, len(events) + 1)]


def test_events_captions_are_kept_and_credits_skipped() -> None:
    text = "Soldiers conduct a live-fire exercise near the coast.\nPhoto by Army sergeant attacked by critics"
    cut = text.index("\n")
    sections = [Section("caption", 0, cut), Section("credit", cut + 1, len(text))]
    doc = annotate(text, sections=sections)
    events = list(doc._.events)
    assert [e.type for e in events] == ["MOBILIZE"]
    assert events[0].evidence.end <= cut
    assert [s.label_ for s in doc.spans["events"]] == ["MOBILIZE"]


def test_events_component_is_picklable() -> None:
    nlp = sitrep.pipeline.get_nlp()
    assert "sitrep_events" in nlp.pipe_names
    pickle.loads(pickle.dumps(nlp.get_pipe("sitrep_events")))


def test_events_seed_article_has_no_asserted_united_states_retreat(seed_text: str) -> None:
    x = sitrep.extract(seed_text)
    us = {e.id for e in x.entities if e.code == "US"}
    assert not [e for e in x.events if e.type == "RETREAT" and e.modality == "asserted" and set(e.actors) & us]
    assert {"AGREE", "RETREAT", "MOBILIZE", "ASSAULT", "CONSULT"} <= {e.type for e in x.events}
    assert all(x.text[e.evidence.start : e.evidence.end] == e.evidence.text for e in x.events)


def test_events_trigger_inside_a_name_is_not_an_event() -> None:
    text = "The Truce Monitoring Commission met the envoy in the capital on Monday."
    commission = entity(text, "E1", "organization", "Truce Monitoring Commission", "Truce Monitoring Commission")
    assert [e.type for e in events_of(text, entities=[commission])] == ["CONSULT"]


def test_events_promise_frames_what_is_promised() -> None:
    assert types("The allies promised to provide support for the coastal brigades.") == ["AGREE"]


def test_events_passive_subject_is_the_target_and_by_gives_the_actor() -> None:
    text = "Three Freedonian border guards were killed by Ostrovian rebels near the pass."
    ents = [
        entity(text, "E1", "group", "Freedonian border guards", "Freedonian border guards"),
        entity(text, "E2", "group", "Ostrovian rebels", "Ostrovian rebels"),
    ]
    event = only(events_of(text, entities=ents), "ASSAULT")
    assert event.actors == ["E2"] and event.targets == ["E1"]


def test_events_active_verb_keeps_its_subject_before_a_later_by() -> None:
    text = "Freedonia rejected calls by Ostrovia for new elections."
    ents = [
        entity(text, "E1", "country", "Freedonia", "Freedonia"),
        entity(text, "E2", "country", "Ostrovia", "Ostrovia"),
    ]
    event = only(events_of(text, entities=ents), "REJECT")
    assert event.actors == ["E1"] and "E1" not in event.targets


def test_events_addressed_subject_of_must_is_the_target() -> None:
    text = "Freedonia said on Monday that Ostrovia must return the captured helicopter."
    ents = [
        entity(text, "E1", "country", "Freedonia", "Freedonia"),
        entity(text, "E2", "country", "Ostrovia", "Ostrovia"),
    ]
    event = only(events_of(text, entities=ents), "REQUEST")
    assert event.actors == ["E1"] and event.targets == ["E2"]


def test_events_headline_to_do_is_planned() -> None:
    text = "Alliance to deploy 2,000 troops along the frontier\n\nThe ministers met on Tuesday in the capital.\n"
    events = sitrep.extract(text).events
    assert [(e.type, e.modality) for e in events if e.type == "MOBILIZE"] == [("MOBILIZE", "planned")]


def test_events_place_stands_for_its_government_when_nothing_else_is_the_subject() -> None:
    text = "Brevik rejected the mediator's offer on Tuesday."
    capital = entity(text, "E1", "place", "Brevik", "Brevik")
    assert only(events_of(text, entities=[capital]), "REJECT").actors == ["E1"]
    text = "Rebels in Ruritania blocked the main road to the port."
    country = entity(text, "E1", "country", "Ruritania", "Ruritania")
    event = only(events_of(text, entities=[country]), "PROTEST")
    assert event.actors == ["E1"]
    text = "Freedonian troops attacked a village in Ruritania."
    ents = [
        entity(text, "E1", "country", "Freedonia", "Freedonian"),
        entity(text, "E2", "country", "Ruritania", "Ruritania"),
    ]
    event = only(events_of(text, entities=ents), "ASSAULT")
    assert event.actors == ["E1"] and event.location == "E2" and "E2" not in event.actors


def test_events_coordinated_subjects_are_all_actors() -> None:
    text = "Ostrovia and Freedonia agreed on a prisoner exchange."
    ents = [
        entity(text, "E1", "country", "Ostrovia", "Ostrovia"),
        entity(text, "E2", "country", "Freedonia", "Freedonia"),
    ]
    assert only(events_of(text, entities=ents), "AGREE").actors == ["E1", "E2"]


def test_events_gaps_never_cross_a_comma_or_a_sentence() -> None:
    assert "RETREAT" in types("The plan would reduce the number of foreign troops.")
    assert "RETREAT" not in types("The plan would reduce costs, officials said, for troops.")
    assert "RETREAT" not in types("Officials want to reduce costs. Troops stay.")


def test_events_deaths_in_a_disaster_or_accident_are_not_an_assault() -> None:
    assert "ASSAULT" not in types("An earthquake killed twelve villagers in the mountains on Sunday.")
    assert "ASSAULT" not in types("Four workers were injured when a boiler exploded at the mill.")
    assert "ASSAULT" in types("Gunmen killed twelve villagers in the mountains on Sunday.")
    text = "Ostrovian militias attacked the relief convoy during the floods."
    militias = entity(text, "E1", "group", "Ostrovian militias", "Ostrovian militias")
    assert only(events_of(text, entities=[militias]), "ASSAULT").actors == ["E1"]  # someone did attack


def test_events_verb_word_after_a_determiner_is_a_noun_or_adjective() -> None:
    assert "ASSAULT" not in types("Medics evacuated the wounded from the village.")
    assert "ACCUSE" not in types("Reporters examined an alleged plot against the governor.")
    assert "AGREE" not in types("The lull is a sign of fatigue on both sides.")
    assert "ASSAULT" not in types("The depot has long been a target for smugglers.")
    assert "ASSAULT" in types("Shelling wounded three medics near the village.")
    assert "ASSAULT" in types("Rebels target the depot every night.")
    assert "ASSAULT" in types("The attack on the Iraqi depot lasted an hour.")  # listed as a noun too


def test_events_topic_after_that_is_not_an_event() -> None:
    assert "CONSULT" not in types("Officials stressed that negotiations on the border will be the main topic.")
    assert "CONSULT" in types("Officials stressed that negotiations with Iran on the border began on Monday.")


def test_events_embedded_question_is_not_denied() -> None:
    event = only(sitrep.extract("The minister did not say how many troops will be withdrawn.").events, "RETREAT")
    assert event.modality == "planned"
    event = only(sitrep.extract("The minister said the troops will not be withdrawn.").events, "RETREAT")
    assert event.modality == "negated"


def test_events_quoted_relative_clause_does_not_borrow_the_sentence_subject() -> None:
    text = 'Ruritania and Freedonia agreed on a partnership that "supports the coastal guards."'
    ents = [
        entity(text, "E1", "country", "Ruritania", "Ruritania"),
        entity(text, "E2", "country", "Freedonia", "Freedonia"),
    ]
    events = events_of(text, entities=ents)
    assert only(events, "AGREE").actors == ["E1", "E2"]
    assert not [e for e in events if e.type == "SUPPORT" and {"E1", "E2"} & set(e.actors)]


def test_events_must_with_no_one_asking_or_asked_is_not_a_request() -> None:
    assert "REQUEST" not in types("In the end, common sense must prevail over fear.")
    text = "Freedonia said that the border must stay open."
    freedonia = entity(text, "E1", "country", "Freedonia", "Freedonia")
    assert only(events_of(text, entities=[freedonia]), "REQUEST").actors == ["E1"]


# -- who did what to whom, read from the parse ----------------------------------------------------------------
def names_of(x: sitrep.Extraction, ids: list[str]) -> list[str]:
    entities = {e.id: e.name for e in x.entities}
    return [entities[i] for i in ids]


def test_events_relative_clause_passive_makes_its_noun_the_target() -> None:
    x = sitrep.extract("Iran mourned Qasem Soleimani, who was killed by a U.S. strike in Baghdad.")
    killing = only(x.events, "ASSAULT")
    assert "Iran" not in names_of(x, killing.actors)
    assert "Qasem Soleimani" in names_of(x, killing.targets)


def test_events_condemning_an_attack_does_not_make_the_condemner_the_attacker() -> None:
    x = sitrep.extract("Tunisia condemned the attack in Nice on Friday.")
    assert not [e for e in x.events if e.type == "ASSAULT" and "Tunisia" in names_of(x, e.actors)]
    assert "Tunisia" in names_of(x, only(x.events, "ACCUSE").actors)


def test_events_control_verb_lends_its_subject() -> None:
    x = sitrep.extract("The rebels vowed to attack the army base near Goma.")
    assert any(names_of(x, e.actors) == ["rebels"] for e in x.events)


def test_events_sport_and_business_senses_are_not_events() -> None:
    assert types("The striker attacked the ball and shot it into the net in the cup final.") == []
    assert types("Shares in the airline were hit by fears of a price war.") == []
    assert types("Leicester signed the winger from Bristol for the new season.") == []


def test_events_one_happening_in_headline_and_body_is_one_event_with_mentions() -> None:
    text = (
        "Militants attack army post near Gao\n\n"
        "Islamist militants attacked an army post near Gao on Sunday, the defence ministry said.\n"
    )
    x = sitrep.extract(text)
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    event = attacks[0]
    assert len(event.mentions) == 2 and event.mentions[0] == event.evidence
    assert event.evidence.start > text.index("\n")  # the body's clause is the evidence, the headline a mention
    assert all(x.text[m.start : m.end] == m.text for m in event.mentions)


def test_events_spec_mentions_and_evidence_are_clauses() -> None:
    x = sitrep.extract(example("wire-report.txt"))
    assert x.events
    for e in x.events:
        assert e.mentions and e.mentions[0] == e.evidence
        assert len(e.evidence.text.split()) > 2
        assert x.text[e.evidence.start : e.evidence.end] == e.evidence.text
    assert all("mentions" in v for v in x.to_dict()["events"])


def test_events_need_the_parser_and_say_so_when_it_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from sitrep.syntax import load_parser

    monkeypatch.setenv("SITREP_PARSER", str(tmp_path))
    load_parser.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="sitrep.components.events"):
            assert sitrep.extract("Insurgents attacked a checkpoint at dawn.").events == []
        assert "no parser weights" in caplog.text
    finally:
        monkeypatch.delenv("SITREP_PARSER")
        load_parser.cache_clear()


def test_events_seed_article_expected_events(seed_text: str) -> None:
    x = sitrep.extract(seed_text)

    def found(type_: str, modality: str, actors: set[str], *, target: str | None = None) -> bool:
        return any(
            e.type == type_ and e.modality == modality and actors <= set(names_of(x, e.actors))
            and (target is None or target in names_of(x, e.targets))
            for e in x.events
        )  # fmt: skip

    assert found("AGREE", "asserted", {"United States", "Iraq"})
    assert found("RETREAT", "planned", {"anti-ISIS coalition"})
    assert found("RETREAT", "possible", {"United States"})
    assert found("RETREAT", "negated", {"United States"})
    assert any(e.type == "MOBILIZE" and "United States" in names_of(x, e.actors) for e in x.events)
    assert found("ASSAULT", "asserted", {"Iranian-backed militia groups"}, target="United States")
    assert found("CONSULT", "asserted", {"United States", "Iraq"})
    assert found("MOBILIZE", "asserted", {"U.S. Army"})
    deadline = next(e for e in x.events if e.type == "RETREAT" and e.modality == "planned")
    assert next(t for t in x.times if t.id == deadline.time).until == "2025-09-30"


def _ev(start: int, type_: str = "ASSAULT", modality: str = "asserted", actors: tuple[str, ...] = ("E1",),
        time: str | None = None) -> Event:  # fmt: skip
    clause = Evidence(start, start + 10, "x" * 10)
    return Event("", type_, clause, actors=list(actors), time=time, modality=modality, mentions=[clause])


def test_events_merge_one_happening_and_keep_apart_what_differs() -> None:
    from sitrep.components.events.merge import merge

    body = lambda at: "headline" if at < 100 else "body"  # noqa: E731
    merged = merge([_ev(0), _ev(200, modality="reported"), _ev(300, time="T1")], {"T1": "2031-05-05"}, body)
    assert len(merged) == 1
    assert merged[0].evidence.start == 200 and [m.start for m in merged[0].mentions] == [200, 0, 300]
    assert merged[0].modality == "asserted"
    apart = merge(
        [_ev(0, time="T1"), _ev(200, time="T2"), _ev(300, modality="negated"), _ev(400, actors=("E2",))],
        {"T1": "2031-05-05", "T2": "2031-05-09"},
        body,
    )
    assert len(apart) == 4


def test_events_merge_keeps_apart_nested_clauses_of_two_releases() -> None:
    from sitrep.components.events.merge import merge

    body = lambda at: "body"  # noqa: E731
    outer = _ev(0, type_="CONCEDE", actors=())
    outer.targets = ["E3"]
    inner = _ev(5, type_="CONCEDE", actors=("E1",))
    inner.targets = ["E2"]
    assert len(merge([outer, inner], {}, body)) == 2  # "their release came hours after X freed prisoners"
    shelled = _ev(0, actors=("E1",))
    shelled.targets = ["E3"]
    wounding = _ev(5, actors=())
    wounding.targets = ["E2"]
    assert len(merge([shelled, wounding], {}, body)) == 1  # "shelled the town, wounding six civilians"


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        ("The detention of the activist by police sparked protests.", ["police"], ["activist"]),
        ("The two men were flown out of the valley, a police source said. Their release came a day after the "
         "government freed nine prisoners.", [], ["men"]),
    ],
)  # fmt: skip
def test_events_the_possessor_of_an_arrest_or_a_release_undergoes_it(
    text: str, actors: list[str], targets: list[str]
) -> None:
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    first = min((e for e in x.events if e.type in ("COERCE", "CONCEDE")), key=lambda e: e.evidence.start)
    assert [names[a] for a in first.actors] == actors and [names[t] for t in first.targets] == targets


def test_events_what_a_plan_allows_is_no_concession() -> None:
    assert "CONCEDE" not in types("Plans to allow the interior minister to hold suspects without charge face a vote.")
    assert "CONCEDE" in types("The four detainees have been allowed to meet their lawyers, officials said.")


def test_events_the_one_urged_to_help_is_who_helps() -> None:
    x = sitrep.extract("The president of Peru urged Chile and Bolivia to help Ecuador end the blockade.")
    names = {e.id: e.name for e in x.entities}
    assert sorted(names[a] for a in only(x.events, "AID").actors) == ["Bolivia", "Chile"]


def test_events_a_title_with_its_own_country_is_not_the_one_so_titled_before() -> None:
    text = "President Karel Vodan of Chile met reporters. The president of Peru urged Chile to end the blockade."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert "Karel Vodan" not in [names.get(a) for a in only(x.events, "REQUEST").actors]


def test_events_said_to_have_done_is_reported_not_planned() -> None:
    x = sitrep.extract("Young men are said to have assaulted dozens of women in a square.")
    assert [e.modality for e in x.events if e.type == "ASSAULT"] == ["reported"]


def _modality_of(words: list[str], heads: list[int], deps: list[str], tags: list[str], at: int) -> str:
    """The modality of word `at` (a noun, or a verb when tagged VB*) of a sentence parsed by hand (the lemma of a
    verb is its word less a final "ed" or "s")."""
    import spacy
    from spacy.tokens import Doc

    from sitrep.components.events.clause import Frame
    from sitrep.components.events.modality import Modality, ModalWords
    from sitrep.data_files import load_toml

    upos = {"NNP": "PROPN", "NNS": "NOUN", "NN": "NOUN", "TO": "PART", "DT": "DET", "IN": "SCONJ", "PRP": "PRON"}
    pos = [upos.get(t, "ADJ" if t == "JJ" else "VERB") for t in tags]
    lemmas = [w.removesuffix("ed").removesuffix("s") if t[:2] == "VB" else w for w, t in zip(words, tags, strict=True)]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    modality = Modality(ModalWords.from_data(load_toml("event_syntax.toml")))
    return modality.of(Frame(doc[at], verbal=tags[at].startswith("VB")), quoted=False, deadline=False)


def test_events_an_event_answered_is_going_on_however_planned_the_answer() -> None:
    words, tags = ["Iran", "vow", "to", "counter", "the", "drills"], ["NNP", "VBD", "TO", "VB", "DT", "NNS"]
    heads, deps = [1, 1, 3, 1, 5, 3], ["nsubj", "ROOT", "mark", "xcomp", "det", "obj"]
    assert _modality_of(words, heads, deps, tags, 5) == "asserted"  # the drills go on
    assert _modality_of(words, heads, deps, tags, 3) == "planned"  # the countering is vowed
    words[3] = "hold"  # "vowed to hold the drills": planned
    assert _modality_of(words, heads, deps, tags, 5) == "planned"


def test_events_a_past_verb_in_a_clause_of_time_happened() -> None:
    words = ["It", "was", "the", "first", "to", "come", "after", "Peru", "tested", "a", "bomb"]
    tags = ["PRP", "VBD", "DT", "JJ", "TO", "VB", "IN", "NNP", "VBD", "DT", "NN"]
    heads = [3, 3, 3, 3, 5, 3, 8, 8, 5, 10, 8]
    deps = ["nsubj", "cop", "det", "ROOT", "mark", "acl", "mark", "nsubj", "advcl", "det", "obj"]
    assert _modality_of(words, heads, deps, tags, 8) == "asserted"
    tags[8] = "VBP"  # "after Peru tests a bomb": not told as past
    assert _modality_of(words, heads, deps, tags, 8) == "planned"


def test_events_a_nationality_before_a_private_person_names_no_state() -> None:
    x = sitrep.extract("A Chilean court on Monday indicted a 16-year-old Peruvian girl for assault.")
    names = {e.id: e.name for e in x.entities}
    assert [names[t] for t in only(x.events, "ACCUSE").targets] == ["16-year-old Peruvian girl"]


def test_events_people_of_a_kind_in_a_relative_clause_tell_of_no_happening() -> None:
    generic = "The charity runs a shelter for girls and women who have been attacked or feel threatened."
    assert "ASSAULT" not in types(generic)
    assert "ASSAULT" in types("Rescuers reached the civilians who were wounded in the shelling of the port.")


def test_events_weapons_aimed_at_someone_are_aimed_by_who_fired_them() -> None:
    x = sitrep.extract("Iran fired rockets targeting U.S. troops in Iraq.")
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for a in only(x.events, "ASSAULT").actors] == ["Iran"]


def test_events_an_obligation_put_on_no_one_in_particular_is_no_demand() -> None:
    assert "REQUEST" not in types('Vodan told reporters: "I do not believe that anyone should be held without trial."')
    assert "REQUEST" not in types("The minister said no country should underestimate the resolve of Chile.")
    assert "REQUEST" in types("The minister said Peru should release the two fishermen.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Peruvian lawmakers called for the withdrawal of Chilean troops.", "Chile"),
        ("Protesters demanded the resignation of Prime Minister Karel Vodan.", "Karel Vodan"),
    ],
)
def test_events_a_demand_for_an_act_is_made_of_who_would_do_it(text: str, target: str) -> None:
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert target in [names[t] for t in only(x.events, "REQUEST").targets]


def test_events_weapons_provided_are_aid_weapons_sent_off_are_not() -> None:
    x = sitrep.extract("Germany will provide Ukraine with air defence systems.")
    names = {e.id: e.name for e in x.entities}
    aid = only(x.events, "AID")
    assert [names[a] for a in aid.actors] == ["Germany"] and [names[t] for t in aid.targets] == ["Ukraine"]
    assert "AID" not in types("North Korea threatened to send missiles into the waters off Guam.")


def test_events_a_purpose_after_their_own_act_is_the_subjects() -> None:
    x = sitrep.extract("Striking miners continued their sit-in to demand the resignation of Karel Vodan.")
    assert only(x.events, "REQUEST").actors


def test_events_a_sentence_whose_verb_was_read_as_an_adjective_is_parsed_again() -> None:
    x = sitrep.extract("Turkish warplanes struck Kurdish positions in northern Iraq overnight.")
    event = only(x.events, "ASSAULT")
    assert event.evidence.text.startswith("Turkish warplanes struck")


def test_events_a_court_that_rules_against_a_party_accuses_it() -> None:
    x = sitrep.extract("The Supreme Court of Chile ruled against the government on Tuesday.")
    names = {e.id: e.name for e in x.entities}
    assert [names[t] for t in only(x.events, "ACCUSE").targets] == ["government"]
    assert "ACCUSE" not in types("The referee ruled against the goal.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The aid agencies warned of starvation in the north.",  # a danger, no threat
        "The planes of the carrier will not be able to fly to Indonesia.",  # no one visits
        "A European Commission review was held in Brussels on November 28.",  # no one detained
        "Demonstrations demanding justice for two students killed in a crash are being held across the country.",
        "When Kim inspected the Strategic Rocket Forces five years ago, soldiers received cigarettes.",  # a visit
        "A first batch of F-16 jet fighters arrived in Baghdad on Monday from the United States.",  # aircraft
    ],
)
def test_events_senses_of_business_news_state_no_event(sentence: str) -> None:
    assert types(sentence) == []


def test_events_a_past_verb_read_as_a_noun_after_a_name_is_parsed_again() -> None:
    x = sitrep.extract("Sheriff Tom Roberts said officer David Nesheiwat shot and killed Phillip Pitts on Saturday.")
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, "ASSAULT")
    assert [names[a] for a in event.actors] == ["David Nesheiwat"]
    assert [names[t] for t in event.targets] == ["Phillip Pitts"]


def test_events_a_strike_carried_out_is_an_attack_even_denied() -> None:
    x = sitrep.extract("Israel denied carrying out the strike.")
    assert [(e.type, e.modality) for e in x.events] == [("ASSAULT", "negated")]
    assert "ASSAULT" not in types("The union launched a strike over pay on Monday.")


def test_events_a_verb_read_as_a_reduced_relative_before_its_own_object_is_parsed_again() -> None:
    text = (
        "Chilean army and allied fighters captured on Friday a key neighborhood in the countryside of the northern "
        "province of Arica, the Chilean army said in a statement."
    )
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, "ASSAULT")
    assert [names[a] for a in event.actors] == ["Chilean army", "allied fighters"] and not event.targets
    x = sitrep.extract("Soldiers killed in the attack were buried on Friday, officials said.")
    names = {e.id: e.name for e in x.entities}
    assert [names[t] for t in only(x.events, "ASSAULT").targets] == ["Soldiers"]


def test_events_a_verb_after_to_read_as_an_adjective_is_parsed_again() -> None:
    x = sitrep.extract("Government forces captured the port as they pushed to oust Huthi rebels from the coast.")
    names = {e.id: e.name for e in x.entities}
    ousted = [e for e in x.events if "oust" in e.evidence.text and e.evidence.text.startswith("they")]
    assert [[names[t] for t in e.targets] for e in ousted] == [["Huthi rebels"]] and not ousted[0].actors


def test_events_a_verb_read_as_a_modifier_is_no_word_of_a_party_name() -> None:
    x = sitrep.extract("Police detain protesters during a protest against the jailing of a journalist in Lima.")
    names = {e.id: e.name for e in x.entities}
    assert [names[t] for t in only(x.events, "COERCE").targets] == ["protesters"]
    x = sitrep.extract("Liberian riot police used tear gas to disperse demonstrators.")
    assert "riot police" in {e.name for e in x.entities}


def test_events_he_after_an_attribution_is_the_speaker() -> None:
    text = "The budget was all about the Labour party, the Tory leader said. He went on to accuse Karel Vodan of lies."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for a in only(x.events, "ACCUSE").actors] == ["Tory leader"]


def test_events_it_never_stands_for_a_plural_name() -> None:
    text = (
        "Houthi rebels seized the tanker near the coast, and the navy said it was towed to Hodeidah by the rebels "
        "on Monday after it was attacked."
    )
    x = sitrep.extract(text)
    assert all(not e.targets for e in x.events)


def test_events_holding_someone_responsible_is_an_accusation() -> None:
    x = sitrep.extract("Officials were cautious about holding the militia responsible for the attack.")
    assert "ACCUSE" in [e.type for e in x.events] and "COERCE" not in [e.type for e in x.events]


def test_events_a_participle_after_a_relative_clause_is_the_main_clauses() -> None:
    text = (
        "Two gunmen opened fire today in a hospital in Lima where a Chilean militant was brought for treatment, "
        "escaping with the high-profile prisoner and killing two police officers."
    )
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert all("Chile" not in [names.get(a) for a in e.actors] for e in x.events)
    assert any("gunmen" in [names.get(a) for a in e.actors] and e.targets for e in x.events)


def test_events_verb_trigger_used_as_a_plain_noun_is_no_event() -> None:
    text = "Rebel commanders said the truce was a stab in the back for the villagers of Ostrava."
    assert "SUPPORT" not in types(text)
    freed = "Their release came a day after the government freed nine prisoners."
    assert "CONCEDE" in types(freed)


def test_events_participle_of_a_decree_takes_the_author_as_actor() -> None:
    text = "On Monday the interior minister Karel Vodan signed a decree banning all rallies in the capital."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, "COERCE")
    assert [names[a] for a in event.actors] == ["Karel Vodan"]
    assert "AGREE" not in [e.type for e in x.events]


def _roles(text: str, type_: str) -> tuple[list[str], list[str]]:
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, type_)
    return [names[a] for a in event.actors], [names[t] for t in event.targets]


def test_events_headline_verb_read_as_a_noun_is_parsed_again() -> None:
    text = (
        "Halvorsen launches attack on Mirecki\n\n"
        "Senator Anna Halvorsen criticised Defence Minister Piotr Mirecki over the troop cuts on Tuesday."
    )
    actors, targets = _roles(text, "ACCUSE")
    assert actors == ["Anna Halvorsen"] and targets == ["Piotr Mirecki"]


def test_events_headline_bare_participle_is_passive() -> None:
    text = "Act on the court ruling, Italy urged\n\nThe United Nations asked Italy to free the prisoners."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    request = only(x.events, "REQUEST")
    assert any(m.start == 0 for m in request.mentions)
    assert [names[t] for t in request.targets] == ["Italy"] and "Italy" not in [names[a] for a in request.actors]


def test_events_reduced_relative_with_an_object_is_active() -> None:
    text = "The old regime fell in 2011 after a French-led coalition ousted President Karim Aldo."
    actors, targets = _roles(text, "ASSAULT")
    assert actors and "Karim Aldo" not in actors and targets == ["Karim Aldo"]


def test_events_conjunct_of_a_copular_clause_shares_its_subject() -> None:
    text = "Chile is one of the loudest critics of Peru's fishing fleet and has accused Peru of poaching."
    actors, targets = _roles(text, "ACCUSE")
    assert actors == ["Chile"] and targets == ["Peru"]


def test_events_place_phrase_is_no_by_phrase() -> None:
    text = "The pilot was shot down over Belgrade in 1999, Serbian officials said."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert all("Belgrade" not in [names[a] for a in e.actors] for e in x.events)


def test_events_agreeing_with_an_opinion_or_dealing_with_a_threat_is_no_agreement() -> None:
    assert "AGREE" not in types('Defence Minister Piotr Mirecki said: "I agree with Senator Anna Halvorsen."')
    assert "AGREE" not in types("Chile must deal with the threat from Peru's navy, the minister said.")
    assert "AGREE" in types("Chile and Peru agreed in principle on Monday to hold talks on the border.")


def test_events_troops_leaving_a_country_is_a_withdrawal() -> None:
    actors, targets = _roles("The ministry said Chilean troops would be leaving Peru within weeks.", "RETREAT")
    assert actors == ["Chile"] and targets == ["Peru"]
    assert "RETREAT" not in types("The troops left behind their vehicles and a field hospital.")


def test_events_counted_people_arrested_are_an_unnamed_group() -> None:
    x = sitrep.extract("Police said 40 suspected forgers were arrested near the port of Valparaiso on Friday.")
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, "COERCE")
    assert [names[t].split()[-1] for t in event.targets] == ["forgers"]
    rockets = sitrep.extract("Rebels fired 12 rockets at the airport of Valparaiso on Friday.")
    assert all("rockets" not in e.name for e in rockets.entities)


def test_events_passive_participle_after_a_preposition_takes_the_subject() -> None:
    text = "The reporter Amal Yusuf died in Aden on Tuesday after being shot in her car."
    _actors, targets = _roles(text, "ASSAULT")
    assert targets == ["Amal Yusuf"]


def test_events_noun_of_a_trigger_tagged_as_a_verb_is_read_as_a_noun() -> None:
    assert "MOBILIZE" in types("North Korea conducted a missile launch over the sea early on Tuesday.")


def test_events_verb_that_is_a_business_or_film_cue_only_as_a_noun_keeps_the_event() -> None:
    text = "A military court in Lima indicted Carla Ruiz, who was filmed slapping two Peruvian soldiers."
    assert "ACCUSE" in types(text)
    assert "ACCUSE" not in types("The film's producer accused the studio of cutting the final scene.")


BODY = "\n\nThe statement was read out on state radio on Monday evening."


@pytest.mark.parametrize(
    ("headline", "type_", "actors", "targets"),
    [
        ("Rebels free 12 hostages", "CONCEDE", ["Rebels"], ["hostages"]),
        ("Hostages freed in jungle raid", "CONCEDE", [], ["Hostages"]),
        ("Police arrest 40 protesters after clashes in capital", "COERCE", ["Police"], ["protesters"]),
        ("Chile, Peru sign fisheries pact", "AGREE", ["Chile", "Peru"], []),
        ("Oslo condemns attack on aid convoy", "ACCUSE", ["Norway"], []),  # a capital that acts is its country
    ],
)
def test_events_headline_the_parser_misreads_is_read_by_its_own_grammar(
    headline: str, type_: str, actors: list[str], targets: list[str]
) -> None:
    """The parser reads these headlines' verbs as nouns or adjectives; the headline grammar finds subject,
    verb and object (and a bare participle stays passive)."""
    x = sitrep.extract(headline + BODY)
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, type_)
    assert [names[a] for a in event.actors] == actors and [names[t] for t in event.targets] == targets
    if type_ == "ACCUSE":
        assert "ASSAULT" not in [e.type for e in x.events]  # condemning an attack makes no one the attacker


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Chilean air strikes killed 12 people in the border town on Monday.", "Chile"),
        ("An army attack killed nine villagers near the river.", "army"),
    ],
)
def test_events_who_attacks_is_named_on_the_weapon_or_attack_noun(sentence: str, actor: str) -> None:
    actors, _targets = _roles(sentence, "ASSAULT")
    assert actors == [actor]


def test_events_participle_with_a_named_by_phrase_is_passive() -> None:
    actors, targets = _roles("The three sailors freed by Iran arrived home on Sunday.", "CONCEDE")
    assert actors == ["Iran"] and targets == ["sailors"]
    actors, targets = _roles("The rebels attacked by night and withdrew at dawn.", "ASSAULT")
    assert actors == ["rebels"] and targets == []  # "by night" names no agent


@pytest.mark.parametrize(
    ("sentence", "type_", "actors", "targets"),
    [
        ("Chile said it would pull 3,000 soldiers out of the region.", "RETREAT", ["Chile"], []),
        ("Peruvian troops left Chile in 2011.", "RETREAT", ["Peru"], ["Chile"]),
        ("Ankara sent three destroyers to the strait.", "MOBILIZE", ["Turkey"], []),
    ],
)
def test_events_a_movers_own_units_are_never_its_target(
    sentence: str, type_: str, actors: list[str], targets: list[str]
) -> None:
    assert _roles(sentence, type_) == (actors, targets)


def test_events_unnamed_agent_keeps_the_moved_troops_out_of_the_actors() -> None:
    x = sitrep.extract("The defence secretary backed a plan on Tuesday to cut 2,000 troops from the garrison.")
    names = {e.id: e.name for e in x.entities}
    assert all("troops" not in [names[a] for a in event.actors] for event in x.events)


@pytest.mark.parametrize(
    ("sentence", "actors", "targets"),
    [
        ("Twelve civilians died in a Chilean missile strike on the market.", ["Chile"], ["civilians"]),
        ("Five fighters were killed in an Israeli raid on the camp.", ["Israel"], ["fighters"]),
        ("Three soldiers were killed in an ambush by insurgents.", ["insurgents"], ["soldiers"]),
    ],
)
def test_events_people_killed_in_an_operation_name_who_carried_it_out(
    sentence: str, actors: list[str], targets: list[str]
) -> None:
    assert _roles(sentence, "ASSAULT") == (actors, targets)


def test_events_an_accident_people_died_in_is_no_attack() -> None:
    assert types("Four miners died in a blast at the coal mine on Tuesday.") == []


def test_events_figurative_fights_and_plural_attacks() -> None:
    assert types("We have to fight terrorism with all our means, the minister said.") == []
    assert types("The package is aimed at curbing the budget deficit.") == []
    actors, targets = _roles("Osama bin Laden orchestrated the 2001 attacks on the United States.", "ASSAULT")
    assert actors == ["Osama bin Laden"] and targets == ["United States"]  # plural attacks are no criticism


def test_events_weapons_fired_into_the_sea_are_a_test_and_a_claimed_attack_has_its_claimant() -> None:
    assert types("North Korea fired two ballistic missiles into the sea off its east coast.") == ["MOBILIZE"]
    assert types("Hamas fired rockets into southern Israel on Friday.") == ["ASSAULT"]
    actors, _targets = _roles("Houthi rebels claimed responsibility for the drone attack on the refinery.", "ASSAULT")
    assert actors == ["Houthis"]


def test_events_an_irregular_past_the_parser_hung_on_a_noun_is_the_verb() -> None:
    actors, _targets = _roles("Turkish warplanes struck Kurdish positions in northern Iraq overnight.", "ASSAULT")
    assert actors == ["Turkey"]


def test_events_a_site_never_acts() -> None:
    event = only(sitrep.extract("Guantanamo Bay holds 40 detainees, the ministry said.").events, "COERCE")
    assert event.actors == [] and event.targets


def test_events_an_attack_carried_out_by_a_party_names_it_and_its_clause_is_the_evidence() -> None:
    x = sitrep.extract("The attack, which killed 14 people, was carried out by al-Shabaab, police said.")
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, "ASSAULT")
    assert [names[a] for a in event.actors] == ["al-Shabaab"] and [names[t] for t in event.targets] == ["people"]
    strike = only(sitrep.extract("A Chilean drone strike killed a rebel commander in the valley.").events, "ASSAULT")
    assert "killed a rebel commander" in strike.evidence.text  # the clause, not the noun that opens it


def test_events_typographic_apostrophes_are_read_as_plain_ones() -> None:
    x = sitrep.extract("Chile hasn’t fired a missile for 60 days.")
    assert [(e.type, e.modality) for e in x.events] == [("MOBILIZE", "negated")]


def test_events_protests_against_a_party_are_aimed_at_it() -> None:
    actors, targets = _roles("Thousands joined protests against President Karel Vodan in the capital.", "PROTEST")
    assert actors == [] and targets == ["Karel Vodan"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents who feel threatened can call the hotline.",  # a state, not a threat
        "The footage of the parade was released on state television on Monday.",  # no party set anything free
    ],
)
def test_events_states_and_things_are_no_events(sentence: str) -> None:
    assert types(sentence) == []


def test_events_coordinated_passives_share_their_by_phrase() -> None:
    actors, targets = _roles("Dozens of shoppers were assaulted and robbed by gangs of men in the market.", "ASSAULT")
    assert actors == ["men"] and targets == ["shoppers"]
    actors, targets = _roles("Several villagers were abducted and beaten up by militiamen last week.", "ASSAULT")
    assert actors == ["militiamen"] and targets == ["villagers"]


def test_events_coordinated_verbs_share_their_object() -> None:
    actors, targets = _roles("The militants captured and killed three soldiers near the border.", "ASSAULT")
    assert actors == ["militants"] and targets == ["soldiers"]


def test_events_a_relation_named_with_a_possessive_is_someone_else() -> None:
    actors, targets = _roles("Karel Vodan killed his wife at their home on Monday, police said.", "ASSAULT")
    assert actors == ["Karel Vodan"] and targets == ["wife"]


def test_events_headline_in_title_case_is_read_in_lower_case() -> None:
    text = "Police Arrest Three Men After Deadly Attack On Mosque\n\nThe attack happened on Friday."
    actors, targets = _roles(text, "COERCE")
    assert actors == ["Police"] and targets == ["Men"]


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        ("Vodan calls for exit plans\n\nKarel Vodan spoke in Leeds on Monday.", ["Karel Vodan"], []),
        ("Chile urged to end the blockade\n\nThe talks resume on Monday.", [], ["Chile"]),
        ("End the blockade, Chile urged\n\nThe talks resume on Monday.", [], ["Chile"]),
    ],
)
def test_events_headline_verbs_keep_their_voice(text: str, actors: list[str], targets: list[str]) -> None:
    assert _roles(text, "REQUEST") == (actors, targets)


def test_events_clashes_that_erupted_between_two_sides_name_both() -> None:
    event = only(sitrep.extract("Clashes erupted between police and protesters in the capital.").events, "ASSAULT")
    assert len(event.actors) == 2 and event.targets == []


def test_events_a_plural_pronoun_with_an_unnamed_party_nearer_is_not_the_entity() -> None:
    text = (
        "Chile opened a shelter in Leeds for women who had fled the city. "
        "Police said gangs of men had attacked them near the station."
    )
    event = only(sitrep.extract(text).events, "ASSAULT")
    names = {e.id: e.name for e in sitrep.extract(text).entities}
    assert "Chile" not in [names.get(t) for t in event.targets]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Peru kept testing rockets despite warnings from Chile. It fired two more rockets on Monday.", "Peru"),
        ("Hamas shelled the port held by Chile. It then shelled the airport.", "Hamas"),
    ],
)
def test_events_a_pronoun_opening_a_sentence_stands_for_the_subject_before(text: str, actor: str) -> None:
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    last = max(x.events, key=lambda e: e.evidence.start)
    assert [names[a] for a in last.actors] == [actor]


def test_events_a_killing_that_was_the_means_of_a_purpose_happened() -> None:
    x = sitrep.extract("The army acted to protect the border by killing the rebel commander, officials said.")
    assert [e.modality for e in x.events if e.type == "ASSAULT"] == ["reported"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The gunman crashed his car through a gate and marched toward the classrooms.",  # one person marching
        "The doctor said it was a shot in the heart.",  # "it" names no one who shot
    ],
)
def test_events_a_lone_marcher_and_an_expletive_subject_make_no_event(sentence: str) -> None:
    assert types(sentence) == []


def test_events_a_contracted_had_is_no_hedge() -> None:
    x = sitrep.extract("By the time police shot him dead, the gunman’d killed five people in the mall.")
    assert "planned" not in [e.modality for e in x.events]
    x = sitrep.extract("Karel Vodan said he’d killed five people in the mall.")
    assert [e.modality for e in x.events if e.type == "ASSAULT"] == ["reported"]


def test_events_a_news_agency_reports_and_never_acts() -> None:
    actors, _targets = _roles("AP:Associated Press Chile fired a ballistic missile from its capital.", "MOBILIZE")
    assert actors == ["Chile"]


def test_events_the_target_of_an_attack_is_its_target() -> None:
    actors, targets = _roles("Chile was the target of a cyber attack by Peru on Sunday.", "ASSAULT")
    assert actors == ["Peru"] and targets == ["Chile"]


def test_events_blows_at_people_are_assaults_and_a_kicked_ball_is_not() -> None:
    actors, targets = _roles("Police said a man punched two officers outside the station.", "ASSAULT")
    assert actors == ["man"] and targets == ["officers"]
    assert types("The striker kicked the ball into the net.") == []


def test_events_a_by_phrase_the_parser_hung_on_the_noun_before_names_the_killers() -> None:
    text = "Witness videos reveal a pattern of unlawful killings by Ostrovian security forces, the group said."
    actors, _targets = _roles(text, "ASSAULT")
    assert actors == ["Ostrovian security forces"]


def test_events_people_hurt_after_a_shooting_were_hurt_by_it() -> None:
    assert _roles("Four people were hurt, one badly, after a shooting near the stadium.", "ASSAULT") == ([], ["people"])


def test_events_a_person_before_a_verb_the_parser_read_as_a_noun_in_a_headline() -> None:
    text = "Vodan attacks 'spend now' plan\n\nKarel Vodan spoke in Leeds on Monday."
    assert _roles(text, "ACCUSE") == (["Karel Vodan"], [])


def test_events_a_subject_that_is_to_target_something_is_no_target() -> None:
    assert _roles("The rebel group is to target army convoys in the north.", "ASSAULT") == (
        ["rebel group"],
        ["army convoys"],
    )
    assert types("A veterans' campaign group is to target nine marginal seats at the election.") == []


def test_events_the_city_of_a_place_is_that_place() -> None:
    assert _roles("Ostrovian missiles targeted the city of Odesa overnight.", "ASSAULT")[1] == ["Odesa"]


def test_events_a_participle_with_an_object_hung_on_a_noun_is_that_nouns_verb() -> None:
    actors, _targets = _roles("Chilean tanks fired four shells at houses in Arica, witnesses said.", "ASSAULT")
    assert actors == ["Chile"]


def test_events_freeing_a_place_releases_no_one() -> None:
    text = "The army launched an offensive to free the province of Anbar from the militants."
    assert "CONCEDE" not in types(text)
    assert "CONCEDE" in types("The rebels freed two aid workers on Sunday.")


def test_events_people_injured_in_a_stampede_were_not_attacked() -> None:
    text = "The stampede, which happened in Arica, left at least 30 dead and over 100 people injured, officials said."
    assert "ASSAULT" not in types(text)


def test_events_a_gerund_hung_on_a_place_is_done_by_the_one_seen_doing_it() -> None:
    text = "The court charged a Chilean student who was filmed last week in Arica slapping two police officers."
    actors, _targets = _roles(text, "ASSAULT")
    assert "Arica" not in actors


def test_events_a_pronoun_after_since_or_after_is_no_reporter() -> None:
    text = "Chile has held Maria Lenz since arresting her two days after she was filmed punching a guard."
    assert _roles(text, "ASSAULT") == (["Maria Lenz"], ["guard"])


def test_events_a_party_word_that_modifies_a_thing_is_no_actor() -> None:
    text = "Officials said their forces had shot down a Chilean passenger jet near Arica, blaming human error."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert "ACCUSE" in [e.type for e in x.events]  # the blaming is read, by someone else than the passengers
    assert all("passenger" not in names.get(a, "") for e in x.events for a in e.actors)


def test_events_released_footage_releases_no_one() -> None:
    assert types("The footage released on Chilean television shows the launch of a rocket.") == []


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The government backed down over plans to hold suspects after a revolt by its own MPs.", "government"),
        ("Ministers made a U-turn on the card scheme after pressure from backbenchers.", "Ministers"),
        ("The cabinet has dropped plans to let the minister impose curfews.", "cabinet"),
        ("The prime minister bowed to pressure from peers over the bill.", "prime minister"),
    ],
)
def test_events_a_government_that_gives_way_concedes(sentence: str, actor: str) -> None:
    assert _roles(sentence, "CONCEDE") == ([actor], [])


def test_events_those_who_condemn_a_decision_did_not_make_it() -> None:
    x = sitrep.extract("Rights groups condemned the decision to hold the men without charge.")
    assert [e.actors for e in x.events if e.type == "COERCE"] == [[]]


def test_events_foreign_nationals_are_people() -> None:
    assert _roles("Eleven foreign nationals are being held at a prison without charge.", "COERCE")[1] != []


def test_events_political_parties_act() -> None:
    assert _roles("The Tories threatened to vote against the plans.", "THREATEN")[0] == ["Conservative Party"]


def test_events_verbs_that_double_their_last_consonant_are_matched_in_the_past() -> None:
    assert "ACCUSE" in types("Karel Vodan slammed the plan on Monday.")
    assert "CONCEDE" in types("The cabinet scrapped plans to extend the curfew.")


def test_events_whose_plan_is_criticised_is_the_target() -> None:
    assert _roles("Karel Vodan criticised the home secretary's proposals.", "ACCUSE") == (
        ["Karel Vodan"],
        ["home secretary"],
    )
    assert _roles("Karel Vodan lashed out at Ana Bell over the curfew.", "ACCUSE") == (["Karel Vodan"], ["Ana Bell"])


def test_events_the_objects_possessive_is_the_subjects_own() -> None:
    text = "Karel Vodan met Ana Bell in Leeds. The minister defended his decision to keep the curfew."
    assert _roles(text, "SUPPORT") == (["minister"], [])


def test_events_a_rule_stated_in_the_passive_asks_no_one() -> None:
    assert types("Under the bill, such orders must be issued by the minister.") == []


def test_events_an_obligation_in_a_quote_is_asked_by_its_speaker() -> None:
    text = '"These detainees should be tried in court," said Karel Vodan, the spokesman of the party.'
    assert _roles(text, "REQUEST") == (["Karel Vodan"], ["detainees"])


def test_events_a_subject_before_the_subordinator_is_not_the_clauses_own() -> None:
    text = "American tourist Karel Vodan woken by sirens after North Korea launches missile"
    assert _roles(text, "MOBILIZE")[0] == ["North Korea"]


def test_events_a_headline_subject_hung_across_a_preposition_is_the_noun_before_it() -> None:
    text = "Migrants In Chile Accused Of Coordinated Robberies\n\nPolice are looking into dozens of thefts in Arica."
    assert _roles(text, "ACCUSE") == ([], ["Migrants"])


def test_events_a_weapon_named_again_is_no_aim() -> None:
    text = "Chile Launches Another Missile, This One Over Peru\n\nChile conducted a missile launch over Peru on Monday."
    assert types(text) == ["MOBILIZE"]


def test_events_a_title_before_a_name_is_no_other_party() -> None:
    text = "Hundreds joined protests against President-elect Karel Vodan in the capital on Sunday."
    assert "President" not in _roles(text, "PROTEST")[1]


def test_events_people_who_died_during_protests_were_not_hurt_by_them() -> None:
    assert _roles("Three people died during protests against the government in the capital.", "PROTEST") == (
        [],
        ["government"],
    )


def test_events_an_authority_that_reports_an_arrest_in_the_passive_made_it() -> None:
    assert _roles("Police said 40 protesters were detained overnight in Arica.", "COERCE") == (
        ["Police"],
        ["protesters"],
    )
    assert _roles("Chile said two hostages were freed on Sunday.", "CONCEDE") == (["Chile"], ["hostages"])
    assert _roles("Amnesty International said 40 protesters were detained in Arica.", "COERCE")[0] == []


def test_events_defending_a_policy_is_support() -> None:
    text = "Vodan defends terror law changes\n\nKarel Vodan spoke in Leeds on Monday."
    assert _roles(text, "SUPPORT") == (["Karel Vodan"], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Peers vowed to defeat the anti-terror bill.",
        "Senate Republicans blocked the resolution on Tuesday.",
        "The opposition voted down the government's plans.",
    ],
)
def test_events_defeating_or_blocking_a_bill_rejects_it(sentence: str) -> None:
    assert "REJECT" in types(sentence)


@pytest.mark.parametrize(
    ("sentence", "actors", "targets"),
    [
        ("Karel Vodan has faced criticism from his own backbenchers over the bill.", ["backbenchers"], ["Karel Vodan"]),
        ("The home secretary came under heavy criticism from peers on Tuesday.", ["peers"], ["home secretary"]),
    ],
)
def test_events_one_who_faces_criticism_is_its_target(sentence: str, actors: list[str], targets: list[str]) -> None:
    assert _roles(sentence, "ACCUSE") == (actors, targets)


def test_events_a_speaker_who_says_there_will_be_none_rules_out_their_own_act() -> None:
    event = only(sitrep.extract("Karel Vodan said there could be no concession on the bill.").events, "CONCEDE")
    assert event.modality == "negated" and event.actors
    assert "ASSAULT" not in types("Police said there was no attack on the station.")


def test_events_a_title_alone_is_the_one_person_the_article_gave_it() -> None:
    text = "Home Secretary Karel Vodan spoke in Leeds on Monday. Later the home secretary defended his decision."
    assert _roles(text, "SUPPORT") == (["Karel Vodan"], [])


def test_events_a_place_after_in_is_where_not_whom_even_when_misparsed() -> None:
    _actors, targets = _roles("A gunman opened fire in downtown Seattle on Friday and wounded two people.", "ASSAULT")
    assert "Seattle" not in targets


def test_events_a_second_past_verb_after_and_read_as_an_adjective_is_parsed_again() -> None:
    text = "A gunman opened fire in downtown Denver on Wednesday night following an argument and wounded five people."
    _actors, targets = _roles(text, "ASSAULT")
    assert targets == ["people"]


@pytest.mark.parametrize(
    ("sentence", "type_", "target"),
    [
        ("Masked men kidnapped a Canadian in the south of the country.", "COERCE", "Canadian"),
        ("Bandits kidnapped two Norwegians near the border.", "COERCE", "Norwegians"),
        ("Gunmen seized a Dutch engineer at the oil field.", "COERCE", "Dutch engineer"),
        ("The explosion killed four Afghan civilians on Sunday.", "ASSAULT", "Afghan civilians"),
    ],
)
def test_events_people_named_by_their_nationality_are_not_their_state(sentence: str, type_: str, target: str) -> None:
    _actors, targets = _roles(sentence, type_)
    assert targets == [target]


def test_events_a_state_with_an_adjective_and_an_article_is_still_the_state() -> None:
    actors, _targets = _roles("A defiant Iran then fired two missiles at the tanker.", "ASSAULT")
    assert actors == ["Iran"]


def test_events_a_capitalised_party_word_opening_a_sentence_acts() -> None:
    actors, _targets = _roles("Militants kidnapped a Briton in Mali.", "COERCE")
    assert actors == ["Militants"]


def test_events_a_time_after_since_is_no_subject_and_the_keeper_frees() -> None:
    actors, targets = _roles("Two journalists held by rebels since May were freed on Sunday.", "CONCEDE")
    assert (actors, targets) == (["rebels"], ["journalists"])


def test_events_a_participle_read_as_the_sentences_verb_describes_the_noun_before_it() -> None:
    text = "Three aid workers kidnapped by pirates were released after a ransom was paid."
    assert _roles(text, "COERCE") == (["pirates"], ["aid workers"])


def test_events_people_flown_somewhere_visit_no_one() -> None:
    assert types("Two soldiers wounded in the blast were flown to a hospital in Germany.") == []


def test_events_a_word_in_scare_quotes_does_not_end_the_clause_before_a_verb() -> None:
    text = 'On Sunday, officials from Iran admitted their government had "mistakenly" shot down a passenger jet.'
    assert _roles(text, "ASSAULT") == (["Iran"], [])  # not the jet's passengers either


def test_events_the_maker_of_a_decision_is_named_by_its_by_phrase() -> None:
    text = "The senator condemned the decision by Russia to expel the diplomats."
    assert _roles(text, "ACCUSE") == (["senator"], ["Russia"])
    assert _roles(text, "SANCTION")[0] == ["Russia"]


def test_events_attacking_a_plan_is_criticism_and_the_critics_plan_nothing() -> None:
    x = sitrep.extract("Opposition leaders attacked a plan by the interior ministry to deport the migrants.")
    names = {e.id: e.name for e in x.entities}
    assert "ASSAULT" not in [e.type for e in x.events]
    assert all(names.get(a) != "Opposition leaders" for e in x.events if e.type == "COERCE" for a in e.actors)


def test_events_a_gathering_of_people_acts_as_those_people() -> None:
    text = "On Friday, a meeting of several defence ministers in Oslo condemned the missile test."
    assert _roles(text, "ACCUSE")[0] == ["defence ministers"]


def test_events_a_site_named_with_a_party_word_is_that_partys() -> None:
    assert _roles("Insurgents attacked army positions near the river.", "ASSAULT") == (["Insurgents"], ["army"])


def test_events_a_verb_joined_after_an_adverbial_clause_shares_that_clauses_subject() -> None:
    text = (
        "On Monday, diplomats criticised the pact in which Turkey and Libya agreed on sea borders in the region and "
        "allowed Turkish army deployments in Libya."
    )
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert all(names.get(a) != "diplomats" for e in x.events if e.type == "CONCEDE" for a in e.actors)


@pytest.mark.parametrize(
    ("sentence", "type_", "target"),
    [
        ("Pakistan threatened to break off diplomatic relations with Norway over the dispute.", "THREATEN", "Norway"),
        ("Washington threatened to impose new sanctions on Iran.", "THREATEN", "Iran"),
        ("The junta is refusing to lift the curfew on villagers living near the border.", "REJECT", "villagers"),
    ],
)
def test_events_a_threat_or_refusal_aims_at_what_its_act_aims_at(sentence: str, type_: str, target: str) -> None:
    assert _roles(sentence, type_)[1] == [target]


def test_events_threatening_to_use_force_threatens_no_force() -> None:
    assert _roles("The army threatened to use force.", "THREATEN")[1] == []


def test_events_rejecting_an_offer_from_someone_rejects_them() -> None:
    text = "Pakistan rejected a fresh offer from Afghanistan for direct talks."
    assert _roles(text, "REJECT") == (["Pakistan"], ["Afghanistan"])


def test_events_what_is_taken_is_taken_from_someone() -> None:
    assert _roles("Government troops recaptured the town from the rebels on Sunday.", "ASSAULT")[1] == ["rebels"]


def test_events_a_speaker_closing_the_sentence_is_no_apposition_of_the_victims() -> None:
    text = (
        "Riot police sexually assaulted female protesters with impunity, a human rights organization charged on Monday."
    )
    assert _roles(text, "ASSAULT")[1] == ["female protesters"]


def test_events_things_seized_in_the_passive_were_seized_by_the_authority_that_says_so() -> None:
    assert _roles("Police said rifles and grenades were seized during the raids.", "COERCE") == (["Police"], [])


def test_events_abusing_people_is_an_attack_abusing_power_is_not() -> None:
    text = "Militia fighters abused women and children fleeing the fighting."
    assert _roles(text, "ASSAULT") == (["Militia fighters"], ["women", "children"])
    assert types("The governor abused his power, critics said.") == []


def test_events_prisoners_named_by_their_group_are_that_groups() -> None:
    assert _roles("The government freed three Taliban prisoners on Monday.", "CONCEDE")[1] == ["Taliban"]


def test_events_troops_from_a_country_are_that_countrys() -> None:
    assert _roles("Troops from Chad attacked the village on Monday.", "ASSAULT")[0] == ["Chad"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader John Smith said it was not possible to overstate the importance of the verdict and urged "
        "the government to release the prisoners.",
        "The senator said there was no reason for delay and urged the government to release the prisoners.",
    ],
)
def test_events_a_verb_joined_to_a_reported_clause_with_no_subject_is_the_reporters_act(sentence: str) -> None:
    actors, targets = _roles(sentence, "REQUEST")
    assert actors and actors[0] in ("John Smith", "senator") and targets == ["government"]


def test_events_a_company_named_by_its_country_is_the_company_not_the_state() -> None:
    actors, _ = _roles("A Turkish company has pulled out of a contract to rebuild the bridge after attacks.", "RETREAT")
    assert actors == ["Turkish company"]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("North Korea has conducted dozens of missile tests under its young leader.", "MOBILIZE"),
        ("The general will decide when to launch a missile test.", "MOBILIZE"),
        ("Militants fired dozens of rockets at the border town, drawing artillery strikes.", "ASSAULT"),
        ("Militants fired dozens of rockets into the border town.", "ASSAULT"),
    ],
)
def test_events_a_weapon_fired_is_an_attack_only_where_the_clause_names_its_aim(sentence: str, type_: str) -> None:
    assert [e.type for e in sitrep.extract(sentence).events] == [type_]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Police beat protesters in the capital on Monday.", True),
        ("A prison guard was beaten by inmates on Monday.", True),
        ("Liverpool beat Chelsea 2-1 on Sunday.", False),
        ("Spain beat Russia in the final.", False),
    ],
)
def test_events_beating_is_an_assault_only_on_people(sentence: str, found: bool) -> None:
    assert [e.type for e in sitrep.extract(sentence).events] == (["ASSAULT"] if found else [])


def test_events_a_past_clause_of_time_stays_past_after_a_future_verb() -> None:
    text = "Many will condemn the ruling and were angered when a guard was beaten by inmates last week."
    assert [(e.type, e.modality) for e in sitrep.extract(text).events] == [("ASSAULT", "asserted")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A refugee who feared retaliation and asked not to be named said the camp was short of food.",
        "One official, who asked not to be identified, said the talks had failed.",
        "The minister spoke to journalists on Monday.",
        "Migrants who had arrived in the country in 2015 were questioned.",
    ],
)
def test_events_no_event_from_a_sources_anonymity_the_press_or_private_arrivals(sentence: str) -> None:
    assert sitrep.extract(sentence).events == []


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The rebels began to withdraw from the town on Monday.", "asserted"),
        ("The rebels will begin to withdraw from the town on Monday.", "planned"),
    ],
)
def test_events_an_infinitive_after_a_verb_of_aspect_is_no_plan(sentence: str, modality: str) -> None:
    assert [e.modality for e in sitrep.extract(sentence).events] == [modality]


def test_events_the_security_or_lives_of_a_party_stand_for_that_party() -> None:
    assert _roles("The militants threatened the lives of the hostages.", "THREATEN") == (["militants"], ["hostages"])


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ('"We have to stop them," the minister said.', False),
        ("The opposition leader said we should resist the temptation to retaliate.", False),
        ("The rebels said the army must leave the town.", True),
    ],
)
def test_events_must_and_should_of_the_speakers_own_side_ask_no_one(sentence: str, found: bool) -> None:
    assert bool([e for e in sitrep.extract(sentence).events if e.type == "REQUEST"]) is found


@pytest.mark.parametrize(
    ("sentence", "type_", "actors"),
    [
        ("The Iranian foreign minister warned Britain on Monday.", "THREATEN", ["Iranian foreign minister", "Iran"]),
        ("A senior U.S. official accused Russia of lying.", "ACCUSE", ["senior U.S. official", "United States"]),
        ("Israeli troops killed two militants.", "ASSAULT", ["Israel"]),
    ],
)
def test_events_an_official_named_by_nationality_acts_with_their_state(
    sentence: str, type_: str, actors: list[str]
) -> None:
    assert _roles(sentence, type_)[0] == actors


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("North Korea would be met with fire and fury.", False),
        ("The parade was met with admiration in the capital.", False),
        ("The minister was met by the Iraqi president at the airport.", True),
    ],
)
def test_events_met_with_a_response_is_no_meeting(sentence: str, found: bool) -> None:
    assert bool([e for e in sitrep.extract(sentence).events if e.type == "CONSULT"]) is found


def test_events_a_target_as_a_goal_is_no_attack() -> None:
    text = (
        "Broadcom Inc said the deal would close within its target of 12 months. "
        "The missile may never reach its target."
    )
    assert sitrep.extract(text).events == []


@pytest.mark.parametrize(
    ("sentence", "actors", "targets"),
    [
        ("Judges ruled the government ban illegal on Tuesday.", ["Judges"], ["government"]),
        ("The minister was found guilty of corruption by a Cairo court.", ["Cairo court"], ["minister"]),
    ],
)
def test_events_a_ruling_that_something_breaks_the_law_accuses(
    sentence: str, actors: list[str], targets: list[str]
) -> None:
    assert _roles(sentence, "ACCUSE") == (actors, targets)


def test_events_people_found_guilty_in_a_relative_clause_are_not_accusers() -> None:
    text = "Only three of the 17 people found guilty of terrorist acts were foreigners."
    assert [e for e in sitrep.extract(text).events if e.type == "ACCUSE"] == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The opposition leader called the decision a grave mistake.", True),
        ("Activists branded the new law draconian.", True),
        ("The president described the attack as cowardly.", True),
        ("The minister described the talks as useful.", False),
    ],
)
def test_events_calling_what_someone_did_a_wrong_is_criticism(sentence: str, found: bool) -> None:
    assert bool([e for e in sitrep.extract(sentence).events if e.type == "ACCUSE"]) is found


@pytest.mark.parametrize(
    "sentence",
    [
        "The country's supreme leader vowed harsh revenge on the United States on Friday.",
        "The militants vowed to retaliate against the army.",
    ],
)
def test_events_vowing_revenge_threatens(sentence: str) -> None:
    assert [e.type for e in sitrep.extract(sentence).events] == ["THREATEN"]


def test_events_first_of_two_past_verbs_read_as_a_noun_is_parsed_again() -> None:
    actors, targets = _roles("A sniper shot and killed a pharmacist in the market on Sunday.", "ASSAULT")
    assert (actors, targets) == (["sniper"], ["pharmacist"])


@pytest.mark.parametrize(
    ("sentence", "type_", "actor"),
    [
        ("Norway was the first country to impose sanctions on the junta.", "SANCTION", "Norway"),
        ("Chile became the last nation to ban the militia.", "COERCE", "Chile"),
    ],
)
def test_events_the_first_to_act_did_it(sentence: str, type_: str, actor: str) -> None:
    x = sitrep.extract(sentence)
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, type_)
    assert ([names[a] for a in event.actors], event.modality) == ([actor], "asserted")


def test_events_the_happening_that_made_victims_took_place() -> None:
    text = "The minister flew to the port to help victims of the rebel bomb attacks on the ferry."
    assert [e.modality for e in sitrep.extract(text).events if e.type == "ASSAULT"] == ["asserted"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A police officer, who refused to identify himself, said the men were held overnight.",
        "The ministry declined to comment on the report.",
        "The rebels offered condolences to the families.",
        "The governor is offering a reward for information on the gunmen.",
        "The envoy paid tribute to bombing victims at the harbour.",
    ],
)
def test_events_no_event_from_courtesies_and_withheld_words(sentence: str) -> None:
    assert [e.type for e in sitrep.extract(sentence).events if e.type in ("REJECT", "AGREE", "ASSAULT")] == []


def test_events_an_offer_of_a_truce_is_a_promise() -> None:
    assert "AGREE" in types("The rebels offered a truce to the army on Monday.")


def test_events_a_month_is_no_march() -> None:
    text = "The alliance began an air campaign against the militia in March."
    assert types(text) == ["ASSAULT"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Bandits kidnapped a pharmacist near the market.", "pharmacist"),
        ("Two gunmen shot a shopkeeper in the old town.", "shopkeeper"),
    ],
)
def test_events_a_noun_that_ends_as_a_person_is_a_party(sentence: str, target: str) -> None:
    x = sitrep.extract(sentence)
    names = {e.id: e.name for e in x.entities}
    assert [[names[t] for t in e.targets] for e in x.events] == [[target]]


def test_events_not_only_negates_nothing() -> None:
    text = "The army not only shelled the village but also stormed the police station."
    assert "negated" not in [e.modality for e in sitrep.extract(text).events]


@pytest.mark.parametrize(
    ("sentence", "type_", "target"),
    [
        ("Moscow promised rifles to the separatists.", "AGREE", "separatists"),
        ("The guerrillas offered a truce to the army on Monday.", "AGREE", "army"),
    ],
)
def test_events_what_is_given_is_no_target_whoever_gets_it_is(sentence: str, type_: str, target: str) -> None:
    _, targets = _roles(sentence, type_)
    assert targets == [target]


def test_events_whoever_fired_the_shot_that_killed_killed() -> None:
    actors, targets = _roles("Investigators said a guard fired the shot that killed the driver.", "ASSAULT")
    assert (actors, targets) == (["guard"], ["driver"])


def test_events_the_subject_of_a_reported_clause_read_as_what_was_said() -> None:
    actors, targets = _roles("Police said a neighbour attacked two women in the park.", "ASSAULT")
    assert (actors, targets) == (["neighbour"], ["women"])


def test_events_exiles_named_by_nationality_are_people_not_their_state() -> None:
    actors, _ = _roles("Venezuelan exiles protested outside the embassy in Madrid.", "PROTEST")
    assert actors == ["Venezuelan exiles"]


def test_events_a_killing_an_arrest_is_sought_in_took_place() -> None:
    text = "The prosecutor decided to seek a warrant for his arrest in the killing of the judge."
    assert [e.modality for e in sitrep.extract(text).events if e.type == "ASSAULT"] == ["asserted"]


def test_events_a_past_verb_read_as_a_noun_before_its_object_is_parsed_again() -> None:
    actors, targets = _roles("Officials said a soldier shot two protesters near the bridge.", "ASSAULT")
    assert (actors, targets) == (["soldier"], ["protesters"])


def test_events_it_in_what_a_relative_clause_subject_said_is_that_subject() -> None:
    text = "Oman, which took its dispute with Qatar and Bahrain to the court, said it would expel the envoys."
    actors, _ = _roles(text, "SANCTION")
    assert actors == ["Oman"]


def test_events_has_is_no_passive_auxiliary() -> None:
    text = "The ministry, which has long opposed Sweden, said it would expel the diplomats."
    actors, targets = _roles(text, "REJECT")
    assert (actors, targets) == (["ministry"], ["Sweden"])


def test_events_an_abduction_reported_by_police_was_not_done_by_police() -> None:
    actors, targets = _roles("A teacher was abducted in the market on Monday, police said.", "COERCE")
    assert (actors, targets) == ([], ["teacher"])


def test_events_who_is_willing_to_act_acts() -> None:
    actors, targets = _roles("The minister said Peru was willing to withdraw its observers.", "AGREE")
    assert (actors, targets) == (["Peru"], [])


def test_events_what_is_discussed_with_someone_is_no_side() -> None:
    actors, targets = _roles("The president discussed the Chad crisis with the Belgian envoy.", "CONSULT")
    assert (actors, targets) == (["president"], ["Belgian envoy", "Belgium"])


@pytest.mark.parametrize(
    "sentence",
    ["Some 2,000 ethnic Albanians marched in Vienna on Sunday.", "Thousands of Peruvians marched in Madrid on Sunday."],
)
def test_events_counted_people_of_a_nationality_are_people(sentence: str) -> None:
    x = sitrep.extract(sentence)
    kinds = {e.id: e.kind for e in x.entities}
    event = only(x.events, "PROTEST")
    assert [kinds[a] for a in event.actors] == ["group"]


def test_events_an_act_and_its_purpose_of_one_type_are_one_happening() -> None:
    text = "About 3,000 nurses marched through the capital to protest the pay freeze."
    assert [(e.type, e.modality) for e in sitrep.extract(text).events] == [("PROTEST", "asserted")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A gunman opened fire at a jazz festival, leaving 12 dead.",
        "A shooting at a football stadium left seven people dead.",
    ],
)
def test_events_an_attack_with_casualties_at_a_show_or_a_game_is_an_attack(sentence: str) -> None:
    assert types(sentence) == ["ASSAULT"]


def test_events_a_weekday_read_as_an_object_takes_no_sense_away() -> None:
    assert types("Hundreds of nurses marched Tuesday in a protest over pay.") == ["PROTEST"]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Ankara is moving troops to a region near its border with Syria.", "MOBILIZE"),
        ("Marines have set up a checkpoint near the airport.", "MOBILIZE"),
        ("A suicide bomber tried to blow himself up at a checkpoint in Kandahar on Friday.", "ASSAULT"),
    ],
)
def test_events_forces_moved_posts_set_up_bombers_blown_up(sentence: str, type_: str) -> None:
    assert type_ in types(sentence)


def test_events_who_is_called_for_to_undergo_something_undergoes_it() -> None:
    _, targets = _roles("The opposition called for the militia to be banned from the election.", "COERCE")
    assert targets == ["militia"]


def test_events_touring_places_meets_no_one() -> None:
    assert types("The governor toured four flooded counties on Sunday.") == []


def test_events_a_day_read_as_the_subject_leaves_the_noun_before_it_the_subject() -> None:
    text = (
        "Maria Lopez will remain in the United States for at least two more weeks even after a federal appeals "
        "court Thursday refused to order a political asylum hearing for the child."
    )
    actors, targets = _roles(text, "REJECT")
    assert (actors, targets) == (["court"], [])


def test_events_no_stand_in_inside_a_relative_clause_without_a_pronoun() -> None:
    text = "The man a trooper shot and killed was named on Sunday."
    assert [e.actors for e in sitrep.extract(text).events if len(e.actors) > 1] == []


def test_events_a_modal_with_its_verb_left_out_asks_nothing() -> None:
    assert types("The rebels want a win, and they must not.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ohio Democrats beat incumbent Gov. Tom Hale in a state Trump won by 30 points.",
        "Ivanova had beaten Maria Costa 6-3, 6-4 in the opening match.",
        '"Through that we wound up with images like the opening line," Anna Berg said.',
        "The Spanish flu pandemic killed an estimated 50 million people worldwide.",
    ],
)
def test_events_contests_phrasal_verbs_and_diseases_hurt_no_one(sentence: str) -> None:
    assert [e.type for e in sitrep.extract(sentence).events if e.type in ("ASSAULT", "COERCE")] == []


def test_events_a_named_person_beaten_by_soldiers_is_still_assaulted() -> None:
    actors, targets = _roles("Soldiers beat Omar Haddad in his cell, his lawyer said.", "ASSAULT")
    assert (actors, targets) == (["Soldiers"], ["Omar Haddad"])


def test_events_he_stands_for_no_one_whose_title_or_name_is_a_woman_s() -> None:
    text = "Queen Margaret opened the bridge. Prince Edward left the hall, after which he allegedly attacked a guard."
    actors, _ = _roles(text, "ASSAULT")
    assert actors == ["Prince Edward"]


def test_events_a_relative_is_not_the_one_whose_relative_they_are() -> None:
    _, targets = _roles("Nour Haddad said her young cousin had been shot with a rubber bullet.", "ASSAULT")
    assert targets == ["young cousin"]


def test_events_what_a_discussion_is_of_is_its_topic() -> None:
    text = "Every day that the focus of discussion of Moldova is centered on these hearings is a day lost, he said."
    assert types(text) == []


def test_events_the_place_of_a_dateline_acts_in_nothing() -> None:
    text = (
        "Denver – Several thousand teachers wearing red surrounded the Colorado Statehouse on Tuesday to call for "
        "better pay."
    )
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for e in x.events for a in e.actors if names[a] == "Denver"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator offered no proof that the mayor had taken bribes.",
        "The party would do well to target young voters in the suburbs.",
        "A clip of the song mentions the NYPD. It was released on Tuesday.",
    ],
)
def test_events_no_promise_of_proof_no_attack_on_voters_no_release_of_a_thing(sentence: str) -> None:
    kept = ("AGREE", "ASSAULT", "ACCUSE", "CONCEDE")
    assert [e.type for e in sitrep.extract(sentence).events if e.type in kept] == []


def test_events_welcoming_a_plan_is_support() -> None:
    assert types("The council issued a statement welcoming the government's plans to cut troop numbers.") == [
        "SUPPORT"
    ]


def test_events_the_one_accused_of_an_act_did_it_as_the_accuser_tells_it() -> None:
    x = sitrep.extract("Chile accused Peru of shelling two border posts.")
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, "ASSAULT")
    assert ([names[a] for a in event.actors], event.modality) == (["Peru"], "reported")


def test_events_retaking_a_town_is_an_attack() -> None:
    assert "ASSAULT" in types("Government troops retook the town from the rebels on Sunday.")


def test_events_the_country_of_a_site_where_people_were_hit_is_no_target() -> None:
    text = "Gunmen kill 12 at Kenyan church\n\nThe police said the attackers fled on motorbikes."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert [names[t] for e in x.events for t in e.targets if names[t] == "Kenya"] == []


@pytest.mark.parametrize(
    "sentence",
    ["Thousands protested in Lima against the new mining law.", "Hundreds marched through the capital on Sunday."],
)
def test_events_a_bare_count_of_people_that_protests_is_a_crowd(sentence: str) -> None:
    x = sitrep.extract(sentence)
    kinds = {e.id: e.kind for e in x.entities}
    assert [[kinds[a] for a in e.actors] for e in x.events] == [["group"]]


def test_events_a_count_of_things_is_no_crowd() -> None:
    text = "The rebels have carried out dozens of attacks on army posts."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert "dozens" not in [names[t] for e in x.events for t in e.targets]


def test_events_a_noun_that_tells_its_own_toll_is_reported_where_it_is_judged() -> None:
    x = sitrep.extract("The governor condemned a bombing that left 14 people dead at a market in Kano.")
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, "ASSAULT")
    assert ([names[a] for a in event.actors], "governor" in event.evidence.text) == ([], False)


def test_events_a_shooting_incident_is_the_shooting() -> None:
    text = "The mayor said she was shocked by a shooting incident at a county fair that left six people dead."
    event = only(sitrep.extract(text).events, "ASSAULT")
    assert event.evidence.text.startswith("a shooting incident")


def test_events_who_orders_a_thing_done_does_it() -> None:
    text = "The army chief ordered the protest leaders to be arrested."
    assert _roles(text, "COERCE") == (["army chief"], ["protest leaders"])


@pytest.mark.parametrize(
    ("sentence", "actor", "target"),
    [
        ("Police questioned the driver a soldier shot and wounded at the checkpoint.", "soldier", "driver"),
        ("The patrol a sniper attacked near the bridge had left the base an hour earlier.", "sniper", "patrol"),
    ],
)
def test_events_a_relative_clause_with_no_pronoun_acts_on_the_noun_before_it(
    sentence: str, actor: str, target: str
) -> None:
    assert _roles(sentence, "ASSAULT") == ([actor], [target])


def test_events_an_event_noun_with_its_own_agent_and_target_is_reported_where_it_is_judged() -> None:
    text = "The African Union condemned the Sudanese army's bombing of the Zamzam camp."
    assert _roles(text, "ASSAULT")[0] == ["Sudanese army"]


def test_events_a_headline_verb_that_is_no_noun_follows_a_country() -> None:
    text = "Belarus frees jailed opposition activist\n\nThe release was announced by the presidential office."
    assert _roles(text, "CONCEDE")[0] == ["Belarus"]


def test_events_a_headline_group_claims_the_attack_it_names() -> None:
    text = "Separatists claim drone strike on army depot\n\nThe group said the strike destroyed ammunition stores."
    assert _roles(text, "ASSAULT")[0] == ["Separatists"]


def test_events_an_attack_noun_that_is_the_subject_of_its_killing_is_one_event() -> None:
    text = "A U.S. drone strike killed a senior al-Qaeda commander in Yemen's Marib province, the Pentagon said."
    assert types(text) == ["ASSAULT"]


def test_events_a_past_verb_with_its_own_subject_heads_the_clause_whatever_its_tag() -> None:
    event = only(sitrep.extract("The raid wounded three officers and left the station in ruins.").events, "ASSAULT")
    assert "three officers" in event.evidence.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lebanese government called the incursion a violation of its sovereignty.",
        "Kyiv described the shelling as an act of war.",
    ],
)
def test_events_calling_an_act_a_violation_is_an_accusation(sentence: str) -> None:
    assert types(sentence) == ["ACCUSE"]


def test_events_calling_for_an_end_to_violations_calls_nothing_a_wrong() -> None:
    assert "ACCUSE" not in types("The envoy called for an end to the violations of the truce.")


def test_events_a_participle_with_its_object_compounded_before_it_is_an_adjective() -> None:
    assert types("Officer Dan Reyes suffered non-life threatening injuries, the sheriff said.") == []


def test_events_recommending_that_others_act_is_a_request_and_advice_is_not() -> None:
    assert types("The prime minister recommended that the foreign troops withdraw from the country.") == ["REQUEST"]
    assert types("Doctors recommend rest.") == []


def test_events_removing_troops_is_a_withdrawal() -> None:
    x = sitrep.extract("Washington will remove 2,000 soldiers from Germany next year.")
    assert [(e.type, e.modality) for e in x.events] == [("RETREAT", "planned")]


def test_events_a_count_of_people_released_or_held_is_those_people() -> None:
    assert _roles("Authorities released thousands of prisoners on Monday.", "CONCEDE")[1] == ["prisoners"]


def test_events_a_headline_verb_form_before_an_object_is_the_verb() -> None:
    text = "Eritrea releases dozens of detained journalists\n\nThe information ministry confirmed the releases."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert [[names[a] for a in e.actors] for e in x.events if e.type == "CONCEDE"][:1] == [["Eritrea"]]


def test_events_pulling_troops_from_a_country_is_a_withdrawal() -> None:
    assert types("The Pentagon will pull 1,000 troops from Niger by September.") == ["RETREAT"]


def test_events_a_name_set_off_by_a_description_is_the_subject_of_the_verb_after_it() -> None:
    text = "The BBC reported Ahmed Karimi, the acting governor, recommended the foreign troops leave the province."
    assert _roles(text, "REQUEST")[0] == ["Ahmed Karimi"]


def test_events_what_talks_are_about_is_no_happening() -> None:
    assert types("Ethiopia and Eritrea held talks on a ceasefire in Nairobi on Monday.") == ["CONSULT"]


def test_events_irregular_past_forms_of_lexicon_verbs() -> None:
    assert types("The finance ministry froze the accounts and assets of four shipping firms.") == ["SANCTION"]
    assert types("Union members went on strike at the refinery in Basra.") == ["PROTEST"]


def test_events_house_arrest_is_an_arrest() -> None:
    assert _roles("Police placed the former governor under house arrest on Sunday.", "COERCE") == (
        ["Police"],
        ["former governor"],
    )


def test_events_a_charge_named_by_a_verb_of_crime_is_an_accusation() -> None:
    assert "ACCUSE" in types("Prosecutors charged the two brothers with smuggling rifles into the country.")
    assert types("The panel was charged with overseeing the election.") == []


def test_events_what_follows_at_after_an_event_noun_is_where_not_whom() -> None:
    text = "The coalition conducted an airstrike at Mosul Airport, where the commander had landed."
    assert _roles(text, "ASSAULT")[1] == []
    assert _roles("Troops fired at the protesters near the bridge.", "ASSAULT")[1] == ["protesters"]


def test_events_a_participle_set_off_before_the_attribution_is_the_main_subjects() -> None:
    text = "Gunmen raided a border post near Tessalit on Monday, killing six guards, a regional official said."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert [[names[a] for a in e.actors] for e in x.events if e.type == "ASSAULT"] == [["Gunmen"]]


def test_events_a_name_right_after_the_verb_is_its_object() -> None:
    text = "Indian Prime Minister Narendra Modi met Japanese leader Fumio Kishida in Delhi."
    actors, targets = _roles(text, "CONSULT")
    assert "Fumio Kishida" in actors + targets and "Narendra Modi" in actors + targets


def test_events_a_title_and_the_name_set_off_after_it_are_one_person() -> None:
    text = "The airline's director, Hamid Karimi, accused the ministry of lying."
    assert _roles(text, "ACCUSE")[0] == ["Hamid Karimi"]


def test_events_what_the_named_are_is_no_other_party() -> None:
    text = "Police detained Anna Berg and Tomas Lind, both lecturers at the university, on Friday."
    assert _roles(text, "COERCE")[1] == ["Anna Berg", "Tomas Lind"]


def test_events_people_named_by_their_trade_can_be_released() -> None:
    assert types("The rebels released four foreign engineers and two executives on Sunday.") == ["CONCEDE"]


def test_events_a_preposition_read_as_an_adjective_opens_a_place_not_an_object() -> None:
    x = sitrep.extract("Hundreds of nurses rallied outside parliament in Lisbon on Saturday.")
    assert [(e.type, len(e.targets)) for e in x.events] == [("PROTEST", 0)]


def test_events_weapons_sold_to_a_state_are_military_aid() -> None:
    text = "The Pentagon approved the sale of 40 attack helicopters to Morocco on Friday."
    actors, targets = _roles(text, "AID")
    assert (actors, targets) == (["Pentagon"], ["Morocco"])
    assert types("The firm sold its stake in the drone maker last year.") == []


def test_events_a_condition_is_possible_not_negated_nor_asserted() -> None:
    x = sitrep.extract("If the militia attacks the port, the navy will respond.")
    assert [(e.type, e.modality) for e in x.events] == [("ASSAULT", "possible")]
    text = "The group vowed to resume attacks if the government did not release the prisoners."
    assert ("CONCEDE", "possible") in [(e.type, e.modality) for e in sitrep.extract(text).events]


def test_events_the_charge_after_of_is_no_party_of_the_accused() -> None:
    text = "Union leaders accused the interior minister of misleading the senate about the raid."
    assert _roles(text, "ACCUSE")[1] == ["interior minister"]


def test_events_what_a_bill_allows_is_no_concession() -> None:
    text = "Senators passed a bill that would allow the army to detain suspects for 30 days."
    assert "CONCEDE" not in types(text)


def test_events_negotiations_broken_off_are_a_sanction() -> None:
    assert types("Pyongyang broke off military talks with Seoul on Tuesday.") == ["SANCTION"]


def test_events_a_pronoun_after_said_tells_the_gender_of_the_name_before() -> None:
    text = (
        "Oksana Veretel, a nurse at the clinic, said she saw the gunman from the window.\n\n"
        '"He was about to shoot the guards," she told reporters.'
    )
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for e in x.events for a in e.actors] == []


def test_events_a_reporter_named_after_the_clause_is_not_its_pronoun() -> None:
    text = (
        "Colonel Abel Mutasa commands the eastern brigade. "
        "He shot dead two rebels at a checkpoint on Monday, the army spokesman Peter Ndlovu said."
    )
    actors, _targets = _roles(text, "ASSAULT")
    assert actors == ["Abel Mutasa"]


def test_events_the_target_of_something_other_than_an_attack_was_not_attacked() -> None:
    assert types("The governor has been the target of harsh criticism from the unions.") == []
    assert types("The embassy was the target of a mortar attack on Friday.") == ["ASSAULT"]


def test_events_the_by_phrase_after_shot_dead_is_the_agent() -> None:
    text = "Three border guards were shot dead by suspected smugglers near Zahedan on Monday."
    assert _roles(text, "ASSAULT") == (["smugglers"], ["border guards"])


def test_events_what_a_count_of_rockets_was_fired_at_is_the_target() -> None:
    text = "Hamas fired dozens of rockets at southern Israel on Tuesday."
    assert _roles(text, "ASSAULT")[1] == ["southern Israel"]


def test_events_a_participle_after_a_described_object_is_the_main_clauses() -> None:
    text = "A coalition air strike hit a truck carrying farm workers near Saada, killing eleven."
    assert _roles(text, "ASSAULT")[0] == ["coalition"]


def test_events_power_seized_is_no_party() -> None:
    assert _roles("The generals seized power in a coup on Friday.", "COERCE")[1] == []


def test_events_a_participle_hung_on_a_place_name_is_the_subjects() -> None:
    text = "Inmates rioted at a prison in Lusaka on Monday joining hundreds of protesters in demanding new elections."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert all(names[a] != "Lusaka" for e in x.events for a in e.actors)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "target"),
    [
        ("Monitors accused the militia of abducting four teachers near the border.", "COERCE", "militia", "teachers"),
        ("The militia was accused of abducting four teachers near the border.", "COERCE", "militia", "teachers"),
        ("Ankara accused the Kurdish fighters of killing two soldiers.", "ASSAULT", "Kurdish fighters", "soldiers"),
    ],
)
def test_events_an_act_charged_with_its_own_object_is_reported_beside_the_charge(
    sentence: str, type_: str, actor: str, target: str
) -> None:
    x = sitrep.extract(sentence)
    names = {e.id: e.name for e in x.entities}
    event = only(x.events, type_)
    assert ([names[a] for a in event.actors], [names[t] for t in event.targets]) == ([actor], [target])
    assert event.modality == "reported"
    assert "ACCUSE" in [e.type for e in x.events]


def test_events_a_pronoun_that_judges_in_a_relative_clause_is_the_subject_of_the_sentence() -> None:
    text = "The rights group called on Chad to stop the hangings, which it described as a grave breach of the law."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    accusation = only(x.events, "ACCUSE")
    assert [names[a] for a in accusation.actors] == ["rights group"]


def test_events_a_participle_after_an_object_controlled_infinitive_is_told_by_the_main_clause() -> None:
    text = "Lawyers urged the junta to free the two editors, calling their detention a breach of the constitution."
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    accusation = only(x.events, "ACCUSE")
    assert ([names[a] for a in accusation.actors], accusation.modality) == (["Lawyers"], "asserted")


def test_events_what_a_meeting_discusses_is_no_side_of_it() -> None:
    x = sitrep.extract("Egypt and Greece met on Monday to discuss Turkey.")
    names = {e.id: e.name for e in x.entities}
    talks = only(x.events, "CONSULT")
    assert (sorted(names[a] for a in talks.actors), talks.targets) == (["Egypt", "Greece"], [])


def test_events_a_counted_plural_subject_holds_both_sides_of_a_talk() -> None:
    x = sitrep.extract("The two presidents discussed Sudan in a phone call.")
    names = {e.id: e.name for e in x.entities}
    talks = only(x.events, "CONSULT")
    assert ([names[a] for a in talks.actors], talks.targets) == (["presidents"], [])


def test_events_money_pledged_is_aid() -> None:
    assert types("Norway and Japan have pledged funds for the reconstruction of the harbour.") == ["AID"]


def test_events_helping_with_another_act_helps_only_someone_named() -> None:
    assert "AID" not in types("The consultant helped lead the ceasefire negotiations.")
    x = sitrep.extract("Britain will help Kenya fight the insurgents.")
    names = {e.id: e.name for e in x.entities}
    aid = only(x.events, "AID")
    assert ([names[a] for a in aid.actors], [names[t] for t in aid.targets]) == (["United Kingdom"], ["Kenya"])


def test_events_a_demonstration_of_something_that_is_no_party_is_no_protest() -> None:
    assert "PROTEST" not in types("The flight was a demonstration of the alliance's resolve to defend its members.")
    assert types("A demonstration of thousands of students blocked the bridge.") == ["PROTEST"]


def test_events_a_modal_of_obligation_asks_only_someone_named() -> None:
    assert "REQUEST" not in types('"Cruelty to prisoners should be treated as a crime," the envoy said.')
    x = sitrep.extract('"The international community must act now," the envoy said.')
    names = {e.id: e.name for e in x.entities}
    assert [names[t] for t in only(x.events, "REQUEST").targets] == ["international community"]


def test_events_an_event_noun_with_a_past_relative_clause_happened() -> None:
    x = sitrep.extract("The governor promised an inquiry into the shooting that left three protesters dead.")
    assert only(x.events, "ASSAULT").modality == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        "The reforms are meant to meet the judges' concerns about the law.",
        "The council passed a resolution on Monday targeting the junta's timber exports.",
        "Older UN resolutions ban Iran from launching a rocket.",
        "Several of the miners complained of breathing problems after the blast.",
    ],
)
def test_events_senses_with_no_event_of_the_verbs_type(sentence: str) -> None:
    assert [t for t in types(sentence) if t in ("CONSULT", "ASSAULT", "MOBILIZE", "ACCUSE")] == []


def test_events_a_partitive_subject_is_the_party_it_counts_from() -> None:
    x = sitrep.extract("Some of the detainees accused the guards of beating them.")
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for a in only(x.events, "ACCUSE").actors] == ["detainees"]


def test_events_warning_the_public_of_a_danger_is_no_threat() -> None:
    assert "THREATEN" not in types("A loudspeaker message warned residents of the valley of an incoming rocket.")
    assert "THREATEN" in types("The militia warned residents to leave the town before the assault.")


def test_events_a_name_in_brackets_after_a_pronoun_is_whom_it_stands_for() -> None:
    text = 'Lena Kovac praised the admiral. "He [Marko Horvat] will destroy the rebel camps," she said.'
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for a in only(x.events, "COERCE").actors] == ["Marko Horvat"]


def test_events_a_warning_of_a_possible_harm_is_no_threat() -> None:
    assert "THREATEN" not in types("The shadow minister warned of the potential for wrongful convictions.")
    assert "THREATEN" in types("The army chief warned of a merciless response.")


def test_events_a_launch_whose_participle_names_an_aim_is_an_attack() -> None:
    assert types("The militia launched rockets targeting government troops near the dam.") == ["ASSAULT"]


def test_events_an_arrest_and_a_charge_joined_share_the_one_arrested() -> None:
    x = sitrep.extract("Police arrested the columnist and charged him with sedition.")
    names = {e.id: e.name for e in x.entities}
    arrest, charge = only(x.events, "COERCE"), only(x.events, "ACCUSE")
    assert [names[t] for t in arrest.targets] == [names[t] for t in charge.targets] == ["columnist"]


def test_events_a_prison_term_handed_down_is_a_jailing() -> None:
    x = sitrep.extract("A military court sentenced the activist to six years in prison.")
    names = {e.id: e.name for e in x.entities}
    assert [names[t] for t in only(x.events, "COERCE").targets] == ["activist"]


def test_events_a_takeover_by_force_is_no_business_sense() -> None:
    assert "PROTEST" in types("Thousands of people marched in the capital to protest against the army takeover.")
    assert "PROTEST" not in types("Shareholders protested against the hostile takeover of the bank.")


def test_events_the_two_sides_are_a_party() -> None:
    x = sitrep.extract("The two sides agreed to a 48-hour truce brokered by Qatar.")
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for a in only(x.events, "AGREE").actors] == ["sides"]


def test_events_merge_two_actors_of_one_country_do_not_keep_one_happening_apart() -> None:
    from sitrep.components.events.merge import merge

    body = lambda at: "body"  # noqa: E731
    strike = _ev(0, actors=("E1",))  # "U.S. forces killed X"
    strike.targets = ["E3"]
    claimed = _ev(200, actors=("E2",), modality="reported")  # "the U.S. military ... by killing X"
    claimed.targets = ["E3"]
    assert len(merge([strike, claimed], {}, body)) == 2
    assert len(merge([strike, claimed], {}, body, {"E1": "E9", "E2": "E9"})) == 1


def test_events_the_subject_of_a_relative_light_verb_did_the_event_noun() -> None:
    x = sitrep.extract("The report listed the attacks that the militia carried out last year.")
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for a in only(x.events, "ASSAULT").actors] == ["militia"]
    denied = sitrep.extract("The attacks that the militia did not carry out were blamed on it.")
    assert only(denied.events, "ASSAULT").modality == "negated"


def test_events_sanctions_slapped_or_levied_are_sanctions_only() -> None:
    assert types("Washington slapped sanctions on three Iranian officials.") == ["SANCTION"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The insurgents are prepared to use car bombs in the capital.",
        "The militia said it was ready to use force against the protesters.",
        "Today's militants are willing to do things their elders never did.",
    ],
)
def test_events_readiness_to_use_force_or_to_do_anything_is_no_agreement(sentence: str) -> None:
    assert "AGREE" not in types(sentence)


def _named(x: sitrep.Extraction, role: str) -> set[str]:
    """The names of the entities in one role ("actors" or "targets") of any event of an extraction."""
    names = {e.id: e.name for e in x.entities}
    return {names.get(i, i) for v in x.events for i in getattr(v, role)}


def test_events_an_act_charged_with_a_gerund_read_as_an_adjective_is_the_accused_ones() -> None:
    x = sitrep.extract("A military court indicted Omar Haddad on several counts including attacking soldiers.")
    names = {e.id: e.name for e in x.entities}
    attack = only(x.events, "ASSAULT")
    assert [names[a] for a in attack.actors] == ["Omar Haddad"]
    assert [names[t] for t in attack.targets] == ["soldiers"]
    assert attack.modality == "reported"


def test_events_a_gerund_of_reason_hung_on_a_place_is_not_the_places_act() -> None:
    x = sitrep.extract("Khalid Mansour, 19, from the town of Jenin, for attacking two police officers.")
    assert "Jenin" not in _named(x, "actors")


def test_events_an_attack_by_a_person_on_soldiers_is_bodily_not_criticism() -> None:
    x = sitrep.extract("Maria Lopez attacked the soldiers at the checkpoint.")
    assert types("Maria Lopez attacked the soldiers at the checkpoint.") == ["ASSAULT"]
    assert only(x.events, "ASSAULT").targets


def test_events_a_prison_term_told_by_its_length_is_a_jailing() -> None:
    assert types("A court in Cairo sentenced the blogger to three years for insulting the president.") == ["COERCE"]


def test_events_assistance_offered_is_aid_not_an_agreement_and_it_is_to_be_given() -> None:
    x = sitrep.extract("Japan offered assistance to the flood victims.")
    assert [(v.type, v.modality) for v in x.events] == [("AID", "planned")]


def test_events_the_one_arrested_for_an_act_did_it_as_the_police_tell_it() -> None:
    x = sitrep.extract("Police arrested two men for attacking soldiers.")
    names = {e.id: e.name for e in x.entities}
    attack = only(x.events, "ASSAULT")
    assert [names[a] for a in attack.actors] == ["men"]
    assert attack.modality == "reported"


def test_events_a_person_quoted_as_she_is_no_he() -> None:
    x = sitrep.extract(
        'Ahed Barakat spoke to reporters outside the court on Monday. "I am not afraid," she said. '
        "Police then detained him at the gate."
    )
    assert "Ahed Barakat" not in _named(x, "targets")


def test_events_an_obligation_not_to_act_is_a_demand_not_a_denied_one() -> None:
    x = sitrep.extract("President Hassan Rouhani said foreign powers must not send weapons to the region.")
    assert only(x.events, "REQUEST").modality != "negated"


def test_events_a_retreat_from_an_aim_is_no_retreat_and_the_aim_is_only_planned() -> None:
    x = sitrep.extract("The United States, which has retreated from its goal of ousting the president, will stay.")
    assert "RETREAT" not in [v.type for v in x.events]
    assert all(v.modality != "asserted" for v in x.events if v.type == "ASSAULT")


def test_events_a_gerund_with_an_adjective_is_a_noun_and_not_the_subjects_act() -> None:
    assert types("The rebels retreated from the town after heavy shelling.") == ["RETREAT"]


def test_events_steps_taken_are_no_concession_unless_they_ease() -> None:
    assert types("Germany took steps to guard women against assault at the festival.") == []
    assert types("The junta has taken steps to ease restrictions on the press.") == ["CONCEDE"]


def test_events_what_a_second_object_names_is_neither_called_for_nor_the_namers_act() -> None:
    x = sitrep.extract("The director called the death the senseless killing of a courageous journalist.")
    killing = only(x.events, "ASSAULT")
    assert killing.actors == [] and killing.modality == "asserted"


def test_events_the_victim_of_a_harm_probed_is_not_the_one_probed() -> None:
    x = sitrep.extract("Police are investigating the killing of the journalist Omar Haddad.")
    assert only(x.events, "ACCUSE").targets == []


def test_events_a_demand_s_evidence_holds_what_is_asked() -> None:
    x = sitrep.extract("Both the council and the government called for his death to be investigated.")
    assert only(x.events, "REQUEST").evidence.text.endswith("to be investigated")


def test_events_concluding_that_something_holds_is_a_finding_not_an_agreement() -> None:
    assert "AGREE" not in types("The ministers concluded that the border agreement between the two states is void.")
    assert types("Turkey and Libya concluded an agreement on maritime borders.") == ["AGREE"]


def test_events_speaking_with_a_channel_of_a_country_is_no_meeting_with_it() -> None:
    assert "CONSULT" not in types("One victim who spoke with German channel n-tv accused police of failing her.")


def test_events_taking_or_having_a_hurting_event_noun_is_not_doing_it() -> None:
    assert types("She said police did not take her sexual assault seriously.") == []


def test_events_warning_against_something_is_advice_not_a_threat() -> None:
    assert types("The mayor warned against drawing hasty conclusions about the perpetrators.") == []


def test_events_a_warning_that_the_warner_will_use_force_is_a_threat() -> None:
    assert types("Iran warned the United States that it would retaliate.") == ["THREATEN"]
    assert "THREATEN" not in types("The ministry warned that the storm would hit the coast on Monday.")


def test_events_an_absolute_with_clause_is_told_as_what_is_so() -> None:
    x = sitrep.extract(
        "The launches are certain to trigger an international standoff, with Seoul, Washington and other countries "
        "condemning past launches by North Korea as disguised tests."
    )
    assert only(x.events, "ACCUSE").modality == "asserted"


def test_events_a_negation_passes_through_seem_and_appear() -> None:
    x = sitrep.extract("China does not seem particularly keen to crack down on its neighbor.")
    assert only(x.events, "COERCE").modality == "negated"


@pytest.mark.parametrize(
    "sentence",
    ["Hong Kong threatened with Chinese military intervention as protests grow.", "Man stabbed to death on a train"],
)
def test_events_a_bare_participle_before_a_passive_phrase_is_done_to_its_subject(sentence: str) -> None:
    x = sitrep.extract(sentence)
    assert x.events and all(not v.actors and v.targets for v in x.events)


def test_events_verbs_that_take_with_in_the_active_stay_active() -> None:
    x = sitrep.extract("The army attacked with tanks and artillery.")
    assert only(x.events, "ASSAULT").actors


def test_events_what_one_was_able_or_managed_to_do_was_done() -> None:
    x = sitrep.extract("Transit officers searched the area and were able to apprehend a suspect.")
    assert only(x.events, "COERCE").modality == "asserted"
    assert only(sitrep.extract("Police will be able to arrest the suspects.").events, "COERCE").modality == "planned"


def test_events_what_one_was_not_able_to_do_was_not_done() -> None:
    x = sitrep.extract("Japan was not able to shoot down the missiles.")
    assert only(x.events, "ASSAULT").modality == "negated"


@pytest.mark.parametrize(
    "sentence",
    ["Noel and Thomas pleaded not guilty in federal court on Tuesday.", "Police said the prisoner hanged himself.",
     "That struck me as different from other calls.",
     "Officials made no move to regulate the way digital ads are targeted at voters.",
     "During that time, the officers should have conducted five separate inmate counts."],
)
def test_events_pleas_self_harm_impressions_marketing_and_past_duties_are_no_events(sentence: str) -> None:
    assert types(sentence) == []


def test_events_an_act_a_threat_holds_is_told_by_the_threat_and_owning_up_to_it_says_it_was_done() -> None:
    x = sitrep.extract("A New York man pleaded guilty on Monday to threatening to kill Senator Ilhan Omar.")
    assert [(v.type, v.modality) for v in x.events] == [("THREATEN", "asserted")]


def test_events_a_nationality_in_the_singular_with_an_article_is_one_person() -> None:
    x = sitrep.extract("The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail.")
    kinds = {e.id: e.kind for e in x.entities}
    coerced = [e for e in x.events if e.type == "COERCE"]  # (evicted, and sentenced: two acts)
    assert coerced and all([kinds.get(t, t.split(":")[0]) for t in e.targets] != ["country"] for e in coerced)


def test_events_the_of_phrase_of_a_request_or_a_visit_made_it() -> None:
    x = sitrep.extract("The Security Council will meet on Friday at the request of the United States and Japan.")
    names = {e.id: e.name for e in x.entities}
    request = only(x.events, "REQUEST")
    assert sorted(names[a] for a in request.actors) == ["Japan", "United States"] and request.targets == []


def test_events_an_idea_welcomed_in_the_passive_is_support_not_a_visit() -> None:
    assert types("The idea of a safe space for women has not been welcomed by everyone.") == ["SUPPORT"]


def test_events_alleged_ties_are_reputed_ties_not_an_accusation() -> None:
    assert types("Mahan's director, Hamid Khanooki, has alleged ties to the Revolutionary Guard.") == []
    assert types("The rights group alleged abuses by the army in the north.") == ["ACCUSE"]


def test_events_people_set_on_fire_are_attacked_and_buildings_destroyed() -> None:
    assert types("A man was set on fire last week.") == ["ASSAULT"]
    assert types("Rioters set the police station on fire.") == ["COERCE"]


def test_events_a_visit_told_as_the_circumstance_of_a_clause_is_its_subjects() -> None:
    x = sitrep.extract("On a trip to Moscow on Monday, the French minister held talks with Vladimir Putin.")
    names = {e.id: e.name for e in x.entities}
    assert all(v.actors for v in x.events if v.type == "CONSULT")
    assert any(names.get(a) == "minister" or "minister" in names.get(a, "") for v in x.events for a in v.actors)


def test_events_the_first_subject_pronoun_after_a_name_opening_its_sentence_tells_its_gender() -> None:
    x = sitrep.extract(
        "Ahed Tamimi has made headlines before, most famously when she bit a soldier's hand as he held her "
        "brother in a chokehold."
    )
    assert "Ahed Tamimi" not in _named(x, "actors")


def test_events_a_noun_with_a_possessor_takes_no_doer_from_the_left_of_its_light_verb() -> None:
    x = sitrep.extract("Ahed Tamimi appeared in court on Monday. A judge said her detention has been extended.")
    assert "Ahed Tamimi" not in _named(x, "actors")


def test_events_a_past_form_the_parse_hung_on_its_counted_object_does_not_make_it_the_doer() -> None:
    x = sitrep.extract(
        "Coordinated bombings at French embassies in Accra, Ghana, and Lome, Togo, on May 3 killed 40 people, "
        "including six Italians, and injured more than 300 people."
    )
    assert _named(x, "actors") == set()
    assert "people" in _named(x, "targets")


def test_events_a_building_before_an_attack_noun_was_hit_and_never_hits() -> None:
    x = sitrep.extract("The embassy bombing last year killed nine guards.")
    assert not any("embassy" in name for name in _named(x, "actors"))
    x = sitrep.extract("The Dutch embassy attack wounded four guards.")
    assert "Netherlands" not in _named(x, "actors")
    x = sitrep.extract("The army attack killed 12 rebels.")
    assert "army" in _named(x, "actors")


def test_events_a_bare_verb_joined_to_the_verb_above_an_infinitive_shares_its_plan() -> None:
    x = sitrep.extract(
        "The minister was set to open the new clinic, talk to the nurses and meet with Governor Ada Obi."
    )
    meetings = [v for v in x.events if v.type == "CONSULT"]
    assert meetings and all(v.modality == "planned" for v in meetings)


def test_events_a_struggle_for_an_aim_is_no_fight_unless_an_armed_party_strives() -> None:
    assert types("Mayors have fought to keep the law in force.") == []
    assert types("The union is battling to save jobs at the shipyard.") == []
    assert types("Kurdish forces fought to retake the town from the militants.") == ["ASSAULT"]


def test_events_a_count_is_no_part_of_an_unnamed_partys_name() -> None:
    x = sitrep.extract("Fourteen people have been indicted over the plot. The blasts killed 80 people.")
    assert "people" in [e.name for e in x.entities]
    assert not any(e.name.lower().startswith("fourteen") for e in x.entities)


def test_events_a_participle_with_no_auxiliary_after_its_noun_is_done_to_it() -> None:
    x = sitrep.extract("Mourners remembered the nine people killed and 30 people injured in the riots last year.")
    assert "people" not in _named(x, "actors")
    assert "people" in _named(x, "targets")


def test_events_an_offer_or_readiness_to_go_somewhere_promises_nothing() -> None:
    assert types("The girl's mother has offered to fly alone to Lisbon.") == []
    assert types("The delegation would be ready to leave for Oslo on Friday.") == []
    assert types("The government offered to hold talks with the rebels.") == ["AGREE"]


def test_events_a_letter_signed_by_someone_is_no_agreement() -> None:
    assert types("The words come from a letter signed by Omar Haddad.") == []
    assert types("A peace accord was signed by the two factions.") == ["AGREE"]


def test_events_an_act_under_a_noun_of_what_may_come_may_come() -> None:
    x = sitrep.extract("The alliance renewed the threat of NATO air strikes against the regime.")
    assert only(x.events, "ASSAULT").modality == "possible"
    x = sitrep.extract("The island has the right to defend its people against raids.")
    assert all(v.modality == "possible" for v in x.events)


def test_events_requested_anonymity_and_needs_met_are_no_events() -> None:
    assert types("Three diplomats requested anonymity because the matter was secret.") == []
    assert types("Smaller navies are good at meeting a range of needs.") == []


def test_events_the_one_asked_to_carry_out_an_event_noun_carries_it_out() -> None:
    x = sitrep.extract("Haiti's interim council has officially asked Canada to enforce the arms embargo.")
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for a in only(x.events, "SANCTION").actors] == ["Canada"]


def test_events_the_possessor_of_what_a_verb_destroys_is_its_target() -> None:
    x = sitrep.extract("The allies want peace and plan on destroying Omar Haddad's private army.")
    assert "Omar Haddad" not in _named(x, "actors")


def test_events_a_participle_right_before_its_noun_describes_it() -> None:
    assert types("The attacking battalions crossed the river at dawn.") == []


def test_events_a_modal_before_its_subject_asks_nothing() -> None:
    text = "The embargo is meant to restrain General Ada Obi should she win the election."
    assert types(text) == []


def test_events_a_possessive_pronoun_of_a_joined_noun_has_the_first_nouns_possessor() -> None:
    x = sitrep.extract("Eritrea's incursion into Sudan and its later troop buildup near the frontier worried Egypt.")
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for a in only(x.events, "MOBILIZE").actors] == ["Eritrea"]


def test_events_a_possessor_of_those_who_did_something_to_them_is_not_them() -> None:
    x = sitrep.extract("Omar Haddad was seized outside his shop. His captors demanded a ransom of two million dollars.")
    assert "Omar Haddad" not in _named(x, "actors")


def test_events_a_hyphened_participle_adjective_is_no_act() -> None:
    assert types("Self-reinforcing market forces are at work in the region.") == []


def test_events_a_name_after_a_preposition_and_a_comma_is_not_paired_with_the_subject() -> None:
    x = sitrep.extract("At the African Union, Kenya called for the withdrawal of foreign troops from the region.")
    assert "African Union" not in _named(x, "actors")


def test_events_a_singular_pronoun_in_a_reported_clause_is_not_a_plural_reporter() -> None:
    x = sitrep.extract(
        "The detectives who had been looking for Omar Haddad concluded he had been murdered shortly after his "
        "abduction."
    )
    assert "detectives" not in _named(x, "targets")
    assert "Omar Haddad" in _named(x, "targets")


def test_events_surrendering_a_person_is_no_retreat() -> None:
    assert types("The judge ordered the uncle to surrender the girl to her mother.") == []
    assert types("The militants surrendered their weapons to the army.") == ["RETREAT"]


def test_events_a_closely_held_company_holds_no_one() -> None:
    assert types("The stores are run by closely held Marrow Imports Inc.") == []
    assert types("The rebels held the hostages for two weeks.") == ["COERCE"]


def test_events_names_a_preposition_governs_in_a_list_are_not_the_subjects_partners() -> None:
    x = sitrep.extract("During the wars in Iraq and Afghanistan, Canada deployed 2,000 troops to the Gulf.")
    assert not {"Iraq", "Afghanistan"} & _named(x, "actors")


def test_events_what_a_noun_is_described_as_doing_is_not_under_the_plan_above_it() -> None:
    x = sitrep.extract("The senate authorized the navy to assist rebels fighting the Houthis.")
    assert only(x.events, "ASSAULT").modality == "asserted"


def test_events_a_name_something_is_likened_to_does_nothing() -> None:
    x = sitrep.extract("Critics fear an Iraq-style occupation of Syria by ground forces.")
    assert "Iraq" not in _named(x, "actors")


def test_events_pulling_out_of_a_slump_is_no_retreat() -> None:
    assert types("Greece would pull out of its long recession by 2027.") == []
    assert types("The army pulled out of the town.") == ["RETREAT"]


def test_events_a_gathering_held_is_no_detention() -> None:
    assert types("The Shangri-La Dialogue was held in Singapore last June.") == []
    assert types("Two journalists were held for a week.") == ["COERCE"]


def test_events_withdrawing_a_paper_moves_no_force() -> None:
    assert types("The agency withdrew requests seeking the extradition of six suspects abroad.") == []
    assert types("Russia withdrew its troops from the border.") == ["RETREAT"]


def test_events_a_whitespace_run_inside_a_sentence_is_no_word_for_the_parser() -> None:
    x = sitrep.extract(
        "A van plowed into a market on Friday, killing at least  30 people as the gunman also shot at shoppers, "
        "officials said."
    )
    assert "people" not in _named(x, "actors")
    assert "gunman" in _named(x, "actors")


def test_events_a_noun_a_subordinator_opens_before_a_verb_is_its_subject() -> None:
    x = sitrep.extract("A truck hit the crowd, killing 30 people as the driver also fired at shoppers.")
    assert "people" not in _named(x, "actors")
    assert "driver" in _named(x, "actors")


def test_events_an_aside_of_attribution_shares_no_subject_with_the_clause_after_it() -> None:
    x = sitrep.extract(
        "A van hit a crowd on Friday, killing 30 people, Danish officials said, before being killed by soldiers."
    )
    assert "Danish officials" not in _named(x, "targets")


def test_events_private_people_on_a_trip_pay_no_visit() -> None:
    assert types("An Irish man visiting Porto with his wife was hurt.") == []
    assert types("The foreign minister visited Kabul on Monday.") == ["CONSULT"]


def test_events_the_speaker_closing_an_earlier_sentence_is_not_who_a_pronoun_goes_on_about() -> None:
    x = sitrep.extract(
        "Kevin Roe drove to the school and opened fire on the staff, Sheriff Phil Noor said.\n"
        "Later, two deputies found him near a gas station and fired back, killing him."
    )
    assert not any("Noor" in name for name in _named(x, "targets"))


def test_events_a_modal_in_a_clause_a_question_word_opens_demands_nothing() -> None:
    assert types("The panel argued about when Brazil should send troops abroad.") == []
    assert types("The minister said Iran should release the sailors.") == ["REQUEST"]


def test_events_voters_named_by_their_nationality_are_voters_not_the_state() -> None:
    x = sitrep.extract("Where Irish-American voters strongly support the governor, she campaigns hard.")
    assert "United States" not in _named(x, "actors")


def test_events_one_who_stands_trial_is_the_one_tried() -> None:
    x = sitrep.extract("Omar Haddad will stand trial in Nairobi next month.")
    assert "Omar Haddad" in _named(x, "targets")
    assert "Omar Haddad" not in _named(x, "actors")


def test_events_a_second_possessive_pronoun_joined_to_the_first_stands_for_the_same() -> None:
    x = sitrep.extract(
        "Senator Tom Reyes, who took to the radio to defend his praise of the Cuban leader, Raul Castro, and his "
        "call for an embargo, spoke on Friday."
    )
    assert "Raul Castro" not in _named(x, "actors")


def test_events_a_thing_that_helps_gives_no_aid() -> None:
    assert types("Ortega says praise from Beijing helps Nicaragua.\n\nHe spoke on Sunday.") == []
    assert types("Russia helped Syria rebuild its army.") == ["AID"]


def test_events_a_modal_no_one_is_said_to_demand_is_an_opinion_not_a_demand() -> None:
    assert types("Ms Vega is a gifted painter and should stick to her canvases.") == []


def test_events_the_one_who_declared_that_someone_must_act_demands_it_whatever_the_parse() -> None:
    x = sitrep.extract(
        "The Obama administration declared Friday that Mexico must drop barriers to U.S. imports or face penalties."
    )
    assert "Obama administration" in _named(x, "actors")


def test_events_a_second_act_the_parse_hung_on_the_verb_of_saying_shares_the_first_acts_object() -> None:
    x = sitrep.extract("Deputies said an intruder shot and wounded a cashier at the depot.")
    assert "Deputies" not in _named(x, "actors")
    assert "intruder" in _named(x, "actors")
    assert "cashier" in _named(x, "targets")


def test_events_one_named_a_wrongdoer_is_the_target_of_the_charge() -> None:
    x = sitrep.extract("The crisis deepened on Monday when Marta Lindqvist called President Oyelaran a liar.")
    assert [e.type for e in x.events] == ["ACCUSE"]
    assert "Marta Lindqvist" in _named(x, "actors")
    assert "Oyelaran" in " ".join(_named(x, "targets"))


def test_events_the_other_side_of_a_clash_is_its_target_but_a_means_is_not() -> None:
    x = sitrep.extract("Riot police clashed with striking miners outside the port on Friday.")
    assert "striking miners" in _named(x, "targets")
    assert "Riot police" in _named(x, "actors")
    assert types("We will fight corruption with every tool we have.") == []


def test_events_a_person_noun_outside_the_usual_ones_is_a_party() -> None:
    x = sitrep.extract("An abortion foe was charged with arson on Tuesday.")
    assert [e.type for e in x.events] == ["ACCUSE"]
    assert "abortion foe" in _named(x, "targets")


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Guards punched and kicked the prisoners, the report said.", "beat"),
        ("Prosecutors said the man raped a teenage girl in 2019.", "sexual"),
        ("Gunmen killed four farmers near the village.", "kill"),
    ],
)
def test_events_blows_and_rape_have_their_own_mode(sentence: str, mode: str) -> None:
    assert [e.mode for e in sitrep.extract(sentence).events if e.type == "ASSAULT"] == [mode]


def test_events_one_who_fights_for_an_aim_with_no_arms_fights_no_battle() -> None:
    assert types("The chief fought to hold on to his job.") == []
    assert types("Rebel fighters fought to retake the airport.") == ["ASSAULT"]


def test_events_a_preposition_the_parse_took_for_a_subordinator_opens_no_subject() -> None:
    x = sitrep.extract("A fugitive who had escaped from a prison in Ohio was charged with murder on Tuesday.")
    assert "fugitive" in _named(x, "targets")
    assert "Ohio" not in _named(x, "targets")


def test_events_a_document_adopted_after_a_decision_is_the_deciders() -> None:
    x = sitrep.extract(
        "The regional council met on Friday and decided to adopt a declaration that demands the release of the "
        "hostages."
    )
    assert "regional council" in _named(x, "actors")
    assert "REQUEST" in [e.type for e in x.events]


def test_events_a_party_named_in_full_and_then_shorter_is_one_party() -> None:
    full = Party(0, 30, "two federal prison wardens", "group")
    short = Party(80, 95, "prison wardens", "group")
    one = unify([full, short])
    assert one[short.own_key] == one[full.own_key] == full.own_key


def test_events_two_fuller_names_keep_a_shorter_one_apart() -> None:
    syrian = Party(0, 20, "Syrian security forces", "group")
    iraqi = Party(40, 60, "Iraqi security forces", "group")
    plain = Party(90, 110, "the riot security forces", "group")
    one = unify([syrian, iraqi, plain])
    assert len({one[p.own_key] for p in (syrian, iraqi, plain)}) == 3


def test_events_concerns_voiced_are_criticism() -> None:
    x = sitrep.extract("The union expressed concerns over the ministry's plan to close the mines.")
    assert [e.type for e in x.events] == ["ACCUSE"]


def test_events_who_sends_a_request_or_aid_is_named_after_from() -> None:
    x = sitrep.extract("The interior minister approved an extradition request from Norway on Monday.")
    assert "Norway" in _named(x, "actors")
    x = sitrep.extract("Kenya has received military aid from Japan.")
    assert "Japan" in _named(x, "actors")


def test_events_demands_from_a_party_that_are_accepted_are_conceded_to_that_party() -> None:
    x = sitrep.extract("The Chadian government on Friday accepted demands from the rebels that it hold elections.")
    assert "rebels" in _named(x, "targets")
    assert "rebels" not in _named(x, "actors")


def test_events_an_act_one_is_due_to_undergo_is_planned() -> None:
    x = sitrep.extract("Maria Petrova was due to be released from prison in March.")
    assert [e.modality for e in x.events] == ["planned"]


def test_events_a_place_on_the_weapon_says_where_not_who() -> None:
    x = sitrep.extract("Detectives still do not know what the Port Harcourt bomb was made of.")
    assert "Port Harcourt" not in _named(x, "actors")


def test_events_defending_people_or_land_is_no_praise_but_defending_a_decision_is() -> None:
    assert "SUPPORT" not in types("Every state has the right to defend its citizens against raids, Chile said.")
    assert "SUPPORT" in types("The minister defended the decision to close the port.")
    assert "CONSULT" not in types("The agency is helping the province prepare to meet future disasters.")


def test_events_a_fight_against_a_policy_is_no_battle() -> None:
    assert types("The union had done a fine job in fighting against pension cuts.") == []
    assert "ASSAULT" in types("Kurdish forces are fighting against the militants near the dam.")


def test_events_a_title_before_a_name_read_as_a_verb_is_no_event() -> None:
    assert "CONSULT" not in types("She told host Maria Lund that the raid had been a tragedy.")


def test_events_readiness_promises_only_a_deed_not_a_dedication() -> None:
    assert types("Engineers of the consortium are committed to the rebuilding of the port.") == []
    assert types("Ghana is committed to sending 300 troops to the mission.") == ["AGREE"]
    assert types("The two foreign ministers agreed to a ceasefire on Friday.") == ["AGREE"]


def test_events_rejecting_an_idea_rejects_no_party() -> None:
    assert types("The senator rejected the notion that the treaty had failed.") == []


def test_events_a_that_the_parse_made_a_subject_or_an_object_is_no_party() -> None:
    x = sitrep.extract(
        "Top Chadian officials sent clear new signals Tuesday that Chad wants to withdraw from northern Mali."
    )
    assert "Chad" in _named(x, "actors")
    x = sitrep.extract(
        "Top Israeli officials gave strong new signals Sunday that Israel wants to withdraw from the Golan."
    )
    assert "Israel" in _named(x, "actors")


def test_events_a_clause_of_time_the_parse_hung_on_a_protest_noun_is_an_event_of_its_own() -> None:
    x = sitrep.extract(
        "There were angry protests on the streets of the capital after students clashed with riot police."
    )
    assert "ASSAULT" in [e.type for e in x.events]


def test_events_tear_gas_fired_into_a_crowd_is_aimed_at_the_crowd() -> None:
    x = sitrep.extract("Riot police fired tear gas into crowds of protesters on Friday.")
    assert "protesters" in _named(x, "targets")


def test_events_protests_that_broke_out_somewhere_are_an_event_though_no_one_is_named() -> None:
    x = sitrep.extract("Protests broke out in Kano on Tuesday over rising fuel prices.")
    assert [e.type for e in x.events] == ["PROTEST"]
    assert x.events[0].location is not None
    assert types("The minister spoke as protests over fuel prices were reported in Kano.") == []


def test_events_a_phrase_may_quote_its_own_words() -> None:
    x = sitrep.extract('The Chilean ministry characterized the raid as "a grave violation of its sovereignty".')
    assert [e.type for e in x.events] == ["ACCUSE"]


def test_events_an_office_given_up_is_a_retreat_of_its_own_mode() -> None:
    x = sitrep.extract("Karl Ostrander, the special envoy for the talks, resigned on Friday.")
    assert [(e.type, e.mode) for e in x.events] == [("RETREAT", "resign")]


def test_events_a_stance_held_firm_holds_no_one() -> None:
    assert "COERCE" not in types("The space agency has held firm on its plans for the new rocket.")


def test_events_authorities_placed_in_a_country_act_for_it() -> None:
    x = sitrep.extract(
        "Norway drops fraud inquiry\n\nProsecutors in Norway have dropped an inquiry into the shipping magnate."
    )
    assert [e.type for e in x.events] == ["CONCEDE"]
    assert {"Norway", "Prosecutors"} <= _named(x, "actors")
    x = sitrep.extract("Troops in Mali attacked a convoy near Gao.")
    assert "Mali" not in _named(x, "actors")


def test_events_a_plea_bargain_is_no_agreement_between_parties() -> None:
    assert types("The defendant accepted a plea agreement offered by federal prosecutors.") == []


def test_events_a_choice_defended_or_judged_tells_the_act_chosen() -> None:
    x = sitrep.extract("The interior minister defended his decision not to free the jailed opposition activists.")
    assert ("CONCEDE", "negated") in [(e.type, e.modality) for e in x.events]
    assert _roles("Critics condemned the Ruritanian government's decision to deport the asylum seekers.", "COERCE") == (
        ["Ruritanian government"],
        ["asylum seekers"],
    )


def test_events_an_order_welcomed_is_support_and_its_act_is_the_orderers() -> None:
    x = sitrep.extract("Press freedom groups welcomed the appeals court's order to release the two reporters.")
    assert "CONSULT" not in [e.type for e in x.events]
    names = {e.id: e.name for e in x.entities}
    release = only(x.events, "CONCEDE")
    assert [names[a] for a in release.actors] == ["appeals court"]


def test_events_a_party_plural_read_as_a_verb_is_parsed_again_as_a_noun() -> None:
    x = sitrep.extract("The minister has refused to free the foreign terror suspects despite a court ruling.")
    assert "terror suspects" in _named(x, "targets") or "foreign terror suspects" in _named(x, "targets")


def test_events_a_closing_verb_of_saying_heads_the_sentence_and_a_penalty_warned_of_is_a_threat() -> None:
    sentence = "Demonstrators may be arrested if they occupy the square again, the interior ministry warned."
    actors, targets = _roles(sentence, "THREATEN")
    assert actors == ["interior ministry"] and targets == ["Demonstrators"]
    assert "THREATEN" not in types("Doctors warned that patients could be harmed if the strike goes on.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the emergency decree, foreign nationals can be detained without charge for ninety days.",
        "The reform would end the need to detain asylum seekers in remote camps.",
        "The senate gave the border police new powers to hold migrants for a week.",
    ],
)
def test_events_what_a_law_permits_or_a_power_allows_is_no_happening(sentence: str) -> None:
    assert "COERCE" not in types(sentence)


def test_events_a_name_after_by_that_the_parser_hung_on_a_time_is_the_nouns_doer() -> None:
    x = sitrep.extract(
        "German and Polish officials have confirmed another missile launch by North Korea Friday morning local time."
    )
    assert "North Korea" in _named(x, "actors")


def test_events_a_reported_clause_whose_subject_the_parser_took_for_what_was_said_keeps_it() -> None:
    sentence = "Witnesses said a rocket attack by the militia Sunday morning killed four soldiers."
    actors, targets = _roles(sentence, "ASSAULT")
    assert actors == ["militia"] and targets == ["soldiers"]


def test_events_a_march_led_was_held_and_a_tender_offer_is_business() -> None:
    x = sitrep.extract("The senators were among the party leaders who led a protest march to parliament on Friday.")
    assert [(e.type, e.modality) for e in x.events] == [("PROTEST", "asserted")]
    assert types("Shares rose after a tender offer by Northfield Capital Partners.") == []


def test_events_an_event_noun_read_as_a_verb_in_a_noun_phrase_is_parsed_again() -> None:
    text = (
        "Hours later, Syria fired rockets at Israeli positions in response to the US airstrike that killed "
        "two Syrian officers near Damascus."
    )
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    strike = next(v for v in x.events if "rockets" not in v.evidence.text)
    assert [names[a] for a in strike.actors] == ["United States"]


def test_events_a_verb_read_as_a_plural_noun_in_a_verbless_sentence_is_parsed_again() -> None:
    x = sitrep.extract("The airline transports fighters and arms across the region, helping the regime's war.")
    assert not any("transports" in name for name in _named(x, "actors"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics pointed to celebrity outbursts about blowing up, beheading, or burning the senator.",
        "The rebels talked about attacking the base.",
    ],
)
def test_events_a_gerund_after_about_is_talked_of_not_done(sentence: str) -> None:
    assert "ASSAULT" not in types(sentence)


def test_events_what_would_have_been_done_is_only_possible() -> None:
    x = sitrep.extract("Without the ceasefire, the army would have shelled the city.")
    assert [(e.type, e.modality) for e in x.events] == [("ASSAULT", "possible")]


def test_events_no_before_a_compound_negates_it_and_it_is_no_nationality_of_a_place() -> None:
    text = (
        "Russia on Tuesday denied its jets were responsible for air strikes that hit a school in the Syrian town "
        "of Idlib, saying it had carried out no air strikes there in recent weeks."
    )
    x = sitrep.extract(text)
    names = {e.id: e.name for e in x.entities}
    denied = [v for v in x.events if "no air strikes" in v.evidence.text]
    assert denied and all(v.modality == "negated" for v in denied)
    assert all("Syria" not in [names[a] for a in v.actors] for v in denied)


def test_events_a_second_verb_hung_on_the_first_ones_object_does_not_make_it_the_doer() -> None:
    x = sitrep.extract(
        "What is shameful is the attempt to stop the strike by illegal means, by shooting the doctors or bombing "
        "the clinics."
    )
    assert "doctors" not in _named(x, "actors")


def test_events_a_threat_of_an_act_takes_its_sides_and_a_masterminded_attack_is_no_words() -> None:
    text = "The minister referred to the threat of American air strikes against the rebels if they refuse to disarm."
    actors, targets = _roles(text, "THREATEN")
    assert actors == ["United States"] and targets == ["rebels"]
    x = sitrep.extract("Bin Laden is accused of masterminding the attack, and is on the most wanted list.")
    names = {e.id: e.name for e in x.entities}
    assert "Bin Laden" not in [names[a] for a in only(x.events, "ACCUSE").actors]


def test_events_a_visit_to_things_meets_no_one() -> None:
    assert "CONSULT" not in types("The inspectors visited three factories near Basra on Monday.")
    assert "CONSULT" in types("The president visited troops in Kandahar.")


def test_events_the_threat_of_a_named_party_is_its_threat() -> None:
    text = "The alliance was formed to counter the threat of the Soviet Union in the years after the war."
    x = sitrep.extract(text)
    threat = only(x.events, "THREATEN")
    names = {e.id: e.name for e in x.entities}
    assert [names[a] for a in threat.actors] == ["Soviet Union"] and threat.targets == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Armenia ceded control of the Kalbajar district to Azerbaijan under the truce.",
        "Egypt reopened the Rafah crossing on Saturday.",
    ],
)
def test_events_ground_ceded_and_a_crossing_reopened_are_concessions(sentence: str) -> None:
    assert "CONCEDE" in types(sentence)


def test_events_it_never_stands_for_a_nationality_in_a_hyphenated_modifier() -> None:
    x = sitrep.extract("Iran on Monday freed the 23 crew members of a British-flagged tanker it seized in July.")
    assert "United Kingdom" not in _named(x, "actors")


def test_events_a_participle_describing_the_object_of_a_headline_is_no_event() -> None:
    text = (
        "Ethiopia pardons jailed journalists\n\n"
        "Ethiopia's president pardoned 12 jailed journalists on Thursday, state media reported."
    )
    assert types(text) == ["CONCEDE"]


def test_events_warnings_of_consequences_and_of_a_price_to_pay_are_threats() -> None:
    actors, targets = _roles(
        'Pyongyang warned Seoul of "grave consequences" if it went ahead with the joint drills.', "THREATEN"
    )
    assert actors == ["North Korea"] and targets == ["South Korea"]
    x = sitrep.extract("Hezbollah warned Israel it would pay a heavy price for the raid.")
    assert types("Hezbollah warned Israel it would pay a heavy price for the raid.") == ["THREATEN"]
    assert "Israel" not in _named(x, "actors")


def test_events_warning_someone_against_an_act_is_one_threat_and_not_the_warners_act() -> None:
    x = sitrep.extract("Russia warned NATO against deploying troops near its borders.")
    assert [e.type for e in x.events] == ["THREATEN"]


def test_events_a_purpose_hung_on_the_second_of_two_objects_is_the_subjects() -> None:
    x = sitrep.extract("Riot police fired tear gas and rubber bullets to disperse protesters in the capital.")
    names = {e.id: e.name for e in x.entities}
    assert [([names[a] for a in e.actors], [names[t] for t in e.targets]) for e in x.events] == [
        (["Riot police"], ["protesters"])
    ]


def test_events_live_rounds_fired_are_ammunition_not_a_round_of_a_match() -> None:
    assert "ASSAULT" in types("Soldiers fired live rounds and stun grenades to scatter the crowd outside the ministry.")


def test_events_an_alleged_attack_is_reported_whatever_verb_it_hangs_on() -> None:
    x = sitrep.extract(
        "The police had invited the senators to appear before the command over alleged assaults on its men and "
        "destruction of its property."
    )
    assert [e.modality for e in x.events if e.type == "ASSAULT"] == ["reported"]


def test_events_fighting_that_erupted_between_two_sides_has_them_though_the_parse_hangs_the_verb_on_it() -> None:
    x = sitrep.extract("Heavy fighting erupted between government troops and rebels in the east of the country.")
    assert {"government troops", "rebels"} <= _named(x, "actors")


def test_events_prisoners_swapped_are_released_by_both_sides() -> None:
    actors, _targets = _roles("Armenia and Azerbaijan exchanged 32 prisoners of war on Thursday.", "CONCEDE")
    assert {"Armenia", "Azerbaijan"} <= set(actors)


def test_events_a_happening_told_in_a_region_and_in_a_town_of_that_country_is_one() -> None:
    text = (
        "Taliban seize key district in northern Afghanistan\n\n"
        "Taliban fighters captured a key district in Kunduz province on Sunday after days of fighting, local "
        "officials said."
    )
    x = sitrep.extract(text)
    assert [e.type for e in x.events] == ["ASSAULT"] and len(x.events[0].mentions) == 2


def test_events_it_may_stand_for_a_country_whose_name_ends_like_a_nationality() -> None:
    actors, _targets = _roles(
        "The president held out the prospect of more aid to Jordan if it cooperates with the trade embargo.",
        "COOPERATE",
    )
    assert actors == ["Jordan"]


def test_events_what_a_power_lets_someone_do_to_a_kind_of_people_is_no_happening() -> None:
    assert "COERCE" not in types("Under the new act, the government can hold suspects without charge or trial.")
    assert "ASSAULT" in types("The rebels may attack the convoy tomorrow, officials fear.")


def test_events_destroying_a_state_or_a_group_is_an_attack_and_destroying_homes_is_not() -> None:
    x = sitrep.extract("Israel vowed to destroy Hamas.")
    assert [e.type for e in x.events] == ["ASSAULT"]
    assert types("Settlers torched the homes of three Palestinian families.") == ["COERCE"]


def test_events_a_strike_that_killed_lends_its_doer_to_the_killing() -> None:
    actors, targets = _roles(
        "Saudi-led coalition air strikes killed at least 20 civilians at a market in northern Yemen.", "ASSAULT"
    )
    assert actors == ["Saudi Arabia"] and targets == ["civilians"]


def test_events_protests_over_a_price_are_no_business() -> None:
    assert types("Protests against the fuel price hike erupted in Tehran on Friday.") == ["PROTEST"]
    assert types("Shareholders protested against the merger.") == []


def test_events_a_crowd_counted_twice_that_rallied_is_a_protest() -> None:
    assert types("Tens of thousands rallied in Hong Kong on Sunday.") == ["PROTEST"]


def test_events_a_joined_verb_with_an_object_of_its_own_is_active() -> None:
    text = "In the video, the two men said they were being treated well and asked their governments to help."
    actors, targets = _roles(text, "REQUEST")
    assert actors == ["men"] and targets == ["governments"]


def test_events_a_maker_named_before_its_product_takes_no_part() -> None:
    x = sitrep.extract("A 19-year-old motorcyclist was struck by a Volvo XC90 driving on the wrong side of the road.")
    assert "Volvo" not in _named(x, "actors")
    x = sitrep.extract("The bombing of Pan Am Flight 103 killed 270 people.")
    assert "Pan Am" not in _named(x, "actors") | _named(x, "targets")


def test_events_a_crowd_counted_twice_is_named_whole() -> None:
    actors, _targets = _roles("Tens of thousands rallied in Hong Kong on Sunday.", "PROTEST")
    assert actors == ["Tens of thousands"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The widow vowed to keep up the battle after the verdict.",
        "Her parents are fighting for custody of the twins.",
        "The minister's bitter political battle with the unions is far from over.",
        "Firefighters battled the flames through the night.",
    ],
)
def test_events_a_struggle_no_armed_side_fights_is_no_fighting(sentence: str) -> None:
    assert "ASSAULT" not in types(sentence)


def test_events_armed_sides_that_battle_fight() -> None:
    actors, targets = _roles("Army units battled guerrillas in the mountains on Friday.", "ASSAULT")
    assert actors == ["Army units"] and targets == ["guerrillas"]
    assert types("The militants vowed to continue the battle for the port.") == ["ASSAULT"]


def test_events_a_ruling_that_an_act_is_unlawful_is_an_accusation_by_the_court() -> None:
    actors, targets = _roles("The appeal judges ruled that holding the men without charge was unlawful.", "ACCUSE")
    assert actors == ["appeal judges"] and targets == []
    actors, _targets = _roles("In March the law lords ruled it illegal to keep the detainees in prison.", "ACCUSE")
    assert actors == ["law lords"]


def test_events_a_ruling_is_only_against_the_party_it_names_after_against() -> None:
    actors, targets = _roles("The high court ruled against the defence ministry on Friday.", "ACCUSE")
    assert actors == ["high court"] and targets == ["defence ministry"]
    text = "Ministers want to keep the curfew on migrants, which the appeal judges have ruled against."
    assert _roles(text, "ACCUSE")[1] == []


@pytest.mark.parametrize(
    "sentence",
    ["The generals have ruled the country since the coup.", "The governor declared a state of emergency on Monday."],
)
def test_events_ruling_a_country_or_declaring_an_emergency_is_no_accusation(sentence: str) -> None:
    assert "ACCUSE" not in types(sentence)


def test_events_a_by_phrase_the_parse_hung_on_the_judging_verb_is_the_judged_acts_doer() -> None:
    x = sitrep.extract("The UN criticised the shelling of the village by government forces.")
    assert _named(x, "actors") >= {"United Nations", "government forces"}
    accuse = next(e for e in x.events if e.type == "ACCUSE")
    names = {e.id: e.name for e in x.entities}
    assert [names.get(t, t) for t in accuse.targets] == ["government forces"]


def test_events_a_by_phrase_hung_on_the_object_of_a_seizure_is_who_seized() -> None:
    actors, _targets = _roles("The EU criticised the seizure of the cargo ship by Iran.", "COERCE")
    assert actors == ["Iran"]
    x = sitrep.extract("Britain condemned the seizure of the cargo ship by force.")
    assert not _named(x, "actors") & {"force", "Force"}


def test_events_who_condemns_an_act_in_the_passive_did_not_do_it() -> None:
    text = "The kidnapping of three engineers by militiamen near the border was condemned by the EU."
    actors, targets = _roles(text, "COERCE")
    assert actors == ["militiamen"] and targets == ["engineers"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven pilgrims were killed when their minibus plunged into a ravine on Sunday.",
        "Nine workers died when a fireworks depot blew up outside the city.",
        "Two climbers were airlifted to hospital after the collapse of an ice bridge.",
        "Highway police are investigating a crash that left three people in hospital.",
    ],
)
def test_events_deaths_rescues_and_inquiries_in_an_accident_are_no_events(sentence: str) -> None:
    assert types(sentence) == []


def test_events_an_inquiry_into_an_attack_and_an_airlift_by_a_party_stay_events() -> None:
    assert "ACCUSE" in types("Police are investigating the bombing of the market.")
    assert "AID" in types("The army airlifted food to the villages cut off by the floods.")


def test_events_opposing_a_wrong_condemns_its_doer_and_opposing_a_plan_rejects_it() -> None:
    actors, targets = _roles("Canada strongly opposes the harassment of reporters by the junta.", "ACCUSE")
    assert actors == ["Canada"] and targets == ["junta"]
    assert "REJECT" not in types("Canada strongly opposes the harassment of reporters by the junta.")
    assert types("The rebels opposed the peace plan drawn up by the mediators.") == ["REJECT"]


def test_events_a_participle_describing_an_object_after_a_misread_gerund_is_no_event() -> None:
    assert types("Egypt would also take over guarding captured militants, the report said.") == []
    assert types("Army tanks shelled rebel positions overnight.") == ["ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of marines arrived to defend the island.",
        '"We will defend our border from the river to the sea," the colonel said.',
    ],
)
def test_events_a_defence_by_arms_is_no_support(sentence: str) -> None:
    assert "SUPPORT" not in types(sentence)


def test_events_defending_a_state_or_a_decision_in_words_is_support() -> None:
    assert types("The Cuban leader defended Venezuela against American criticism on Monday.") == ["SUPPORT"]
    assert "SUPPORT" in types("The minister defended the decision to close the consulate.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the rules, the mother met the test for asylum, officials said.",
        "The ministry met the deadline set by the court.",
    ],
)
def test_events_meeting_a_requirement_is_no_meeting(sentence: str) -> None:
    assert "CONSULT" not in types(sentence)


def test_events_a_warning_against_travel_is_no_threat() -> None:
    assert types("The Foreign Office lifted its warning against travel to Tunisia.") == []
    assert types("Soldiers massed on the border, the ministry said.") == ["MOBILIZE"]


def test_events_the_object_of_a_verb_of_control_right_before_an_infinitive_does_it() -> None:
    text = "He said Moscow would use force if diplomacy failed to force Kiev to back down."
    actors, _targets = _roles(text, "CONCEDE")
    assert actors == ["Kyiv"]


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea test-fired two short-range ballistic missiles into the sea off its east coast on Thursday.",
        "Pakistan has test-fired a new ballistic missile, the army said.",
    ],
)
def test_events_a_verb_written_with_a_hyphen_after_a_name_is_read_as_a_verb(sentence: str) -> None:
    x = sitrep.extract(sentence)
    assert [(e.type, e.modality) for e in x.events] in ([("MOBILIZE", "asserted")], [("MOBILIZE", "reported")])


def test_events_a_military_operation_against_a_party_is_an_attack_by_who_launched_it() -> None:
    actors, targets = _roles("Kenya launched a military operation against al-Shabab fighters on Monday.", "ASSAULT")
    assert actors == ["Kenya"] and targets == ["al-Shabaab"]


def test_events_a_trigger_read_as_a_verb_before_the_noun_it_modifies_is_no_event() -> None:
    assert types("Sudan's military rulers and protest leaders signed a power-sharing deal on Saturday.") == ["AGREE"]


def test_events_a_company_acting_alone_is_no_political_actor() -> None:
    assert types("Siemens and Volvo have announced plans to pull out of Iran.") == []
    assert "ACCUSE" in types("Boeing sued the Pentagon over the tanker contract.")


def test_events_what_the_police_do_to_anyone_is_political() -> None:
    actors, targets = _roles("Police arrested a famous actor on Sunday.", "COERCE")
    assert actors == ["Police"] and targets == ["famous actor"]


def test_events_a_participle_joined_to_an_adverb_is_done_by_the_clauses_subject() -> None:
    text = "Militants attacked an army post in the north of the country overnight, killing 12 soldiers, officials said."
    x = sitrep.extract(text)
    assert len(x.events) == 1 and _named(x, "actors") == {"Militants"}


def test_events_a_bare_party_word_is_the_party_named_with_it_and_a_collective_head() -> None:
    text = "Opposition calls for general strike\n\nThe main opposition party has called for a general strike on Monday."
    x = sitrep.extract(text)
    assert [e.type for e in x.events] == ["PROTEST"]
    assert _named(x, "actors") == {"main opposition party"}


def test_events_a_relative_clauses_object_read_as_the_main_verbs_subject_is_parsed_again() -> None:
    text = "A journalist who had criticised the government was shot dead outside his home on Monday."
    actors, targets = _roles(text, "ASSAULT")
    assert actors == [] and targets == ["journalist"]


def test_events_a_main_verb_hung_on_a_relative_verb_befalls_the_noun_the_clause_describes() -> None:
    x = sitrep.extract("A blogger who had mocked the president was arrested on Tuesday.")
    arrest = next(e for e in x.events if e.type == "COERCE")
    names = {e.id: e.name for e in x.entities}
    assert [names[t] for t in arrest.targets] == ["blogger"] and arrest.modality == "asserted"


def test_events_closing_airspace_sanctions_and_suspending_the_constitution_coerces() -> None:
    assert types("Pakistan closed its airspace to Indian airlines on Tuesday.") == ["SANCTION"]
    assert types("The generals suspended the constitution on Friday.") == ["COERCE"]
    assert types("The prime minister dissolved parliament and called early elections.") == []


def test_events_the_possessive_pronoun_of_an_act_begun_is_its_beginners() -> None:
    actors, _targets = _roles("Refugees have fled into Bangladesh since the army began its crackdown.", "COERCE")
    assert actors == ["army"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tens of thousands of nurses marched in the capital on Monday.",
        "Tens of thousands of nurses went on strike on Monday.",
    ],
)
def test_events_a_crowd_counted_twice_of_a_named_people_is_those_people(sentence: str) -> None:
    actors, _targets = _roles(sentence, "PROTEST")
    assert actors == ["nurses"]


def test_events_walking_off_the_job_is_a_strike_and_a_rally_with_its_purpose_is_one_protest() -> None:
    assert types("Workers at the refinery walked off the job on Friday.") == ["PROTEST"]
    text = "Tens of thousands of people rallied in the morning of March 3 to protest against the junta in Mandalay."
    assert types(text) == ["PROTEST"]


def test_events_people_counted_as_held_or_killed_are_not_their_custodians() -> None:
    text = "The army said it had rescued three hostages held by Boko Haram in the forest."
    _actors, targets = _roles(text, "AID")
    assert targets == ["hostages"]


def test_events_a_named_ship_is_no_person_party() -> None:
    result = sitrep.extract("Militants seized the HMS Northern Leader in the strait.")
    assert not [e for e in result.entities if e.kind == "person"], result.entities
    assert [e.name for e in result.entities if e.kind == "equipment"] == ["HMS Northern Leader"]
