"""The story linking benchmark runs on a real Redis and cleans up after itself."""

import pytest
import redis

from services.dedup.story_bench import bench_story_linking, bench_story_store
from services.dedup.story_events import load_reports

pytestmark = pytest.mark.integration


def test_story_bench_reports_figures_and_leaves_no_keys(redis_url: str) -> None:
    figures = bench_story_linking(redis_url, rounds=2, n_probe=50, prefix="bench-stories-test")
    assert figures["articles"] == 2 * len(load_reports())
    assert figures["bytes_per_article"] > 0
    assert figures["p99_ms"] >= figures["p50_ms"] > 0
    client = redis.Redis.from_url(redis_url)
    assert not list(client.scan_iter(match="bench-stories-test:*"))


def test_story_store_bench_links_new_reports_to_the_bulk_loaded_stories(redis_url: str) -> None:
    figures = bench_story_store(redis_url, n_articles=2000, n_probe=100, prefix="bench-store-test")
    assert figures["articles"] == (2000 // len(load_reports())) * len(load_reports())
    assert figures["n_probe"] == 100
    assert figures["joined_share"] > 0.5  # rounds 9 days apart: a round's own reports join
    assert figures["bytes_per_article"] > 0
    client = redis.Redis.from_url(redis_url)
    assert not list(client.scan_iter(match="bench-store-test:*"))
