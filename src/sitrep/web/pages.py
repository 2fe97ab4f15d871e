"""The pages for people: server-rendered Jinja2 templates (autoescaped: article text is untrusted), SVG drawn on
the server, one stylesheet and one script shipped in the package. Nothing is fetched from the network."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sitrep.errors import SitrepError
from sitrep.record import ENTITY_KINDS, plain
from sitrep.store import lookup
from sitrep.store.analysis import deadlines as deadlines_mod
from sitrep.store.analysis import figures as figures_mod
from sitrep.store.analysis import stories as stories_mod
from sitrep.store.analysis import timeline as timeline_mod
from sitrep.store.digest import counts_table
from sitrep.store.document import document
from sitrep.web import charts, state
from sitrep.web.extractor import Job
from sitrep.web.highlight import KINDS, PLURALS, SET_APART, article_view
from sitrep.web.state import HERE, page, store
from sitrep.web.workbench import iso_day, listed, query_string, render

# The only files served: no path comes from a request.
STATIC = {"app.css": "text/css", "app.js": "text/javascript", "map.js": "text/javascript"}
router = APIRouter(include_in_schema=False)

Opt = Annotated[str | None, Query(max_length=200)]
PER_PAGE = 25
ENTITY_ITEMS = 20  # the newest this-many events, quotes and figures on an entity's page
STORIES_PAGE = 20
PASTE_CHARS = 100_000  # the longest paste the page extracts (its highlights are shown a part at a time)


def _page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return render(request, name, **({"kinds": KINDS, "plurals": PLURALS, "set_apart": SET_APART} | context))


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name not in STATIC:
        raise HTTPException(404, f"no static file {name!r}")
    return Response((HERE / "static" / name).read_bytes(), media_type=STATIC[name],
                    headers={"Cache-Control": "max-age=3600"})  # fmt: skip


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: Opt = None) -> Response:
    if _clean(q):  # the search box of older links: the search page answers it
        return RedirectResponse("/search?" + urlencode({"q": q}), status_code=303)
    with store(request) as conn:
        rows = timeline_mod.events(conn, limit=8, order="newest")
        newest, links = plain(rows), timeline_mod.parties(conn, [r.event for r in rows])
        upcoming = plain(deadlines_mod.deadlines(conn, as_of=deadlines_mod.store_as_of(conn, None), limit=8,
                                                 status="upcoming"))  # fmt: skip
        stats = counts_table(conn)
    return _page(
        request,
        "home.html",
        q="",
        newest=newest,
        upcoming=upcoming,
        stats=stats,
        colours=charts.COLOURS,
        links=links,
    )


@router.get("/articles", response_class=HTMLResponse)
def articles(
    request: Request, title: Opt = None, source: Opt = None, site: Opt = None, since: Opt = None, until: Opt = None,
    order: Opt = None, offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> HTMLResponse:  # fmt: skip
    chosen = {"title": _clean(title), "source": _clean(source), "site": _clean(site), "since": iso_day(since),
              "until": iso_day(until)}  # fmt: skip
    way = order if order in lookup.ARTICLE_ORDERS else "newest"
    with store(request) as conn:
        rows = lookup.articles(conn, **chosen, order=way, offset=offset, limit=PER_PAGE + 1)
        total = lookup.article_count(conn, **chosen)
    found = page(rows, offset, PER_PAGE)
    query = query_string({**chosen, "order": way if way != "newest" else None})
    return _page(request, "articles.html", page=found, chosen=chosen, order=way,
                 list=listed(found, total, query, "/api/articles"))  # fmt: skip


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str, part: Annotated[int, Query(ge=1, le=10_000)] = 1) -> HTMLResponse:
    with store(request) as conn:
        doc = document(conn, article_id)
    if doc is None:
        raise HTTPException(404, f"no article {article_id!r} in this store")
    return _page(request, "article.html", doc=doc, view=article_view(doc, part - 1))


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
        day = deadlines_mod.store_as_of(conn, iso_day(as_of))
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
    request: Request, name: Opt = None, kind: Opt = None, order: Opt = None,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> HTMLResponse:  # fmt: skip
    chosen = {"name": _clean(name), "kind": _clean(kind)}
    way = order if order in lookup.ENTITY_ORDERS else "articles"
    with store(request) as conn:
        rows = lookup.entities(conn, **chosen, order=way, offset=offset, limit=PER_PAGE + 1)
        total = lookup.entity_count(conn, **chosen)
    found = page(rows, offset, PER_PAGE)
    query = query_string({**chosen, "order": way if way != "articles" else None})
    return _page(request, "entities.html", page=found, total=total, chosen=chosen, kinds_of=ENTITY_KINDS, order=way,
                 orders=list(lookup.ENTITY_ORDERS), list=listed(found, total, query, "/api/entities"))  # fmt: skip


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def one_entity(request: Request, entity_id: int) -> HTMLResponse:
    with store(request) as conn:
        found = lookup.entity(conn, entity_id)
        if found is None:
            raise HTTPException(404, f"no entity {entity_id} in this store")
        rows = timeline_mod.entity_events(conn, entity_id, limit=ENTITY_ITEMS)
        events, links = plain(rows), timeline_mod.parties(conn, [r.event for r in rows])
        quotes = plain(lookup.entity_quotes(conn, entity_id, limit=ENTITY_ITEMS))
        reports = plain(figures_mod.entity_reports(conn, entity_id, limit=ENTITY_ITEMS))
    return _page(request, "entity.html", entity=plain(found), events=events, quotes=quotes, reports=reports,
                 nav="entities", colours=charts.COLOURS, links=links)  # fmt: skip


@router.get("/paste", response_class=HTMLResponse)
def paste_form(request: Request) -> HTMLResponse:
    return _page(request, "paste.html", text="", published="", doc=None, view=None, problem=None, limit=PASTE_CHARS)


@router.post("/paste", response_class=HTMLResponse)
async def paste(request: Request) -> HTMLResponse:
    try:
        form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=10)
    except ValueError as e:
        raise HTTPException(400, "send a form with the fields text and published") from e
    text = (form.get("text") or [""])[0]
    published = (form.get("published") or [""])[0].strip() or None
    part = (form.get("part") or ["1"])[0]
    doc, view, problem = None, None, None
    if len(text) > PASTE_CHARS:
        problem = (f"The pasted text is {len(text):,} characters; this page takes up to {PASTE_CHARS:,}. Paste a "
                   "shorter part, or extract the whole article with `sitrep extract FILE` or POST /api/extract.")
        text = ""  # not sent back: a page holding the whole paste again would be as large as the paste
    else:
        try:
            doc = await state.extract(request, Job(text, published=published))
            view = article_view(doc, int(part) - 1 if part.isdigit() else 0)
        except SitrepError as e:
            problem = str(e)
    return _page(request, "paste.html", text=text, published=published or "", doc=doc, view=view, problem=problem,
                 paste=True, limit=PASTE_CHARS)  # fmt: skip
