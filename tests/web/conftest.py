"""Fixtures for the web app's tests: one store per session built from the bundled examples, the hand-built
stories (which carry events), a hostile article, and the seed when ../shared is beside the repository."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.record import Extraction, article_id
from sitrep.store.db import open_writer
from sitrep.store.ingest import ingest, ingest_extractions
from sitrep.web.app import create_app
from tests.conftest import EXAMPLES, SHARED
from tests.store_helpers import base, entity, event, stories

# Our own hostile article: markup in article text must render as text, never run.
HOSTILE = (
    "Rebels <script>window.__pwned = 1; document.title = 'pwned';</script> seized the town\n\n"
    "Rebels seized the town of Karvik on Monday, officials said, and 40 soldiers were detained. "
    '<img src=x onerror="window.__pwned = 2"> The army said it would retake the town by March 2027.'
)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with examples/, the hand-built stories, the hostile article and (where present) the seed."""
    folder = tmp_path_factory.mktemp("web")
    inputs = folder / "inputs"
    inputs.mkdir()
    (inputs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    paths = [str(EXAMPLES), str(inputs)]
    db = folder / "web.db"
    conn = open_writer(db)
    try:
        ingest_extractions(conn, [*stories(), story_d()])
    finally:
        conn.close()
    seed = SHARED / "seed" / "article.txt"
    if seed.exists():
        paths.append(str(seed))
    summary = ingest(paths, db)
    assert not summary.failed, summary.failed
    return db


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_db, max_bytes=200_000), raise_server_exceptions=False) as c:
        yield c


def hostile_id() -> str:
    return article_id(HOSTILE)


STORY_D = (
    "The army did not attack the northern villages on Tuesday, a spokesman said. "
    "Commanders may launch an offensive near Karvik in the spring. "
    "Rebels shelled the market in Karvik on Wednesday."
)


def story_d() -> tuple[str, Extraction]:
    """Our own story with a negated, a possible and an asserted event (the timeline's three looks)."""
    t = STORY_D
    x = base(t, published=date(2025, 3, 5), source="Wire D", title="Army denies attack on villages")
    x.entities = [entity(t, "E1", "organization", "army", "army"), entity(t, "E2", "group", "rebels", "Rebels")]
    x.events = [
        event(t, "V1", "ASSAULT", "did not attack the northern villages", actors=["E1"], modality="negated"),
        event(t, "V2", "ASSAULT", "may launch an offensive near Karvik", modality="possible"),
        event(t, "V3", "ASSAULT", "Rebels shelled the market in Karvik", actors=["E2"]),
    ]
    return "d", x
