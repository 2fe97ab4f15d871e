"""Stories: the reports of one happening, grouped across articles, with their events and figures merged. The CLI
(`sitrep stories`) and the web app (`/api/stories`) ask here.

How articles become stories (`update`, run after every ingest; incremental: an article keeps its story):
- Each original article (near-copies follow the article they copy) is a vector of the words of its headline and
  its first `LEAD_CHARS` characters (the lead tells what happened), each word weighted by a fixed background IDF
  of English (`story_vectors.py`). Nothing is fitted on the store, so placing a batch never moves what is placed
  and an article's vector does not depend on which other articles were ingested.
- New articles are taken in order of publication. One joins the story whose dated articles it is most similar to
  on average (cosine: average linkage, which a chain of near neighbours cannot stretch the way single linkage
  can), if that mean is at least `JOIN` and one of the story's articles is at most `WINDOW_DAYS` older or newer;
  a story silent for longer than that is reopened only by an article `REOPEN` times as similar (the same kind of
  happening a season later is mostly another story; a happening that comes back, a trial, an anniversary, a
  release of hostages, is told in much the same words). Otherwise the article opens a story of its own.
- An article with no publication date opens a story of its own: without a date, nothing says it reports the same
  happening rather than an earlier or later one of the same kind (precision first).
The knobs are scored by `sitrep eval --only stories` against the event groups of the development news set
(B-cubed and pairwise precision and recall); `JOIN` is the value both halves of a two-fold split of its groups
choose on their own, on a coarse grid (see `docs/stories.md`).

What a story holds (`stories`):
- its articles, oldest first, with source and URL;
- its events: the events of its articles merged where they are one happening (`story_events.py`: same type,
  dates and places that agree, a shared party or both placed and dated), with every article's evidence and
  `sources`, the number of distinct articles that report it;
- its figures: the figure reports of its articles by series (the one implementation in `figures.py`), each with
  every report, the latest, the range and the reports that disagree."""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import numpy as np
from scipy import sparse

from sitrep.days import calendar_day
from sitrep.store.analysis import figures as figures_mod
from sitrep.store.analysis.story_events import Happening, Report, Where, consolidate
from sitrep.store.analysis.story_vectors import vectors
from sitrep.store.filters import sql_in

LEAD_CHARS = 1000  # the characters of the text read (after the headline, which `story_vectors` weighs apart)
JOIN = 0.1  # the mean cosine similarity to a story's articles at which an article joins it ...
WINDOW_DAYS = 60  # ... when one of them is this close to it in time; a story silent for longer ...
REOPEN = 2.0  # ... takes it only at this many times that similarity


@dataclass(slots=True)
class StoryArticle:
    id: str  # the SPEC's article id
    title: str | None
    published: str | None
    url: str | None
    source: str | None


@dataclass(slots=True)
class Evidence:
    article: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Place:
    name: str
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class StoryEvent:
    type: str
    actors: list[str]
    targets: list[str]
    place: Place | None
    date: str | None
    sources: int  # distinct articles that report it
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class StoryFigure:
    series: str
    latest: str
    low: float | None
    high: float | None
    reports: list[figures_mod.Report]
    disagreements: int


@dataclass(slots=True)
class Story:
    id: int
    title: str | None
    first_seen: str | None
    last_seen: str | None
    articles: list[StoryArticle]
    events: list[StoryEvent]
    figures: list[StoryFigure]


# -- clustering -------------------------------------------------------------------------------------------


def update(conn: sqlite3.Connection) -> int:
    """Give every stored article without a story one (joining or opening); returns how many were placed. Runs
    in the caller's transaction."""
    rows = conn.execute(
        """SELECT a.id, a.title, a.date, substr(a.text, 1, ?), s.story_id
           FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
           WHERE a.duplicate_of IS NULL ORDER BY a.id""",
        (LEAD_CHARS,),
    ).fetchall()
    placed = 0
    if any(r[4] is None for r in rows):
        placed += _place_originals(conn, rows)
    placed += _place_copies(conn)
    return placed


def _place_originals(conn: sqlite3.Connection, rows: list[tuple[int, str | None, str | None, str, int | None]]) -> int:
    matrix = vectors((r[1], r[3]) for r in rows)
    days = [calendar_day(r[2]) for r in rows]
    placing = _Placing(np.array([-1 if r[4] is None else r[4] for r in rows], dtype=np.int64), days)
    todo = sorted((k for k in range(len(rows)) if rows[k][4] is None), key=lambda k: (days[k] or date.max, rows[k][0]))
    for first in range(0, len(todo), _CHUNK):
        chunk = todo[first : first + _CHUNK]
        sims = (matrix[chunk] @ matrix.T).tocsr()  # one sparse product per chunk
        for n, k in enumerate(chunk):
            joined = placing.best(k, sims.getrow(n))
            if joined is None:
                joined = int(conn.execute("INSERT INTO stories (articles) VALUES (0)").lastrowid or 0)
            placing.add(k, joined)
            conn.execute("INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)", (rows[k][0], joined))
    _refresh(conn, sorted({int(placing.story[k]) for k in todo}))
    return len(todo)


_CHUNK = 256  # articles whose similarities to all others are computed in one sparse product


class _Placing:
    """Each article's story so far, with the days of each story's dated articles (in order)."""

    def __init__(self, story: np.ndarray, days: list[date | None]) -> None:
        self.story = story
        self.dated = np.array([d is not None for d in days], dtype=bool)
        self.days = days
        self.dates: dict[int, list[int]] = defaultdict(list)  # a story's days, as ordinals, sorted
        for k in np.flatnonzero(story >= 0):
            self._count(int(k), int(story[k]))

    def add(self, k: int, story: int) -> None:
        self.story[k] = story
        self._count(k, story)

    def _count(self, k: int, story: int) -> None:
        day = self.days[k]
        if day is not None:
            insort(self.dates[story], day.toordinal())

    def near(self, story: int, day: date) -> bool:
        """Whether one of the story's articles is at most `WINDOW_DAYS` from the day."""
        dates, ordinal = self.dates[story], day.toordinal()
        n = bisect_left(dates, ordinal - WINDOW_DAYS)
        return n < len(dates) and dates[n] <= ordinal + WINDOW_DAYS

    def best(self, k: int, row: sparse.csr_matrix) -> int | None:
        """The story whose dated articles are most similar to article k on average, that mean divided by `REOPEN`
        when none of them is within `WINDOW_DAYS`; None when no story reaches `JOIN` so. Only articles with a
        similarity above zero add to the sums."""
        day = self.days[k]
        if day is None:
            return None
        cols, values = row.indices, row.data
        keep = (self.story[cols] >= 0) & self.dated[cols]
        if not keep.any():
            return None
        ids, inverse = np.unique(self.story[cols[keep]], return_inverse=True)
        sums = np.bincount(inverse, weights=values[keep])
        mean = sums / np.array([len(self.dates[int(i)]) for i in ids], dtype=float)
        chosen, score = None, JOIN
        for n in np.argsort(-mean):
            if mean[n] < score:  # a story's score is at most its mean: none further on can do better
                break
            story = int(ids[n])
            found = mean[n] if self.near(story, day) else mean[n] / REOPEN
            if found >= score:
                chosen, score = story, found
        return chosen


def _place_copies(conn: sqlite3.Connection) -> int:
    """Near-copies join the story of the article they copy (and count in its size and days)."""
    copies = conn.execute(
        """SELECT a.id, s.story_id FROM articles a JOIN story_articles s ON s.article_id = a.duplicate_of
           WHERE a.duplicate_of IS NOT NULL AND a.id NOT IN (SELECT article_id FROM story_articles)"""
    ).fetchall()
    conn.executemany("INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)", copies)
    _refresh(conn, sorted({story for _article, story in copies}))
    return len(copies)


def _refresh(conn: sqlite3.Connection, ids: list[int]) -> None:
    """A story's title (its first article's), first and last day and size."""
    for chunk in range(0, len(ids), 500):
        some = sql_in(ids[chunk : chunk + 500])
        conn.execute(
            f"""UPDATE stories SET
                  articles = (SELECT count(*) FROM story_articles s WHERE s.story_id = stories.id),
                  first_seen = (SELECT min(a.date) FROM story_articles s JOIN articles a ON a.id = s.article_id
                                WHERE s.story_id = stories.id),
                  last_seen = (SELECT max(a.date) FROM story_articles s JOIN articles a ON a.id = s.article_id
                               WHERE s.story_id = stories.id),
                  title = (SELECT a.title FROM story_articles s JOIN articles a ON a.id = s.article_id
                           WHERE s.story_id = stories.id ORDER BY a.date IS NULL, a.date, a.id LIMIT 1)
                WHERE id IN {some}"""
        )


def memberships(conn: sqlite3.Connection) -> dict[str, int]:
    """The story of every stored article, by its SPEC id."""
    sql = "SELECT a.sha256, s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id"
    return {sha: story for sha, story in conn.execute(sql)}


# -- reading stories --------------------------------------------------------------------------------------


def stories(conn: sqlite3.Connection, *, since: str | None = None, limit: int = 50, offset: int = 0) -> list[Story]:
    """Stories, largest first (then newest), with their articles, consolidated events and figures."""
    rows = conn.execute(
        """SELECT id, title, first_seen, last_seen FROM stories
           WHERE articles > 0 AND (? IS NULL OR last_seen >= ?)
           ORDER BY articles DESC, last_seen DESC, id LIMIT ? OFFSET ?""",
        (since, since, limit, offset),
    ).fetchall()
    return [story(conn, r[0], r) for r in rows]


def story(
    conn: sqlite3.Connection, story_id: int, row: tuple[int, str | None, str | None, str | None] | None = None
) -> Story:
    """One story with everything it holds (KeyError when there is none of that id)."""
    if row is None:
        found = conn.execute(
            "SELECT id, title, first_seen, last_seen FROM stories WHERE id = ?", (story_id,)
        ).fetchone()
        if found is None:
            raise KeyError(story_id)
        row = found
    members = conn.execute(
        """SELECT a.id, a.sha256, a.title, a.published, a.url, a.source FROM story_articles s
           JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? ORDER BY a.date IS NULL, a.date, a.id""",
        (story_id,),
    ).fetchall()
    ids = [m[0] for m in members]
    return Story(
        id=row[0],
        title=row[1],
        first_seen=row[2],
        last_seen=row[3],
        articles=[StoryArticle(*m[1:]) for m in members],
        events=_events(conn, ids),
        figures=_figures(conn, ids),
    )


def _events(conn: sqlite3.Connection, article_ids: list[int]) -> list[StoryEvent]:
    rows = conn.execute(
        f"""SELECT e.type, e.date, e.date_from = 'event', l.name, l.lat, l.lon, l.kind = 'country',
                   (SELECT c.name FROM article_entities pl
                    JOIN article_entities pc ON pc.article_id = pl.article_id
                         AND pc.local_id = json_extract(pl.attributes, '$.country')
                    JOIN entities c ON c.id = pc.entity_id
                    WHERE pl.article_id = e.article_id AND pl.entity_id = e.location_id LIMIT 1) AS country,
                   a.sha256, e.start, e."end", e.text,
                   (SELECT group_concat(n.name, char(31)) FROM event_actors ea JOIN entities n ON n.id = ea.entity_id
                    WHERE ea.event_id = e.id AND ea.role = 'actor') AS actors,
                   (SELECT group_concat(n.name, char(31)) FROM event_actors ea JOIN entities n ON n.id = ea.entity_id
                    WHERE ea.event_id = e.id AND ea.role = 'target') AS targets
            FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN entities l ON l.id = e.location_id
            WHERE e.article_id IN {sql_in(article_ids)} ORDER BY e.date IS NULL, e.date, e.id"""
    ).fetchall()
    reports = [
        Report(
            type=r[0],
            actors=_names(r[12]),
            targets=_names(r[13]),
            where=Where(r[3], r[4], r[5], bool(r[6]), r[7]) if r[3] else None,
            date=r[1],
            stated=bool(r[2]),
            article=r[8],
            evidence=Evidence(r[8], r[9], r[10], r[11]),
        )
        for r in rows
    ]
    return [_shown(h) for h in consolidate(reports)]


def _shown(one: Happening) -> StoryEvent:
    where = one.where
    place = Place(where.name, where.lat, where.lon) if where else None
    evidence = [r.evidence for r in one.reports if isinstance(r.evidence, Evidence)]
    return StoryEvent(one.type, one.actors, one.targets, place, one.date, one.sources, evidence)


def _names(joined: str | None) -> list[str]:
    return joined.split("\x1f") if joined else []


def _figures(conn: sqlite3.Connection, article_ids: list[int]) -> list[StoryFigure]:
    reports = figures_mod.article_reports(conn, article_ids)
    series: dict[str, list[figures_mod.Report]] = defaultdict(list)
    for r in reports:
        series[r.series].append(r)
    out: list[StoryFigure] = []
    for name, items in series.items():
        values = [v for r in items for v in (r.value, r.low, r.high) if v is not None]
        out.append(
            StoryFigure(
                series=name,
                latest=items[-1].figure,
                low=min(values) if values else None,
                high=max(values) if values else None,
                reports=items,
                disagreements=sum(1 for r in items if r.disagreement),
            )
        )
    out.sort(key=lambda f: -len(f.reports))
    return out


def as_dict(one: Story) -> dict[str, Any]:
    """A story as the JSON `sitrep stories` and `/api/stories` give (see the README)."""
    return {
        "id": one.id,
        "title": one.title,
        "first_seen": one.first_seen,
        "last_seen": one.last_seen,
        "articles": [asdict(a) for a in one.articles],
        "events": [asdict(e) for e in one.events],
        "figures": [
            {
                "series": f.series,
                "latest": f.latest,
                "low": f.low,
                "high": f.high,
                "disagreements": f.disagreements,
                "reports": [
                    {
                        "date": r.date,
                        "figure": r.figure,
                        "source": r.source,
                        "article": r.article_id,
                        "text": r.text,
                        "start": r.start,
                        "end": r.end,
                        "disagreement": r.disagreement,
                    }
                    for r in f.reports
                ],
            }
            for f in one.figures
        ],
    }
