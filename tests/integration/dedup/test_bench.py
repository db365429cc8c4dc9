"""The dedup store benchmark runs on a real Redis and cleans up after itself."""

import pytest
import redis

from services.dedup.bench import bench_store

pytestmark = pytest.mark.integration


def test_bench_store_reports_figures_and_leaves_no_keys(redis_url: str) -> None:
    figures = bench_store(redis_url, n_existing=300, n_probe=20)
    assert figures["bytes_per_article"] > 0
    assert figures["p99_ms"] >= figures["p50_ms"] > 0
    assert figures["probes_with_candidates"] >= 0.5  # every other probe is a near copy
    client = redis.Redis.from_url(redis_url)
    assert not list(client.scan_iter(match="bench-*"))
