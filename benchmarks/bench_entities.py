"""Entity extraction speed in words per second, beside the tokenizer floor on the same text.

Run: .venv/bin/python benchmarks/bench_entities.py [--repeat N] [FILES...]
(defaults: the bundled examples/*.txt and ../shared/seed/article.txt where present)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from sitrep.components import register_extensions
from sitrep.pipeline import get_nlp

ROOT = Path(__file__).resolve().parents[1]


def _texts(paths: list[str]) -> list[str]:
    files = [Path(p) for p in paths] or [
        *sorted((ROOT / "examples").glob("*.txt")),
        ROOT.parent / "shared/seed/article.txt",
    ]
    return [f.read_text(encoding="utf-8") for f in files if f.is_file()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    register_extensions()
    started, cpu = time.perf_counter(), time.process_time()
    nlp = get_nlp()
    startup, startup_cpu = time.perf_counter() - started, time.process_time() - cpu
    texts = _texts(args.files) * args.repeat
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)
    entities = nlp.get_pipe("sitrep_entities")
    sentences = nlp.get_pipe("sitrep_sentences")
    tokenize = entity = 0.0
    clock = time.process_time  # CPU time: steadier than wall time on a shared machine
    for text in texts:
        t0 = clock()
        doc = nlp.make_doc(text)
        t1 = clock()
        doc._.sections = []
        doc = sentences(doc)
        t2 = clock()
        entities(doc)
        t3 = clock()
        tokenize += t1 - t0
        entity += t3 - t2
    print(f"startup (spaCy + pipeline + gazetteer): {startup:.2f} s wall, {startup_cpu:.2f} s CPU")
    print(f"texts: {len(texts)}  words: {words}  chars: {chars}")
    print(f"tokenizer floor: {words / tokenize:,.0f} words/s per CPU second")
    print(f"entities:        {words / entity:,.0f} words/s  ({chars / entity:,.0f} chars/s) per CPU second")


if __name__ == "__main__":
    main()
