"""The test Redis is real: PING, a consumer-group round trip, and cleanup by prefix."""

from collections.abc import Iterator

import pytest
import redis

from tests import servers

pytestmark = pytest.mark.integration


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    """A decoding redis-py client on the session server."""
    with redis.Redis.from_url(redis_url, decode_responses=True) as conn:
        yield conn


def pending_count(client: redis.Redis, stream: str, group: str) -> int:
    """How many entries the group has delivered but not acknowledged."""
    summary = client.xpending(stream, group)
    assert isinstance(summary, dict)
    return int(summary["pending"])


def test_redis_answers_ping(client: redis.Redis) -> None:
    assert client.ping() is True


def test_stream_entry_travels_through_a_consumer_group(
    client: redis.Redis, stream_prefix: str
) -> None:
    stream = f"{stream_prefix}:articles"
    client.xgroup_create(stream, "enricher", id="0", mkstream=True)
    entry_id = str(client.xadd(stream, {"data": "خبر عاجل"}))

    read = client.xreadgroup("enricher", "worker-1", {stream: ">"}, count=10)

    assert read == [[stream, [(entry_id, {"data": "خبر عاجل"})]]]
    assert pending_count(client, stream, "enricher") == 1
    assert client.xack(stream, "enricher", entry_id) == 1
    assert pending_count(client, stream, "enricher") == 0


def test_cleanup_deletes_only_keys_under_the_prefix(client: redis.Redis, redis_url: str) -> None:
    mine, other = servers.unique_name(), servers.unique_name()
    client.xadd(f"{mine}:bundles", {"n": "1"})
    client.set(f"{mine}:dedup:band:1", "x")
    client.set(f"{other}:keep", "y")

    deleted = servers.delete_keys(redis_url, mine)

    assert deleted == 2
    assert client.exists(f"{mine}:bundles", f"{mine}:dedup:band:1") == 0
    assert client.get(f"{other}:keep") == "y"
    client.delete(f"{other}:keep")
