"""Docs kept honest: every CLI command has help text and appears in the README."""

from __future__ import annotations

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from sitrep.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_every_command_has_help_with_an_example(runner: CliRunner, name: str) -> None:
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_every_command_is_in_the_readme(name: str) -> None:
    assert f"sitrep {name}" in README


def test_docs_readme_has_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README
