"""One Redis client per dedup integration test, on the real Redis the suite starts."""

from collections.abc import Iterator

import pytest
import redis


@pytest.fixture
def client(redis_url: str) -> Iterator["redis.Redis"]:
    connection = redis.Redis.from_url(redis_url)
    yield connection
    connection.close()
