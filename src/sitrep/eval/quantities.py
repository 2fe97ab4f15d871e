"""Score the quantities component: MEANTIME VALUE mentions (span P/R/F1), the news-relevant part of
quantulum3's test cases (value and unit accuracy) and the seed article's quantity table."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.components.quantities.lexicon import lexicon
from sitrep.components.quantities.nouns import lemma
from sitrep.eval import EvalError, Row, prf
from sitrep.pipeline import extract
from sitrep.record import Extraction, Quantity

# quantulum3 unit names that are money, distance or a count, with the sitrep unit they equal (None: any unit)
QUANTULUM_UNITS: dict[str, str | None] = {
    "dollar": "dollar",
    "euro": "euro",
    "pound sterling": "pound",
    "cent": "cent",
    "penny": "penny",
    "dime": "dime",
    "kilometre": "kilometer",
    "metre": "meter",
    "mile": "mile",
    "inch": "inch",
    "foot": "foot",
    "percentage": "percent",
    "dimensionless": None,
}
_FOLLOWING_WORD = re.compile(r"\s+([A-Za-z]+)")
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}"
)
_YEAR = re.compile(r"\bin \d{4}\b")


def _overlaps(q: Quantity, start: int, end: int) -> bool:
    return q.start < end and start < q.end


# ---------------------------------------------------------------- seed


@dataclass(slots=True)
class SeedRow:
    surfaces: list[str]
    value: float | None
    low: float | None
    unit: str
    category: str
    holder: str
    location: str


@dataclass(slots=True)
class SeedResult:
    """How the seed's quantity table comes out: counts of right values, units, categories, holders, places."""

    expected: int = 0
    predicted: int = 0
    matched_predictions: int = 0
    value_right: int = 0
    unit_right: int = 0
    category_right: int = 0
    holder_right: int = 0
    location_right: int = 0
    linked: bool = False
    missing: list[str] = field(default_factory=list)
    forbidden: int = 0
    forbidden_found: list[str] = field(default_factory=list)


def seed_rows(markdown: str) -> list[SeedRow]:
    """The rows of the `## Quantities` table in expected.md."""
    block = markdown.split("## Quantities", 1)[-1].split("\n## ", 1)[0]
    rows: list[SeedRow] = []
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 6 or cells[0] in ("text", "") or set(cells[0]) <= {"-"}:
            continue
        main = cells[0].split(" (and ", 1)[0]
        surfaces = [main, *re.findall(r"\"the ([^\"]+)\"", cells[0])]
        bound = cells[1].startswith("low ")
        number = float(cells[1].removeprefix("low ").replace(",", ""))
        unit, category, holder, location = cells[2:6]
        rows.append(
            SeedRow(surfaces, None if bound else number, number if bound else None, unit, category, holder, location)
        )
    return rows


def seed_forbidden(markdown: str, text: str) -> list[tuple[int, int, str]]:
    """Spans that must not be quantities: the quoted strings after "Must NOT", and every date and year."""
    paragraph = markdown.split("Must NOT be reported as quantities", 1)[-1].split("\n\n", 1)[0]
    surfaces = re.findall(r"\"([^\"]+)\"", paragraph) if "Must NOT" in markdown else []
    spans = [(m.start(), m.end(), m.group()) for m in _DATE.finditer(text)]
    spans += [(m.start() + 3, m.end(), m.group()) for m in _YEAR.finditer(text)]
    for surface in surfaces:
        spans += [(m.start(), m.end(), surface) for m in re.finditer(re.escape(surface), text)]
    return spans


def seed_score(shared: Path) -> SeedResult:
    try:
        text = (shared / "seed" / "article.txt").read_text(encoding="utf-8")
        markdown = (shared / "seed" / "expected.md").read_text(encoding="utf-8")
    except OSError as e:
        raise EvalError(f"cannot read the seed article: {e}") from e
    extraction = extract(text)
    result = SeedResult(predicted=len(extraction.quantities), linked=bool(extraction.entities))
    matched: set[str] = set()
    for row in seed_rows(markdown):
        for surface in row.surfaces:
            _score_seed_surface(extraction, row, surface, result, matched)
    result.matched_predictions = len(matched)
    for start, end, surface in seed_forbidden(markdown, text):
        result.forbidden += 1
        if any(_overlaps(q, start, end) for q in extraction.quantities):
            result.forbidden_found.append(surface)
    return result


def _score_seed_surface(
    extraction: Extraction, row: SeedRow, surface: str, result: SeedResult, matched: set[str]
) -> None:
    at = extraction.text.find(surface)
    result.expected += 1
    hit = next((q for q in extraction.quantities if at >= 0 and _overlaps(q, at, at + len(surface))), None)
    if hit is None:
        result.missing.append(surface)
        return
    matched.add(hit.id)
    names = {e.id: e.name.lower() for e in extraction.entities}
    result.value_right += hit.value == row.value and hit.low == row.low
    result.unit_right += hit.unit == row.unit
    result.category_right += hit.category == row.category
    result.holder_right += names.get(hit.holder or "", "") == row.holder.lower()
    places = {p.strip().lower() for p in re.split(r",| and ", row.location)} if row.location else {""}
    result.location_right += names.get(hit.location or "", "") in places  # "Iraq and Syria": either is right


def _seed_rows(shared: Path) -> list[Row]:
    r = seed_score(shared)
    n = r.expected
    rows = [
        Row("seed", "quantities (span)", *prf(r.matched_predictions, r.predicted, n - len(r.missing)), support=n),
        Row("seed", "quantities found (recall)", None, None, (n - len(r.missing)) / n if n else 0.0, support=n),
        Row("seed", "quantity value (accuracy)", None, None, r.value_right / n if n else 0.0, support=n),
        Row("seed", "quantity unit (accuracy)", None, None, r.unit_right / n if n else 0.0, support=n),
        Row("seed", "quantity category (accuracy)", None, None, r.category_right / n if n else 0.0, support=n),
        Row("seed", "non-quantities left out (accuracy)", None, None, _share_clean(r), support=r.forbidden),
    ]
    if r.linked:
        rows.append(Row("seed", "quantity holder (accuracy)", None, None, r.holder_right / n if n else 0.0, support=n))
        rows.append(Row("seed", "quantity location (accuracy)", None, None, r.location_right / n if n else 0.0, n))
    return rows


def _share_clean(r: SeedResult) -> float:
    return 1.0 - len(r.forbidden_found) / r.forbidden if r.forbidden else 1.0


# ---------------------------------------------------------------- MEANTIME


@dataclass(slots=True)
class GoldDoc:
    """A MEANTIME document rebuilt as text (tokens joined by spaces, sentences by new lines) with VALUE spans."""

    text: str
    values: list[tuple[int, int, str]]  # start, end, type (QUANTITY, MONEY, PERCENT)
    annotated_end: int  # MEANTIME annotates only the first sentences; predictions after this are not scored


def read_meantime(path: Path) -> GoldDoc:
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, int] = {}
    sentence_end: dict[int, int] = {}
    parts: list[str] = []
    at, sentence = 0, None
    for token in root.iter("token"):
        if parts:
            sep = "\n" if token.get("sentence") != sentence else " "
            parts.append(sep)
            at += 1
        sentence = token.get("sentence")
        word = token.text or ""
        offsets[token.get("t_id", "")] = (at, at + len(word))
        sentence_of[token.get("t_id", "")] = int(sentence or 0)
        sentence_end[int(sentence or 0)] = at + len(word)
        parts.append(word)
        at += len(word)
    values: list[tuple[int, int, str]] = []
    for value in root.iter("VALUE"):
        anchors = [offsets[a.get("t_id", "")] for a in value.iter("token_anchor") if a.get("t_id") in offsets]
        if anchors:
            values.append((min(s for s, _ in anchors), max(e for _, e in anchors), value.get("type", "")))
    markables = root.find("Markables")
    anchored = [
        sentence_of.get(a.get("t_id", ""), 0) for a in (markables.iter("token_anchor") if markables is not None else ())
    ]
    last = max(anchored, default=max(sentence_end, default=0))
    return GoldDoc("".join(parts), values, sentence_end.get(last, at))


def meantime_files(shared: Path, limit: int | None) -> list[Path]:
    files = sorted((shared / "data" / "meantime_en").glob("corpus_*/*.xml"))
    if not files:
        raise EvalError("no MEANTIME files under data/meantime_en/corpus_*/")
    return files[:limit] if limit else files


def _meantime_rows(shared: Path, limit: int | None) -> list[Row]:
    tp_pred = n_pred = n_gold = 0
    by_type: dict[str, list[int]] = {}
    typed_right = typed_total = 0
    for path in meantime_files(shared, limit):
        gold = read_meantime(path)
        predicted = [q for q in extract(gold.text).quantities if q.start < gold.annotated_end]
        n_pred += len(predicted)
        n_gold += len(gold.values)
        tp_pred += sum(any(_overlaps(q, s, e) for s, e, _ in gold.values) for q in predicted)
        for start, end, kind in gold.values:
            hit = next((q for q in predicted if _overlaps(q, start, end)), None)
            by_type.setdefault(kind, [0, 0])[1] += 1
            by_type[kind][0] += hit is not None
            if hit is not None and kind in ("MONEY", "PERCENT"):
                typed_total += 1
                typed_right += (hit.category == "money") if kind == "MONEY" else (hit.unit == "percent")
    recall_hits = sum(v[0] for v in by_type.values())
    p = tp_pred / n_pred if n_pred else 0.0
    r = recall_hits / n_gold if n_gold else 0.0
    rows = [Row("meantime_en", "VALUE spans (overlap)", p, r, 2 * p * r / (p + r) if p + r else 0.0, n_gold)]
    for kind in sorted(by_type):
        hits, total = by_type[kind]
        rows.append(Row("meantime_en", f"{kind} spans (recall)", None, hits / total if total else 0.0, None, total))
    rows.append(
        Row(
            "meantime_en",
            "money/percent typed right (accuracy)",
            None,
            None,
            typed_right / max(typed_total, 1),
            typed_total,
        )
    )
    return rows


# ---------------------------------------------------------------- quantulum3


@dataclass(slots=True)
class GoldQuantity:
    sentence: str
    start: int
    end: int
    value: float
    unit: str | None  # the sitrep unit it should have; None for a count of whatever follows


def quantulum_cases(shared: Path) -> list[GoldQuantity]:
    """The news-relevant gold quantities: money, distance, percent, and counts (a dimensionless number directly
    followed by a plural word, as in "50 cars"). Temperatures, masses, data sizes, years and labels are left out."""
    folder = shared / "data" / "quantulum3_tests"
    cases: list[GoldQuantity] = []
    lex = lexicon()
    for name in ("quantities.json", "quantities.ambiguity.json"):
        try:
            items = json.loads((folder / name).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise EvalError(f"cannot read {folder / name}: {e}") from e
        for item in items:
            for gold in item["res"]:
                case = _news_case(item["req"], gold, lex)
                if case is not None:
                    cases.append(case)
    return cases


def _news_case(sentence: str, gold: dict[str, object], lex: object) -> GoldQuantity | None:
    unit = str(gold["unit"])
    if unit not in QUANTULUM_UNITS:
        return None
    start = sentence.find(str(gold["surface"]))
    if start < 0:
        return None
    end = start + len(str(gold["surface"]))
    if unit == "dimensionless":
        follower = _FOLLOWING_WORD.match(sentence, end)
        if follower is None or not follower.group(1).endswith("s") or follower.group(1)[0].isupper():
            return None
    return GoldQuantity(sentence, start, end, float(gold["value"]), QUANTULUM_UNITS[unit])  # type: ignore[arg-type]


def _value_of(q: Quantity) -> float | None:
    if q.value is not None:
        return q.value
    if q.low is not None and q.high is not None:
        return (q.low + q.high) / 2
    return q.low if q.low is not None else q.high


def _quantulum_rows(shared: Path, limit: int | None) -> list[Row]:
    cases = quantulum_cases(shared)
    cases = cases[:limit] if limit else cases
    found = value_right = unit_right = 0
    lex = lexicon()
    for case in cases:
        predicted = extract(case.sentence).quantities
        hit = next((q for q in predicted if _overlaps(q, case.start, case.end)), None)
        if hit is None:
            continue
        found += 1
        value = _value_of(hit)
        value_right += value is not None and abs(value - case.value) <= 1e-6 * max(1.0, abs(case.value))
        follower = _FOLLOWING_WORD.match(case.sentence, case.end)
        want = case.unit or (lemma(follower.group(1), lex) if follower else None)
        unit_right += hit.unit == want
    n = len(cases)
    name = "quantulum3 (money, distance, counts)"
    return [
        Row(name, "quantities found (recall)", None, found / n if n else 0.0, None, n),
        Row(name, "value (accuracy)", None, None, value_right / n if n else 0.0, n),
        Row(name, "unit (accuracy)", None, None, unit_right / n if n else 0.0, n),
    ]


def score(shared: Path, limit: int | None = None) -> list[Row]:
    rows = _seed_rows(shared) if (shared / "seed" / "expected.md").exists() else []
    rows += _meantime_rows(shared, limit)
    if (shared / "data" / "quantulum3_tests").is_dir():
        rows += _quantulum_rows(shared, limit)
    return rows
