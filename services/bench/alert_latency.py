"""Push → alert delivered: every stage as a worker process, a webhook receiver, watchlists.

All six stages run as `khabar worker` processes (one each) on a fresh prefix and index, with
watchlists drawn from the corpus stored beforehand, each with a local HTTP receiver as its target
(HTTP/1.1 keep-alive, as a real endpoint; services/bench/receiver.py).
Pages are pushed one at a time at a steady pace; the receiver notes when each alert first arrives,
and the latency of an alert is that moment minus the push of the bundle whose article raised it
(the bundle entry id's millisecond timestamp, Redis' clock, as the end-to-end bench reads it).
"""

import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from elasticsearch7 import Elasticsearch
from redis import Redis

from services.alerts.bench import draw_watchlists
from services.alerts.watchlist_index import add_watchlists, ensure_watchlist_index, watchlist_index
from services.bench.e2e import Workers, push, start_workers, stop_workers, wait_ready
from services.bench.receiver import WebhookReceiver
from services.bench.stats import latency_summary_ms
from services.dedup.bench import _delete_prefix
from shared.contracts import DedupedArticle
from shared.streams import Stage, Streams

READY_TIMEOUT_S = 180.0
QUIET_S = 10.0  # no new alert for this long after the last push: the run is over
SECRET = "bench-webhook-secret"  # noqa: S105 (signs alerts to a local receiver in a throwaway run)


def bench_alert_latency(
    redis_url: str,
    es_url: str,
    pages: Sequence[bytes],
    articles: Sequence[DedupedArticle],
    log_dir: Path,
    *,
    watchlists: int = 1000,
    interval_s: float = 0.5,
    progress: Callable[[str], None] = lambda _: None,
) -> dict[str, Any]:
    """p50/p99 from push to the receiver holding the alert, over pages pushed one by one."""
    run_id = f"bench-{uuid.uuid4().hex[:8]}"
    streams = Streams(run_id)
    redis = Redis.from_url(redis_url)
    client = Elasticsearch([es_url], timeout=120)
    env = {
        "REDIS_URL": redis_url,
        "ES_URL": es_url,
        "STREAM_PREFIX": run_id,
        "ES_INDEX": run_id,
        "LOG_LEVEL": "WARNING",
        "KHABAR_WEBHOOK_SECRET": SECRET,
    }
    workers = Workers(stages=tuple(Stage))  # the pipeline, alerts and delivery
    try:
        with WebhookReceiver() as receiver:
            index = watchlist_index(run_id)  # the alias the alerts stage reads
            ensure_watchlist_index(client, index)
            specs = draw_watchlists(articles, watchlists)
            add_watchlists(
                client, index, [s.model_copy(update={"target": receiver.url}) for s in specs]
            )
            start_workers(1, env, log_dir / run_id, workers)
            wait_ready(redis, streams, workers, lambda _: None)
            pushed: dict[str, int] = {}
            for n, raw in enumerate(pages):
                progress(f"pushed {n + 1}/{len(pages)}, alerts delivered {receiver.count()}")
                pushed.update(push(redis, streams, [raw], [f"alerts-{n:05d}.txt"]))
                time.sleep(interval_s)
            last, seen = time.monotonic(), receiver.count()
            while time.monotonic() - last < QUIET_S:
                time.sleep(1.0)
                if (now := receiver.count()) != seen:
                    last, seen = time.monotonic(), now
                progress(f"alerts delivered {seen}")
            arrivals = receiver.arrivals()
        latencies = [
            arrival.at - pushed[bundle] / 1000
            for arrival in arrivals
            if (bundle := arrival.article_id.rsplit("-", 1)[0]) in pushed
        ]
        summary: dict[str, Any] = latency_summary_ms(latencies) if latencies else {}
        summary.update(
            watchlists=len(specs),
            bundles=len(pages),
            alerts=len(arrivals),
            push_interval_s=interval_s,
        )
        return summary
    finally:
        stop_workers(workers)
        _delete_prefix(redis, run_id)
        redis.close()
        client.transport.close()
