"""bench/throughput.png: each stage alone against the ceilings, and end to end with 1 and 2 workers."""

from pathlib import Path
from typing import Any

from services.bench.table import lookup

# (label, path in results.json, colour group)
BARS: tuple[tuple[str, str, str], ...] = (
    ("Redis stream round trip (msg/s)", "ceilings.redis_stream.round_trip_per_s", "ceiling"),
    ("Elasticsearch raw _bulk (docs/s)", "ceilings.es_bulk.docs_per_s", "ceiling"),
    ("splitter (articles/s, 1 core)", "stages.splitter.articles_per_s", "stage"),
    ("enricher (articles/s, 1 core)", "stages.enricher.articles_per_s", "stage"),
    ("dedup (articles/s)", "stages.dedup.per_s", "stage"),
    ("indexer (docs/s)", "stages.indexer.docs_per_s", "stage"),
    ("end to end, 1 worker/stage", "e2e.workers_1.articles_per_s", "e2e"),
    ("end to end, 2 workers/stage", "e2e.workers_2.articles_per_s", "e2e"),
)
COLOURS = {"ceiling": "#8c8c8c", "stage": "#1f77b4", "e2e": "#d62728"}


def plot_throughput(results: dict[str, Any], path: Path) -> None:
    """Write a horizontal bar chart (log scale: ceilings are orders of magnitude above stages)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    bars = [
        (label, float(value), group)
        for label, key, group in BARS
        if isinstance(value := lookup(results, key), int | float) and value > 0
    ]
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(bars) + 1.5))
    labels = [label for label, _, _ in bars]
    values = [value for _, value, _ in bars]
    ax.barh(labels, values, color=[COLOURS[group] for _, _, group in bars])
    ax.set_xscale("log")
    ax.invert_yaxis()
    for y, value in enumerate(values):
        ax.text(
            value, y, f" {value:,.1f}" if value < 100 else f" {value:,.0f}", va="center", fontsize=8
        )
    machine = results.get("machine", {})
    ax.set_title(
        f"Khabar throughput per second ({machine.get('mode', '?')} run,"
        f" {machine.get('cores', '?')} cores)"
    )
    ax.set_xlabel("items per second (log scale)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
