"""Furniture learned per source, in memory and in a real Redis."""

from collections.abc import Iterator

import pytest
import redis

from services.splitter.furniture import (
    COUNTED_TTL_S,
    Furniture,
    InMemoryFurniture,
    RedisFurniture,
)
from services.splitter.split import split_bundle
from shared.contracts import Bundle

LINES = ["تابع آخر الأخبار على قناتنا", "سطر فريد في هذه الصفحة فقط"]


@pytest.fixture
def redis_furniture(redis_url: str, stream_prefix: str) -> Iterator[RedisFurniture]:
    client = redis.Redis.from_url(redis_url)
    yield RedisFurniture(client, prefix=stream_prefix, min_bundles=3)
    client.close()


def _learn_recurring(furniture: Furniture) -> None:
    for i in range(3):
        furniture.learn("example.com", [LINES[0], f"سطر رقم {i}", LINES[0]], f"b{i}")


def _redelivery_counts_once(furniture: Furniture) -> None:
    _learn_recurring(furniture)
    furniture.learn("example.com", [LINES[0]], "b1")  # b1 delivered again
    assert furniture.known("example.com", LINES, "new") == {LINES[0]}
    # For b1 itself only the two other bundles count: under min_bundles (3).
    assert furniture.known("example.com", LINES, "b1") == set()


def test_memory_furniture_knows_a_line_seen_in_enough_bundles() -> None:
    furniture = InMemoryFurniture(min_bundles=3)
    _learn_recurring(furniture)
    assert furniture.known("example.com", LINES, "new") == {LINES[0]}
    assert furniture.known("other.org", LINES, "new") == set()


def test_memory_furniture_counts_a_redelivered_bundle_once() -> None:
    _redelivery_counts_once(InMemoryFurniture(min_bundles=3))


def test_memory_furniture_ignores_long_lines() -> None:
    furniture = InMemoryFurniture(min_bundles=1)
    furniture.learn(None, ["س" * 200], "b0")
    assert furniture.known(None, ["س" * 200], "new") == set()


@pytest.mark.integration
def test_redis_furniture_counts_bundles_in_a_hash_per_source(
    redis_furniture: RedisFurniture, redis_url: str, stream_prefix: str
) -> None:
    _learn_recurring(redis_furniture)
    assert redis_furniture.known("example.com", LINES, "new") == {LINES[0]}
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    assert client.hget(f"{stream_prefix}:furniture:example.com", LINES[0]) == "3"


@pytest.mark.integration
def test_redis_furniture_counts_a_redelivered_bundle_once(
    redis_furniture: RedisFurniture, redis_url: str, stream_prefix: str
) -> None:
    _redelivery_counts_once(redis_furniture)
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    assert client.hget(f"{stream_prefix}:furniture:example.com", LINES[0]) == "3"
    assert 0 < client.ttl(f"{stream_prefix}:furniture-counted:b1") <= COUNTED_TTL_S


def test_split_drops_a_line_the_source_repeats_on_every_page() -> None:
    furniture = InMemoryFurniture(min_bundles=2)
    body = (
        "قال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الملفات العالقة بين البلدين."
    )
    pages = [f"{body}\nتابع آخر الأخبار على قناتنا\n{body} ({i})\n" for i in range(3)]
    bodies = [
        split_bundle(Bundle.from_raw(p.encode(), url="https://www.example.com/a"), furniture)[
            0
        ].body
        for p in pages
    ]
    assert "قناتنا" in bodies[0]
    assert "قناتنا" in bodies[1]
    assert "قناتنا" not in bodies[2]
