"""The plain-text reader: sections, metadata from datelines and wire openings, offsets into the input."""

from __future__ import annotations

from sitrep.reader.layout import read_layout
from tests.conftest import example


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in read_layout(text).sections]


def test_layout_header_headline_subtitle_dateline_byline() -> None:
    text = example("captioned-feature.txt")
    found = kinds(text)
    assert found[:4] == [
        ("headline", "Drone strikes hit fuel depots as talks stall"),
        ("subtitle", "Officials on both sides say negotiations over a ceasefire will resume next week."),
        ("dateline", "March 3, 2026, 9:15 AM"),
        ("byline", "By Ravi Menon and Claire Dubois"),
    ]
    layout = read_layout(text)
    assert layout.title == "Drone strikes hit fuel depots as talks stall"
    assert layout.published is not None and layout.published.isoformat() == "2026-03-03T09:15:00"


def test_layout_captions_and_credits_are_set_apart() -> None:
    found = kinds(example("captioned-feature.txt"))
    captions = [t for k, t in found if k == "caption"]
    credits = [t for k, t in found if k == "credit"]
    assert captions[0].startswith("Firefighters work to contain")
    assert captions[1].startswith("PHOTO: Soldiers unload supplies")
    assert credits == ["Omar Haddad/Getty Images", "Sgt. Lena Ortiz/US Army"]
    body = [t for k, t in found if k == "body"]
    assert not any(t.startswith(("Firefighters", "PHOTO", "Omar Haddad")) for t in body)


def test_layout_boilerplate_trailer_lines() -> None:
    found = kinds(example("captioned-feature.txt"))
    assert [t for k, t in found if k == "boilerplate"] == [
        "Advertisement",
        "Read more: How drones changed the war over fuel",
        "Share this article",
    ]
    wire = kinds(example("wire-report.txt"))
    assert [t for k, t in wire if k == "boilerplate"] == ["Related Topics", "Kosovo", "NATO", "Serbia"]


def test_layout_wire_opening_gives_place_source_and_dateline_section() -> None:
    text = example("wire-report.txt")
    layout = read_layout(text)
    assert layout.source == "Reuters"
    assert layout.place == "Mitrovica"
    datelines = [text[s.start : s.end] for s in layout.sections if s.kind == "dateline"]
    assert datelines == ["MITROVICA, Kosovo (Reuters) —"]
    first_body = next(s for s in layout.sections if s.kind == "body")
    assert text[first_body.start :].startswith("NATO will keep about 3,000 troops")


def test_layout_wire_opening_without_agency() -> None:
    text = "Ceasefire holds\n\nGENEVA — Negotiators met again on Monday.\n\nThey will meet next week."
    layout = read_layout(text)
    assert layout.place == "Geneva" and layout.source is None
    assert kinds(text)[1] == ("dateline", "GENEVA —")


def test_layout_wire_place_with_hyphens_is_kept_whole() -> None:
    text = "Port reopens\n\nDAR-ES-SALAAM (Reuters) - Cranes were working again on Monday.\n\nShips queued offshore."
    layout = read_layout(text)
    assert layout.place == "Dar-Es-Salaam" and layout.source == "Reuters"
    assert kinds(text)[1] == ("dateline", "DAR-ES-SALAAM (Reuters) -")


def test_layout_capitalized_first_word_is_not_a_wire_place() -> None:
    text = "PARTYGOERS in the capital face new checks this year, officials said.\nMore police will patrol."
    assert [k for k, _ in kinds(text)] == ["body", "body"]


def test_layout_weekday_dateline_first_line_sets_published_without_headline() -> None:
    text = example("dated-brief.txt")
    layout = read_layout(text)
    assert kinds(text)[0] == ("dateline", "Thursday, October 8, 2026")
    assert layout.title is None
    assert str(layout.published) == "2026-10-08"


def test_layout_first_sentence_with_full_stop_is_body_not_headline() -> None:
    text = "Troops crossed the river at dawn, officials said.\n\nThe crossing took two hours."
    assert [k for k, _ in kinds(text)] == ["body", "body"]


def test_layout_given_title_marks_headline() -> None:
    text = "Talks resume.\n\nDelegates returned to the table on Monday."
    layout = read_layout(text, title="Talks resume")
    assert layout.sections[0].kind == "headline"


def test_layout_single_newline_paragraphs_are_not_captions() -> None:
    text = "Rebels shelled the town overnight.\nResidents fled north.\nJohn Smith/Reuters\nTalks are planned."
    found = kinds(text)
    assert ("credit", "John Smith/Reuters") in found
    assert ("body", "Residents fled north.") in found


def test_layout_inline_credit_line_is_a_caption() -> None:
    text = "A soldier stands guard at the gate. (Ana Lopez/EPA)\nThe gate reopened on Monday after repairs."
    assert kinds(text)[0][0] == "caption"


def test_layout_hard_wrapped_lines_join_one_paragraph() -> None:
    text = "Headline here\n\nThe minister said the border would\nreopen next month after talks.\n"
    found = kinds(text)
    assert found[1] == ("body", "The minister said the border would\nreopen next month after talks.")


def test_layout_offsets_are_exact_with_crlf_and_indent() -> None:
    text = "Title line\r\n\r\n   Indented body paragraph here.\r\nSecond paragraph.\r\n"
    for section in read_layout(text).sections:
        piece = text[section.start : section.end]
        assert piece == piece.strip() and piece


def test_layout_byline_first_line_is_not_a_headline() -> None:
    text = "By Ana Costa\nKYIV, Jan 4 (Reuters) - Air raid sirens sounded across the city on Thursday."
    found = kinds(text)
    assert found[0] == ("byline", "By Ana Costa")
    assert found[1] == ("dateline", "KYIV, Jan 4 (Reuters) -")


def test_layout_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "Headline words here\n\nBy 10:20 p.m., the shooting had stopped.\n\nPolice later reopened the road."
    assert ("body", "By 10:20 p.m., the shooting had stopped.") in kinds(text)


def test_layout_file_photo_prefix_is_a_caption_not_a_wire_place() -> None:
    text = "FILE - Soldiers stand at a checkpoint near the border crossing in 2019.\nThe crossing reopened today."
    layout = read_layout(text)
    assert layout.sections[0].kind == "caption" and layout.place is None


def test_layout_lone_photo_label_is_boilerplate() -> None:
    text = "Photo\nThe convoy reached the town before dawn on Monday, residents said.\nIt left by noon."
    assert kinds(text)[0] == ("boilerplate", "Photo")


def test_layout_a_maps_key_is_boilerplate() -> None:
    text = "Rebels take the town\n\n██ Government-held\n\n██ Rebel-held\n\nRebels took the town on Monday."
    found = kinds(text)
    assert ("boilerplate", "██ Rebel-held") in found and found[-1][0] == "body"


def test_layout_headline_ending_in_an_initialism_is_a_headline() -> None:
    text = "Police hold smuggler sought by U.S.\n\nLIMA, May 2 (Reuters) - Police detained a smuggler on Friday.\n"
    found = kinds(text)
    assert found[0] == ("headline", "Police hold smuggler sought by U.S.")
    assert found[1][0] == "dateline"
