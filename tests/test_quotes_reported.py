"""Reported speech the quotes component reads with the parse and the speech lexicon: speakers the word shapes miss,
clauses before a speaker, "according to" with a plural source, and participles after a quote. Sentences written for
these tests."""

from __future__ import annotations

from tests.test_quotes import HEADLINE, only, person, quotes_of, speaker_text


def test_reported_clause_opening_with_an_approximate_number() -> None:
    quote = only(quotes_of("The governor has said about 20 people applied for the seat."))
    assert quote.kind == "indirect"
    assert quote.text == "about 20 people applied for the seat"
    assert speaker_text(quote) == "The governor"


def test_reported_speaker_is_a_quantifier_with_its_phrase() -> None:
    quote = only(quotes_of("Those close to the minister say she will resign in the spring."))
    assert speaker_text(quote) == "Those close to the minister"
    assert quote.text == "she will resign in the spring"


def test_reported_speaker_is_never_the_object_of_a_preposition() -> None:
    quote = only(quotes_of("Political observers in the capital and around the region say the vote was fair."))
    assert speaker_text(quote) == "Political observers"
    assert quote.text == "the vote was fair"


def test_reported_clause_before_a_described_speaker_at_the_sentence_end() -> None:
    quote = only(quotes_of("The convoy reached the port on Monday, lawyers for the drivers said."))
    assert quote.text == "The convoy reached the port on Monday"
    assert speaker_text(quote) == "lawyers for the drivers"


def test_reported_verb_in_a_relative_clause_reports_nothing_before_it() -> None:
    text = "The firm bought the mines from Delta Energy, another company that had declared bankruptcy."
    assert quotes_of(text) == []


def test_reported_according_to_a_plural_source() -> None:
    polls = only(quotes_of("According to exit polls, the governor won the rural vote by ten points."))
    assert polls.text == "the governor won the rural vote by ten points"
    assert speaker_text(polls) == "exit polls"
    figures = only(quotes_of("Nearly a third of the town's homes have no power, according to federal statistics."))
    assert figures.text == "Nearly a third of the town's homes have no power"
    assert speaker_text(figures) == "federal statistics"
    assert quotes_of("The bridge will reopen in May, according to plan.") == []


def test_reported_clause_opening_with_a_quantifier_is_no_speaker_after_the_verb() -> None:
    text = "Anna Berg, a spokeswoman for the coalition, said many of the examples critics cite were wrong."
    quote = only(quotes_of(text, [person("E1", text, "Anna Berg")]))
    assert quote.text == "many of the examples critics cite were wrong"
    assert speaker_text(quote) == "Anna Berg"


def test_reported_participle_after_a_quote_that_ends_with_a_comma_inside_the_marks() -> None:
    quotes = quotes_of('Roe said: "We will hold the line," adding that the army was ready.')
    reported = only(quotes, "indirect")
    assert reported.text == "that the army was ready"
    assert speaker_text(reported) == "Roe"
    assert speaker_text(only(quotes, "direct")) == "Roe"


def test_reported_participle_never_takes_its_speaker_from_the_quote() -> None:
    quotes = quotes_of('"Honestly, we will win this fight," adding that the army was ready.')
    assert all(speaker_text(q) is None for q in quotes)


def test_reported_clause_ends_where_a_participle_reports_another() -> None:
    text = "On Monday, the company said it would miss the deadline, warning that it could default on its debt."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["it would miss the deadline", "that it could default on its debt"]
    assert [speaker_text(q) for q in quotes] == ["the company", "the company"]


def test_reported_that_as_a_determiner_opens_no_clause() -> None:
    assert quotes_of("Berg reiterated that approach in her interview last week.") == []
    quote = only(quotes_of("Berg reiterated that the approach had worked."))
    assert quote.text == "that the approach had worked"


def test_reported_opening_speaker_never_reaches_over_a_semicolon() -> None:
    text = "Early reports stated the fruit was a pear; the radio later reported officials, after a review, said so."
    assert [speaker_text(q) for q in quotes_of(text)] == ["Early reports"]


def test_reported_adverb_before_the_verb_is_not_the_speaker() -> None:
    quote = only(quotes_of("She quickly noted that the plant had been closed for years."))
    assert speaker_text(quote) == "She"


def test_reported_speaker_after_the_verb_with_a_role_and_an_adjunct() -> None:
    text = (
        "Amir Salah and his wife Dana Salah had been travelling together, wrote film director Omar Haddad, the "
        "couple's nephew, on Facebook."
    )
    quote = only(quotes_of(text, [person("E1", text, "Amir Salah"), person("E2", text, "Omar Haddad")]))
    assert quote.text == "Amir Salah and his wife Dana Salah had been travelling together"
    assert speaker_text(quote) == "film director Omar Haddad"


def test_reported_participle_object_is_never_an_inverted_speaker() -> None:
    text = "Berg wrote to the investors, telling them the fund was worth far more."
    assert all(speaker_text(q) != "them the fund" for q in quotes_of(text))


def test_reported_partial_quote_inside_the_clause_is_not_repeated() -> None:
    quote = only(quotes_of('The envoy said the ministry had called the raid "a grave provocation" on Monday.'))
    assert quote.kind == "indirect"
    assert quote.text == 'the ministry had called the raid "a grave provocation" on Monday'
    assert speaker_text(quote) == "The envoy"


def test_reported_clause_that_opens_a_quotation_runs_to_its_closing_mark() -> None:
    text = "The mayor began by talking about the town’s drug crisis, saying that buying heroin is now “cheaper than"
    quote = only(quotes_of(HEADLINE + text + " buying candy.”\n\nHe left."))
    assert quote.kind == "indirect" and quote.text == "that buying heroin is now “cheaper than buying candy.”"


def test_reported_clause_leaves_out_a_bracket_it_does_not_open_and_an_opening_connective() -> None:
    quote = only(quotes_of("(The spokesman said later that the timing of the visit was unrelated.)"))
    assert quote.text == "that the timing of the visit was unrelated"
    quote = only(quotes_of("But to hit its target, the panel concluded, the tax must start rising again in 2030."))
    assert quote.text.startswith("to hit its target")


def test_reported_partial_quote_with_a_cue_of_its_own_stays() -> None:
    quotes = quotes_of('Lee said she thought the plan would fail because "nobody here knows the roads," she said.')
    assert [q.text for q in quotes] == ["she thought the plan would fail because", '"nobody here knows the roads,"']
    assert [speaker_text(q) for q in quotes] == ["Lee", "she"]


def test_reported_question_after_a_question_verb() -> None:
    quote = only(quotes_of("Lawmakers also asked whether the contracts required the firms to keep records."))
    assert quote.text == "whether the contracts required the firms to keep records"
    assert speaker_text(quote) == "Lawmakers"
    how = only(quotes_of("A reporter asked the governor how the shelters would be paid for."))
    assert how.text == "how the shelters would be paid for" and speaker_text(how) == "A reporter"


def test_reported_question_needs_a_question_word_and_someone_who_asks() -> None:
    assert quotes_of("The mayor asked about the plan for the bridge.") == []
    assert quotes_of("The mayor asked the council to approve the plan for the bridge.") == []
    text = "When asked whether he thought the town was safe, the mayor said it was."
    assert all(not q.text.startswith("When asked") for q in quotes_of(text))


def test_reported_commitment_is_the_infinitive_after_the_verb() -> None:
    quote = only(quotes_of("The governor pledged to rebuild every school damaged by the storm."))
    assert quote.text == "to rebuild every school damaged by the storm"
    assert speaker_text(quote) == "The governor"
    assert quotes_of("The party pledged $5 million to the relief fund.") == []
    assert quotes_of("The minister vowed to them a fair hearing.") == []


def test_reported_clause_ends_before_and_with_another_speech_verb() -> None:
    quotes = quotes_of("Roe said the talks had failed and later added that a new round would start in May.")
    assert [q.text for q in quotes] == ["the talks had failed", "that a new round would start in May"]
    assert [speaker_text(q) for q in quotes] == ["Roe", "Roe"]


def test_reported_speaker_after_a_quote_with_a_plural_possessive_role() -> None:
    text = '"We will raise the money this week," Jeff Hale, the Greens\u2019 campaign manager, said in a statement.'
    quote = only(quotes_of(text, [person("E1", text, "Jeff Hale")]))
    assert speaker_text(quote) == "Jeff Hale"


def test_reported_speaker_after_a_quote_with_a_lower_case_title() -> None:
    text = "''Wages are rising at last,'' the economist Jared Stone, a former adviser to the bank, wrote on his blog."
    quote = only(quotes_of(text, [person("E1", text, "Jared Stone")]))
    assert speaker_text(quote) == "the economist Jared Stone"


def test_reported_as_someone_put_it() -> None:
    quote = only(quotes_of('As Professor Anna Lind put it: "The border is open to anyone who can pay."'))
    assert speaker_text(quote) == "Professor Anna Lind"
    assert quote.cue is not None and quote.cue.text == "put it"


def test_reported_passive_verb_has_no_speaker_before_it() -> None:
    assert quotes_of("It was reported that the bridge had collapsed in the night.") == []
    assert quotes_of("He was told the convoy would not be allowed through.") == []


def test_reported_plural_subject_before_however_speaks() -> None:
    quote = only(quotes_of("The rebels, however, said they had not fired first."))
    assert speaker_text(quote) == "The rebels"
    assert quote.text == "they had not fired first"


def test_reported_that_before_a_plural_noun_opens_a_clause() -> None:
    quote = only(quotes_of("The agency warned that millions faced famine by the spring."))
    assert quote.text == "that millions faced famine by the spring"


def test_reported_plain_object_of_a_speech_verb_is_no_clause() -> None:
    assert quotes_of("The group claimed responsibility for the attack on the depot.") == []
    quote = only(quotes_of("The group claimed the attack had been planned for months."))
    assert quote.text == "the attack had been planned for months"


def test_reported_according_to_a_source_noun_that_is_also_a_verb() -> None:
    quote = only(quotes_of("The ferry sank in calm water, according to reports."))
    assert quote.text == "The ferry sank in calm water"
    assert speaker_text(quote) == "reports"


def test_reported_according_to_the_media() -> None:
    quote = only(quotes_of("According to state television, the dam burst after a week of rain."))
    assert quote.text == "the dam burst after a week of rain"
    assert speaker_text(quote) == "state television"


def test_reported_clause_after_a_participle_opener() -> None:
    quote = only(quotes_of("Asked about the plan, Lee said the bank would cut rates."))
    assert quote.text == "the bank would cut rates"
    assert speaker_text(quote) == "Lee"


def test_reported_clause_after_a_speaking_opener() -> None:
    quote = only(quotes_of("Speaking to reporters in the capital, the envoy said the ceasefire was holding."))
    assert quote.text == "the ceasefire was holding"
    assert speaker_text(quote) == "the envoy"


def test_reported_clause_after_a_subordinate_opener() -> None:
    quote = only(quotes_of("After the vote, the mayor said the curfew would end on Monday."))
    assert quote.text == "the curfew would end on Monday"


def test_reported_inverted_speaker_with_a_day_after_it() -> None:
    quote = only(quotes_of("Hundreds of homes were flooded overnight, said the charity on Tuesday, November 19."))
    assert quote.text == "Hundreds of homes were flooded overnight"
    assert speaker_text(quote) == "the charity"


def test_reported_adjunct_after_the_attribution_is_not_reported() -> None:
    text = "Inspectors searched the plant in Leeds, the company said Friday, in a blow to the whole industry."
    quote = only(quotes_of(text))
    assert quote.text == "Inspectors searched the plant in Leeds"
    assert speaker_text(quote) == "the company"


def test_reported_clause_opening_with_at_least_a_number() -> None:
    quote = only(quotes_of("The monitoring group said at least 20 people had died in the shelling."))
    assert quote.text == "at least 20 people had died in the shelling"
    assert speaker_text(quote) == "The monitoring group"


def test_reported_plural_present_of_a_speech_verb() -> None:
    quote = only(quotes_of("Critics argue the new law will hurt small farms."))
    assert quote.text == "the new law will hurt small farms"
    assert speaker_text(quote) == "Critics"


def test_reported_base_form_after_to_reports_nothing() -> None:
    assert quotes_of("The council is continuing to insist that the depot must close.") == []


def test_reported_denied_speech_reports_nothing() -> None:
    assert quotes_of("Officials would not say the bridge was safe.") == []


def test_reported_addressee_told_to_act_is_no_clause() -> None:
    assert quotes_of("Officials warned residents to stay indoors.") == []


def test_reported_clause_before_a_speaker_with_a_long_adjunct() -> None:
    quote = only(quotes_of("Three soldiers were wounded, the army said in a statement issued late on Sunday."))
    assert quote.text == "Three soldiers were wounded"
    assert speaker_text(quote) == "the army"


def test_reported_plural_group_noun_after_but_speaks() -> None:
    quote = only(quotes_of("The unions oppose the plan, but ministers insist it is fair to workers."))
    assert quote.text == "it is fair to workers"
    assert speaker_text(quote) == "ministers"


def test_reported_place_adverb_between_speaker_and_verb() -> None:
    quote = only(quotes_of("The army wants longer-range missiles, officials here said."))
    assert quote.text == "The army wants longer-range missiles"
    assert speaker_text(quote) == "officials"


def test_reported_speaker_name_closed_by_an_abbreviation_in_parentheses() -> None:
    text = "The National Grain Board (NGB), which runs the silos, declared that the harvest was lost."
    quote = only(quotes_of(text))
    assert quote.text == "that the harvest was lost"
    assert speaker_text(quote) == "The National Grain Board (NGB)"


def test_reported_speaker_after_an_opening_preposition_phrase() -> None:
    text = "Amid questions about the vote, one local paper, the Morning Star, reported that the count was late."
    quote = only(quotes_of(text))
    assert speaker_text(quote) == "one local paper"


def test_reported_pronoun_after_the_verb_opens_the_clause_before_a_later_that() -> None:
    quote = only(quotes_of("The envoy said she was encouraged by the promises that both sides made."))
    assert quote.text == "she was encouraged by the promises that both sides made"


def test_reported_participle_goes_on_with_the_speaker_of_the_verb_before_it() -> None:
    text = "Peace will come only with restraint, she told reporters, saying she was heartened by the talks."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Peace will come only with restraint", "she was heartened by the talks"]
    assert [speaker_text(q) for q in quotes] == ["she", "she"]


def test_reported_media_reported_a_bare_clause() -> None:
    quote = only(quotes_of("The radio station reported Jane Roe, the deputy mayor, had resigned on Monday."))
    assert quote.text == "Jane Roe, the deputy mayor, had resigned on Monday"
    assert speaker_text(quote) == "The radio station"


def test_reported_a_word_in_ing_that_opens_a_clause_after_reported() -> None:
    text = "Researchers from two universities, both in Ohio, reported warming seas appear to weaken the corals."
    quote = only(quotes_of(text))
    assert quote.text == "warming seas appear to weaken the corals"


def test_reported_object_and_infinitive_after_reported_is_a_statement() -> None:
    quote = only(quotes_of("On Monday, several news outlets reported the commander to be dead."))
    assert quote.text == "the commander to be dead"
    assert speaker_text(quote) == "several news outlets"


def test_reported_plural_noun_after_a_past_verb_is_no_cue() -> None:
    assert quotes_of("The minister rejected claims the army had crossed the river.") == []


def test_reported_that_past_a_long_addressee_after_told() -> None:
    quote = only(quotes_of("Roe told the local paper in an interview last week that the mine would close."))
    assert quote.text == "that the mine would close"


def test_reported_relative_that_is_not_the_clause() -> None:
    quote = only(quotes_of("Engineers say bridges in the old town that are built of wood would not survive a flood."))
    assert quote.text == "bridges in the old town that are built of wood would not survive a flood"


def test_reported_condition_after_said_opens_the_clause() -> None:
    quote = only(quotes_of("Roe said if the talks fail, the army will move in."))
    assert quote.text == "if the talks fail, the army will move in"
    assert speaker_text(quote) == "Roe"


def test_reported_participle_after_when_is_no_clause() -> None:
    quote = only(quotes_of("Roe said when asked about the plan that it would go ahead."))
    assert quote.text == "that it would go ahead"


# -- speech verbs in their other tenses and aspects -------------------------------------------------------------


def test_reported_progressive_speech_verb() -> None:
    quote = only(quotes_of("The state auditor is confirming that the fund never registered as a charity."))
    assert quote.text == "that the fund never registered as a charity"
    assert speaker_text(quote) == "The state auditor"


def test_reported_participle_of_announce_after_a_comma() -> None:
    quote = only(quotes_of("The mayor spoke for an hour, announcing that the bridge would reopen in May."))
    assert quote.text == "that the bridge would reopen in May"
    assert speaker_text(quote) == "The mayor"


def test_reported_present_of_a_verb_of_asserting_with_a_bare_clause() -> None:
    quote = only(quotes_of("The ministry asserts the strike hit only military targets."))
    assert quote.text == "the strike hit only military targets"
    assert speaker_text(quote) == "The ministry"


def test_reported_base_form_after_a_plural_speaker() -> None:
    quote = only(quotes_of("Economists at the central bank estimate that prices will rise by a tenth."))
    assert quote.text == "that prices will rise by a tenth"


def test_reported_base_form_after_to_is_no_statement() -> None:
    assert quotes_of("The minister plans to announce that the tax will be cut.") == []


def test_reported_speech_noun_after_a_possessive_is_no_cue() -> None:
    assert quotes_of("The union's claim that wages fell by a tenth was disputed by the firm.") == []


def test_reported_commitment_in_a_participle() -> None:
    quotes = quotes_of("The governor toured the school, promising to rebuild its roof within a year.")
    assert only(quotes).text == "to rebuild its roof within a year"
    assert speaker_text(only(quotes)) == "The governor"


def test_reported_participle_with_a_bare_clause() -> None:
    quote = only(quotes_of("She spoke in the square, emphasizing it was time to lift the sanctions."))
    assert quote.text == "it was time to lift the sanctions"
    assert speaker_text(quote) == "She"


def test_reported_participle_read_as_a_noun_is_no_cue() -> None:
    assert quotes_of("The army fired warning shots, warning residents to stay indoors.") == []


def test_reported_relative_that_after_an_object_is_no_clause() -> None:
    assert quotes_of("The company announced a plan that cuts its costs by a third.") == []
    assert quotes_of("The board is maintaining the roads that connect the two villages.") == []


def test_reported_participle_after_a_quote_takes_no_speaker_after_it() -> None:
    text = 'Roe said, "It is time we change how we meet," promising the club will return to its roots.'
    quotes = quotes_of(text, [person("E1", text, "Roe")])
    assert speaker_text(only(quotes, "direct")) == "Roe"
    assert all(speaker_text(q) == "Roe" for q in quotes)


def test_reported_speech_noun_that_opens_its_sentence_is_no_cue() -> None:
    text = 'Estimates of the toll vary - Pew Research: "All the samples we studied include too many engaged people."'
    assert speaker_text(only(quotes_of(text))) == "Pew Research"


def test_reported_speaker_in_marks_before_a_participle_does_not_speak() -> None:
    text = "Roe called the verdict a “political trial” saying the court dug up old cases as well as the new one."
    quotes = quotes_of(text, [person("E1", text, "Roe")])
    assert [speaker_text(q) for q in quotes if q.kind == "indirect"] in ([], ["Roe"])
    assert speaker_text(only(quotes, "partial")) == "Roe"


def test_reported_that_before_a_pronoun_opens_the_clause_after_an_addressee() -> None:
    text = "One of Mr. Roe’s former wives, who lives near the coast, told the police that they had divorced years ago."
    assert only(quotes_of(text)).text == "that they had divorced years ago"


def test_reported_speaker_before_an_opening_mark_still_speaks() -> None:
    text = 'The UN chief "condemns the launch" and said he will discuss the crisis "with all the parties concerned."'
    quote = only(quotes_of(text), "indirect")
    assert speaker_text(quote) == "The UN chief"


def test_reported_that_after_a_time_opens_the_clause() -> None:
    quote = only(quotes_of("A union official said this year that cutbacks in the mines could cost a million jobs."))
    assert quote.text == "that cutbacks in the mines could cost a million jobs"


def test_reported_participle_speaks_for_the_subject_of_its_clause() -> None:
    quote = only(quotes_of("Roe met the envoy on Monday, saying the talks had failed."))
    assert speaker_text(quote) == "Roe"


def test_reported_participle_with_an_object_and_another_verb_is_no_clause() -> None:
    text = "The senator was in the capital on Tuesday night, emphasizing the state's importance and making his pitch."
    assert quotes_of(text) == []


# -- quotes8: reported clauses after an adjunct, verbs of restating ------------------------------------------------


def test_reported_clause_after_a_time_adjunct_without_that() -> None:
    quote = only(quotes_of("The shipping firm said on Monday its new offer was final."))
    assert quote.text == "its new offer was final"
    assert speaker_text(quote) == "The shipping firm"


def test_reported_clause_after_an_adjunct_of_place_and_a_pronoun() -> None:
    quote = only(quotes_of("The mayor said in a radio interview she would not run again."))
    assert quote.text == "she would not run again"


def test_reported_clause_after_an_adjunct_set_off_by_commas() -> None:
    quote = only(quotes_of("The governor said, in a bid to calm the farmers, the state would buy the harvest."))
    assert quote.text == "the state would buy the harvest"


def test_reported_no_clause_after_an_adjunct_with_no_verb() -> None:
    assert quotes_of("The mayor said on Monday.") == []
    assert quotes_of("The envoy spoke on Monday with the men who had seen the fire.") == []


def test_reported_no_statement_in_a_relative_clause_on_a_noun_before_a_name() -> None:
    text = "Lee praised the talks with Oslo, a plan Mr. Cole said during the campaign he would back."
    assert [q for q in quotes_of(text) if q.text == "he would back"] == []


def test_reported_verbs_of_restating_and_boasting() -> None:
    assert only(quotes_of("The envoy reaffirmed that the border would stay open.")).kind == "indirect"
    quote = only(quotes_of("The rebels bragged their raid on the depot had gone unnoticed."))
    assert quote.text == "their raid on the depot had gone unnoticed"


def test_reported_a_day_before_the_comma_never_speaks() -> None:
    quote = only(quotes_of("The road is closed until Friday, said a statement issued by the regional council."))
    assert speaker_text(quote) == "a statement"
    assert quote.text == "The road is closed until Friday"


def test_reported_inverted_document_with_its_issuer_to_the_end() -> None:
    text = "The bridge will stay shut all winter, said a letter sent from the mayor's office."
    quote = only(quotes_of(text))
    assert speaker_text(quote) == "a letter"
    assert quote.text == "The bridge will stay shut all winter"


def test_reported_verbs_of_making_known_take_a_clause_with_a_verb() -> None:
    quote = only(quotes_of("Military sources have revealed the new rocket could reach the island."))
    assert quote.text == "the new rocket could reach the island"
    text = "The clerk revealed one of those meetings to the panel, saying she recalled it well."
    assert [q.text for q in quotes_of(text) if q.cue is not None and q.cue.text == "revealed"] == []
    assert quotes_of("He faced questions about a newly revealed call with the envoy.") == []


def test_reported_media_after_the_clause_report_it() -> None:
    quote = only(quotes_of("The soldiers were given a carton of cigarettes, reports the Daily Star."))
    assert speaker_text(quote) == "the Daily Star"
    assert quote.text == "The soldiers were given a carton of cigarettes"


def test_reported_according_to_groups() -> None:
    quote = only(quotes_of("Most of the money ends up with the army, according to aid groups."))
    assert speaker_text(quote) == "aid groups"


def test_reported_opening_adjunct_is_never_the_speaker_past_an_appositive() -> None:
    text = "Earlier this week, Jane Roe, who led the ministry when the war began, conceded the plan had failed."
    quote = only(quotes_of(text, [person("E1", text, "Jane Roe")]))
    assert speaker_text(quote) == "Jane Roe"


def test_reported_pronoun_after_an_inverted_verb_is_its_object() -> None:
    assert quotes_of("The firm found the posting, reported it to the police, and removed it on Thursday.") == []


def test_reported_boasts_is_having_not_saying() -> None:
    assert quotes_of("She boasts a wide lead in the south, which her campaign calls a firewall.") == []


def test_reported_conjunct_verb_of_saying_takes_the_clause_after_it() -> None:
    quote = only(quotes_of("The embassy declined the request and said the family had left on advice from the state."))
    assert quote.text == "the family had left on advice from the state"
    assert speaker_text(quote) == "The embassy"


def test_reported_clause_before_a_speaker_with_a_long_adjunct_to_the_end() -> None:
    text = "The satellite entered orbit after nine minutes, she said in the broadcast on the main state TV channel."
    quote = only(quotes_of(text))
    assert quote.text == "The satellite entered orbit after nine minutes"


def test_reported_conjunct_verb_under_an_attribution_at_the_sentence_end_is_not_read_alone() -> None:
    text = (
        "The country's leader, Jo Marin, ordered the drill to be held for the first time from its capital, Lima, "
        "and said more drills were needed, the state news agency said on Wednesday."
    )
    assert all("news agency said" not in q.text for q in quotes_of(text))


def test_reported_according_to_a_source_with_a_modifier_after_it() -> None:
    quote = only(quotes_of("The deal was signed last week, according to people familiar with the talks."))
    assert quote.kind == "indirect" and quote.text == "The deal was signed last week"
    assert speaker_text(quote) == "people"
    close = only(quotes_of("The envoy will resign, according to sources close to the palace."))
    assert speaker_text(close) == "sources"


def test_reported_that_after_a_long_adjunct_with_a_name_in_it() -> None:
    text = (
        "The counsel said in a long filing with the U.S. Securities and Exchange Commission that the firm was willing "
        "to sell two units."
    )
    quote = only(quotes_of(text))
    assert quote.kind == "indirect" and quote.text.endswith("the firm was willing to sell two units")


# -- quotes10 ------------------------------------------------------------------------------------------------


def test_reported_speaker_past_an_opening_coordinator_and_a_description() -> None:
    text = "But Heigo Tanabe, a fellow at the institute, told reporters that the port was shut."
    quote = only(quotes_of(text), "indirect")
    assert quote.text == "that the port was shut"
    assert speaker_text(quote) == "Heigo Tanabe"


def test_reported_speaker_set_off_before_where_they_are_from() -> None:
    for tail in ("Eric Paddo, of Orlando, said.", "Eric Paddo, from Orlando, said."):
        quote = only(quotes_of(f"The gunmen fled at dawn, {tail}"), "indirect")
        assert quote.text == "The gunmen fled at dawn"
        assert speaker_text(quote) == "Eric Paddo"


def test_reported_clause_stops_before_a_description_set_off_before_the_name() -> None:
    for description in ("another brother", "the brother of the gunman"):
        quote = only(quotes_of(f"The gunmen fled at dawn, {description}, Eric Paddo, said."), "indirect")
        assert quote.text == "The gunmen fled at dawn"
        assert speaker_text(quote) == "Eric Paddo"


def test_reported_clause_keeps_an_apposition_that_describes_no_person() -> None:
    quote = only(quotes_of("The talks ended in March, the month of the fast, Eric Paddo said."), "indirect")
    assert quote.text == "The talks ended in March, the month of the fast"


def test_reported_clause_after_told_and_its_addressee_opens_at_a_subject_pronoun() -> None:
    for addressee in ("reporters", "the court", "them", "police"):
        quote = only(quotes_of(f"The pilot told {addressee} he had seen a flash over the ridge."))
        assert quote.kind == "indirect"
        assert quote.text == "he had seen a flash over the ridge"
        assert speaker_text(quote) == "The pilot"


def test_reported_addressee_of_told_with_a_pronoun_before_an_infinitive_is_no_clause() -> None:
    assert quotes_of("The pilot told them to leave the ridge at once.") == []


def test_reported_subject_set_off_by_a_description_is_no_fronted_clause() -> None:
    quote = only(quotes_of("The vote ended on Monday. Tong Zhao, a fellow at the center, said the talks failed."))
    assert quote.text == "the talks failed"
    assert speaker_text(quote) == "Tong Zhao"



def test_reported_relative_pronoun_after_a_named_object_of_a_preposition_speaks_for_it() -> None:
    text = "The figures came from Ralf Jaeger, who said all of the suspects were local men."
    quote = only(quotes_of(text, [person("E1", text, "Ralf Jaeger")]))
    assert quote.text == "all of the suspects were local men"
    assert quote.speaker is not None and quote.speaker.entity == "E1"
    assert speaker_text(quote) == "Ralf Jaeger, who"


def test_reported_relative_pronoun_after_a_described_object_of_a_preposition_speaks_with_the_description() -> None:
    quote = only(quotes_of("The figures came from a senior aide, who said all of the suspects were local men."))
    assert quote.text == "all of the suspects were local men"
    assert speaker_text(quote) == "a senior aide, who"


def test_reported_restrictive_relative_clause_after_a_preposition_reports_nothing() -> None:
    assert quotes_of("He spoke with the men who said they had seen the fire.") == []


def test_reported_relative_pronoun_after_a_place_or_a_body_speaks_for_nothing() -> None:
    assert quotes_of("The talks were held at Ota University, who said the reef was dying.") == []


def test_reported_according_to_a_source_noun_after_an_adjective_is_the_noun() -> None:
    quote = only(quotes_of("Nine guards were hurt in the riot, according to unconfirmed local reports."))
    assert quote.text == "Nine guards were hurt in the riot"
    assert speaker_text(quote) == "unconfirmed local reports"


def test_reported_according_to_witness_accounts() -> None:
    quote = only(quotes_of("According to witness accounts, the boat sank within minutes."))
    assert quote.text == "the boat sank within minutes"
    assert speaker_text(quote) == "witness accounts"


def test_reported_commitment_with_a_negation_keeps_the_negation() -> None:
    quote = only(quotes_of("The union has vowed never to accept the new contract."))
    assert quote.text == "never to accept the new contract"
    assert speaker_text(quote) == "The union"


def test_reported_commitment_participle_with_a_negation() -> None:
    quote = only(quotes_of("The mayor toured the harbour, pledging not to close the ferry."))
    assert quote.text == "not to close the ferry"
    assert speaker_text(quote) == "The mayor"


def test_reported_commitment_participle_with_a_negation_after_a_subject_the_shapes_find() -> None:
    quote = only(quotes_of("The official toured the harbour, pledging not to close the ferry."))
    assert quote.text == "not to close the ferry" and speaker_text(quote) == "The official"


def test_reported_told_an_owner_s_staff_then_a_clause() -> None:
    quote = only(quotes_of("Ana Ruiz told the paper's editors she would not run again."))
    assert quote.text == "she would not run again"
    assert speaker_text(quote) == "Ana Ruiz"


def test_reported_clause_opening_with_a_demonstrative_subject_before_the_speaker() -> None:
    quote = only(quotes_of("This is a turning point for the port, Lena Ortiz said."))
    assert quote.text == "This is a turning point for the port"
    assert speaker_text(quote) == "Lena Ortiz"


def test_reported_time_adjunct_alone_before_the_speaker_is_no_clause() -> None:
    assert quotes_of("This week, Lena Ortiz said.") == []


def test_reported_according_to_set_off_inside_the_clause_reports_the_whole_sentence() -> None:
    quote = only(quotes_of("The bridge had, according to the city engineers, cracked in two places."))
    assert quote.text == "The bridge had, according to the city engineers, cracked in two places"
    assert speaker_text(quote) == "the city engineers"


def test_reported_according_to_after_an_opening_coordinator() -> None:
    quote = only(quotes_of("But according to two aides, the plan was dropped in May."))
    assert quote.text == "the plan was dropped in May"
    assert speaker_text(quote) == "two aides"


def test_reported_according_to_set_off_before_a_coordinator_reports_nothing_after_it() -> None:
    assert all("wages" not in q.text for q in quotes_of("Prices rose, according to the bank, and wages fell."))


def test_reported_acronym_in_capitals_speaks() -> None:
    quote = only(quotes_of("The outbreak is under control, says WHO."))
    assert quote.text == "The outbreak is under control"
    assert speaker_text(quote) == "WHO"


def test_reported_headline_in_capitals_names_no_acronym() -> None:
    assert [q.speaker for q in quotes_of("TROOPS WHO SAY THE WAR IS OVER")] in ([], [None])


def test_reported_according_to_set_off_after_a_clause_reports_the_clause_before_it() -> None:
    quote = only(quotes_of("The grain harvest fell by a third, according to the farm bureau, after the drought."))
    assert quote.text == "The grain harvest fell by a third"


def test_reported_according_to_set_off_after_an_opener_reports_the_clause_after_it() -> None:
    quote = only(quotes_of("But, according to the port authority, most of the cargo was never unloaded."))
    assert quote.text == "most of the cargo was never unloaded"
    assert speaker_text(quote) == "the port authority"


def test_reported_according_to_set_off_after_a_subordinate_clause_reports_the_main_clause() -> None:
    text = "While the ferries kept running, according to the harbour master, two of the piers were closed."
    quote = only(quotes_of(text))
    assert quote.text == "two of the piers were closed"


def test_reported_participle_set_off_after_an_object_speaks_for_the_subject() -> None:
    quote = only(quotes_of("The union opposed the plan, arguing it would cost jobs."))
    assert quote.text == "it would cost jobs"
    assert speaker_text(quote) == "The union"


def test_reported_main_clause_framed_by_as_and_a_speech_verb() -> None:
    quote = only(quotes_of("As the governor noted, the state has no money left for repairs."))
    assert quote.text == "the state has no money left for repairs"
    assert speaker_text(quote) == "the governor"


def test_reported_as_clause_of_time_with_a_speech_verb_frames_nothing() -> None:
    assert quotes_of("As he said goodbye, the crowd cheered loudly.") == []


def test_reported_clause_whose_subject_approximates_a_number() -> None:
    quote = only(quotes_of("At least 12 people died in the blaze, officials said."))
    assert quote.text == "At least 12 people died in the blaze"
    assert speaker_text(quote) == "officials"


def test_reported_speaker_set_off_with_a_relative_clause_before_said() -> None:
    text = (
        HEADLINE + "Two engineers, who asked not to be named because they feared reprisals, said the flood wrecked "
        "both bridges."
    )
    quote = only(quotes_of(text))
    assert quote.text == "the flood wrecked both bridges"
    assert speaker_text(quote) == "Two engineers"
    # a clause after the relative one is what the speaker after the verb reports
    text = HEADLINE + "The pilot, who was hurt in the crash, is stable, said a nurse at the clinic."
    quote = only(quotes_of(text))
    assert quote.text.startswith("The pilot")
    assert speaker_text(quote) == "a nurse"


def test_reported_according_to_a_description_and_the_name_that_ends_the_sentence() -> None:
    text = HEADLINE + "The shells fell short of the depot, according to an army spokeswoman, Capt. Ada Mwangi."
    quote = only(quotes_of(text, [person("E1", text, "Ada Mwangi")]))
    assert quote.text == "The shells fell short of the depot"
    assert speaker_text(quote) == "Capt. Ada Mwangi"
    assert quote.speaker is not None and quote.speaker.entity == "E1"
    # a name set off after the source when the sentence opens with "according to" is the clause's subject
    text = HEADLINE + "According to the council, Ivo Senn, the treasurer, resigned on Friday."
    quote = only(quotes_of(text, [person("E1", text, "Ivo Senn")]))
    assert speaker_text(quote) == "the council"


def test_reported_clause_of_a_noun_after_a_topic_is_no_statement() -> None:
    assert quotes_of(HEADLINE + "The mayor complained about the curfew that nobody obeyed.") == []
    quote = only(quotes_of(HEADLINE + "The mayor has said about 30 families left the valley."))
    assert quote.text == "about 30 families left the valley"


def test_reported_clause_after_a_description_that_opens_the_sentence_before_the_name() -> None:
    for description in ("The head of the harbour board", "The city's chief of police"):
        text = f"{description}, Nell Varga, said ferries would sail again on Sunday."
        quote = only(quotes_of(text), "indirect")
        assert quote.text == "ferries would sail again on Sunday"
        assert speaker_text(quote) == "Nell Varga"
    assert quotes_of("The head of the harbour board, Nell Varga, said.") == []


def test_reported_speaker_is_a_medium_with_a_lower_case_modifier() -> None:
    for source in ("state television", "national radio"):
        quote = only(quotes_of(f"Troops entered the port city on Friday, {source} reported."))
        assert quote.text == "Troops entered the port city on Friday"
        assert speaker_text(quote) == source
