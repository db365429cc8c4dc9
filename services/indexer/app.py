"""Indexer service: deduped articles → Elasticsearch, acknowledged only once ES confirmed them."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from faststream import FastStream

from services.indexer.bulk import ensure_index, index_batch
from shared.broker import Handle, ItemResult
from shared.contracts import DedupedArticle
from shared.errors import DocumentRejected
from shared.search import make_client, wait_until_ready
from shared.settings import ServiceSettings
from shared.streams import Stage
from shared.wire import decode
from shared.worker import build_worker


def create_app(settings: ServiceSettings | None = None) -> FastStream:
    """The indexer's FastStream app."""
    settings = settings or ServiceSettings()

    @asynccontextmanager
    async def open_index() -> AsyncIterator[Handle[DedupedArticle, DedupedArticle]]:
        client = make_client(settings)
        await asyncio.to_thread(wait_until_ready, client, 120.0)
        await asyncio.to_thread(ensure_index, client, settings.es_index)

        async def index_articles(
            articles: list[DedupedArticle],
        ) -> list[ItemResult[DedupedArticle]]:
            # SearchUnavailable propagates: nothing is acknowledged and the batch is retried.
            outcome = await asyncio.to_thread(index_batch, client, settings.es_index, articles)
            return [
                DocumentRejected(f"Elasticsearch rejected {a.id}: {outcome.rejected[a.id]}.")
                if a.id in outcome.rejected
                else []
                for a in articles
            ]

        yield index_articles
        client.transport.close()

    return build_worker(Stage.INDEXER, settings, partial(decode, model=DedupedArticle), open_index)
