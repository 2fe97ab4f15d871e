"""The pages in a real browser: Debian's headless Chromium driven by Playwright (never `playwright install`),
against the app served by Uvicorn on a free loopback port. Screenshots go to tests/web/screenshots/."""

from __future__ import annotations

from pathlib import Path

from sitrep.record import article_id
from tests.conftest import EXAMPLES
from tests.store_helpers import STORY_A
from tests.web.browser import SHOTS, base_url, browser, page
from tests.web.conftest import hostile_id

__all__ = ["base_url", "browser", "page"]  # the fixtures, used by name
PAGES = ["/", "/articles", "/timeline", "/figures", "/deadlines?as_of=2025-01-01", "/map", "/paste"]


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
