"""A pipeline of real worker processes on the real servers, isolated by prefix and index."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from shared.streams import Streams
from tests.integration.pipeline.processes import Workers

FAST_RECLAIM_MS = "1500"  # reclaim a dead worker's entries quickly in tests


def worker_env(redis_url: str, es_url: str, prefix: str, index: str) -> dict[str, str]:
    """Environment of every worker in one test."""
    return {
        "REDIS_URL": redis_url,
        "ES_URL": es_url,
        "STREAM_PREFIX": prefix,
        "ES_INDEX": index,
        "CLAIM_IDLE_MS": FAST_RECLAIM_MS,
        "MAX_DELIVERIES": "3",
        "BATCH_SIZE": "8",
        "LOG_LEVEL": "INFO",
    }


@pytest.fixture
def workers(
    redis_url: str, es_url: str, stream_prefix: str, es_index: str, tmp_path: Path
) -> Iterator[Workers]:
    """Worker processes on the session servers; all stopped after the test."""
    pool = Workers(worker_env(redis_url, es_url, stream_prefix, es_index), tmp_path)
    yield pool
    pool.stop_all()


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
