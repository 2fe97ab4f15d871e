"""Shared fixtures: the example articles, the shared gold folder (skipped where absent), a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shared() -> Path:
    given = os.environ.get("SITREP_DATA")
    if given:
        path = Path(given)
        return path.parent if path.name == "data" else path
    return ROOT.parent / "shared"


SHARED = _shared()


@pytest.fixture
def shared() -> Path:
    """The `../shared` folder; tests that need it skip cleanly where it is absent."""
    if not (SHARED / "seed" / "article.txt").exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture
def seed_text(shared: Path) -> str:
    return (shared / "seed" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def example(name: str) -> str:
    """The text of one bundled example article."""
    return (EXAMPLES / name).read_text(encoding="utf-8")


def break_pipeline(monkeypatch: pytest.MonkeyPatch, module: ModuleType, marker: str, error: Exception) -> None:
    """Make `module.run` raise `error` on an article whose text holds `marker`: a stand-in for a pipeline bug."""
    real_run = module.run

    def fragile(prepared: Any) -> Any:
        if marker in prepared.text:
            raise error
        return real_run(prepared)

    monkeypatch.setattr(module, "run", fragile)


@pytest.fixture
def parser_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many sentences each batch given to the shipped parser holds, recorded while the test runs (which starts
    with no parse kept from earlier tests)."""
    from sitrep.syntax import load_parser, parse

    monkeypatch.setattr(parse, "_CACHE", parse._ParseCache(parse.CACHED_PARSES))
    nlp, batches = load_parser(), []
    real = nlp.pipe

    def pipe(docs, *args, **kwargs):  # type: ignore[no-untyped-def]
        docs = list(docs)
        batches.append(len(docs))
        return real(docs, *args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", pipe)
    return batches

