"""What an expression does in its sentence: a point, a deadline ("no later than …"), a period ("over the past
year"), a start ("since 2014") or an end ("until March"), and the interval of dates it covers."""

from __future__ import annotations

from datetime import date, timedelta

from sitrep.components.times.calendar import CalendarRangeError, interval, shift
from sitrep.components.times.model import Context, Norm

_BEFORE_START = ("before", "ahead of", "prior to")

Covered = tuple[str, date | None, date | None]


def covered(norm: Norm, ctx: Context, start: int, end: int) -> Covered:
    """(role, begin, until) for one normalized expression. A possessive ("hit by Tuesday's strike") takes no cue."""
    if norm.type == "DURATION":
        return _duration(norm, ctx.anchor)
    if norm.type == "SET":
        return "point", None, None
    span = interval(norm.value)
    cue = None if ctx.lowered.startswith(("'s", "’s"), end) else ctx.role_cue(start)
    if cue is not None and span is not None:
        return _cued(cue, span, norm, ctx.anchor)
    if norm.side is not None and (span is None or ctx.anchor is None):
        return "period", None, None  # "earlier this year" with no date to count from
    if span is not None and ctx.anchor is not None and norm.side == "before":
        return "period", span[0], min(span[1], ctx.anchor)
    if span is not None and ctx.anchor is not None and norm.side == "after":
        return "period", max(span[0], ctx.anchor), span[1]
    return "point", None, None


def _cued(cue: tuple[str, str], span: tuple[date, date], norm: Norm, anchor: date | None) -> Covered:
    role, word = cue
    if role == "deadline":
        until = span[0] - timedelta(days=1) if word in _BEFORE_START and norm.mod != "END" else span[1]
        return "deadline", None, until
    if role == "until":
        return "until", None, span[1]
    if role == "since":
        return "since", span[0], anchor if anchor is not None and anchor >= span[0] else None
    return "period", span[0], span[1]


def _duration(norm: Norm, anchor: date | None) -> Covered:
    if anchor is None or not norm.direction or norm.amount is None or norm.unit is None:
        return "period", None, None
    try:
        other = shift(anchor, norm.direction * norm.amount, norm.unit)
    except CalendarRangeError:
        return "period", None, None  # "over the past 3,000 years"
    return ("period", other, anchor) if norm.direction < 0 else ("period", anchor, other)
