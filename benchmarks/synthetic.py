"""Benchmark corpora: the dev corpus repeated with small changes, and stand-in facts for a store benchmark.

`variants()` rewrites each copy enough that it is neither an exact nor a near duplicate (every third
lowercase word gets a copy-specific ending, numbers and dates shift), so every copy is stored in full.
`facts()` fills an extraction's fact lists with cheap regex guesses so view timings see realistic row
counts even where the extractor components are not installed; its output is not meant to be right."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.record import (
    Article,
    Cue,
    Entity,
    Event,
    Evidence,
    Extraction,
    Mention,
    Quantity,
    Quote,
    Section,
    Sentence,
    Speaker,
    Time,
    article_id,
)

ENDINGS = ("a", "o", "i", "u", "e", "y", "ax", "ox", "ix", "ux")
COUNTRIES = {"Iraq": "IQ", "Syria": "SY", "Iran": "IR", "Japan": "JP", "China": "CN", "Germany": "DE",
             "Israel": "IL", "Russia": "RU", "Ukraine": "UA", "France": "FR", "Britain": "GB", "Korea": "KR",
             "Afghanistan": "AF", "Zimbabwe": "ZW", "Turkey": "TR", "Nigeria": "NG", "America": "US"}  # fmt: skip
CATEGORIES = {"troops": "personnel", "soldiers": "personnel", "people": "casualties", "killed": "killed",
              "attacks": "attacks", "dead": "killed", "wounded": "wounded", "refugees": "displaced",
              "missiles": "weapons", "dollars": "money", "miles": "distance", "countries": "countries"}  # fmt: skip
TRIGGERS = {"attack": "ASSAULT", "killed": "ASSAULT", "fired": "ASSAULT", "agreed": "AGREE", "talks": "CONSULT",
            "sanctions": "SANCTION", "troops": "MOBILIZE", "protest": "PROTEST", "accused": "ACCUSE",
            "threat": "THREATEN", "aid": "AID", "withdraw": "RETREAT"}  # fmt: skip
_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})*")
_AMOUNT = re.compile(r"\b(\d[\d,]*) ([a-z]+)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUOTE = re.compile(r"[“\"][^”\"]{20,400}[”\"]")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_WORD = re.compile(r"\b[a-z]{4,}\b")


def dev_articles(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def variant(record: dict[str, object], copy: int) -> dict[str, object]:
    """Copy number `copy` of an article: every third lowercase word altered, years shifted, a new id."""
    if copy == 0:
        return record
    text = str(record["text"])
    counter = iter(range(1 << 30))
    ending = "".join(ENDINGS[int(digit)] for digit in str(copy))  # one ending per copy number
    text = _WORD.sub(lambda m: m.group(0) + ending if next(counter) % 3 == 0 else m.group(0), text)
    out = dict(record)
    out.update(text=text, id=f"{record['id']}~{copy}", title=f"{record.get('title') or ''} ({copy})")
    published = record.get("published")
    if isinstance(published, str) and len(published) >= 10:
        day = date.fromisoformat(published[:10])
        out["published"] = day.replace(year=min(day.year + copy % 7, 2030)).isoformat()
    return out


def variants(path: Path, count: int) -> Iterator[dict[str, object]]:
    """`count` articles: the dev corpus, then altered copies of it, streamed."""
    base = dev_articles(path)
    for n in range(count):
        yield variant(base[n % len(base)], n // len(base))


def write_jsonl(records: Iterator[dict[str, object]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def extraction(record: dict[str, object]) -> Extraction:
    """A stand-in extraction with one body section, regex sentences and `facts()`."""
    text = str(record["text"])
    published = record.get("published")
    day = date.fromisoformat(published[:10]) if isinstance(published, str) and len(published) >= 10 else None
    article = Article(article_id(text), title=str(record.get("title")), published=day, source=str(record["id"])[:12])
    sentences = [Sentence(m.start(), m.end(), "body") for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    x = Extraction(article, text, [Section("body", 0, len(text))], sentences)
    facts(x)
    return x


def facts(x: Extraction) -> None:
    """Cheap regex stand-ins for the extractors' facts (entities, times, quantities, quotes, events)."""
    text = x.text
    by_name: dict[str, Entity] = {}
    for m in _NAME.finditer(text):
        name = m.group(0)
        e = by_name.get(name)
        if e is None and len(by_name) < 25:
            kind = "country" if name in COUNTRIES else ("person" if " " in name else "organization")
            e = by_name[name] = Entity(f"E{len(by_name) + 1}", kind, name, COUNTRIES.get(name))
        if e is not None:
            e.mentions.append(Mention(m.start(), m.end(), name))
    x.entities = list(by_name.values())
    countries = [e.id for e in x.entities if e.kind == "country"]
    for m in _YEAR.finditer(text):
        n = len(x.times) + 1
        role = "deadline" if n % 5 == 0 else "point"
        x.times.append(Time(f"T{n}", m.start(), m.end(), m.group(0), "DATE", m.group(0), role=role,
                            until=f"{m.group(0)}-12-31" if role == "deadline" else None))  # fmt: skip
    for m in _AMOUNT.finditer(text):
        value = float(m.group(1).replace(",", "") or 0)
        category = CATEGORIES.get(m.group(2), "other")
        x.quantities.append(
            Quantity(f"Q{len(x.quantities) + 1}", m.start(), m.end(), m.group(0), value, unit=m.group(2),
                     category=category, holder=countries[0] if countries else None,
                     location=countries[1] if len(countries) > 1 else None)
        )  # fmt: skip
    speaker = next((e for e in x.entities if e.kind == "person"), None)
    for m in _QUOTE.finditer(text):
        x.quotes.append(
            Quote(f"U{len(x.quotes) + 1}", m.start(), m.end(), m.group(0), "direct",
                  Speaker(speaker.id, speaker.name, speaker.mentions[0].start, speaker.mentions[0].end)
                  if speaker else None, Cue("said", m.end(), m.end()))
        )  # fmt: skip
    _events(x, countries)


def _events(x: Extraction, countries: list[str]) -> None:
    for s in x.sentences:
        sentence = x.text[s.start : s.end]
        kind = next((t for w, t in TRIGGERS.items() if w in sentence), None)
        if kind is None:
            continue
        inside = [e.id for e in x.entities if any(s.start <= m.start < s.end for m in e.mentions)]
        x.events.append(
            Event(f"V{len(x.events) + 1}", kind, Evidence(s.start, s.end, sentence), actors=inside[:2],
                  targets=inside[2:3], location=countries[0] if countries else None,
                  quantities=[q.id for q in x.quantities if s.start <= q.start < s.end])
        )  # fmt: skip
