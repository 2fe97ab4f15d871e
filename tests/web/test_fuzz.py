"""An API fuzz run: schemathesis generates requests from the app's own OpenAPI schema (a few examples per
endpoint, valid and invalid) and no answer may be a server error; every error is a JSON message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from sitrep.web.app import create_app

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.generation import GenerationMode  # noqa: E402

EXAMPLES_PER_ENDPOINT = 8  # per endpoint and mode


def _fuzz(operation: Any, mode: Any) -> list[str]:
    """Run one operation's examples; returns what went wrong (server errors, errors that are not JSON)."""
    problems: list[str] = []

    @given(case=operation.as_strategy(mode))
    @settings(max_examples=EXAMPLES_PER_ENDPOINT, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    def run(case: Any) -> None:
        response = case.call()
        request = f"{case.method} {case.formatted_path} {case.query} {str(case.body)[:100]}"
        if response.status_code >= 500:
            problems.append(f"{request}: {response.status_code}")
        elif response.status_code >= 400 and not response.json().get("error"):
            problems.append(f"{request}: no error message in {response.text[:200]}")

    try:
        run()
    except Unsatisfiable:  # nothing in this operation can break the schema (no parameters, no body)
        assert mode is GenerationMode.NEGATIVE
    return problems


def test_fuzz_api_has_no_server_errors(web_db: Path) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(web_db, max_bytes=20_000))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)  # valid requests, and requests that break the schema
    problems = [p for operation in operations for mode in modes for p in _fuzz(operation, mode)]
    assert not problems, problems
