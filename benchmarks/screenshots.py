"""Regenerate the README's screenshots of the web app from the example corpus, at 1280 px and 360 px wide.

    .venv/bin/python benchmarks/screenshots.py [--out docs/screens]

Builds a store from examples/, serves it on loopback, and saves one PNG per page and width with Debian's
headless Chromium: `NAME-1280.png` (the top of the page as a desktop browser shows it) and `NAME-360.png` (a
phone's first screens). Run it after changing the pages; the README links the files it writes."""

from __future__ import annotations

import argparse
from pathlib import Path

from browse import ROOT, chromium, example_store, first_article, serving

SHOTS = {"home": "/", "search": "/search?q=troops", "timeline": "/timeline", "figures": "/figures", "map": "/map",
         "sources": "/sources", "entities": "/entities"}  # fmt: skip
SIZES = {1280: 860, 360: 1400}  # width: height of the picture


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with example_store() as db, serving(db) as base, chromium() as browser:
        pages = SHOTS | {"article": first_article(base)}
        for width, height in SIZES.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            tab = context.new_page()
            for name, path in pages.items():
                tab.goto(base + path, wait_until="load")
                target = args.out / f"{name}-{width}.png"
                tab.screenshot(path=str(target))
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
            context.close()


if __name__ == "__main__":
    main()
