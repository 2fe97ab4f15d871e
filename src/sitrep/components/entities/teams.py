"""Sports teams named after places: in a report about sport, "Leicester beat Bristol" names two clubs, not two
cities, while "the match in Cardiff" still names the city. Countries stay countries (a national side is written
as its country) and so do US states and directional regions.

The words that decide are in `data/entities/patterns.toml` [teams]."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from sitrep.components.entities.lexicon import RANK_CITY, Gazetteer, common_words, first_names, last_names, patterns
from sitrep.components.entities.names import RANK_GUESS, result_line
from sitrep.components.entities.scan import Candidate, Tokens, longest_at

RANK_TEAM = 2


def teams_in_sport(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """In a sports report, turn each city or region used as a team (not after "in", "at" …, not a venue heading,
    not a dateline) into an organization; so too a direction before a place ("Eastern Michigan routs Northern
    Illinois", "Western Province"), whose inner place then goes. A town named like a sport ("RUGBY") is the sport,
    and a name ending in a competition's word ("the National League") names no organization."""
    if not is_sports(toks):
        return chosen
    words = _words()
    surnames = {c.name.rsplit(" ", 1)[-1].lower() for c in chosen if c.kind == "person"}
    teams: list[Candidate] = []
    for cand in chosen:
        if cand.kind != "place" or cand.inner or cand.form != "name":
            continue
        if not _schedule_side(toks, cand):
            if cand.rank > RANK_CITY and not _side_name(cand) and not _beside_result_word(toks, cand):
                continue
            if (name := toks.text[cand.start : cand.end].lower()) in surnames or name in _not_teams():
                continue  # "Lentini" after "Gianluigi Lentini": the player, found later by his surname
            i = toks.starting_at(cand.start)
            if i is None or _placed(toks, i, cand, words["place_before"]):
                continue
        cand.kind, cand.key = "organization", f"organization:team:{cand.name.lower()}"
        cand.lat = cand.lon = None
        cand.attrs["category"] = "team"
        cand.refs.pop("within", None)
        cand.refs.pop("country", None)
        teams.append(cand)
    inside = [(t.start, t.end) for t in teams if " " in t.name]
    return [c for c in chosen if not (c.inner and any(a <= c.start and c.end <= b for a, b in inside))
            and not (c.kind == "place" and toks.text[c.start : c.end].lower() in _not_teams())  # "RUGBY UNION"
            and not _competition(toks, c)]


def _schedule_side(toks: Tokens, cand: Candidate) -> bool:
    """The first name of a schedule's line "Seattle at Boston" (and nothing else) is the visiting side, a state's
    name too ("TEXAS AT KANSAS CITY"); the name after "at" is where they play, as after "at" anywhere."""
    i = toks.starting_at(cand.start)
    if i is None:
        return False
    words = [k for k in range(*_line_range(toks, toks.line[i])) if not toks.space[k]]
    at = [n for n, k in enumerate(words) if toks.texts[k] in _AWAY_AT]
    if len(at) != 1 or not 0 < at[0] < len(words) - 1:
        return False
    if not all(toks.is_cap(k) for n, k in enumerate(words) if n != at[0]):
        return False
    return (cand.start, cand.end) == (toks.starts[words[0]], toks.ends[words[at[0] - 1]])


_AWAY_AT = frozenset(patterns()["teams"]["away_at"])


def _competition(toks: Tokens, cand: Candidate) -> bool:
    """ "the National League", "Super League": an organization name ending in a competition's word."""
    text = toks.text[cand.start : cand.end]
    return cand.kind == "organization" and " " in text and text.rsplit(" ", 1)[-1] in _competition_words()


@cache
def _competition_words() -> frozenset[str]:
    return frozenset(patterns()["teams"]["competition_words"])


def _beside_result_word(toks: Tokens, cand: Candidate) -> bool:
    """ "Leeds v Wimbledon", "Newcastle beat Derby": a place named right before a result word, or right after one
    that takes a side after it, is a side even when it is a large city or region."""
    i = toks.starting_at(cand.start)
    j = toks.starting_at(toks.text.find(" ", cand.end - 1) + 1) if cand.end < len(toks.text) else None
    words = _words()
    before = i is not None and i > 0 and toks.adjacent(i) and toks.texts[i - 1] in words["result_before"]
    after = j is not None and toks.starts[j] == cand.end + 1 and toks.texts[j] in words["result_verbs"]
    return before or after


def _side_name(cand: Candidate) -> bool:
    """A capitalized direction before a place, the name of a side ("Eastern Michigan", "Northern Transvaal"; not
    "the north London club")."""
    first = cand.name.split(" ", 1)[0]
    return ("within" in cand.refs or "country" in cand.refs) and first.lower() in _directions() and first.istitle()


@cache
def _directions() -> frozenset[str]:
    return frozenset(patterns()["places"]["directions"])


def is_sports(toks: Tokens) -> bool:
    """Whether the text reads as a sports report: enough distinct sports words ("innings", "striker", "halftime"),
    several results lines, or a list of fixtures ("Bury v Hull , Crewe v Luton"). Read once per text (three rules
    ask)."""
    if toks.sports is None:
        toks.sports = _reads_as_sports(toks)
    return toks.sports


def _reads_as_sports(toks: Tokens) -> bool:
    cues = _words()["cues"]
    found = {w.lower() for w in toks.positions if w.lower() in cues}
    return len(found) >= int(patterns()["teams"]["min_cues"]) or _results_table(toks) or _fixtures(toks)


def _fixtures(toks: Tokens) -> bool:
    """Several pairings "<Name> v <Name>", or "<date> v <Name>" in a tour's itinerary ("May 17 v Northampton"): a
    court case is written so once ("Roe v Wade"), a fixture list often."""
    count = 0
    for i in toks.where(_PAIRING):
        before = toks.is_cap(i - 1) or _DAYS.match(toks.texts[i - 1]) is not None if i > 0 else False
        if before and i + 1 < toks.n and toks.is_cap(toks.next_word(i + 1)):
            count += 1
    return count >= _MIN_FIXTURES


_PAIRING = frozenset(["v", "vs", "vs."])
_DAYS = re.compile(r"^\d{1,2}(?:-\d{1,2})?$")  # "17", "27-29": the day or days of a match
_MIN_FIXTURES = 3


def _results_table(toks: Tokens) -> bool:
    """A text with several results lines ("Bolton 3 Norwich 1") is a sports report whatever its words."""
    lines: dict[int, tuple[int, int] | None] = {}
    count = 0
    for number in sorted(set(toks.line)):
        lo = bisect_left(toks.line, number)
        if lo < toks.n and result_line(toks, toks.starts[lo], lines) is not None:
            count += 1
            if count >= _MIN_RESULT_LINES:
                return True
    return False


_MIN_RESULT_LINES = 3


def _placed(toks: Tokens, i: int, cand: Candidate, before: frozenset[str]) -> bool:
    """A location use: after a place word (but not a score right after it: "crushed at Carolina 49-15" is the
    away side), a heading "<venue> :", a dateline "LONDON 1996-08-30" or "TEMPE, Ariz. —", or followed by
    ", <name>" ("Headingley, Leeds")."""
    j = i
    while j < toks.n and toks.starts[j] < cand.end:
        j += 1
    prev = toks.texts[i - 1].lower() if i > 0 else ""
    if prev in before:
        return not _score_at(toks, j)
    nxt = toks.texts[j] if j < toks.n else ""
    line_start = i == 0 or not toks.adjacent(i)
    if line_start and (nxt in (":", "(") or (nxt == "," and toks.text[cand.start : cand.end].isupper())):
        return True
    if line_start and nxt[:1].isdigit() and toks.text[cand.start : cand.end].isupper():
        return True
    return _in_venue(toks, i, before)


def _score_at(toks: Tokens, j: int) -> bool:
    """Tokens from j read as a score: "49-15", "3 - 1"."""
    if j + 2 >= toks.n or not toks.adjacent(j) or toks.texts[j + 1] not in ("-", "–"):
        return False
    return toks.texts[j].isdigit() and toks.texts[j + 2].isdigit()


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
    return {name: frozenset(conf[name]) for name in ("cues", "place_before", "result_verbs", "result_before")}


def more_teams(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """In a sports report: names in a results line ("Lotte 6 Hyundai 2"), clubs named with their city ("Dynamo
    Moscow", "Philadelphia Eagles"), and later mentions of a club's name ("the Eagles"). In any text, whole team
    names in results lines."""
    if not is_sports(toks):
        return whole_teams_in_results(toks, chosen)
    taken = bytearray(len(toks.text) + 1)
    for cand in chosen:
        if not cand.inner:
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    people = {w for c in chosen if c.kind == "person" for w in c.name.split()}
    scorers = _scorers(toks, taken)
    for person in scorers:
        taken[person.start : person.end] = b"\x01" * (person.end - person.start)
    found = scorers + _in_result_lines(toks, taken, people) + _clubs(toks, gaz, chosen)
    found += _plural_sides(toks, gaz, chosen, found)
    found += _standings_rows(toks, gaz, chosen, found)
    found += _riders_teams(toks, taken, chosen, found)
    found += _around_results(toks, taken, people, found)
    replaced = {id(c) for t in found for c in chosen if c.start < t.end and t.start < c.end}
    out = [c for c in chosen if id(c) not in replaced] + found
    for team in found:
        taken[team.start : team.end] = b"\x01" * (team.end - team.start)
    out += _again(toks, [c for c in out if c.attrs.get("category") == "team"], taken)
    out = _joined_pieces(toks, sorted(out, key=lambda c: (c.start, -c.end)))
    return whole_teams_in_results(toks, _with_town_letters(toks, out))


def _with_town_letters(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """ "Mladost ( BJ ) 4 0 1 3": a side with the letters of its town in brackets after it, which tell two clubs of
    one name apart, is named with them."""
    grown: list[tuple[int, int]] = []
    for cand in chosen:
        j = toks.tokens_of(cand.start, cand.end)
        if cand.attrs.get("category") != "team" or j is None or j[1] + 2 >= toks.n:
            continue
        k = j[1]
        if toks.texts[k] == "(" and _TOWN_LETTERS.match(toks.texts[k + 1]) and toks.texts[k + 2] == ")" and all(
            toks.adjacent(m) for m in range(k, k + 3)
        ):
            cand.end = toks.ends[k + 2]
            cand.name = toks.span_text(j[0], k + 3)
            cand.key = f"organization:team:{cand.name.lower()}"
            grown.append((cand.start, cand.end))
    if not grown:
        return chosen
    return [c for c in chosen if not any(a <= c.start and c.end <= b and (c.start, c.end) != (a, b) for a, b in grown)]


_TOWN_LETTERS = re.compile(r"^[A-Z]{1,2}$")


def _riders_teams(toks: Tokens, taken: bytearray, chosen: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """ "1. Jan Dekker ( Netherlands ) Kestrel 3:10": in a line of placings, the capitalized name right after a
    competitor's name and country in brackets, before a time, a figure or the line's end, is the competitor's
    team."""
    countries = {c.end: c for c in chosen if c.kind == "country"}
    people = {c.end for c in chosen if c.kind == "person"}
    for team in found:
        taken[team.start : team.end] = b"\x01" * (team.end - team.start)
    teams: list[Candidate] = []
    for k in toks.where(_CLOSING):
        if k < 3 or toks.texts[k - 2] != "(" or toks.ends[k - 1] not in countries:
            continue
        if toks.ends[k - 3] not in people or not all(toks.adjacent(m) for m in range(k - 2, k + 2)):
            continue
        end = k + 1
        while end < toks.n and end - k <= _MAX_TEAM_WORDS and toks.adjacent(end) and _word(toks, end, taken):
            end += 1
        if end > k + 1 and (end >= toks.n or not toks.adjacent(end) or not toks.is_cap(end)):
            teams.append(_team(toks, k + 1, end))
    return teams


_CLOSING = frozenset([")"])


def _joined_pieces(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """ "Bayern Munich", "Ajax Amsterdam": in a sports report, a club and a town (or two clubs), one word each,
    written one right after the other a space apart, are one club."""
    out: list[Candidate] = []
    for cand in chosen:
        span = toks.tokens_of(out[-1].start, cand.end) if out and _one_club(toks, out[-1], cand) else None
        if span is not None:
            out[-1] = _team(toks, *span)
            continue
        out.append(cand)
    return out


def _one_club(toks: Tokens, a: Candidate, b: Candidate) -> bool:
    if a.inner or b.inner or "organization" not in (a.kind, b.kind) or {a.kind, b.kind} - {"organization", "place"}:
        return False
    return b.start == a.end + 1 and toks.text[a.end] == " " and toks.text[a.start : b.end].count(" ") == 1


def whole_teams_in_results(toks: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """In a results or standings line the words between two scores are one team's name, however many rules cut
    it up ("Ajax Amsterdam 1 AZ Alkmaar 0", "Roda JC Kerkrade 3 0 3 0"): pieces with a team among them become one
    team, and so does a name no rule took in a line that holds a team ("Carlisle 0 Hull 0"); never over a named
    person (a golf card lists players) but in a line of two sides and their scores."""
    lines: dict[int, tuple[int, int] | None] = {}
    merged: list[Candidate] = []
    gone: set[int] = set()
    for a, b in _result_segments(toks, chosen, lines):
        inside = [c for c in chosen if not c.inner and c.start < toks.ends[b - 1] and toks.starts[a] < c.end]
        if not _mergeable(toks, a, b, inside):
            continue
        merged.append(_team(toks, a, b))
        gone.update(id(c) for c in inside)
    if not merged:
        return chosen
    out = [c for c in chosen if id(c) not in gone and not (c.inner and _within(c, merged))] + merged
    return sorted(out, key=lambda c: (c.start, -c.end))


def _pairing_line(toks: Tokens, a: int) -> bool:
    """The line of token a reads "<name> <score> <name> <score>" and nothing more ("Aston Villa 2 Derby 0"): two
    sides and their scores, whatever their names look like (a golf card gives a player several scores)."""
    lo, hi = _line_range(toks, toks.line[a])
    words = [w for w in toks.texts[lo:hi] if w.strip() and w != "."]
    scores = [k for k, w in enumerate(words) if _is_score(w)]
    if len(scores) != 2 or scores[1] != len(words) - 1 or scores[0] == 0 or scores[1] - scores[0] < 2:
        return False
    return all(w[:1].isupper() or w in _JOINERS for k, w in enumerate(words) if k not in scores)


def _within(cand: Candidate, teams: list[Candidate]) -> bool:
    return any(t.start <= cand.start and cand.end <= t.end for t in teams)


def _mergeable(toks: Tokens, a: int, b: int, inside: list[Candidate]) -> bool:
    """No person found by a rule stronger than a guess, all pieces inside the run, and not already one team."""
    if any(c.kind == "person" and c.rank > RANK_GUESS for c in inside) and not _pairing_line(toks, a):
        return False
    lo, hi = toks.starts[a], toks.ends[b - 1]
    if any(c.start < lo or c.end > hi for c in inside):
        return False
    return len(inside) != 1 or (inside[0].start, inside[0].end) != (lo, hi) or inside[0].kind != "organization"


def _result_segments(
    toks: Tokens, chosen: list[Candidate], lines: dict[int, tuple[int, int] | None]
) -> list[tuple[int, int]]:
    """Token runs [a, b) of name words, each opening its results line or following a score (or the bracket closing
    a list of scorers), and followed by a score."""
    found: list[tuple[int, int]] = []
    seen: set[int] = set()
    for cand in chosen:
        if cand.kind != "organization":
            continue
        span = result_line(toks, cand.start, lines)
        i = toks.starting_at(cand.start)
        if span is None or i is None or toks.line[i] in seen:
            continue
        seen.add(toks.line[i])
        found += _segments_of_line(toks, toks.line[i])
    return found


def _segments_of_line(toks: Tokens, number: int) -> list[tuple[int, int]]:
    lo, hi = _line_range(toks, number)
    found: list[tuple[int, int]] = []
    i = lo
    if lo < hi and _pairing_line(toks, lo):
        return _pairing_segments(toks, lo, hi)
    while i < hi:
        if not _name_piece(toks, i) or not (i == lo or _is_score(toks.texts[i - 1]) or toks.texts[i - 1] == ")"):
            i += 1
            continue
        j = i + 1
        while j < hi and j - i < _MAX_TEAM_WORDS and (_name_piece(toks, j) or _joiner(toks, j, hi)):
            j += 1
        if j < hi and _is_score(toks.texts[j]) and toks.texts[j - 1] not in _JOINERS:
            found.append((i, j))
        i = j
    return found


def _pairing_segments(toks: Tokens, lo: int, hi: int) -> list[tuple[int, int]]:
    """The two sides of a line "<name> <score> <name> <score>", whatever their words ("Start 2 Reading 1")."""
    found: list[tuple[int, int]] = []
    i = lo
    for j in range(lo, hi):
        if _is_score(toks.texts[j]):
            if j > i and toks.texts[i][:1].isupper():
                found.append((i, j))
            i = j + 1
    return found


def _line_range(toks: Tokens, number: int) -> tuple[int, int]:
    return bisect_left(toks.line, number), bisect_right(toks.line, number)


def _name_piece(toks: Tokens, i: int) -> bool:
    word = toks.texts[i]
    if word in _club_words():
        return True
    return word[:1].isupper() and word.replace(".", "").isalpha() and word.lower() not in _ordinary()


def _joiner(toks: Tokens, i: int, hi: int) -> bool:
    return toks.texts[i] in _JOINERS and i + 1 < hi and _name_piece(toks, i + 1)


def _is_score(word: str) -> bool:
    return word.isdigit() or bool(_DECIMAL.match(word))


_MAX_TEAM_WORDS = 5

_JOINERS = frozenset(["/", "&", "'s", "’s", "-"])
_DECIMAL = re.compile(r"^\d+\.\d+$")


def _team(toks: Tokens, i: int, j: int) -> Candidate:
    text = toks.span_text(i, j)
    cand = Candidate(toks.starts[i], toks.ends[j - 1], "organization", f"organization:team:{text.lower()}", text,
                     rank=RANK_TEAM)  # fmt: skip
    cand.attrs["category"] = "team"
    return cand


def _word(toks: Tokens, i: int, taken: bytearray) -> bool:
    """An uncovered capitalized word of at least two letters that is no everyday word."""
    if i < 0 or i >= toks.n or taken[toks.starts[i]]:
        return False
    word = toks.texts[i]
    if i + 1 < toks.n and toks.texts[i + 1] == ":" and not toks.adjacent(i):
        return False  # "Penalties : Preston 2", "Bowling : Akram 3-45": the label opening a line
    return len(word) > 1 and word[:1].isupper() and word.isalpha() and word.lower() not in _ordinary()


def _in_result_lines(toks: Tokens, taken: bytearray, people: set[str]) -> list[Candidate]:
    """Runs of capitalized words no rule took, in a line of scores (not a name word of a person in the text, nor
    a known surname: a scorecard lists players too)."""
    found: list[Candidate] = []
    lines: dict[int, tuple[int, int] | None] = {}
    i = 0
    while i < toks.n:
        if not _named(toks, i, taken, people) or result_line(toks, toks.starts[i], lines) is None:
            i += 1
            continue
        j = i + 1
        while j < toks.n and j - i < 3 and toks.adjacent(j) and _named(toks, j, taken, people):
            j += 1
        found.append(_team(toks, i, j))
        i = j
    return found


def _standings_rows(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """ "Preston 4 1 1 2 4 5 4": in a table of at least two such rows, one to three capitalized words opening a line
    that holds nothing else but `min_standings_numbers` whole numbers are a side (a player's averages,
    "264.00", are not), even named like a person (a known
    person of the text, a country and a name with an initial are not)."""
    known = {(c.start, c.end) for c in chosen if c.kind == "person" and c.rank > 1}
    starts = {c.start for c in found}
    rows: list[Candidate] = []
    for number in sorted(set(toks.line)):
        lo, hi = _line_range(toks, number)
        words = [k for k in range(lo, hi) if not toks.space[k] and toks.texts[k].strip()]
        m = 0
        while m < min(len(words), 3) and toks.texts[words[m]].isalpha() and toks.texts[words[m]].istitle():
            m += 1
        figures = words[m:]
        if m == 0 or len(figures) < _min_standings() or not all(_figure(toks.texts[k]) for k in figures):
            continue
        team = _team(toks, words[0], words[m - 1] + 1)
        entry = gaz.lookup(team.name)
        if (team.start, team.end) in known or team.start in starts or (entry is not None and entry.kind == "country"):
            continue
        rows.append(team)
    return rows if len(rows) >= 2 else []


def _figure(word: str) -> bool:
    return bool(_FIGURE.match(word))


_FIGURE = re.compile(r"^(?:\d+|\.\d+|\d+/\d+)$")  # counts, a share (".462"), a half game; no averages


@cache
def _min_standings() -> int:
    return int(patterns()["teams"]["min_standings_numbers"])


def _scorers(toks: Tokens, taken: bytearray) -> list[Candidate]:
    """ "Lens 1 ( Smicer 52nd , Foe 85th )": in a results line, a name no rule took inside brackets, with the minute
    of the goal after it, is a scorer (a person)."""
    found: list[Candidate] = []
    lines: dict[int, tuple[int, int] | None] = {}
    for i in toks.where(_MINUTE_MARKS):
        j = i + 1
        while j < toks.n and _word(toks, j, taken) and toks.adjacent(j) and j - i <= 3:
            j += 1
        if j == i + 1 or j >= toks.n or not _MINUTE.match(toks.texts[j]) or not toks.adjacent(j):
            continue
        if result_line(toks, toks.starts[i], lines) is not None and _inside_brackets(toks, i):
            text = toks.span_text(i + 1, j)
            found.append(Candidate(toks.starts[i + 1], toks.ends[j - 1], "person", f"person:{text.lower()}", text,
                                   rank=RANK_TEAM))  # fmt: skip
    return found


def _inside_brackets(toks: Tokens, i: int) -> bool:
    """Token i is "(" or a comma after an opened bracket on its line."""
    k = i
    while k >= 0 and toks.texts[k] not in ("(", ")") and (k == i or toks.adjacent(k + 1)):
        k -= 1
    return k >= 0 and toks.texts[k] == "("


_MINUTE_MARKS = frozenset(["(", ","])
_MINUTE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)?$")


def _named(toks: Tokens, i: int, taken: bytearray, people: set[str]) -> bool:
    word = toks.texts[i] if 0 <= i < toks.n else ""
    return _word(toks, i, taken) and word not in people and word not in last_names() and word not in first_names()


def _around_results(toks: Tokens, taken: bytearray, people: set[str], found: list[Candidate]) -> list[Candidate]:
    """ "Kent beat Essex", "drew with Kent", "against Kent": a name no rule took on either side of a result word."""
    words = _words()
    starts = {c.start for c in found}
    out: list[Candidate] = []
    for i in toks.where(words["result_verbs"] | words["result_before"]):
        word = toks.texts[i]
        for j in (i - 1, i + 1):
            if word not in words["result_verbs" if j < i else "result_before"]:
                continue
            if _named(toks, j, taken, people) and toks.adjacent(max(i, j)) and toks.starts[j] not in starts:
                out.append(_team(toks, j, j + 1))
                starts.add(toks.starts[j])
    return out


def _clubs(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """A city with an uncovered capitalized word before or after it on its line: "Rotor Volgograd", "Paris St
    Germain", "Houston Astros" (a guessed person or a place there gives way)."""
    weak = bytearray(len(toks.text) + 1)
    for cand in chosen:
        if not cand.inner and not (cand.kind == "person" and cand.rank <= 1) and cand.kind != "place":
            weak[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    found: list[Candidate] = []
    for i in toks.where(gaz.first.keys() & toks.positions.keys()):
        hit = longest_at(toks, gaz, i, "place")
        if hit is None or (found and found[-1].end > toks.starts[i]) or _particle(toks, i):
            continue
        begin, end = i, hit[1]
        if hit[0].lat is None and not _nickname_after(toks, end, weak):
            continue  # a state or region names a club only with a nickname after it ("Colorado Rockies")
        while end < toks.n and end - hit[1] < 2 and toks.adjacent(end) and toks.ws[end - 1]:
            if not _club_word(toks, end, weak):
                break
            end += 1
        if begin > 0 and toks.adjacent(begin) and toks.ws[begin - 1] and _club_word(toks, begin - 1, weak):
            begin -= 1
        if (begin, end) != (i, hit[1]):
            found.append(_team(toks, begin, end))
    return found


def _plural_sides(toks: Tokens, gaz: Gazetteer, chosen: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """ "beat the Mets", "the Blue Jays", "The Springboks held": in a sports report, one or two capitalized words
    after "the", the last a plural, that no rule took (a guessed person gives way) and that a lower-case word,
    a number or a mark follows, name a side by its nickname; not a people ("the Australians"), an event ("the
    Olympics"), a person's name in the text ("where Owens won") nor a line in capitals."""
    taken = bytearray(len(toks.text) + 1)
    for cand in [*chosen, *found]:
        if not cand.inner and not (cand.kind == "person" and cand.rank <= 1):
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    people = {w for c in chosen if c.kind == "person" for w in c.name.split()}
    clubs = {c.name.split(" ", 1)[-1] for c in [*chosen, *found] if c.attrs.get("category") == "team"}
    sides: list[Candidate] = []
    for i in toks.where(_THE):
        end = i + 1
        while end < toks.n and end - i <= 2 and toks.adjacent(end) and _nickname_word(toks, end, taken):
            end += 1
        if end == i + 1 or not toks.texts[end - 1].endswith("s") or toks.is_cap(end) or not toks.adjacent(i + 1):
            continue
        if toks.texts[end - 1] in people or _owner(toks, end) or toks.span_text(i + 1, end) in clubs:
            continue  # "the Owens quartet": a person's name in the text; "the Cardinals" of "Arizona Cardinals"
        if not any(_people_or_event(gaz, toks.span_text(k, end)) for k in range(i + 1, end)):
            sides.append(_team(toks, i + 1, end))
    return sides


def _people_or_event(gaz: Gazetteer, name: str) -> bool:
    entry = gaz.lookup(name)
    return (entry is not None and entry.form == "demonym") or name in _not_sides()


def _owner(toks: Tokens, i: int) -> bool:
    """ "the African Nations ' Cup": the plural owns the capitalized name after it."""
    return i + 1 < toks.n and toks.texts[i] in ("'", "'s", "’", "’s") and toks.is_cap(i + 1)


_THE = frozenset(["the", "The"])


def _nickname_word(toks: Tokens, i: int, taken: bytearray) -> bool:
    word = toks.texts[i]
    return word.istitle() and word.isalpha() and len(word) > 2 and not taken[toks.starts[i]]


@cache
def _not_sides() -> frozenset[str]:
    return frozenset(patterns()["teams"]["not_sides"]) | _competition_words()


def _nickname_after(toks: Tokens, end: int, taken: bytearray) -> bool:
    """A capitalized plural right after a place: "Rockies", "Twins", "Marlins"."""
    word = toks.texts[end] if end < toks.n else ""
    return toks.adjacent(end) and toks.ws[end - 1] and word.endswith("s") and _club_word(toks, end, taken)


def _particle(toks: Tokens, i: int) -> bool:
    """ "Van", "De", "Le": a name particle before a surname, not a city."""
    return toks.texts[i].lower() in _particles()


@cache
def _particles() -> frozenset[str]:
    return frozenset(p.lower() for p in patterns()["people"]["particles"])


def _club_word(toks: Tokens, i: int, taken: bytearray) -> bool:
    word = toks.texts[i] if 0 <= i < toks.n else ""
    if word in _club_words() and not taken[toks.starts[i]]:
        return True
    return _word(toks, i, taken) and word not in first_names()


@cache
def _club_words() -> frozenset[str]:
    return frozenset(patterns()["teams"]["club_words"])


def _again(toks: Tokens, teams: list[Candidate], taken: bytearray) -> list[Candidate]:
    """Other uncovered mentions of a club's full name or of the last word of a two-word name ("the Eagles"), also
    written in capitals ("EAGLES WIN" in a headline)."""
    forms: dict[str, Candidate] = {}
    for team in teams:
        forms.setdefault(team.name, team)
        last = team.name.rsplit(" ", 1)[-1]
        if " " in team.name and len(last) > 3 and last not in last_names():
            forms.setdefault(last, team)
    forms.update({form.upper(): team for form, team in list(forms.items()) if form.upper() not in forms})
    found: list[Candidate] = []
    for i in toks.where({f.split(" ", 1)[0] for f in forms}):
        for form, team in forms.items():
            n = form.count(" ") + 1
            if i + n <= toks.n and toks.span_text(i, i + n) == form and not taken[toks.starts[i]]:
                again = _team(toks, i, i + n)
                again.key, again.name = team.key, team.name
                found.append(again)
                taken[again.start : again.end] = b"\x01" * (again.end - again.start)
                break
    return found


@cache
def _ordinary() -> frozenset[str]:
    return common_words() | _not_teams()


@cache
def _not_teams() -> frozenset[str]:
    return frozenset(patterns()["teams"]["not_teams"])
