"""The Doc's tokens as a plain list, made once per Doc: indexing a list is much cheaper than `doc[i]`, which
builds a new Token object on every call."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from spacy.tokens import Doc, Token

Tokens: TypeAlias = Sequence[Token]


def tokens_of(doc: Doc) -> list[Token]:
    """Every token of the Doc, each built once."""
    return list(doc)
