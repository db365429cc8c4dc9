"""Enricher service: articles → enriched articles; the spaCy pipeline is loaded once per worker."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path

from faststream import FastStream
from redis import Redis

from services.enricher.enrich import Enricher, load_pipeline
from services.enricher.registry import RedisEntityRegistry
from shared.broker import Handle, batched
from shared.contracts import Article, EnrichedArticle
from shared.settings import ServiceSettings
from shared.streams import Stage
from shared.wire import decode
from shared.worker import build_worker


class EnricherSettings(ServiceSettings):
    """The enricher's own knob: which trained pipeline to load."""

    model_path: Path | None = None


def create_app(settings: EnricherSettings | None = None) -> FastStream:
    """The enricher's FastStream app."""
    settings = settings or EnricherSettings()

    @asynccontextmanager
    async def open_model() -> AsyncIterator[Handle[Article, EnrichedArticle]]:
        nlp = await asyncio.to_thread(load_pipeline, settings.model_path)
        client = Redis.from_url(settings.redis_url)
        enricher = Enricher(nlp, RedisEntityRegistry(client, settings.stream_prefix))
        yield batched(enricher.enrich_many)
        client.close()

    return build_worker(Stage.ENRICHER, settings, partial(decode, model=Article), open_model)
