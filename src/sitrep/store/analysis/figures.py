"""Figure series: every reported figure of one holder, category, location and unit, in date order, and where
sources disagree. The CLI (`sitrep figures`, the digest) and the web app (`/api/figures`, `/figures`) all ask here.

The rules:
- A figure reads as people write it: "2,500", "about 3,000", "at least 170", "up to 50", "10–12".
- Two reports give the **same** figure when their numbers (value, low, high) are equal; "about" does not count,
  so "about 3,000" after "3,000" is no change.
- Two reports **disagree** when they come from different articles, are dated within `DISAGREE_DAYS` (7) of each
  other (a report dated only by month or year, only with one of the same month or year), and no one number fits
  both. An exact figure fits its value; "about N" fits N give or take a tenth (`APPROXIMATE`); a range fits its
  bounds; "at least L" fits L and above; "up to H" fits H and below. So "about 3,000" agrees with "3,000" and
  with "2,900", "about 2,000" disagrees with "2,500", and "at least 170" agrees with "200".
- A report's disagreement is looked up among all the stored reports of its series, not only those on the same
  page of a list, so every list shows the same disagreement for the same report."""

from __future__ import annotations

import math
import sqlite3
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Unpack

from sitrep.data_files import load_toml
from sitrep.store.filters import MANY, FigureFilters, figure_filter, sql_in

DISAGREE_DAYS = 7  # figures from different articles this close in time should agree
APPROXIMATE = 0.1  # "about N" fits N give or take this share of it
NEIGHBOURS = 5000  # the most reports of one series looked at around a list's dates

Key = tuple[Any, ...]  # a series: (holder id, category, location id, unit)


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure's numbers: an exact or approximate value, or one or two bounds."""

    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False

    @property
    def text(self) -> str:
        return figure_text(self.value, self.low, self.high, self.approximate)

    def bounds(self) -> tuple[float, float]:
        """The numbers it fits, from lowest to highest."""
        if self.value is not None:
            slack = abs(self.value) * APPROXIMATE if self.approximate else 0.0
            return self.value - slack, self.value + slack
        low = -math.inf if self.low is None else self.low
        high = math.inf if self.high is None else self.high
        return low, high

    def same(self, other: Amount) -> bool:
        """The same numbers, whether or not either is approximate."""
        return (self.value, self.low, self.high) == (other.value, other.low, other.high)

    def disagrees(self, other: Amount) -> bool:
        """No one number fits both."""
        return _apart(self.bounds(), other.bounds())


def _apart(one: tuple[float, float], other: tuple[float, float]) -> bool:
    """Two ranges of numbers (low, high) with no number in both."""
    return one[0] > other[1] or other[0] > one[1]


def figure_text(value: float | None, low: float | None, high: float | None, approximate: bool) -> str:
    """A figure as people write it: "2,500", "about 3,000", "more than 170", "10–12"."""
    if value is not None:
        return ("about " if approximate else "") + _num(value)
    if low is not None and high is not None:
        return f"{_num(low)}–{_num(high)}"
    if low is not None:
        return f"at least {_num(low)}"
    return f"up to {_num(high)}" if high is not None else "?"


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


@dataclass(slots=True)
class Report:
    """One reported figure, with its series, its words and sentence, and where other sources disagree."""

    series: str  # "United States · personnel · in Iraq"
    date: str | None
    figure: str
    value: float | None
    low: float | None
    high: float | None
    approximate: int  # 1 for "about 3,000", as the store keeps it
    unit: str | None
    category: str
    holder: str | None
    location: str | None
    disagreement: str | None  # "sources differ: 2,500 (Wire A, 2024-09-27)", or None
    source: str | None
    article: str | None  # its title
    sentence: str | None
    text: str
    start: int
    end: int
    article_id: str


@dataclass(slots=True)
class Point(Report):
    """A report as a step of its series over time, with its change from the series' previous report in another
    article: None (the first, or the same article), "same", or "was 2,500"."""

    change: str | None = None


_REPORT = """
    SELECT q.id, q.article_id AS aid, q.holder_id, q.category, q.location_id, q.unit, q.date, q.value, q.low,
           q.high, q.approximate, q.text, q.start, q."end", h.name AS holder, l.name AS location, a.source,
           a.title AS article, a.sha256 AS article_id, s.text AS sentence
    FROM quantities q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities h ON h.id = q.holder_id LEFT JOIN entities l ON l.id = q.location_id
    LEFT JOIN sentences s ON s.id = q.sentence_id"""


def reports(
    conn: sqlite3.Connection, *, offset: int = 0, limit: int = 100, **filters: Unpack[FigureFilters]
) -> list[Report]:
    """Figure reports (with a holder or a place) by series, then date, each with where other sources disagree."""
    rows = _listed(conn, offset, limit, filters)
    marks = disagreements(conn, rows)
    return [Report(*_values(r, marks[r["id"]])) for r in rows]


def report_count(conn: sqlite3.Connection, **filters: Unpack[FigureFilters]) -> int:
    """How many figure reports `reports` lists with these filters (every page together)."""
    where, params = figure_filter(conn, **filters)
    return int(conn.execute(f"SELECT count(*) FROM quantities q WHERE {where}", params).fetchone()[0])


def entity_reports(conn: sqlite3.Connection, entity_id: int, *, limit: int = 20) -> list[Report]:
    """The newest `limit` figure reports a stored entity holds or that are located at it, newest first."""
    ids = [r[0] for r in conn.execute(
        """SELECT id FROM quantities WHERE holder_id = ?1 UNION SELECT id FROM quantities WHERE location_id = ?1""",
        (entity_id,),
    )]  # fmt: skip
    rows = conn.execute(f"{_REPORT} WHERE q.id IN {sql_in(ids)} ORDER BY q.date DESC, q.id DESC LIMIT ?", (limit,))
    found = rows.fetchall()
    marks = disagreements(conn, found)
    return [Report(*_values(r, marks[r["id"]])) for r in found]


def article_reports(conn: sqlite3.Connection, article_ids: list[int], *, limit: int = 2000) -> list[Report]:
    """The figure reports (with a holder or a place) of these articles, by series then date, each with where other
    sources disagree (a story's figures)."""
    rows = conn.execute(
        f"""{_REPORT} WHERE q.article_id IN {sql_in(article_ids)}
            AND (q.holder_id IS NOT NULL OR q.location_id IS NOT NULL)
            ORDER BY q.holder_id, q.category, q.location_id, q.unit, q.date, q.id LIMIT ?""",
        (limit,),
    ).fetchall()
    marks = disagreements(conn, rows)
    return [Report(*_values(r, marks[r["id"]])) for r in rows]


def over_time(
    conn: sqlite3.Connection, *, limit: int = 200, **filters: Unpack[FigureFilters]
) -> tuple[list[Point], bool]:
    """The first `limit` reports by series as steps over time: a figure an article repeats is shown once, and each
    step says how it changed. Also whether `limit` cut the list short."""
    rows = _listed(conn, 0, limit, filters)
    seen: set[tuple[Key, int, str]] = set()
    kept = []
    for r in rows:
        once = (_key(r), r["aid"], _amount(r).text)
        if once not in seen:
            seen.add(once)
            kept.append(r)
    marks = disagreements(conn, kept)
    points, previous = [], None
    for r in kept:
        point = Point(*_values(r, marks[r["id"]]))
        if previous is not None and _key(previous) == _key(r) and previous["aid"] != r["aid"]:
            point.change = "same" if _amount(previous).same(_amount(r)) else f"was {_amount(previous).text}"
        points.append(point)
        previous = r
    return points, len(rows) >= limit


def series_reports(
    conn: sqlite3.Connection, *, holder: str | None, category: str, location: str | None, unit: str | None,
    limit: int = 500,
) -> list[Report]:  # fmt: skip
    """Every report of one series, named by its holder's and location's names, in date order."""
    sql = f"""{_REPORT}
        WHERE q.category = ? AND q.unit IS ? AND h.name IS ? AND l.name IS ?
        ORDER BY q.date, q.id LIMIT ?"""
    rows = conn.execute(sql, (category, unit, holder, location, limit)).fetchall()
    marks = disagreements(conn, rows)
    return [Report(*_values(r, marks[r["id"]])) for r in rows]


@dataclass(slots=True)
class Series:
    """A figure series and how often it was reported."""

    holder: str | None
    category: str
    location: str | None
    unit: str | None
    figures: int
    articles: int
    first: str | None  # the earliest date
    last: str | None


def series(
    conn: sqlite3.Connection, *, category: str | None = None, offset: int = 0, limit: int = 50, parties: bool = False
) -> list[Series]:
    """Figure series (holder · category · location · unit), the most often reported first; with `parties`, only
    those a person would chart (`_series_where`)."""
    where, params = _series_where(category, parties)
    sql = f"""
        SELECT h.name AS holder, q.category, l.name AS location, q.unit, count(*) AS figures,
               count(DISTINCT q.article_id) AS articles, min(q.date) AS first, max(q.date) AS last
        FROM quantities q LEFT JOIN entities h ON h.id = q.holder_id LEFT JOIN entities l ON l.id = q.location_id
        WHERE {where}
        GROUP BY q.holder_id, q.category, q.location_id, q.unit
        ORDER BY articles DESC, figures DESC, holder, q.category LIMIT ? OFFSET ?"""
    return [Series(*r) for r in conn.execute(sql, [*params, limit, offset])]


def series_count(conn: sqlite3.Connection, *, category: str | None = None, parties: bool = False) -> int:
    """How many series `series` lists with these choices (every page together)."""
    where, params = _series_where(category, parties)
    sql = f"""SELECT count(*) FROM (SELECT 1 FROM quantities q LEFT JOIN entities h ON h.id = q.holder_id
              WHERE {where} GROUP BY q.holder_id, q.category, q.location_id, q.unit)"""
    return int(conn.execute(sql, params).fetchone()[0])


def series_categories(conn: sqlite3.Connection, *, parties: bool = False) -> dict[str, int]:
    """How many series each category has, the most first."""
    where, params = _series_where(None, parties)
    sql = f"""SELECT category, count(*) FROM (SELECT q.category FROM quantities q LEFT JOIN entities h
              ON h.id = q.holder_id WHERE {where} GROUP BY q.holder_id, q.category, q.location_id, q.unit)
              GROUP BY category ORDER BY count(*) DESC, category"""
    return {str(c): int(n) for c, n in conn.execute(sql, params)}


def _series_where(category: str | None, parties: bool) -> tuple[str, list[Any]]:
    """The condition over `quantities q` (and its holder `h`) for a list of series. `parties`: the holder is a
    real party (of `[figures] party_kinds` in `data/workbench.toml`, or an actor or target of some event), or there
    is no holder but a place; and the category is not one of `hidden_categories`."""
    where, params = ["(q.holder_id IS NOT NULL OR q.location_id IS NOT NULL)"], []
    if category:
        where.append("q.category = ?")
        params.append(category)
    if parties:
        rules = load_toml("workbench.toml")["figures"]
        kinds, hidden = list(rules["party_kinds"]), list(rules["hidden_categories"])
        where.append(
            f"(q.holder_id IS NULL OR h.kind IN ({', '.join('?' * len(kinds))})"
            " OR EXISTS (SELECT 1 FROM event_actors x WHERE x.entity_id = q.holder_id))"
        )
        where.append(f"q.category NOT IN ({', '.join('?' * len(hidden))})")
        params += kinds + hidden
    return " AND ".join(where), params


@dataclass(slots=True)
class Change:
    """A series whose latest figure differs from the one before it."""

    holder: str | None
    category: str
    location: str | None
    unit: str | None
    latest: str
    date: str | None
    before: str
    date_before: str | None
    source: str | None


def changed(conn: sqlite3.Connection, *, limit: int = 5, recent: int = 2000) -> list[Change]:
    """Series whose latest figure is not the same as the one before it, among the series of the `recent` latest
    figures with a holder (so the answer stays fast however large the store grows)."""
    keys = conn.execute(
        "SELECT holder_id, category, location_id, unit FROM quantities WHERE holder_id IS NOT NULL"
        " ORDER BY date DESC, id DESC LIMIT ?",
        (recent,),
    ).fetchall()
    out = []
    for key in list(dict.fromkeys(tuple(k) for k in keys))[: limit * 20]:
        change = _change(conn, key)
        if change:
            out.append(change)
        if len(out) >= limit:
            break
    return out


def _change(conn: sqlite3.Connection, key: Key) -> Change | None:
    rows = conn.execute(
        """
        SELECT q.value, q.low, q.high, q.approximate, q.date, a.source, h.name AS holder, l.name AS location
        FROM quantities q JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities h ON h.id = q.holder_id LEFT JOIN entities l ON l.id = q.location_id
        WHERE q.holder_id = ? AND q.category = ? AND q.location_id IS ? AND q.unit IS ?
        ORDER BY q.date DESC, q.id DESC LIMIT 50""",
        key,
    ).fetchall()
    amounts = [_amount(r) for r in rows]
    before = next((i for i, a in enumerate(amounts) if not a.same(amounts[0])), None)
    if before is None:
        return None
    latest, earlier = rows[0], rows[before]
    return Change(latest["holder"], key[1], latest["location"], key[3], amounts[0].text, latest["date"],
                  amounts[before].text, earlier["date"], latest["source"])  # fmt: skip


def disagreements(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> dict[int, str | None]:
    """For each quantity row (id, aid, series key, date, numbers), what other sources said that disagrees, among
    the stored reports of its series within `DISAGREE_DAYS` of it."""
    by_series: dict[Key, list[sqlite3.Row]] = {}
    for r in rows:
        by_series.setdefault(_key(r), []).append(r)
    out: dict[int, str | None] = {}
    for key, mine in by_series.items():
        near = _Near(_neighbours(conn, key, [r["date"] for r in mine if r["date"]]))
        for r in mine:
            bounds = _amount(r).bounds()
            said = [o.said for o in near.around(r["date"]) if o.aid != r["aid"] and _apart(bounds, o.bounds)]
            out[r["id"]] = "sources differ: " + "; ".join(dict.fromkeys(said)) if said else None
    return out


def _neighbours(conn: sqlite3.Connection, key: Key, dates: list[str]) -> list[sqlite3.Row]:
    """The series' reports dated within `DISAGREE_DAYS` of one of `dates`, or on the same month or year."""
    days = sorted(d for d in map(_ordinal, dates) if d is not None)
    partial = sorted({d for d in dates if _ordinal(d) is None})
    when, params = [], []
    if days:
        when.append("q.date BETWEEN ? AND ?")
        first = date.fromordinal(days[0]) - timedelta(days=DISAGREE_DAYS)
        last = date.fromordinal(days[-1]) + timedelta(days=DISAGREE_DAYS)
        params += [first.isoformat(), last.isoformat() + "~"]  # "~" sorts after any time of day
    if partial:
        when.append(f"q.date IN ({', '.join('?' * len(partial))})")
        params += partial
    if not when:
        return []
    sql = f"""
        SELECT q.article_id AS aid, q.date, q.value, q.low, q.high, q.approximate, a.source
        FROM quantities q JOIN articles a ON a.id = q.article_id
        WHERE q.holder_id IS ? AND q.category = ? AND q.location_id IS ? AND q.unit IS ? AND ({" OR ".join(when)})
        ORDER BY q.date, q.id LIMIT {NEIGHBOURS}"""
    return conn.execute(sql, [*key, *params]).fetchall()


@dataclass(frozen=True, slots=True)
class _Other:
    """Another report of the series: its article, the numbers it fits, and how a disagreement names it."""

    aid: int
    bounds: tuple[float, float]
    said: str  # "2,500 (Wire A, 2024-09-27)"


class _Near:
    """One series' reports, looked up by how close their dates are."""

    def __init__(self, rows: list[sqlite3.Row]) -> None:
        self.days: list[int] = []
        self.dated: list[_Other] = []
        self.partial: dict[str, list[_Other]] = {}
        for r in rows:  # in date order
            amount = _amount(r)
            said = f"{amount.text} ({r['source'] or 'unknown source'}, {r['date']})"
            other = _Other(r["aid"], amount.bounds(), said)
            day = _ordinal(r["date"])
            if day is not None:
                self.days.append(day)
                self.dated.append(other)
            elif r["date"]:
                self.partial.setdefault(r["date"], []).append(other)

    def around(self, when: str | None) -> list[_Other]:
        """The reports dated within `DISAGREE_DAYS` of `when`, or, for a month or a year, on the same one."""
        day = _ordinal(when)
        if day is None:
            return self.partial.get(when, []) if when else []
        return self.dated[bisect_left(self.days, day - DISAGREE_DAYS) : bisect_right(self.days, day + DISAGREE_DAYS)]


def _listed(conn: sqlite3.Connection, offset: int, limit: int, filters: FigureFilters) -> list[sqlite3.Row]:
    """A page of figure rows by series then date: picked from the quantities alone while walking the series index
    in order for a common category, then looked up with names and sentences."""
    category = filters.get("category")
    where, params = figure_filter(conn, by_series=bool(category) and _common(conn, category), **filters)
    ids = [r[0] for r in conn.execute(
        f"""SELECT q.id FROM quantities q WHERE {where}
            ORDER BY q.holder_id, q.category, q.location_id, q.unit, q.date, q.id LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )]  # fmt: skip
    order = {qid: n for n, qid in enumerate(ids)}
    rows = conn.execute(f"{_REPORT} WHERE q.id IN {sql_in(ids)}").fetchall()
    return sorted(rows, key=lambda r: order[r["id"]])


def _common(conn: sqlite3.Connection, category: str | None) -> bool:
    """More than `MANY` figures of this category: then a list walks the series index in order, checking the
    category, rather than sorting all of them (a rare one is faster looked up by its own index and sorted)."""
    more = conn.execute("SELECT 1 FROM quantities WHERE category = ? LIMIT 1 OFFSET ?", (category, MANY)).fetchone()
    return more is not None


def _values(r: sqlite3.Row, disagreement: str | None) -> tuple[Any, ...]:
    """A report's fields, in `Report`'s order, from a `_REPORT` row."""
    name = " · ".join(x for x in (r["holder"], r["category"], r["location"] and f"in {r['location']}") if x)
    return (name, r["date"], _amount(r).text, r["value"], r["low"], r["high"], r["approximate"], r["unit"],
               r["category"], r["holder"], r["location"], disagreement, r["source"], r["article"], r["sentence"],
               r["text"], r["start"], r["end"], r["article_id"])  # fmt: skip


def _amount(r: sqlite3.Row) -> Amount:
    return Amount(r["value"], r["low"], r["high"], bool(r["approximate"]))


def _key(r: sqlite3.Row) -> Key:
    return (r["holder_id"], r["category"], r["location_id"], r["unit"])


def _ordinal(value: str | None) -> int | None:
    """The day number of a full ISO date; None for a month, a year or nothing."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None
