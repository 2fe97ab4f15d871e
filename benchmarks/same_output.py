"""Dump sitrep's full JSON record of a fixed set of articles, or check that the code still writes the same one.

A speed change must not change any output. Dump before the change, then check after it:

    python benchmarks/same_output.py dump before.jsonl     # the 150 news dev articles and the 256 TempEval-3 texts
    python benchmarks/same_output.py check before.jsonl    # exits 1 and names the articles whose record differs

Each line of the dump is one article's `Extraction.to_dict()`, keyed by its corpus and name.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def articles(shared: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(key, keyword arguments of `extract`) for the news dev articles, then the TempEval-3 texts."""
    from sitrep.eval.times import read_timeml

    with (shared / "news" / "dev.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if line.strip():
                row = json.loads(line)
                yield f"news/{number}", {"text": row["text"], "published": row.get("published"),
                                         "title": row.get("title")}
    for path in sorted((shared / "tempeval3").glob("*/*.tml")):
        gold = read_timeml(path)
        yield f"tempeval3/{path.parent.name}/{path.name}", {"text": gold.text, "published": gold.published}


def records(shared: Path) -> Iterator[tuple[str, str]]:
    from sitrep.pipeline import extract

    for key, kwargs in articles(shared):
        text = kwargs.pop("text")
        yield key, json.dumps(extract(text, **kwargs).to_dict(), sort_keys=True, ensure_ascii=False)


def dump(out: Path, shared: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for key, record in records(shared):
            handle.write(json.dumps({"key": key, "record": json.loads(record)}, ensure_ascii=False) + "\n")


def check(before: Path, shared: Path) -> int:
    with before.open(encoding="utf-8") as handle:
        old = {row["key"]: json.dumps(row["record"], sort_keys=True, ensure_ascii=False)
               for row in map(json.loads, handle)}
    seen, differ = 0, []
    for key, record in records(shared):
        seen += 1
        if old.get(key) != record:
            differ.append(key)
    missing = len(old) - seen
    print(f"{seen} articles checked, {len(differ)} differ, {max(missing, 0)} missing")
    for key in differ:
        print(f"  differs: {key}")
    return 1 if differ or seen != len(old) else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["dump", "check"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    args = parser.parse_args()
    if args.mode == "dump":
        dump(args.file, args.shared)
    else:
        sys.exit(check(args.file, args.shared))


if __name__ == "__main__":
    main()
