"""The quantities component, one pattern family per test, on sentences written for these tests."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

import sitrep.components.quantities  # noqa: F401  (registers the factory)
from sitrep.components import register_extensions
from sitrep.pipeline import extract as extract_article
from sitrep.reader import prepare
from sitrep.record import Entity, Mention, Quantity, Time


def quantities_pipeline() -> Language:
    """A blank pipeline with only sentences and quantities, so that the entities are the ones a test gives."""
    register_extensions()
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sitrep_sentences")
    pipeline.add_pipe("sitrep_quantities")
    return pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return quantities_pipeline()


def entity(eid: str, kind: str, name: str, text: str, *surfaces: str) -> Entity:
    """An entity with a mention at every occurrence of each surface string in `text`."""
    mentions = []
    for surface in surfaces:
        at = text.find(surface)
        while at >= 0:
            mentions.append(Mention(at, at + len(surface), surface))
            at = text.find(surface, at + 1)
    return Entity(id=eid, kind=kind, name=name, mentions=mentions)


def extract(
    nlp: Language,
    text: str,
    entities: list[Entity] | None = None,
    times: list[Time] | None = None,
    time_spans: list[tuple[int, int]] | None = None,
) -> list[Quantity]:
    doc = nlp.make_doc(text)
    doc._.sections, doc._.entities, doc._.times, doc._.quantities = [], entities or [], times or [], []
    for name, component in nlp.pipeline:
        if name == "sitrep_quantities" and time_spans is not None:
            doc.spans["sitrep_times"] = [doc.char_span(s, e, alignment_mode="expand") for s, e in time_spans]
        doc = component(doc)
    for q in doc._.quantities:
        assert text[q.start : q.end] == q.text
    return list(doc._.quantities)


def one(nlp: Language, text: str, **kwargs: object) -> Quantity:
    found = extract(nlp, text, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def texts(found: list[Quantity]) -> list[str]:
    return [q.text for q in found]


# numbers in every news form


def test_quantities_digits_with_separators_and_decimals(nlp: Language) -> None:
    q = one(nlp, "Officials said 12,400 soldiers crossed the border.")
    assert (q.text, q.value, q.unit, q.category) == ("12,400 soldiers", 12400, "soldier", "personnel")
    assert one(nlp, "The convoy carried 3.5 tanks worth of fuel.").value == 3.5
    assert one(nlp, "Inspectors counted 2.500 rifles.").value == 2.5  # not a thousand in English text


def test_quantities_spelled_out_numbers(nlp: Language) -> None:
    assert one(nlp, "Thirty-five fighters surrendered.").value == 35
    assert one(nlp, "The navy lost a dozen drones.").value == 12
    q = one(nlp, "The war uprooted half a million refugees.")
    assert (q.value, q.unit, q.category) == (500_000, "refugee", "displaced")
    assert one(nlp, "Two hundred thousand people marched.").value == 200_000


def test_quantities_scales_and_suffixes(nlp: Language) -> None:
    q = one(nlp, "Congress approved $1.2 billion in aid.")
    assert (q.text, q.value, q.unit, q.category) == ("$1.2 billion", 1_200_000_000, "dollar", "money")
    assert one(nlp, "The deal is worth $3bn over time.").value == 3_000_000_000
    assert one(nlp, "A fund of €5m was set up.").unit == "euro"
    assert one(nlp, "Some 4K volunteers signed up.").value == 4000
    assert one(nlp, "The camp holds 1.2 million displaced people.").value == 1_200_000


def test_quantities_percent_and_currency_words(nlp: Language) -> None:
    q = one(nlp, "Turnout fell by 12% this time.")
    assert (q.text, q.value, q.unit, q.category) == ("12%", 12, "percent", "other")
    assert one(nlp, "Prices rose 4.5 percent.").unit == "percent"
    q = one(nlp, "The ministry spent 20 million pounds on radar.")
    assert (q.unit, q.category) == ("pound", "money")


def test_quantities_vague_amounts_have_bounds_and_no_value(nlp: Language) -> None:
    q = one(nlp, "Dozens of civilians sheltered in the school.")
    assert (q.value, q.low, q.approximate, q.unit) == (None, 24, True, "civilian")
    q = one(nlp, "Aid reached hundreds of displaced families.")
    assert (q.unit, q.category, q.low, q.high) == ("family", "displaced", 200, 999)
    assert one(nlp, "Several countries objected.").unit == "country"
    assert extract(nlp, "Several said so, and a few agreed.") == []
    q = one(nlp, "Sanctions cost hundreds of billions of dollars.")
    assert (q.low, q.high, q.unit, q.category) == (200e9, 999e9, "dollar", "money")


def test_quantities_ranges(nlp: Language) -> None:
    q = one(nlp, "Between 2,000 and 2,500 marines will deploy.")
    assert (q.value, q.low, q.high, q.unit) == (None, 2000, 2500, "marine")
    q = one(nlp, "The brigade fields 2,000-2,500 troops.")
    assert (q.low, q.high, q.text) == (2000, 2500, "2,000-2,500 troops")
    assert (one(nlp, "They lost two to three tanks.").low, one(nlp, "They lost two or three tanks.").high) == (2, 3)
    q = one(nlp, "The budget grew to $2-3 billion.")
    assert (q.low, q.high, q.unit) == (2_000_000_000, 3_000_000_000, "dollar")
    assert extract(nlp, "The home side won 3-1 on penalties.") == []


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "approximate"),
    [
        ("more than 170", None, 170, None, False),
        ("at least 170", None, 170, None, False),
        ("up to 170", None, None, 170, False),
        ("fewer than 170", None, None, 170, False),
        ("nearly 170", 170, None, None, True),
        ("about 170", 170, None, None, True),
        ("roughly 170", 170, None, None, True),
        ("some 170", 170, None, None, True),
        ("an estimated 170", 170, None, None, True),
    ],
)
def test_quantities_qualifiers_set_bounds(
    nlp: Language, phrase: str, value: float | None, low: float | None, high: float | None, approximate: bool
) -> None:
    q = one(nlp, f"Rebels fired {phrase} mortars at the base.")
    assert q.text == f"{phrase} mortars"
    assert (q.value, q.low, q.high, q.approximate, q.unit, q.category) == (
        value,
        low,
        high,
        approximate,
        "mortar",
        "weapons",
    )


def test_quantities_trailing_qualifiers(nlp: Language) -> None:
    q = one(nlp, "The raid left 100 or more fighters stranded.")
    assert (q.low, q.value, q.unit) == (100, None, "fighter")


# the counted thing


def test_quantities_head_noun_found_past_modifiers(nlp: Language) -> None:
    q = one(nlp, "Militias launched 64 rocket and drone strikes last month.")
    assert (q.text, q.unit, q.category) == ("64 rocket and drone strikes", "strike", "attacks")
    q = one(nlp, "The base hosts 300 Norwegian special operations troops.")
    assert (q.unit, q.category) == ("troop", "personnel")
    assert one(nlp, "The team found 14 unexploded cluster bombs.").unit == "bomb"
    assert one(nlp, "Roughly 13,000 US troops remain.").unit == "troop"
    assert one(nlp, "Pyongyang fired four Hwasong-12 missiles.").unit == "missile"
    q = one(nlp, "The base has 3 service members.")
    assert (q.unit, q.category) == ("member", "personnel")  # the head noun, categorised by its compound
    found = extract(nlp, "Five more soldiers and 1,500 additional troops arrived.")
    assert [(q.value, q.unit) for q in found] == [(5, "soldier"), (1500, "troop")]


def test_quantities_lemmas_use_rules_and_exceptions(nlp: Language) -> None:
    assert one(nlp, "Floods hit 40 cities.").unit == "city"
    assert one(nlp, "The strike killed 7 people.").unit == "person"
    assert one(nlp, "Police seized 30 boxes.").unit == "box"
    assert one(nlp, "The border runs 12 km east.").unit == "kilometer"
    assert one(nlp, "Some 32 MPs rebelled.").unit == "mp"


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The blast killed 12 people in the market.", "killed"),
        ("Officials said 12 people were killed overnight.", "killed"),
        ("At least 12 were reportedly killed.", "killed"),
        ("The clashes left 30 wounded.", "wounded"),
        ("Police detained 40 protesters.", "detained"),
        ("Shelling displaced 900 families.", "displaced"),
        ("The fire caused 9 casualties.", "casualties"),
        ("Mourners buried 14 people who were killed in the raid.", "killed"),
        ("They honoured 14 soldiers who killed the sniper.", "personnel"),
    ],
)
def test_quantities_verbs_set_casualty_categories(nlp: Language, sentence: str, category: str) -> None:
    assert one(nlp, sentence).category == category


def test_quantities_verb_reaches_past_a_place_phrase_but_not_places(nlp: Language) -> None:
    found = extract(nlp, "At least 40 protesters in 12 towns were killed.")
    assert [(q.unit, q.category) for q in found] == [("protester", "killed"), ("town", "other")]


def test_quantities_verb_does_not_recategorise_attacks(nlp: Language) -> None:
    found = extract(nlp, "Twelve airstrikes killed 30 soldiers.")
    assert [(q.unit, q.category) for q in found] == [("airstrike", "attacks"), ("soldier", "killed")]


def test_quantities_distance(nlp: Language) -> None:
    q = one(nlp, "The front moved 25 miles from the capital.")
    assert (q.text, q.unit, q.category) == ("25 miles", "mile", "distance")
    q = one(nlp, "It was a 40-mile drive.")
    assert (q.value, q.unit, q.category) == (40, "mile", "distance")


# not quantities


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers of the 2nd Battalion, 7th Marine Regiment and the 82nd Airborne Division trained.",
        "Crews flew the CH-53 and F-35 while an M777 and a T-72 stood by.",
        "The ceasefire began on March 3, 2023, at 6:15 AM local time.",
        "It ended 3 June and resumed at 5 p.m. on Friday.",
        "The force was founded in 1991 and rebuilt since 2003.",
        "See page 12 and section 4 of Resolution 2334.",
        "Call the hotline at 555-0142 or (202) 555-0187.",
        '"We will hold," said Omar Haddad, 52, a farmer.',
        "The 9/11 attacks and Boeing 737 orders were discussed.",
        "The talks lasted three days over two weeks.",
        "One of the officials said the two countries agreed.",
        "A 19-year-old conscript and a two-state plan were mentioned.",
        "He was shot outside a 7-11 store near the iPhone 4 display.",
        "The talks took between 60 and 90 days.",
        "For tips call 0207 555 0199 today.",
        "Listen.\n1) Talks matter. 2) Force does not.",
        "Photo 3 of 30 shows the square. He turned 38 last week.",
        "Most were men between the ages of 18 and 35.",
        '"We are ready," two senior officials told reporters.',
        "The plan was approved, according to three diplomats.",
    ],
)
def test_quantities_not_reported(nlp: Language, sentence: str) -> None:
    assert texts(extract(nlp, sentence)) == []


def test_quantities_people_counted_outside_an_attribution_are_kept(nlp: Language) -> None:
    q = one(nlp, "Gunmen killed two officials in Kandahar.")
    assert (q.text, q.category) == ("two officials", "killed")


def test_quantities_count_beside_a_label_is_kept(nlp: Language) -> None:
    found = extract(nlp, "On March 3, 2023, the 4th Brigade sent 600 soldiers.")
    assert texts(found) == ["600 soldiers"]


def test_quantities_skip_time_spans(nlp: Language) -> None:
    text = "Over 48 hours, 30 drones were launched."
    assert texts(extract(nlp, text, time_spans=[(0, 13)])) == ["30 drones"]


# context: holder, location, time


def test_quantities_holder_from_modifier_and_possessor(nlp: Language) -> None:
    text = "France keeps 1,100 French troops in Chad, and Chad's 300 soldiers patrol."
    france = entity("E1", "country", "France", text, "France", "French")
    chad = entity("E2", "country", "Chad", text, "Chad")
    first, second = extract(nlp, text, entities=[france, chad])
    assert (first.holder, first.location) == ("E1", "E2")
    assert (second.holder, second.location) == ("E2", None)


def test_quantities_holder_from_a_demonym_head(nlp: Language) -> None:
    text = "Floods killed 14 Nepalis near the border."
    nepal = entity("E1", "country", "Nepal", text, "Nepalis")
    q = one(nlp, text, entities=[nepal])
    assert (q.unit, q.category, q.holder) == ("nepali", "killed", "E1")


def test_quantities_holder_from_of_phrase_and_subject(nlp: Language) -> None:
    text = "An alliance of 31 nations met. Last year, the Red Hand militia carried out 45 raids on bases in Mali."
    alliance = entity("E1", "organization", "the alliance", text, "alliance")
    militia = entity("E2", "group", "Red Hand militia", text, "Red Hand militia")
    mali = entity("E3", "country", "Mali", text, "Mali")
    nations, raids = extract(nlp, text, entities=[alliance, militia, mali])
    assert (nations.holder, nations.category) == ("E1", "countries")
    assert (raids.holder, raids.location) == ("E2", "E3")


def test_quantities_holder_of_a_collective_and_opening_location(nlp: Language) -> None:
    text = "In Mali, Chad's army of 5,000 holds the north."
    mali = entity("E1", "country", "Mali", text, "Mali")
    chad = entity("E2", "country", "Chad", text, "Chad")
    q = one(nlp, text, entities=[mali, chad])
    assert (q.text, q.category, q.holder, q.location) == ("5,000", "personnel", "E2", "E1")


def test_quantities_holder_of_a_collective_with_modifiers_after_the_possessive(nlp: Language) -> None:
    text = "Norway's defence budget of 50 billion euros is growing."
    norway = entity("E1", "country", "Norway", text, "Norway")
    q = one(nlp, text, entities=[norway])
    assert (q.category, q.holder) == ("money", "E1")
    text = "Latvia's missile arsenal of 3,000 rockets worries Estonia."
    latvia = entity("E1", "country", "Latvia", text, "Latvia")
    assert [q.holder for q in extract(nlp, text, entities=[latvia]) if q.text.startswith("3,000")] == ["E1"]


def test_quantities_location_skips_modifier_places(nlp: Language) -> None:
    text = "Gunmen staged 20 attacks on Kenyan army posts in Lamu and Garissa."
    kenya = entity("E1", "country", "Kenya", text, "Kenyan")
    lamu = entity("E2", "place", "Lamu", text, "Lamu")
    q = one(nlp, text, entities=[kenya, lamu])
    assert q.location == "E2"
    assert q.holder is None  # "Kenyan" is the target's modifier, and no subject entity is known


def test_quantities_distance_has_no_subject_holder(nlp: Language) -> None:
    text = "Rebels from Tigray came within 60 miles of Addis Ababa."
    tigray = entity("E1", "group", "Tigray rebels", text, "Rebels from Tigray")
    addis = entity("E2", "place", "Addis Ababa", text, "Addis Ababa")
    q = one(nlp, text, entities=[tigray, addis])
    assert (q.holder, q.unit) == (None, "mile")


def test_quantities_time_links_periods_only(nlp: Language) -> None:
    text = "Over the past month, insurgents staged 30 ambushes, officials said on Monday."
    period = Time("T1", 0, 19, text[0:19], "DURATION", "P1M", role="period")
    point = Time("T2", 71, 80, text[71:80], "DATE", "2024-01-01", role="point")
    assert one(nlp, text, times=[period, point]).time == "T1"
    assert one(nlp, text, times=[point]).time is None


def test_quantities_repeated_figure_keeps_location(nlp: Language) -> None:
    text = "Norway has 400 Norwegian troops in Lithuania. It is unclear whether the 400 Norwegian troops will stay."
    norway = entity("E1", "country", "Norway", text, "Norway", "Norwegian")
    lithuania = entity("E2", "country", "Lithuania", text, "Lithuania")
    first, second = extract(nlp, text, entities=[norway, lithuania])
    assert (second.holder, second.location) == ("E1", "E2")
    assert first.id == "Q1" and second.id == "Q2"


def test_quantities_work_without_entities(nlp: Language) -> None:
    q = one(nlp, "About 900 troops remain in the region.")
    assert (q.value, q.approximate, q.holder, q.location, q.time) == (900, True, None, None, None)


def test_quantities_component_is_picklable(nlp: Language) -> None:
    component = nlp.get_pipe("sitrep_quantities")
    assert pickle.loads(pickle.dumps(component)).spans_key == "sitrep_quantities"


def test_quantities_span_group_matches_records(nlp: Language) -> None:
    doc = nlp("Raiders took 15 hostages and 3 tanks.")
    group: list[Span] = list(doc.spans["sitrep_quantities"])
    assert [s.text for s in group] == [q.text for q in doc._.quantities] == ["15 hostages", "3 tanks"]
    assert [s.label_ for s in group] == ["detained", "weapons"]


# the mission's example


def test_quantities_seed_rows_come_out(shared: Path) -> None:
    from sitrep.eval.quantities import seed_score

    result = seed_score(shared)
    assert result.missing == []
    assert result.value_right == result.unit_right == result.category_right == result.expected
    assert result.forbidden_found == []


def _seed_entity(eid: str, kind: str, name: str, text: str, *patterns: str) -> Entity:
    mentions = [Mention(m.start(), m.end(), m.group()) for p in patterns for m in re.finditer(p, text)]
    return Entity(id=eid, kind=kind, name=name, mentions=mentions)


def test_quantities_seed_holders_and_locations_with_entities(nlp: Language, seed_text: str) -> None:
    """What the entity component will provide, built by hand, gives each seed row its holder and location."""
    prepared = prepare(seed_text)
    text = prepared.text
    entities = [
        _seed_entity("E1", "country", "United States", text, r"\bU\.S\.(?!-)", r"\bUS\b", r"\bAmerican\b"),
        _seed_entity("E2", "country", "Iraq", text, r"\bIraq\b"),
        _seed_entity("E3", "country", "Syria", text, r"(?<!northeast )\bSyria\b"),
        _seed_entity("E4", "place", "northeast Syria", text, r"northeast Syria"),
        _seed_entity("E5", "place", "Baghdad", text, r"Baghdad"),
        _seed_entity("E6", "group", "Iranian-backed militia groups", text, r"Iranian-backed militia groups"),
        _seed_entity("E7", "organization", "anti-ISIS coalition", text, r"anti-ISIS coalition"),
        _seed_entity("E8", "organization", "ISIS", text, r"\bISIS\b"),
    ]
    doc = nlp.make_doc(text)
    doc._.sections, doc._.entities, doc._.times, doc._.quantities = prepared.layout.sections, entities, [], []
    for _, component in nlp.pipeline:
        doc = component(doc)
    names = {e.id: e.name for e in entities}
    got = {
        (q.value or q.low, q.unit): (names.get(q.holder or ""), names.get(q.location or "")) for q in doc._.quantities
    }
    assert got == {
        (2500, "troop"): ("United States", "Iraq"),
        (900, "troop"): ("United States", "northeast Syria"),
        (170, "attack"): ("Iranian-backed militia groups", "Iraq"),
        (40, "mile"): (None, "Baghdad"),
        (87, "country"): ("anti-ISIS coalition", None),
    }
    assert len(doc._.quantities) == 7


def test_quantities_mention_alignment_matches_char_span(nlp: Language) -> None:
    from sitrep.components.quantities.mentions import _Aligner

    doc = nlp.make_doc("  Troops of the U.S.-led coalition,  near\u00a0Mosul;  fled. ")
    aligned = _Aligner(doc)
    size = len(doc.text)
    mismatches = []
    for start in range(-1, size + 2):
        for end in range(start + 1, size + 2):
            span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start <= end <= size else None
            want = (span.start, span.end) if span is not None else None
            got = aligned.expand(start, end)
            if 0 <= start <= end <= size and got != want:
                mismatches.append((start, end, got, want))
    assert mismatches == []
    assert aligned.expand(0, size) == (0, len(doc))
    assert aligned.expand(size, size + 1) is None


# issue 16: categories, holders and locations on real-news constructions (sentences written for these tests)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Nine fishermen remain missing after the storm.", "missing"),
        ("The death toll rose to 31 by Friday.", "killed"),
        ("The province counted 4,000 of the 9,000 recorded deaths.", "killed"),
        ("Ankara hosts 1.5 million refugees, down from 2 million last year.", "displaced"),
    ],
)
def test_quantities_category_from_tally_part_and_ellipsis(nlp: Language, sentence: str, category: str) -> None:
    assert extract(nlp, sentence)[0].category == category


def test_quantities_part_leaves_the_whole_its_own_figure(nlp: Language) -> None:
    found = extract(nlp, "The province counted 4,000 of the 9,000 recorded deaths.")
    assert [(q.text, q.value, q.category) for q in found] == [
        ("4,000", 4000, "killed"),
        ("9,000 recorded deaths", 9000, "killed"),
    ]


def test_quantities_rise_by_to_is_two_figures_and_tallies_are_none(nlp: Language) -> None:
    found = extract(nlp, "Spending will rise by $4bn to $60bn.")
    assert [(q.value, q.low, q.high) for q in found] == [(4e9, None, None), (6e10, None, None)]
    assert extract(nlp, "The judges ruled by a seven to two majority.") == []


def test_quantities_three_and_a_half_and_suffix_before_full_stop(nlp: Language) -> None:
    assert one(nlp, "A peak of three-and-a-half million people.").value == 3_500_000
    assert one(nlp, "They cut aid by $75m. Nobody objected.").value == 75_000_000


@pytest.mark.parametrize(
    "sentence",
    [
        "She starred in the Six Nations final.",
        "He spoke on Channel Four's evening news.",
        "She ran in lane five and won.",
        "They reached the last four of the tournament.",
        'The letter "7" stands for the month.',
    ],
)
def test_quantities_number_words_in_names_labels_and_ranks_are_not_counts(nlp: Language, sentence: str) -> None:
    assert extract(nlp, sentence) == []


def test_quantities_title_case_headline_keeps_its_count(nlp: Language) -> None:
    assert one(nlp, "Blast Kills Seven Soldiers").category == "killed"


def test_quantities_location_before_the_figure_for_happenings(nlp: Language) -> None:
    text = "The ambush near Gao killed 14 soldiers."
    q = one(nlp, text, entities=[entity("E1", "place", "Gao", text, "Gao")])
    assert (q.category, q.location) == ("killed", "E1")
    text = "A Herat truck bombing wounded 40 people."
    q = one(nlp, text, entities=[entity("E1", "place", "Herat", text, "Herat")])
    assert (q.category, q.location) == ("wounded", "E1")


def test_quantities_place_in_the_phrase_of_a_happening_subject_is_the_location(nlp: Language) -> None:
    text = "Clashes in Tromso left 12 people dead."
    q = one(nlp, text, entities=[entity("E1", "place", "Tromso", text, "Tromso")])
    assert (q.category, q.location) == ("killed", "E1")
    text = "Fighting in Tromso has left hundreds of families homeless."
    q = one(nlp, text, entities=[entity("E1", "place", "Tromso", text, "Tromso")])
    assert q.location == "E1"
    text = "A shooting at the Norwegian consulate left two guards dead."
    q = one(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norwegian")])
    assert q.location is None
    text = "Officials in Tromso left 12 people behind."
    q = one(nlp, text, entities=[entity("E1", "place", "Tromso", text, "Tromso")])
    assert q.location is None


def test_quantities_place_after_an_aside_on_the_counted_people_is_the_location(nlp: Language) -> None:
    text = "Two guards, both members of the border unit, were wounded in Narvik on Monday."
    q = one(nlp, text, entities=[entity("E1", "place", "Narvik", text, "Narvik")])
    assert (q.category, q.location) == ("wounded", "E1")
    text = "Two guards, who had fled from Narvik, were wounded."
    q = one(nlp, text, entities=[entity("E1", "place", "Narvik", text, "Narvik")])
    assert q.location is None


def test_quantities_others_opening_a_sentence_take_the_party_of_the_count_before(nlp: Language) -> None:
    text = "Two Norwegian soldiers were killed on Monday. Three others were wounded, the army said."
    found = extract(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norwegian")])
    assert [(q.text, q.category, q.holder) for q in found] == [
        ("Two Norwegian soldiers", "killed", "E1"), ("Three others", "wounded", "E1")]
    text = "Two Norwegian soldiers were killed on Monday. Hamar said three others were wounded."
    found = extract(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norwegian")])
    assert found[1].holder is None
    text = "Police arrested 12 men. Two Norwegian soldiers were killed. Three others were wounded."
    found = extract(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norwegian")])
    assert found[-1].holder == "E1"
    text = "Two Norwegian soldiers were killed. The police said 12 people were arrested. Three others were wounded."
    found = extract(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norwegian")])
    assert found[-1].holder is None


def test_quantities_place_a_verb_of_striking_hits_is_the_location(nlp: Language) -> None:
    text = "Heavy shelling hit Tromso overnight, wounding 11 civilians."
    q = one(nlp, text, entities=[entity("E1", "place", "Tromso", text, "Tromso")])
    assert (q.category, q.location) == ("wounded", "E1")
    text = "A missile hit the Tromso hotel, killing two guests."
    q = one(nlp, text, entities=[entity("E1", "place", "Tromso", text, "Tromso")])
    assert q.location is None


def test_quantities_location_before_stops_at_a_speech_verb(nlp: Language) -> None:
    text = "Speaking in Oslo, the minister said 14 soldiers were killed."
    q = one(nlp, text, entities=[entity("E1", "place", "Oslo", text, "Oslo")])
    assert (q.category, q.location) == ("killed", None)


def test_quantities_place_before_an_event_noun_is_the_location(nlp: Language) -> None:
    text = "The rebels suffered hundreds of casualties in the Sirte siege."
    rebels = entity("E1", "group", "rebels", text, "rebels")
    q = one(nlp, text, entities=[rebels, entity("E2", "place", "Sirte", text, "Sirte")])
    assert (q.category, q.holder, q.location) == ("casualties", "E1", "E2")


def test_quantities_holder_from_a_participle_by_phrase(nlp: Language) -> None:
    text = "The $12bn in military aid approved by Parliament was delayed."
    q = one(nlp, text, entities=[entity("E1", "organization", "Parliament", text, "Parliament")])
    assert (q.category, q.holder) == ("money", "E1")


def test_quantities_holder_from_a_participle_by_phrase_past_its_article(nlp: Language) -> None:
    text = "The 200 prisoners held by the Red Hand were freed on Friday."
    q = one(nlp, text, entities=[entity("E1", "group", "Red Hand", text, "Red Hand")])
    assert (q.category, q.holder) == ("detained", "E1")


def test_quantities_part_of_a_possessors_counted_noun(nlp: Language) -> None:
    text = "Three of Norway's soldiers were killed in the fighting."
    q = one(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norway")])
    assert (q.text, q.category, q.holder) == ("Three of Norway's soldiers", "killed", "E1")
    text = "Two of the rebel group's commanders were arrested."
    assert one(nlp, text).category == "detained"


def test_quantities_elided_figure_keeps_the_holder(nlp: Language) -> None:
    text = "Norway now has 900 troops there, up from 600 in March."
    found = extract(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norway")])
    assert [(q.value, q.category, q.holder) for q in found] == [(900, "personnel", "E1"), (600, "personnel", "E1")]


def test_quantities_maker_or_backer_named_with_a_hyphen_is_not_the_holder(nlp: Language) -> None:
    text = "Some 40 Danish-built patrol boats are sailing."
    assert one(nlp, text, entities=[entity("E1", "country", "Denmark", text, "Danish")]).holder is None
    text = "Some 40 Danish patrol boats are sailing."
    assert one(nlp, text, entities=[entity("E1", "country", "Denmark", text, "Danish")]).holder == "E1"
    text = "About 20 raids were carried out by Chad-backed Sudanese militias."
    parties = [entity("E1", "country", "Chad", text, "Chad"), entity("E2", "country", "Sudan", text, "Sudanese")]
    assert one(nlp, text, entities=parties).holder != "E1"


def test_quantities_payer_of_money_is_not_its_location(nlp: Language) -> None:
    text = "Latvia will get $2bn in aid from Norway."
    parties = [entity("E1", "country", "Latvia", text, "Latvia"), entity("E2", "country", "Norway", text, "Norway")]
    assert one(nlp, text, entities=parties).location is None


def test_quantities_place_followed_by_a_time_or_preposition_is_the_location(nlp: Language) -> None:
    text = "Norway has carried out 100 raids in Latvia this week."
    latvia = entity("E1", "country", "Latvia", text, "Latvia")
    assert one(nlp, text, entities=[latvia]).location == "E1"
    text = "About 30 people were killed in Latvia overnight, officials said."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")]).location == "E1"
    text = "Some 40 Latvia border guards were sent."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")]).location is None


def test_quantities_place_after_a_noun_of_settlement_and_of_is_the_location(nlp: Language) -> None:
    text = "Gunmen killed 12 people in the town of Lamu on Sunday."
    assert one(nlp, text, entities=[entity("E1", "place", "Lamu", text, "Lamu")]).location == "E1"
    text = "The navy seized 3 boats off the coast of Latvia."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")]).location == "E1"


def test_quantities_place_after_a_word_of_blame_is_no_location(nlp: Language) -> None:
    text = "Mine blasts blamed on Latvia maimed two soldiers."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")])
    assert (q.category, q.location) == ("wounded", None)
    text = "The blast in Latvia that wounded two soldiers was investigated."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")]).location == "E1"


def test_quantities_place_a_distance_is_measured_from_is_its_own(nlp: Language) -> None:
    text = "The jet flew no higher than 10,000 feet nor further than 100 miles from Lamu as it circled."
    found = extract(nlp, text, entities=[entity("E1", "place", "Lamu", text, "Lamu")])
    assert [(q.category, q.location) for q in found] == [("distance", None), ("distance", "E1")]
    text = "Gunmen killed 12 people and wounded 30 in Lamu as night fell."
    found = extract(nlp, text, entities=[entity("E1", "place", "Lamu", text, "Lamu")])
    assert [q.location for q in found] == ["E1", "E1"]


# qty4: counted nouns and the verbs that govern them, numbers that are no counts, places of distances


def test_quantities_coordinated_count_shares_the_verb_before_the_first(nlp: Language) -> None:
    found = extract(nlp, "The sniper killed 9 farmers and four nurses near the well.")
    assert [(q.unit, q.category) for q in found] == [("farmer", "killed"), ("nurse", "killed")]
    found = extract(nlp, "Guards detained 30 miners, six drivers plus two cooks.")
    assert [q.category for q in found] == ["detained", "detained", "other"]  # "cook" is no noun of people listed
    found = extract(nlp, "The flood killed 8 villagers and swept away 40 huts.")
    assert [q.category for q in found] == ["killed", "other"]  # a thing joined by a new verb keeps its own


def test_quantities_gunned_down_people_are_killed(nlp: Language) -> None:
    assert one(nlp, "Masked men gunned down 11 villagers at dawn.").category == "killed"


def test_quantities_noun_of_death_or_arrest_before_of_sets_the_category(nlp: Language) -> None:
    assert one(nlp, "He was blamed for the deaths of 40 pilgrims.").category == "killed"
    assert one(nlp, "Crowds demanded the arrest of dozens of officers.").category == "detained"
    assert one(nlp, "Locals mourned the loss of 40 sheep.").category == "other"


def test_quantities_batch_noun_counts_what_its_of_phrase_names(nlp: Language) -> None:
    assert one(nlp, "The island faces four rounds of sanctions.").category == "other"
    assert one(nlp, "Gunners fired 9,000 rounds of ammunition.").category == "weapons"
    assert one(nlp, "Gunners fired 90 rounds at the hill.").category == "weapons"
    assert one(nlp, "Three waves of drones struck the depot.").category == "weapons"
    assert one(nlp, "Riot police fired dozens of rounds of tear gas.").category == "weapons"
    assert extract(nlp, "They fired 500 rounds of 7.62-mm ammunition.")[0].category == "weapons"


def test_quantities_house_numbers_are_not_counts(nlp: Language) -> None:
    assert extract(nlp, "Officers were called to 780 E. Main Street.") == []
    assert extract(nlp, "He lived at 14 Alder Grove Road in the town.") == []
    assert one(nlp, "Some 600 Royal Marines landed.").value == 600


def test_quantities_ages_end_the_counted_phrase(nlp: Language) -> None:
    q = one(nlp, "The raid left 14 children ages 6 and 9 dead.")
    assert (q.text, q.unit) == ("14 children", "child")
    assert one(nlp, "The home cares for 30 aged residents.").unit == "resident"


def test_quantities_place_after_a_direction_is_what_a_distance_is_measured_from(nlp: Language) -> None:
    text = "The rocket fell 900 km east of Lamu and 300 miles away from Lamu."
    found = extract(nlp, text, entities=[entity("E1", "place", "Lamu", text, "Lamu")])
    assert [(q.category, q.location) for q in found] == [("distance", None), ("distance", None)]
    text = "The rebels came within 40 miles from Lamu."
    assert one(nlp, text, entities=[entity("E1", "place", "Lamu", text, "Lamu")]).location == "E1"


def test_quantities_a_repeat_takes_the_first_location_only_when_it_points_back(nlp: Language) -> None:
    text = "A gunman killed 13 people in Lamu. Later a man killed 13 people at a school. The 13 people were mourned."
    found = extract(nlp, text, entities=[entity("E1", "place", "Lamu", text, "Lamu")])
    assert [q.location for q in found] == ["E1", None, "E1"]


def test_quantities_people_shot_are_casualties_unless_the_outcome_is_told(nlp: Language) -> None:
    assert one(nlp, "At least six villagers have been shot near the pass.").category == "casualties"
    assert one(nlp, "Four guards were shot dead at the gate.").category == "killed"
    assert one(nlp, "Bandits shot and killed 9 farmers.").category == "killed"
    assert one(nlp, "Two drivers were shot and wounded.").category == "wounded"
    assert extract(nlp, "The sniper fired one shot.") == []
    assert one(nlp, "The jets shot down 3 drones.").category == "weapons"


def test_quantities_large_vague_amount_of_a_pronoun_is_a_figure(nlp: Language) -> None:
    q = one(nlp, "Smugglers? There are several hundred of them on the coast.")
    assert (q.text, q.low, q.high, q.unit) == ("several hundred", 300, 900, None)
    assert one(nlp, "The militia executed dozens of them.").category == "killed"
    assert extract(nlp, "Several of them left early.") == []


def test_quantities_verb_after_of_them_sets_the_category(nlp: Language) -> None:
    assert one(nlp, "Dozens of them were hurt in the melee.").category == "wounded"
    assert one(nlp, "Fourteen of them were arrested.").category == "detained"


def test_quantities_more_nouns_of_people_take_the_verb(nlp: Language) -> None:
    assert one(nlp, "Bandits killed 9 herders near the river.").category == "killed"
    assert one(nlp, "Two pedestrians were injured.").category == "wounded"


def test_quantities_coordinated_subjects_share_the_verb_after_the_last(nlp: Language) -> None:
    found = extract(nlp, "Officials said 8 sailors and 20 fishermen were killed.")
    assert [q.category for q in found] == ["killed", "killed"]
    found = extract(nlp, "She leads 4,000 troops and 9 farmers were killed.")
    assert [q.category for q in found] == ["personnel", "killed"]  # an object of another verb keeps its own
    found = extract(nlp, "Nine people and 40 wounded.")
    assert [q.category for q in found] == ["other", "wounded"]  # a bare "40 wounded" names no verb of the first


def test_quantities_others_are_people_a_verb_recategorises(nlp: Language) -> None:
    found = extract(nlp, "The blast killed one guard, injuring 17 others.")
    assert [(q.text, q.category) for q in found][-1] == ("17 others", "wounded")
    assert extract(nlp, "Two soldiers died and 30 others were hurt.")[-1].category == "wounded"


def test_quantities_a_state_of_custody_after_people_makes_them_detained(nlp: Language) -> None:
    assert one(nlp, "Nine suspects are currently in custody.").category == "detained"
    assert one(nlp, "Officials said 14 rebels remain behind bars.").category == "detained"
    assert one(nlp, "The judge gave custody of three children to their aunt.").category == "other"


def test_quantities_an_age_closing_a_sentence_after_a_name_is_no_count(nlp: Language) -> None:
    assert extract(nlp, "He lived with his partner, Ana Ruiz, 58.") == []
    assert texts(extract(nlp, "The blast hit Herat, 14 people were hurt.")) == ["14 people"]


def test_quantities_a_bare_figure_of_more_counts_what_the_one_before_counts(nlp: Language) -> None:
    found = extract(nlp, "The rebels freed 14 miners on Friday and nine more on Sunday.")
    assert [(q.text, q.unit, q.category) for q in found] == [
        ("14 miners", "miner", "detained"), ("nine", "miner", "detained")
    ]  # people freed were held: the guidelines' detained
    found = extract(nlp, "The blast killed 30 Kurdish fighters and injured dozens more.")
    assert [(q.unit, q.category) for q in found] == [("fighter", "killed"), ("fighter", "wounded")]
    found = extract(nlp, "The ferry left with 12 crew members, and 40 sailed later.")  # no "more": its own figure
    assert [q.unit for q in found] == ["member", None]


def test_quantities_a_plural_ending_a_name_is_no_counted_noun_before_the_noun_after_it(nlp: Language) -> None:
    q = one(nlp, "Three United Nations peacekeepers were wounded near Goma.")
    assert (q.text, q.unit, q.category) == ("Three United Nations peacekeepers", "peacekeeper", "wounded")
    assert one(nlp, "Some 500 Syrians living abroad returned.").unit == "syrian"


def test_quantities_ages_said_of_a_person_are_no_counts(nlp: Language) -> None:
    assert extract(nlp, "She was 41 and worked as a nurse.") == []
    assert extract(nlp, "Police said the suspect may be as young as 15.") == []
    assert texts(extract(nlp, "She was 41 votes short of a majority.")) == ["41 votes"]


def test_quantities_one_of_the_worst_is_a_ranking_not_a_count(nlp: Language) -> None:
    assert extract(nlp, "It was one of the bloodiest attacks of the war.") == []
    assert texts(extract(nlp, "Two of the 15 ships sank.")) == ["Two", "15 ships"]


def test_quantities_a_number_closing_a_name_with_of_is_no_count(nlp: Language) -> None:
    assert extract(nlp, "Ministers of the Group of Eight met in Rome.") == []
    assert texts(extract(nlp, "An army of 5,000 marched north.")) == ["5,000"]


def test_quantities_people_evacuated_or_fleeing_are_displaced(nlp: Language) -> None:
    assert one(nlp, "The navy will evacuate 800 tourists from the island.").category == "displaced"
    assert one(nlp, "Hundreds of families fleeing the floods reached Dhaka.").category == "displaced"


def test_quantities_the_usual_number_is_no_figure_of_the_news(nlp: Language) -> None:
    assert texts(extract(nlp, "Seven judges sat rather than the usual three.")) == ["Seven judges"]


def test_quantities_the_second_day_of_a_pair_after_a_month_is_no_count(nlp: Language) -> None:
    text = "On March 3 and 9, the envoys met in Doha."
    assert extract(nlp, text, time_spans=[(3, 10)]) == []  # the time component claims "March 3"
    assert texts(extract(nlp, "The talks drew between 3 and 9 envoys.")) == ["between 3 and 9 envoys"]


def test_quantities_location_of_a_with_figure_is_the_place_its_sentence_opens_with(nlp: Language) -> None:
    text = "Haiti was the worst hit by the storm, with 300 deaths."
    haiti = entity("E1", "country", "Haiti", text, "Haiti")
    assert one(nlp, text, entities=[haiti]).location == "E1"
    text = "Haitian police, with 12 dead, pulled back."  # a place that modifies a noun is no subject place
    assert one(nlp, text, entities=[entity("E1", "country", "Haiti", text, "Haitian")]).location is None


def test_quantities_hyphens_inside_modifiers_do_not_end_the_counted_phrase(nlp: Language) -> None:
    q = one(nlp, "Spain has 12 Aster SAMP-T anti-missile batteries in service.")
    assert (q.text, q.unit, q.category) == ("12 Aster SAMP-T anti-missile batteries", "battery", "weapons")


def test_quantities_a_bare_figure_of_them_is_a_part_of_the_quantity_before(nlp: Language) -> None:
    text = "Iran launched 60 drones at dawn. Jordan said it downed 45 of them."
    iran = entity("E1", "country", "Iran", text, "Iran")
    found = extract(nlp, text, entities=[iran])
    assert [(q.text, q.unit, q.category, q.holder) for q in found] == [
        ("60 drones", "drone", "weapons", "E1"), ("45", "drone", "weapons", "E1")
    ]
    found = extract(nlp, "Police detained 15 students. Reporters said dozens of them fled.")
    assert found[1].unit is None  # more than the whole: other people


def test_quantities_people_included_in_a_count_share_what_befell_it(nlp: Language) -> None:
    text = "Syria holds 700 Lebanese detainees, including 40 women."
    lebanon = entity("E1", "country", "Lebanon", text, "Lebanese")
    found = extract(nlp, text, entities=[lebanon])
    assert [(q.text, q.category, q.holder) for q in found] == [
        ("700 Lebanese detainees", "detained", "E1"), ("40 women", "detained", "E1")
    ]


def test_quantities_people_killed_of_them_are_no_part_of_things_before(nlp: Language) -> None:
    found = extract(nlp, "Jets flew 30 sorties over the hills, killing dozens of them.")
    assert [(q.unit, q.category) for q in found] == [("sortie", "attacks"), (None, "killed")]


def test_quantities_a_figure_numbering_a_noun_before_it_counts_that_noun(nlp: Language) -> None:
    text = "Rwandan troops, numbering about 700, reached Bangui."
    rwanda = entity("E1", "country", "Rwanda", text, "Rwandan")
    q = one(nlp, text, entities=[rwanda])
    assert (q.text, q.unit, q.category, q.holder) == ("about 700", "troop", "personnel", "E1")
    assert one(nlp, "The tally of the vote, numbering 90, was kept.").unit is None  # "vote": no counted noun known


def test_quantities_a_word_ending_in_a_dash_ends_the_counted_phrase(nlp: Language) -> None:
    assert extract(nlp, "He missed one big point- rebel attacks are rising.") == []


def test_quantities_a_weekday_before_of_is_no_name(nlp: Language) -> None:
    assert texts(extract(nlp, "It follows the hearing Monday of 14 officials.")) == ["14 officials"]


def test_quantities_location_past_a_word_of_the_places_part(nlp: Language) -> None:
    text = "In eastern Chad, raiders killed 14 herders."
    assert one(nlp, text, entities=[entity("E1", "country", "Chad", text, "Chad")]).location == "E1"
    text = "Raiders killed 14 herders in Ouaddai province."
    assert one(nlp, text, entities=[entity("E1", "place", "Ouaddai", text, "Ouaddai")]).location == "E1"
    text = "Raiders killed 14 herders in South Kordofan."  # a name's own first word is no part word
    kordofan = entity("E1", "place", "South Kordofan", text, "South Kordofan")
    assert one(nlp, text, entities=[kordofan]).location == "E1"


def test_quantities_a_number_after_a_verb_of_giving_and_its_recipient_is_a_count(nlp: Language) -> None:
    assert texts(extract(nlp, "Norway will give Latvia 14 Viking trucks.")) == ["14 Viking trucks"]
    assert texts(extract(nlp, "Oslo promised the Baltic States 300 Arrow missiles.")) == ["300 Arrow missiles"]
    assert extract(nlp, "He listened to Radio 4 Extra shows.") == []


def test_quantities_the_origin_of_counted_people_is_no_location(nlp: Language) -> None:
    text = "Four nurses from Latvia were hurt in Riga."
    latvia, riga = entity("E1", "country", "Latvia", text, "Latvia"), entity("E2", "place", "Riga", text, "Riga")
    assert one(nlp, text, entities=[latvia, riga]).location == "E2"
    text = "Nine sailors from Norway drowned."
    assert one(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norway")]).location is None


def test_quantities_a_bare_figure_after_and_opening_a_clause_counts_what_the_one_before_counts(nlp: Language) -> None:
    text = "Six Latvian guards were killed and nine were hurt."
    latvia = entity("E1", "country", "Latvia", text, "Latvian")
    found = extract(nlp, text, entities=[latvia])
    assert [(q.text, q.category, q.unit, q.holder) for q in found][1] == ("nine", "wounded", "guard", "E1")
    found = extract(nlp, "The fleet has 40 frigates in the north and 12 in the south.")
    assert [(q.category, q.unit) for q in found] == [("weapons", "frigate"), ("weapons", "frigate")]
    found = extract(nlp, "He paid $40 and 12 were left over.")
    assert found[1].unit is None


def test_quantities_the_verb_after_an_aside_between_commas_sets_the_category(nlp: Language) -> None:
    assert one(nlp, "Some 40 villagers, most of them herders, were abducted.").category == "detained"
    found = extract(nlp, "At least 9 people, including two nurses, were hurt.")
    assert [q.category for q in found] == ["wounded", "wounded"]
    assert one(nlp, "Some 40 villagers, the mayor said, fled the town.").category == "displaced"


def test_quantities_suicide_bombers_are_people_and_pistols_weapons(nlp: Language) -> None:
    assert one(nlp, "Three suicide bombers struck the market.").category == "personnel"
    assert one(nlp, "Police seized 14 pistols.").category == "weapons"


def test_quantities_a_part_out_of_a_whole_counts_what_the_whole_counts(nlp: Language) -> None:
    found = extract(nlp, "Gunmen abducted 12 out of 15 sailors on the ship.")
    assert (found[0].text, found[0].unit, found[0].category) == ("12", "sailor", "detained")


def test_quantities_a_designator_after_a_modal_is_a_verb_and_its_number_a_count(nlp: Language) -> None:
    assert texts(extract(nlp, "Norway will train 2,000 cadets.")) == ["2,000 cadets"]
    assert extract(nlp, "The convoy moved to platform 9.") == []


def test_quantities_a_country_adjective_before_a_happening_is_its_doer_not_the_location(nlp: Language) -> None:
    text = "Nine sailors were hurt in a Latvian raid."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")]).location is None
    text = "Nine sailors were hurt in a Riga bombing."
    assert one(nlp, text, entities=[entity("E1", "place", "Riga", text, "Riga")]).location == "E1"


def test_quantities_the_verb_after_a_phrase_of_allegiance_sets_the_category(nlp: Language) -> None:
    assert one(nlp, "Some 300 fighters loyal to the old chief were killed.").category == "killed"


def test_quantities_a_country_adjective_before_a_war_is_where_it_is(nlp: Language) -> None:
    text = "Some 400 people died in the Latvian civil war."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")]).location == "E1"


def test_quantities_a_verb_with_its_own_object_after_the_counted_people_is_their_deed(nlp: Language) -> None:
    assert one(nlp, "Two gunmen killed a guard.").category == "personnel"
    found = extract(nlp, "Three gunmen wounded at least 9 villagers.")
    assert [q.category for q in found] == ["personnel", "wounded"]
    assert one(nlp, "Nine herders killed in the raid were buried.").category == "killed"


def test_quantities_a_verb_without_an_object_after_the_counted_people_befalls_them(nlp: Language) -> None:
    assert one(nlp, "Some 300 villagers died the next day.").category == "killed"
    assert one(nlp, "About 40 herders died in one night.").category == "killed"


def test_quantities_a_state_of_custody_with_its_owner_between_sets_detained(nlp: Language) -> None:
    assert one(nlp, "Some 14 sailors in Latvian custody were moved.").category == "detained"


def test_quantities_a_bare_figure_after_and_before_to_counts_what_the_one_before_counts(nlp: Language) -> None:
    found = extract(nlp, "Oslo will send 300 soldiers to Riga and 200 to Tallinn.")
    assert [(q.category, q.unit) for q in found] == [("personnel", "soldier"), ("personnel", "soldier")]


def test_quantities_a_place_after_a_country_adjective_and_a_noun_of_settlement_is_the_location(nlp: Language) -> None:
    text = "Some 40 people were hurt in the Latvian town of Daugavpils."
    latvia = entity("E1", "country", "Latvia", text, "Latvian")
    assert one(nlp, text, entities=[latvia, entity("E2", "place", "Daugavpils", text, "Daugavpils")]).location == "E2"
    text = "Nine guards were hurt in Riga and 12 in the northern Latvian city of Valmiera."
    places = [entity("E1", "place", "Riga", text, "Riga"), entity("E2", "country", "Latvia", text, "Latvian")]
    places.append(entity("E3", "place", "Valmiera", text, "Valmiera"))
    assert [q.location for q in extract(nlp, text, entities=places)] == ["E1", "E3"]


def test_quantities_a_country_before_a_noun_of_aid_in_an_in_phrase_pays_the_sum(nlp: Language) -> None:
    text = "The port will get $2bn in Norwegian aid."
    assert one(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norwegian")]).holder == "E1"
    text = "Oslo froze $30m in Latvian central bank assets."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")]).holder == "E1"
    text = "The storm caused $9m in damage in Norway."
    assert one(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norway")]).holder is None


def test_quantities_a_bare_figure_after_with_before_an_ing_verb_counts_what_the_one_before_counts(
    nlp: Language,
) -> None:
    found = extract(nlp, "The navy fired six rockets, with two landing in the sea.")
    assert [(q.category, q.unit) for q in found] == [("weapons", "rocket"), ("weapons", "rocket")]
    found = extract(nlp, "Nine sailors were hurt, with two dying later in hospital.")
    assert [q.category for q in found] == ["wounded", "killed"]


def test_quantities_a_from_phrase_straight_after_weapons_is_their_origin_not_the_location(nlp: Language) -> None:
    text = "Oslo bought 40 jets from Latvia in May."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")])
    assert found[0].location is None


def test_quantities_a_verb_sets_the_category_of_users_and_clients(nlp: Language) -> None:
    assert one(nlp, "Police said 40 users were arrested.").category == "detained"
    assert one(nlp, "About 30 clients were injured in the fire.").category == "wounded"



def test_quantities_people_released_or_freed_are_detained(nlp: Language) -> None:
    assert one(nlp, "The rebels released 12 aid workers on Sunday.").category == "detained"
    assert one(nlp, "The band released 12 albums.").category == "other"


def test_quantities_a_bare_figure_a_verb_after_and_governs_counts_the_people_before(nlp: Language) -> None:
    text = "The raid killed 9 Latvian guards and wounded 14."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert [(q.category, q.unit, q.holder) for q in found] == [("killed", "guard", "E1"), ("wounded", "guard", "E1")]
    assert [q.unit for q in extract(nlp, "The navy fired 12 rockets and killed 3.")] == ["rocket", None]


def test_quantities_a_place_before_a_verb_of_telling_is_not_the_place_of_the_figure_told(nlp: Language) -> None:
    text = "Officials in Latvia and Norway announced that 300 suspects were arrested."
    places = [entity("E1", "country", "Latvia", text, "Latvia"), entity("E2", "country", "Norway", text, "Norway")]
    assert one(nlp, text, entities=places).location is None


def test_quantities_the_nearer_place_of_a_possessive_or_an_apposition_is_the_location(nlp: Language) -> None:
    text = "Some 30 people were killed in Latvia's Latgale region."
    places = [entity("E1", "country", "Latvia", text, "Latvia"), entity("E2", "place", "Latgale", text, "Latgale")]
    assert one(nlp, text, entities=places).location == "E2"
    text = "Some 30 people were killed in the Latvian capital Riga."
    places = [entity("E1", "country", "Latvia", text, "Latvian"), entity("E2", "place", "Riga", text, "Riga")]
    assert one(nlp, text, entities=places).location == "E2"


def test_quantities_a_place_before_a_noun_of_its_area_is_the_location(nlp: Language) -> None:
    text = "Some 15 people died in the Riga area on Friday."
    assert one(nlp, text, entities=[entity("E1", "place", "Riga", text, "Riga")]).location == "E1"
    text = "Nine guards were hurt in a Riga suburb."
    assert one(nlp, text, entities=[entity("E1", "place", "Riga", text, "Riga")]).location == "E1"


def test_quantities_people_among_the_dead_or_the_injured_are_killed_or_wounded(nlp: Language) -> None:
    assert one(nlp, "Three guards were among the dead.").category == "killed"
    assert one(nlp, "Two sailors were among the injured, officials said.").category == "wounded"
    assert one(nlp, "Seven people were among the crowd.").category == "other"


def test_quantities_a_nationality_without_a_plural_s_is_the_counted_people(nlp: Language) -> None:
    text = "Five Japanese were killed in the attack."
    q = one(nlp, text, entities=[entity("E1", "country", "Japan", text, "Japanese")])
    assert (q.text, q.category, q.holder) == ("Five Japanese", "killed", "E1")
    assert one(nlp, "Two Chinese were kidnapped.").category == "detained"
    assert one(nlp, "Oslo has 40 Chinese-made drones.").text == "40 Chinese-made drones"


def test_quantities_a_place_and_a_noun_of_its_kind_before_a_settlement_of_leave_the_settlement_the_location(
    nlp: Language,
) -> None:
    text = "Nine people were shot in the Riga region town of Jurmala."
    places = [entity("E1", "place", "Riga", text, "Riga"), entity("E2", "place", "Jurmala", text, "Jurmala")]
    assert one(nlp, text, entities=places).location == "E2"


def test_quantities_two_outcomes_joined_are_casualties(nlp: Language) -> None:
    assert one(nlp, "The shelling killed and wounded dozens of herders.").category == "casualties"
    assert one(nlp, "The blast killed or injured at least 30 pupils.").category == "casualties"
    assert one(nlp, "Nine guards were killed and wounded in the raid.").category == "casualties"
    assert one(nlp, "The mortar round left several farmers dead and injured.").category == "casualties"
    assert [q.category for q in extract(nlp, "Five guards were killed and 12 wounded.")] == ["killed", "wounded"]
    found = extract(nlp, "The blast left 50 dead and injured more than 400.")
    assert [q.category for q in found] == ["killed", "wounded"]


def test_quantities_people_who_did_a_deed_with_an_active_auxiliary_are_not_its_victims(nlp: Language) -> None:
    found = extract(nlp, "Two gunmen have killed at least 22 worshippers.")
    assert [(q.text, q.category) for q in found] == [("Two gunmen", "personnel"), ("at least 22 worshippers", "killed")]
    found = extract(nlp, "Two militants had wounded 14 guards.")
    assert [q.category for q in found] == ["personnel", "wounded"]
    assert one(nlp, "Three guards have been killed in the ambush.").category == "killed"


def test_quantities_a_single_person_joined_to_a_count_shares_its_verb(nlp: Language) -> None:
    assert one(nlp, "Dozens of soldiers and a senior officer have been killed.").category == "killed"
    assert one(nlp, "The bombers killed a colonel and five soldiers.").category == "killed"
    assert one(nlp, "Dozens of soldiers and a band marched past.").category == "personnel"


def test_quantities_people_included_after_the_whole_clause_share_what_befell_it(nlp: Language) -> None:
    found = extract(nlp, "At least 40 villagers have been killed, including 12 children.")
    assert [q.category for q in found] == ["killed", "killed"]
    text = "Police detained 34 Latvian migrants on Sunday, including four women."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert [(q.category, q.holder) for q in found] == [("detained", "E1"), ("detained", "E1")]
    found = extract(nlp, "Some 40 villagers were killed. Officials said 12 children were safe, including two boys.")
    assert found[-1].category == "other"


def test_quantities_others_after_people_of_a_party_are_of_that_party(nlp: Language) -> None:
    text = "Troops killed 12 Hamas fighters and wounded 30 others."
    found = extract(nlp, text, entities=[entity("E1", "organization", "Hamas", text, "Hamas")])
    assert [(q.category, q.holder) for q in found] == [("killed", "E1"), ("wounded", "E1")]
    text = "A Latvian soldier was killed and five others were wounded."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert (q.category, q.holder) == ("wounded", "E1")
    text = "A Latvian bus hit a wall and five others were wounded."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")]).holder is None


def test_quantities_more_nouns_and_verbs_of_people(nlp: Language) -> None:
    assert one(nlp, "Four of the assailants were killed.").category == "killed"
    assert one(nlp, "Police arrested five terrorists.").category == "detained"
    assert one(nlp, "More than 200 people were hospitalized.").category == "wounded"
    q = one(nlp, "Tens of soldiers were killed.")
    assert (q.low, q.high, q.category) == (20, 99, "killed")
    q = one(nlp, "The war cost tens of billions of euros.")
    assert (q.low, q.high, q.category) == (20e9, 99_999_999_999, "money")


def test_quantities_counts_of_people_one_clause_joins_share_its_place(nlp: Language) -> None:
    text = "Six guards were killed on Monday and two others were wounded when an old fuel depot exploded in Riga."
    found = extract(nlp, text, entities=[entity("E1", "place", "Riga", text, "Riga")])
    assert [(q.category, q.location) for q in found] == [("killed", "E1"), ("wounded", "E1")]
    text = "Police detained 34 migrants from Latvia on Sunday, including four women."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")])
    assert [q.location for q in found] == [None, None]  # where they came from is no place of the arrests
    text = "Six guards were killed in Riga. Two others were wounded."
    found = extract(nlp, text, entities=[entity("E1", "place", "Riga", text, "Riga")])
    assert [q.location for q in found] == ["E1", None]


def test_quantities_the_place_of_a_clause_past_an_aside_or_a_when_clause(nlp: Language) -> None:
    text = "Three guards were killed when a bomb, planted by rebels, exploded in Riga."
    assert one(nlp, text, entities=[entity("E1", "place", "Riga", text, "Riga")]).location == "E1"
    text = "Five pupils were hurt when an explosive device (IED) went off near a school in Riga."
    assert one(nlp, text, entities=[entity("E1", "place", "Riga", text, "Riga")]).location == "E1"
    text = "Five pupils were hurt, the mayor of Riga said."
    assert one(nlp, text, entities=[entity("E1", "place", "Riga", text, "Riga")]).location is None


def test_quantities_an_adverb_may_stand_before_the_verb_of_what_befell_people(nlp: Language) -> None:
    assert one(nlp, "Four guards were seriously wounded.").category == "wounded"
    assert one(nlp, "Two others critically injured.").category == "wounded"


def test_quantities_a_bare_count_after_one_person_of_a_party_is_of_that_party(nlp: Language) -> None:
    text = "A Latvian guard was killed and three were wounded."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert (q.category, q.holder) == ("wounded", "E1")


def test_quantities_people_in_prisons_or_jails_are_detained(nlp: Language) -> None:
    assert one(nlp, "Some 40 activists remain in prisons.").category == "detained"
    assert one(nlp, "Twelve reporters are in Latvian jails.").category == "detained"


def test_quantities_armed_people_lost_are_killed(nlp: Language) -> None:
    text = "Latvia lost some 200 soldiers in the battle."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")])
    assert (q.category, q.holder) == ("killed", "E1")
    assert one(nlp, "The party lost 3,000 members.").category == "other"
    assert one(nlp, "The army lost 40 tanks.").category == "weapons"


def test_quantities_a_party_before_a_with_aside_keeps_its_troops_weapons_or_money(nlp: Language) -> None:
    text = "Latvia, with 2,500 troops abroad, is reviewing its posture."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")])
    assert (q.category, q.holder) == ("personnel", "E1")
    text = "Latvia, with 300 dead, is in mourning."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")]).holder is None


def test_quantities_members_of_a_group_of_the_dead_or_the_held_share_its_fate(nlp: Language) -> None:
    text = "The dead included three Latvians and two guards."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvians")])
    assert [(q.category, q.holder) for q in found] == [("killed", "E1"), ("killed", None)]
    assert one(nlp, "Among the wounded were 12 guards.").category == "wounded"
    assert one(nlp, "The hostages include eight farm workers.").category == "detained"
    assert one(nlp, "Among those arrested were four students.").category == "detained"
    assert one(nlp, "The delegation included two ministers.").category == "other"


def test_quantities_people_who_suffered_or_were_treated_for_injuries_are_wounded(nlp: Language) -> None:
    assert one(nlp, "Some 34 guards suffered brain injuries.").category == "wounded"
    assert one(nlp, "Eleven pupils were treated for burns.").category == "wounded"
    assert one(nlp, "Medics treated five patients with gunshot wounds.").category == "wounded"
    assert one(nlp, "The blast caused injuries to 34 guards.").category == "wounded"
    assert one(nlp, "The 12 guards suffered no injuries.").category == "personnel"


def test_quantities_the_verb_after_a_phrase_of_service_or_origin_tells_what_befell_people(nlp: Language) -> None:
    assert one(nlp, "Two volunteers with the Red Hand were wounded.").category == "wounded"
    assert one(nlp, "Two reporters working for a Latvian daily were hurt.").category == "wounded"
    assert one(nlp, "Twelve fighters from the Latvian-led coalition were killed.").category == "killed"


def test_quantities_more_verbs_and_states_of_killing_and_custody(nlp: Language) -> None:
    assert one(nlp, "Some 240 farmers were taken hostage.").category == "detained"
    assert one(nlp, "Police took 30 students into custody.").category == "detained"
    assert one(nlp, "Gunmen seized 40 workers.").category == "detained"
    assert one(nlp, "Troops rounded up 200 suspects.").category == "detained"
    assert one(nlp, "Twenty-one pilgrims were beheaded.").category == "killed"
    assert one(nlp, "The army seized 40 tanks.").category == "weapons"
    found = extract(nlp, "Police seized 12 firearms and 500 cartridges.")
    assert [q.category for q in found] == ["weapons", "weapons"]


def test_quantities_a_named_single_person_or_an_aside_between_dashes_before_the_verb(nlp: Language) -> None:
    text = "Troops killed Latvia's top commander and 12 other guards."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")])
    assert (q.category, q.holder) == ("killed", "E1")
    assert one(nlp, "Two pilots — a Latvian and a Pole — remain in detention.").category == "detained"
    assert one(nlp, "Two other guards were then killed.").category == "killed"


def test_quantities_the_place_after_an_owner_and_a_noun_of_a_settlement_is_the_location(nlp: Language) -> None:
    text = "Twenty guards were killed in Latvia's coastal city of Liepaja."
    places = [entity("E1", "country", "Latvia", text, "Latvia"), entity("E2", "place", "Liepaja", text, "Liepaja")]
    assert one(nlp, text, entities=places).location == "E2"
    text = "Twenty guards were killed in Latvia's port town of Ventspils."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")]).location is None
    text = "Twenty guards were killed in Latvia's east."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")]).location == "E1"


def test_quantities_people_a_party_is_holding_are_detained(nlp: Language) -> None:
    assert one(nlp, "The militia is holding three nurses.").category == "detained"
    assert one(nlp, "Rebels still hold 40 villagers in the hills.").category == "detained"
    assert one(nlp, "The gang holds 12 aid workers.").category == "detained"
    assert one(nlp, "Police detain 30 students.").category == "detained"


def test_quantities_a_verb_of_holding_leaves_hosted_refugees_and_things_as_they_are(nlp: Language) -> None:
    assert one(nlp, "Jordan holds 600,000 refugees.").category == "displaced"
    assert one(nlp, "The party holds 32 seats.").category == "other"
    q = one(nlp, "In Mali, an army of 5,000 holds the north.")
    assert (q.text, q.category) == ("5,000", "personnel")


def test_quantities_things_listed_after_a_figure_of_their_category_share_its_holder(nlp: Language) -> None:
    text = "Norway left 23 rifles stored in the depot, 19 rifles in a barn and hundreds of rounds."
    found = extract(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norway")])
    assert [(q.text, q.holder) for q in found] == [
        ("23 rifles", "E1"), ("19 rifles", "E1"), ("hundreds of rounds", "E1")
    ]


def test_quantities_a_list_does_not_pass_a_verb_nor_a_count_of_victims(nlp: Language) -> None:
    text = "Norway fired 40 missiles at the port, and the navy shot down 30 drones."
    found = extract(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norway")])
    assert [q.holder for q in found] == ["E1", None]
    text = "The raid killed 12 Latvian guards, three policemen and two children."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert [q.holder for q in found] == ["E1", None, None]


def test_quantities_counted_people_named_as_an_entity_are_held_by_its_country(nlp: Language) -> None:
    text = "The navy is holding 40 Latvian fighters."
    fighters = entity("E1", "group", "Latvian fighters", text, "Latvian fighters")
    fighters.attributes["country"] = "E2"
    latvia = Entity(id="E2", kind="country", name="Latvia")
    assert one(nlp, text, entities=[fighters, latvia]).holder == "E2"
    text = "The Latvian guards seized 40 fighters."
    guards = entity("E1", "group", "Latvian guards", text, "Latvian guards")
    guards.attributes["country"] = "E2"
    assert one(nlp, text, entities=[guards, latvia]).holder != "E2"


def test_quantities_people_for_or_against_a_party_are_not_its_people(nlp: Language) -> None:
    text = "Tens of pro-Latvian fighters were killed."
    fighters = entity("E1", "group", "Latvian fighters", text, "Latvian fighters")
    fighters.attributes["country"] = "E2"
    latvia = Entity(id="E2", kind="country", name="Latvia")
    assert one(nlp, text, entities=[fighters, latvia]).holder is None


def test_quantities_a_flag_state_is_no_party_of_the_people_on_board(nlp: Language) -> None:
    text = "Gunmen seized 23 crew members from a Latvian-flagged tanker."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert [q.holder for q in found] == [None]


def test_quantities_missionaries_held_are_detained(nlp: Language) -> None:
    assert one(nlp, "The gang is holding 17 missionaries.").category == "detained"


def test_quantities_bodies_or_remains_of_people_are_killed(nlp: Language) -> None:
    assert one(nlp, "Divers found the bodies of 14 fishermen.").category == "killed"
    assert one(nlp, "The remains of 12 soldiers were returned.").category == "killed"
    assert one(nlp, "The remains of 12 barns stood.").category == "other"


def test_quantities_people_having_been_hurt_and_trainees_and_bandits_killed(nlp: Language) -> None:
    assert one(nlp, "The day ended with 35 guards having been injured.").category == "wounded"
    assert one(nlp, "The blast killed 41 police trainees.").category == "killed"
    assert one(nlp, "Villagers killed nine bandits.").category == "killed"


def test_quantities_the_age_of_one_person_in_apposition_is_no_figure(nlp: Language) -> None:
    assert extract(nlp, "His daughter, 14, was attacked.") == []
    assert extract(nlp, "A farmer, 60, was killed.") == []
    assert texts(extract(nlp, "The driver, 45, and 12 passengers were hurt.")) == ["12 passengers"]


def test_quantities_people_who_succumbed_are_killed(nlp: Language) -> None:
    assert one(nlp, "Four guards succumbed to their wounds.").category == "killed"


def test_quantities_troops_sent_somewhere_are_located_where_they_are_sent(nlp: Language) -> None:
    text = "Kenya will send 1,000 police officers to Haiti."
    haiti = entity("E1", "country", "Haiti", text, "Haiti")
    assert one(nlp, text, entities=[haiti]).location == "E1"
    text = "Kenya will send 40 rifles to Haiti."
    assert one(nlp, text, entities=[entity("E1", "country", "Haiti", text, "Haiti")]).location is None


def test_quantities_people_among_a_count_of_people_are_its_part(nlp: Language) -> None:
    text = "Four Latvian nurses were among 30 people killed in the blast."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert [(q.text, q.category, q.holder) for q in found] == [
        ("Four Latvian nurses", "killed", "E1"), ("30 people", "killed", None)
    ]
    found = extract(nlp, "Two guards are among the 15 people detained on Monday.")
    assert [q.category for q in found] == ["detained", "detained"]
    text = "Thirty people were killed, among them four Latvian nurses."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert [(q.category, q.holder) for q in found] == [("killed", None), ("killed", "E1")]


def test_quantities_the_verb_after_more_tells_what_befell_them(nlp: Language) -> None:
    found = extract(nlp, "Nine guards were killed and dozens more were injured.")
    assert [(q.text, q.category) for q in found] == [("Nine guards", "killed"), ("dozens", "wounded")]
    found = extract(nlp, "Police held 40 people on Monday, and 12 more were detained overnight.")
    assert [q.category for q in found] == ["detained", "detained"]


def test_quantities_a_part_of_a_bare_figure_repeating_the_one_before_counts_what_it_counts(nlp: Language) -> None:
    found = extract(nlp, "Medics treated 6 guards with stab wounds. 3 of the 6 are in surgery.")
    assert [(q.text, q.category) for q in found] == [("6 guards", "wounded"), ("3", "wounded")]
    found = extract(nlp, "Police held 14 men. Five of the 14 were later freed.")
    assert [(q.text, q.category) for q in found] == [("14 men", "detained"), ("Five", "detained")]


def test_quantities_people_in_a_critical_or_serious_condition_are_wounded(nlp: Language) -> None:
    assert one(nlp, "Two other guards remain in critical condition.").category == "wounded"
    found = extract(nlp, "Four miners were hurt and one is in a serious condition.")
    assert [q.category for q in found] == ["wounded", "wounded"]


def test_quantities_gunned_or_mowed_down_and_lives_lost_are_killed(nlp: Language) -> None:
    assert one(nlp, "The attackers stormed the hall and gun down 14 guests.").category == "killed"
    assert one(nlp, "A driver mowed down 12 pilgrims.").category == "killed"
    assert one(nlp, "In all, 81 had lost their lives.").category == "killed"
    assert one(nlp, "Two miners lost their lives.").category == "killed"
    assert one(nlp, "The guard had one gun.").category == "weapons"


def test_quantities_a_year_like_number_before_plural_people_counts_them(nlp: Language) -> None:
    q = one(nlp, "Of these, 1846 persons were taken to hospital.")
    assert (q.text, q.value) == ("1846 persons", 1846)
    assert extract(nlp, "The 2015 protesters were jailed.") == []
    assert extract(nlp, "In 2015 farmers marched.") == []


def test_quantities_a_bare_bound_after_plural_people_is_their_age(nlp: Language) -> None:
    assert extract(nlp, "The order covers women between 20 and 35.") == []
    assert extract(nlp, "Travel was banned for those under 19.") == []
    assert extract(nlp, "Civilians over 60 were evacuated.") == []
    assert texts(extract(nlp, "Protesters numbered between 2,000 and 3,000.")) == ["between 2,000 and 3,000"]


def test_quantities_a_verbs_particle_is_no_qualifier_and_people_handed_over_are_detained(nlp: Language) -> None:
    q = one(nlp, "Latvia handed over 20 fishermen at the border.")
    assert (q.text, q.value, q.low, q.category) == ("20 fishermen", 20, None, "detained")
    q = one(nlp, "The gang turned over more than 30 hostages.")
    assert (q.low, q.category) == (30, "detained")
    assert one(nlp, "The army handed over 300 rifles.").category == "weapons"
    assert one(nlp, "Police killed over 20 people.").low == 20


def test_quantities_princes_executives_and_spies_are_people(nlp: Language) -> None:
    found = extract(nlp, "The guards detained 11 princes and dozens of former ministers.")
    assert [q.category for q in found] == ["detained", "detained"]
    assert one(nlp, "Police arrested 40 looters.").category == "detained"
    assert one(nlp, "Two bank executives were kidnapped.").category == "detained"


def test_quantities_a_list_goes_on_past_a_part_included_in_its_first_figure(nlp: Language) -> None:
    text = "Norway left 23 rifles in a depot, including two rifles on trucks, 19 rifles in a barn and 40 mines."
    found = extract(nlp, text, entities=[entity("E1", "country", "Norway", text, "Norway")])
    assert [q.holder for q in found] == ["E1", "E1", "E1", "E1"]


def test_quantities_a_place_after_downtown_or_before_a_preposition_is_the_location(nlp: Language) -> None:
    text = "A gunman opened fire in downtown Riga and wounded five people."
    riga = entity("E1", "place", "Riga", text, "Riga")
    assert one(nlp, text, entities=[riga]).location == "E1"
    text = "Three people died during protests in Latvia against the new law."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")]).location == "E1"
    text = "Five people died on Latvian army bases."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")]).location is None


def test_quantities_one_person_no_verb_tells_of_is_a_single_one_not_a_count(nlp: Language) -> None:
    assert extract(nlp, "A medic tried to save one of the wounded miners.") == []
    assert extract(nlp, "One victim who spoke to us blamed the guards.") == []
    assert extract(nlp, "Even so, one officer saw the gunman.") == []
    assert one(nlp, "One guard was killed.").category == "killed"
    assert one(nlp, "The blast killed one miner.").category == "killed"
    assert one(nlp, "The crash left one child dead.").category == "killed"
    assert one(nlp, "Latvia fired one missile.").category == "weapons"
    assert extract(nlp, "Latvia said sorry for one of its gunboats crossing the line.") == []


def test_quantities_numbers_that_name_an_area_or_a_street_corner_are_labels(nlp: Language) -> None:
    assert extract(nlp, "None of the rebels in area 55 are stopping them.") == []
    assert extract(nlp, "3/Elm shooting not linked to the march.") == []
    assert texts(extract(nlp, "Troops hold an area 40 km wide.")) == ["40 km"]
    assert texts(extract(nlp, "The shop is open 24/7 for 300 customers.")) == ["300 customers"]


def test_quantities_a_bare_count_of_what_befell_people_after_and_is_more_of_them(nlp: Language) -> None:
    text = "Latvia said 12 of its guards were killed and 20 wounded."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")])
    assert [(q.text, q.category, q.holder) for q in found] == [
        ("12 of its guards", "killed", "E1"), ("20 wounded", "wounded", "E1")
    ]
    text = "Two guards from Latvia were killed and three wounded in an ambush."
    found = extract(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")])
    assert [(q.category, q.location) for q in found] == [("killed", None), ("wounded", None)]
    found = extract(nlp, "The camp holds two million refugees, down from a peak of 3.5 million.")
    assert [q.category for q in found] == ["displaced", "displaced"]


def test_quantities_a_verb_reaches_a_count_of_people_owned_by_the_thing_joined_before(nlp: Language) -> None:
    q = one(nlp, "Pirates seized a Latvian tanker and its 23 crew members.")
    assert (q.text, q.category) == ("23 crew members", "detained")
    assert one(nlp, "The navy seized three tankers.").category == "weapons"


def test_quantities_a_pronoun_after_of_ends_the_counted_phrase(nlp: Language) -> None:
    q = one(nlp, "The crowd grew as hundreds of them lined streets nearby.")
    assert (q.text, q.unit) == ("hundreds", None)
    assert one(nlp, "Five of these guards died.").text == "Five of these guards"


def test_quantities_an_age_after_a_name_closed_by_a_dash_is_no_figure(nlp: Language) -> None:
    assert extract(nlp, "In the row, Jones, 38 – who manages the band – has said little.") == []


def test_quantities_people_given_in_a_swap_or_exchange_are_detained(nlp: Language) -> None:
    found = extract(nlp, "Two nurses were freed in a prisoner swap for three senior rebels.")
    assert [q.category for q in found] == ["detained", "detained"]
    assert one(nlp, "The pilot was released in exchange for 20 fighters.").category == "detained"
    assert one(nlp, "The rebels asked for 12 tanks.").category == "weapons"


def test_quantities_a_tally_among_a_party_rising_to_a_figure_counts_its_dead(nlp: Language) -> None:
    text = "The death toll among Latvian troops has risen to 30."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert (q.text, q.category, q.holder) == ("30", "killed", "E1")
    text = "The death toll in Riga rose to 300."
    q = one(nlp, text, entities=[entity("E1", "place", "Riga", text, "Riga")])
    assert (q.category, q.holder, q.location) == ("killed", None, "E1")


def test_quantities_a_side_phrase_after_the_verb_of_loss_names_the_victims_side(nlp: Language) -> None:
    text = "Twelve were badly wounded on the Latvian side, officials said."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert (q.category, q.holder) == ("wounded", "E1")
    text = "Forty soldiers have been killed among Latvian troops."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert (q.category, q.holder) == ("killed", "E1")
    text = "Twelve were wounded on the Latvian side of the border."  # a place, not a side
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert q.holder is None


def test_quantities_the_verb_after_an_of_phrase_tells_what_befell_the_counted_people(nlp: Language) -> None:
    assert one(nlp, "Nine members of the harbour guard were arrested on Monday.").category == "detained"
    assert one(nlp, "Four officers of the border police died in the blast.").category == "killed"
    assert one(nlp, "Four officers of the border police patrol the river.").category == "personnel"


def test_quantities_an_aside_in_parentheses_is_passed_to_the_verb(nlp: Language) -> None:
    assert one(nlp, "Eleven villagers (most of them teachers) were wounded.").category == "wounded"
    found = extract(nlp, "Eleven villagers were wounded (including four children).")
    assert [(q.text, q.category) for q in found] == [("Eleven villagers", "wounded"), ("four children", "wounded")]


def test_quantities_a_bare_number_alone_in_brackets_is_no_count(nlp: Language) -> None:
    assert extract(nlp, "Kovac won the set 7-6 (3) on Friday.") == []
    assert extract(nlp, "Keeper Jan Hora (12) saved the penalty.") == []
    assert texts(extract(nlp, "Fasting raises the risk, two trials found (14, 15).")) == ["two trials"]
    assert texts(extract(nlp, "Police found 12 rifles (and 300 rounds).")) == ["12 rifles", "300 rounds"]


def test_quantities_lb_is_a_weight_and_never_money(nlp: Language) -> None:
    q = one(nlp, "The truck carried 900 lbs of fertiliser.")
    assert (q.unit, q.category) == ("lb", "other")
    assert one(nlp, "He was fined 300 pounds by the court.").category == "money"


def test_quantities_a_name_before_a_noun_of_a_body_of_people_is_their_party(nlp: Language) -> None:
    text = "Two members of the Latvian monitoring mission were hurt."
    q = one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvian")])
    assert (q.category, q.holder) == ("wounded", "E1")
    text = "Two victims of the Vostok bomb attack were buried."
    assert one(nlp, text, entities=[entity("E1", "organization", "Vostok", text, "Vostok")]).holder is None


def test_quantities_people_in_a_force_named_as_one_are_its(nlp: Language) -> None:
    text = "Three soldiers in the Latvian army were hurt."
    q = one(nlp, text, entities=[entity("E1", "organization", "Latvian army", text, "Latvian army")])
    assert (q.category, q.holder) == ("wounded", "E1")
    text = "Three soldiers in Latvia were hurt."
    assert one(nlp, text, entities=[entity("E1", "country", "Latvia", text, "Latvia")]).holder is None


def test_quantities_people_left_wounded_or_taken_to_hospital_are_wounded(nlp: Language) -> None:
    assert one(nlp, "Twelve guards were left wounded.").category == "wounded"
    assert one(nlp, "Five miners were taken to hospital.").category == "wounded"
    assert one(nlp, "Five miners are in hospital.").category == "wounded"
    assert one(nlp, "Two members of the coast guard sustained light wounds.").category == "wounded"
    text = "Forty teachers from schools near Tartu left at dawn."
    assert one(nlp, text, entities=[entity("E1", "place", "Tartu", text, "Tartu")]).location is None


def test_quantities_a_group_counted_by_its_own_name_is_its_own_party(nlp: Language) -> None:
    text = "Twelve Taliban were killed in the raid in Afghanistan."
    group = Entity(
        id="E1", kind="organization", name="Taliban", attributes={"country": "E2"},
        mentions=[Mention(text.find("Taliban"), text.find("Taliban") + 7, "Taliban")],
    )
    q = one(nlp, text, entities=[group, entity("E2", "country", "Afghanistan", text, "Afghanistan")])
    assert (q.text, q.category, q.holder) == ("Twelve Taliban", "killed", "E1")
    text = "Dozens of Peshmerga were wounded."
    q = one(nlp, text, entities=[entity("E1", "organization", "Peshmerga", text, "Peshmerga")])
    assert (q.text, q.category, q.holder) == ("Dozens of Peshmerga", "wounded", "E1")


def test_quantities_civil_craft_and_vehicles_are_no_weapons(nlp: Language) -> None:
    assert one(nlp, "Raiders have attacked 12 commercial ships since May.").category == "other"
    assert one(nlp, "He had owned two single-engine planes.").category == "other"
    assert one(nlp, "The drone struck three civilian vehicles.").category == "other"
    assert one(nlp, "The navy seized three ships.").category == "weapons"
    assert one(nlp, "The rebels destroyed 40 armoured vehicles.").category == "weapons"


def test_quantities_a_word_may_qualify_the_noun_of_a_state(nlp: Language) -> None:
    assert one(nlp, "Some 300 children were in federal custody last year.").category == "detained"
    assert one(nlp, "Eight suspects remain in police custody.").category == "detained"
    assert one(nlp, "Eight suspects remain in the square.").category == "other"


def test_quantities_one_after_no_every_or_any_is_a_pronoun(nlp: Language) -> None:
    assert extract(nlp, "No one was hurt in the blast.") == []
    assert extract(nlp, "No one held the guards back.") == []
    assert texts(extract(nlp, "No one was hurt, but one soldier was killed.")) == ["one soldier"]


def test_quantities_what_befell_people_described_by_a_participle_is_told_after_its_phrase(nlp: Language) -> None:
    assert one(nlp, "Nine migrants fleeing Libya drowned when their boat capsized.").category == "killed"
    assert one(nlp, "Police said 30 people fleeing the checkpoint were arrested.").category == "detained"
    assert one(nlp, "Thousands of people fleeing the fighting have arrived in Chad.").category == "displaced"


def test_quantities_jet_fighters_are_aircraft(nlp: Language) -> None:
    q = one(nlp, "The air force has 40 jet fighters in the region.")
    assert (q.unit, q.category) == ("fighter", "weapons")
    assert one(nlp, "About 3,000 fighters were killed.").category == "killed"


def test_quantities_a_participle_that_qualifies_a_noun_in_a_phrase_tells_nothing(nlp: Language) -> None:
    assert one(nlp, "A bomber killed four at a camp for displaced people.").category == "killed"
    assert one(nlp, "Another bomber killed four at a displaced persons' camp.").category == "killed"
    assert one(nlp, "The monitor reported hundreds of injured.").category == "wounded"


# qty14: a relative clause on other people in a phrase after the counted noun is theirs


def test_quantities_relative_clause_on_other_people_tells_nothing_of_the_counted(nlp: Language) -> None:
    assert one(nlp, "About 30 relatives of those who were kidnapped gathered outside.").category == "other"
    assert one(nlp, "More than 100 families of people who were killed in the war marched.").category == "other"
    assert one(nlp, "About 30 of those who were kidnapped were freed.").category == "detained"  # a part of them
    assert one(nlp, "Twelve members of the militia who were captured were freed.").category == "detained"


def test_quantities_moved_to_hospital_are_wounded(nlp: Language) -> None:
    assert one(nlp, "Twelve soldiers were evacuated to hospital after the blast.").category == "wounded"
    assert one(nlp, "About 300 residents were evacuated to the capital.").category == "displaced"
    assert one(nlp, "Four soldiers died in hospital.").category == "killed"


def test_quantities_free_and_release_after_to_or_a_modal_are_verbs_of_custody(nlp: Language) -> None:
    assert one(nlp, "The rebels are ready to free 12 sailors.").category == "detained"
    assert one(nlp, "The rebels will release three soldiers on Friday.").category == "detained"
    assert one(nlp, "The band will release 3 albums.").category == "other"


# qty15: the counted noun's kind wins over the verb when it is no noun of people


def test_quantities_a_capitalised_unit_of_things_is_no_nationality(nlp: Language) -> None:
    assert one(nlp, "Investigators said the laptop held 4GB of footage.").category == "other"
    assert one(nlp, "Customs officers detained 2 TB of files.").category == "other"
    assert one(nlp, "Police seized 30 Kalashnikovs in the raid.").category == "weapons"
    assert one(nlp, "The rebels captured 5 Humvees near the airfield.").category == "weapons"
    assert one(nlp, "Officers seized 12 AK-47s at the port.").category == "weapons"
    assert one(nlp, "The militia abducted 9 Nepalis.").category == "detained"  # a nationality stays people
    assert one(nlp, "The blast killed 4 Marines.").category == "killed"


def test_quantities_a_weight_written_onto_its_digits_is_a_figure(nlp: Language) -> None:
    q = one(nlp, "Officers seized 35kg of heroin at the airport.")
    assert (q.text, q.value, q.unit, q.category) == ("35kg", 35.0, "kilogram", "other")
    assert one(nlp, "Police seized 3 tonnes of cocaine from the boat.").category == "other"


def test_quantities_a_part_of_which_counts_what_the_figure_before_counts(nlp: Language) -> None:
    found = extract(nlp, "The rebels launched 30 drones, 18 of which were shot down.")
    want = [("30 drones", "drone", "weapons"), ("18", "drone", "weapons")]
    assert [(q.text, q.unit, q.category) for q in found] == want


def test_quantities_what_befell_people_held_wins_over_their_custody(nlp: Language) -> None:
    assert one(nlp, "At least 14 Latvians held in foreign prisons have died since May.").category == "killed"
    assert one(nlp, "Twenty migrants detained in the camp drowned when the boat sank.").category == "killed"
    assert one(nlp, "About 300 prisoners held in the fortress went on hunger strike.").category == "detained"


def test_quantities_people_drafted_or_mobilised_are_personnel(nlp: Language) -> None:
    assert one(nlp, "The junta has drafted 6,000 young men into the army.").category == "personnel"
    assert one(nlp, "About 30,000 men were mobilised in the autumn.").category == "personnel"


def test_quantities_a_hyphenated_name_owning_the_counted_people(nlp: Language) -> None:
    q = one(nlp, "Thirty of al-Shabaab's fighters were killed in the raid.")
    assert (q.text, q.unit, q.category) == ("Thirty of al-Shabaab's fighters", "fighter", "killed")


def test_quantities_a_headline_s_present_tense_sets_the_category() -> None:
    cases = {
        "Rebels abduct 9 aid workers in South Sudan": "detained",
        "Police arrest 30 over stadium riot": "detained",
        "Car bomb injures 12 near Somali parliament": "wounded",
    }
    for headline, category in cases.items():
        assert [q.category for q in extract_article(headline).quantities] == [category], headline
