"""The quotes component: direct, partial and reported speech, and who said it. Sentences written for these tests."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from sitrep.components.quotes.lexicon import load_lexicon
from sitrep.pipeline import extract, get_nlp
from sitrep.reader import prepare
from sitrep.record import Entity, Mention, Quote, Speaker

HEADLINE = "Border talks stall as convoys move\n\n"


def quotes_of(text: str, entities: Sequence[Entity] = ()) -> list[Quote]:
    """Run the sentence and quote components only, with hand-built entities on the Doc."""
    nlp = get_nlp()
    prepared = prepare(text)
    doc = nlp.make_doc(prepared.text)
    doc._.sections = prepared.layout.sections
    doc._.published = None
    for name in ("times", "quantities", "quotes", "events"):
        setattr(doc._, name, [])
    doc._.entities = list(entities)
    doc = nlp.get_pipe("sitrep_sentences")(doc)
    doc = nlp.get_pipe("sitrep_quotes")(doc)
    quotes: list[Quote] = doc._.quotes
    return quotes


def only(quotes: list[Quote], kind: str | None = None) -> Quote:
    chosen = [q for q in quotes if kind is None or q.kind == kind]
    assert len(chosen) == 1, [(q.kind, q.text) for q in quotes]
    return chosen[0]


def speaker_text(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker else None


def person(eid: str, text: str, name: str, *, kind: str = "person") -> Entity:
    start = text.index(name)
    return Entity(eid, kind, name, mentions=[Mention(start, start + len(name), name)])


# -- direct quotes -------------------------------------------------------------------------------------------


def test_quotes_straight_marks_with_cue_after_speaker() -> None:
    quote = only(quotes_of('"We will not leave the base," Maria Lopez said.'))
    assert quote.kind == "direct"
    assert quote.text == '"We will not leave the base,"'
    assert speaker_text(quote) == "Maria Lopez"
    assert quote.cue is not None and quote.cue.text == "said"


def test_quotes_curly_marks_with_cue_before_speaker() -> None:
    quote = only(quotes_of("“The talks are over for now,” said a spokesperson for the ministry."))
    assert quote.kind == "direct"
    assert quote.text.startswith("“") and quote.text.endswith("”")
    assert speaker_text(quote) == "a spokesperson for the ministry"


def test_quotes_split_by_attribution_share_the_speaker() -> None:
    quotes = quotes_of('"The border is calm," Anna Berg said. "Nobody crossed it last night."')
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert [speaker_text(q) for q in quotes] == ["Anna Berg", "Anna Berg"]
    assert quotes[1].cue is None
    assert quotes[1].text == '"Nobody crossed it last night."'


def test_quotes_run_over_paragraphs_when_the_mark_is_not_closed() -> None:
    text = HEADLINE + 'Berg said: "The first convoy left at dawn.\n\n"The second one leaves tomorrow."\n'
    quote = only(quotes_of(text))
    assert quote.text.startswith('"The first convoy') and quote.text.endswith('tomorrow."')
    assert speaker_text(quote) == "Berg"


def test_quotes_unclosed_mark_ends_with_its_paragraph() -> None:
    text = HEADLINE + 'Berg said: "The first convoy left at dawn.\n\nThe second one leaves tomorrow.\n'
    quote = only(quotes_of(text))
    assert quote.text == '"The first convoy left at dawn.'


def test_quotes_a_title_in_curly_marks_inside_straight_ones_stays_inside() -> None:
    text = HEADLINE + '"We are not about “equal justice” anymore. It is about power," Ann Roe said.'
    quote = only(quotes_of(text))
    assert quote.text.startswith('"We are not') and quote.text.endswith('power,"') and speaker_text(quote) == "Ann Roe"
    text = HEADLINE + 'Ann Roe stated:\n\n"The agency is not about “Equal Justice Under Law”.\n\n"It is about power."'
    quote = only(quotes_of(text))
    assert quote.text.startswith('"The agency') and quote.text.endswith('power."') and speaker_text(quote) == "Ann Roe"


def test_quotes_a_phrase_in_straight_marks_inside_curly_ones_stays_inside() -> None:
    quote = only(quotes_of(HEADLINE + '“They called the plan "a joke" and walked out,” Ann Roe said.'))
    assert quote.text == '“They called the plan "a joke" and walked out,”' and speaker_text(quote) == "Ann Roe"


def test_quotes_a_whole_quote_in_marks_of_the_other_style_is_no_title() -> None:
    text = HEADLINE + '"“You do not win by counting states,” Roe said before adding that she would win."'
    quotes = quotes_of(text)
    assert any(q.text == "“You do not win by counting states,”" and speaker_text(q) == "Roe" for q in quotes)


def test_quotes_nested_single_marks_stay_inside() -> None:
    text = "\"He told me, 'hold the line,' and I did,\" the sergeant said."
    quote = only(quotes_of(text))
    assert "'hold the line,'" in quote.text
    assert speaker_text(quote) == "the sergeant"


def test_quotes_single_marks_at_top_level() -> None:
    quote = only(quotes_of("'We expect more rockets tonight,' a police officer said."))
    assert quote.text == "'We expect more rockets tonight,'"
    assert speaker_text(quote) == "a police officer"


def test_quotes_apostrophes_are_not_marks() -> None:
    assert quotes_of("The soldiers' families didn't wait for the army's decision.") == []


def test_quotes_doubled_apostrophes_are_double_marks() -> None:
    text = "''The levy will fail,'' said Ruth Okafor, an analyst. ''Nobody has the votes.'' Her sons' jobs are safe."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["''The levy will fail,''", "''Nobody has the votes.''"]
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert [speaker_text(q) for q in quotes] == ["Ruth Okafor", "Ruth Okafor"]


def test_quotes_doubled_apostrophes_run_over_paragraphs() -> None:
    text = HEADLINE + "Okafor said: ''The first vote failed.\n\n''The second one is on Monday.''\n"
    quote = only(quotes_of(text))
    assert quote.text.startswith("''The first vote") and quote.text.endswith("Monday.''")
    assert speaker_text(quote) == "Okafor"


def test_quotes_partial_inside_a_reported_clause_is_one_indirect_quote() -> None:
    quotes = quotes_of('Defense Minister Omar Haddad said the strikes were "a clear breach of the truce."')
    quote = only(quotes)
    assert quote.kind == "indirect"
    assert quote.text == 'the strikes were "a clear breach of the truce."'
    assert speaker_text(quote) == "Defense Minister Omar Haddad"


def test_quotes_non_breaking_spaces_do_not_break_the_speaker() -> None:
    quote = only(quotes_of('"The depot was empty," Rana\u00a0Aziz\u00a0said.'))
    assert speaker_text(quote) == "Rana\u00a0Aziz"
    assert quote.cue is not None and quote.cue.text == "said"
    after = only(quotes_of('"No one was hurt,"\u00a0added Tomas Wolf.'))
    assert speaker_text(after) == "Tomas Wolf"
    dashed = quotes_of(HEADLINE + '"We want the bridge rebuilt before winter comes." ―\u00a0Ida Moss\n')
    assert [speaker_text(q) for q in dashed] == ["Ida Moss"]
    text = '"It is quiet," Ida Moss,\u00a0the town\'s mayor,\u00a0said.'
    appositive = only(quotes_of(text, [person("E1", text, "Ida Moss")]))
    assert speaker_text(appositive) == "Ida Moss"  # as with plain spaces, where the entities name her


def test_quotes_name_glued_to_the_closing_mark() -> None:
    text = '"The convoy turned back at the border,”Aziz said. "It will try again."'
    quotes = quotes_of(text)
    assert [speaker_text(q) for q in quotes] == ["Aziz", "Aziz"]
    assert quotes[0].text == '"The convoy turned back at the border,”'
    assert quotes[0].speaker is not None and text[quotes[0].speaker.start : quotes[0].speaker.end] == "Aziz"
    bare = only(quotes_of("“The convoy turned back at the border”Aziz said."))
    assert speaker_text(bare) == "Aziz" and bare.text == "“The convoy turned back at the border”"
    loose = only(quotes_of('“The convoy turned back at the border,”And then the rain began.'))
    assert loose.speaker is None


def test_quotes_scare_quotes_are_not_reported() -> None:
    assert quotes_of('The so-called "red line" was crossed twice this week.') == []
    assert quotes_of('Her film "Winter Is Coming To The Valley" opened on Friday.') == []
    quote = only(quotes_of('"Winter Is Coming To The Valley," Berg said.'))
    assert speaker_text(quote) == "Berg"


def test_quotes_statement_in_which_a_partial_quote_appears() -> None:
    text = 'In a joint communique, both governments backed a plan that "ends the blockade by spring."'
    quote = only(quotes_of(text))
    assert quote.kind == "partial"
    assert speaker_text(quote) == "a joint communique"


# -- reported speech -----------------------------------------------------------------------------------------


def test_quotes_indirect_with_that_clause() -> None:
    quote = only(quotes_of("Two U.S. officials warned that the militia could strike again within days."))
    assert quote.kind == "indirect"
    assert quote.text == "that the militia could strike again within days"
    assert speaker_text(quote) == "Two U.S. officials"
    assert quote.cue is not None and quote.cue.text == "warned"


def test_quotes_indirect_bare_clause_after_said() -> None:
    quote = only(quotes_of("The official said the decision would come next week."))
    assert quote.kind == "indirect"
    assert quote.text == "the decision would come next week"
    assert speaker_text(quote) == "The official"


def test_quotes_indirect_according_to_leading_and_trailing() -> None:
    lead = only(quotes_of("According to a senior administration official, the drawdown will begin in March."))
    assert lead.text == "the drawdown will begin in March"
    assert speaker_text(lead) == "a senior administration official"
    trail = only(quotes_of("The drawdown will begin in March, according to two diplomats."))
    assert trail.text == "The drawdown will begin in March"
    assert speaker_text(trail) == "two diplomats"
    bare = only(quotes_of("Turnout fell sharply in the north according to the election commission."))
    assert bare.text == "Turnout fell sharply in the north"
    long_source = "According to a poll of 900 voters taken last week in the capital, the mayor is far ahead."
    assert only(quotes_of(long_source)).text == "the mayor is far ahead"


def test_quotes_indirect_with_speaker_after_the_clause() -> None:
    quote = only(quotes_of("The convoy was attacked near the river, two witnesses said."))
    assert quote.text == "The convoy was attacked near the river"
    assert speaker_text(quote) == "two witnesses"


def test_quotes_announcing_a_thing_is_not_speech() -> None:
    assert quotes_of("The two governments announced an agreement on Friday.") == []


# -- speakers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"We are ready," Berg told reporters on Tuesday.', "Berg", "told"),
        ('"The strike was lawful," the army wrote in a statement.', "the army", "wrote"),
        ('"Our forces remain on alert," Lena Park, the ministry\'s chief spokeswoman, said.', "Lena Park", "said"),
        ('"We hold," Lena Park, the ministry\'s chief spokeswoman told reporters.', "Lena Park", "told"),
        ('"The deal is done," a senior defense official said.', "a senior defense official", "said"),
        ('"Talks will resume," the statement said.', "the statement", "said"),
        ('"Talks will resume," according to the foreign ministry.', "the foreign ministry", "according to"),
        ('"Nothing has changed," Prime Minister Elena Varga added.', "Prime Minister Elena Varga", "added"),
        ('"Hold the bridge," Rep. Dana Cole (D-Ore.) said.', "Rep. Dana Cole (D-Ore.)", "said"),
        ('Colonel Ruiz stressed: "We have enough fuel."', "Colonel Ruiz", "stressed"),
        ('"Why now?" the senator asked.', "the senator", "asked"),
        ('"We stay." ― Amal Nasser', "Amal Nasser", None),
        (
            '"We waited all night," Tom Reyes, 61, a retired teacher from the valley, told the radio.',
            "Tom Reyes",
            "told",
        ),
        ('"Get out of the road," the sergeant barked.', "the sergeant", "barked"),
        ("The poll did not surprise analyst Mira Sood: “Turnout was always going to be low.”", "Mira Sood", ":"),
        ('Near the gate, Mayor Ana Diaz, said, "We need water."', "Mayor Ana Diaz", "said"),
    ],
)
def test_quotes_speaker_forms(text: str, speaker: str, cue: str | None) -> None:
    quote = only(quotes_of(text), "direct")
    assert speaker_text(quote) == speaker
    assert (quote.cue.text if quote.cue else None) == cue


def test_quotes_addressee_is_not_the_speaker() -> None:
    quote = only(quotes_of('General Hale told his troops, "Nobody moves until dawn."'), "direct")
    assert speaker_text(quote) == "General Hale"
    quote = only(quotes_of('Hale walked along the line, telling the crowd, "Stay calm."'), "direct")
    assert speaker_text(quote) == "Hale"


def test_quotes_place_before_a_comma_is_not_a_name_with_a_role() -> None:
    quote = only(quotes_of('At a rally in Dover, New Jersey Monday, the mayor replied: "We are ready."'), "direct")
    assert speaker_text(quote) == "the mayor"


def test_quotes_next_paragraph_without_cue_continues_the_speaker() -> None:
    text = HEADLINE + '"We will rebuild the bridge," Mayor Ivan Petrov said.\n\n"It will take two years."\n'
    first, second = quotes_of(text)
    assert second.speaker is not None and first.speaker is not None
    assert (second.speaker.start, second.speaker.text) == (first.speaker.start, "Mayor Ivan Petrov")
    assert second.cue is None


def test_quotes_sentence_after_a_quote_is_not_its_attribution() -> None:
    text = '"The road is open." The officials stressed that convoys need escorts.'
    quotes = quotes_of(text)
    assert quotes[0].kind == "direct" and quotes[0].speaker is None
    assert quotes[1].kind == "indirect" and speaker_text(quotes[1]) == "The officials"


def test_quotes_short_references_link_to_the_entity() -> None:
    text = (
        HEADLINE + '"Our forces remain on alert," Lena Park, the ministry\'s chief spokeswoman, said.\n\n'
        '"We have seen no movement," Park said. "None at all," she added.\n\n'
        '"Talks will resume," the statement said.\n'
    )
    entity = person("E1", text, "Lena Park")
    quotes = quotes_of(text, [entity])
    assert [speaker_text(q) for q in quotes] == ["Lena Park", "Park", "she", "the statement"]
    assert [q.speaker.entity if q.speaker else None for q in quotes] == ["E1", "E1", "E1", None]
    assert entity.attributes["role"] == "chief spokeswoman"


def test_quotes_role_and_organization_go_to_the_entity() -> None:
    text = '"The fleet is ready," Dana Ruiz, the Navy\'s chief spokeswoman, said.'
    speaker, navy = person("E1", text, "Dana Ruiz"), person("E2", text, "Navy", kind="organization")
    quote = only(quotes_of(text, [speaker, navy]))
    assert quote.speaker is not None and quote.speaker.entity == "E1"
    assert speaker.attributes == {"role": "chief spokeswoman", "affiliation": "E2"}
    assert navy.attributes == {}
    other = '"We sail at noon," Tom Hale, a spokesman for the Navy, said.'
    hale, fleet = person("E1", other, "Tom Hale"), person("E2", other, "Navy", kind="organization")
    quotes_of(other, [hale, fleet])
    assert hale.attributes == {"role": "spokesman", "affiliation": "E2"}


def test_quotes_possessive_role_holder_is_not_the_owner() -> None:
    text = '"Our troops stay until spring," Mali\'s defence minister said.'
    mali = person("E1", text, "Mali", kind="country")
    quote = only(quotes_of(text, [mali]))
    assert quote.speaker is not None and quote.speaker.text == "Mali's defence minister"
    assert quote.speaker.entity is None
    other = 'The navy\'s spokeswoman said that the two ships had left port.'
    navy = person("E1", other, "navy", kind="organization")
    reported = only(quotes_of(other, [navy]))
    assert reported.speaker is not None and reported.speaker.text == "The navy's spokeswoman"
    assert reported.speaker.entity is None


def test_quotes_possessive_names_the_entity_it_holds() -> None:
    text = '"No convoy crossed today," Mali\'s interior ministry said.'
    mali, ministry = person("E1", text, "Mali", kind="country"), person("E2", text, "Mali's interior ministry")
    assert only(quotes_of(text, [mali, ministry])).speaker == Speaker("E2", "Mali's interior ministry", 27, 51)
    named = '"The road is open," Mali\'s defence minister Awa Diarra said.'
    mali, diarra = person("E1", named, "Mali", kind="country"), person("E2", named, "Awa Diarra")
    quote = only(quotes_of(named, [mali, diarra]))
    assert quote.speaker is not None and quote.speaker.entity == "E2"
    assert diarra.attributes == {"role": "defence minister", "affiliation": "E1"}
    assert mali.attributes == {}


def test_quotes_possessive_institution_speaks_for_its_owner() -> None:
    text = '"The border stays closed," Mali\'s government said.'
    mali = person("E1", text, "Mali", kind="country")
    assert only(quotes_of(text, [mali])).speaker == Speaker("E1", "Mali's government", 27, 44)


def test_quotes_anonymous_short_reference_keeps_its_own_text() -> None:
    text = HEADLINE + '"The deal is done," a senior defense official said.\n\n"It is final," the official added.\n'
    quotes = quotes_of(text)
    assert [speaker_text(q) for q in quotes] == ["a senior defense official", "the official"]
    assert all(q.speaker is not None and q.speaker.entity is None for q in quotes)


# -- records -------------------------------------------------------------------------------------------------


def test_quotes_records_have_ordered_ids_and_exact_offsets() -> None:
    text = HEADLINE + (
        'Officials said that the port would reopen. "It is safe," Berg said. '
        'Berg called the move "a first step toward normal life."\n'
    )
    quotes = quotes_of(text)
    assert [q.id for q in quotes] == [f"U{i}" for i in range(1, len(quotes) + 1)]
    assert [q.kind for q in quotes] == ["indirect", "direct", "partial"]  # "called … "a first step …"": Berg's
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        for part in (quote.speaker, quote.cue):
            assert part is None or text[part.start : part.end] == part.text


def test_quotes_lexicon_holds_the_reporting_verbs() -> None:
    lexicon = load_lexicon()
    for verb in ("said", "told", "added", "stressed", "emphasized", "warned", "denied", "insisted", "wrote"):
        assert verb in lexicon.verbs
    assert "according to" in lexicon.verbs
    assert "announced" not in lexicon.bare_clause


# -- the mission's article -----------------------------------------------------------------------------------

_ROW = re.compile(r"^\| (?P<begins>.+?) \| (?P<kind>direct|indirect|partial) \| (?P<speaker>.+?) \|$", re.MULTILINE)


def _expected_rows(markdown: str) -> list[tuple[list[str], str, str]]:
    """(text fragments the quote begins with, kind, speaker) from the seed's quote table."""
    block = markdown.split("## Quotes", 1)[1].split("\n## ", 1)[0]
    rows = []
    for match in _ROW.finditer(block):
        cell = match.group("begins").replace("…", "")
        fragments = [f.strip() for f in re.split(r'\(and |", "|\)', cell.strip('"')) if len(f.strip()) > 8]
        fragments = [f.strip('"').rstrip(",") for f in fragments]
        speaker = match.group("speaker").split("(")[0].strip()
        rows.append((fragments, match.group("kind"), speaker))
    return rows


def test_quotes_seed_table_rows(shared: Path, seed_text: str) -> None:
    from sitrep import extract

    rows = _expected_rows((shared / "seed" / "expected.md").read_text(encoding="utf-8"))
    assert len(rows) == 10
    quotes = extract(seed_text).quotes
    covered: set[str] = set()
    for fragments, kind, speaker in rows:
        for fragment in fragments:
            start = seed_text.index(fragment)
            hits = [q for q in quotes if q.start < start + len(fragment) and start < q.end]
            assert len(hits) == 1, (fragment, hits)
            assert hits[0].kind == kind, fragment
            head = speaker.split()[-1].lower()
            assert hits[0].speaker is not None and head in hits[0].speaker.text.lower(), (fragment, hits[0].speaker)
            covered.add(hits[0].id)
    assert sorted(covered) == sorted(q.id for q in quotes), "a quote the seed does not expect"


def test_quotes_component_pickles_and_handles_odd_input() -> None:
    import pickle

    nlp = get_nlp()
    copy = pickle.loads(pickle.dumps(nlp.get_pipe("sitrep_quotes")))
    doc = copy(nlp.get_pipe("sitrep_sentences")(nlp.make_doc('"Fine," she said.')))
    assert [q.text for q in doc._.quotes] == ['"Fine,"']
    assert nlp("")._.quotes == []
    for odd in ('"""', "“", 'He said: "', "' '"):
        assert quotes_of(odd) == [], odd


def test_quotes_he_and_she_go_to_the_nearest_person_of_their_gender() -> None:
    text = (
        "Defence Minister Anna Kovac met the envoy Mr Piotr Lenz in Tallinn on Monday.\n\n"
        "\u201cWe will not withdraw a single soldier,\u201d she said.\n\n"
        "\u201cThe talks will go on,\u201d he said."
    )
    anna, piotr = person("E1", text, "Anna Kovac"), person("E2", text, "Piotr Lenz")
    quotes = quotes_of(text, [anna, piotr])
    assert [q.speaker.entity if q.speaker else None for q in quotes] == ["E1", "E2"]


def test_quotes_he_is_never_a_country_that_spoke_before() -> None:
    text = (
        "\u201cThe border stays closed,\u201d Chile said in a statement on Tuesday. Its envoy, Mr Tomas Vidal, "
        "arrived in Lima later.\n\n\u201cWe want a deal by March,\u201d he said."
    )
    chile = person("E1", text, "Chile", kind="country")
    vidal = person("E2", text, "Tomas Vidal")
    quotes = quotes_of(text, [chile, vidal])
    assert quotes[-1].speaker is not None and quotes[-1].speaker.entity == "E2"


# -- issue 16: paragraph breaks lost, pronouns, places, reported speech carried on ---------------------------


def test_quotes_straight_mark_after_finished_sentence_opens_new_quote() -> None:
    text = (
        HEADLINE + '"We stayed all night," Ana Ruiz said. "It was cold and dark. "Nobody came to help us." '
        "The rest of the village left."
    )
    quotes = quotes_of(text, [person("E1", text, "Ana Ruiz")])
    texts = [q.text.strip('" ') for q in quotes]
    assert "It was cold and dark." in texts
    assert "Nobody came to help us." in texts
    assert all(" Nobody" not in t for t in texts)  # the two paragraphs are not read as one quote
    assert all(q.speaker is not None and q.speaker.entity == "E1" for q in quotes)


def test_quotes_pronoun_goes_to_last_speaker_not_to_a_person_named_since() -> None:
    text = (
        HEADLINE + '"We will rebuild the bridge," said Tom Hale. Hale thanked engineers such as Peter Novak '
        'and Sam Ode. "The work starts in May," he added.'
    )
    hale = person("E1", text, "Tom Hale")
    second = text.index("Hale thanked")
    hale.mentions.append(Mention(second, second + 4, "Hale"))
    entities = [hale, person("E2", text, "Peter Novak"), person("E3", text, "Sam Ode")]
    last = quotes_of(text, entities)[-1]
    assert last.speaker is not None and last.speaker.text == "he"
    assert last.speaker.entity == "E1"


def test_quotes_person_named_inside_a_quote_is_not_the_pronoun_speaker() -> None:
    text = HEADLINE + 'Omar Vale visited the camp on Monday. "Lena Park will lead the new unit," he said.'
    quote = only(quotes_of(text, [person("E1", text, "Omar Vale"), person("E2", text, "Lena Park")]), "direct")
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_they_never_stands_for_one_person() -> None:
    text = HEADLINE + 'Maria Soto said the road was open. "We have cleared every checkpoint," they said.'
    direct = only(quotes_of(text, [person("E1", text, "Maria Soto")]), "direct")
    assert direct.speaker is not None and direct.speaker.entity != "E1"


def test_quotes_he_after_a_described_speaker_is_not_a_person_named_later() -> None:
    text = (
        HEADLINE + "A police spokesman said the march was peaceful. Officers were praised by the mayor, "
        'Tim Grey. "Nobody was hurt today," he added.'
    )
    direct = only(quotes_of(text, [person("E1", text, "Tim Grey")]), "direct")
    assert direct.speaker is not None and direct.speaker.entity is None


def test_quotes_place_after_a_preposition_is_never_the_speaker() -> None:
    text = HEADLINE + "The relief office in Harbin said the convoy had reached the valley."
    quote = only(quotes_of(text, [person("E1", text, "Harbin", kind="place")]), "indirect")
    assert speaker_text(quote) == "The relief office"
    assert quote.speaker is not None and quote.speaker.entity != "E1"


def test_quotes_direct_quote_after_reported_speech_goes_on_with_it() -> None:
    text = (
        HEADLINE + 'Judge Ella Marsh warned that the ruling would stand. "No appeal can change the facts of '
        'this case."'
    )
    direct = only(quotes_of(text, [person("E1", text, "Ella Marsh")]), "direct")
    assert direct.speaker is not None and direct.speaker.entity == "E1"


def test_quotes_sentence_opening_with_an_adjunct_is_not_reported_content() -> None:
    text = HEADLINE + "On Sunday, in a short statement, Governor Ben Adu said the curfew would end at dawn."
    quote = only(quotes_of(text, [person("E1", text, "Ben Adu")]), "indirect")
    assert quote.text.startswith("the curfew would end")
    assert "Sunday" not in quote.text


# -- speakers from the parse ---------------------------------------------------------------------------------


def test_quotes_participle_speaks_for_the_subject_of_its_clause() -> None:
    text = 'Lena Ruiz criticised the plan for the northern and southern routes, saying, "It will cost too much."'
    quote = only(quotes_of(text, [person("E1", text, "Lena Ruiz")]))
    assert quote.kind == "direct"
    assert speaker_text(quote) == "Lena Ruiz"


def test_quotes_place_before_the_cue_is_not_the_speaker() -> None:
    text = 'Omar Haddad condemned the shelling of Kharkiv and Sumy, telling reporters, "Nobody is safe there."'
    quote = only(quotes_of(text, [person("E1", text, "Omar Haddad")]))
    assert speaker_text(quote) == "Omar Haddad"
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_long_described_subject_from_the_parse() -> None:
    text = 'When pressed on why the new rules leave out farmers, the 61-year-old mayor of the town replied, "No."'
    quote = only(quotes_of(text.replace('"No."', '"They were never asked."')))
    assert speaker_text(quote) == "the 61-year-old mayor of the town"


def test_quotes_relative_clause_speaks_for_its_noun() -> None:
    quote = only(quotes_of("The minister, who told reporters the bridge would reopen soon, declined to say more."))
    assert quote.kind == "indirect"
    assert quote.text == "the bridge would reopen soon"
    assert speaker_text(quote) == "The minister"


def test_quotes_speaker_phrase_never_runs_over_a_verb() -> None:
    quote = only(quotes_of("The army issued a statement saying the road would stay closed for a week."))
    assert quote.text == "the road would stay closed for a week"
    assert speaker_text(quote) == "a statement"


def test_quotes_next_sentence_speaker_does_not_take_a_finished_quote() -> None:
    text = (
        'Tom Roe told the local radio: "We agree on nothing at all." '
        "Anna Berg said she thought the talks would fail within a week."
    )
    entities = [person("E1", text, "Tom Roe"), person("E2", text, "Anna Berg")]
    quotes = quotes_of(text, entities)
    direct = only(quotes, "direct")
    assert speaker_text(direct) == "Tom Roe"
    reported = only(quotes, "indirect")
    assert speaker_text(reported) == "Anna Berg"


def test_quotes_next_sentence_cue_that_opens_a_quote_keeps_to_it() -> None:
    text = (
        'The army said it had been "fully prepared for the attack." '
        'Colonel Ivan Petrov said, "We lost no one during the night."'
    )
    quotes = quotes_of(text, [person("E1", text, "Ivan Petrov")])
    reported = only(quotes, "indirect")
    assert reported.text == 'it had been "fully prepared for the attack."'
    assert speaker_text(reported) == "The army"
    assert speaker_text(only(quotes, "direct")) == "Colonel Ivan Petrov"


def test_quotes_reported_clause_after_told_and_a_name() -> None:
    text = "Retired colonel Mark Stone told Radio North the convoy had left the city before dawn."
    quote = only(quotes_of(text, [person("E1", text, "Mark Stone")]))
    assert quote.kind == "indirect"
    assert quote.text.endswith("the convoy had left the city before dawn")
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_reported_clause_without_that_after_any_speech_verb() -> None:
    quote = only(quotes_of("Engineers from the university reported the dam had cracked in two places."))
    assert quote.kind == "indirect"
    assert quote.text == "the dam had cracked in two places"
    assert speaker_text(quote) == "Engineers"


def test_quotes_a_day_after_the_verb_is_never_the_speaker() -> None:
    quote = only(quotes_of('"The road is open again," the regional governor said Monday.'))
    assert speaker_text(quote) == "the regional governor"


def test_quotes_parse_reads_no_subject_from_a_phrase_after_a_preposition() -> None:
    text = 'As for the critics of the deal, Berg said, "They have not read it."'
    quote = only(quotes_of(text))
    assert speaker_text(quote) == "Berg"


def test_quotes_speaker_after_the_clause_with_a_role_to_the_end() -> None:
    text = "The bridge will reopen in May, said Tomas Varga, a spokesman for the agency that runs the roads."
    quote = only(quotes_of(text))
    assert quote.kind == "indirect"
    assert quote.text == "The bridge will reopen in May"
    assert speaker_text(quote) == "Tomas Varga"


def test_quotes_speaker_after_the_clause_is_not_the_name_that_opens_it() -> None:
    text = "Lind's plan failed in the committee, and the vote was put off, said one aide in the room."
    quote = only(quotes_of(text))
    assert quote.text.startswith("Lind's plan failed") and quote.text.endswith("the vote was put off")
    assert speaker_text(quote) == "one aide"


def test_quotes_attribution_inside_the_sentence_reports_all_of_it() -> None:
    quote = only(quotes_of("The convoy, the governor said, reached the border before dawn on Sunday."))
    assert quote.kind == "indirect"
    assert quote.text == "The convoy, the governor said, reached the border before dawn on Sunday"
    assert speaker_text(quote) == "the governor"


def test_quotes_participle_after_a_direct_quote_reports_for_its_speaker() -> None:
    quotes = quotes_of('"We will rebuild," the mayor said, adding that the bridge would reopen by May.')
    assert [q.kind for q in quotes] == ["direct", "indirect"]
    assert quotes[1].text == "that the bridge would reopen by May"
    assert [speaker_text(q) for q in quotes] == ["the mayor", "the mayor"]


def test_quotes_title_in_marks_after_told_is_no_quote() -> None:
    quote = only(quotes_of('Senator Ana Ruiz told ABC\'s "Morning Brief" that the bill would pass next week.'))
    assert quote.kind == "indirect"
    assert quote.text == "that the bill would pass next week"
    assert speaker_text(quote) == "Senator Ana Ruiz"


def test_quotes_that_clause_after_a_long_adjunct() -> None:
    text = "Ruiz says at a rally in Dayton, Ohio, that the plan means fewer jobs for the state."
    quote = only(quotes_of(text))
    assert quote.text == "that the plan means fewer jobs for the state"
    assert speaker_text(quote) == "Ruiz"


def test_quotes_no_before_a_noun_opens_a_reported_clause() -> None:
    quotes = quotes_of("A lawyer for the family said no decision had been made about an appeal.")
    assert only(quotes).text == "no decision had been made about an appeal"
    assert quotes_of("Asked whether the talks had failed, the envoy said no, and left.") == []


def test_quotes_fragment_a_characterizing_verb_governs_is_its_subjects_partial_quote() -> None:
    called = only(quotes_of('The opposition leader called the budget "a betrayal of working families" on Tuesday.'))
    assert called.kind == "partial" and speaker_text(called) == "The opposition leader"
    assert called.cue is not None and called.cue.text == "called"
    described = only(quotes_of('The ministry described the raid as "a grave breach of the truce".'))
    assert speaker_text(described) == "The ministry"


def test_quotes_fragment_the_parser_hung_on_the_object_of_a_characterizing_verb_is_still_its_speakers() -> None:
    quote = only(quotes_of('A spokesman for the council called the launch "deeply deplorable" and left.'))
    assert quote.kind == "partial" and speaker_text(quote) == "A spokesman for the council"


def test_quotes_fragment_with_a_stop_inside_its_marks_or_parsed_in_pieces_is_still_the_speakers() -> None:
    quote = only(quotes_of('The minister described the vote as "unlawful."'))
    assert quote.kind == "partial" and speaker_text(quote) == "The minister"
    text = HEADLINE + 'The prime minister called the death "an assault on the country as a state, nation and people"'
    quote = only(quotes_of(text))
    assert quote.kind == "partial" and speaker_text(quote) == "The prime minister"


def test_quotes_fragment_after_as_is_what_the_verb_calls_its_whole_object() -> None:
    text = 'The mayor described the claim that the bridge was shut for repairs as "complete nonsense from the start".'
    quote = only(quotes_of(text))
    assert quote.kind == "partial" and speaker_text(quote) == "The mayor" and quote.text.startswith('"complete')
    text = 'Opposition leader Michael Howe dismissed the minister\'s budget as "spend now, pay later" election plans.'
    quote = only(quotes_of(text, [person("E1", text, "Michael Howe")]))
    assert speaker_text(quote) == "Opposition leader Michael Howe" and quote.text == '"spend now, pay later"'
    assert quotes_of('She criticized the decision by the council, which came as "a shock to the whole town".') == []


def test_quotes_fragment_a_participle_after_with_governs_is_the_words_of_the_noun_after_with() -> None:
    text = HEADLINE + 'It drew millions, with a TV magazine describing it as "a cross between a sitcom and a farce".'
    quote = only(quotes_of(text))
    assert quote.kind == "partial" and speaker_text(quote) == "a TV magazine"
    text = HEADLINE + 'The vote passed, with the opposition leader calling it "a sad day for the country and its men".'
    assert speaker_text(only(quotes_of(text))) == "the opposition leader"


def test_quotes_word_in_marks_inside_a_noun_phrase_is_no_partial_quote() -> None:
    assert quotes_of('The agency described him in March as an "emerging" figure in the movement.') == []
    assert quotes_of('The court praised their "very decisive" ruling on the detentions.') == []


def test_quotes_belief_is_not_speech() -> None:
    assert quotes_of("The coach believes the team lost the title in the semi-finals.") == []
    assert quotes_of("Most voters think the tax will be raised again next year.") == []


def test_quotes_clause_inside_a_relative_clause_is_no_quote() -> None:
    assert quotes_of("The clash began after what the army says was an attack on its patrol.") == []
    assert quotes_of("He hit a guard, who the police said was hurt in the face by the blow.") == []


def test_quotes_that_before_a_time_word_opens_no_clause() -> None:
    quote = only(quotes_of("The army issued a statement saying an attack that day on the base caused no casualties."))
    assert quote.text == "an attack that day on the base caused no casualties"


def test_quotes_speaker_links_to_the_name_that_ends_its_phrase() -> None:
    text = "Harbor University law expert Nora Quill said the ruling would be appealed within weeks."
    school = person("E1", text, "Harbor University", kind="organization")
    quill = person("E2", text, "Nora Quill")
    quote = only(quotes_of(text, [school, quill]))
    assert quote.speaker is not None and quote.speaker.entity == "E2"


def test_quotes_unattributed_quote_after_a_sentence_that_leads_in_to_it() -> None:
    text = (
        HEADLINE + "Brett Holm, a former envoy to the coalition, criticized the decision on Twitter. "
        '"The statement shows no understanding of what is happening on the ground."\n\n'
        "Mira Tal believes the national press has never been free.\n\n"
        '"In our country the press was always stifled by those in power."\n'
    )
    quotes = quotes_of(text)
    assert [speaker_text(q) for q in quotes] == ["Brett Holm", "Mira Tal"]


def test_quotes_lead_in_never_takes_a_quote_with_its_own_attribution_after_it() -> None:
    text = (
        HEADLINE + "Most of the economists said the plan was sound.\n\n"
        "''It is fiscally responsible,'' Lena Dorn, director of the Center for Budget Studies at the state "
        "university and a former adviser to two governors and the national treasury office, said of the plan.\n"
    )
    quote = only(quotes_of(text), "direct")
    assert speaker_text(quote) != "Most of the economists"


def test_quotes_told_with_a_name_at_the_very_end_of_the_text() -> None:
    for text in ("Officials told Reuters", "The mayor told Dana Roe", "Roe told reporters'"):
        assert all(text[q.start : q.end] == q.text for q in quotes_of(text))


def test_quotes_after_a_comma_closing_a_clause_that_leads_in_to_words() -> None:
    text = 'Dana Roe, also on Twitter, defended the decision, "The bridge stays closed until the engineers say so."'
    quote = only(quotes_of(HEADLINE + text))
    assert quote.kind == "direct" and speaker_text(quote) == "Dana Roe"
    spoke = only(quotes_of(HEADLINE + 'Senator Lee Park spoke on Fox News, "This will lead to a new crisis soon."'))
    assert spoke.kind == "direct" and speaker_text(spoke) == "Senator Lee Park"


def test_quotes_mid_sentence_quote_in_a_new_paragraph_does_not_continue_the_last_speaker() -> None:
    text = (
        HEADLINE + '"The bridge stays closed," Mayor Dana Roe said.\n\n'
        'With party leaders worried about turnout, Governor Lee Park is rolling out a message: "It is about all of '
        'us now."\n'
    )
    quotes = quotes_of(text)  # the message is the governor's, whose clause the colon closes; never the mayor's
    assert [speaker_text(q) for q in quotes] == ["Mayor Dana Roe", "Governor Lee Park"]


def test_quotes_closing_mark_typed_where_a_quote_opens() -> None:
    quote = only(quotes_of("”We will rebuild the school,” the mayor said."))
    assert quote.kind == "direct"
    assert quote.text == "”We will rebuild the school,”"
    assert speaker_text(quote) == "the mayor"


def test_quotes_opening_mark_typed_where_a_quote_closes() -> None:
    quote = only(quotes_of("“We will rebuild the school,“ the mayor said."))
    assert quote.kind == "direct"
    assert quote.text == "“We will rebuild the school,“"


def test_quotes_double_prime_opens_a_quote() -> None:
    quote = only(quotes_of("″We will rebuild the school,” the mayor said."))
    assert quote.kind == "direct"
    assert speaker_text(quote) == "the mayor"


def test_quotes_closing_mark_after_an_invisible_direction_mark_opens_a_quote() -> None:
    quote = only(quotes_of("\u202a”We will rebuild the school,” posted one reader."))
    assert quote.kind == "direct"
    assert speaker_text(quote) == "one reader"


# -- quotes7: who "he said" stands for on news never seen ----------------------------------------------------


def _pronoun_entity(text: str, entities: Sequence[Entity]) -> str | None:
    last = quotes_of(text, entities)[-1]
    assert last.speaker is not None and last.speaker.text.lower() in ("he", "she"), last
    return last.speaker.entity


def test_quotes_he_after_a_speaker_with_no_record_is_not_an_earlier_person() -> None:
    text = (
        HEADLINE + '"The talks are over," Omar Vale said.\n\n'
        "But Kenji Ito, a fellow at the Institute of Sea Studies, told reporters the port would reopen.\n\n"
        '"Nobody wants a blockade," he said.'
    )
    assert _pronoun_entity(text, [person("E1", text, "Omar Vale")]) != "E1"  # Kenji Ito, recorded by the quotes


def test_quotes_he_after_a_described_relative_is_not_the_person_named_before() -> None:
    text = (
        HEADLINE + "Luis Mora left the town in 2010. Luis Mora's temper was mild, the brother said.\n\n"
        '"He never raised his voice," he said.'
    )
    assert _pronoun_entity(text, [person("E1", text, "Luis Mora")]) is None


def test_quotes_role_before_a_phrase_marks_a_person_who_spoke() -> None:
    text = (
        HEADLINE + '"We are ready," Omar Vale said.\n\n'
        "The vice president of the Sea Institute said the port was safe.\n\n"
        '"Nobody wants a blockade," he said.'
    )
    institute = person("E2", text, "Sea Institute", kind="organization")
    assert _pronoun_entity(text, [person("E1", text, "Omar Vale"), institute]) is None


def test_quotes_she_after_a_man_named_with_no_record_still_finds_her() -> None:
    text = (
        HEADLINE + '"We are ready," Mrs Ana Vale said.\n\n'
        "Mr Kenji Ito said the port was safe.\n\n"
        '"Nobody wants a blockade," she said.'
    )
    assert _pronoun_entity(text, [person("E1", text, "Ana Vale")]) == "E1"


def test_quotes_said_of_someone_names_the_subject_not_the_object() -> None:
    text = HEADLINE + 'Kurt Maas, an analyst at the institute, said of the leaders, "They know the risks."'
    quote = only(quotes_of(text))
    assert speaker_text(quote) == "Kurt Maas"


def test_quotes_the_owner_before_a_possessive_role_is_not_the_speaker() -> None:
    text = HEADLINE + 'Madrid\'s envoy to the talks, speaking before a session in Geneva, said: "Enough is enough."'
    quote = only(quotes_of(text))
    assert speaker_text(quote) != "Madrid"


def test_quotes_the_name_set_off_after_a_role_speaks() -> None:
    for text in (
        'The chairman of Spain\'s farmers union, Pedro Gil, criticized the plan, saying: "This is a mistake."',
        'The country\'s ambassador to the UN, Pak Song, said: "We will respond."',
    ):
        quote = only(quotes_of(HEADLINE + text))
        assert speaker_text(quote) in ("Pedro Gil", "Pak Song"), text


def test_quotes_a_hyphenated_given_name_is_a_name() -> None:
    text = HEADLINE + '"We will respond to any provocation," Kim Yong-ho, a professor at the university, said.'
    assert speaker_text(only(quotes_of(text))) == "Kim Yong-ho"


def test_quotes_a_first_name_tells_no_gender_in_a_description() -> None:
    lexicon = load_lexicon()
    assert lexicon.gender.of_words(["Anna", "Bell"]) == "female"
    assert lexicon.gender.of_words(["Tory", "leader"]) is None


def test_quotes_the_one_quoted_as_saying_speaks_not_the_one_who_quotes() -> None:
    for text in (
        '"The drill is a prelude," Tass quoted Ivan Petrov as saying.',
        'The agency quoted Ivan Petrov as saying: "We see a dangerous escalation."',
    ):
        assert speaker_text(only(quotes_of(HEADLINE + text))) == "Ivan Petrov", text


def test_quotes_quoting_a_text_keeps_the_one_who_quotes() -> None:
    text = HEADLINE + 'The newspaper quoted a line from the speech: "We see a dangerous escalation."'
    assert speaker_text(only(quotes_of(text))) == "The newspaper"


def test_quotes_a_region_after_a_place_is_never_the_speaker() -> None:
    from sitrep.components.quotes.speakers import SpeakerFinder

    doc = get_nlp().make_doc("Mr. Lomax, speaking at a forum in Kent, Conn., said the talks had failed.")
    said = next(t.i for t in doc if t.text == "said")
    finder = SpeakerFinder(doc, load_lexicon(), {said: said + 1})
    assert finder.before(said, 0) is None  # the word shapes give no speaker; the parse finds Mr. Lomax
    doc = get_nlp().make_doc("The talks had failed, Ana Ruiz, the envoy, said.")
    said = next(t.i for t in doc if t.text == "said")
    found = SpeakerFinder(doc, load_lexicon(), {said: said + 1}).before(said, 0)
    assert found is not None and found.speaker is not None and doc[slice(*found.speaker)].text == "Ana Ruiz"


def test_quotes_a_participle_with_no_comma_after_a_thing_acted_on_goes_with_the_subject() -> None:
    text = HEADLINE + 'Jo Roe responded to the reporter\'s question on her blog writing, "Yes, I will. It was bad."'
    assert speaker_text(only(quotes_of(text))) == "Jo Roe"
    text = HEADLINE + 'The governor answered the question on the radio writing, "We will not close the border."'
    assert speaker_text(only(quotes_of(text))) == "The governor"
    text = HEADLINE + 'The campaign sent an email to supporters stating, "The speaker has joined the critics."'
    assert speaker_text(only(quotes_of(text))) == "The campaign sent an email"  # the document speaks for its sender


def test_quotes_the_subject_that_opens_a_sentence_is_read_past_a_dateline_and_a_preposition() -> None:
    from sitrep.components.quotes.speakers import SpeakerFinder

    for text, speaker in [
        ("PARIS, Aug. 31 (AFP) — In a speech, Marine Roux backed the plan, saying it would bring jobs.", "Marine Roux"),
        ("Alongside calls for action, the party leader backed it, saying it would bring jobs.", "the party leader"),
    ]:
        doc = get_nlp().make_doc(text)
        saying = next(t.i for t in doc if t.text == "saying")
        found = SpeakerFinder(doc, load_lexicon(), {saying: saying + 1}).subject(0, saying)
        assert found is not None and found.speaker is not None and doc[slice(*found.speaker)].text == speaker
    text = HEADLINE + "Alongside union calls for action, even a party strategist said the mayor will have to choose."
    assert speaker_text(only(quotes_of(text))) == "a party strategist"
    doc = get_nlp().make_doc("Back in 1999, Tom Reyes praised the mayor's skills, telling a host that he was great.")
    telling = next(t.i for t in doc if t.text == "telling")
    found = SpeakerFinder(doc, load_lexicon(), {telling: telling + 1}).subject(0, telling)
    assert found is not None and found.speaker is not None and doc[slice(*found.speaker)].text == "Tom Reyes"


def test_quotes_the_noun_after_with_speaks_a_quote_its_participle_reports() -> None:
    text = HEADLINE + 'The town was on every mind, with marchers and fans chanting "We are all one town" as they went.'
    assert speaker_text(only(quotes_of(text))) == "marchers"


def test_quotes_the_place_of_a_dateline_is_no_name_of_the_subject() -> None:
    text = HEADLINE + (
        "The storm hit the coast.\n\nWASHINGTON, Dec. 8 (UPI) — In response to the senator's plan to close the border,"
        ' the governor\'s closest aide rallied supporters, saying: "We have to be ready to stop him."'
    )
    speaker = speaker_text(only(quotes_of(text)))
    assert speaker is not None and "aide" in speaker and "WASHINGTON" not in speaker


def test_quotes_the_name_after_a_role_of_a_place_speaks() -> None:
    text = HEADLINE + '"We will stay," the mayor of Lyon, Jean Roux, said.'
    assert speaker_text(only(quotes_of(text))) == "Jean Roux"


def test_quotes_a_medium_before_the_colon_is_not_the_speaker() -> None:
    text = HEADLINE + 'Mara Lind gave another account, speaking via Twitter: "I resigned last night and I am glad."'
    assert speaker_text(only(quotes_of(text))) != "Twitter"
    text = HEADLINE + 'The ruling drew an angry reply from Jane Roe: "This is a travesty and we will appeal."'
    assert speaker_text(only(quotes_of(text))) == "Jane Roe"


def test_quotes_she_never_stands_for_a_person_named_in_the_headline() -> None:
    text = (
        "Vera Holt Wins Court Fight Over Farm\n\nThe court ruled on Friday.\n\n"
        'A neighbour, identified only as Mira, said: "We knew it." "We waited ten years for this," she said.'
    )
    quotes = quotes_of(text, [person("E1", text, "Vera Holt")])
    assert all(q.speaker is None or q.speaker.entity != "E1" for q in quotes)


def test_quotes_a_quote_after_a_colon_clause_does_not_go_on_with_earlier_speech() -> None:
    text = HEADLINE + (
        'The guard corps said the general had been "martyred" in the strike. The leader ordered three days of '
        "mourning. In his message, he summed up the general's life: \"He was an example to all those who served.\""
    )
    last = quotes_of(text)[-1]
    assert last.kind == "direct" and speaker_text(last) != "The guard corps"


def test_quotes_he_after_a_described_subject_is_not_a_person_named_before() -> None:
    text = (
        HEADLINE + '"We heard the first shots at ten," said Jake Orr.\n\n'
        'At 10:08 p.m., an officer at the gate sounds the alarm. "We have shots fired," he says.'
    )
    assert _pronoun_entity(text, [person("E1", text, "Jake Orr")]) is None


def test_quotes_she_after_his_wife_is_not_her_husband() -> None:
    text = (
        HEADLINE + "Rock singer Ozzie Brandt said the show would end.\n\n"
        'His wife Shaz, who also appears in the show, agreed. "Everybody is doing these shows now," she said.'
    )
    assert _pronoun_entity(text, [person("E1", text, "Ozzie Brandt")]) is None


def test_quotes_she_after_a_description_set_off_by_her_name_is_her() -> None:
    text = (
        HEADLINE + "A woman in Osaka, Kaori Endo, said she had heard the alarm.\n\n"
        '"It was scary," she said.'
    )
    entities = [person("E1", text, "Kaori Endo")]
    assert _pronoun_entity(text, entities) == "E1"


def test_quotes_a_long_apposition_with_a_relative_clause_still_reaches_the_verb() -> None:
    text = HEADLINE + (
        '"Today\'s launch is a proud result of our science," Ri Sol Hee, the country\'s best-known newsreader, who was '
        "brought back from retirement to announce last month's nuclear test, declared in a special broadcast."
    )
    assert speaker_text(only(quotes_of(text))) == "Ri Sol Hee"


# -- quotes8: "he said" after a sentence whose subject is another person --------------------------------------------


def test_quotes_he_goes_to_the_subject_named_after_a_description_not_the_object() -> None:
    text = (
        HEADLINE + '"We will win," Jack Hale said.\n\n'
        "But the party's home affairs spokesman, Mark Oaten, accused Mr Hale of dodging the issue.\n\n"
        '"The critical issue is the principle," he said.'
    )
    entities = [person("E1", text, "Jack Hale"), person("E2", text, "Mark Oaten")]
    assert _pronoun_entity(text, entities) == "E2"


def test_quotes_he_goes_to_the_subject_past_a_leading_adjunct() -> None:
    text = (
        HEADLINE + '"We are ready," Luigi Rossi said.\n\n'
        "On Wednesday during the ceremony, Turkish President Recep Erdogan called for talks.\n\n"
        '"No project can succeed without us," he said.'
    )
    entities = [person("E1", text, "Luigi Rossi"), person("E2", text, "Recep Erdogan")]
    assert _pronoun_entity(text, entities) == "E2"


def test_quotes_he_never_goes_to_the_object_of_a_body() -> None:
    text = (
        HEADLINE + '"We are ready," Luigi Rossi said.\n\n'
        "The ministry accused Omar Vale of lying.\n\n"
        '"No project can succeed without us," he said.'
    )
    entities = [person("E1", text, "Luigi Rossi"), person("E2", text, "Omar Vale")]
    assert _pronoun_entity(text, entities) == "E1"


def test_quotes_she_skips_a_subject_of_the_other_gender() -> None:
    text = (
        HEADLINE + '"We are ready," Mrs Ana Vale said.\n\n'
        "Mr Kenji Ito visited the port on Monday.\n\n"
        '"Nobody wants a blockade," she said.'
    )
    assert _pronoun_entity(text, [person("E1", text, "Ana Vale"), person("E2", text, "Kenji Ito")]) == "E1"


def test_quotes_name_set_off_after_a_phrase_with_an_owner_speaks() -> None:
    text = (
        HEADLINE + "The chairman of Spain's farmers union, Jo Marin, criticized the plan in an interview with a "
        'paper this week, saying: "Whoever wrote this plan never farmed."'
    )
    quote = only(quotes_of(text, [person("E1", text, "Jo Marin")]))
    assert speaker_text(quote) == "Jo Marin"


def test_quotes_person_of_a_body_links_to_the_person() -> None:
    text = HEADLINE + 'Anna Lund of the Sea Institute said, "The port is safe."'
    institute = person("E2", text, "Sea Institute", kind="organization")
    quote = only(quotes_of(text, [person("E1", text, "Anna Lund"), institute]))
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_role_of_an_owned_body_is_not_the_owner() -> None:
    text = HEADLINE + 'The head of Spain\'s farmers union said on Monday, "We will not pay."'
    spain = person("E1", text, "Spain", kind="country")
    quote = only(quotes_of(text, [spain]))
    assert quote.speaker is not None and quote.speaker.entity is None


def test_quotes_he_never_goes_to_a_photographer_in_a_picture_credit() -> None:
    text = (
        HEADLINE + '"We are ready," Luis Mora said.\n\n'
        "The teen speaks to her lawyer in the courtroom, January 1, 2018. REUTERS/Omar Vale\n\n"
        '"Their aim is to scare people," he said.'
    )
    entities = [person("E1", text, "Luis Mora"), person("E2", text, "Omar Vale")]
    assert _pronoun_entity(text, entities) == "E1"


def test_quotes_place_after_a_preposition_before_a_participle_never_speaks() -> None:
    text = HEADLINE + 'The alert was sent to phones in northern Japan saying, "Please take shelter underground."'
    japan = person("E1", text, "Japan", kind="country")
    quote = only(quotes_of(text, [japan]))
    assert quote.speaker is None or quote.speaker.entity != "E1"


def test_quotes_after_a_colon_closing_a_clause_whose_subject_is_a_name() -> None:
    text = HEADLINE + 'Nadia Vale was at a loss to explain its success: "I suppose people like to watch us fail."'
    quote = only(quotes_of(text, [person("E1", text, "Nadia Vale")]))
    assert quote.kind == "direct" and speaker_text(quote) == "Nadia Vale"
    text = HEADLINE + 'Omar Reyes gave another account, also writing online: "I offered to resign last night myself."'
    assert speaker_text(only(quotes_of(text))) == "Omar Reyes"


def test_quotes_after_a_colon_closing_a_clause_whose_subject_is_a_pronoun() -> None:
    text = HEADLINE + 'Ana Kole led the service. In her message, she thanked the nurses: "They never left the ward."'
    quote = only(quotes_of(text, [person("E1", text, "Ana Kole")]), "direct")
    assert speaker_text(quote) == "she" and quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_after_a_colon_closing_a_clause_whose_subject_is_no_one() -> None:
    text = HEADLINE + 'But the confusion over the shots grows: "We are in front of the hotel and cannot see a thing."'
    assert [speaker_text(q) for q in quotes_of(text)] in ([], [None])
    text = HEADLINE + 'The crowd waited in the rain for hours: "We want the mayor to come out and talk to us now."'
    assert [speaker_text(q) for q in quotes_of(text)] in ([], [None])


def test_quotes_after_a_paragraph_closed_by_a_colon_after_a_clause_whose_subject_is_a_name() -> None:
    text = HEADLINE + (
        "When the dam failed in 1998, Governor Ann Lowe released the following statement:\n\n"
        '"Our thoughts are with every family that lost a home this week. We will rebuild."\n\n'
        '"The levee will be stronger than it ever was."'
    )
    quotes = quotes_of(text, [person("E1", text, "Ann Lowe")])
    assert [speaker_text(q) for q in quotes] == ["Governor Ann Lowe", "Governor Ann Lowe"]  # the quote goes on
    text = HEADLINE + (
        "She shared a link to the new website of the campaign, which carries the following statement:\n\n"
        '"Our state has a problem. There is no single answer because the drug is everywhere."'
    )
    assert [speaker_text(q) for q in quotes_of(text)] == [None]


def test_quotes_after_a_colon_closing_a_clause_the_parse_hangs_elsewhere() -> None:
    text = HEADLINE + 'Asked which bridge was the worst, she demurred: "Every one of them needs work this year."'
    assert speaker_text(only(quotes_of(text), "direct")) == "she"
    text = HEADLINE + "And Mr. Hale gloated: ''I told you she wouldn't win.''"
    assert speaker_text(only(quotes_of(text, [person("E1", text, "Hale")]), "direct")) == "Mr. Hale"


def test_quotes_after_a_colon_a_title_of_few_words_has_no_speaker() -> None:
    text = HEADLINE + "Thanks to his latest show, Tom Reyes can add a new title to his resume: “song collector.”"
    assert [speaker_text(q) for q in quotes_of(text, [person("E1", text, "Tom Reyes")])] in ([], [None])


def test_quotes_writer_pronoun_stands_for_no_one_named_before() -> None:
    text = HEADLINE + 'Tom Hale said the town needs more police. If not, I say "So what, we all tried our best" to him.'
    quote = only(quotes_of(text, [person("E1", text, "Tom Hale")]), "direct")
    assert speaker_text(quote) == "I" and quote.speaker is not None and quote.speaker.entity is None


def test_quotes_speaker_quoted_as_saying_after_the_quote() -> None:
    text = HEADLINE + '"We are worried about the new launches," envoy Ivan Sorin was quoted by a news agency as saying.'
    quote = only(quotes_of(text))
    assert quote.kind == "direct" and speaker_text(quote) == "envoy Ivan Sorin"
    text = HEADLINE + '"The bridge will stay closed until the spring," Mayor Lena Holt was quoted as saying.'
    quote = only(quotes_of(text, [person("E1", text, "Lena Holt")]))
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_he_goes_to_the_subject_named_after_a_long_title() -> None:
    text = HEADLINE + (
        "Home Secretary Tom Clay said the orders were needed. Tory shadow home secretary Dan Davies warned of "
        'miscarriages of justice, for which Tony Blair once apologised. "Those pressures would be much greater for a '
        'politician than for a judge," he told BBC Radio.'
    )
    people = [person(f"E{n}", text, name) for n, name in enumerate(("Tom Clay", "Dan Davies", "Tony Blair"), 1)]
    quote = only(quotes_of(text, people), "direct")
    assert quote.speaker is not None and quote.speaker.entity == "E2"


def test_quotes_cue_after_a_relative_pronoun_speaks_for_its_noun() -> None:
    text = HEADLINE + 'Sirens sounded in the north as people got a text that read: "Missile passing, take cover now."'
    quote = only(quotes_of(text))
    assert quote.kind == "direct" and speaker_text(quote) == "a text"


def test_quotes_verb_of_going_on_needs_a_speaker_who_can_speak() -> None:
    text = HEADLINE + 'But the confusion over the source of the shots continues: "We cannot see where it comes from."'
    assert [speaker_text(q) for q in quotes_of(text)] in ([], [None])
    text = HEADLINE + 'The spokesman went on: "We cannot see where the shots are coming from at this stage."'
    assert speaker_text(only(quotes_of(text))) == "The spokesman"


def test_quotes_cue_in_a_relative_clause_set_off_by_a_comma_is_never_the_sentence_subjects() -> None:
    text = HEADLINE + (
        "On Thursday, Roe scored his first endorsement from a Senate colleague, from Jo Lee, who declared in the spin "
        'room, "I am sending the signal that it is time to unite."'
    )
    quote = only(quotes_of(text))
    assert quote.kind == "direct" and speaker_text(quote) != "Roe"


def test_quotes_cue_in_a_restrictive_relative_clause_far_from_the_quote_names_no_one() -> None:
    text = HEADLINE + 'Roe mocked the row, saying anybody who complains about a microphone "is not having a good day."'
    assert all(speaker_text(q) != "anybody" for q in quotes_of(text))


def test_quotes_verb_of_going_on_closing_a_paragraph_leads_in_to_no_one() -> None:
    text = HEADLINE + "But the confusion over the source of the shots continues:\n\n“Shots are coming from the gate.”\n"
    assert [speaker_text(q) for q in quotes_of(text)] in ([], [None])


# -- quotes10 ------------------------------------------------------------------------------------------------


def test_quotes_phrase_in_marks_modifying_what_a_verb_calls_something_is_its_subjects() -> None:
    quote = only(quotes_of('Tano Rulo also branded the raid a "most serious and grave" threat.'))
    assert quote.kind == "partial"
    assert speaker_text(quote) == "Tano Rulo"


def test_quotes_one_word_in_marks_modifying_a_noun_stays_no_ones() -> None:
    assert quotes_of('Tano Rulo called it an "emerging" threat.') == []


def test_quotes_who_set_off_after_a_name_and_its_description_speaks_for_the_name() -> None:
    text = 'The study was led by Tano Rulo, a marine ecologist at the school, who said "The reef is dying fast."'
    quote = only(quotes_of(text))
    assert quote.kind == "direct"
    assert speaker_text(quote) == "Tano Rulo"


def test_quotes_who_set_off_after_a_name_speaks_for_the_name() -> None:
    quote = only(quotes_of('The study was led by Tano Rulo, who said: "The reef is dying fast."'))
    assert speaker_text(quote) == "Tano Rulo"


def test_quotes_who_after_a_description_ending_in_a_place_speaks_for_the_person() -> None:
    text = 'The study was led by Tano Rulo, an ecologist and professor at Ota University, who said "The reef is dying."'
    assert speaker_text(only(quotes_of(text))) == "Tano Rulo"
    assert speaker_text(only(quotes_of('The talks were held at Ota University, who said "The reef is dying."'))) is None


def test_quotes_sentence_taking_a_stance_leads_in_to_the_quote_after_it() -> None:
    text = HEADLINE + 'Tano Rulo opposed the idea. "The pledge we made has kept this country safe."'
    assert speaker_text(only(quotes_of(text))) == "Tano Rulo"


def test_quotes_document_opener_speaks_for_the_body_named_after_it() -> None:
    text = (
        HEADLINE + "In a statement released after the raid, the Defense Ministry justified the strike as "
        '"defensive" in nature: "We acted to protect our troops at the base."'
    )
    quotes = quotes_of(text)
    assert [speaker_text(q) for q in quotes] == ["the Defense Ministry", "the Defense Ministry"]


def test_quotes_document_opener_with_an_unnamed_subject_stays_the_document() -> None:
    text = HEADLINE + 'In a statement, the ministry justified the strike: "We acted to protect our troops at the base."'
    assert speaker_text(only(quotes_of(text))) == "a statement"
    text = HEADLINE + 'In a statement, the Russian and Syrian ministries accused the army of "banditry and worse".'
    assert speaker_text(only(quotes_of(text))) == "a statement"


def test_quotes_stance_of_a_name_set_off_with_an_age_leads_in_to_the_quote_after_it() -> None:
    text = HEADLINE + 'Tano Rulo, 77, opposed the idea. "The pledge we made has kept this country safe."'
    assert speaker_text(only(quotes_of(text))) == "Tano Rulo"
    text = HEADLINE + 'The plan, 2019, opposed the idea. "The pledge we made has kept this country safe."'
    assert speaker_text(only(quotes_of(text))) is None


def test_quotes_after_a_semicolon_that_closes_the_attribution_go_on_with_its_speaker() -> None:
    text = HEADLINE + '"The convoy is safe and will reach the port;" read the statement; "we will not be stopped."'
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert speaker_text(quotes[1]) == "the statement"


def test_quotes_partial_feeling_a_verb_of_expressing_takes() -> None:
    quote = only(quotes_of('The farmers have voiced "grave doubts" about the dam.'))
    assert quote.kind == "partial"
    assert quote.text == '"grave doubts"'
    assert speaker_text(quote) == "The farmers"


def test_quotes_feeling_expressed_in_a_passive_has_no_speaker() -> None:
    assert [q for q in quotes_of('Doubts were expressed about "the new rules" at the meeting.') if q.speaker] == []


def test_quotes_wire_copy_marks_of_grave_accents_and_apostrophes() -> None:
    quote = only(quotes_of("``The dam will hold until spring,'' the engineer said."))
    assert quote.kind == "direct"
    assert "The dam will hold until spring," in quote.text
    assert speaker_text(quote) == "the engineer"


def test_quotes_wire_copy_quote_after_its_attribution_goes_on() -> None:
    text = "``We are ready,'' Ana Ruiz said. ``Nobody should expect a quick fix here.''"
    found = quotes_of(text)
    assert [q.text.strip("`'") for q in found] == ["We are ready,", "Nobody should expect a quick fix here."]
    assert all(speaker_text(q) == "Ana Ruiz" for q in found)


def test_quotes_short_title_in_marks_stays_out() -> None:
    found = quotes_of('Ana Ruiz told NBC\'s "Morning Show" that the vote would pass.')
    assert [q.text for q in found] == ["that the vote would pass"]


@pytest.mark.parametrize(
    "text",
    [
        'The two leaders will meet next month in Oslo, Jan Berg said, adding, "They have a lot to talk about."',
        'Lars and Nina will meet sometime next week, Jan Berg told reporters, adding, "They need a long talk."',
    ],
)
def test_quotes_participle_after_a_tail_attribution_goes_on_with_its_speaker(text: str) -> None:
    quote = only(quotes_of(text), "direct")
    assert speaker_text(quote) == "Jan Berg"


def test_quotes_day_after_the_verb_never_speaks() -> None:
    quote = only(quotes_of('A city official who asked not to be named said Thursday, "The bridge will stay shut."'))
    assert speaker_text(quote) == "A city official"


def test_quotes_he_after_a_role_and_a_name_with_no_record_is_not_an_earlier_person() -> None:
    text = (
        HEADLINE + "Foreign minister Omar Vale met his counterpart on Tuesday. He said the talks were useful.\n\n"
        "On Wednesday during the opening of the new port, Turkish president Erdoğan called for closer ties. "
        '"No plan that leaves out our country can work," he said.'
    )
    assert _pronoun_entity(text, [person("E1", text, "Omar Vale")]) == "E2"  # Erdoğan, recorded by the quotes


def test_quotes_she_after_a_man_named_by_title_with_no_record_still_finds_her() -> None:
    text = (
        HEADLINE + '"We are ready," minister Ana Vale said.\n\n'
        "Lawmaker Mr Kenji Ito called for calm.\n\n"
        '"Nobody wants a blockade," she said.'
    )
    assert _pronoun_entity(text, [person("E1", text, "Ana Vale")]) == "E1"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("Ada Holm said about the council's plan to cut costs.", "Ada Holm"),
        ("Ola Nes asked at the end of the meeting on Monday.", "Ola Nes"),
    ],
)
def test_quotes_question_then_attribution_with_a_long_adjunct_names_its_speaker(tail: str, speaker: str) -> None:
    text = f'The school lost half its pupils, Kari Lund said.\n\n"Why would anyone close a school like that?" {tail}'
    quote = only(quotes_of(text), "direct")
    assert speaker_text(quote) == speaker


def test_quotes_question_then_attribution_that_reports_a_clause_is_not_its_speaker() -> None:
    text = '"Who will pay for it?" Ola Nes asked at the meeting whether the budget would hold.'
    assert speaker_text(only(quotes_of(text), "direct")) != "Ola Nes"


def test_quotes_three_apostrophes_close_a_nested_quote_and_its_double() -> None:
    text = "''My job is to say: 'This man is real. He is one of us,''' Mr. Ole Lund said of the candidate."
    quote = only(quotes_of(text), "direct")
    assert quote.text.endswith("one of us,'''")
    assert speaker_text(quote) == "Mr. Ole Lund"


def test_quotes_three_apostrophes_open_a_double_and_a_nested_quote() -> None:
    quote = only(quotes_of("Ole Lund said: '''Yes' was all I heard from them,'' of the talks."), "direct")
    assert quote.text.startswith("'''Yes'")


# -- hand-read classes of issue 16 (branch quotes16) ------------------------------------------------------------


def test_quotes_name_set_off_after_the_quote_speaks_over_its_long_description() -> None:
    text = (
        'Air quality improved slightly last week. "This is mainly due to a change in the direction of the wind," '
        "Marta Oyelaran, a research analyst at the Lagos-based Council on Energy, Environment and Water think tank "
        "told CBS News."
    )
    assert speaker_text(only(extract(text).quotes, "direct")) == "Marta Oyelaran"


def test_quotes_name_set_off_before_the_verb_still_speaks_after_a_description() -> None:
    text = '"Beijing is gravely concerned," a spokesman for the Foreign Ministry, Li Wei, said in the statement.'
    assert speaker_text(only(quotes_of(text), "direct")) == "Li Wei"


def test_quotes_role_and_name_after_the_quote_reach_a_verb_past_a_long_description() -> None:
    text = (
        'Researchers found the plume. "Essential chemical elements are found all over the solar system," study lead '
        "author Lu Pei, a planetary scientist at the Goddard Space Flight Center in Greenbelt, Maryland, and Harbor "
        "University in Washington, D.C., said in a statement."
    )
    assert speaker_text(only(quotes_of(text), "direct")) == "study lead author Lu Pei"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Nobody asked him about it. He instead told the reporter: "I made a call and I stand by it."', "He"),
        ('That is why I always tell my friends: "an open plate is a happy plate!"', "I"),
    ],
)
def test_quotes_an_adverb_between_speaker_and_verb_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert speaker_text(only(quotes_of(text), "direct")) == speaker


def test_quotes_a_role_in_one_hyphenated_word_stays_in_the_speaker() -> None:
    text = 'Harbor Watch editor-in-chief Lena Sorvik said: "Let us now focus on the real threat."'
    assert speaker_text(only(quotes_of(text), "direct")) == "Harbor Watch editor-in-chief Lena Sorvik"


def test_quotes_a_name_joined_to_an_object_before_a_colon_does_not_speak() -> None:
    text = 'Pella has found one drawback to working with Nash and Corby: "They sing so well that people feel shy."'
    assert speaker_text(only(quotes_of(text), "direct")) not in ("Corby", "Nash and Corby")


def test_quotes_a_clause_of_time_after_a_finished_quote_is_no_attribution() -> None:
    text = (
        '"You only see the tip of the iceberg," she said. "It makes the book dense." When his editors would ask him '
        'to explain himself, he would answer, "I hate being obvious."'
    )
    assert all(speaker_text(q) != "his editors" for q in quotes_of(text))


def test_quotes_he_after_an_unrecorded_first_name_opens_the_sentence_stands_for_no_one_named_before() -> None:
    text = (
        "The banker Carl Wexton was arrested in 2019.\n\n"
        "Andrew does not remember the party, but he remembers the dinner that night. "
        '"Going to a pizza place is an unusual thing for me," he said.'
    )
    quote = only(quotes_of(text, [person("E1", text, "Carl Wexton")]), "direct")
    assert quote.speaker is not None and quote.speaker.entity == "E2"  # Andrew, recorded by the quotes


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("a detective, speaking on condition of anonymity, said.", "a detective"),
        ("a harbour pilot, who asked not to be named, said.", "a harbour pilot"),
        ("her brother, citing the letter, said.", "her brother"),
    ],
)
def test_quotes_a_person_by_trade_or_kin_speaks_past_a_clause_set_off_before_its_verb(tail: str, speaker: str) -> None:
    quote = only(quotes_of(f'"The gate was open when we came back from the market," {tail}'))
    assert speaker_text(quote) == speaker


@pytest.mark.parametrize(
    "tail",
    [
        "said the chief economist at Norland Bank, Peter Olsen.",
        "said chief economist at Norland Bank, Peter Olsen, on Monday.",
        "said the mayor of Brenton, Peter Olsen, who was elected in May.",
    ],
)
def test_quotes_a_name_set_off_after_the_description_a_verb_opens_speaks(tail: str) -> None:
    quote = only(quotes_of(f'"Rates will stay where they are for a year," {tail}'))
    assert speaker_text(quote) == "Peter Olsen"


def test_quotes_a_place_set_off_after_the_description_never_speaks() -> None:
    text = '"Rates will stay where they are for a year," said a spokesman in Trenton, New Jersey.'
    state = person("E1", text, "New Jersey", kind="place")
    assert speaker_text(only(quotes_of(text, [state]))) == "a spokesman"


def test_quotes_a_name_set_off_after_according_to_is_the_clause_s_subject() -> None:
    quote = only(quotes_of("According to the ship's log, Anna Berg, the first mate, sailed the boat alone that night."))
    assert speaker_text(quote) == "the ship's log"


def test_quotes_someone_else_s_reported_speech_takes_over_a_quote_with_no_cue() -> None:
    text = (
        '"The vote is lost for us," said Carl Moss, a delegate. Polls show support for the plan rising. '
        "Dana Hill said the queen is taking a great interest in the convention. "
        '"She is following it very closely and takes the view that it is our business."'
    )
    quotes = quotes_of(text)
    assert speaker_text(quotes[-1]) == "Dana Hill"


def test_quotes_reported_speech_inside_the_earlier_quote_s_sentence_takes_over_nothing() -> None:
    text = (
        '"The contracts cannot be ended at will," spokesman Ron Lake told the paper in July, after Bill Mora stated '
        'an interest in ending the deal. "They are fully binding."'
    )
    assert speaker_text(quotes_of(text)[-1]) == "spokesman Ron Lake"


def test_quotes_he_after_a_titled_name_owned_by_a_firm_is_that_person() -> None:
    text = (
        "Ray Dole, an analyst at Smith Barney, cut his forecast. But Smith Barney's Mr. Dole called the drop "
        'fair. "The real bad news is the price war," he said.'
    )
    entities = [_every_mention("E1", text, "Smith Barney"), _every_mention("E2", text, "Dole")]
    assert _pronoun_entity(text, entities) == "E2"


def _every_mention(eid: str, text: str, name: str) -> Entity:
    found = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(eid, "person", name, mentions=found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('"The border stays open," Norlandic president Vesk said.', "Norlandic"),
        ('"The border stays open," said the governor of Kestria.', "Kestria"),
    ],
)
def test_quotes_a_place_that_modifies_a_role_is_never_the_speaker(text: str, place: str) -> None:
    quote = only(quotes_of(text, [person("E1", text, place, kind="country")]))
    assert quote.speaker is not None and quote.speaker.entity is None


def test_quotes_a_body_of_a_place_with_no_record_still_speaks_for_it() -> None:
    text = '"The border stays open," said the government of Kestria.'
    quote = only(quotes_of(text, [person("E1", text, "Kestria", kind="country")]))
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_a_name_speaks_before_a_role_joined_by_and_with_no_closing_comma() -> None:
    quote = only(quotes_of('Mark Dolan, president and CEO of Harbor Freight Lines said, "This was a hard year."'))
    assert speaker_text(quote) == "Mark Dolan"


def test_quotes_a_pronoun_after_a_leading_phrase_with_no_comma_speaks_alone() -> None:
    quote = only(quotes_of('Regarding the new plant he said, "We will build it right this time."'))
    assert speaker_text(quote) == "he"


def test_quotes_a_pronoun_after_a_noun_it_is_a_relative_clause_of_stays_out() -> None:
    text = 'Her father worried that many voters limit the news they read. "People fear wasting votes," he surmised.'
    assert all(speaker_text(q) != "they" for q in quotes_of(text))


def test_quotes_a_place_after_a_preposition_of_place_in_the_speaker_is_where_they_are() -> None:
    text = '"The soldiers worked hard," a source inside Kestria Province told the paper.'
    quote = only(quotes_of(text, [person("E1", text, "Kestria Province", kind="place")]))
    assert speaker_text(quote) == "a source inside Kestria Province"
    assert quote.speaker is not None and quote.speaker.entity is None


def test_quotes_she_after_sentences_that_open_with_she_goes_back_to_the_person_they_go_on_about() -> None:
    text = (
        '"We went to the studio at night," said Jo Brand, the singer. As it turned out, Ana Vale had spent years on '
        "her own songs. And despite her fame, she was nervous about going there. "
        '"It was terrifying," she said.'
    )
    entities = [_every_mention("E1", text, "Jo Brand"), _every_mention("E2", text, "Ana Vale")]
    assert _pronoun_entity(text, entities) == "E2"


def test_quotes_verb_of_manner_after_the_quote_names_the_speaker() -> None:
    text = HEADLINE + '"The bridge held!" beamed Dora Hale of Mobile, a welder on the crew.'
    quote = only(quotes_of(text, [person("E1", text, "Dora Hale")]))
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.entity == "E1"
    text = HEADLINE + '"We lost the harvest," sighed Ivo Brandt, a farmer.'
    quote = only(quotes_of(text, [person("E1", text, "Ivo Brandt")]))
    assert speaker_text(quote) == "Ivo Brandt"
    text = HEADLINE + '"Nobody here is leaving, friends," Mayor Ola Berg assured the crowd.'
    quote = only(quotes_of(text, [person("E1", text, "Ola Berg")]))
    assert quote.speaker is not None and quote.speaker.entity == "E1"
    # with no whole quote such a verb reports nothing: no clause, no fragment in marks
    assert quotes_of(HEADLINE + "The envoy sighed at the news that the talks had failed.") == []
    assert quotes_of(HEADLINE + 'Mr. Berg assured the families that the dam was "safe and sound."') == []



def test_quotes_a_short_sentence_with_one_long_capitalized_word_is_no_title() -> None:
    text = '"The gate was shut," a guard at the depot said. "They had no way out."'
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ['"The gate was shut,"', '"They had no way out."']
    assert speaker_text(quotes[1]) == "a guard"
    assert quotes_of('The band played "No Way Out" twice.') == []
    assert quotes_of('Her first novel was "Legend in the Coal Fields." It sold well.') == []


def test_quotes_an_interview_label_before_a_colon_is_no_speaker() -> None:
    text = HEADLINE + 'Q: Did you sign the order?\nA: "I signed it, and I would sign it again."'
    quote = only(quotes_of(text))
    assert quote.speaker is None or quote.speaker.text != "A"
