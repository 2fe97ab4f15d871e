"""What the routers share (`web/state.py`): pages of lists, the one extraction path, and a web layer that holds
routes and templates only (no SQL, no import circle)."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.web import state
from sitrep.web.extractor import Job
from sitrep.web.state import page, paged

WEB = Path(state.__file__).resolve().parent


@dataclass(slots=True)
class _Row:
    n: int


def test_state_page_says_whether_more_follow_and_makes_rows_json() -> None:
    assert page([_Row(1), _Row(2), _Row(3)], 0, 2) == {"items": [{"n": 1}, {"n": 2}], "offset": 0, "limit": 2,
                                                       "next_offset": 2}  # fmt: skip
    assert page([_Row(3)], 2, 2)["next_offset"] is None


def test_state_paged_asks_for_one_row_more_than_the_page() -> None:
    asked: list[int] = []

    def make(n: int) -> list[_Row]:
        asked.append(n)
        return [_Row(i) for i in range(min(n, 5))]

    assert [r["n"] for r in paged(make, 3, 2)["items"]] == [3, 4] and asked == [6]
    assert paged(make, 3, 2)["next_offset"] is None


def test_state_one_extraction_path_for_the_api_and_the_pages(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    async def fake(request: Any, job: Job) -> dict[str, Any]:
        calls.append(job.text)
        return {"text": job.text, "article": {}, "sections": [], "sentences": [], "entities": [], "times": [],
                "quantities": [], "quotes": [], "events": []}  # fmt: skip

    monkeypatch.setattr(state, "extract", fake)
    assert client.post("/api/extract", json={"text": "Troops left."}).status_code == 200
    assert client.post("/paste", data={"text": "Rebels left.", "published": ""}).status_code == 200
    assert calls == ["Troops left.", "Rebels left."]
    locks = [p.name for p in WEB.glob("*.py") if "Lock()" in p.read_text(encoding="utf-8")]
    assert locks == ["extractor.py"]  # the one worker, one extraction at a time


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_state_web_modules_import_no_circle() -> None:
    modules = {f"sitrep.web.{p.stem}": p for p in WEB.glob("*.py") if p.stem != "__init__"}
    graph = {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}
    for router in ("api", "pages", "state"):  # the app imports the routers, never the other way
        assert "sitrep.web.app" not in graph[f"sitrep.web.{router}"]
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, " → ".join((*path, name))
        if name not in done:
            for other in graph[name]:
                visit(other, (*path, name))
            done.add(name)

    for name in graph:
        visit(name, ())


def test_state_web_writes_no_sql() -> None:
    sql = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b|\.execute\(")
    assert [p.name for p in WEB.glob("*.py") if sql.search(p.read_text(encoding="utf-8"))] == []
