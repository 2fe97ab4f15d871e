"""SVG geometry drawn on the server: the timeline (events on a time axis, a lane per type, same-day events of a
type as one mark), the volume histogram under the date brush, and a figure's values over time with round axis
ticks and its unit. Only numbers and labels are computed here; the templates write the SVG (escaped by Jinja).
Colours come from `data/workbench.toml` (each dark enough for white text: WCAG AA)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitrep.data_files import load_toml
from sitrep.days import calendar_day
from sitrep.record import EVENT_TYPES

WIDTH = 960
LEFT = 110  # room for the lane labels
RIGHT = 50  # room for the last date label
PAD = 16  # keeps the first and last marks off the lane labels and the edge
LANE = 28
TOP = 20
AXIS = 30  # room for the date labels under the plot
HOLLOW = ("planned", "possible")

_PALETTE = load_toml("workbench.toml")["palette"]
COLOURS: dict[str, str] = {t: str(_PALETTE[t]) for t in EVENT_TYPES}  # one colour per PLOVER type
SOURCE_COLOURS: tuple[str, ...] = tuple(_PALETTE["sources"])
HIST_HEIGHT = 90
HIST_DAYS = 120  # a span up to this many days gets a bar per day; a longer one a bar per month


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
    """Events on a time axis, one lane per type: filled when asserted, hollow when planned or possible, struck
    through when negated. The events of one type and look on one day are one mark, larger and numbered when
    several."""
    dated = [(d, e) for e in events if (d := calendar_day(e["date"])) is not None]
    types = sorted({e["type"] for _, e in dated}, key=lambda t: EVENT_TYPES.index(t) if t in EVENT_TYPES else 99)
    height = TOP + LANE * max(len(types), 1) + AXIS
    if not dated:
        return Chart(WIDTH, height, [], [], undated=len(events))
    first, span = _scale([d for d, _ in dated])
    lane_y = {t: TOP + LANE * i + LANE / 2 for i, t in enumerate(types)}
    groups: dict[tuple[str, date, str], list[dict[str, Any]]] = {}
    for day, e in dated:
        groups.setdefault((e["type"], day, _look(e["modality"])), []).append(e)
    side: dict[tuple[str, date], int] = {}
    marks = []
    for (kind, day, _), found in groups.items():
        n = side[(kind, day)] = side.get((kind, day), -1) + 1  # another look on the same day sits beside it
        marks.append(_group_mark(day, found, _x(day, first, span) + 15 * n, lane_y[kind]))
    lanes = [(t, lane_y[t], COLOURS.get(t, "#555")) for t in types]
    return Chart(WIDTH, height, marks, _ticks(first, span), lanes, undated=len(events) - len(dated))


def _look(modality: str) -> str:
    return "hollow" if modality in HOLLOW else "struck" if modality == "negated" else "filled"


def _group_mark(day: date, found: list[dict[str, Any]], x: float, y: float) -> Mark:
    """One mark for the events of a type and look on a day: a lone event links to its words; several link to the
    list's day and say how many."""
    e = found[0]
    lines = [f"{f['date']} {f['type']} ({f['modality']}): {_who(f)} — {f['evidence']}" for f in found[:8]]
    if len(found) > 8:
        lines.append(f"… and {len(found) - 8} more")
    one = len(found) == 1
    link = href(e["article_id"], e["start"], e["end"]) if one else f"#day-{day.isoformat()}"
    look = _look(e["modality"])
    extra = {"type": e["type"], "modality": e["modality"] if one else look, "count": len(found),
             "r": 6 if one else round(min(6 + 2 * len(found) ** 0.5, 12), 1)}  # fmt: skip
    return Mark(x, y, COLOURS.get(e["type"], "#555"), look == "hollow", look == "struck", "\n".join(lines), link,
                extra)  # fmt: skip


def _who(e: dict[str, Any]) -> str:
    return " → ".join(p for p in (e.get("actors") or "?", e.get("targets")) if p)


@dataclass(slots=True)
class Bar:
    """One bar of the volume histogram: its days, how many events, where it is drawn."""

    since: str
    until: str
    events: int
    x: float
    width: float
    height: float
    label: str


@dataclass(slots=True)
class Histogram:
    width: int
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    by: str  # "day" or "month"
    first: str = ""
    last: str = ""


def histogram(volume: list[dict[str, Any]]) -> Histogram:
    """The events per day (a span up to `HIST_DAYS`) or per month, as bars over the span; the date brush selects
    a range of them."""
    days = [(d, int(v["events"])) for v in volume if (d := calendar_day(v["day"])) is not None]
    if not days:
        return Histogram(WIDTH, HIST_HEIGHT, [], [], "day")
    first, last = days[0][0], days[-1][0]
    by = "day" if (last - first).days <= HIST_DAYS else "month"
    bins: dict[tuple[date, date], int] = {}
    for d, n in days:
        key = (d, d) if by == "day" else (d.replace(day=1), _month_end(d))
        bins[key] = bins.get(key, 0) + n
    start = first if by == "day" else first.replace(day=1)
    end = last if by == "day" else _month_end(last)
    span = max((end - start).days + 1, 1)
    plot, top = WIDTH - LEFT - RIGHT, max(bins.values())
    bars = []
    for (lo, hi), n in sorted(bins.items()):
        x = LEFT + (lo - start).days / span * plot
        w = max(((hi - lo).days + 1) / span * plot - 1, 1.5)
        label = lo.isoformat() if by == "day" else lo.isoformat()[:7]
        bars.append(Bar(lo.isoformat(), hi.isoformat(), n, round(x, 1), round(w, 1),
                        round(max(n / top * (HIST_HEIGHT - 30), 2), 1), label))  # fmt: skip
    ticks = []
    for i in range(5):
        when = date.fromordinal(start.toordinal() + round((span - 1) * i / 4))
        ticks.append(Tick(round(LEFT + i / 4 * plot, 1), when.isoformat() if by == "day" else when.isoformat()[:7]))
    return Histogram(WIDTH, HIST_HEIGHT, bars, ticks, by, start.isoformat(), end.isoformat())


def _month_end(d: date) -> date:
    following = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def figure_chart(rows: list[dict[str, Any]], height: int = 300) -> Chart:
    """A figure's values over time: one point per report, coloured by source, ringed where sources disagree; the
    y axis from zero to a round number in round steps, labelled with the unit."""
    points = [(d, r, v) for r in rows if (d := calendar_day(r["date"])) is not None and (v := _number(r)) is not None]
    if not points:
        return Chart(WIDTH, height, [], [], undated=len(rows))
    first, span = _scale([d for d, _, _ in points])
    steps = nice_ticks(max(v for _, _, v in points))
    top = steps[-1]
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
    unit = next((r["unit"] for _, r, _ in points if r.get("unit")), None)
    yticks = [Tick(round(TOP + plot - plot * t / top, 1), tick_label(t, unit if t == top else None)) for t in steps]
    line = " ".join(f"{m.x},{m.y}" for m in marks)
    return Chart(WIDTH, height, marks, _ticks(first, span), yticks=yticks, line=line,
                 undated=len(rows) - len(points))  # fmt: skip


def nice_ticks(high: float, most: int = 6) -> list[float]:
    """Round axis values from 0 to at least `high`: steps of 1, 2 or 5 times a power of ten (never below 1: the
    figures are counts), at most `most` steps."""
    if high <= 0:
        return [0.0, 1.0]
    power = 10.0 ** max(math.floor(math.log10(high)) - 1, 0)
    while True:
        for m in (1, 2, 5):
            step = m * power
            if math.ceil(high / step - 1e-9) <= most:
                return [round(step * i, 6) for i in range(math.ceil(high / step - 1e-9) + 1)]
        power *= 10


def tick_label(value: float, unit: str | None = None) -> str:
    """An axis value as people read it ("2,500", "1.5M"), with the unit on the top one ("30 troops")."""
    if abs(value) >= 1_000_000:
        text = f"{value / 1_000_000:,.1f}".removesuffix(".0") + "M"
    else:
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"{text} {_plural(unit)}" if unit else text


def _plural(unit: str) -> str:
    return unit if unit.endswith("s") else unit + "s"


def _number(r: dict[str, Any]) -> float | None:
    """Where a report sits on the y axis: its value, else the middle of its range, else its one bound."""
    if r.get("value") is not None:
        return float(r["value"])
    bounds = [float(r[k]) for k in ("low", "high") if r.get(k) is not None]
    return sum(bounds) / len(bounds) if bounds else None


def legend(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(source, colour) in the order the figure chart assigns them."""
    sources = list(dict.fromkeys(r["source"] or "unknown source" for r in rows if calendar_day(r["date"])))
    return [(s, SOURCE_COLOURS[i % len(SOURCE_COLOURS)]) for i, s in enumerate(sources)]
