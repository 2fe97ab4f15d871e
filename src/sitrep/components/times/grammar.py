"""The tagger's data: lexicons and rules from `data/times.toml`, compiled once into regular expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sitrep.components.times.route import Router, heads
from sitrep.data_files import load_toml

DATA_FILE = "times.toml"
_PLACEHOLDER = re.compile(r"%([A-Z]+)(?:_(CAP|FULL))?%")


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern and the name of the function that normalizes what it matches."""

    name: str
    norm: str
    type: str
    regex: re.Pattern[str]
    priority: int = 0


@dataclass(frozen=True, slots=True)
class Grammar:
    """Everything the tagger reads from its data file."""

    rules: tuple[Rule, ...]
    router: Router[Rule]  # for the word at a place, the rules that can begin with it
    trigger: re.Pattern[str]  # words every expression holds one of (digits, month names, units ...)
    lexicon: dict[str, dict[str, Any]]
    ambiguous_months: frozenset[str]
    vague_nouns: frozenset[str]
    vague_followers: frozenset[str]
    cues: dict[str, re.Pattern[str]]
    roles: tuple[tuple[str, re.Pattern[str]], ...]
    future: re.Pattern[str]
    past: re.Pattern[str]
    participle: re.Pattern[str]  # before an "-ed" word: a participle, not a past tense ("will be named")
    adjective: re.Pattern[str]  # before an "-ed" word: an adjective, not a past tense ("the detained men")
    base: re.Pattern[str]  # before a past word: a base form, not a past tense ("will hit", "to cut")
    pluperfect: re.Pattern[str]  # before a future cue: a plan told from the past ("had been due to")
    future_in_past: re.Pattern[str]  # a plan told from a past day ("said Friday he would go on Tuesday")
    scheduled_verb: re.Pattern[str]  # a verb of schedule anywhere in a clause ("Clinton meets Yeltsin on Tuesday")
    clause_break: re.Pattern[str]  # where a clause before an expression begins (a comma, "which", "after")
    coming_before: re.Pattern[str]  # before a weekday: the coming one ("ahead of Sunday's election")
    delayed: re.Pattern[str]  # a verb of delay in a clause ("adjourned the trial until Monday")
    delayed_to: re.Pattern[str]  # right before a weekday, after a verb of delay ("until", "to")
    as_planned: re.Pattern[str]  # before a future cue: no tense ("began as planned on Saturday")
    done: frozenset[str]  # past verbs of something done ("bought"): a date they govern lies before the publication
    done_ed: re.Pattern[str]  # a verb in "-ed" and "in"/"on" right before an expression ("arrested in January")
    not_done: frozenset[str]  # verbs in "-ed" that tell of a plan ("expected", "scheduled")
    reported: frozenset[str]  # past verbs of speech or of a plan: the month they govern may lie ahead ("said")
    plan_words: re.Pattern[str]  # between a past verb and a month: a plan ("agreed to meet in January")
    unit_span: re.Pattern[str]  # after "the year": it is a twelve-month span ("the year ended March 31")
    unit_clause: re.Pattern[str]  # after "the year": a clause defines it ("the year it was found")
    fraction: re.Pattern[str]  # after "a quarter": a fraction ("a quarter of", "a quarter million")
    pay: re.Pattern[str]  # after a duration: a sum of money ("six months of base pay", "a year's salary")
    season_noun: re.Pattern[str]  # after a season: "of" and no year, so a noun ("the fall of the regime")
    dateline: re.Pattern[str]  # a wire dateline that opens the story ("washington, march 12 (xinhua) --")
    dateline_days: int  # how many days before the publication a dateline's day may be
    measured: re.Pattern[str]  # before a month: a figure "for" it ("the jobless rate for February")


_Trie = dict[str, "_Trie"]
_END = ""  # the key that marks the end of a word in a trie node


def _alternation(words: list[str]) -> str:
    """A regular expression for any of `words` (a space matches any run of white space), longest match first.

    Written as a trie ("jan(?:uary)?" rather than "january|jan") so the engine reads each character once
    instead of trying every word in turn."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for unit in (r"\s+" if c == " " else re.escape(c) for c in word):
            node = node.setdefault(unit, {})
        node[_END] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    """Longer words first: each continuation is tried before the word that ends at this node."""
    branches = [unit + _trie_pattern(child) for unit, child in sorted(node.items()) if unit != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return ("(?:" + body + ")" if len(branches) > 1 or len(body) > 1 else body) + "?"


def _expand(pattern: str, lexicon: dict[str, dict[str, Any]]) -> str:
    def replace(match: re.Match[str]) -> str:
        words = list(lexicon[match.group(1)])
        if match.group(2) == "FULL":
            words = [w for w in words if len(w) > 4 or w in ("may", "june", "july")]
        return rf"(?<!\w)(?:{_alternation(words)})(?!\w)"

    return _PLACEHOLDER.sub(replace, pattern)


def _trigger(data: dict[str, Any], lexicon: dict[str, dict[str, Any]]) -> re.Pattern[str]:
    words = set(data["trigger"]["words"])
    for name in data["trigger"]["lexicons"]:
        words |= {key.split()[-1] for key in lexicon[name]}
    return re.compile(rf"[0-9]+|(?<![a-z])(?:{_alternation(sorted(words))})(?![a-z])")


def _words_before(words: list[str]) -> re.Pattern[str]:
    """Matches when one of `words` ends the text (the text just before an expression)."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(words)})\s+$")


def _words_after(words: list[str]) -> re.Pattern[str]:
    """Matches when one of `words` comes next (the text just after an expression)."""
    return re.compile(rf"\s+(?:{_alternation(words)})(?![\w-])")


def _rule(entry: dict[str, Any], lexicon: dict[str, dict[str, Any]]) -> Rule:
    regex = re.compile(_expand(entry["pattern"], lexicon))
    return Rule(entry["name"], entry["norm"], entry["type"], regex, entry.get("priority", 0))


@cache
def grammar() -> Grammar:
    """The compiled grammar (once per process)."""
    data = load_toml(DATA_FILE)
    lexicon = {k.upper(): {w.lower(): v for w, v in d.items()} for k, d in data["lexicon"].items()}
    rules = tuple(_rule(r, lexicon) for r in data["rule"])
    roles = tuple((role, _words_before(list(words))) for role, words in data["roles"].items())
    tense = data["tense"]
    progressive = rf"(?:{_alternation(tense['progressive_after'])})\s+(?:{_alternation(tense['progressive'])})"
    future = re.compile(rf"(?<![\w-])(?:{_alternation(tense['future'])}|{progressive})(?![\w-])")
    return Grammar(
        rules=rules,
        router=Router(rules, [heads(rule.regex.pattern) for rule in rules]),
        trigger=_trigger(data, lexicon),
        lexicon=lexicon,
        ambiguous_months=frozenset(data["months"]["ambiguous"]),
        vague_nouns=frozenset(data["vague"]["nouns"]),
        vague_followers=frozenset(data["vague"]["followers"]),
        cues={"month": _words_before(data["months"]["cues"])}
        | {name: _words_before(words) for name, words in data["cues"].items()},
        roles=roles,
        future=future,
        unit_span=_words_after(data["the_unit"]["span_followers"]),
        unit_clause=_words_after(data["the_unit"]["clause_followers"]),
        fraction=_words_after(data["fraction"]["followers"]),
        past=re.compile(
            rf"(?<![\w-])(?!(?:{_alternation(data['tense']['not_past'])})(?![\w-]))"
            rf"(?:{_alternation(data['tense']['past'])}|[a-z]+ed)(?![\w-])"
        ),
        participle=_words_before(data["tense"]["participle_after"]),
        adjective=_words_before(data["tense"]["adjective_after"]),
        base=_words_before(data["tense"]["base_after"]),
        pluperfect=_words_before(data["tense"]["pluperfect"]),
        as_planned=_words_before(data["tense"]["as_planned"]),
        future_in_past=re.compile(rf"(?<![\w-])(?:{_alternation(data['tense']['future_in_past'])})(?![\w-])"),
        scheduled_verb=re.compile(rf"(?<![\w-])(?:{_alternation(data['cues']['scheduled'])})(?![\w-])"),
        clause_break=re.compile(rf"[,;:()\"“”—]|(?<![\w-])(?:{_alternation(data['tense']['clause_openers'])})(?![\w-])"),
        coming_before=_words_before(data["tense"]["coming_before"]),
        delayed=re.compile(rf"(?<![\w-])(?:{_alternation(data['tense']['delayed'])})(?![\w-])"),
        delayed_to=_words_before(data["tense"]["delayed_to"]),
        done=frozenset(data["tense"]["done"]),
        done_ed=re.compile(rf"(?<![\w-])((?:[a-z]+-)?[a-z]+ed)\s+(?:{_alternation(data['tense']['done_before'])})\s+$"),
        not_done=frozenset(data["tense"]["not_done"]),
        reported=frozenset(data["tense"]["reported"]),
        plan_words=re.compile(rf"(?<![\w-])(?:{_alternation(data['tense']['plan_words'])})(?![\w-])"),
        pay=re.compile(
            rf"(?:\s+of(?:\s+(?:{_alternation(data['cues']['pay_modifiers'])}))*|[’\x27]s?)"
            rf"\s+(?:{_alternation(data['cues']['pay'])})(?![\w-])"
        ),
        season_noun=re.compile(
            rf"\s+of\s+(?!(?:1[89]|20)\d\d(?!\d)|(?:{_alternation(data['season']['of_times'])})(?![\w-]))"
        ),
        dateline=re.compile(_expand(data["dateline"]["pattern"], lexicon)),
        dateline_days=int(data["dateline"]["max_days"]),
        measured=re.compile(rf"(?<![\w-])(?:{_alternation(data['months']['measures'])})\s+for\s+$"),
    )


def lookup(table: str, word: str) -> Any:
    """A lexicon entry by its (case- and space-insensitive) key."""
    return grammar().lexicon[table].get(" ".join(word.lower().replace(".", "").split()))
