"""The story linking benchmark runs on a real Redis and cleans up after itself."""

import pytest
import redis

from services.dedup.story_bench import bench_story_linking
from services.dedup.story_events import load_reports

pytestmark = pytest.mark.integration


def test_story_bench_reports_figures_and_leaves_no_keys(redis_url: str) -> None:
    figures = bench_story_linking(redis_url, rounds=2, n_probe=50, prefix="bench-stories-test")
    assert figures["articles"] == 2 * len(load_reports())
    assert figures["bytes_per_article"] > 0
    assert figures["p99_ms"] >= figures["p50_ms"] > 0
    client = redis.Redis.from_url(redis_url)
    assert not list(client.scan_iter(match="bench-stories-test:*"))
