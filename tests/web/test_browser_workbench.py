"""The analyst's workbench in a real browser: search with highlights, the timeline's facets, date brush and
same-day groups, the map's zoom, clusters and links, figures, sources; every page at 360 px without sideways
scrolling; keyboard use; and an axe-core pass (WCAG 2 A and AA, contrast included) on every page."""

from __future__ import annotations

import itertools
import json
import urllib.request
from typing import Any

import pytest

from sitrep.record import article_id
from tests.store_helpers import STORY_A
from tests.web.browser import SHOTS, axe_violations, base_url, browser, page

__all__ = ["base_url", "browser", "page"]  # the fixtures, used by name

PAGES = ["/", "/search?q=attacked", "/timeline", "/figures", "/map", "/sources", "/articles", "/entities",
         "/deadlines?as_of=2025-01-01", "/paste", "/stories", f"/articles/{article_id(STORY_A)}",
         "/no-such-page"]  # fmt: skip


def _api(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=10) as answer:
        return json.load(answer)


@pytest.mark.parametrize("width", [1280, 360])
def test_browser_every_page_passes_axe(browser: Any, base_url: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)  # to inject axe
    broken = {}
    try:
        tab = context.new_page()
        for url in PAGES:
            tab.goto(base_url + url)
            found = axe_violations(tab)
            if found:
                broken[url] = found
    finally:
        context.close()
    assert not broken, "\n".join(f"{url}: {found}" for url, found in broken.items())


def test_browser_phone_width_never_scrolls_sideways(browser: Any, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1)
    try:
        tab = context.new_page()
        wide = {}
        for url in PAGES:
            tab.goto(base_url + url)
            width = tab.evaluate("document.documentElement.scrollWidth")
            if width > 360:
                wide[url] = width
        tab.goto(base_url + "/timeline")
        tab.screenshot(path=str(SHOTS / "phone-timeline.png"))
    finally:
        context.close()
    assert not wide, wide


def test_browser_search_highlights_stemmed_matches_and_counts_them(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.fill("header input[name=q]", "attacked")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=attacked")
    marked = page.locator("ol.results mark").all_inner_texts()
    assert marked and all(m.lower().startswith("attack") for m in marked)
    assert {m.lower() for m in marked} - {"attacked"}  # other forms of the word match too
    total = int(page.locator("#results-title").get_attribute("data-total"))
    assert total == _api(base_url, "/api/search?q=attacked")["total"]
    page.goto(base_url + "/search?q=%28attack%20NOT%20Karvik")  # a stray bracket is text, NOT excludes
    assert page.locator(".error").count() == 0
    assert all("karvik" not in t.lower() for t in page.locator("ol.results li a").all_inner_texts())
    page.screenshot(path=str(SHOTS / "search.png"))


def test_browser_timeline_facets_add_up_and_filter(page: Any, base_url: str) -> None:
    page.goto(base_url + "/timeline")
    total = int(page.locator("nav.pager .count").first.get_attribute("data-total"))
    for facet in ("type", "country", "month"):
        counts = page.locator(f"#facet-{facet} .n").all_inner_texts()
        assert sum(int(c.replace(",", "")) for c in counts) == total, facet
    page.locator("#facet-type a", has_text="ASSAULT").click()
    page.wait_for_url("**type=ASSAULT**")
    assert set(page.locator("#events tr[data-type]").evaluate_all("r => r.map(x => x.dataset.type)")) == {"ASSAULT"}


def test_browser_timeline_groups_one_day_and_lists_newest_first(page: Any, base_url: str) -> None:
    page.goto(base_url + "/timeline")
    days = page.locator("#events tbody.day").evaluate_all("b => b.map(x => x.id.slice(4))")
    dated = [d for d in days if d != "undated"]
    assert dated == sorted(dated, reverse=True) and len(days) == len(set(days))
    assert days[-1] == "undated" or "undated" not in days


def test_browser_timeline_brush_picks_dates(page: Any, base_url: str) -> None:
    page.goto(base_url + "/timeline")
    box = page.locator("#volume").bounding_box()
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=5)
    page.mouse.up()
    page.wait_for_url("**since=**until=**")
    since, until = page.input_value("#since"), page.input_value("#until")
    assert since and until and since <= until
    page.screenshot(path=str(SHOTS / "timeline-brushed.png"))


def test_browser_map_zooms_with_keys_and_a_marker_filters_the_timeline(page: Any, base_url: str) -> None:
    page.goto(base_url + "/map")
    assert page.locator("#map-legend").is_visible()
    whole = page.get_attribute("#map", "viewBox")
    page.focus("#map")
    page.keyboard.press("+")
    zoomed = page.get_attribute("#map", "viewBox")
    assert zoomed != whole and float(zoomed.split()[2]) < float(whole.split()[2])
    page.keyboard.press("ArrowRight")
    assert page.get_attribute("#map", "viewBox") != zoomed
    page.click("#zoom-reset")
    assert page.get_attribute("#map", "viewBox").split()[2].startswith("1000")
    marker = page.locator("a.marker:visible").first
    marker.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/timeline?**")
    assert page.locator("h1").inner_text() == "Timeline"


def test_browser_map_clusters_close_markers_and_opens_them_on_zoom(page: Any, base_url: str) -> None:
    page.goto(base_url + "/map")
    markers = page.locator("a.marker").count()
    clusters = page.locator("#clusters a.cluster").count()
    visible = page.locator("a.marker:visible").count()
    assert markers >= 1 and visible + clusters >= 1 and visible <= markers
    if clusters:
        page.locator("#clusters a.cluster").first.click()
        assert page.locator("a.marker:visible").count() > visible
    page.screenshot(path=str(SHOTS / "map.png"))


def test_browser_figures_axis_has_units_and_the_picker_changes_category(page: Any, base_url: str) -> None:
    page.goto(base_url + "/figures")
    labels = page.locator("#figure-chart text.ytick").all_text_contents()
    if labels:
        numbers = [float(t.split()[0].replace(",", "").rstrip("M")) for t in labels]
        steps = {round(b - a, 6) for a, b in itertools.pairwise(numbers)}
        assert numbers[0] == 0 and len(steps) == 1  # round, even steps
        assert len(labels[-1].split()) == 2  # the top one says the unit
    options = page.locator("#series-picker option").all_inner_texts()
    assert options
    page.select_option("#series-picker select", index=len(options) - 1)
    page.click("#series-picker button")
    page.wait_for_url("**pick=**")
    assert page.locator("#series-list li").count() >= 1


def test_browser_sources_list_outlets_with_links(page: Any, base_url: str) -> None:
    page.goto(base_url + "/sources")
    rows = page.locator("#outlets tbody tr")
    assert rows.count() >= 2
    assert int(page.locator("nav.pager .count").get_attribute("data-total")) == _api(base_url, "/api/outlets")["total"]
    page.locator("#outlets tbody tr td a").first.click()
    page.wait_for_url("**/articles**")


def test_browser_keyboard_skips_to_content_and_follows_a_facet(page: Any, base_url: str) -> None:
    page.goto(base_url + "/timeline")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    link = page.locator("#facet-type a").first
    link.focus()
    chosen = link.inner_text()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**type={chosen}**")


@pytest.mark.parametrize("size", [100_001])
def test_browser_paste_over_the_limit_is_refused_with_a_message(page: Any, base_url: str, size: int) -> None:
    page.goto(base_url + "/paste")
    assert page.get_attribute("textarea", "maxlength") == str(size - 1)
    page.evaluate("document.querySelector('textarea').removeAttribute('maxlength')")
    page.evaluate(f"document.querySelector('textarea').value = 'x'.repeat({size})")
    page.click("#paste-form button")
    page.wait_for_selector("#paste-problem")
    assert "100,001 characters" in page.inner_text("#paste-problem")
    assert len(page.content()) < 20_000  # the refused text is not sent back
