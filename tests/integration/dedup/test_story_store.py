"""The Redis StoryStore on a real Redis: the in-memory cases, racing workers, bounded state."""

import random
import threading
from collections.abc import Callable

import pytest
import redis

from services.dedup.stories import InMemoryStoryStore, RedisStoryStore, StoryAssigner, StoryStore
from services.dedup.story_model import StoryState
from services.dedup.story_store import KEY_CAP, MAX_CANDIDATES, Commit
from tests.unit.dedup.story_reports import reports_of
from tests.unit.dedup.story_store_cases import STORY_CASES

pytestmark = pytest.mark.integration


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


def test_redis_candidates_rank_like_the_in_memory_store_past_the_cap(
    client: "redis.Redis", stream_prefix: str
) -> None:
    # Many stories over a few keys, ids sharing long prefixes and differing in length and case,
    # so the Lua ranking's ties (keys shared, then bytewise id) and its cap are all exercised.
    rng = random.Random(7)
    stores: list[StoryStore] = [InMemoryStoryStore(), RedisStoryStore(client, stream_prefix)]
    keys = [f"p:{k}" for k in range(6)]
    for n in range(120):
        story = "0000aa" + rng.choice(["", "B", "b", "-"]) + format(rng.randrange(4096), "x")
        shared = tuple(rng.sample(keys, rng.randint(1, 4)))
        for store in stores:
            commit = Commit(f"a{n}", StoryState(story), 0, shared, (), 0, 100.0 + n * 0.1)
            found = store.state(story)
            if found is not None:
                commit = Commit(f"a{n}", found[0], found[1], shared, (), 0, 100.0 + n * 0.1)
            assert store.commit(commit) == story
    for wanted in (keys[:1], keys[:3], keys):
        ranked = [[s.story_id for s, _ in store.candidates(wanted, 105.0)] for store in stores]
        assert ranked[0] == ranked[1]
        assert len(ranked[0]) == MAX_CANDIDATES


def test_a_candidate_key_keeps_its_newest_stories_up_to_the_cap(
    client: "redis.Redis", stream_prefix: str
) -> None:
    store = RedisStoryStore(client, stream_prefix)
    stories = [f"{n:04d}" for n in range(KEY_CAP + 5)]
    for n, story in enumerate(stories):
        assert store.commit(Commit(f"a{n}", StoryState(story), 0, ("p:x",), (), 0, float(n)))
    # A kept story joined again moves to the newest end, and no other story is dropped.
    found = store.state(stories[10])
    assert found is not None
    rejoined = Commit("again", found[0], found[1], ("p:x",), (), 0, 1_000.0)
    assert store.commit(rejoined) == stories[10]
    kept = [s.decode() for s in client.zrange(store.key("key", "p:x"), 0, -1)]
    assert kept == [*stories[5:10], *stories[11:], stories[10]]
