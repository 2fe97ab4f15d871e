"""Score quotes and speakers against sitrep's own hand-made gold on real news (`data/gold/news_quotes.jsonl`, made
under `docs/quote-guidelines.md` on the articles of `news_events.jsonl`, read from `../shared/data/news/dev.jsonl`).

The gold is split like the events gold into a `tune` half, which rules may be developed against, and a `check` half,
which is only measured. A predicted quote matches a gold quote when their characters overlap. Per half:
- quotes: precision (predicted quotes of any kind that overlap a gold quote) and recall (gold quotes of any kind,
  direct, partial or indirect, that a prediction overlaps);
- direct quotes: recall of the gold direct quotes, precision of the predictions of kind `direct`;
- speaker right (found direct quotes): of the gold direct quotes that have a speaker and are found, those whose
  best-overlapping prediction names that speaker: the predicted speaker's entity, its mentions or its words match
  the gold name (or a described speaker's words or organisation), or the predicted speaker span overlaps the gold
  mention. No speaker, or a pronoun that resolved to no one, is not right;
- wrong speaker (found direct quotes; lower is better): those whose prediction names someone else — worse than none;
- speaker right and wrong speaker on every found quote, of any kind."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.data_files import load_toml
from sitrep.eval import Row, news_gold
from sitrep.record import Entity, Extraction, Quote

GOLD_FILE = "gold/news_quotes.jsonl"
_WORD = re.compile(r"[\w']+")
_SPEECH = load_toml("speech.toml")


@dataclass(slots=True)
class Tally:
    """Counts for one half."""

    gold: int = 0
    predicted: int = 0
    gold_found: int = 0
    predicted_right: int = 0
    direct_gold: int = 0
    direct_found: int = 0
    direct_predicted: int = 0
    direct_predicted_right: int = 0
    direct_speakers: int = 0
    direct_speakers_right: int = 0
    direct_speakers_wrong: int = 0
    speakers: int = 0
    speakers_right: int = 0
    speakers_wrong: int = 0


def load_gold() -> list[dict[str, Any]]:
    """The gold articles (each with its half and quotes)."""
    return news_gold.load(GOLD_FILE)


def _honorifics() -> frozenset[str]:
    """Titles left out when names are compared ("Mr Straw" names "Jack Straw")."""
    speech = _SPEECH
    gender = speech["gender"]
    words = [*speech["titles"], *gender["male_titles"], *gender["female_titles"]]
    return frozenset(w.lower().rstrip(".") for w in words)


_HONORIFICS = _honorifics()


def _norm(text: str) -> str:
    words = _WORD.findall(text.lower().replace("’", "'").replace("'s ", " "))
    kept = [w for w in words if w not in _HONORIFICS and w not in ("the", "a", "an")]
    return " ".join(kept)


def _name_match(names: set[str], wanted: list[str]) -> bool:
    for want in map(_norm, wanted):
        if not want:
            continue
        for name in names:
            if name and (name == want or f" {want} " in f" {name} " or f" {name} " in f" {want} "):
                return True
    return False


def _predicted_names(quote: Quote, entities: dict[str, Entity]) -> set[str]:
    """Every way the prediction names its speaker: the entity, its mentions, its affiliation, the words."""
    speaker = quote.speaker
    if speaker is None:
        return set()
    names = {_norm(speaker.text)}
    entity = entities.get(speaker.entity) if speaker.entity else None
    if entity is not None:
        names |= {_norm(entity.name), *(_norm(m.text) for m in entity.mentions)}
        affiliation = entity.attributes.get("affiliation")
        if isinstance(affiliation, str) and affiliation in entities:
            names.add(_norm(entities[affiliation].name))
    return names - {""}


def _wanted(gold: dict[str, Any]) -> list[str]:
    if "name" in gold:
        return [n.strip() for n in gold["name"].split("|")]
    wanted = [gold["described"]]
    if gold.get("organisation"):
        wanted += [n.strip() for n in gold["organisation"].split("|")]
    return wanted


def speaker_verdict(quote: Quote, gold: dict[str, Any] | None, entities: dict[str, Entity]) -> str:
    """'right', 'wrong' (someone else named) or 'none' (no speaker, or a pronoun resolved to no one)."""
    speaker = quote.speaker
    if speaker is None or gold is None:
        return "none"
    if speaker.start < gold["end"] and gold["start"] < speaker.end:
        return "right"
    names = _predicted_names(quote, entities)
    if _name_match(names, _wanted(gold)):
        return "right"
    return "wrong" if speaker.entity is not None or _names_someone(speaker.text) else "none"


_UNNAMED = frozenset([*_SPEECH["pronouns"], *_SPEECH["determiners"]])


def _names_someone(text: str) -> bool:
    """Whether speaker words name someone: a capitalized word past the leading determiners ("the Pentagon's
    spokesman" does, "The former cabinet secretary" and "he" do not)."""
    words = text.split()
    while words and words[0].lower() in _UNNAMED:
        words = words[1:]
    return any(w[:1].isupper() for w in words)


def _overlap(a: Quote, g: dict[str, Any]) -> int:
    start: int = g["start"]
    end: int = g["end"]
    return max(0, min(a.end, end) - max(a.start, start))


def score_article(gold: dict[str, Any], x: Extraction, t: Tally) -> None:
    """Add one article's counts to `t`."""
    entities = {e.id: e for e in x.entities}
    quotes = x.quotes
    golds: list[dict[str, Any]] = gold["quotes"]
    t.gold += len(golds)
    t.predicted += len(quotes)
    t.predicted_right += sum(any(_overlap(q, g) for g in golds) for q in quotes)
    direct = [q for q in quotes if q.kind == "direct"]
    t.direct_predicted += len(direct)
    t.direct_predicted_right += sum(any(_overlap(q, g) for g in golds) for q in direct)
    for g in golds:
        is_direct = g["kind"] == "direct"
        t.direct_gold += is_direct
        hits = [(_overlap(q, g), n) for n, q in enumerate(quotes) if _overlap(q, g)]
        if not hits:
            continue
        t.gold_found += 1
        t.direct_found += is_direct
        if g["speaker"] is None:
            continue
        verdict = speaker_verdict(quotes[max(hits)[1]], g["speaker"], entities)
        t.speakers += 1
        t.speakers_right += verdict == "right"
        t.speakers_wrong += verdict == "wrong"
        if is_direct:
            t.direct_speakers += 1
            t.direct_speakers_right += verdict == "right"
            t.direct_speakers_wrong += verdict == "wrong"


def _share(n: int, d: int) -> float:
    return n / d if d else 0.0


def rows_for(half: str, t: Tally) -> list[Row]:
    dataset = f"news quotes ({half})"
    p = _share(t.predicted_right, t.predicted)
    r = _share(t.gold_found, t.gold)
    f = 2 * p * r / (p + r) if p + r else 0.0
    dp = _share(t.direct_predicted_right, t.direct_predicted)
    dr = _share(t.direct_found, t.direct_gold)
    df = 2 * dp * dr / (dp + dr) if dp + dr else 0.0
    return [
        Row(dataset, "quotes (any kind, overlap)", p, r, f, support=t.gold),
        Row(dataset, "direct quotes (overlap)", dp, dr, df, support=t.direct_gold),
        Row(dataset, "speaker right (found direct quotes)", None, None,
            _share(t.direct_speakers_right, t.direct_speakers), support=t.direct_speakers),
        Row(dataset, "wrong speaker (found direct quotes; lower is better)", None, None,
            _share(t.direct_speakers_wrong, t.direct_speakers), support=t.direct_speakers),
        Row(dataset, "speaker right (found quotes)", None, None, _share(t.speakers_right, t.speakers),
            support=t.speakers),
        Row(dataset, "wrong speaker (found quotes; lower is better)", None, None,
            _share(t.speakers_wrong, t.speakers), support=t.speakers),
    ]  # fmt: skip


def score(shared: Path, limit: int | None = None) -> list[Row]:
    return news_gold.scored(shared, load_gold(), limit, score_article, Tally, rows_for)
