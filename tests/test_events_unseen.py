"""Events: readings found wrong on wire articles written for hand checking (session 24): a subject that is no one
denies its clause, a claim no one made owns no attack."""

from __future__ import annotations

import sitrep
from sitrep.record import Event, Extraction


def roles(x: Extraction, event: Event) -> tuple[list[str], list[str]]:
    names = {e.id: e.name for e in x.entities}
    return [names.get(a, a) for a in event.actors], [names.get(t, t) for t in event.targets]


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


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
