"""A plain Redis client and stream names under the test's prefix."""

from collections.abc import Iterator

import pytest
import redis

from shared.streams import Streams


@pytest.fixture
def rclient(redis_url: str) -> Iterator[redis.Redis]:
    """A plain Redis client."""
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


@pytest.fixture
def streams(stream_prefix: str) -> Streams:
    """Stream names under this test's prefix."""
    return Streams(stream_prefix)
