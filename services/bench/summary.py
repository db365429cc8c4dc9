"""Figures derived from the measurements: ratios against the slowest stage, memory per article."""

from typing import Any

from services.bench.table import lookup

STAGE_RATES = (
    ("splitter", "stages.splitter.articles_per_s"),
    ("enricher", "stages.enricher.articles_per_s"),
    ("dedup", "stages.dedup.per_s"),
    ("indexer", "stages.indexer.docs_per_s"),
)
TRANSPORT_AIM_MS = 0.5


def ratios(results: dict[str, Any]) -> dict[str, Any]:
    """Figures against each other: end to end over the slowest stage, scaling, transport."""
    stage_rates: dict[str, float] = {}
    for name, path in STAGE_RATES:
        value = lookup(results, path)
        if isinstance(value, int | float) and value > 0:
            stage_rates[name] = float(value)
    found: dict[str, Any] = {}
    if stage_rates:
        slowest = min(stage_rates, key=lambda k: stage_rates[k])
        found.update(slowest_stage=slowest, slowest_stage_articles_per_s=stage_rates[slowest])
        for workers in (1, 2):
            e2e = lookup(results, f"e2e.workers_{workers}.articles_per_s")
            if isinstance(e2e, int | float):
                found[f"e2e_{workers}_over_slowest_stage"] = round(e2e / stage_rates[slowest], 3)
        found["e2e_over_slowest_stage"] = found.get("e2e_1_over_slowest_stage")
    one, two = (
        lookup(results, "e2e.workers_1.articles_per_s"),
        lookup(results, "e2e.workers_2.articles_per_s"),
    )
    if one and two:
        found["scaling_2_over_1_workers"] = round(two / one, 3)
    hop = lookup(results, "stages.transport.ms_per_message")
    found["transport_ms_per_message"] = hop
    found["transport_aim_met"] = hop < TRANSPORT_AIM_MS if isinstance(hop, int | float) else None
    # bench_indexer alternates its rounds with raw _bulk rounds: fairer than the separate ceiling.
    found["indexer_over_bulk_ceiling"] = lookup(results, "stages.indexer.ratio")
    alerts = lookup(results, "stages.alerts.articles_per_s")
    if isinstance(alerts, int | float) and isinstance(one, int | float) and one > 0:
        found["alerts_over_e2e"] = round(alerts / one, 2)  # aim >= 1.5: alerts never the bottleneck
    return found


def _largest_store(results: dict[str, Any], key: str) -> Any:
    """A figure of the dedup store benchmark with the most articles stored."""
    store = lookup(results, "stages.dedup.store") or {}
    measured = [size for size, figures in store.items() if key in figures]
    return store[max(measured, key=int)][key] if measured else None


def memory_summary(results: dict[str, Any]) -> dict[str, Any]:
    """The memory figures gathered in one place."""
    rss = lookup(results, "e2e.peak_rss_mb") or {}
    peaks = [v for values in rss.values() for v in values if v is not None]
    return {
        "peak_rss_mb": rss,
        "peak_rss_mb_max": max(peaks) if peaks else None,
        "redis_bytes_per_article": lookup(results, "e2e.redis_bytes_per_article"),
        "redis_state_bytes_per_article": lookup(results, "e2e.redis_state_bytes_per_article"),
        "dedup_store_bytes_per_article": _largest_store(results, "bytes_per_article"),
        "index_bytes_per_document": lookup(results, "e2e.index.bytes_per_document"),
    }
