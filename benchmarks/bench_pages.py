"""Page weight and time to first render of the web app's pages in headless Chromium.

    .venv/bin/python benchmarks/bench_pages.py [--db FILE] [--runs 5] [--width 1280]

Without --db it builds a store from examples/ (a few seconds). For each page: the bytes the browser received
(the HTML and every file it loaded: stylesheet, scripts; all from the app itself), how many requests, and the
median over `--runs` cold loads (a new browser context each, so nothing is cached) of the first contentful paint
and of DOMContentLoaded, as Chromium's Performance API reports them."""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path
from typing import Any

from browse import chromium, example_store, first_article, serving

PAGES = ["/", "/search?q=troops", "/timeline", "/figures", "/map", "/sources", "/articles", "/entities",
         "/deadlines", "/paste"]  # fmt: skip


def measure(browser: Any, url: str, width: int) -> dict[str, float]:
    """One cold load: bytes received, requests, first contentful paint and DOMContentLoaded (ms)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        tab = context.new_page()
        sizes: list[int] = []
        tab.on("response", lambda r: sizes.append(len(r.body())) if r.ok else None)
        tab.goto(url, wait_until="load")
        tab.wait_for_function("() => performance.getEntriesByName('first-contentful-paint').length > 0", timeout=10_000)
        timing = tab.evaluate(
            """() => {
                const paint = performance.getEntriesByName("first-contentful-paint")[0];
                const nav = performance.getEntriesByType("navigation")[0];
                return {fcp: paint ? paint.startTime : -1, dcl: nav.domContentLoadedEventEnd};
            }"""
        )
        return {"bytes": float(sum(sizes)), "requests": float(len(sizes)), "fcp": timing["fcp"], "dcl": timing["dcl"]}
    finally:
        context.close()


def run(db: Path, runs: int, width: int) -> list[tuple[str, dict[str, float]]]:
    out = []
    with serving(db) as base, chromium() as browser:
        for path in [*PAGES, first_article(base)]:
            samples = [measure(browser, base + path, width) for _ in range(runs)]
            out.append((path, {k: statistics.median(s[k] for s in samples) for k in samples[0]}))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="measure this store instead of one built from examples/")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--width", type=int, default=1280)
    args = parser.parse_args()
    if args.db:
        rows = run(args.db, args.runs, args.width)
    else:
        with example_store() as db:
            rows = run(db, args.runs, args.width)
    print(f"| page | KB received | requests | first contentful paint ms | DOMContentLoaded ms |  (width {args.width})")
    print("|---|---:|---:|---:|---:|")
    for path, m in rows:
        name = path if not path.startswith("/articles/") else "/articles/{id} (wire report)"
        print(f"| `{name}` | {m['bytes'] / 1024:.1f} | {m['requests']:.0f} | {m['fcp']:.0f} | {m['dcl']:.0f} |")


if __name__ == "__main__":
    main()
