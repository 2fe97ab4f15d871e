"""Layers you can read from the imports (docs/architecture.md): no module imports a module of a higher layer, and
no import circle. Every `import` counts, at the top of a module or inside a function."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from tests.conftest import ROOT

SRC = ROOT / "src"
DOC = ROOT / "docs" / "architecture.md"

# Lowest first. A module may import modules of its own layer and of the layers below. A name stands for the module
# and everything under it; a name ending in "=" for that module alone; the most specific name wins.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "base",
        ("sitrep.errors", "sitrep.record", "sitrep.days", "sitrep.data_files", "sitrep.plugins", "sitrep.version"),
    ),
    ("fetch", ("sitrep.fetch",)),
    ("reader", ("sitrep.reader",)),
    ("doc extensions", ("sitrep.components=",)),
    ("syntax", ("sitrep.syntax",)),
    ("components", ("sitrep.components",)),
    ("pipeline", ("sitrep=", "sitrep.pipeline", "sitrep.language")),
    ("batch", ("sitrep.batch",)),
    ("scale", ("sitrep.scale",)),
    ("store", ("sitrep.store",)),
    ("eval", ("sitrep.eval",)),
    ("live", ("sitrep.live",)),
    ("web", ("sitrep.web",)),
    ("cli", ("sitrep.cli", "sitrep.render", "__main__")),  # __main__: every `python -m` entry point
)

@cache
def modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted((SRC / "sitrep").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imported(name: str) -> Iterator[tuple[str, int]]:
    """The sitrep modules `name` imports, with the line of each import."""
    path = modules()[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from ((a.name, node.lineno) for a in node.names if a.name.split(".")[0] == "sitrep")
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            if module.split(".")[0] != "sitrep":
                continue
            for alias in node.names:  # `from sitrep.store import views` imports the module sitrep.store.views
                full = f"{module}.{alias.name}"
                yield (full if full in modules() else module), node.lineno


def layer(name: str) -> int:
    """The index in LAYERS of the most specific entry naming `name`."""
    if name.rpartition(".")[2] == "__main__":
        return len(LAYERS) - 1
    best, length = -1, -1
    for index, (_, names) in enumerate(LAYERS):
        for entry in names:
            exact = entry.endswith("=")
            base = entry.rstrip("=")
            hit = name == base or (not exact and name.startswith(base + "."))
            if hit and len(base) + exact > length:
                best, length = index, len(base) + exact
    return best


def graph() -> dict[str, set[str]]:
    return {name: {target for target, _ in imported(name) if target != name} for name in modules()}


def circles(edges: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_layers_every_module_has_a_layer() -> None:
    assert [name for name in modules() if layer(name) < 0] == []


def test_layers_no_module_imports_a_higher_layer() -> None:
    upward = [
        f"{name}:{line} imports {target} ({LAYERS[layer(name)][0]} -> {LAYERS[layer(target)][0]})"
        for name in modules()
        for target, line in imported(name)
        if layer(target) > layer(name)
    ]
    assert upward == []


def test_layers_no_import_circle() -> None:
    assert circles(graph()) == []


def test_layers_checker_sees_an_upward_import_and_a_circle() -> None:
    assert layer("sitrep.record") < layer("sitrep.reader.sources") < layer("sitrep.components") < layer("sitrep.syntax")
    assert layer("sitrep.syntax.parse") < layer("sitrep.components.times") < layer("sitrep") < layer("sitrep.batch")
    assert layer("sitrep.store.ingest") < layer("sitrep.web.app") < layer("sitrep.cli") == layer("sitrep.eval.__main__")
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_layers_are_described_in_the_architecture_doc() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name, _ in LAYERS:
        assert f"**{name}**" in text, f"docs/architecture.md does not describe the {name} layer"
