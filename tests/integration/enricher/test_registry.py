"""RedisEntityRegistry on a real Redis: first writer wins, and every worker agrees."""

import pytest
import redis

from services.enricher.canonical import Canonicalizer, KnownEntity
from services.enricher.registry import RedisEntityRegistry

pytestmark = pytest.mark.integration


@pytest.fixture
def client(redis_url: str) -> redis.Redis:
    return redis.Redis.from_url(redis_url)


def test_lookup_of_an_unknown_key_is_none(client: redis.Redis, stream_prefix: str) -> None:
    assert RedisEntityRegistry(client, stream_prefix).lookup("PER:لفرف") is None


def test_first_writer_wins(client: redis.Redis, stream_prefix: str) -> None:
    first = RedisEntityRegistry(client, stream_prefix)
    second = RedisEntityRegistry(client, stream_prefix)  # another worker
    winner = first.insert("PER:سرك لفرف", KnownEntity("سيرغي لافروف", "per-1"))
    loser = second.insert("PER:سرك لفرف", KnownEntity("سيرجي لافروف", "per-2"))
    assert winner == loser == KnownEntity("سيرغي لافروف", "per-1")
    assert second.lookup("PER:سرك لفرف") == winner


def test_keys_live_under_the_prefix(client: redis.Redis, stream_prefix: str) -> None:
    registry = RedisEntityRegistry(client, stream_prefix)
    registry.insert("LOC:بدبست", KnownEntity("بودابست", "loc-1"))
    assert client.keys(f"{stream_prefix}:entities:*") == [
        f"{stream_prefix}:entities:registry".encode()
    ]


def test_two_workers_resolve_spelling_variants_to_one_entity(
    client: redis.Redis, stream_prefix: str
) -> None:
    worker_a = Canonicalizer(RedisEntityRegistry(client, stream_prefix))
    worker_b = Canonicalizer(RedisEntityRegistry(client, stream_prefix))
    (a,) = worker_a.resolve([("دميتري بيسكوف", "PER")])
    (b,) = worker_b.resolve([("ديمتري بيسكوف", "PER")])
    (c,) = worker_b.resolve([("بيسكوف", "PER")])
    assert a == b == c
