"""Sports teams named after places: in a report about sport, "Leicester beat Bristol" names two clubs, not two
cities, while "the match in Cardiff" still names the city. Countries stay countries (a national side is written
as its country) and so do US states and directional regions.

The words that decide are in `data/entities/patterns.toml` [teams]."""

from __future__ import annotations

from functools import cache

from sitrep.components.entities.lexicon import RANK_CITY, patterns
from sitrep.components.entities.scan import Candidate, Tokens


def teams_in_sport(toks: Tokens, chosen: list[Candidate]) -> None:
    """In a sports report, turn each city or region used as a team (not after "in", "at" …, not a venue heading,
    not a dateline) into an organization."""
    if not is_sports(toks):
        return
    words = _words()
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.form != "name" or cand.rank > RANK_CITY:
            continue
        i = toks.starting_at(cand.start)
        if i is None or _placed(toks, i, cand, words["place_before"]):
            continue
        cand.kind, cand.key = "organization", f"organization:team:{cand.name.lower()}"
        cand.lat = cand.lon = None
        cand.attrs["category"] = "team"


def is_sports(toks: Tokens) -> bool:
    """Whether the text reads as a sports report: enough distinct sports words ("innings", "striker", "halftime")."""
    cues = _words()["cues"]
    found = {w.lower() for w in toks.positions if w.lower() in cues}
    return len(found) >= int(patterns()["teams"]["min_cues"])


def _placed(toks: Tokens, i: int, cand: Candidate, before: frozenset[str]) -> bool:
    """A location use: after a place word, a heading "<venue> :", a dateline "LONDON 1996-08-30", or followed by
    ", <name>" ("Headingley, Leeds")."""
    prev = toks.texts[i - 1].lower() if i > 0 else ""
    if prev in before:
        return True
    j = i
    while j < toks.n and toks.starts[j] < cand.end:
        j += 1
    nxt = toks.texts[j] if j < toks.n else ""
    line_start = i == 0 or not toks.adjacent(i)
    if line_start and nxt in (":", "("):
        return True
    if line_start and nxt[:1].isdigit() and toks.text[cand.start : cand.end].isupper():
        return True
    return _in_venue(toks, i, before)


def _in_venue(toks: Tokens, i: int, before: frozenset[str]) -> bool:
    """Inside "( at Headingley , Leeds )": a venue in brackets."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if toks.texts[k] in (")", ".") or not toks.adjacent(k + 1):
            return False
        if toks.texts[k] == "(":
            return k + 1 < i and toks.texts[k + 1].lower() in before
    return False


@cache
def _words() -> dict[str, frozenset[str]]:
    conf = patterns()["teams"]
    return {"cues": frozenset(conf["cues"]), "place_before": frozenset(conf["place_before"])}
