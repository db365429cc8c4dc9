"""The throughput plot is written as a PNG from whatever figures a results dict has."""

from pathlib import Path

from services.bench.plot import plot_throughput


def test_plot_writes_a_png_even_with_figures_missing(tmp_path: Path) -> None:
    results = {
        "machine": {"mode": "quick", "cores": 2},
        "ceilings": {"redis_stream": {"round_trip_per_s": 3500.0}},
        "stages": {"enricher": {"articles_per_s": 6.2}},
        "e2e": {"workers_1": {"articles_per_s": 3.8}},
    }
    path = tmp_path / "bench" / "throughput.png"
    plot_throughput(results, path)
    assert path.read_bytes().startswith(b"\x89PNG")
