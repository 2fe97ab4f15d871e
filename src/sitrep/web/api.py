"""The JSON API under `/api`: every list is paged (`offset`, `limit`, `next_offset`) with its exact `total` (a
count with the same filters), takes the same filters as the CLI's views, and with `format=csv` answers every
matching row as CSV (up to `state.CSV_ROWS`, 10,000); `/api/events` adds its facets (type, country, month);
`POST /api/extract` runs the pipeline on posted text and stores nothing."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from sitrep.record import ENTITY_KINDS, EVENT_TYPES, MODALITIES, QUANTITY_CATEGORIES, plain
from sitrep.store import lookup
from sitrep.store.analysis import deadlines, facets, figures, stories, timeline
from sitrep.store.digest import counts
from sitrep.store.document import document
from sitrep.store.filters import EventFilters, FigureFilters
from sitrep.store.search import SearchFilters
from sitrep.store.sources import watched_sources
from sitrep.web import state
from sitrep.web.extractor import Job
from sitrep.web.state import MAX_ROWS, listing, page, paged, store

router = APIRouter(prefix="/api", tags=["api"])
ENTITY_ITEMS = 20  # the newest this-many events, quotes and figures of one entity

Offset = Annotated[int, Query(ge=0, le=MAX_ROWS, description="Rows to skip.")]
Limit = Annotated[int, Query(ge=1, le=500, description="Rows in this page.")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="An ISO date, e.g. 2025-09-30.")]
Text = Annotated[str | None, Query(max_length=200)]

EventType = StrEnum("EventType", {t: t for t in EVENT_TYPES})  # type: ignore[misc]
Modality = StrEnum("Modality", {m: m for m in MODALITIES})  # type: ignore[misc]
Category = StrEnum("Category", {c: c for c in QUANTITY_CATEGORIES})  # type: ignore[misc]
EntityKind = StrEnum("EntityKind", {k: k for k in ENTITY_KINDS})  # type: ignore[misc]


class Format(StrEnum):
    json = "json"
    csv = "csv"


As = Annotated[
    Format | None,
    Query(alias="format", description="Without: one page. csv or json: a download of every matching row (to 10,000)."),
]


class Order(StrEnum):
    newest = "newest"
    oldest = "oldest"


class EntityOrder(StrEnum):
    articles = "articles"
    mentions = "mentions"
    quotes = "quotes"
    name = "name"


class SearchOrder(StrEnum):
    best = "best"
    newest = "newest"


class Status(StrEnum):
    upcoming = "upcoming"
    past = "past"


class Page(BaseModel):
    """One page of a list; ask again with `offset=next_offset` while it is not null."""

    items: list[dict[str, Any]]
    offset: int
    limit: int
    next_offset: int | None


class Counted(Page):
    """A page with how many rows match its filters on every page together (`format=csv` gives them all)."""

    total: int


class DeadlinePage(Counted):
    as_of: str = Field(description="The day that splits upcoming from past: as asked, else the newest publication.")


class SearchPage(Counted):
    query: str = Field(description="The FTS5 query the words became.")


class EventPage(Counted):
    facets: dict[str, dict[str, int]] = Field(
        description="For each of type, country and month, how many matching events have each value; each facet's "
        "counts add up to total (no country: 'unknown'; no date: 'undated')."
    )


def _download(fmt: Format | None, name: str) -> tuple[str, str] | None:
    """A download of the whole list as `fmt` (named `name`), or None for a page."""
    return (fmt.value, name) if fmt is not None else None


class ExtractRequest(BaseModel):
    text: str = Field(description="The article: plain text, or an HTML page with html=true.")
    published: str | None = Field(None, description="Publication date or date-time (ISO 8601).", max_length=40)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    html: bool = False


def _value(member: Any) -> str | None:
    return None if member is None else str(member.value)


@router.get("/stats", summary="How much the store holds")
def stats(request: Request) -> list[dict[str, Any]]:
    with store(request) as conn:
        return [plain(c) for c in counts(conn).rows]


@router.get("/articles", response_model=Counted, summary="Articles, newest first")
def list_articles(
    request: Request, title: Text = None, source: Text = None, site: Text = None, since: Day = None,
    until: Day = None, order: Order = Order.newest, offset: Offset = 0, limit: Limit = 20, fmt: As = None,
) -> dict[str, Any] | Response:  # fmt: skip
    filters = {"title": title, "source": source, "since": since, "until": until, "site": site}
    with store(request) as conn:
        return listing(lambda o, n: lookup.articles(conn, **filters, order=order.value, offset=o, limit=n),
                       lookup.article_count(conn, **filters), offset, limit, download=_download(fmt, "articles"),
                       columns=lookup.ArticleRow)  # fmt: skip


@router.get("/articles/{article_id}", summary="One article with its full extraction (the SPEC document)")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    with store(request) as conn:
        doc = document(conn, article_id)
    if doc is None:
        raise HTTPException(404, f"no article {article_id!r} in this store (ids are SHA-256 hex digests)")
    return doc


@router.get("/events", response_model=EventPage, summary="Events, newest first (undated ones last), with facets")
def list_events(
    request: Request, actor: Text = None, place: Text = None, type: EventType | None = None,
    modality: Modality | None = None, since: Day = None, until: Day = None, country: Text = None,
    source: Text = None, order: Order = Order.newest, offset: Offset = 0, limit: Limit = 100, fmt: As = None,
) -> dict[str, Any] | Response:  # fmt: skip
    filters: EventFilters = {"actor": actor, "place": place, "type": _value(type), "modality": _value(modality),
                             "since": since, "until": until, "country": country, "source": source}  # fmt: skip
    with store(request) as conn:
        answer = listing(lambda o, n: timeline.events(conn, **filters, order=order.value, offset=o, limit=n),
                         timeline.count(conn, **filters), offset, limit, download=_download(fmt, "events"),
                         columns=timeline.TimelineEvent)  # fmt: skip
        if isinstance(answer, dict):
            answer["facets"] = facets.event_facets(conn, **filters)
        return answer


@router.get("/figures", response_model=Counted, summary="Figures over time, by series, with disagreements")
def list_figures(
    request: Request, holder: Text = None, category: Category | None = None, location: Text = None,
    unit: Text = None, offset: Offset = 0, limit: Limit = 100, fmt: As = None,
) -> dict[str, Any] | Response:  # fmt: skip
    filters: FigureFilters = {"holder": holder, "category": _value(category), "location": location, "unit": unit}
    with store(request) as conn:
        return listing(lambda o, n: figures.reports(conn, **filters, offset=o, limit=n),
                       figures.report_count(conn, **filters), offset, limit, download=_download(fmt, "figures"),
                       columns=figures.Report)  # fmt: skip


@router.get("/figures/series", response_model=Page, summary="Figure series, the most often reported first")
def list_series(request: Request, category: Category | None = None, offset: Offset = 0, limit: Limit = 50) -> Any:
    with store(request) as conn:
        rows = figures.series(conn, category=_value(category), offset=offset, limit=limit + 1)
    return page(rows, offset, limit)


@router.get("/deadlines", response_model=DeadlinePage, summary="Deadlines and periods, upcoming then past")
def list_deadlines(
    request: Request, as_of: Day = None, status: Status | None = None, offset: Offset = 0, limit: Limit = 50,
    fmt: As = None,
) -> dict[str, Any] | Response:  # fmt: skip
    with store(request) as conn:
        day = deadlines.store_as_of(conn, as_of)
        return listing(lambda o, n: deadlines.deadlines(conn, as_of=day, limit=o + n, status=_value(status))[o:],
                       deadlines.deadline_count(conn, as_of=day, status=_value(status)), offset, limit,
                       download=_download(fmt, "deadlines"), columns=deadlines.Deadline, as_of=day)  # fmt: skip


@router.get("/stories", response_model=Page, summary="Stories across articles, largest first")
def list_stories(request: Request, since: Day = None, offset: Offset = 0, limit: Limit = 20) -> dict[str, Any]:
    with store(request) as conn:
        rows = stories.stories(conn, since=since, offset=offset, limit=limit + 1)
    return page([stories.as_dict(s) for s in rows], offset, limit)


@router.get("/stories/{story_id}", summary="One story: its articles, merged events and figures")
def one_story(request: Request, story_id: int) -> dict[str, Any]:
    with store(request) as conn:
        try:
            return stories.as_dict(stories.story(conn, story_id))
        except KeyError:
            raise HTTPException(404, f"no story {story_id}") from None


@router.get("/quotes", response_model=Counted, summary="Quotes, newest first")
def list_quotes(
    request: Request, speaker: Text = None, search: Text = None, offset: Offset = 0, limit: Limit = 50,
    fmt: As = None,
) -> dict[str, Any] | Response:  # fmt: skip
    with store(request) as conn:
        return listing(lambda o, n: lookup.quotes(conn, speaker=speaker, search=search, limit=o + n)[o:],
                       lookup.quote_count(conn, speaker=speaker, search=search), offset, limit,
                       download=_download(fmt, "quotes"), columns=lookup.QuoteRow)  # fmt: skip


@router.get("/entities", response_model=Counted, summary="Entities, the most widely reported first")
def list_entities(
    request: Request, kind: EntityKind | None = None, name: Text = None, order: EntityOrder = EntityOrder.articles,
    offset: Offset = 0, limit: Limit = 50, fmt: As = None,
) -> dict[str, Any] | Response:  # fmt: skip
    with store(request) as conn:
        return listing(lambda o, n: lookup.entities(conn, kind=_value(kind), name=name, order=order.value, offset=o,
                                                    limit=n),
                       lookup.entity_count(conn, kind=_value(kind), name=name), offset, limit,
                       download=_download(fmt, "entities"), columns=lookup.EntityRow)  # fmt: skip


@router.get("/entities/{entity_id}", summary="One entity: its counts and its newest events, quotes and figures")
def one_entity(request: Request, entity_id: int) -> dict[str, Any]:
    with store(request) as conn:
        found = lookup.entity(conn, entity_id)
        if found is None:
            raise HTTPException(404, f"no entity {entity_id} in this store")
        one: dict[str, Any] = plain(found)
        return one | {
            "events": plain(timeline.entity_events(conn, entity_id, limit=ENTITY_ITEMS)),
            "quotes": plain(lookup.entity_quotes(conn, entity_id, limit=ENTITY_ITEMS)),
            "figures": plain(figures.entity_reports(conn, entity_id, limit=ENTITY_ITEMS)),
        }


@router.get("/sources", response_model=Page, summary="Watched sources (`sitrep watch`) with their state")
def list_sources(request: Request, offset: Offset = 0, limit: Limit = 100) -> dict[str, Any]:
    with store(request) as conn:
        return paged(lambda n: watched_sources(conn, limit=n), offset, limit)


@router.get("/outlets", response_model=Counted, summary="News outlets: articles, first and last seen, newest article")
def list_outlets(request: Request, offset: Offset = 0, limit: Limit = 100, fmt: As = None) -> Any:
    with store(request) as conn:
        return listing(lambda o, n: lookup.outlets(conn, offset=o, limit=n), lookup.outlet_count(conn), offset, limit,
                       download=_download(fmt, "outlets"), columns=lookup.Outlet)  # fmt: skip


@router.get("/search", response_model=SearchPage, summary="Full-text search over sentences, stemmed, with operators")
def search(
    request: Request, q: Annotated[str, Query(min_length=1, max_length=200)], since: Day = None, until: Day = None,
    source: Text = None, entity: Text = None, sort: SearchOrder = SearchOrder.best, offset: Offset = 0,
    limit: Limit = 20, fmt: As = None,
) -> dict[str, Any] | Response:  # fmt: skip
    filters: SearchFilters = {"since": since, "until": until, "source": source, "entity": entity}
    with store(request) as conn:
        return listing(lambda o, n: lookup.search_newest(conn, q, offset=o, limit=n, sort=sort.value, **filters),
                       lookup.search_count(conn, q, **filters), offset, limit, download=_download(fmt, "search"),
                       columns=lookup.SentenceHit, query=lookup.fts_query(q))  # fmt: skip


@router.post(
    "/extract",
    summary="Extract one posted article (nothing is stored)",
    description="The body is at most the server's size limit (1 MB by default) and the extraction runs within its "
    "time budget (30 s by default); over either, the answer is 413 or 422 with the reason.",
)
async def extract(body: ExtractRequest, request: Request) -> dict[str, Any]:
    job = Job(body.text, published=body.published, url=body.url, source=body.source, html=body.html)
    return await state.extract(request, job)
