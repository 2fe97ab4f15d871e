"""SVG geometry drawn on the server: the timeline (events on a time axis, a lane per type) and a figure's values
over time. Only numbers and labels are computed here; the templates write the SVG (escaped by Jinja)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitrep.record import EVENT_TYPES

WIDTH = 960
LEFT = 110  # room for the lane labels
RIGHT = 50  # room for the last date label
PAD = 16  # keeps the first and last marks off the lane labels and the edge
LANE = 28
TOP = 20
AXIS = 30  # room for the date labels under the plot
HOLLOW = ("planned", "possible")

# One colour per PLOVER type (verbal cooperation greens/blues, material conflict reds).
COLOURS = dict(
    zip(
        EVENT_TYPES,
        ("#2e7d32", "#1565c0", "#00838f", "#558b2f", "#0277bd", "#43a047", "#6d4c41", "#5e35b1",
         "#ef6c00", "#8e24aa", "#d84315", "#f9a825", "#ad1457", "#37474f", "#c62828", "#b71c1c"),
        strict=True,
    )
)  # fmt: skip
SOURCE_COLOURS = ("#1565c0", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#37474f")


@dataclass(slots=True)
class Tick:
    x: float
    label: str


@dataclass(slots=True)
class Mark:
    """One point on a chart, with what its tooltip says and where it links."""

    x: float
    y: float
    colour: str
    hollow: bool
    struck: bool
    title: str
    href: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Chart:
    width: int
    height: int
    marks: list[Mark]
    ticks: list[Tick]
    lanes: list[tuple[str, float, str]] = field(default_factory=list)  # (label, y, colour)
    yticks: list[Tick] = field(default_factory=list)
    line: str = ""
    undated: int = 0


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _scale(days: list[date]) -> tuple[date, int]:
    first, last = min(days), max(days)
    return first, max((last - first).days, 1)


def _x(day: date, first: date, span: int) -> float:
    return round(LEFT + PAD + (day - first).days / span * (WIDTH - LEFT - RIGHT - PAD), 1)


def _ticks(first: date, span: int, count: int = 6) -> list[Tick]:
    out = []
    for i in range(count):
        day = date.fromordinal(first.toordinal() + round(span * i / (count - 1)))
        out.append(Tick(_x(day, first, span), day.isoformat()))
    return out


def href(article_id: str, start: int, end: int) -> str:
    """A link to a fact's words in its article."""
    return f"/articles/{article_id}#at-{start}-{end}"


def timeline(events: list[dict[str, Any]]) -> Chart:
    """Events on a time axis, one lane per type: filled when asserted, hollow when planned or possible,
    struck through when negated."""
    dated = [(d, e) for e in events if (d := _day(e["date"])) is not None]
    types = sorted({e["type"] for _, e in dated}, key=lambda t: EVENT_TYPES.index(t) if t in EVENT_TYPES else 99)
    height = TOP + LANE * max(len(types), 1) + AXIS
    if not dated:
        return Chart(WIDTH, height, [], [], undated=len(events))
    first, span = _scale([d for d, _ in dated])
    lane_y = {t: TOP + LANE * i + LANE / 2 for i, t in enumerate(types)}
    stacked: dict[tuple[str, float], int] = {}
    marks = []
    for day, e in dated:
        x = _x(day, first, span)
        n = stacked[(e["type"], x)] = stacked.get((e["type"], x), -1) + 1
        x += 15 * n  # events on the same day in one lane sit side by side
        y = lane_y[e["type"]]
        who = " → ".join(p for p in (e.get("actors") or "?", e.get("targets")) if p)
        title = f"{e['date']} {e['type']} ({e['modality']}): {who} — {e['evidence']}"
        marks.append(
            Mark(x, y, COLOURS.get(e["type"], "#555"), e["modality"] in HOLLOW, e["modality"] == "negated", title,
                 href(e["article_id"], e["start"], e["end"]), {"type": e["type"], "modality": e["modality"]})
        )  # fmt: skip
    lanes = [(t, lane_y[t], COLOURS.get(t, "#555")) for t in types]
    return Chart(WIDTH, height, marks, _ticks(first, span), lanes, undated=len(events) - len(dated))


def figure_chart(rows: list[dict[str, Any]], height: int = 300) -> Chart:
    """A figure's values over time: one point per report, coloured by source, ringed where sources disagree."""
    points = [(d, r, v) for r in rows if (d := _day(r["date"])) is not None and (v := _number(r)) is not None]
    if not points:
        return Chart(WIDTH, height, [], [], undated=len(rows))
    first, span = _scale([d for d, _, _ in points])
    top = _nice(max(v for _, _, v in points) * 1.1)
    plot = height - TOP - AXIS
    sources = list(dict.fromkeys(r["source"] or "unknown source" for _, r, _ in points))
    marks = []
    for day, r, v in sorted(points, key=lambda p: p[0]):
        colour = SOURCE_COLOURS[sources.index(r["source"] or "unknown source") % len(SOURCE_COLOURS)]
        title = f"{r['date']}: {r['figure']} {r['unit'] or ''} — {r['source'] or 'unknown source'}: {r['sentence']}"
        if r.get("disagreement"):
            title += f" ({r['disagreement']})"
        y = round(TOP + plot - v / top * plot, 1)
        marks.append(Mark(_x(day, first, span), y, colour, False, False, title,
                          href(r["article_id"], r["start"], r["end"]),
                          {"disagrees": bool(r.get("disagreement")), "source": r["source"]}))  # fmt: skip
    yticks = [Tick(round(TOP + plot - plot * i / 4, 1), f"{top * i / 4:,.0f}") for i in range(5)]
    line = " ".join(f"{m.x},{m.y}" for m in marks)
    return Chart(WIDTH, height, marks, _ticks(first, span), yticks=yticks, line=line,
                 undated=len(rows) - len(points))  # fmt: skip


def _nice(value: float) -> float:
    """The smallest round number (1, 2, 2.5 or 5 times a power of ten) at or above `value`."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(power * m for m in (1, 2, 2.5, 5, 10) if power * m >= value)


def _number(r: dict[str, Any]) -> float | None:
    """Where a report sits on the y axis: its value, else the middle of its range, else its one bound."""
    if r.get("value") is not None:
        return float(r["value"])
    bounds = [float(r[k]) for k in ("low", "high") if r.get(k) is not None]
    return sum(bounds) / len(bounds) if bounds else None


def legend(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(source, colour) in the order the figure chart assigns them."""
    sources = list(dict.fromkeys(r["source"] or "unknown source" for r in rows if _day(r["date"])))
    return [(s, SOURCE_COLOURS[i % len(SOURCE_COLOURS)]) for i, s in enumerate(sources)]
