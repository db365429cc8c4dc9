"""A real index holding the sample-page corpus, shared by the search tests of one module."""

from collections.abc import Iterator

import pytest
from elasticsearch7 import Elasticsearch

from services.indexer.bulk import ensure_index, index_batch
from shared.search import make_client
from shared.settings import ServiceSettings
from tests import servers
from tests.integration.search.corpus import corpus


@pytest.fixture(scope="module")
def es_client(es_url: str) -> Iterator[Elasticsearch]:
    """A client made the way services make theirs."""
    client = make_client(ServiceSettings(es_url=es_url))
    yield client
    client.transport.close()


@pytest.fixture(scope="module")
def corpus_alias(es_url: str, es_client: Elasticsearch) -> Iterator[str]:
    """An alias whose index holds every corpus article, refreshed and searchable."""
    alias = servers.unique_name("search")
    ensure_index(es_client, alias)
    outcome = index_batch(es_client, alias, list(corpus().values()), refresh=True)
    assert not outcome.rejected
    yield alias
    servers.delete_indices(es_url, alias)
