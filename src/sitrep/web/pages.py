"""The pages for people: server-rendered Jinja2 templates (autoescaped: article text is untrusted), SVG drawn on
the server, one stylesheet and one script shipped in the package. Nothing is fetched from the network."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from sitrep.errors import SitrepError
from sitrep.record import ENTITY_KINDS, EVENT_TYPES, MODALITIES, QUANTITY_CATEGORIES, plain
from sitrep.store import lookup
from sitrep.store.analysis import deadlines as deadlines_mod
from sitrep.store.analysis import figures as figures_mod
from sitrep.store.analysis import stories as stories_mod
from sitrep.store.analysis import timeline as timeline_mod
from sitrep.store.digest import counts_table
from sitrep.store.document import document
from sitrep.web import charts, geo, state
from sitrep.web.extractor import Job
from sitrep.web.highlight import KINDS, PLURALS, SET_APART, article_view
from sitrep.web.state import HERE, page, settings, store, templates

STATIC = {"app.css": "text/css", "app.js": "text/javascript"}  # the only files served: no path comes from a request
router = APIRouter(include_in_schema=False)

Opt = Annotated[str | None, Query(max_length=200)]
PER_PAGE = 25
ENTITY_ITEMS = 20  # the newest this-many events, quotes and figures on an entity's page
STORIES_PAGE = 20


def _page(request: Request, name: str, **context: Any) -> HTMLResponse:
    shared = {"nav": name.removesuffix(".html"), "kinds": KINDS, "plurals": PLURALS, "set_apart": SET_APART}
    return templates.TemplateResponse(request, name, shared | context)


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name not in STATIC:
        raise HTTPException(404, f"no static file {name!r}")
    return Response((HERE / "static" / name).read_bytes(), media_type=STATIC[name],
                    headers={"Cache-Control": "max-age=3600"})  # fmt: skip


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: Opt = None) -> HTMLResponse:
    with store(request) as conn:
        words = _clean(q)
        results = plain(lookup.search_newest(conn, words, limit=30)) if words else None
        newest = plain(timeline_mod.events(conn, limit=8, latest=True))[::-1]
        upcoming = plain(deadlines_mod.deadlines(conn, as_of=deadlines_mod.store_as_of(conn, None), limit=8,
                                                 status="upcoming"))  # fmt: skip
        stats = counts_table(conn)
    return _page(
        request,
        "home.html",
        q=q or "",
        results=results,
        newest=newest,
        upcoming=upcoming,
        stats=stats,
        colours=charts.COLOURS,
    )


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, title: Opt = None, offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> HTMLResponse:
    with store(request) as conn:
        rows = lookup.articles(conn, title=_clean(title), offset=offset, limit=PER_PAGE + 1)
    return _page(request, "articles.html", page=page(rows, offset, PER_PAGE), title=title or "")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    with store(request) as conn:
        doc = document(conn, article_id)
    if doc is None:
        raise HTTPException(404, f"no article {article_id!r} in this store")
    return _page(request, "article.html", doc=doc, view=article_view(doc))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request, actor: Opt = None, place: Opt = None, type: Opt = None, modality: Opt = None,
    since: Opt = None, until: Opt = None,
) -> HTMLResponse:  # fmt: skip
    filters = {"actor": _clean(actor), "place": _clean(place), "type": _clean(type), "modality": _clean(modality),
               "since": _day(since), "until": _day(until)}  # fmt: skip
    with store(request) as conn:
        found = page(timeline_mod.events(conn, **filters, order="newest", limit=501), 0, 500)  # type: ignore[arg-type]
    chart = charts.timeline(found["items"])
    return _page(request, "timeline.html", chart=chart, events=found["items"], more=found["next_offset"] is not None,
                 filters=filters, types=EVENT_TYPES, modalities=MODALITIES, colours=charts.COLOURS)  # fmt: skip


def _day(value: str | None) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError as e:
        raise HTTPException(400, f"{value!r} is not an ISO date (for example 2025-09-30)") from e


@router.get("/figures", response_class=HTMLResponse)
def figures(
    request: Request, holder: Opt = None, category: Opt = None, location: Opt = None, unit: Opt = None
) -> HTMLResponse:
    with store(request) as conn:
        series = plain(figures_mod.series(conn, limit=40))
        if category is None and series:
            first = series[0]
            holder, category, location, unit = first["holder"], first["category"], first["location"], first["unit"]
        rows = []
        if category:
            rows = plain(figures_mod.series_reports(conn, holder=_clean(holder), category=category,
                                                    location=_clean(location), unit=_clean(unit)))  # fmt: skip
    chosen = {"holder": holder, "category": category, "location": location, "unit": unit}
    chart = charts.figure_chart(rows)
    return _page(request, "figures.html", series=series, chosen=chosen, rows=rows, chart=chart,
                 legend=charts.legend(rows), categories=QUANTITY_CATEGORIES)  # fmt: skip


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> HTMLResponse:
    with store(request) as conn:
        found = stories_mod.stories(conn, offset=offset, limit=STORIES_PAGE + 1)
    more = offset + STORIES_PAGE if len(found) > STORIES_PAGE else None
    return _page(request, "stories.html", stories=found[:STORIES_PAGE], offset=offset, more=more)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: int) -> HTMLResponse:
    with store(request) as conn:
        try:
            one = stories_mod.story(conn, story_id)
        except KeyError:
            raise HTTPException(404, f"no story {story_id}") from None
    return _page(request, "story.html", story=one, nav="stories")


@router.get("/deadlines", response_class=HTMLResponse)
def deadlines(request: Request, as_of: Opt = None) -> HTMLResponse:
    with store(request) as conn:
        day = deadlines_mod.store_as_of(conn, _day(as_of))
        rows = plain(deadlines_mod.deadlines(conn, as_of=day, limit=100))
    for r in rows:
        r["away"] = _away(r["due"], day)
    return _page(request, "deadlines.html", rows=rows, as_of=day)


def _away(due: str | None, today: str) -> str:
    try:
        days = (date.fromisoformat((due or "")[:10]) - date.fromisoformat(today)).days
    except ValueError:
        return ""
    if days == 0:
        return "today"
    unit = "day" if abs(days) == 1 else "days"
    return f"in {days} {unit}" if days > 0 else f"{-days} {unit} ago"


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request, name: Opt = None, kind: Opt = None, offset: Annotated[int, Query(ge=0, le=10_000)] = 0
) -> HTMLResponse:
    chosen = {"name": _clean(name), "kind": _clean(kind)}
    with store(request) as conn:
        rows = lookup.entities(conn, **chosen, limit=offset + PER_PAGE + 1)[offset:]
        total = lookup.entity_count(conn, **chosen)
    return _page(request, "entities.html", page=page(rows, offset, PER_PAGE), total=total, chosen=chosen,
                 kinds_of=ENTITY_KINDS)  # fmt: skip


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def one_entity(request: Request, entity_id: int) -> HTMLResponse:
    with store(request) as conn:
        found = lookup.entity(conn, entity_id)
        if found is None:
            raise HTTPException(404, f"no entity {entity_id} in this store")
        events = plain(timeline_mod.entity_events(conn, entity_id, limit=ENTITY_ITEMS))
        quotes = plain(lookup.entity_quotes(conn, entity_id, limit=ENTITY_ITEMS))
        reports = plain(figures_mod.entity_reports(conn, entity_id, limit=ENTITY_ITEMS))
    return _page(request, "entity.html", entity=plain(found), events=events, quotes=quotes, reports=reports,
                 nav="entities", colours=charts.COLOURS)  # fmt: skip


@router.get("/map", response_class=HTMLResponse)
def world(request: Request) -> HTMLResponse:
    with store(request) as conn:
        spots = plain(lookup.places(conn))
        located = plain(timeline_mod.events(conn, limit=500))
    for s in spots:
        s["x"], s["y"] = geo.project(s["lat"], s["lon"])
    events = [e | dict(zip(("x", "y"), geo.project(e["lat"], e["lon"]), strict=True))
              for e in located if e["lat"] is not None and e["lon"] is not None]  # fmt: skip
    return _page(request, "map.html", countries=geo.countries(), spots=spots, events=events, width=geo.WIDTH,
                 height=geo.HEIGHT, shown=geo.SHOWN, colours=charts.COLOURS)  # fmt: skip


@router.get("/paste", response_class=HTMLResponse)
def paste_form(request: Request) -> HTMLResponse:
    return _page(request, "paste.html", text="", published="", doc=None, view=None, problem=None)


@router.post("/paste", response_class=HTMLResponse)
async def paste(request: Request) -> HTMLResponse:
    try:
        form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=10)
    except ValueError as e:
        raise HTTPException(400, "send a form with the fields text and published") from e
    text = (form.get("text") or [""])[0]
    published = (form.get("published") or [""])[0].strip() or None
    doc, view, problem = None, None, None
    try:
        doc = await state.extract(request, Job(text, published=published))
        view = article_view(doc)
    except SitrepError as e:
        problem = str(e)
    return _page(request, "paste.html", text=text, published=published or "", doc=doc, view=view, problem=problem,
                 limit=settings(request).max_bytes)  # fmt: skip
