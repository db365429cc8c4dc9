"""The Redis StoryStore on a real Redis: the in-memory cases, racing workers, bounded state."""

import threading
from collections.abc import Callable, Iterator

import pytest
import redis

from services.dedup.stories import RedisStoryStore, StoryAssigner, StoryStore
from tests.unit.dedup.story_reports import reports_of
from tests.unit.dedup.story_store_cases import STORY_CASES

pytestmark = pytest.mark.integration


@pytest.fixture
def client(redis_url: str) -> Iterator["redis.Redis"]:
    connection = redis.Redis.from_url(redis_url)
    yield connection
    connection.close()


@pytest.mark.parametrize("case", STORY_CASES, ids=[c.__name__ for c in STORY_CASES])
def test_redis_story_store(
    case: Callable[[StoryStore], None], client: "redis.Redis", stream_prefix: str
) -> None:
    case(RedisStoryStore(client, stream_prefix))


def test_two_workers_racing_on_one_event_give_each_report_one_stable_story(
    redis_url: str, stream_prefix: str
) -> None:
    reports = reports_of("a-quake-malatya")
    given: dict[str, list[str]] = {a.id: [] for a in reports}
    barrier = threading.Barrier(2)

    def worker(order: int) -> None:
        stories = StoryAssigner(RedisStoryStore(redis.Redis.from_url(redis_url), stream_prefix))
        barrier.wait()
        # Both workers see every report (a redelivery races its first delivery), in
        # opposite orders so that they also race on the centroid of a growing story.
        for article in reports[::order]:
            given[article.id].append(stories.assign(article))

    threads = [threading.Thread(target=worker, args=(order,)) for order in (1, -1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(len(set(found)) == 1 for found in given.values())
    redelivered = StoryAssigner(RedisStoryStore(redis.Redis.from_url(redis_url), stream_prefix))
    assert {a.id: redelivered.assign(a) for a in reports} == {
        a: found[0] for a, found in given.items()
    }
