"""Load the shipped parser weights once per process (never downloaded)."""

from __future__ import annotations

import json
import os
from contextlib import AbstractContextManager
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

from sitrep.data_files import data_path, load_toml
from sitrep.errors import SitrepError

MODEL_DIR = "parser"
ENV_OVERRIDE = "SITREP_PARSER"  # a folder holding another trained pipeline of the same shape (for experiments)
# The trained lemmatizer is scored but not run: it took 30% of the parse time, and the components match their word
# lists against inflections they derive themselves (`components.events.clause.lemmas`). The morphologizer is not
# run either: POS comes from the tagger's Penn tag (`data/penn_upos.toml`, see `parse.py`), a few percent faster.
_EXCLUDE: tuple[str, ...] = ("trainable_lemmatizer", "morphologizer")


class ParserMissing(SitrepError):
    """The parser weights are not in this installation."""


def model_path() -> Path:
    """Where the parser weights are: `SITREP_PARSER`, else the package's `data/parser/`."""
    override = os.environ.get(ENV_OVERRIDE)
    return Path(override) if override else Path(str(data_path(MODEL_DIR)))


@cache
def load_parser() -> Language:
    """The trained tagger and parser as a spaCy pipeline (its tokenizer is never used). Its matrix products go to
    numpy's BLAS (OpenBLAS) rather than thinc's default BLIS: OpenBLAS multiplies these small matrices two to three
    times faster, a third less parser CPU time, and every tag and arc of the 2,413 sentences parsed in the news dev
    set stays the same."""
    path = model_path()
    if not (path / "config.cfg").is_file():
        raise ParserMissing(
            f"no parser weights at {path}: reinstall sitrep, or train them with `make parser` (see training/)"
        )
    with use_ops("numpy", use_blis=False):
        return spacy.load(path, exclude=list(_EXCLUDE))


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def one_thread() -> AbstractContextManager[object]:
    """A scope where numpy's BLAS runs on one thread: a sentence's matrices are too small to share out, and on a
    busy machine the extra threads spin for nothing (CPU time doubled); one process per core is the batch runner's
    job, not the parser's."""
    limiter: AbstractContextManager[object] = _blas().limit(limits=1, user_api="blas")
    return limiter


@cache
def upos_of_tags() -> dict[str, str]:
    """Penn Treebank tag -> Universal POS, for POS without the morphologizer."""
    table: dict[str, str] = load_toml("penn_upos.toml")["upos"]
    return table


@cache
def standins() -> dict[str, str]:
    """Entity kind -> the word a name of that kind is given to the parser as (`penn_upos.toml` [standins])."""
    table: dict[str, str] = load_toml("penn_upos.toml")["standins"]
    return table


@cache
def plain_marks() -> dict[int, str]:
    """Typographic marks given to the parser in the treebank's plain form ("hasn’t" as "hasn't"), a table for
    `str.translate` (`penn_upos.toml` [plain])."""
    table: dict[str, str] = load_toml("penn_upos.toml")["plain"]
    return str.maketrans(table)


@cache
def parser_info() -> dict[str, Any]:
    """The shipped model's meta: its training data, scores and size (empty when there is none)."""
    meta = model_path() / "meta.json"
    if not meta.is_file():
        return {}
    info: dict[str, Any] = json.loads(meta.read_text(encoding="utf-8"))
    return info
