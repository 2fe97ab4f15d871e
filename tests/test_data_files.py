"""Data is data: word lists load once from `sitrep/data/`; the shared function words are named lists; the name
lists copied from Faker ship with its license and Faker is not imported at run time."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from sitrep.components.entities.lexicon import common_words, first_names, last_names
from sitrep.data_files import data_path, function_words, load_lines, load_toml

SRC = Path(__file__).resolve().parents[1] / "src" / "sitrep"


def test_data_function_words_union_of_named_lists() -> None:
    assert function_words("articles") == {"the", "a", "an"}
    assert function_words("indefinite_articles", "possessive_endings") == {"a", "an", "'s", "’s"}
    assert function_words("articles") is function_words("articles")  # loaded once


def test_data_function_words_unknown_list_says_which_exist() -> None:
    with pytest.raises(KeyError, match=r"no list 'determiners'.*articles"):
        function_words("determiners")


def test_data_function_words_lists_are_lower_case_without_repeats() -> None:
    for name, words in load_toml("function_words.toml").items():
        assert words == [w.lower() for w in words], name
        assert len(words) == len(set(words)), name


def test_data_load_lines_skips_comments_and_blanks() -> None:
    lines = load_lines("entities/titles.txt")
    assert "President" in lines and not any(line.startswith("#") or not line for line in lines)


def test_data_faker_lists_ship_with_the_license() -> None:
    assert "Daniele Faraglia" in data_path("entities/FAKER-LICENSE.txt").read_text(encoding="utf-8")
    assert {"John", "Maria"} <= first_names() and "May" not in first_names()  # "May" is blocked in patterns.toml
    assert "Smith" in last_names()
    assert len(common_words()) > 900 and all(w == w.lower() for w in common_words())


def test_data_faker_is_not_imported_at_run_time() -> None:
    found: list[str] = []
    for path in SRC.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(code)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names.append(node.module)
            found += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "faker"]
        if "\"faker" in code or "'faker" in code:  # importlib.import_module("faker…")
            found.append(f"{path.name}: a faker module by name")
    assert not found
