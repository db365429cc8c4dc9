"""Dedup service: enriched articles → deduped articles, judged against everything seen, in Redis."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from faststream import FastStream
from redis import Redis

from services.dedup.dedup import Deduplicator
from services.dedup.store import RedisDedupStore
from services.dedup.stories import RedisStoryStore, StoryAssigner
from shared.broker import Handle, per_item
from shared.contracts import DedupedArticle, EnrichedArticle
from shared.settings import ServiceSettings
from shared.streams import Stage
from shared.wire import decode
from shared.worker import build_worker


def create_app(settings: ServiceSettings | None = None) -> FastStream:
    """The dedup stage's FastStream app."""
    settings = settings or ServiceSettings()

    @asynccontextmanager
    async def open_stores() -> AsyncIterator[Handle[EnrichedArticle, DedupedArticle]]:
        client = Redis.from_url(settings.redis_url)
        deduplicator = Deduplicator(
            RedisDedupStore(client, settings.stream_prefix),
            StoryAssigner(RedisStoryStore(client, settings.stream_prefix)),
        )
        yield per_item(lambda article: [deduplicator.apply(article)])
        client.close()

    return build_worker(Stage.DEDUP, settings, partial(decode, model=EnrichedArticle), open_stores)
