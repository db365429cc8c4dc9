"""Benchmark of bounded state: Redis memory after a simulated window roll-over.

Near-duplicate records and story state live for a window (KHABAR_DEDUP_WINDOW_DAYS, 90 days) and
then expire by TTL. To see the bound in a benchmark, the window is shrunk to `window_s` seconds
and the stores are filled twice: `n_articles` articles' dedup records and story state (window
one), then, once that window has passed, as many again under new ids (window two). If state were
kept for ever, memory after window two would be twice that after window one; bounded by the
window, it stays about the same, and nothing of window one is left.
"""

import time
import uuid
from datetime import timedelta
from typing import Any

import numpy as np
import redis

from services.dedup.bench import _delete_prefix, _ids, _synthetic, _used_memory
from services.dedup.bulk import BulkLoader
from services.dedup.store import Namespace, RedisDedupStore
from services.dedup.stories import InMemoryStoryStore, RedisStoryStore, StoryAssigner
from services.dedup.story_bench import _renamed, replayed_reports
from services.dedup.story_bulk import RecordingStore, StoryBulkLoader
from services.dedup.story_store import Commit

DAY_S = 86_400.0


def _recorded_round() -> list[Commit]:
    """The story set linked once in memory: the commits a round of it leaves."""
    recorder = RecordingStore(InMemoryStoryStore())
    assigner = StoryAssigner(recorder)
    for article in replayed_reports(1):
        assigner.assign(article)
    return recorder.commits


class _Window:
    """One window's worth of articles written into the dedup and story stores."""

    def __init__(self, client: "redis.Redis", prefix: str, window_s: float, capacity: int) -> None:
        self.client = client
        self.dedup = RedisDedupStore(
            client, prefix, capacity=capacity, window_days=window_s / DAY_S
        )
        self.stories = RedisStoryStore(client, prefix, window_days=window_s / DAY_S)

    def fill(self, commits: list[Commit], n_articles: int, first: int, seed: int) -> int:
        """Write n_articles articles (ids from `first` on); the count stored."""
        rounds = max(1, n_articles // len(commits))
        n = rounds * len(commits)  # as many articles in both stores
        rows = _synthetic(np.random.default_rng(seed), n)
        BulkLoader(self.dedup).load(Namespace.BODY, _ids(first, n), rows)
        offset = first // len(commits) + 1
        step = timedelta(days=90) / rounds
        return StoryBulkLoader(self.client, self.stories).load(
            commits,
            rounds,
            step.total_seconds() / 3600,
            lambda article_id, r: _renamed(article_id, r + offset),
        )


def _expire_all(client: "redis.Redis", prefix: str) -> int:
    """Visit every key under the prefix (Redis drops an expired key when it is touched); the
    number of keys still alive."""
    return sum(1 for _ in client.scan_iter(match=f"{prefix}:*", count=10_000))


def bench_window_rollover(
    redis_url: str, n_articles: int = 200_000, window_s: float = 40.0
) -> dict[str, Any]:
    """Bytes per article after one window and after a roll-over into the next one."""
    client = redis.Redis.from_url(redis_url)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    commits = _recorded_round()
    try:
        before = _used_memory(client)
        started = time.monotonic()
        window = _Window(client, prefix, window_s, capacity=n_articles)
        stored = window.fill(commits, n_articles, first=0, seed=1)
        fill_s = time.monotonic() - started
        if fill_s > window_s * 0.8:
            return {
                "skipped": f"filling took {fill_s:.0f}s, too close to the {window_s:.0f}s window"
            }
        one_window = _used_memory(client) - before
        # Everything of window one expires `window_s` after its last write.
        time.sleep(max(0.0, started + fill_s + window_s + 1.0 - time.monotonic()))
        left_over = _expire_all(client, prefix)
        window.fill(commits, n_articles, first=n_articles * 2, seed=2)
        alive_after = _expire_all(client, prefix)
        two_windows = _used_memory(client) - before
        return {
            "articles_per_window": float(stored),
            "window_s": window_s,
            "bytes_per_article_one_window": one_window / stored,
            "bytes_per_article_after_rollover": two_windows / stored,
            "rollover_ratio": two_windows / max(1, one_window),
            "keys_left_from_window_one": float(left_over),
            "keys_after_rollover": float(alive_after),
        }
    finally:
        _delete_prefix(client, prefix)
        client.close()
