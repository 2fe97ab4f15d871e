"""The syntactic layer: shipped weights, parsing chosen sentences only, and the training recipe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from threadpoolctl import threadpool_info

from sitrep.pipeline import get_nlp
from sitrep.syntax import (
    Parsed,
    ParserMissing,
    load_parser,
    parse_again,
    parse_ahead,
    parse_sentences,
    parse_standing_in,
    parsed_at,
    parser_info,
    plan_parses,
)
from sitrep.syntax import parse as parsing
from sitrep.syntax.model import one_thread
from tests.conftest import ROOT, SHARED


def test_syntax_shipped_weights_load_and_say_where_they_come_from() -> None:
    nlp = load_parser()
    assert {"tagger", "parser"} <= set(nlp.pipe_names)
    info = parser_info()
    assert info["license"] == "CC BY-SA 4.0"
    assert info["sitrep_scores"]["test"]["dep_las"] > 0.7


def test_syntax_parses_only_the_sentences_asked_for_and_maps_offsets() -> None:
    text = "Rebels attacked the convoy. The weather was mild. Police arrested two men."
    doc = get_nlp().make_doc(text)
    doc = _sentences(doc)
    sents = list(doc.sents)
    parses = parse_sentences(doc, [sents[0], sents[2]])
    assert sorted(parses) == [sents[0].start, sents[2].start]
    third = parses[sents[2].start]
    arrested = next(t for t in third.doc if t.text == "arrested")
    assert arrested.dep_ == "ROOT"
    start, end = third.char_span(arrested)
    assert text[start:end] == "arrested"
    subject = next(c for c in arrested.children if c.dep_ == "nsubj")
    assert subject.text == "Police" and third.article_index(subject) == doc[sents[2].start].i


def test_syntax_a_second_space_inside_a_sentence_is_no_word_of_the_parse() -> None:
    text = "Gunmen killed at least  40 villagers on Sunday."
    doc = _sentences(get_nlp().make_doc(text))
    parsed = parse_sentences(doc, list(doc.sents))[0]
    assert [t.text for t in parsed.doc if not t.text.strip()] == []
    least = next(t for t in parsed.doc if t.text == "least")
    start, end = parsed.char_span(least)
    assert text[start:end] == "least"  # the space run after it is in its range, not in its characters
    forty = next(t for t in parsed.doc if t.text == "40")
    assert text[slice(*parsed.char_span(forty))] == "40"


def test_syntax_parse_is_kept_on_the_doc_and_not_repeated() -> None:
    doc = _sentences(get_nlp().make_doc("Troops withdrew from the town."))
    first = parse_sentences(doc, list(doc.sents))
    again = parse_sentences(doc, list(doc.sents))
    assert first[0] is again[0]


def test_syntax_a_stand_in_word_leads_the_parse_and_gives_its_own_text_back() -> None:
    doc = _sentences(get_nlp().make_doc("Seventeen rockets struck near the base."))
    sentence = next(iter(doc.sents))
    parse_sentences(doc, [sentence])
    kept = parse_standing_in(doc, sentence, [], {2: "went"}, lambda p: p.doc[2].dep_ == "ROOT")
    assert kept is not None and kept is parsed_at(doc, sentence.start)
    verb = kept.doc[2]
    assert (verb.text, verb.dep_) == ("struck", "ROOT") and next(c.text for c in verb.children) == "rockets"
    refused = parse_standing_in(doc, sentence, [], {2: "went"}, lambda p: False)
    assert refused is kept  # the parse there was stays


def test_syntax_pos_comes_from_tags_and_relations_for_a_whole_batch_and_no_vectors_are_kept() -> None:
    text = "The depot was shelled because the rebels had moved north. Officials were calm after the talks ended."
    doc = _sentences(get_nlp().make_doc(text))
    parses = parse_sentences(doc, list(doc.sents))
    pos = {t.text: t.pos_ for parsed in parses.values() for t in parsed.doc}
    assert [pos[w] for w in ("was", "had", "were")] == ["AUX", "AUX", "AUX"]  # aux:pass, aux, cop
    assert [pos[w] for w in ("because", "after")] == ["SCONJ", "SCONJ"]  # "IN" opening a clause ("mark")
    assert [pos[w] for w in ("depot", "shelled", "calm", "north", "the")] == ["PROPN", "VERB", "ADJ", "ADV", "DET"]
    assert all(parsed.doc.tensor.size == 0 for parsed in parses.values())  # no component reads them


def test_syntax_very_long_sentence_is_not_parsed() -> None:
    doc = _sentences(get_nlp().make_doc(" ".join(["word"] * 400) + "."))
    assert parse_sentences(doc, list(doc.sents)) == {}


def test_syntax_missing_weights_raise_a_named_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SITREP_PARSER", str(tmp_path))
    load_parser.cache_clear()
    try:
        with pytest.raises(ParserMissing, match="make parser"):
            load_parser()
    finally:
        monkeypatch.delenv("SITREP_PARSER")
        load_parser.cache_clear()


def test_syntax_training_recipe_runs_a_few_steps_on_a_slice(tmp_path: Path) -> None:
    ud = SHARED / "data" / "ud_english"
    if not (ud / "en_ewt-ud-train.conllu.gz").is_file():
        pytest.fail(f"the UD English treebanks are missing from {ud}: the recipe cannot be checked")
    script = ROOT / "training" / "parser.py"
    common = ["--ud", str(ud), "--build", str(tmp_path)]
    subprocess.run([sys.executable, str(script), "convert", "--limit", "40", *common], check=True)
    subprocess.run(
        [sys.executable, str(script), "train", "--max-steps", "3", "--eval-frequency", "3", *common],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "out" / "model-best" / "parser" / "model").is_file()


def _sentences(doc):  # type: ignore[no-untyped-def]
    from sitrep.components import register_extensions

    register_extensions()
    doc._.sections = []
    return get_nlp().get_pipe("sitrep_sentences")(doc)


def test_syntax_person_name_is_parsed_as_a_stand_in_surname() -> None:
    text = "Minister Ahmed Chahed signed the order."
    doc = _sentences(get_nlp().make_doc(text))
    name = (1, 3, "person")
    parsed = parse_sentences(doc, list(doc.sents), [name])[0]
    words = [t.text for t in parsed.doc]
    assert words[1] != "Chahed" and len(words) == 6
    assert parsed.doc[1].tag_ == "NNP"
    start, end = parsed.char_span(parsed.doc[1])
    assert text[start:end] == "Ahmed Chahed"


def test_syntax_planned_sentences_join_the_next_batch_with_their_own_names(parser_batches: list[int]) -> None:
    text = "Rebels attacked the convoy. The weather was mild. Minister Ahmed Chahed signed the order."
    doc = _sentences(get_nlp().make_doc(text))
    sents = list(doc.sents)
    batches = parser_batches
    plan_parses(doc, [sents[2]], [(sents[2].start + 1, sents[2].start + 3, "person")])
    parses = parse_sentences(doc, [sents[0]])
    assert batches == [2] and sorted(parses) == [sents[0].start, sents[2].start]
    planned = parses[sents[2].start]
    assert len(planned.doc) == 6 and planned.doc[1].text != "Chahed"  # the planned names, not the caller's
    assert sents[1].start not in parses
    assert parse_sentences(doc, [sents[2]]) is parses and batches == [2]  # asked again: nothing more to parse


def test_syntax_parse_again_leaves_the_plan_to_the_next_batch(parser_batches: list[int]) -> None:
    doc = _sentences(get_nlp().make_doc("Envoy backs plan. Police arrested two men."))
    first, second = list(doc.sents)
    parse_sentences(doc, [first])
    batches = parser_batches
    batches.clear()  # count from here
    plan_parses(doc, [second])
    again = parse_again(doc, first, [], {1: "backed"})
    assert again is not None and again.doc[1].text == "backed"
    assert batches == [1]  # the headline alone: the planned sentence waits
    assert second.start in parse_sentences(doc, []) and batches == [1, 1]


def test_syntax_parser_runs_on_numpy_blas_with_one_thread() -> None:
    parser = load_parser().get_pipe("parser")
    assert parser.model.ops.name == "numpy" and not parser.model.ops.use_blis
    with one_thread():
        assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")


def test_syntax_the_same_words_are_parsed_once_and_each_doc_gets_its_own_copy(parser_batches: list[int]) -> None:
    first = _sentences(get_nlp().make_doc("Gunmen seized the mayor. Talks resumed. Calm returned."))
    second = _sentences(get_nlp().make_doc("Talks resumed. Gunmen seized the mayor. Calm returned."))
    one = parse_sentences(first, list(first.sents)[:2])
    assert parser_batches == [2]
    two = parse_sentences(second, list(second.sents)[:2])
    assert parser_batches == [2]  # both sentences were parsed before, in the other article
    seized, again = one[0], two[3]
    assert [(t.text, t.tag_, t.dep_, t.head.i) for t in seized.doc] == [
        (t.text, t.tag_, t.dep_, t.head.i) for t in again.doc
    ]
    assert seized.doc is not again.doc and again.start == 3 and again.article_index(again.doc[1]) == 4
    again.doc[3].dep_ = "obl"  # a component mends its own copy in place
    third = _sentences(get_nlp().make_doc("Gunmen seized the mayor. Calm returned."))
    assert parse_sentences(third, list(third.sents)[:1])[0].doc[3].dep_ == seized.doc[3].dep_ != "obl"
    assert parser_batches == [2]


def test_syntax_a_parse_kept_from_before_is_not_given_when_the_weights_are_gone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = "Insurgents shelled the depot."
    doc = _sentences(get_nlp().make_doc(text))
    assert parse_sentences(doc, list(doc.sents))
    monkeypatch.setenv("SITREP_PARSER", str(tmp_path))
    load_parser.cache_clear()
    try:
        again = _sentences(get_nlp().make_doc(text))
        with pytest.raises(ParserMissing):
            parse_sentences(again, list(again.sents))
    finally:
        monkeypatch.delenv("SITREP_PARSER")
        load_parser.cache_clear()


def _parse_view(parsed: Parsed) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in parsed.doc]


def test_syntax_a_long_batch_goes_to_the_parser_in_parts_of_bounded_words(
    parser_batches: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Rebels attacked the convoy. Talks resumed. Calm returned."
    whole = parse_sentences(_sentences(get_nlp().make_doc(text)), list(_sentences(get_nlp().make_doc(text)).sents))
    assert parser_batches == [3]  # five, three and three words: one batch
    parsing._CACHE.clear()
    monkeypatch.setattr(parsing, "MAX_BATCH_WORDS", 10)
    doc = _sentences(get_nlp().make_doc(text))
    parts = parse_sentences(doc, list(doc.sents))
    assert parser_batches == [3, 2, 1]  # the third sentence would make eleven words
    assert sorted(parts) == sorted(whole) and all(_parse_view(parts[k]) == _parse_view(whole[k]) for k in whole)


def test_syntax_parse_ahead_serves_the_parses_asked_for_next_and_leaves_the_doc_as_it_was(
    parser_batches: list[int],
) -> None:
    doc = _sentences(get_nlp().make_doc("Envoy backs plan. Troops struck positions near the river."))
    first, second = list(doc.sents)
    parses = parse_sentences(doc, [first, second])
    before = dict(parses)
    parse_ahead(doc, [(first, {first.start + 1: "backed"}), (second, {second.start + 1: "took"}), (second, {})])
    assert parser_batches == [2, 2]  # both new wordings in one batch; no words given, nothing to parse
    assert parsed_at(doc, first.start) is before[first.start] and parsed_at(doc, second.start) is before[second.start]
    again = parse_again(doc, first, [], {first.start + 1: "backed"})
    assert again is not None and again.doc[1].text == "backed"
    assert parser_batches == [2, 2]  # served by the batch ahead
