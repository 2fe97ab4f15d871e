"""Consolidated events of a story: the events its articles report, merged when they are one happening.

Two reports are one happening when they have the same type and
- their dates agree: two days at most `EVENT_DAYS` apart, or a month or year that holds the other date ("2017-10"
  holds "2017-10-02"; "1991-10" holds nothing of 2017: a background event of another time stays apart). A report
  the text gives no date is dated by its article's publication, which says only "on or before": it agrees with a
  dated happening up to `LOOKBACK_DAYS` earlier ("the gunman, who killed 59 people" in a report weeks later);
- their places agree: the same place, or a place and the country it lies in ("Nice" and "France"), never two
  different places of one country or a place and another country;
- and they share an actor or a target, or are both placed and dated (outlets name one attacker differently:
  "the driver", "the attacker", his name).

A report joins the agreeing happening placed where it is, if any, else any agreeing one; among those, the one
whose date is nearest its own (a later report of "the Las Vegas shooter, who killed 59" joins the shooting in Las
Vegas, not an unplaced shooting of the week before it was published). A consolidated event shows what most of its
reports say: the most precise date the texts give most often (publication days only when no text gives one), the
most specific place they give most often; its actors and targets are every name its reports use, and `sources` counts
the distinct articles behind it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TypeVar

from sitrep.days import calendar_day

EVENT_DAYS = 2  # events of one story this far apart are still one happening
LOOKBACK_DAYS = 60  # a report dated only by its publication may tell of a happening this much earlier

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Where:
    """A report's place: its name, coordinates, whether it is a country, and the country it lies in."""

    name: str
    lat: float | None
    lon: float | None
    is_country: bool
    country: str | None


@dataclass(slots=True)
class Report:
    """One article's event as the story reads it."""

    type: str
    actors: list[str]
    targets: list[str]
    where: Where | None
    date: str | None
    stated: bool  # the text gives the date (else it is the article's publication day)
    article: str  # the SPEC id of the article
    evidence: object  # what the caller shows for this report (its evidence span)


@dataclass(slots=True)
class Happening:
    """Reports merged into one event."""

    type: str
    reports: list[Report] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)

    @property
    def sources(self) -> int:
        return len({r.article for r in self.reports})

    @property
    def where(self) -> Where | None:
        places = [r.where for r in self.reports if r.where is not None]
        specific = [w for w in places if not w.is_country]
        return _most_common(specific or places)

    @property
    def stated(self) -> bool:
        return any(r.stated and r.date for r in self.reports)

    @property
    def date(self) -> str | None:
        dates = [r.date for r in self.reports if r.date and r.stated == self.stated]
        if not dates:
            return None
        finest = max(len(d) for d in dates)
        return _most_common(sorted(d for d in dates if len(d) == finest))

    def admits(self, report: Report) -> bool:
        if not (self._dates_agree(report) and self._places_agree(report.where)):
            return False
        if _folded(report.actors) & _folded(self.actors) or _folded(report.targets) & _folded(self.targets):
            return True
        return report.where is not None and self.where is not None and bool(report.date) and bool(self.date)

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.actors += [a for a in report.actors if a.casefold() not in _folded(self.actors)]
        self.targets += [t for t in report.targets if t.casefold() not in _folded(self.targets)]

    def same_place(self, report: Report) -> bool:
        """Whether the happening is placed where the report is (not merely somewhere compatible, or nowhere)."""
        return report.where is not None and self.where is not None and report.where.name == self.where.name

    def distance(self, report: Report) -> int:
        """Days between the happening's date and the report's (large when either is unknown or not a day)."""
        a, b = calendar_day(self.date), calendar_day(report.date)
        return abs((a - b).days) if a and b else 1 << 20

    def _dates_agree(self, report: Report) -> bool:
        mine, theirs = self.date, report.date
        if not mine or not theirs:
            return True
        if len(mine) < 10 or len(theirs) < 10:  # a month or a year: it must hold the other date
            return mine.startswith(theirs) or theirs.startswith(mine)
        a, b = calendar_day(mine), calendar_day(theirs)
        if a is None or b is None:
            return mine == theirs
        if self.stated == report.stated:
            return abs((a - b).days) <= EVENT_DAYS
        told, published = (a, b) if self.stated else (b, a)
        return -LOOKBACK_DAYS <= (told - published).days <= EVENT_DAYS

    def _places_agree(self, where: Where | None) -> bool:
        if where is None:
            return True
        places = {r.where for r in self.reports if r.where is not None}
        specific = {w.name for w in places if not w.is_country}
        countries = {w.name for w in places if w.is_country} | {w.country for w in places if w.country}
        if where.is_country:
            return not places or where.name in countries
        if specific:
            return where.name in specific
        return not countries or where.country in countries


def consolidate(reports: list[Report]) -> list[Happening]:
    """The reports merged into happenings, most sources first. Reports the text dates come first, in date order,
    so a happening's date is set by them before undated reports are placed."""
    merged: list[Happening] = []
    by_type: dict[str, list[Happening]] = {}
    for report in sorted(reports, key=lambda r: (not r.stated, r.date is None, r.date or "")):
        same = by_type.setdefault(report.type, [])
        admitting = [h for h in same if h.admits(report)]
        one = min(admitting, key=lambda h: (not h.same_place(report), h.distance(report))) if admitting else None
        if one is None:
            one = Happening(report.type)
            same.append(one)
            merged.append(one)
        one.add(report)
    merged.sort(key=lambda h: (-h.sources, h.date or "9999"))
    return merged


def _most_common(items: list[T]) -> T | None:
    """The item given most often; the first of those on a tie."""
    if not items:
        return None
    counts = Counter(items)
    top = max(counts.values())
    return next(i for i in items if counts[i] == top)


def _folded(names: list[str]) -> set[str]:
    return {n.casefold() for n in names}
