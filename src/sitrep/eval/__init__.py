"""The measuring harness: score each component against the gold data in `../shared/data`.

Each scorer is one module with a `score(data_dir, limit)` function returning `Row`s. A new scorer is one more
line in `SCORERS`. Gold data is read at run time and never copied into the repository."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import SitrepError
from sitrep.plugins import load

# name -> (module, the folder it needs, relative to the data folder's parent `shared/`). A scorer whose data is
# absent is left out; one whose module cannot be loaded is a `MissingComponentError`.
SCORERS: dict[str, tuple[str, str]] = {
    "seed": ("sitrep.eval.seed", "seed"),
    "news-html": ("sitrep.eval.html_text", "data/news-html"),
    "article-extraction": ("sitrep.eval.article_extraction", "data/article_extraction_benchmark"),
    "news-datelines": ("sitrep.eval.datelines", "data/news"),
    "entities": ("sitrep.eval.entities", "data/conll2003"),
    "times": ("sitrep.eval.times", "data/tempeval3"),
    "quantities": ("sitrep.eval.quantities", "data/meantime_en"),
    "quotes": ("sitrep.eval.quotes", "data/polnear"),
    "events": ("sitrep.eval.events", "data/plover_gsr"),
    "news-events": ("sitrep.eval.news_events", "data/news"),
    "news-main-events": ("sitrep.eval.news_main_events", "data/news"),
    "news-quotes": ("sitrep.eval.news_quotes", "data/news"),
    "news-times": ("sitrep.eval.news_times", "data/news"),
    "news-quantities": ("sitrep.eval.news_quantities", "data/news"),
    "news-places": ("sitrep.eval.news_places", "data/news"),
    "stories": ("sitrep.eval.stories", "data/news"),
}

# Every folder of `shared/` a scorer reads (SCORERS' folders and those read beside them): the accuracy gate records
# their fingerprints beside its floors, so a change of the gold data cannot pass unnoticed.
DATA_FOLDERS = (
    "seed",
    "data/news",
    "data/news-html",
    "data/conll2003",
    "data/meantime_en",
    "data/tempeval3",
    "data/quantulum3_tests",
    "data/polnear",
    "data/plover_gsr",
    "data/case2021_task2",
    "data/article_extraction_benchmark",
)


class EvalError(SitrepError):
    """The gold data cannot be found or read."""


@dataclass(slots=True)
class Row:
    """One line of the eval table. Accuracy-like metrics leave precision and recall empty."""

    dataset: str
    metric: str
    precision: float | None
    recall: float | None
    f1: float | None
    support: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where a count is zero)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def find_shared(data: Path | None = None) -> Path:
    """The `shared/` folder: from `data` (its `data/` child or itself), SITREP_DATA, or beside the repo."""
    candidates: list[Path] = []
    if data is not None:
        candidates.append(data.parent if data.name == "data" else data)
    if os.environ.get("SITREP_DATA"):
        given = Path(os.environ["SITREP_DATA"])
        candidates.append(given.parent if given.name == "data" else given)
    candidates += [Path.cwd().parent / "shared", Path(__file__).resolve().parents[3].parent / "shared"]
    for candidate in candidates:
        if (candidate / "data").is_dir() or (candidate / "seed").is_dir():
            return candidate
    raise EvalError("cannot find the gold data: pass --data DIR or set SITREP_DATA to the shared/data folder")


def run_eval(data: Path | None = None, *, only: list[str] | None = None, limit: int | None = None) -> list[Row]:
    """Run every scorer whose data is present (or just `only`) and return all rows."""
    shared = find_shared(data)
    unknown = sorted(set(only or ()) - set(SCORERS))
    if unknown:
        raise EvalError(f"unknown scorer(s): {', '.join(unknown)}; choose from {', '.join(SCORERS)}")
    rows: list[Row] = []
    for name, (module, folder) in SCORERS.items():
        if only and name not in only:
            continue
        if not (shared / folder).exists():
            continue
        score: Callable[[Path, int | None], list[Row]] = load(module, what=f"the scorer {name}").score
        rows.extend(score(shared, limit))
    return rows


def fingerprint(shared: Path) -> dict[str, str]:
    """For each of `DATA_FOLDERS`, a SHA-256 over its files' relative paths and bytes (hidden files left out;
    "absent" for a missing folder)."""
    return {folder: _folder_hash(shared / folder) for folder in DATA_FOLDERS}


def _folder_hash(folder: Path) -> str:
    if not folder.is_dir():
        return "absent"
    digest = hashlib.sha256()
    files = [p for p in folder.rglob("*") if p.is_file() and not _hidden(p.relative_to(folder))]
    for path in sorted(files):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)
