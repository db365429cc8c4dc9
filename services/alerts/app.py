"""Alerts service: deduped articles → one alert per (watchlist, story) on the `alerts` stream."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from faststream import FastStream
from pydantic import Field
from redis import Redis

from services.alerts.alerter import BATCH_SIZE, Alerter
from services.alerts.claims import AlertClaims
from services.alerts.watchlist_index import ensure_watchlist_index, watchlist_index
from shared.broker import Handle
from shared.contracts import Alert, DedupedArticle
from shared.search import make_client, wait_until_ready
from shared.settings import DEDUP_WINDOW_DAYS, ServiceSettings
from shared.streams import Stage
from shared.wire import decode
from shared.worker import build_worker


class AlertsSettings(ServiceSettings):
    """Bigger batches (percolation is paid per request), and how long a story's alert is
    remembered: the dedup window, as long as a story id lives."""

    batch_size: int = Field(default=BATCH_SIZE, ge=1, le=1000, description="entries read per call")
    window_days: int = Field(
        default=DEDUP_WINDOW_DAYS, ge=1, validation_alias="KHABAR_DEDUP_WINDOW_DAYS"
    )


def create_app(settings: AlertsSettings | None = None) -> FastStream:
    """The alerts stage's FastStream app."""
    settings = settings or AlertsSettings()
    index = watchlist_index(settings.es_index)

    @asynccontextmanager
    async def open_watchlists() -> AsyncIterator[Handle[DedupedArticle, Alert]]:
        client = make_client(settings)
        await asyncio.to_thread(wait_until_ready, client, 120.0)
        await asyncio.to_thread(ensure_watchlist_index, client, index)
        redis = Redis.from_url(settings.redis_url)
        claims = AlertClaims(redis, settings.stream_prefix, window_days=settings.window_days)
        yield Alerter(client, index, claims).handle
        redis.close()
        client.transport.close()

    return build_worker(
        Stage.ALERTS, settings, partial(decode, model=DedupedArticle), open_watchlists
    )
