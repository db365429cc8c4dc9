"""Prometheus metrics every stage exposes: processed, failed, retried, latency, lag."""

from prometheus_client import Counter, Gauge, Histogram, start_http_server

PROCESSED = Counter("khabar_processed_total", "Entries processed and acknowledged", ["stage"])
PUBLISHED = Counter("khabar_published_total", "Messages published downstream", ["stage"])
FAILED = Counter("khabar_failed_total", "Entries whose processing raised", ["stage", "error"])
RETRIED = Counter("khabar_retried_total", "Entries reclaimed from a stale consumer", ["stage"])
DEAD_LETTERED = Counter("khabar_dead_lettered_total", "Entries sent to dead letters", ["stage"])
LATENCY = Histogram(
    "khabar_batch_seconds",
    "Time to process one batch, read to acknowledgement",
    ["stage"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
LAG = Gauge(
    "khabar_consumer_lag", "Entries in the input stream not yet read by the group", ["stage"]
)


def serve_metrics(port: int, host: str = "127.0.0.1") -> None:
    """Expose /metrics on host:port (port 0 turns it off)."""
    if port:
        start_http_server(port, addr=host)
