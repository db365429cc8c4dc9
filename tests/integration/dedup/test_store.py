"""The Redis DedupStore and StoryStore on a real Redis: same contract, atomic under races."""

import threading
from collections.abc import Callable

import pytest
import redis

from services.dedup.dedup import Deduplicator
from services.dedup.fingerprint import body_fingerprint
from services.dedup.store import DedupStore, Namespace, RedisDedupStore
from services.dedup.stories import RedisStoryStore, StoryAssigner
from tests.unit.dedup.factories import BODY, article_id, make_article
from tests.unit.dedup.seed_story import seed_articles
from tests.unit.dedup.store_cases import CASES

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("case", CASES, ids=[c.__name__ for c in CASES])
def test_redis_store(
    case: Callable[[DedupStore], None], client: "redis.Redis", stream_prefix: str
) -> None:
    case(RedisDedupStore(client, stream_prefix, capacity=10_000))


def test_redis_store_keys_live_under_prefix(client: "redis.Redis", stream_prefix: str) -> None:
    RedisDedupStore(client, stream_prefix).check_and_insert(
        Namespace.BODY, article_id("a"), body_fingerprint(BODY), has_body=True
    )
    keys = [k.decode() for k in client.scan_iter(match=f"{stream_prefix}:*")]
    assert keys
    assert all(k.startswith(f"{stream_prefix}:dedup:body:") for k in keys)


def test_two_workers_racing_on_same_content_make_exactly_one_original(
    redis_url: str, stream_prefix: str
) -> None:
    ids = [article_id(f"racer-{n}") for n in range(16)]
    fingerprint = body_fingerprint(BODY)
    originals: dict[str, str] = {}
    barrier = threading.Barrier(2)

    def worker(mine: list[str]) -> None:
        store = RedisDedupStore(redis.Redis.from_url(redis_url), stream_prefix)
        barrier.wait()
        for own in mine:
            originals[own] = store.check_and_insert(Namespace.BODY, own, fingerprint, True).original

    threads = [threading.Thread(target=worker, args=(ids[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(originals.values())) == 1
    (winner,) = set(originals.values())
    assert originals[winner] == winner


def test_two_deduplicators_share_verdicts_through_redis(redis_url: str, stream_prefix: str) -> None:
    def deduplicator() -> Deduplicator:
        client = redis.Redis.from_url(redis_url)
        return Deduplicator(
            RedisDedupStore(client, stream_prefix),
            StoryAssigner(RedisStoryStore(client, stream_prefix)),
        )

    first, second = deduplicator(), deduplicator()
    original = first.judge(make_article("a"))
    copy = second.judge(make_article("b"))
    assert copy.duplicate_of == article_id("a")
    assert copy.story_id == original.story_id == article_id("a")
    assert first.judge(make_article("b")) == copy


def test_redis_stories_match_in_memory_on_sample_pages(redis_url: str, stream_prefix: str) -> None:
    client = redis.Redis.from_url(redis_url)
    dedup = Deduplicator(
        RedisDedupStore(client, stream_prefix),
        StoryAssigner(RedisStoryStore(client, stream_prefix)),
    )
    articles = seed_articles()
    stories = {a.id: dedup.judge(a).story_id for a in articles}
    mains = [a.id for a in articles if a.role == "main"][:3]
    assert len({stories[m] for m in mains}) == 1
    assert sum(1 for s in stories.values() if s == stories[mains[0]]) == 3
