"""Session servers and per-test isolation; the logic lives in tests/servers.py."""

from collections.abc import Iterator

import pytest

from tests import servers


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """URL of a real Redis, started on first use and stopped at session end."""
    server = servers.start_redis()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def es_url() -> Iterator[str]:
    """URL of a real Elasticsearch, started on first use and stopped at session end."""
    server = servers.start_elasticsearch()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def stream_prefix(redis_url: str) -> Iterator[str]:
    """A stream/key prefix unique to this test; its keys are deleted afterwards."""
    prefix = servers.unique_name()
    yield prefix
    servers.delete_keys(redis_url, prefix)


@pytest.fixture
def es_index(es_url: str) -> Iterator[str]:
    """An index name (and name prefix) unique to this test; matching indices are deleted afterwards."""
    name = servers.unique_name()
    yield name
    servers.delete_indices(es_url, name)
