"""The HTTP API and the Arabic search page: `/api/search`, `/api/story/{id}`, `/api/alerts`, `/`."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from elasticsearch7 import Elasticsearch
from elasticsearch7.exceptions import TransportError
from fastapi import FastAPI, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse
from redis import Redis
from redis.exceptions import RedisError

from services.alert_list import AlertRow, recent_alerts
from services.alerts.watchlist_index import watchlist_index
from services.search import SearchResult, search
from services.story_view import StoryView, get_story
from services.watchlist_api import watchlist_routes
from shared.errors import SearchUnavailable
from shared.search import make_client
from shared.settings import ServiceSettings
from shared.streams import Streams

PAGE = Path(__file__).resolve().parent / "web" / "index.html"
MAX_SIZE = 50


def create_app(settings: ServiceSettings, client: Elasticsearch | None = None) -> FastAPI:
    """The API over the alias `settings.es_index`; a client can be passed in (tests, CLI)."""
    es = client or make_client(settings)
    redis = Redis.from_url(settings.redis_url)  # connects on first use (the alerts list)

    @asynccontextmanager
    async def close_client(_: FastAPI) -> AsyncIterator[None]:
        yield
        redis.close()
        if client is None:  # a client passed in belongs to the caller
            es.transport.close()

    app = FastAPI(title="Khabar search", lifespan=close_client, docs_url="/api/docs")

    @app.get("/api/search")
    def search_articles(
        q: Annotated[str, Query(max_length=500, description='words; "quoted" = phrase')] = "",
        source: Annotated[list[str] | None, Query(description="outlet, repeatable")] = None,
        date_from: Annotated[date | None, Query(alias="from")] = None,
        date_to: Annotated[date | None, Query(alias="to")] = None,
        entity: Annotated[str | None, Query(description="canonical form or entity id")] = None,
        story: str | None = None,
        role: Literal["main", "read_also", "headline"] | None = None,
        collapse: Literal["story", "content", "none"] = "story",
        size: Annotated[int, Query(ge=1, le=MAX_SIZE)] = 10,
        offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    ) -> SearchResult:
        """Search articles; one hit per story unless `collapse=none`."""
        try:
            return search(
                es,
                settings.es_index,
                q,
                source=source,
                date_from=date_from,
                date_to=date_to,
                entity=entity,
                story=story,
                role=role,
                collapse=None if collapse == "none" else collapse,
                size=size,
                offset=offset,
            )
        except SearchUnavailable as error:
            raise HTTPException(status_code=503, detail=str(error)) from error
        except TransportError as error:
            raise HTTPException(status_code=400, detail=str(error.error)) from error

    @app.get("/api/story/{story_id}")
    def story(
        story_id: Annotated[str, PathParam(max_length=200, description="from a hit's `story_id`")],
    ) -> StoryView:
        """One story: first report, every report in time order, outlets, shared entities, places."""
        try:
            view = get_story(es, settings.es_index, story_id)
        except SearchUnavailable as error:
            raise HTTPException(status_code=503, detail=str(error)) from error
        except TransportError as error:
            raise HTTPException(status_code=400, detail=str(error.error)) from error
        if view is None:
            raise HTTPException(
                status_code=404,
                detail=f"No articles with story id {story_id}; search results carry story ids.",
            )
        return view

    @app.get("/api/alerts")
    def alerts(
        watchlist: Annotated[str | None, Query(max_length=200, description="id or name")] = None,
        count: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> list[AlertRow]:
        """Recent alerts, newest first, with their delivery state."""
        try:
            rows = recent_alerts(redis, Streams(settings.stream_prefix), count, watchlist)
        except RedisError as error:
            raise HTTPException(
                status_code=503, detail=f"Redis at {settings.redis_url} is unavailable: {error}"
            ) from error
        return [row.shareable() for row in rows]

    app.include_router(watchlist_routes(es, watchlist_index(settings.es_index)))

    @app.get("/healthz")
    def health() -> JSONResponse:
        """200 when Elasticsearch answers yellow or green, else 503."""
        body: dict[str, Any] = {"index": settings.es_index}
        try:
            body["elasticsearch"] = es.cluster.health(request_timeout=5)["status"]
        except TransportError as error:
            body["elasticsearch"] = f"unavailable: {error}"
            return JSONResponse(body, status_code=503)
        ok = body["elasticsearch"] in ("yellow", "green")
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        """The right-to-left search page."""
        return FileResponse(PAGE, media_type="text/html; charset=utf-8")

    return app


def __getattr__(name: str) -> FastAPI:
    # `uvicorn services.api:app` builds the app on first access, so importing reads no settings.
    if name == "app":
        return create_app(ServiceSettings())
    raise AttributeError(name)
