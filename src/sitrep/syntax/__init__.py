"""The syntactic layer: a POS tagger, lemmatizer and dependency parser that sitrep trains itself on UD English
EWT (`training/`, `make parser`) and ships in `sitrep/data/parser/`.

Only the sentences a component asks for are parsed (`parse_sentences`): each becomes a small Doc of its own,
built from the pipeline's tokens (no second tokenization), parsed once and kept on the article's Doc, so a later
component asking again gets the same parse for free. A component may note ahead which sentences it will ask for
(`plan_parses`, called by the `sitrep_parse_plan` step of the pipeline): the first parse of the article then takes
them all in one batch."""

from sitrep.syntax.headline import headline_tree
from sitrep.syntax.model import ParserMissing, load_parser, parser_info
from sitrep.syntax.parse import (
    Parsed,
    parse_again,
    parse_ahead,
    parse_sentences,
    parse_standing_in,
    parsed_at,
    plan_parses,
)
from sitrep.syntax.shapes import infinitive

__all__ = [
    "Parsed",
    "ParserMissing",
    "headline_tree",
    "infinitive",
    "load_parser",
    "parse_again",
    "parse_ahead",
    "parse_sentences",
    "parse_standing_in",
    "parsed_at",
    "parser_info",
    "plan_parses",
]
