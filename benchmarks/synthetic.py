"""Benchmark corpora: the dev corpus repeated with small changes, and stand-in facts for a store benchmark.

`variants()` rewrites each copy enough that it is neither an exact nor a near duplicate (every third
lowercase word gets a copy-specific ending, numbers and dates shift), so every copy is stored in full.
`facts()` fills an extraction's fact lists with cheap regex guesses so view timings see realistic row
counts even where the extractor components are not installed; its output is not meant to be right.
`build_store()` stores made-up articles instead (a headline, fact sentences with exact spans and Faker filler
each), without running extraction, for the web benchmark."""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from sitrep.record import (
    EVENT_TYPES,
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
from sitrep.store.db import open_writer
from sitrep.store.ingest import ingest_extractions

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


# -- made-up articles (the web benchmark's store) ------------------------------------------------------------

PLACES = [("Iraq", "IQ", 33.0, 44.0), ("Syria", "SY", 35.0, 38.0), ("Ukraine", "UA", 49.0, 32.0),
          ("Sudan", "SD", 15.0, 30.0), ("Mali", "ML", 17.0, -4.0), ("Somalia", "SO", 10.0, 49.0),
          ("Yemen", "YE", 15.0, 48.0), ("Niger", "NE", 16.0, 8.0), ("Libya", "LY", 25.0, 17.0),
          ("Lebanon", "LB", 33.8, 35.8), ("Kosovo", "XK", 42.6, 20.9), ("Haiti", "HT", 19.0, -72.4)]  # fmt: skip
HOLDERS = [("United States", "US", 38.0, -97.0), ("France", "FR", 46.0, 2.0), ("Turkey", "TR", 39.0, 35.0),
           ("United Kingdom", "GB", 54.0, -2.0)]  # fmt: skip
MODALITIES = ("asserted", "asserted", "asserted", "reported", "planned", "possible", "negated")


def made_up(n: int, fake: Faker, rng: random.Random) -> Extraction:
    """One made-up article whose facts carry exact spans."""
    holder, place = rng.choice(HOLDERS), rng.choice(PLACES)
    person = fake.name()
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(2400))
    due = day + timedelta(days=rng.randrange(30, 900))
    troops = rng.choice((500, 900, 1200, 2000, 2500, 3000)) + rng.randrange(0, 5) * 100
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}

    def add(text: str, **marks: str) -> None:
        at = sum(len(p) + 1 for p in parts)
        for key, needle in marks.items():
            start = at + text.index(needle)
            spans[key] = (start, start + len(needle))
        parts.append(text)

    add(f"{holder[0]} to keep {troops} troops in {place[0]} ({n})")
    add(f"{holder[0]} will keep {troops} troops in {place[0]} until {due:%B %Y}, officials said.",
        h=holder[0], q=f"{troops} troops", l=place[0], t=f"until {due:%B %Y}", v=f"will keep {troops} troops")
    add(f'"{fake.sentence(nb_words=9)}" said {person}, a spokesperson.', s=person, c="said")
    spans["u"] = (spans["s"][0] - len(parts[-1].split(" said ")[0]) - 1, spans["s"][0] - 6)
    add(" ".join(fake.paragraphs(nb=3)))
    text = "\n".join(parts)
    x = Extraction(Article(article_id(text), title=parts[0], published=day, source=rng.choice(("Wire A", "Wire B",
                   "Wire C", "Daily D"))), text)  # fmt: skip
    x.sections = [Section("headline", 0, len(parts[0])), Section("body", len(parts[0]) + 1, len(text))]
    at = 0
    for p in parts:
        x.sentences.append(Sentence(at, at + len(p), "headline" if at == 0 else "body"))
        at += len(p) + 1
    _facts(x, text, spans, holder, place, person, due, troops, rng)
    return x


Place = tuple[str, str, float, float]


def _facts(
    x: Extraction, text: str, spans: dict[str, tuple[int, int]], holder: Place, place: Place, person: str, due: date,
    troops: int, rng: random.Random,
) -> None:  # fmt: skip
    def m(key: str) -> Mention:
        return Mention(*spans[key], text[slice(*spans[key])])

    x.entities = [Entity("E1", "country", holder[0], holder[1], holder[2], holder[3], mentions=[m("h")]),
                  Entity("E2", "country", place[0], place[1], place[2], place[3], mentions=[m("l")]),
                  Entity("E3", "person", person, mentions=[m("s")])]  # fmt: skip
    until = due.replace(day=28) + timedelta(days=4)
    until -= timedelta(days=until.day)
    x.times = [Time("T1", *spans["t"], text[slice(*spans["t"])], "DATE", f"{due:%Y-%m}", until=until.isoformat(),
                    role="deadline")]  # fmt: skip
    x.quantities = [Quantity("Q1", *spans["q"], text[slice(*spans["q"])], float(troops), unit="troop",
                             category="personnel", holder="E1", location="E2", time="T1")]  # fmt: skip
    x.quotes = [Quote("U1", *spans["u"], text[slice(*spans["u"])], "direct", Speaker("E3", person, *spans["s"]),
                      Cue("said", *spans["c"]))]  # fmt: skip
    x.events = [Event("V1", rng.choice(EVENT_TYPES), Evidence(*spans["v"], text[slice(*spans["v"])]), actors=["E1"],
                      location="E2", time="T1", quantities=["Q1"], modality=rng.choice(MODALITIES))]  # fmt: skip


def build_store(path: Path, count: int) -> None:
    """A store of `count` made-up articles at `path`, in batches of 1,000 (for the web benchmark)."""
    fake, rng = Faker(), random.Random(7)
    Faker.seed(7)
    conn = open_writer(path)
    try:
        batch: list[tuple[str, Extraction]] = []
        for n in range(count):
            batch.append((f"synthetic-{n}", made_up(n, fake, rng)))
            if len(batch) == 1000:
                ingest_extractions(conn, batch)
                batch = []
                print(f"  built {n + 1:,} articles", file=sys.stderr)
        ingest_extractions(conn, batch)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
