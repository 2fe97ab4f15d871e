"""Shapes of a dependency parse that more than one component asks about."""

from __future__ import annotations

from spacy.tokens import Token


def infinitive(verb: Token) -> bool:
    """A verb with its "to" before it: "(vowed) to strike", "(a plan) to send"."""
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children)
