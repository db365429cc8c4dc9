"""Dedup service: enriched articles → deduped articles, judged against everything seen, in Redis."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from faststream import FastStream
from pydantic import Field
from redis import Redis

from services.dedup.dedup import Deduplicator
from services.dedup.store import WINDOW_DAYS, RedisDedupStore
from services.dedup.stories import RedisStoryStore, StoryAssigner
from shared.broker import Handle, per_item
from shared.contracts import DedupedArticle, EnrichedArticle
from shared.settings import ServiceSettings
from shared.streams import Stage
from shared.wire import decode
from shared.worker import build_worker


class DedupSettings(ServiceSettings):
    """The dedup stage's own knob: how many days articles and stories are remembered."""

    window_days: int = Field(default=WINDOW_DAYS, ge=1, validation_alias="KHABAR_DEDUP_WINDOW_DAYS")


def create_app(settings: DedupSettings | None = None) -> FastStream:
    """The dedup stage's FastStream app."""
    settings = settings or DedupSettings()
    window = settings.window_days

    @asynccontextmanager
    async def open_stores() -> AsyncIterator[Handle[EnrichedArticle, DedupedArticle]]:
        client = Redis.from_url(settings.redis_url)
        deduplicator = Deduplicator(
            RedisDedupStore(client, settings.stream_prefix, window_days=window),
            StoryAssigner(RedisStoryStore(client, settings.stream_prefix, window_days=window)),
        )
        yield per_item(lambda article: [deduplicator.apply(article)])
        client.close()

    return build_worker(Stage.DEDUP, settings, partial(decode, model=EnrichedArticle), open_stores)
