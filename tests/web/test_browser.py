"""The pages in a real browser: Debian's headless Chromium driven by Playwright (never `playwright install`),
against the app served by Uvicorn on a free loopback port. Screenshots go to tests/web/screenshots/."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from sitrep.record import article_id
from sitrep.web.app import create_app
from tests.conftest import EXAMPLES
from tests.store_helpers import STORY_A
from tests.web.conftest import hostile_id

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
PAGES = ["/", "/articles", "/timeline", "/figures", "/deadlines?as_of=2025-01-01", "/map", "/paste"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does this)")
    SHOTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})  # type: ignore[attr-defined]
    context.set_default_timeout(10_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert not errors, errors


def _shot(page: object, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_browser_every_page_loads(page: object, base_url: str) -> None:
    p: object = page
    for url in PAGES:
        response = p.goto(base_url + url)  # type: ignore[attr-defined]
        assert response.status == 200, url
        assert p.locator("h1").first.is_visible()  # type: ignore[attr-defined]
        _shot(p, "page-" + (url.split("?")[0].strip("/") or "home"))


def test_browser_clicking_a_fact_marks_its_words(page: object, base_url: str) -> None:
    p: object = page
    p.goto(f"{base_url}/articles/{article_id(STORY_A)}")  # type: ignore[attr-defined]
    p.click('button.fact[data-fact="T1"]')  # type: ignore[attr-defined]
    marked = p.locator("#text .f.on")  # type: ignore[attr-defined]
    assert "".join(marked.all_inner_texts()) == "no later than the end of September 2025"
    assert "until 2025-09-30, deadline" in marked.first.get_attribute("title")
    assert p.locator('button.fact.on[data-fact="T1"]').count() == 1  # type: ignore[attr-defined]
    p.click('button.fact[data-fact="Q1"]')  # type: ignore[attr-defined]
    assert "".join(p.locator("#text .f.on").all_inner_texts()) == "2,500 troops"  # type: ignore[attr-defined]
    _shot(p, "article-clicked")


def test_browser_link_to_offsets_marks_the_sentence(page: object, base_url: str) -> None:
    p: object = page
    start = STORY_A.index("Negotiators")
    end = STORY_A.index("remaining force.") + len("remaining force.")
    p.goto(f"{base_url}/articles/{article_id(STORY_A)}#at-{start}-{end}")  # type: ignore[attr-defined]
    marked = "".join(p.locator("#text .on").all_inner_texts())  # type: ignore[attr-defined]
    assert marked == STORY_A[start:end]


def test_browser_timeline_filter_applies(page: object, base_url: str) -> None:
    p: object = page
    p.goto(base_url + "/timeline")  # type: ignore[attr-defined]
    assert p.locator("svg#timeline a.event").count() >= 5  # type: ignore[attr-defined]
    p.select_option('select[name="type"]', "ASSAULT")  # type: ignore[attr-defined]
    p.click("#timeline-filters button")  # type: ignore[attr-defined]
    p.wait_for_url("**type=ASSAULT**")  # type: ignore[attr-defined]
    types = p.locator("svg#timeline a.event").evaluate_all("els => els.map(e => e.dataset.type)")  # type: ignore[attr-defined]
    assert types and set(types) == {"ASSAULT"}
    assert p.locator('svg#timeline a.event[data-modality="negated"] line').count() == 1  # type: ignore[attr-defined]
    assert p.locator('svg#timeline a.event[data-modality="possible"] circle[fill="white"]').count() == 1  # type: ignore[attr-defined]
    _shot(p, "timeline-assault")


def test_browser_paste_shows_the_extraction(page: object, base_url: str) -> None:
    p: object = page
    p.goto(base_url + "/paste")  # type: ignore[attr-defined]
    text = (EXAMPLES / "wire-report.txt").read_text(encoding="utf-8")
    p.fill("textarea[name=text]", text)  # type: ignore[attr-defined]
    p.fill("input[name=published]", "2026-03-10")  # type: ignore[attr-defined]
    p.click("#paste-form button")  # type: ignore[attr-defined]
    p.wait_for_selector("#text .k-quantity")  # type: ignore[attr-defined]
    assert "3,000" in p.locator("#text .k-quantity").first.inner_text()  # type: ignore[attr-defined]
    assert p.locator("button.fact").count() > 5  # type: ignore[attr-defined]
    _shot(p, "paste")


def test_browser_script_in_an_article_does_not_run(page: object, base_url: str) -> None:
    p: object = page
    p.goto(f"{base_url}/articles/{hostile_id()}")  # type: ignore[attr-defined]
    assert p.evaluate("typeof window.__pwned") == "undefined"  # type: ignore[attr-defined]
    assert p.title() != "pwned"  # type: ignore[attr-defined]
    assert "<script>window.__pwned" in p.locator("#text").inner_text()  # type: ignore[attr-defined]
    assert p.locator("#text img, #text script").count() == 0  # type: ignore[attr-defined]
    _shot(p, "hostile")


def test_browser_seed_article_deadline_and_captions(page: object, base_url: str, shared: Path) -> None:
    p: object = page
    text = (shared / "seed" / "article.txt").read_text(encoding="utf-8")
    p.goto(f"{base_url}/articles/{article_id(text)}")  # type: ignore[attr-defined]
    assert p.locator('.block.apart[data-label="caption"]').count() >= 3  # type: ignore[attr-defined]
    assert p.locator('.block.apart[data-label="credit"]').count() >= 2  # type: ignore[attr-defined]
    p.click('button.fact.k-time:has-text("end of September 2025")')  # type: ignore[attr-defined]
    marked = p.locator("#text .f.on")  # type: ignore[attr-defined]
    assert "".join(marked.all_inner_texts()).endswith("the end of September 2025")
    assert "until 2025-09-30, deadline" in marked.first.get_attribute("title")
    assert marked.first.is_visible()
    _shot(p, "seed-article")
