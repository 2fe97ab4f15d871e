"""The analyst's pages: search, the timeline (facets, a volume histogram with a date brush, same-day events
grouped, paging), figures (one series of one category at a time, a picker over all of them), the map and the
sources. Each list shows its exact total, pages, and links to download it from the API as CSV or JSON."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from sitrep.errors import SitrepError
from sitrep.record import EVENT_TYPES, MODALITIES, plain
from sitrep.store import lookup
from sitrep.store.analysis import facets as facets_mod
from sitrep.store.analysis import figures as figures_mod
from sitrep.store.analysis import timeline as timeline_mod
from sitrep.store.filters import EventFilters
from sitrep.store.search import SearchFilters, segments
from sitrep.store.sources import watched_sources
from sitrep.web import charts, geo
from sitrep.web.state import page, store, templates

router = APIRouter(include_in_schema=False)

Opt = Annotated[str | None, Query(max_length=200)]
Offset = Annotated[int, Query(ge=0, le=10_000)]
EVENTS_PAGE = 50
SEARCH_PAGE = 20
SERIES_PAGE = 30
OUTLETS_PAGE = 50
MAP_PLACES = 500  # the most places drawn on the map (the most widely reported)


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    """A page of the app's layout, with what every page's template reads."""
    shared = {"nav": name.removesuffix(".html"), "colours": charts.COLOURS}
    return templates.TemplateResponse(request, name, shared | context)


def clean(value: str | None) -> str | None:
    """A form value with its spaces trimmed; None when empty."""
    return value.strip() or None if value else None


def iso_day(value: str | None) -> str | None:
    """A form's date as an ISO day, or a 400 saying what is expected."""
    value = clean(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError as e:
        raise HTTPException(400, f"{value!r} is not an ISO date (for example 2025-09-30)") from e


def query_string(values: dict[str, Any]) -> str:
    """The non-empty values as a URL query string (the page's filters, for its links and downloads)."""
    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


def listed(found: dict[str, Any], total: int, query: str, api: str) -> dict[str, Any]:
    """What the list template shows under a list: which rows of how many, the pages' links, the downloads."""
    first = found["offset"] + 1 if found["items"] else 0
    joiner = "&" if query else ""
    return {"first": first, "last": found["offset"] + len(found["items"]), "total": total,
            "previous": max(found["offset"] - found["limit"], 0) if found["offset"] else None,
            "next": found["next_offset"], "query": query + joiner,
            "csv": f"{api}?{query}{joiner}format=csv", "json": f"{api}?{query}{joiner}format=json"}  # fmt: skip


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request, q: Opt = None, since: Opt = None, until: Opt = None, source: Opt = None, entity: Opt = None,
    sort: Opt = None, offset: Offset = 0,
) -> HTMLResponse:  # fmt: skip
    words = clean(q)
    filters: SearchFilters = {"since": iso_day(since), "until": iso_day(until), "source": clean(source),
                              "entity": clean(entity)}  # fmt: skip
    order = sort if sort in ("best", "newest") else "best"
    context: dict[str, Any] = {"q": words or "", "filters": filters, "sort": order, "hits": None, "problem": None}
    if words:
        try:
            with store(request) as conn:
                rows = lookup.search_newest(conn, words, offset=offset, limit=SEARCH_PAGE + 1, sort=order, **filters)
                total = lookup.search_count(conn, words, **filters)
                context["fts"] = lookup.fts_query(words)
        except SitrepError as e:
            context["problem"] = str(e)
        else:
            found = page(rows, offset, SEARCH_PAGE)
            context["hits"] = [h | {"pieces": segments(r)} for h, r in zip(found["items"], rows, strict=False)]
            query = query_string({"q": words, **filters, "sort": order if order != "best" else None})
            context["list"] = listed(found, total, query, "/api/search")
    return render(request, "search.html", **context)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request, actor: Opt = None, place: Opt = None, type: Opt = None, modality: Opt = None,
    since: Opt = None, until: Opt = None, country: Opt = None, source: Opt = None, offset: Offset = 0,
) -> HTMLResponse:  # fmt: skip
    filters: EventFilters = {"actor": clean(actor), "place": clean(place), "type": clean(type),
                             "modality": clean(modality), "since": iso_day(since), "until": iso_day(until),
                             "country": clean(country), "source": clean(source)}  # fmt: skip
    with store(request) as conn:
        rows = timeline_mod.events(conn, **filters, order="newest", offset=offset, limit=EVENTS_PAGE + 1)
        total = timeline_mod.count(conn, **filters)
        facets = facets_mod.event_facets(conn, **filters)
        volume = plain(facets_mod.volume(conn, **filters))
        links = timeline_mod.parties(conn, [r.event for r in rows])
    found = page(rows, offset, EVENTS_PAGE)
    query = query_string(dict(filters))
    return render(request, "timeline.html", chart=charts.timeline(found["items"]), days=_by_day(found["items"]),
                  histogram=charts.histogram(volume), facets=facets, filters=filters, types=EVENT_TYPES,
                  modalities=MODALITIES, list=listed(found, total, query, "/api/events"),
                  facet_links=_facet_links(filters), month_days=_month_days(facets["month"]), links=links)  # fmt: skip


def _month_days(months: dict[str, int]) -> dict[str, str]:
    """For each `YYYY-MM` facet value, the query that picks its days (`since=…&until=…`)."""
    out = {}
    for month in months:
        try:
            year, number = int(month[:4]), int(month[5:7])
        except ValueError:
            continue
        last = calendar.monthrange(year, number)[1]
        out[month] = f"since={month}-01&until={month}-{last:02d}"
    return out


def _by_day(events: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The events of a page grouped by their day, in the page's order (undated ones under "undated")."""
    days: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        days.setdefault((e["date"] or "undated")[:10], []).append(e)
    return list(days.items())


def _facet_links(filters: EventFilters) -> dict[str, str]:
    """For each facet, the query string of the page's other filters, to which a facet value is added."""
    base = {k: v for k, v in filters.items() if v}
    month = {k: v for k, v in base.items() if k not in ("since", "until")}
    return {"type": query_string({k: v for k, v in base.items() if k != "type"}),
            "country": query_string({k: v for k, v in base.items() if k != "country"}),
            "month": query_string(month)}  # fmt: skip


@router.get("/figures", response_class=HTMLResponse)
def figures(
    request: Request, holder: Opt = None, category: Opt = None, location: Opt = None, unit: Opt = None,
    pick: Opt = None, offset: Offset = 0,
) -> HTMLResponse:  # fmt: skip
    """One series at a time (one category, one unit: never threats beside launches); the picker lists every
    series of the picked category, a page at a time."""
    with store(request) as conn:
        categories = figures_mod.series_categories(conn, parties=True)
        shown = clean(pick) or clean(category) or next(iter(categories), None)
        series = plain(figures_mod.series(conn, category=shown, parties=True, offset=offset, limit=SERIES_PAGE + 1))
        total = figures_mod.series_count(conn, category=shown, parties=True)
        if not clean(category) and series:
            first = series[0]
            holder, category, location, unit = first["holder"], first["category"], first["location"], first["unit"]
        rows = []
        if clean(category):
            rows = plain(figures_mod.series_reports(conn, holder=clean(holder), category=str(category),
                                                    location=clean(location), unit=clean(unit)))  # fmt: skip
    chosen = {"holder": clean(holder), "category": clean(category), "location": clean(location), "unit": clean(unit)}
    found = page(series, offset, SERIES_PAGE)
    for s in found["items"]:
        s["query"] = query_string({k: s[k] for k in ("holder", "category", "location", "unit")} | {"pick": shown})
    return render(request, "figures.html", series=found, series_total=total, categories=categories, pick=shown,
                  chosen=chosen, rows=rows, chart=charts.figure_chart(rows), legend=charts.legend(rows),
                  disagreements=sum(1 for r in rows if r["disagreement"]),
                  download=query_string({k: v for k, v in chosen.items() if v}))  # fmt: skip


@router.get("/map", response_class=HTMLResponse)
def world(request: Request) -> HTMLResponse:
    with store(request) as conn:
        spots = plain(lookup.places(conn, limit=MAP_PLACES))
    markers = geo.markers(spots)
    return render(request, "map.html", countries=geo.countries(), markers=markers, width=geo.WIDTH,
                  height=geo.HEIGHT, shown=geo.SHOWN, legend=geo.legend(markers))  # fmt: skip


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, offset: Offset = 0) -> HTMLResponse:
    with store(request) as conn:
        rows = lookup.outlets(conn, offset=offset, limit=OUTLETS_PAGE + 1)
        total = lookup.outlet_count(conn)
        feeds = plain(watched_sources(conn, limit=200))
    found = page(rows, offset, OUTLETS_PAGE)
    for o in found["items"]:
        o["articles_link"] = _outlet_link(o)
    return render(request, "sources.html", list=listed(found, total, "", "/api/outlets"), outlets=found["items"],
                  feeds=feeds)  # fmt: skip


def _outlet_link(outlet: dict[str, Any]) -> str | None:
    """The article list of an outlet: by its source name, or by its web site when it has no name."""
    if outlet["outlet"] == outlet["site"]:
        return "/articles?" + query_string({"site": outlet["site"]})
    if outlet["outlet"] == "unknown" and not outlet["site"]:
        return None
    return "/articles?" + query_string({"source": outlet["outlet"]})
