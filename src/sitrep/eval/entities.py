"""Score entity mentions against CoNLL-2003 (eng.testa) and MEANTIME (NAM mentions): span F1 per type.

The SPEC's kinds map to the gold types: person → PER, organization and group → ORG, country and place → LOC.
Equipment, demonyms ("American", MISC in CoNLL) and mentions nested inside another mention are left out.
Text is rebuilt from the gold tokens (one space between tokens, one line per sentence) so spans align."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from sitrep.components.entities.lexicon import gazetteer
from sitrep.eval import EvalError, Row, prf
from sitrep.pipeline import extract, get_nlp

TYPES = ("PER", "ORG", "LOC")
KIND_TO_TYPE = {"person": "PER", "organization": "ORG", "group": "ORG", "country": "LOC", "place": "LOC"}
Span = tuple[int, int, str]


@dataclass(slots=True)
class GoldDoc:
    """Rebuilt text and its gold (start, end, type) spans."""

    text: str
    spans: set[Span] = field(default_factory=set)


def score(shared: Path, limit: int | None = None) -> list[Row]:
    rows = _seed_rows(shared / "seed")
    rows += _rows("conll2003 eng.testa", list(_conll(shared / "data" / "conll2003" / "eng.testa", limit)))
    meantime = shared / "data" / "meantime_en"
    if meantime.is_dir():
        docs = list(_meantime(meantime, limit))
        rows += _rows("meantime_en", docs)
        rows.append(_overlap_row("meantime_en", docs))
    return rows


def expected_entities(markdown: str) -> list[tuple[str, str, str | None]]:
    """(kind, name, code) for each entity the seed's `expected.md` lists under "## Entities"."""
    block = " ".join(markdown.split("## Entities", 1)[-1].split("\n## ", 1)[0].splitlines()[1:])
    found: list[tuple[str, str, str | None]] = []
    for group in _top_level(block, ";"):
        head, _, rest = group.partition(":")
        kind = _SEED_KINDS.get(head.strip().lower())
        items = rest if kind else group
        for item in _top_level(items, ","):
            found.extend(_seed_item(kind or "country", item))
    return found


def _seed_item(kind: str, item: str) -> list[tuple[str, str, str | None]]:
    bare = re.sub(r"\([^)]*\)", "", item).strip().rstrip(".")
    note = re.search(r"\(([^)]*)\)", item)
    code = re.match(r"(?:country, )?([A-Z]{2})\b", note.group(1)) if note and kind == "country" else None
    names = [n.strip() for n in re.split(r" and ", bare) if n.strip()]
    return [(kind, n, code.group(1) if code else None) for n in names if n[:1].isalpha()]


def _top_level(text: str, sep: str) -> list[str]:
    """Split on `sep` outside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == sep and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [p for p in [*parts, current] if p.strip()]


_SEED_KINDS = {"places": "place", "organizations": "organization", "groups": "group", "persons": "person",
               "equipment": "equipment", "countries": "country"}  # fmt: skip


def _seed_rows(seed: Path) -> list[Row]:
    """Seed entities: expected (kind, canonical name, code) found among the extracted entities."""
    try:
        text = (seed / "article.txt").read_text(encoding="utf-8")
        markdown = (seed / "expected.md").read_text(encoding="utf-8")
    except OSError:
        return []
    expected = expected_entities(markdown)
    got = {(e.kind, e.name.lower()): e.code for e in extract(text).entities}
    right = sum((kind, name.lower()) in got and (code is None or got[(kind, name.lower())] == code)
                for kind, name, code in expected)  # fmt: skip
    return [Row("seed", "entities (kind, name, code)", None, None, right / len(expected) if expected else 0.0,
                support=len(expected))]  # fmt: skip


def predict(text: str) -> set[Span]:
    """Predicted (start, end, type) mentions for one rebuilt text."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.sections = []
    for name in ("sitrep_sentences", "sitrep_entities"):
        doc = nlp.get_pipe(name)(doc)
    return _mention_spans(doc)


def _mention_spans(doc: Doc) -> set[Span]:
    """Mentions that are proper names (the gold data marks names only): no demonyms, no "Iraqi government",
    and where one mention holds another, the outer one."""
    gaz = gazetteer()
    found: list[Span] = []
    for entity in doc._.entities:
        kind = KIND_TO_TYPE.get(entity.kind, "")
        for m in entity.mentions if kind else ():
            entry = gaz.lookup(m.text)
            if (entry is None or entry.form != "demonym") and is_proper_name(m.text):
                found.append((m.start, m.end, kind))
    found.sort(key=lambda s: (s[0], -s[1]))
    kept: list[Span] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return set(kept)


def is_proper_name(text: str) -> bool:
    """Every word capitalized (or a number, or a connector such as "of"): "Ministry of Defense" yes,
    "northern Iraq" and "Israeli security forces" no."""
    return all(w[:1].isupper() or w[:1].isdigit() or w in _CONNECTORS for w in text.replace("-", " ").split())


_CONNECTORS = frozenset(["of", "and", "the", "for", "de", "del", "da", "di", "du", "van", "von", "der", "al", "el",
                         "bin", "ibn", "la", "le", "&", "'s", "on", "in", "y"])  # fmt: skip


def _rows(dataset: str, docs: list[GoldDoc]) -> list[Row]:
    counts = {t: [0, 0, 0] for t in TYPES}
    for doc in docs:
        pred = predict(doc.text)
        for t in TYPES:
            gold_t = {s for s in doc.spans if s[2] == t}
            pred_t = {s for s in pred if s[2] == t}
            counts[t][0] += len(gold_t & pred_t)
            counts[t][1] += len(pred_t)
            counts[t][2] += len(gold_t)
    rows = [Row(dataset, f"{t} span F1", *prf(*counts[t]), support=counts[t][2]) for t in TYPES]
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    rows.append(Row(dataset, "overall span F1", *prf(*total), support=total[2]))
    return rows


def _overlap_row(dataset: str, docs: list[GoldDoc]) -> Row:
    """Lenient: a gold mention counts as found when a predicted one of its type overlaps it."""
    tp_gold = tp_pred = n_pred = n_gold = 0
    for doc in docs:
        pred = predict(doc.text)
        n_pred, n_gold = n_pred + len(pred), n_gold + len(doc.spans)
        tp_gold += sum(any(_overlaps(g, p) for p in pred) for g in doc.spans)
        tp_pred += sum(any(_overlaps(g, p) for g in doc.spans) for p in pred)
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return Row(dataset, "overall overlap F1", p, r, 2 * p * r / (p + r) if p + r else 0.0, support=n_gold)


def _overlaps(a: Span, b: Span) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


def _conll(path: Path, limit: int | None) -> Iterator[GoldDoc]:
    """Documents of a CoNLL-2003 file, IOB1 tags turned into char spans."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise EvalError(f"cannot read {path}: {e}") from e
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    count = 0
    for line in [*lines, "-DOCSTART- -X- -X- O"]:
        if line.startswith("-DOCSTART-"):
            sentences += [current] if current else []
            if sentences:
                yield _conll_doc(sentences)
                count += 1
                if limit is not None and count >= limit:
                    return
            sentences, current = [], []
        elif not line.strip():
            sentences += [current] if current else []
            current = []
        else:
            parts = line.split()
            current.append((parts[0], parts[-1]))


def _conll_doc(sentences: list[list[tuple[str, str]]]) -> GoldDoc:
    text_parts: list[str] = []
    doc = GoldDoc("")
    offset = 0
    for sentence in sentences:
        open_span: list[int | str] | None = None
        for i, (word, tag) in enumerate(sentence):
            start = offset
            text_parts.append(word + (" " if i < len(sentence) - 1 else "\n"))
            offset += len(word) + 1
            kind = tag[2:] if tag != "O" else ""
            if open_span is not None and (not kind or tag.startswith("B-") or kind != open_span[2]):
                _close(doc, open_span)
                open_span = None
            if kind and open_span is None:
                open_span = [start, start + len(word), kind]
            elif kind and open_span is not None:
                open_span[1] = start + len(word)
        if open_span is not None:
            _close(doc, open_span)
    doc.text = "".join(text_parts)
    return doc


def _close(doc: GoldDoc, span: list[int | str]) -> None:
    if span[2] in TYPES:
        doc.spans.add((int(span[0]), int(span[1]), str(span[2])))


def _meantime(folder: Path, limit: int | None) -> Iterator[GoldDoc]:
    files = sorted(folder.glob("corpus_*/*.xml"))
    for path in files[:limit] if limit else files:
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as e:
            raise EvalError(f"cannot read {path}: {e}") from e
        yield _meantime_doc(root)


def _meantime_doc(root: ET.Element) -> GoldDoc:
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    offset, last_sentence = 0, None
    for token in root.iter("token"):
        sentence = token.get("sentence")
        if parts and sentence != last_sentence:
            parts[-1] = "\n"
        word = token.text or ""
        spans[token.get("t_id", "")] = (offset, offset + len(word))
        parts += [word, " "]
        offset += len(word) + 1
        last_sentence = sentence
    doc = GoldDoc("".join(parts))
    types = {e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY")}
    refers: dict[str, str] = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        for source in rel.findall("source"):
            if target is not None:
                refers[source.get("m_id", "")] = types.get(target.get("m_id"), "") or ""
    for mention in root.iter("ENTITY_MENTION"):
        kind = refers.get(mention.get("m_id", ""), "")
        anchors = [spans[a.get("t_id", "")] for a in mention.findall("token_anchor") if a.get("t_id") in spans]
        if kind in TYPES and anchors and mention.get("syntactic_type") in ("NAM", "PRE.NAM"):
            doc.spans.add((anchors[0][0], anchors[-1][1], kind))
    return doc
