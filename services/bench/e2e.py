"""End to end: real `khabar worker` processes on real Redis and Elasticsearch, push to searchable.

A burst (everything pushed at once) measures throughput; a paced push at half that rate measures
latency without a backlog. Push time is the bundle entry id's millisecond timestamp (Redis'
clock); searchable time is the `indexed_at` the indexer stamps on each document.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from elasticsearch7 import Elasticsearch
from elasticsearch7.helpers import scan
from redis import Redis
from redis.exceptions import ResponseError

from services.bench.memory import index_store, peak_rss_mb, redis_used_bytes, stream_bytes
from services.bench.stats import latency_summary_ms, rate
from shared.contracts import Bundle
from shared.streams import Stage, Streams, group_of
from shared.wire import bundle_fields

ROOT = Path(__file__).resolve().parents[2]
PUSH_CHUNK = 50
STOP_TIMEOUT_S = 30.0
READY_TIMEOUT_S = 180.0
PIPELINE_ORDER = (Stage.SPLITTER, Stage.ENRICHER, Stage.DEDUP, Stage.INDEXER)

Progress = Callable[[str], None]


@dataclass
class Workers:
    """The worker processes of one run, by stage."""

    procs: dict[Stage, list[subprocess.Popen[bytes]]] = field(default_factory=dict)
    stages: tuple[Stage, ...] = PIPELINE_ORDER  # which stages run, upstream first

    def all(self) -> list[subprocess.Popen[bytes]]:
        """Every process, in pipeline order."""
        return [p for stage in self.stages for p in self.procs.get(stage, [])]


def start_workers(added: int, env: dict[str, str], log_dir: Path, workers: Workers) -> None:
    """Add `added` processes of `khabar worker <stage>` to every stage, logs under log_dir."""
    log_dir.mkdir(parents=True, exist_ok=True)
    for stage in reversed(workers.stages):
        procs = workers.procs.setdefault(stage, [])
        for _ in range(added):
            # The child keeps its own copy of the log's file descriptor.
            with (log_dir / f"{stage.value}-{len(procs)}.log").open("ab") as log:
                procs.append(
                    subprocess.Popen(  # noqa: S603
                        [sys.executable, "-m", "services.cli", "worker", stage.value],
                        cwd=ROOT,
                        env={**os.environ, **env},
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                )


def stop_workers(workers: Workers) -> None:
    """SIGTERM stage by stage in pipeline order; SIGKILL what outlives the timeout."""
    for stage in workers.stages:
        procs = [p for p in workers.procs.get(stage, []) if p.poll() is None]
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_ready(redis: Redis, streams: Streams, workers: Workers, progress: Progress) -> None:
    """Block until every worker has announced itself with its heartbeat key."""
    expected = len(workers.all())
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        ready = sum(1 for _ in redis.scan_iter(streams.key("workers", "*"), count=500))
        progress(f"workers ready {ready}/{expected}")
        if ready >= expected:
            return
        if any(p.poll() is not None for p in workers.all()):
            raise RuntimeError("a worker exited during startup; see its log in the bench folder")
        time.sleep(0.5)
    raise TimeoutError(f"workers not ready after {READY_TIMEOUT_S:.0f}s")


def push(
    redis: Redis, streams: Streams, pages: Sequence[bytes], names: Sequence[str]
) -> dict[str, int]:
    """XADD pages as bundles (pipelined); bundle id → push time in epoch milliseconds."""
    pushed: dict[str, int] = {}
    for start in range(0, len(pages), PUSH_CHUNK):
        pipe = redis.pipeline(transaction=False)
        ids: list[str] = []
        for raw, name in zip(
            pages[start : start + PUSH_CHUNK], names[start : start + PUSH_CHUNK], strict=True
        ):
            bundle = Bundle.from_raw(raw, name=name)
            pipe.xadd(streams.bundles, bundle_fields(bundle))  # type: ignore[arg-type]
            ids.append(bundle.bundle_id)
        for bundle_id, entry_id in zip(ids, pipe.execute(), strict=True):
            pushed[bundle_id] = int(entry_id.split(b"-")[0])
    return pushed


def processed(redis: Redis, streams: Streams, stage: Stage) -> int:
    """Entries a stage has finished (StageRunner's per-consumer tallies, summed)."""
    tallies: Any = redis.hvals(streams.key("processed", stage.value))
    return sum(int(v) for v in tallies)


def drained(redis: Redis, streams: Streams) -> bool:
    """True when every stage's group has read and acknowledged all of its stream."""
    for stage in PIPELINE_ORDER:
        stream = streams.input_of(stage)
        try:
            info: Any = redis.xinfo_stream(stream)
            groups: Any = redis.xinfo_groups(stream)
        except ResponseError:
            return False
        group = next((g for g in groups if g["name"].decode() == group_of(stage)), None)
        if group is None or int(group["pending"]):
            return False
        if group["last-delivered-id"] != info["last-generated-id"]:
            return False
    return True


def wait_drained(
    redis: Redis, streams: Streams, bundles: int, timeout_s: float, progress: Progress
) -> bool:
    """Wait until the splitter has taken every bundle and the pipeline is empty; False on timeout."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        split = processed(redis, streams, Stage.SPLITTER)
        indexed = processed(redis, streams, Stage.INDEXER)
        progress(f"bundles split {split}/{bundles}, articles indexed {indexed}")
        if split >= bundles and drained(redis, streams):
            return True
        time.sleep(0.25)
    return False


def searchable_times(
    client: Elasticsearch, index: str, bundle_ids: set[str]
) -> list[tuple[str, float]]:
    """(bundle id, indexed_at as epoch seconds) of every document from these bundles."""
    client.indices.refresh(index=index)
    found = []
    for hit in scan(client, index=index, _source=["bundle_id", "indexed_at"], size=1000):
        source = hit["_source"]
        if source.get("bundle_id") in bundle_ids and source.get("indexed_at"):
            found.append(
                (source["bundle_id"], datetime.fromisoformat(source["indexed_at"]).timestamp())
            )
    return found


def _latencies(pushed: dict[str, int], times: list[tuple[str, float]]) -> list[float]:
    return [at - pushed[bundle_id] / 1000 for bundle_id, at in times]


@dataclass(frozen=True)
class Round:
    """One end-to-end round: how many workers per stage, a burst, then a paced trickle."""

    per_stage: int
    burst: Sequence[bytes]
    paced: Sequence[bytes]


class Session:
    """Khabar's four stages as worker processes on one fresh prefix and index.

    Workers are added between rounds, as `--scale` does; each round pushes pages of its own, so
    later rounds meet the state (dedup store, entity registry) that earlier ones left.
    """

    def __init__(self, redis_url: str, es_url: str, log_dir: Path, progress: Progress) -> None:
        self.run_id = f"bench-{uuid.uuid4().hex[:8]}"
        self.streams = Streams(self.run_id)
        self.redis = Redis.from_url(redis_url)
        self.client = Elasticsearch([es_url], timeout=120)
        self.log_dir = log_dir / self.run_id
        self.progress = progress
        self.env = {
            "REDIS_URL": redis_url,
            "ES_URL": es_url,
            "STREAM_PREFIX": self.run_id,
            "ES_INDEX": self.run_id,
            "LOG_LEVEL": "WARNING",
        }
        self.workers = Workers()
        self.results: dict[str, Any] = {}
        self._memory_before: int | None = None
        self._starting = time.monotonic()

    def scale_to(self, per_stage: int) -> None:
        """Start workers until every stage has `per_stage` (returns at once; see wait_ready)."""
        added = per_stage - len(self.workers.procs.get(Stage.SPLITTER, []))
        self._starting = time.monotonic()
        start_workers(added, self.env, self.log_dir, self.workers)

    def run(self, round_: Round, timeout_s: float) -> None:
        """One round with `round_.per_stage` workers per stage; results under workers_<n>."""
        self.scale_to(round_.per_stage)
        wait_ready(self.redis, self.streams, self.workers, self.progress)
        startup = round(time.monotonic() - self._starting, 1)
        if self._memory_before is None:
            self._memory_before = redis_used_bytes(self.redis)
        tag = f"r{len(self.results)}"
        figures = _round(
            self.redis,
            self.client,
            self.streams,
            self.run_id,
            round_,
            tag,
            self.progress,
            timeout_s,
        )
        figures["startup_s"] = startup
        self.results[f"workers_{round_.per_stage}"] = figures

    def finish(self) -> dict[str, Any]:
        """Peak RSS of every worker, Redis and index memory per article; then stop the workers."""
        results = dict(self.results)
        try:
            results["peak_rss_mb"] = {
                stage.value: [peak_rss_mb(p.pid) for p in self.workers.procs.get(stage, [])]
                for stage in PIPELINE_ORDER
            }
            redis, streams = self.redis, self.streams
            results["dead_letters"] = int(redis.xlen(streams.dead_letters))  # type: ignore[arg-type]
            indexed = processed(redis, streams, Stage.INDEXER)
            if indexed and self._memory_before is not None:
                used = redis_used_bytes(redis) - self._memory_before
                # Streams are trimmed as groups acknowledge; what stays is dedup and registry state.
                kept = used - stream_bytes(redis, streams.all_streams())
                results["articles_indexed"] = indexed
                results["redis_bytes_per_article"] = round(used / indexed)
                results["redis_state_bytes_per_article"] = round(kept / indexed)
                results["index"] = index_store(self.client, self.run_id)
        finally:
            stopping = time.monotonic()
            stop_workers(self.workers)
            results["stop_s"] = round(time.monotonic() - stopping, 1)
            self.redis.close()
            self.client.transport.close()
        return results


def _round(
    redis: Redis,
    client: Elasticsearch,
    streams: Streams,
    index: str,
    round_: Round,
    tag: str,
    progress: Progress,
    timeout_s: float,
) -> dict[str, Any]:
    """Burst then paced push with the workers now running; throughput and latencies."""
    result: dict[str, Any] = {"workers_per_stage": round_.per_stage, "bundles": len(round_.burst)}
    before = processed(redis, streams, Stage.SPLITTER)
    names = [f"{tag}-burst-{i:05d}.txt" for i in range(len(round_.burst))]
    burst_start = time.time()
    pushed = push(redis, streams, round_.burst, names)
    complete = wait_drained(redis, streams, before + len(round_.burst), timeout_s, progress)
    result.update(complete=complete, wall_s=round(time.time() - burst_start, 1))
    times = searchable_times(client, index, set(pushed))
    if not times:
        return result
    span = max(at for _, at in times) - min(pushed.values()) / 1000
    result.update(
        articles=len(times),
        articles_per_s=rate(len(times), span),
        bundles_per_s=rate(len(round_.burst), span),
        latency_backlog=latency_summary_ms(_latencies(pushed, times)),
    )
    if complete and round_.paced:
        result["latency"] = _paced(
            redis, client, streams, index, round_.paced, tag, result, progress, timeout_s
        )
    return result


def _paced(
    redis: Redis,
    client: Elasticsearch,
    streams: Streams,
    index: str,
    pages: Sequence[bytes],
    tag: str,
    burst: dict[str, Any],
    progress: Progress,
    timeout_s: float,
) -> dict[str, Any]:
    """Push at half the burst's bundle rate, one bundle at a time; latency from push to indexed."""
    interval = 2.0 / max(float(burst["bundles_per_s"]), 0.1)
    before = processed(redis, streams, Stage.SPLITTER)
    pushed: dict[str, int] = {}
    for n, raw in enumerate(pages):
        progress(f"paced push {n + 1}/{len(pages)} (one every {interval:.2f}s)")
        pushed.update(push(redis, streams, [raw], [f"{tag}-paced-{n:05d}.txt"]))
        time.sleep(interval)
    wait_drained(redis, streams, before + len(pages), timeout_s, progress)
    latencies = _latencies(pushed, searchable_times(client, index, set(pushed)))
    summary: dict[str, Any] = latency_summary_ms(latencies) if latencies else {}
    summary.update(bundles=len(pages), articles=len(latencies), push_interval_s=round(interval, 3))
    return summary
