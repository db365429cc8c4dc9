"""Splitter service: bundles → articles, learning each source's page furniture in Redis."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from faststream import FastStream
from redis import Redis

from services.splitter.furniture import RedisFurniture
from services.splitter.split import split_bundle
from shared.broker import Handle, per_item
from shared.contracts import Article, Bundle
from shared.settings import ServiceSettings
from shared.streams import Stage
from shared.wire import decode_bundle
from shared.worker import build_worker


def create_app(settings: ServiceSettings | None = None) -> FastStream:
    """The splitter's FastStream app."""
    settings = settings or ServiceSettings()

    @asynccontextmanager
    async def open_furniture() -> AsyncIterator[Handle[Bundle, Article]]:
        client = Redis.from_url(settings.redis_url)  # synchronous: the split runs in a thread
        furniture = RedisFurniture(client, settings.stream_prefix)
        yield per_item(partial(split_bundle, furniture=furniture))
        client.close()

    decode = partial(decode_bundle, max_bytes=settings.max_bundle_bytes)
    return build_worker(Stage.SPLITTER, settings, decode, open_furniture)
