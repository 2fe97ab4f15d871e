"""What storing costs over bare extraction, counted in instructions (valgrind's cachegrind), which do not drift
with the load of a shared machine the way seconds do.

    python benchmarks/bench_store_instructions.py            # three runs under valgrind, about 15 minutes

The same articles (the dev corpus and altered copies of it) go through three runs of one process: loading only,
the pipeline bare, and `ingest --jobs 1`. Extraction is the second minus the first; storing is the third minus
the second. First-level data cache misses are counted the same way (cachegrind's simulated caches)."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "news" / "dev.jsonl"
MODES = ("load", "bare", "ingest")
_COUNT = {"instructions": re.compile(r"I\s+refs:\s+([\d,]+)"), "d1_misses": re.compile(r"D1\s+misses:\s+([\d,]+)")}


def one(mode: str, corpus: Path, count: int, work: Path) -> None:
    """The measured process: prepare the articles, load the pipeline, then do `mode` as `bench_store` does."""
    from bench_store import bare_extraction, ingest_one_job
    from sitrep.pipeline import get_nlp
    from synthetic import variants, write_jsonl

    path = write_jsonl(variants(corpus, count), work / "articles.jsonl")
    get_nlp()
    if mode == "bare":
        bare_extraction(path)
    elif mode == "ingest":
        ingest_one_job(path, work / "store.db")


def counted(mode: str, corpus: Path, count: int) -> dict[str, int]:
    """Run one mode under cachegrind in a child process; its instruction and D1 miss totals."""
    with tempfile.TemporaryDirectory() as tmp:
        command = ["valgrind", "--tool=cachegrind", "--cache-sim=yes", f"--cachegrind-out-file={tmp}/out",
                   sys.executable, __file__, "--mode", mode, "--corpus", str(corpus), "--articles", str(count),
                   "--work", tmp]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    return {name: int(pattern.search(done.stderr).group(1).replace(",", "")) for name, pattern in _COUNT.items()}  # type: ignore[union-attr]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEV, help="the JSON Lines corpus to repeat")
    parser.add_argument("--articles", type=int, default=450)
    parser.add_argument("--mode", choices=MODES, help="(internal) run one mode in this process")
    parser.add_argument("--work", type=Path, help="(internal) the folder the mode works in")
    args = parser.parse_args()
    if args.mode:
        one(args.mode, args.corpus, args.articles, args.work)
        return
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt install valgrind)")
    totals = {mode: counted(mode, args.corpus, args.articles) for mode in MODES}
    for name in _COUNT:
        extraction = totals["bare"][name] - totals["load"][name]
        storing = totals["ingest"][name] - totals["bare"][name]
        print(f"{name}: extraction {extraction / 1e9:.2f} G, storing {storing / 1e9:.2f} G "
              f"({storing / extraction:.1%} of extraction) for {args.articles} articles")  # fmt: skip


if __name__ == "__main__":
    main()
