"""Bodies named by the role of the person after them (`components/entities/roles.py`), on sentences written for these
tests."""

from __future__ import annotations

import pytest

from sitrep.pipeline import extract


def _kinds(text: str) -> dict[str, str]:
    return {m.text: e.kind for e in extract(text).entities for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Quillbyte co-founder Dana Ferro denied the leak.", "Quillbyte"),
        ("The Zorbit chief executive Lana Wu resigned on Friday.", "Zorbit"),
        ('"We will appeal," Corvanta editor Ines Abadi said.', "Corvanta"),
    ],
)
def test_roles_a_word_before_a_bodys_role_and_a_name_is_that_body(text: str, body: str) -> None:
    assert _kinds(text).get(body) == "organization"


def test_roles_the_body_written_alone_later_is_the_same_body() -> None:
    x = extract("Quillbyte co-founder Dana Ferro spoke at a Quillbyte meeting. Quillbyte said it would appeal.")
    bodies = [e for e in x.entities if e.name == "Quillbyte"]
    assert len(bodies) == 1 and len(bodies[0].mentions) == 3 and bodies[0].kind == "organization"


def test_roles_a_persons_surname_before_a_role_is_no_body() -> None:
    kinds = _kinds("Donald Trump spoke first. Trump spokesman Hogan Gidley said later that the talks failed.")
    assert kinds.get("Trump") == "person"
    kinds = _kinds("Barack Obama won twice. Later Obama chairman Tim Kaine praised him, and Obama smiled.")
    assert kinds.get("Obama") == "person"


def test_roles_an_everyday_word_before_a_role_is_no_body() -> None:
    assert "Former" not in _kinds("Former chairman Jim Lee said the bank was sound.")
