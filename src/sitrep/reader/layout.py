"""Split a plain-text scrape into the SPEC's sections: headline, subtitle, dateline, byline, body,
captions with their credit lines, and boilerplate. Offsets always point into the input text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from sitrep.data_files import load_toml
from sitrep.reader.dateline import parse_dateline
from sitrep.record import Section

_LINE = re.compile(r"[^\n]*\n?")
_TERMINAL = re.compile(r"[.!?][\"'”’)]?$")
_INITIALISM = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")  # "... wanted by U.S.": an abbreviation's point ends no sentence
_OPEN_END = re.compile(r"[^.!?:;\"'”’)\]]$")


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str
    block: int


@dataclass(slots=True)
class Layout:
    """What the reader found in the text: sections plus the metadata they state."""

    sections: list[Section] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    published: datetime | date | None = None
    source: str | None = None
    place: str | None = None


@dataclass(slots=True)
class _Patterns:
    boilerplate: re.Pattern[str]
    trailer: re.Pattern[str]
    trailer_max_words: int
    credits: list[re.Pattern[str]]
    credit_max_words: int
    caption: re.Pattern[str]
    inline_credit: re.Pattern[str]
    byline: re.Pattern[str]
    byline_max_words: int
    wire: re.Pattern[str]
    agencies: dict[str, str]
    headline_max_length: int
    headline_max_words: int
    subtitle_max_length: int


@cache
def _patterns() -> _Patterns:
    cfg = load_toml("reader.toml")

    def alternation(items: list[str]) -> re.Pattern[str]:
        return re.compile("(?:" + "|".join(items) + r")\.?", re.IGNORECASE)

    bp = cfg["boilerplate"]
    return _Patterns(
        boilerplate=alternation(bp["patterns"]),
        trailer=alternation(bp["trailer_starts"]),
        trailer_max_words=int(bp["trailer_max_words"]),
        credits=[re.compile(p, re.IGNORECASE) for p in cfg["credit"]["patterns"]],
        credit_max_words=int(cfg["credit"]["max_words"]),
        caption=re.compile(cfg["caption"]["prefix"], re.IGNORECASE),
        inline_credit=re.compile(cfg["caption"]["inline_credit"]),
        byline=re.compile(cfg["byline"]["pattern"], re.IGNORECASE),
        byline_max_words=int(cfg["byline"]["max_words"]),
        wire=re.compile(cfg["wire"]["pattern"]),
        agencies=dict(cfg["wire"]["agencies"]),
        headline_max_length=int(cfg["headline"]["max_length"]),
        headline_max_words=int(cfg["headline"]["max_words"]),
        subtitle_max_length=int(cfg["subtitle"]["max_length"]),
    )


def split_lines(text: str) -> list[Line]:
    """Every non-blank line, trimmed, with the index of its blank-line-separated block."""
    lines: list[Line] = []
    block, pos, blank_before = 0, 0, False
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw:
            break
        stripped = raw.strip()
        if not stripped:
            blank_before = True
        else:
            if blank_before and lines:
                block += 1
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(Line(start, start + len(stripped), stripped, block))
            blank_before = False
        pos = match.end()
    if not blank_before_any(text):
        for i, line in enumerate(lines):
            line.block = i
    return lines


def blank_before_any(text: str) -> bool:
    """True when the text separates paragraphs with blank lines (else every line is a paragraph)."""
    return re.search(r"\n[^\S\n]*\n", text) is not None


def read_layout(text: str, *, title: str | None = None) -> Layout:
    """Find the sections of a plain-text article and the metadata its header states."""
    lines = split_lines(text)
    kinds: list[str | None] = [None] * len(lines)
    pat = _patterns()
    _mark_boilerplate(lines, kinds, pat)
    _mark_credits_and_captions(lines, kinds, pat)
    layout = Layout()
    _mark_header(lines, kinds, pat, layout, title)
    _mark_datelines_and_bylines(lines, kinds, pat, layout)
    layout.sections = _sections(text, lines, kinds, pat, layout)
    return layout


def _words(text: str) -> int:
    return len(text.split())


def _mark_boilerplate(lines: list[Line], kinds: list[str | None], pat: _Patterns) -> None:
    in_trailer = False
    for i, line in enumerate(lines):
        if pat.boilerplate.fullmatch(line.text):
            kinds[i] = "boilerplate"
            in_trailer = in_trailer or bool(pat.trailer.fullmatch(line.text))
        elif in_trailer and _words(line.text) <= pat.trailer_max_words and not _TERMINAL.search(line.text):
            kinds[i] = "boilerplate"
        else:
            in_trailer = False


def is_credit(text: str, pat: _Patterns | None = None) -> bool:
    """True for a photo credit line such as "A. Name/Agency" or "Photo: Agency"."""
    pat = pat or _patterns()
    if _words(text) > pat.credit_max_words or (text.endswith((".", "?", "!")) and not text.endswith(("Inc.", "Ltd."))):
        return False
    return any(p.fullmatch(text) for p in pat.credits)


def _mark_credits_and_captions(lines: list[Line], kinds: list[str | None], pat: _Patterns) -> None:
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        if (pat.caption.match(line.text) and _words(line.text) > pat.credit_max_words) or pat.inline_credit.search(
            line.text
        ):
            kinds[i] = "caption"
        elif is_credit(line.text, pat):
            kinds[i] = "credit"
            _mark_caption_lines_before(lines, kinds, i)


def _mark_caption_lines_before(lines: list[Line], kinds: list[str | None], credit: int) -> None:
    """The lines of a credit's own block that come before it are that photo's caption."""
    j = credit - 1
    while j >= 0 and lines[j].block == lines[credit].block and kinds[j] in (None, "caption"):
        kinds[j] = "caption"
        j -= 1


def _mark_header(lines: list[Line], kinds: list[str | None], pat: _Patterns, layout: Layout, title: str | None) -> None:
    if len(lines) < 2 or kinds[0] is not None or parse_dateline(lines[0].text) is not None:
        return
    first = lines[0].text
    if _is_byline(first, pat):
        return
    if _same_title(first, title) or _looks_like_headline(first, lines[1], pat):
        kinds[0] = "headline"
        layout.title = first
        _mark_subtitle(lines, kinds, pat, layout)


def _same_title(line: str, title: str | None) -> bool:
    if not title:
        return False
    norm = re.compile(r"\W+")
    return norm.sub("", line.lower()) == norm.sub("", title.lower())


def _looks_like_headline(first: str, second: Line, pat: _Patterns) -> bool:
    if len(first) > pat.headline_max_length or _words(first) > pat.headline_max_words:
        return False
    if (_TERMINAL.search(first) and not _INITIALISM.search(first)) or first.endswith((",", ";", ":")):
        return False
    return second.block > 0 or not first[-1].isalnum() or first.istitle() or len(first) < 120


def _mark_subtitle(lines: list[Line], kinds: list[str | None], pat: _Patterns, layout: Layout) -> None:
    """A short paragraph right after the headline is its subtitle when a dateline or byline follows."""
    if len(lines) < 3 or kinds[1] is not None:
        return
    candidate, following = lines[1], lines[2]
    if len(candidate.text) > pat.subtitle_max_length or following.block == candidate.block:
        return
    if parse_dateline(following.text) is not None or _is_byline(following.text, pat):
        kinds[1] = "subtitle"
        layout.subtitle = candidate.text


def _is_byline(text: str, pat: _Patterns) -> bool:
    if not pat.byline.match(text) or _words(text) > pat.byline_max_words or any(ch.isdigit() for ch in text):
        return False
    return not _TERMINAL.search(text) or text.endswith(("Jr.", "Sr."))


def _mark_datelines_and_bylines(lines: list[Line], kinds: list[str | None], pat: _Patterns, layout: Layout) -> None:
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        stated = parse_dateline(line.text)
        if stated is not None:
            kinds[i] = "dateline"
            layout.published = layout.published or stated
        elif _is_byline(line.text, pat):
            kinds[i] = "byline"


def _sections(text: str, lines: list[Line], kinds: list[str | None], pat: _Patterns, layout: Layout) -> list[Section]:
    sections: list[Section] = []
    first_body = True
    for i, line in enumerate(lines):
        kind = kinds[i] or "body"
        if kind == "body" and sections and sections[-1].kind == "body" and _continues(lines, i):
            sections[-1].end = line.end
            continue
        if kind == "body" and first_body:
            first_body = False
            sections.extend(_wire_opening(text, line, pat, layout))
            continue
        sections.append(Section(kind, line.start, line.end))
    return sections


def _continues(lines: list[Line], i: int) -> bool:
    """A hard-wrapped line: same block, the previous line has no sentence end, this one starts lower-case."""
    prev, line = lines[i - 1], lines[i]
    return prev.block == line.block and bool(_OPEN_END.search(prev.text)) and line.text[:1].islower()


def _wire_opening(text: str, line: Line, pat: _Patterns, layout: Layout) -> list[Section]:
    """ "BAGHDAD (Reuters) — ..." gives a dateline section (place and source) and the body after it."""
    match = pat.wire.match(line.text)
    if match is None or match.end() == 0 or match.end() >= len(line.text):
        return [Section("body", line.start, line.end)]
    place, source = match.group("place"), match.group("source")
    has_dash = bool(re.search(r"(—|–|--|-|:)\s*$", match.group()))
    if place is not None and (len(place.replace(" ", "")) < 3 or not (has_dash or source)):
        return [Section("body", line.start, line.end)]
    if place is None and not source:
        return [Section("body", line.start, line.end)]
    layout.place = place.title() if place else None
    if source:
        layout.source = pat.agencies.get(source.strip().lower(), source.strip())
    head_end = line.start + len(match.group().rstrip())
    return [Section("dateline", line.start, head_end), Section("body", line.start + match.end(), line.end)]
