"""The watchlists' HTTP routes: list, add, pause, resume and remove saved searches that alert."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, TypeVar

from elasticsearch7 import Elasticsearch
from elasticsearch7.exceptions import TransportError
from fastapi import APIRouter, HTTPException, Query, Response
from fastapi import Path as PathParam

from services.alerts.watchlist import Watchlist, WatchlistSpec
from services.alerts.watchlist_index import (
    add_watchlist,
    list_watchlists,
    remove_watchlist,
    set_paused,
)
from shared.errors import SearchUnavailable

T = TypeVar("T")
WatchlistId = Annotated[str, PathParam(max_length=128, description="from GET /api/watchlists")]


@contextmanager
def _answers() -> Iterator[None]:
    """Elasticsearch down: 503; a request it refused: 400."""
    try:
        yield
    except SearchUnavailable as error:
        raise HTTPException(status_code=503, detail=str(error)) from error
    except TransportError as error:
        raise HTTPException(status_code=400, detail=str(error.error)) from error


def _found(watchlist_id: str, value: T | None) -> T:
    if value is None or value is False:
        raise HTTPException(
            status_code=404,
            detail=f"No watchlist {watchlist_id}; GET /api/watchlists lists the ids.",
        )
    return value


def watchlist_routes(es: Elasticsearch, index: str) -> APIRouter:
    """The routes over the watchlists index `index`."""
    router = APIRouter(prefix="/api/watchlists", tags=["watchlists"])

    @router.get("")
    def watchlists(
        owner: Annotated[str | None, Query(max_length=200, description="only this owner")] = None,
    ) -> list[Watchlist]:
        """Every watchlist, oldest first."""
        with _answers():
            return list_watchlists(es, index, owner)

    @router.post("", status_code=201)
    def add(spec: WatchlistSpec) -> Watchlist:
        """Save a query (the language of /api/search) that alerts once per new matching story."""
        with _answers():
            return add_watchlist(es, index, spec)

    def pausing(paused: bool) -> Callable[[str], Watchlist]:
        def change(watchlist_id: WatchlistId) -> Watchlist:
            with _answers():
                return _found(watchlist_id, set_paused(es, index, watchlist_id, paused))

        return change

    router.post("/{watchlist_id}/pause", summary="Pause a watchlist: it alerts on nothing")(
        pausing(True)
    )
    router.post("/{watchlist_id}/resume", summary="Resume a paused watchlist")(pausing(False))

    @router.delete("/{watchlist_id}", status_code=204)
    def remove(watchlist_id: WatchlistId) -> Response:
        """Delete a watchlist; the alerts it raised stay."""
        with _answers():
            _found(watchlist_id, remove_watchlist(es, index, watchlist_id) or None)
        return Response(status_code=204)

    return router
