"""The story bulk loader leaves what linking article by article leaves, on a real Redis."""

import pytest
import redis

from services.dedup.stories import RedisStoryStore, StoryAssigner
from services.dedup.story_bench import replayed_reports
from services.dedup.story_bulk import RecordingStore, StoryBulkLoader

pytestmark = pytest.mark.integration


def _contents(client: "redis.Redis", prefix: str) -> dict[str, object]:
    """Every key after the prefix with its content, and whether it has a TTL."""
    found: dict[str, object] = {}
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        kind = client.type(key)
        content: object
        if kind == b"string":
            content = client.get(key)
        elif kind == b"hash":
            content = client.hgetall(key)
        else:
            content = client.zrange(key, 0, -1, withscores=True)
        found[key.decode().removeprefix(prefix)] = (content, int(client.ttl(key)) > 0)
    return found


def test_a_bulk_loaded_round_equals_the_round_linked_article_by_article(
    client: "redis.Redis", stream_prefix: str
) -> None:
    recorder = RecordingStore(RedisStoryStore(client, f"{stream_prefix}:one-by-one"))
    stories = StoryAssigner(recorder)
    for article in replayed_reports(1):
        stories.assign(article)
    bulk = RedisStoryStore(client, f"{stream_prefix}:bulk")
    loaded = StoryBulkLoader(client, bulk).load(recorder.commits, 1, 0.0, lambda i, _: i)

    assert loaded == len(recorder.commits) == len(replayed_reports(1))
    expected = _contents(client, f"{stream_prefix}:one-by-one")
    assert _contents(client, f"{stream_prefix}:bulk") == expected


def test_bulk_load_refuses_a_story_store_that_has_state(
    client: "redis.Redis", stream_prefix: str
) -> None:
    store = RedisStoryStore(client, stream_prefix)
    recorder = RecordingStore(store)
    StoryAssigner(recorder).assign(replayed_reports(1)[0])
    with pytest.raises(ValueError, match="empty"):
        StoryBulkLoader(client, store).load(recorder.commits, 1, 0.0, lambda i, _: i)
