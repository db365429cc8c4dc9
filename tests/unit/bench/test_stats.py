"""Percentile math of the benchmark report."""

import pytest

from services.bench.stats import latency_summary_ms, percentile, rate


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([5.0], 99, 5.0),
        ([1.0, 2.0, 3.0, 4.0], 50, 2.5),
        ([3.0, 1.0, 2.0], 0, 1.0),
        ([3.0, 1.0, 2.0], 100, 3.0),
        (list(map(float, range(1, 101))), 99, 99.01),
    ],
    ids=["one-value", "median-between-ranks", "min", "max", "p99-of-1-to-100"],
)
def test_percentile_interpolates_between_ranks(
    values: list[float], q: float, expected: float
) -> None:
    assert percentile(values, q) == pytest.approx(expected)


def test_percentile_refuses_no_values() -> None:
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)


def test_latency_summary_reports_milliseconds() -> None:
    summary = latency_summary_ms([0.010, 0.020, 0.030])
    assert summary == {"p50_ms": 20.0, "p99_ms": pytest.approx(29.8), "max_ms": 30.0}


def test_rate_is_zero_when_no_time_passed() -> None:
    assert rate(10, 0) == 0.0
    assert rate(10, 4) == 2.5
