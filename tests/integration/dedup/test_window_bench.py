"""The roll-over benchmark: state of a window that has passed is gone, memory stays bounded."""

import pytest

from services.dedup.window_bench import bench_window_rollover

pytestmark = pytest.mark.integration


def test_state_of_a_passed_window_expires_and_memory_stays_bounded(redis_url: str) -> None:
    figures = bench_window_rollover(redis_url, n_articles=2000, window_s=4.0)
    assert "skipped" not in figures, figures
    assert figures["keys_left_from_window_one"] == 0
    assert figures["keys_after_rollover"] > 0
    # Kept for ever, twice the articles would need about twice the memory.
    assert 0.7 < figures["rollover_ratio"] < 1.3
