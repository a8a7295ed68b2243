"""marsad's JSON API and web page (FastAPI). Read-only unless created with ``allow_write=True``.

All article text reaches the page as JSON and is inserted with ``textContent`` (never as HTML);
the network SVG escapes its labels. Plotly's JavaScript is served from the installed plotly
package, so nothing comes from a CDN.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources as ilr
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse, Response

from ..errors import NotFoundError
from ..storage import Store
from ..storage.store import LISTING_SOURCES
from ..web.render import network, network_svg, timeline_figure

DYAD = r"^[A-Za-z]{3}:[A-Za-z]{3}$"
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
TYPES = r"^(AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT)$"
STATUS = r"^(occurred|planned|hypothetical|negated)$"


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def _static(name: str) -> str:
    return (ilr.files("marsad.web") / "static" / name).read_text(encoding="utf-8")


def _dyad(d: str | None) -> tuple[str, str] | None:
    if not d:
        return None
    a, b = d.upper().split(":")
    return a, b


def create_app(db_url: str | None = None, allow_write: bool = False) -> FastAPI:
    app = FastAPI(title="marsad", version="0.1.0",
                  description="Arabic political events: PLOVER-coded, entity-linked, deduplicated across outlets.")
    store = Store(db_url)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        return _static("index.html")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name == "plotly.min.js":
            return Response(_plotly_js(), media_type="application/javascript")
        if name not in ("app.js", "style.css"):
            raise HTTPException(404, "no such file")
        media = "application/javascript" if name.endswith(".js") else "text/css"
        return Response(_static(name), media_type=media)

    @app.get("/api/events", summary="Canonical events with filters and pagination",
             description="Events in date order (undated last), then by id. Each lists its first sources, with "
                         "their evidence, and sources_total, the number of articles that reported it; "
                         "all_sources=true lists them all (as /api/events/{event_id} does).")
    def events(
        actor: str | None = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
        dyad: Annotated[str | None, Query(pattern=DYAD)] = None,
        type: Annotated[str | None, Query(pattern=TYPES)] = None,
        status: Annotated[str | None, Query(pattern=STATUS)] = None,
        since: Annotated[str | None, Query(pattern=DATE)] = None,
        until: Annotated[str | None, Query(pattern=DATE)] = None,
        text: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
        all_sources: Annotated[bool, Query(description=(
            f"every source of each event (default: the first {LISTING_SOURCES}, by publication date then "
            "article; sources_total counts them all)"))] = False,
    ) -> dict[str, Any]:
        items = store.events(actor=actor, country=country, dyad=_dyad(dyad), type_=type, status=status,
                             since=since, until=until, text=text, limit=limit, offset=offset,
                             max_sources=None if all_sources else LISTING_SOURCES)
        return {"items": items, "limit": limit, "offset": offset, "count": len(items)}

    @app.get("/api/events/{event_id}", summary="One event with its sources, evidence and merge explanation")
    def event(event_id: str) -> dict[str, Any]:
        try:
            return store.event(event_id)
        except NotFoundError as e:
            raise HTTPException(404, e.detail) from None

    @app.get("/api/entities", summary="Entities by number of mentions")
    def entities(type: Annotated[str | None, Query(pattern=r"^(PER|ORG|GPE|LOC|MISC)$")] = None,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                 offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        return {"items": store.entities(type_=type, limit=limit, offset=offset)}

    @app.get("/api/entities/{name}", summary="An entity: spellings seen, positions held, events")
    def entity(name: str) -> dict[str, Any]:
        try:
            return store.entity(name)
        except NotFoundError as e:
            raise HTTPException(404, e.detail) from None

    @app.get("/api/timeline", summary="Events per month by type and mean PLOVER intensity for a dyad")
    def timeline(dyad: Annotated[str, Query(pattern=DYAD)],
                 since: Annotated[str | None, Query(pattern=DATE)] = None) -> dict[str, Any]:
        monthly = store.monthly(_dyad(dyad), since)
        return {"dyad": dyad.upper(), "months": monthly, "figure": timeline_figure(monthly)}

    @app.get("/api/network", summary="Who met whom for a dyad (edge weight = events)")
    def net(dyad: Annotated[str, Query(pattern=DYAD)],
            since: Annotated[str | None, Query(pattern=DATE)] = None) -> dict[str, Any]:
        return network(store.events(dyad=_dyad(dyad), since=since, limit=5000, max_sources=0))

    @app.get("/api/network.svg", summary="The actor network drawn as SVG")
    def net_svg(dyad: Annotated[str, Query(pattern=DYAD)]) -> Response:
        return Response(network_svg(network(store.events(dyad=_dyad(dyad), limit=5000, max_sources=0))),
                        media_type="image/svg+xml")

    @app.get("/api/search", summary="Full-text search over articles (Arabic forms folded)")
    def search(q: Annotated[str, Query(min_length=2, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
        return {"items": store.search(q, limit)}

    @app.get("/api/articles/{article_id}", summary="An article's text (for highlighting evidence)")
    def article(article_id: str) -> dict[str, Any]:
        try:
            return store.article(article_id)
        except NotFoundError as e:
            raise HTTPException(404, e.detail) from None

    if allow_write:
        from pydantic import BaseModel

        class ArticleIn(BaseModel):
            id: str
            text: str
            published: str | None = None
            url: str | None = None
            title: str | None = None
            outlet: str | None = None

        @app.post("/api/articles", summary="Ingest one article (only when started with --allow-write)")
        def ingest(a: ArticleIn) -> dict[str, Any]:
            from ..pipeline import extract

            if not a.text.strip():
                raise HTTPException(422, "empty text")
            doc = extract(a.text, a.published, a.id, title=a.title, url=a.url, outlet=a.outlet)
            res = store.ingest_doc(doc)
            return {"status": res.status, "article_id": res.article_id, "events_new": res.events_new,
                    "events_merged": res.events_merged}

    app.state.store = store
    return app


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)
