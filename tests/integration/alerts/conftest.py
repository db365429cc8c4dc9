"""Real Elasticsearch and Redis for the alerts stage: a client, a watchlists index, a claims store."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from elasticsearch7 import Elasticsearch

from services.alerts.claims import AlertClaims
from services.alerts.watchlist_index import ensure_watchlist_index, watchlist_index
from shared.search import make_client
from shared.settings import ServiceSettings
from tests.integration.pipeline.conftest import worker_env
from tests.integration.pipeline.processes import Workers


@pytest.fixture
def es_client(es_url: str) -> Iterator[Elasticsearch]:
    """A client made the way services make theirs."""
    client = make_client(ServiceSettings(es_url=es_url))
    yield client
    client.transport.close()


@pytest.fixture
def watchlists(es_client: Elasticsearch, es_index: str) -> str:
    """This test's watchlists index (named after its articles alias, so cleanup finds it)."""
    index = watchlist_index(es_index)
    ensure_watchlist_index(es_client, index)
    return index


@pytest.fixture
def rclient(redis_url: str) -> Iterator[redis.Redis]:
    """A plain Redis client."""
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


@pytest.fixture
def claims(rclient: redis.Redis, stream_prefix: str) -> AlertClaims:
    """The claim script over this test's prefix, with the dedup window."""
    return AlertClaims(rclient, stream_prefix, window_days=90)


@pytest.fixture
def alert_workers(
    redis_url: str, es_url: str, stream_prefix: str, es_index: str, tmp_path: Path
) -> Iterator[Workers]:
    """Worker processes on the session servers, as the pipeline tests start them; stopped after."""
    pool = Workers(worker_env(redis_url, es_url, stream_prefix, es_index), tmp_path)
    yield pool
    pool.stop_all()
