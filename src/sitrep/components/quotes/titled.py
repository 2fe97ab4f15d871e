"""A speaker described by a role alone ("the minister", "the general") stands for the person the article named
before with that title ("Interior Minister Rosa Llorente", "Gen. Bo Li") or that role set off after the name
("Daniel Herrera, the mayor,"), when one person alone holds it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from sitrep.components.quotes.lexicon import Lexicon

_TITLE_WORDS = 5  # words of a title before a name ("Russian Deputy Defence Minister Ali Veli")
_APPOSITION_WORDS = 6  # words of a role set off after a name (", the country's deputy foreign minister,")
_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
_OWNER = re.compile(r"[’']s$")


def described_role(words: Sequence[str], lex: Lexicon) -> tuple[str, frozenset[str]] | None:
    """The role and its modifiers of a speaker phrase that is a definite role and nothing else ("the minister",
    "the defence minister" -> ("minister", {"defence"})); else None ("a minister", "the minister's aide")."""
    lower = [w.lower() for w in words]
    if len(lower) < 2 or lower[0] != "the" or lower[-1] not in lex.referring_roles:
        return None
    modifiers = lower[1:-1]
    if len(modifiers) > 2 or any(not w.isalpha() for w in modifiers):
        return None
    return lower[-1], frozenset(modifiers)


def titled_person(
    text: str,
    at: int,
    role: tuple[str, frozenset[str]],
    mentions: tuple[Sequence[int], Sequence[tuple[int, int, str]]],
    people: dict[str, str],
    lex: Lexicon,
    silent: Sequence[Sequence[tuple[int, int]]],
) -> str | None:
    """The one person named before character `at` (within the lexicon's reach, outside `silent` spans: quotations,
    headlines) whom the article gave this role, with its modifiers; None when no one or several hold it.
    `mentions` are the entity index's sorted starts and (start, end, entity id) spans."""
    starts, spans = mentions
    found: set[str] = set()
    for i in range(bisect_left(starts, at - lex.gender.reach), bisect_left(starts, at)):
        start, end, entity = spans[i]
        if entity not in people or end > at or any(_inside(start, s) for s in silent):
            continue
        before, after = _title_before(text, start, lex), _role_after(text, end, lex)
        if _holds(before[:1], before, role) or _holds(after[-1:], after, role):
            found.add(entity)
    return found.pop() if len(found) == 1 else None


def described_body(words: Sequence[str], lex: Lexicon) -> str | None:
    """The noun of a speaker phrase that is "the" and a noun for a body and nothing else ("the ministry", "the
    group"); else None."""
    lower = [w.lower() for w in words]
    return lower[1] if len(lower) == 2 and lower[0] == "the" and lower[1] in lex.referring_bodies else None


def named_body(
    at: int,
    noun: str,
    mentions: tuple[Sequence[int], Sequence[tuple[int, int, str]]],
    bodies: dict[str, str],
    reach: int,
    silent: Sequence[Sequence[tuple[int, int]]],
) -> str | None:
    """The one body named before character `at` (within `reach`, outside `silent` spans) whose name ends in `noun`
    ("Foreign Ministry" for "the ministry"); None when none or several do."""
    starts, spans = mentions
    found = {
        entity
        for start, end, entity in spans[bisect_left(starts, at - reach) : bisect_left(starts, at)]
        if entity in bodies and end <= at and bodies[entity].lower().split()[-1:] == [noun]
        and not any(_inside(start, s) for s in silent)
    }
    return found.pop() if len(found) == 1 else None


def _holds(head: list[str], words: list[str], role: tuple[str, frozenset[str]]) -> bool:
    """Whether a title's head word is the role and its words hold the role's modifiers."""
    return head == [role[0]] and role[1] <= set(words)


def _title_before(text: str, start: int, lex: Lexicon) -> list[str]:
    """The lower-case words of a title right before a name, the nearest first ("Interior Minister" -> minister,
    interior; "Lt. Gen." -> general, lieutenant; "the defence minister," before its comma), abbreviations read as
    their role; none past a clause's edge or a determiner."""
    before = text[max(start - 80, 0) : start].rstrip()
    before = before.removesuffix(",")
    words = before.split()[-_TITLE_WORDS:]
    kept: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if lower in lex.determiners or _OWNER.search(lower) or not _WORD.fullmatch(word) or word.endswith(","):
            break
        if lower.endswith(".") and lower not in lex.title_roles:
            break  # a sentence's end
        kept.append(lex.title_roles.get(lower, lower))
    return kept


def _role_after(text: str, end: int, lex: Lexicon) -> list[str]:
    """The words of a role set off by a comma right after a name, up to its head, the last ("Daniel Herrera, the
    police chief, …" -> police, chief; "Jo Roe, a spokeswoman for the army" -> spokeswoman); none unless a
    determiner opens it, and none past a function word ("Roe, the man who shot the governor")."""
    after = text[end : end + 120]
    if not after.startswith(", "):
        return []
    words = after[2:].split()[:_APPOSITION_WORDS]
    if not words or words[0].lower() not in lex.determiners:
        return []
    kept: list[str] = []
    for word in words[1:]:
        lower = word.lower().rstrip(",.;")
        if lower in lex.phrase_prepositions or lower in lex.stop or not lower.isalpha():
            break
        kept.append(lower)
        if word[-1] in ",.;":
            break
    return kept[-3:]


def _inside(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    i = bisect_left(spans, (char + 1,)) - 1
    return i >= 0 and spans[i][0] <= char < spans[i][1]
