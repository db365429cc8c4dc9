"""Ratios and memory figures derived from a results dict."""

import pytest

from services.bench.summary import memory_summary, ratios

RESULTS = {
    "stages": {
        "splitter": {"articles_per_s": 160.0},
        "enricher": {"articles_per_s": 8.0},
        "dedup": {
            "per_s": 60.0,
            "store": {
                "10000": {"bytes_per_article": 900.0},
                "100000": {"bytes_per_article": 1000.0},
                "1000000": {"skipped": "too slow to load"},
            },
        },
        "indexer": {"docs_per_s": 40.0, "ratio": 0.9},
        "transport": {"ms_per_message": 0.4},
    },
    "e2e": {
        "workers_1": {"articles_per_s": 6.0},
        "workers_2": {"articles_per_s": 9.0},
        "peak_rss_mb": {"enricher": [350.0, 340.0], "splitter": [75.0, None]},
    },
}


def test_ratios_compare_end_to_end_with_the_slowest_stage() -> None:
    found = ratios(RESULTS)
    assert found["slowest_stage"] == "enricher"
    assert found["e2e_over_slowest_stage"] == pytest.approx(0.75)
    assert found["scaling_2_over_1_workers"] == pytest.approx(1.5)


def test_ratios_check_the_transport_aim() -> None:
    assert ratios(RESULTS)["transport_aim_met"] is True


def test_ratios_survive_missing_figures() -> None:
    found = ratios({"stages": {}})
    assert "slowest_stage" not in found
    assert found["transport_aim_met"] is None


def test_memory_takes_the_largest_measured_store_and_the_highest_peak() -> None:
    memory = memory_summary(RESULTS)
    assert memory["dedup_store_bytes_per_article"] == 1000.0
    assert memory["peak_rss_mb_max"] == 350.0


def test_the_alerts_stage_is_compared_with_end_to_end_and_not_with_the_stages() -> None:
    with_alerts = {**RESULTS, "stages": {**RESULTS["stages"], "alerts": {"articles_per_s": 9.0}}}
    found = ratios(with_alerts)
    assert found["alerts_over_e2e"] == pytest.approx(1.5)
    assert found["slowest_stage"] == "enricher"
