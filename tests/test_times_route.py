"""The time tagger's routing: each rule is tried only at words it can begin with, and never skipped where it
matches."""

from __future__ import annotations

import re

from sitrep.components.times import fold_case
from sitrep.components.times.grammar import grammar
from sitrep.components.times.route import Router, first_word, heads

_WORD_START = re.compile(r"(?<![a-z0-9])[a-z0-9'’]")

SENTENCES = [
    "On Tuesday, March 14, 2023 at 9:30 a.m. EST the talks resumed; by the end of the week nothing had moved.",
    "Three years ago, in the summer of 1999, about two dozen weeks passed before the 2nd quarter of fiscal 2001.",
    "Every Monday and twice a month since the early 1990s, the council met in the '80s style hall at noon.",
    "The year-ago period, last year's third quarter, the day before yesterday and 14 April 2022 all count.",
    "Nineteen eighty-four, two thousand and one, mid-2010, the coming weeks, recently, daily and Christmas Eve.",
    "It lasted 48 hours; 1,000 troops left on 3/4/2021 or 2021-03-04 T10:00 and again next Friday morning.",
]


def test_times_route_heads_lists_the_first_words_of_a_pattern() -> None:
    found = heads(r"(?:the\s+)?(?:jan(?:uary)?|may)\.?\s+\d")
    assert found is not None
    assert found.closed == {"the", "jan", "january", "may"}
    assert "th" not in found.closed and found.open == ()


def test_times_route_heads_gives_up_on_open_ended_words() -> None:
    assert heads(r"[a-z]+ed\s+\d") is None
    assert heads(r"(?i:may)\s+\d") is None
    digits = heads(r"(?<!\w)\d+\s+days")
    assert digits is not None and digits.closed == set("0123456789")


def test_times_route_router_keeps_rule_order_and_prefixes() -> None:
    router = Router(["a", "b", "c"], [heads(r"the\s+x"), None, heads(r"(?:daily|week)(?!\w)")])
    assert router.at("the") == ("a", "b")
    assert router.at("weekly") == ("b", "c")  # "week" is open: the word may run on
    assert router.at("tree") == ("b",)
    assert router.at("3") == ("b",)


def test_times_route_never_skips_a_rule_that_matches() -> None:
    rules, router = grammar().rules, grammar().router
    checked = 0
    for sentence in SENTENCES:
        lowered = fold_case(sentence)
        for start in _WORD_START.finditer(lowered):
            at = start.start()
            routed = router.at(first_word(lowered, at, len(lowered)))
            for rule in rules:
                if rule.regex.match(lowered, at) is not None:
                    checked += 1
                    assert rule in routed, (rule.name, lowered[at : at + 20])
    assert checked > 40
